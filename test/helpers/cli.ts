import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { main } from '../../src/cli/main.js';
import type { CliIO } from '../../src/cli/io.js';

/** Run the real CLI in-process and capture what it prints. */
export async function run(argv: string[], opts: { cwd?: string; env?: Record<string, string> } = {}) {
  let stdout = '';
  let stderr = '';
  const io: CliIO = {
    stdout: (t) => void (stdout += t),
    stderr: (t) => void (stderr += t),
    // Each test run gets its own text cache: tests stay independent of what ran before.
    env: { NO_COLOR: '1', CASEAUDIT_CACHE_DIR: mkdtempSync(path.join(tmpdir(), 'caseaudit-cache-')), ...opts.env },
    cwd: opts.cwd ?? process.cwd(),
    isTTY: false,
  };
  const code = await main(argv, io);
  return { code, stdout, stderr };
}
