import { spawn } from 'node:child_process';

/** Stop a program and say why: over the file's time budget, or it failed. */
export class OcrRunError extends Error {
  constructor(
    message: string,
    readonly overBudget: boolean,
  ) {
    super(message);
  }
}

/**
 * Run an OCR program (tesseract, pdftoppm) within what is left of the file's budget: killed at the
 * deadline (a reader thread that is ended does not end its children, so they must not outlive it), its
 * address space capped at the reader's memory budget (`ulimit -v`), one OpenMP thread (parallelism comes
 * from --jobs, one file per reader thread).
 */
export function runTool(command: string, args: string[], o: { deadline: number; memoryMb: number; cwd?: string }): Promise<string> {
  const remaining = o.deadline - Date.now();
  if (remaining <= 0) return Promise.reject(new OcrRunError(`${command}: no time left in the file's budget`, true));
  // Virtual memory is larger than what a program touches: twice the heap budget, at least 1 GiB.
  const kb = Math.max(1024, o.memoryMb * 2) * 1024;
  return new Promise((resolve, reject) => {
    const child = spawn('/bin/sh', ['-c', 'ulimit -v "$1" 2>/dev/null; shift; exec "$@"', 'sh', String(kb), command, ...args], {
      cwd: o.cwd,
      env: { ...process.env, OMP_THREAD_LIMIT: '1', LC_ALL: 'C.UTF-8' },
      stdio: ['ignore', 'pipe', 'pipe'],
      timeout: remaining,
      killSignal: 'SIGKILL',
    });
    const out: Buffer[] = [];
    let err = '';
    child.stdout.on('data', (d: Buffer) => out.push(d));
    child.stderr.on('data', (d: Buffer) => {
      if (err.length < 2000) err += d.toString('utf8');
    });
    child.on('error', (e) => reject(new OcrRunError(`${command}: ${e.message}`, false)));
    child.on('close', (code, signal) => {
      if (signal === 'SIGKILL' && Date.now() >= o.deadline - 50) return reject(new OcrRunError(`${command} took longer than the file's time budget`, true));
      if (code !== 0) return reject(new OcrRunError(`${command} failed (${signal ?? code}): ${err.trim().split('\n').slice(-2).join(' ').slice(0, 200)}`, false));
      resolve(Buffer.concat(out).toString('utf8'));
    });
  });
}
