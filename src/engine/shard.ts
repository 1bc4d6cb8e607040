import { createHash } from 'node:crypto';
import { caseKey } from '../rounds/identity.js';

/** One of n parts of an archive (--shard i/n, i from 1). */
export interface Shard {
  index: number;
  count: number;
}

/** "2/4" → { index: 2, count: 4 }; undefined when it is not i/n with 1 ≤ i ≤ n. */
export function parseShard(spec: string): Shard | undefined {
  const m = /^(\d+)\/(\d+)$/.exec(spec.trim());
  if (!m) return undefined;
  const index = Number(m[1]);
  const count = Number(m[2]);
  return index >= 1 && count >= 1 && index <= count ? { index, count } : undefined;
}

/**
 * Whether a case folder belongs to a shard: a stable hash of its case key, so the same archive splits
 * the same way on every machine and in every run. The key is the folder form of `caseKey` because the
 * case number is only known after the case is read, and a shard must be chosen before.
 */
export function inShard(folder: string, shard: Shard): boolean {
  const digest = createHash('sha256').update(caseKey({ folder })).digest();
  return digest.readUInt32BE(0) % shard.count === shard.index - 1;
}
