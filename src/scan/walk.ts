import { lstat, opendir, readFile } from 'node:fs/promises';
import path from 'node:path';
import type { SourceFile } from './source.js';

/** Something found while walking that is not a readable file, with the reason (never dropped silently). */
export interface WalkProblem {
  path: string;
  reason: string;
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
 */
export async function walk(root: string, display: (absolute: string) => string): Promise<WalkResult> {
  const files: SourceFile[] = [];
  const problems: WalkProblem[] = [];
  const info = await lstat(root);
  if (info.isFile()) {
    files.push(fsFile(root, display(root), info.size));
    return { files, problems };
  }
  const pending = [root];
  while (pending.length > 0) {
    const dir = pending.pop()!;
    let handle;
    try {
      handle = await opendir(dir);
    } catch (error) {
      problems.push({ path: display(dir) + '/', reason: errorReason(error) });
      continue;
    }
    const names: string[] = [];
    for await (const entry of handle) names.push(entry.name);
    // Deterministic order whatever the file system returns (reports must diff cleanly).
    names.sort();
    for (const name of names) {
      const absolute = path.join(dir, name);
      let stat;
      try {
        stat = await lstat(absolute);
      } catch (error) {
        problems.push({ path: display(absolute), reason: errorReason(error) });
        continue;
      }
      if (stat.isSymbolicLink()) problems.push({ path: display(absolute), reason: 'symbolic link (not followed)' });
      else if (stat.isDirectory()) pending.push(absolute);
      else if (stat.isFile()) files.push(fsFile(absolute, display(absolute), stat.size));
      else problems.push({ path: display(absolute), reason: 'not a regular file' });
    }
  }
  files.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  return { files, problems };
}

function fsFile(absolute: string, display: string, size: number): SourceFile {
  return { path: display, size, origin: { kind: 'fs', absolute }, read: () => readFile(absolute) };
}

function errorReason(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  if (code === 'ELOOP') return 'symbolic link loop';
  return (error as Error).message ?? String(error);
}
