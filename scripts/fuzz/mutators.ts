import { deflateRawSync, inflateRawSync } from 'node:zlib';
import { buildZip, type ZipEntrySpec } from '../../test/helpers/zipWriter.js';
import { mulberry32 } from '../lib/seeded-random.js';

/** A seeded generator: the same seed gives the same mutants on every machine. */
export const rng = mulberry32;

export type Random = () => number;
const int = (r: Random, n: number) => Math.floor(r() * n);
const pick = <T>(r: Random, xs: readonly T[]): T => xs[int(r, xs.length)];

/** Byte-level mutations any format gets: what damaged disks, truncated downloads and bad exports do. */
const BYTE_MUTATORS: Record<string, (b: Buffer, r: Random) => Buffer> = {
  flipBits(b, r) {
    const out = Buffer.from(b);
    for (let i = 0, n = 1 + int(r, 16); i < n && out.length; i++) out[int(r, out.length)] ^= 1 << int(r, 8);
    return out;
  },
  zeroRange(b, r) {
    // the XRefEntryException came from zeroing bytes 22–11,500 of a PDF
    const out = Buffer.from(b);
    const from = int(r, out.length);
    out.fill(0, from, Math.min(out.length, from + 1 + int(r, 16_384)));
    return out;
  },
  truncate(b, r) {
    return b.subarray(0, int(r, b.length));
  },
  duplicateChunk(b, r) {
    const from = int(r, b.length);
    const len = 1 + int(r, Math.min(8192, b.length - from));
    const at = int(r, b.length);
    return Buffer.concat([b.subarray(0, at), b.subarray(from, from + len), b.subarray(at)]);
  },
  deleteChunk(b, r) {
    const from = int(r, b.length);
    return Buffer.concat([b.subarray(0, from), b.subarray(Math.min(b.length, from + 1 + int(r, 4096)))]);
  },
  insertRandom(b, r) {
    const at = int(r, b.length);
    const junk = Buffer.from(Array.from({ length: 1 + int(r, 256) }, () => int(r, 256)));
    return Buffer.concat([b.subarray(0, at), junk, b.subarray(at)]);
  },
  interestingNumbers(b, r) {
    // PDF lengths, offsets, counts and zip sizes: replace a decimal number with an extreme one
    const text = b.toString('latin1');
    const numbers = [...text.matchAll(/\d{1,10}/g)];
    if (!numbers.length) return b;
    const m = pick(r, numbers);
    const value = pick(r, ['0', '-1', '4294967295', '2147483648', '99999999999', String(m[0].length > 1 ? Number(m[0]) * 1000 : 9)]);
    return Buffer.concat([b.subarray(0, m.index), Buffer.from(value, 'latin1'), b.subarray(m.index! + m[0].length)]);
  },
};

/** Mutations of the text inside a part (an XML part, a CSV): control characters, bidi, huge cells. */
const TEXT_MUTATORS: Record<string, (s: string, r: Random) => string> = {
  controlChars: (s, r) => insertAt(s, r, pick(r, ['\u0007', '\u001b[2J', '\u0000', '\u202E', '\r', '\uFFFF', '\uD800'])),
  workflowCommand: (s, r) => insertAt(s, r, pick(r, ['\n::error file=x::pwned\n', '\n::add-mask::x\n', '\n::stop-commands::t\n'])),
  longCell: (s, r) => insertAt(s, r, 'x'.repeat(1 + int(r, 200_000))),
  unbalanced: (s, r) => insertAt(s, r, pick(r, ['"', '<', '</w:t>', '<!DOCTYPE x [<!ENTITY a "aaaa">]>', ']]>', '&#0;', '&a;'])),
  manyRows: (s, r) => s + '\n'.repeat(1 + int(r, 20_000)),
};

function insertAt(s: string, r: Random, piece: string): string {
  const at = int(r, s.length + 1);
  return s.slice(0, at) + piece + s.slice(at);
}

export interface Mutant {
  bytes: Buffer;
  /** which mutators made it, for the report and to reproduce by hand */
  how: string[];
}

/** One byte-level mutation (sometimes two) of any file. */
export function mutateBytes(b: Buffer, r: Random): Mutant {
  const how: string[] = [];
  let out = b;
  for (let i = 0, n = 1 + int(r, 2); i < n; i++) {
    const name = pick(r, Object.keys(BYTE_MUTATORS));
    how.push(name);
    out = BYTE_MUTATORS[name](out, r);
  }
  return { bytes: out, how };
}

/** Text mutations of a CSV register (and byte mutations of it, now and then). */
export function mutateCsv(b: Buffer, r: Random): Mutant {
  if (r() < 0.3) return mutateBytes(b, r);
  const name = pick(r, Object.keys(TEXT_MUTATORS));
  return { bytes: Buffer.from(TEXT_MUTATORS[name](b.toString('utf8'), r), 'utf8'), how: [name] };
}

/**
 * An Office file or zip export: mutate one entry's content (XML text or bytes), or the structure (a
 * duplicate entry, a lying declared size, a bomb of an entry), then rebuild the zip; or mutate the
 * zip's own bytes.
 */
export function mutateZip(entries: ZipEntrySpec[], r: Random, raw: Buffer): Mutant {
  const choice = r();
  if (choice < 0.25) return mutateBytes(raw, r);
  const list = entries.map((e) => ({ ...e }));
  const i = int(r, list.length);
  const target = list[i];
  const data = target.data ?? Buffer.alloc(0);
  let how: string;
  if (choice < 0.55 && /\.(xml|rels|txt|csv)$/i.test(String(target.name))) {
    how = pick(r, Object.keys(TEXT_MUTATORS));
    target.data = Buffer.from(TEXT_MUTATORS[how](data.toString('utf8'), r), 'utf8');
  } else if (choice < 0.7) {
    how = 'entryBytes';
    target.data = mutateBytes(data, r).bytes;
  } else if (choice < 0.8) {
    how = 'duplicateEntry';
    list.push({ ...target, data: mutateBytes(data, r).bytes });
  } else if (choice < 0.9) {
    how = 'lyingSize';
    target.declaredSize = pick(r, [0, 1, Math.max(0, data.length - 1), data.length * 1000, 0xffffffff]);
  } else {
    // a part that inflates to up to 300 MB from a few hundred KB
    how = 'bombEntry';
    const size = (1 + int(r, 300)) * 1024 * 1024;
    const payload = deflateRawSync(Buffer.alloc(Math.min(size, 8 * 1024 * 1024), 0x20));
    target.payload = size > 8 * 1024 * 1024 ? repeatDeflate(size) : payload;
    target.data = Buffer.alloc(0);
    target.declaredSize = r() < 0.5 ? size : 1000;
    target.crc = 0;
  }
  return { bytes: buildZip(list.map((e) => ({ ...e, method: e.method ?? 8 }))), how: [`${how}@${String(target.name)}`] };
}

/** Raw deflate of `size` spaces without holding them: one block of spaces repeated. */
function repeatDeflate(size: number): Buffer {
  const block = Buffer.alloc(1024 * 1024, 0x20);
  const chunks: Buffer[] = [];
  // a sync-flushed stream of identical blocks is a valid deflate stream when its last block is final
  const one = deflateRawSync(block, { finishFlush: 2 /* Z_SYNC_FLUSH */ });
  const last = deflateRawSync(block);
  for (let n = 0; n < Math.floor(size / block.length) - 1; n++) chunks.push(one);
  chunks.push(last);
  return Buffer.concat(chunks);
}

/** Check the deflate helper inflates to what it says (used once by the harness at start). */
export function selfCheck(): void {
  const size = 3 * 1024 * 1024;
  if (inflateRawSync(repeatDeflate(size)).length !== size) throw new Error('repeatDeflate is broken');
}
