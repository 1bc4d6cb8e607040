import { execFile } from 'node:child_process';
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

/** Issue 11 (8): a test run leaves nothing in the temporary folder. */
describe('the test suite cleans up after itself', () => {
  it('a test file that makes temporary folders (and audits into them) leaves none behind', async () => {
    const fresh = await mkdtemp(path.join(tmpdir(), 'caseaudit-cleanup-'));
    try {
      // a file that makes rulesets in temp folders, and one that runs the CLI into --out folders
      await promisify(execFile)(process.execPath, ['node_modules/vitest/vitest.mjs', 'run', 'test/ruleset.test.ts', 'test/output-paths.test.ts'], {
        env: { ...process.env, TMPDIR: fresh },
        timeout: 120_000,
      });
      expect(await readdir(fresh)).toEqual([]);
    } finally {
      await rm(fresh, { recursive: true, force: true });
    }
  }, 150_000);
});
