import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll } from 'vitest';

/**
 * Every temporary folder a test file makes (its archives, --out folders, text caches, the CLI's own)
 * goes under one folder of its own, removed when the file's tests end: `os.tmpdir()` follows TMPDIR.
 * (Registered in vitest.config.ts `setupFiles`, so it runs in each test file's process.)
 */
const previous = process.env.TMPDIR;
const root = mkdtempSync(path.join(os.tmpdir(), 'caseaudit-test-'));
process.env.TMPDIR = root;

afterAll(() => {
  if (previous === undefined) delete process.env.TMPDIR;
  else process.env.TMPDIR = previous;
  rmSync(root, { recursive: true, force: true, maxRetries: 3 });
});
