import { createHash, hash } from 'node:crypto';
import { stat } from 'node:fs/promises';
import type { SourceFile } from '../scan/source.js';
import { identity } from '../scan/walk.js';

// What a case is looked up in the cache by. Apart from reading and recognising (./read-case.ts), which
// a warm run over an unchanged archive never loads.

/** A file's bytes and their hash, or why they could not be had. */
export type LoadedSource = { bytes: Buffer; sha256: string } | { bytes?: undefined; sha256: ''; reason: string };

/** Read one file's bytes and hash them (the case cache's key is made of these hashes). */
export async function loadSource(source: SourceFile): Promise<LoadedSource> {
  try {
    const bytes = await source.read();
    return { bytes, sha256: createHash('sha256').update(bytes).digest('hex') };
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const reason = code === 'EACCES' || code === 'EPERM' ? 'permission denied' : (error as Error).message;
    return { sha256: '', reason };
  }
}

/**
 * What identifies a case's bytes without reading them: each file's path, size, inode and modification
 * and change times to the nanosecond (as git's index and rsync do). The change time cannot be set back
 * by a program, so a file written since has another. A case with a file inside a zip has none (zip
 * entries are read). One key per case: a warm run looks up one record per case, not one per file.
 */
export async function caseStatKey(files: SourceFile[]): Promise<string | undefined> {
  const parts: string[] = [];
  for (const source of files) {
    if (source.origin.kind !== 'fs') return undefined;
    let id = source.origin.identity;
    if (id === undefined) {
      try {
        id = identity(await stat(source.origin.absolute, { bigint: true }));
      } catch {
        return undefined;
      }
    }
    parts.push(source.origin.absolute, id);
  }
  // hashed: the cache indexes every key in memory, and paths of Chinese folder names are long
  return `cstat:${hash('sha1', parts.join('\u0000'), 'base64url')}`;
}
