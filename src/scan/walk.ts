import { lstatSync, readdirSync, readFileSync, type BigIntStats } from 'node:fs';
import { lstat, readFile } from 'node:fs/promises';
import path from 'node:path';
import type { SourceFile } from './source.js';

/** Something found while walking that is not a readable file, with the reason (never dropped silently). */
export interface WalkProblem {
  path: string;
  reason: string;
  /** skipped on purpose (a link, caseaudit's own output), rather than unreadable */
  skipped?: boolean;
}

export interface WalkResult {
  files: SourceFile[];
  problems: WalkProblem[];
}

/**
 * List every file under `root` (or `root` itself when it is a file).
 *
 * A hand-written walk rather than a glob: a folder we may not open (permissions) or a symbolic link must
 * become a line in the report, and glob libraries either throw for the whole walk or skip such entries
 * silently. Symbolic links are never followed (no loops, nothing outside the archive).
 *
 * Exports made on Windows can carry GBK names that are not valid UTF-8, and a name decoded lossily
 * could no longer be opened: a folder holding one is listed as bytes, and below that name the bytes
 * are kept for I/O (listNames); the display path shows the name decoded (invalid bytes as U+FFFD).
 */
export async function walk(root: string, display: (absolute: string) => string, exclude: string[] = []): Promise<WalkResult> {
  const excluded = new Set(exclude.map((p) => path.resolve(p)));
  const files: SourceFile[] = [];
  const problems: WalkProblem[] = [];
  const info = await lstat(root);
  if (info.isFile()) {
    files.push(fsFile(root, display(root), info.size));
    return { files, problems };
  }
  // A path is text while every name on it is valid UTF-8, as nearly all are (no Buffer per name to
  // make, join and decode); a folder holding a name that is not is listed again as bytes, and
  // everything below that name is addressed by bytes.
  const pending: (string | Buffer)[] = [root];
  while (pending.length > 0) {
    const dir = pending.pop()!;
    let names: string[] | Buffer[];
    try {
      names = listNames(dir);
    } catch (error) {
      problems.push({ path: display(dir.toString()) + '/', reason: errorReason(error) });
      continue;
    }
    for (const name of names) {
      const absolute = typeof dir === 'string' && typeof name === 'string' ? dir + path.sep + name : Buffer.concat([Buffer.from(dir), SEP, Buffer.from(name)]);
      const text = absolute.toString();
      // Invalid bytes show as U+FFFD; the extension stays last so the file is still typed by its name.
      const shown = display(text);
      let stat: BigIntStats;
      try {
        // synchronous: one call per file, each awaited in turn, cost a thread-pool round trip apiece
        // (a second for 14,000 files); the bigint times are the file's identity for the cache
        stat = lstatSync(absolute, { bigint: true });
      } catch (error) {
        problems.push({ path: shown, reason: errorReason(error) });
        continue;
      }
      if (stat.isSymbolicLink()) problems.push({ path: shown, reason: 'symbolic link (not followed)', skipped: true });
      // The report folder written into an audited folder must not be audited on the next run.
      else if (stat.isDirectory() && excluded.has(text)) problems.push({ path: shown + '/', reason: "caseaudit's own output folder (--out), not audited", skipped: true });
      else if (stat.isDirectory()) pending.push(absolute);
      else if (stat.isFile()) files.push(fsFile(absolute, shown, Number(stat.size), identity(stat)));
      else problems.push({ path: shown, reason: 'not a regular file' });
    }
  }
  files.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  return { files, problems };
}

/**
 * Files up to this size are read in one blocking call: for the small files of a case archive that
 * costs a quarter of the CPU of fs/promises' open, stat, read and close, each a round trip through
 * libuv's thread pool (measured on 2,800 bench files of 26 KB on average: 0.045 against 0.17 ms a
 * file). From a local disk that holds the main thread for a fraction of a millisecond; from a slow
 * network share for the time one small read takes, during which reader threads wait for their next
 * file. Larger files are read asynchronously, as before.
 */
const READ_AT_ONCE_MAX = 1024 * 1024;

const SEP = Buffer.from(path.sep);

/**
 * A folder's names in a fixed order whatever the file system returns (reports must diff cleanly): as
 * text, or as bytes when one is not valid UTF-8 (decoded, it holds U+FFFD, and could not be opened by
 * that name) or the folder's own path is bytes.
 */
function listNames(dir: string | Buffer): string[] | Buffer[] {
  if (typeof dir === 'string') {
    const names = readdirSync(dir);
    if (!names.some((n) => n.includes('\uFFFD'))) return names.sort();
  }
  return readdirSync(dir, { encoding: 'buffer' }).sort(Buffer.compare);
}

function fsFile(absolute: string | Buffer, display: string, size: number, id?: string): SourceFile {
  const read = () => (size <= READ_AT_ONCE_MAX ? Promise.resolve().then(() => readFileSync(absolute)) : readFile(absolute));
  return { path: display, size, origin: { kind: 'fs', absolute: absolute.toString(), identity: id }, read };
}

/** Size, inode, and modification and change times to the nanosecond (see caseStatKey in src/engine/case-identity.ts). */
export function identity(s: BigIntStats): string {
  return `${s.size}\u0000${s.ino}\u0000${s.mtimeNs}\u0000${s.ctimeNs}`;
}

function errorReason(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  if (code === 'ELOOP') return 'symbolic link loop';
  return (error as Error).message ?? String(error);
}
