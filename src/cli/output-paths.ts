import { constants } from 'node:fs';
import { access, mkdir, open, realpath, stat, unlink } from 'node:fs/promises';
import path from 'node:path';
import { UsageError } from './io.js';

/** One place the audit will write, and what the user called it. */
export interface OutputTarget {
  /** absolute path of a file, or of the report folder */
  path: string;
  kind: 'file' | 'folder';
  /** how the user named it (`--out x`, `--format markdown=y`), for the message */
  option: string;
}

/** One thing the audit reads: an input path, a register, the roster… */
export interface ReadPath {
  path: string;
  option: string;
}

/**
 * Refuse, before any work, every output that would land in what the audit reads: inside an input
 * folder, equal to an input file, or reaching one of those through a symbolic link; and every output
 * that cannot be written (an existing file where the folder goes, a read-only or virtual file system).
 * Creates the report folder (one level at a time: a recursive mkdir spins on some virtual file systems).
 */
export async function checkOutputPaths(targets: OutputTarget[], reads: ReadPath[]): Promise<void> {
  const inputs = await Promise.all(reads.map(async (r) => ({ ...r, real: await realOrResolved(r.path) })));
  for (const t of targets) {
    const real = await realTarget(t.path);
    for (const input of inputs) {
      if (real === input.real) throw new UsageError(`${t.option} is ${input.option} itself: refusing to overwrite what is audited`);
      if (isInside(real, input.real)) {
        const via = real !== path.resolve(t.path) ? ` (through a link: ${real})` : '';
        throw new UsageError(`${t.option} lies inside ${input.option}${via}: caseaudit never writes into its input; choose an output outside it`);
      }
    }
  }
  for (const t of targets) await ensureWritable(t);
}

function isInside(child: string, parent: string): boolean {
  const rel = path.relative(parent, child);
  return rel !== '' && !rel.startsWith('..') && !path.isAbsolute(rel);
}

async function realOrResolved(p: string): Promise<string> {
  return realpath(p).catch(() => path.resolve(p));
}

/** The path with every existing part resolved through links (what the file system will really write). */
async function realTarget(p: string): Promise<string> {
  const missing: string[] = [];
  let at = path.resolve(p);
  for (;;) {
    try {
      return path.join(await realpath(at), ...missing.reverse());
    } catch {
      const parent = path.dirname(at);
      if (parent === at) return path.resolve(p);
      missing.push(path.basename(at));
      at = parent;
    }
  }
}

async function ensureWritable(t: OutputTarget): Promise<void> {
  const folder = t.kind === 'folder' ? t.path : path.dirname(t.path);
  const existing = await stat(t.path).catch(() => undefined);
  if (t.kind === 'folder' && existing && !existing.isDirectory()) throw new UsageError(`${t.option} is an existing file, not a folder: ${t.path}`);
  if (t.kind === 'file' && existing?.isDirectory()) throw new UsageError(`${t.option} is an existing folder, not a file: ${t.path}`);
  await makeFolder(folder, t.option);
  // Root passes every permission check and some file systems (/proc, /sys) accept no new files: try one.
  const probe = path.join(folder, `.caseaudit-write-test-${process.pid}`);
  try {
    const handle = await open(probe, 'wx');
    await handle.close();
    await unlink(probe);
  } catch (error) {
    throw new UsageError(`${t.option}: cannot write in ${folder} (${codeOf(error)})`);
  }
  if (existing && t.kind === 'file') {
    try {
      await access(t.path, constants.W_OK);
    } catch (error) {
      throw new UsageError(`${t.option}: cannot overwrite ${t.path} (${codeOf(error)})`);
    }
  }
}

async function makeFolder(folder: string, option: string): Promise<void> {
  const missing: string[] = [];
  let at = path.resolve(folder);
  for (;;) {
    const info = await stat(at).catch((error: NodeJS.ErrnoException) => (error.code === 'ENOENT' ? undefined : error));
    if (info instanceof Error) throw new UsageError(`${option}: cannot use ${at} (${codeOf(info)})`);
    if (info) {
      if (!info.isDirectory()) throw new UsageError(`${option}: ${at} is a file, not a folder`);
      break;
    }
    const parent = path.dirname(at);
    if (parent === at) break;
    missing.push(at);
    at = parent;
  }
  for (const dir of missing.reverse()) {
    try {
      await mkdir(dir);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw new UsageError(`${option}: cannot create ${dir} (${codeOf(error)})`);
    }
  }
}

function codeOf(error: unknown): string {
  return (error as NodeJS.ErrnoException).code ?? (error as Error).message ?? String(error);
}
