import { createHash } from 'node:crypto';
import { mkdir, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Report } from '../src/model/report.js';
import { cacheKey } from '../src/read/cache.js';
import { run } from './helpers/cli.js';

/** Issue 11 (9): the text cache can make a run slower, never wrong or failed. */
const CASE = 'samples/archive/2022-007 盐城恒丰食品';
const FILE = '立案审批表.pdf';

async function audit(cache: string, extra: string[] = []) {
  const out = await mkdtemp(path.join(tmpdir(), 'caseaudit-cache-out-'));
  const r = await run(['audit', CASE, '--out', out, '--fail-on', 'none', '--as-of', '2026-11-29', ...extra], { env: { CASEAUDIT_CACHE_DIR: cache } });
  const report = JSON.parse(await readFile(path.join(out, 'report.json'), 'utf8')) as Report;
  return { ...r, entry: report.files.find((f) => f.file.endsWith(FILE))! };
}

async function entryPath(cache: string): Promise<string> {
  const sha = createHash('sha256').update(await readFile(path.join(CASE, FILE))).digest('hex');
  const key = cacheKey(sha, FILE);
  return path.join(cache, key.slice(0, 2), `${key}.json`);
}

describe('text cache entries', () => {
  for (const [what, content] of [
    ['valid JSON of the wrong shape', '{"status":"ok","kind":"pdf"}'],
    ['null', 'null'],
    ['pages that are not pages', '{"status":"ok","kind":"pdf","pages":[1,2],"pageErrors":[]}'],
    ['truncated JSON', '{"status":"ok","kind":"pdf","pa'],
  ] as const) {
    it(`a malformed entry (${what}) is a miss, and is rewritten`, async () => {
      const cache = await mkdtemp(path.join(tmpdir(), 'caseaudit-cache-'));
      const file = await entryPath(cache);
      await mkdir(path.dirname(file), { recursive: true });
      await writeFile(file, content);
      const r = await audit(cache);
      expect(r.code).toBe(0);
      expect(r.entry.disposition).toBe('document');
      expect(JSON.parse(await readFile(file, 'utf8'))).toMatchObject({ status: 'ok', pages: [expect.objectContaining({ page: 1 })] });
      // and the next run reads it from the cache, as before
      expect((await audit(cache)).entry.disposition).toBe('document');
    });
  }

  it('a timeout is not cached: the next run with time enough reads the file', async () => {
    const cache = await mkdtemp(path.join(tmpdir(), 'caseaudit-cache-'));
    const slow = await audit(cache, ['--file-timeout', '0.001']);
    expect(slow.entry.reason).toMatch(/^exceeds limits: reading took longer/);
    const next = await audit(cache);
    expect(next.entry.disposition).toBe('document');
  });
});
