import { createHash } from 'node:crypto';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { z } from 'zod';
import type { ReadOutcome } from './pages.js';

/**
 * Bump when a reader's output changes for the same bytes (a new pdfjs, a different normalisation), so
 * old entries are not reused.
 */
export const READER_VERSION = 'r3';

/** Text already extracted, by content: re-auditing an archive (the next round, CI) skips pdfjs. */
export interface TextCache {
  get(key: string): Promise<ReadOutcome | undefined>;
  set(key: string, outcome: ReadOutcome): Promise<void>;
}

const Kind = z.enum(['pdf', 'docx', 'doc', 'txt', 'image', 'xlsx', 'zip', 'ofd', 'unknown']);
const OcrMarks = z.strictObject({ confidence: z.number().min(0).max(1), words: z.array(z.number()), seal: z.number().min(0).max(1).optional() });
const Page = z.strictObject({ page: z.number().int().positive(), text: z.string(), norm: z.string(), ocr: OcrMarks.optional() });
const PageError = z.strictObject({ page: z.number().int().positive(), reason: z.string() });
/** What a cache entry must be to be used: anything else (truncated, edited, an older shape) is a miss. */
const CachedOutcome = z.discriminatedUnion('status', [
  z.strictObject({ status: z.literal('ok'), kind: Kind, pages: z.array(Page), pageErrors: z.array(PageError), note: z.string().optional(), ocr: z.string().optional() }),
  z.strictObject({ status: z.literal('no-text'), kind: Kind, pages: z.array(Page), pageErrors: z.array(PageError), reason: z.string() }),
  z.strictObject({ status: z.enum(['encrypted', 'unreadable', 'unsupported']), kind: Kind, reason: z.string() }),
]);

/** The key of one file's text: its bytes, the extension the sniffer also looks at, the readers' version. */
export function cacheKey(sha256: string, name: string): string {
  const ext = /\.([^./]+)$/.exec(name)?.[1]?.toLowerCase() ?? '';
  return createHash('sha256').update(`${READER_VERSION}\u0000${ext}\u0000${sha256}`).digest('hex');
}

/** Where the cache lives unless told: CASEAUDIT_CACHE_DIR, else the user's cache folder. Never the input. */
export function defaultCacheDir(env: Record<string, string | undefined>): string {
  if (env.CASEAUDIT_CACHE_DIR) return env.CASEAUDIT_CACHE_DIR;
  const base = env.XDG_CACHE_HOME || path.join(os.homedir(), '.cache');
  return path.join(base, 'caseaudit');
}

/**
 * A cache of JSON files, one per key (`ab/abcdef….json`). A cache that cannot be read or written is
 * simply not used: it may make a run slower, never wrong or failed.
 */
export function diskCache(dir: string): TextCache {
  const file = (key: string) => path.join(dir, key.slice(0, 2), `${key}.json`);
  return {
    async get(key) {
      try {
        // A bad entry is a miss: the file is read again and the entry rewritten.
        const parsed = CachedOutcome.safeParse(JSON.parse(await readFile(file(key), 'utf8')));
        return parsed.success ? (parsed.data as ReadOutcome) : undefined;
      } catch {
        return undefined;
      }
    },
    async set(key, outcome) {
      try {
        const target = file(key);
        await mkdir(path.dirname(target), { recursive: true });
        // Write then rename: a run killed halfway leaves no half-written entry behind.
        const tmp = `${target}.${process.pid}.tmp`;
        await writeFile(tmp, JSON.stringify(outcome));
        await rename(tmp, target);
      } catch {
        // read-only home, full disk: carry on without caching
      }
    },
  };
}
