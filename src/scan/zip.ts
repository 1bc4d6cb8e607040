import path from 'node:path';
import { crc32 } from 'node:zlib';
import iconv from 'iconv-lite';
import yauzl, { type Entry, type ExtraField, type ZipFile } from 'yauzl';
import type { SourceFile } from './source.js';
import { junkReason } from './junk.js';

/**
 * Zip-export reader: lists the files inside a case-archive zip (and zips nested in it) as `SourceFile`s
 * whose bytes are inflated from the in-memory archive on demand — nothing is extracted to disk.
 *
 * Everything that is wrong with an archive becomes a `ZipProblem` instead of an exception: entry names
 * that would escape the archive (zip-slip), declared or actual sizes that look like a zip bomb, encrypted
 * entries, corrupt/truncated archives and zips nested too deep.
 */

export interface ZipProblem {
  path: string;
  rule: 'zip-slip' | 'zip-bomb' | 'zip-corrupt' | 'zip-encrypted' | 'zip-nested-limit';
  reason: string;
}

export interface ZipListing {
  files: SourceFile[];
  problems: ZipProblem[];
  /** directory entries (names ending in `/`), which hold nothing themselves */
  skippedDirs: number;
}

export interface ZipLimits {
  /** largest uncompressed entry we will list or inflate; default 512 MiB */
  maxEntrySize?: number;
  /** largest uncompressed/compressed ratio for entries above 1 MiB; default 200 */
  maxRatio?: number;
  /** largest sum of declared uncompressed sizes over the archive and the zips nested in it; default 4 GiB */
  maxTotal?: number;
  /** how many levels of zip-inside-zip are opened; default 3 */
  maxDepth?: number;
  /** most entries (files and folders, nested zips included) looked at; default 100 000 */
  maxEntries?: number;
}

const MiB = 1024 * 1024;
export const DEFAULT_ZIP_LIMITS: Required<ZipLimits> = {
  maxEntrySize: 512 * MiB,
  maxRatio: 200,
  maxTotal: 4 * 1024 * MiB,
  maxDepth: 3,
  maxEntries: 100_000,
};
/** The ratio check only applies above this size: tiny highly-compressible files (blank pages, XML) are normal. */
const RATIO_MIN_SIZE = MiB;

/** read() of an entry stopped because it inflates past its declared size or the size limit. */
export class ZipEntryLimitError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ZipEntryLimitError';
  }
}

/** Shared by an archive and the zips nested in it, so nesting cannot multiply the limits. */
interface Budget {
  total: number;
  entries: number;
}

/**
 * A zip may hold two entries under one name (appended updates, hand-made archives). Each is a file of
 * its own: the second and later get a distinct, stable display path (`决定书 [zip entry 2].pdf`, the
 * extension kept last so the file is still typed by its name), in central-directory order.
 */
function distinctName(name: string, seen: Map<string, number>): string {
  const n = (seen.get(name) ?? 0) + 1;
  seen.set(name, n);
  if (n === 1) return name;
  const dot = name.lastIndexOf('.');
  const slash = name.lastIndexOf('/');
  const candidate = dot > slash + 1 ? `${name.slice(0, dot)} [zip entry ${n}]${name.slice(dot)}` : `${name} [zip entry ${n}]`;
  // a real entry could carry that very name: count on until the name is free
  return seen.has(candidate) ? distinctName(candidate, seen) : (seen.set(candidate, 1), candidate);
}

export async function listZip(zip: SourceFile, opts: ZipLimits = {}): Promise<ZipListing> {
  const limits: Required<ZipLimits> = { ...DEFAULT_ZIP_LIMITS };
  for (const [key, value] of Object.entries(opts) as [keyof ZipLimits, number | undefined][]) {
    if (value !== undefined) limits[key] = value;
  }
  const listing: ZipListing = { files: [], problems: [], skippedDirs: 0 };
  let bytes: Buffer;
  try {
    bytes = await zip.read();
  } catch (error) {
    listing.problems.push({ path: zip.path, rule: 'zip-corrupt', reason: `could not read the archive: ${messageOf(error)}` });
    return listing;
  }
  await listBuffer(zip.path, bytes, 0, limits, { total: 0, entries: 0 }, listing);
  listing.files.sort((a, b) => compare(a.path, b.path));
  listing.problems.sort((a, b) => compare(a.path, b.path));
  return listing;
}

async function listBuffer(
  zipPath: string,
  bytes: Buffer,
  depth: number,
  limits: Required<ZipLimits>,
  budget: Budget,
  out: ZipListing,
): Promise<void> {
  let zipfile: ZipFile;
  try {
    zipfile = await openBuffer(bytes);
  } catch (error) {
    out.problems.push({ path: zipPath, rule: 'zip-corrupt', reason: `not a readable zip archive (${messageOf(error)})` });
    return;
  }
  const entries = entryIterator(zipfile);
  const seen = new Map<string, number>();
  for (;;) {
    let entry: Entry | undefined;
    try {
      entry = await entries.next();
    } catch (error) {
      // The central directory is broken from here on; what was listed before stays listed.
      const message = messageOf(error);
      const rule = /encrypt/i.test(message) ? 'zip-encrypted' : 'zip-corrupt';
      out.problems.push({ path: zipPath, rule, reason: `archive cannot be listed past entry ${zipfile.entriesRead}: ${message}` });
      return;
    }
    if (!entry) return;
    if (++budget.entries > limits.maxEntries) {
      out.problems.push({
        path: zipPath,
        rule: 'zip-bomb',
        reason: `more than ${limits.maxEntries} entries in total; the rest of the archive was not listed`,
      });
      return;
    }

    const decoded = decodeEntryName(entry.fileNameRaw, entry.extraFields).replace(/\\/g, '/');
    const name = decoded.endsWith('/') ? decoded : distinctName(decoded, seen);
    const display = `${zipPath}!/${name}`;
    const slip = slipReason(name);
    if (slip) {
      out.problems.push({ path: display, rule: 'zip-slip', reason: `entry name ${JSON.stringify(name)} is ${slip}` });
      continue;
    }
    if (name.endsWith('/')) {
      out.skippedDirs++;
      continue;
    }
    if (entry.isEncrypted()) {
      out.problems.push({ path: display, rule: 'zip-encrypted', reason: 'entry is password-protected' });
      continue;
    }
    const bomb = bombReason(entry, limits, budget);
    if (bomb) {
      out.problems.push({ path: display, rule: 'zip-bomb', reason: bomb });
      continue;
    }
    budget.total += entry.uncompressedSize;

    const file = zipEntryFile(zipfile, entry, zipPath, name, limits.maxEntrySize);
    const base = path.posix.basename(name);
    if (!/\.zip$/i.test(base) || junkReason(base)) {
      out.files.push(file);
      continue;
    }
    // A nested zip: list what is in it instead of the zip itself.
    if (depth + 1 > limits.maxDepth) {
      out.problems.push({
        path: display,
        rule: 'zip-nested-limit',
        reason: `zip nested more than ${limits.maxDepth} level(s) deep; not opened`,
      });
      continue;
    }
    let inner: Buffer;
    try {
      inner = await file.read();
    } catch (error) {
      out.problems.push({
        path: display,
        rule: error instanceof ZipEntryLimitError ? 'zip-bomb' : 'zip-corrupt',
        reason: `nested zip could not be read: ${messageOf(error)}`,
      });
      continue;
    }
    await listBuffer(display, inner, depth + 1, limits, budget, out);
  }
}

function zipEntryFile(zipfile: ZipFile, entry: Entry, zipPath: string, name: string, maxEntrySize: number): SourceFile {
  const display = `${zipPath}!/${name}`;
  return {
    path: display,
    size: entry.uncompressedSize,
    origin: { kind: 'zip', zip: zipPath, entry: name },
    read: () => readEntry(zipfile, entry, display, maxEntrySize),
  };
}

/** Why a declared size is not believable, or undefined. */
function bombReason(entry: Entry, limits: Required<ZipLimits>, budget: Budget): string | undefined {
  const size = entry.uncompressedSize;
  if (size > limits.maxEntrySize) {
    return `declares ${size} bytes uncompressed, above the per-entry limit of ${limits.maxEntrySize}`;
  }
  if (size > RATIO_MIN_SIZE && size > entry.compressedSize * limits.maxRatio) {
    const ratio = entry.compressedSize === 0 ? 'unbounded' : `${Math.round(size / entry.compressedSize)}:1`;
    return `compression ratio ${ratio} (${entry.compressedSize} → ${size} bytes) above the limit of ${limits.maxRatio}:1`;
  }
  if (budget.total + size > limits.maxTotal) {
    return `archive would exceed ${limits.maxTotal} bytes uncompressed in total (already ${budget.total}, entry ${size})`;
  }
  return undefined;
}

/** Why an entry name (with `/` separators) would escape the folder it is extracted to, or undefined. */
function slipReason(name: string): string | undefined {
  if (name.startsWith('//')) return 'a UNC path';
  if (name.startsWith('/')) return 'an absolute path';
  if (/^[A-Za-z]:/.test(name)) return 'a drive-letter path';
  if (name.split('/').includes('..')) return 'a path with ".." segments';
  return undefined;
}

const strictUtf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

function tryUtf8(bytes: Uint8Array): string | undefined {
  try {
    return strictUtf8.decode(bytes);
  } catch {
    return undefined;
  }
}

/**
 * Entry names: the Info-ZIP Unicode Path extra field (0x7075) when it matches the header name; otherwise
 * strict UTF-8 (flagged, or unflagged as many tools write it) and, failing that, GB18030 (superset of GBK/GB2312, what Chinese-locale Windows zip tools write). CP437, the spec's
 * default, is never right for these archives.
 */
export function decodeEntryName(raw: Buffer, extraFields: ExtraField[] = []): string {
  for (const field of extraFields) {
    if (field.id !== 0x7075 || field.data.length < 6 || field.data[0] !== 1) continue;
    if (field.data.readUInt32LE(1) !== crc32(raw)) continue; // stale: the name was changed after the field was written
    const name = tryUtf8(field.data.subarray(5));
    if (name !== undefined) return name;
  }
  // Valid UTF-8 is UTF-8 whether flag bit 11 (0x800) says so or not; bytes that are not valid UTF-8 are GBK,
  // even under the flag (a tool bug seen in practice), so bit 11 never changes the outcome and is not read.
  return tryUtf8(raw) ?? iconv.decode(raw, 'gb18030');
}

function openBuffer(bytes: Buffer): Promise<ZipFile> {
  return new Promise((resolve, reject) => {
    // autoClose off: entries are read later, on demand, from this same in-memory archive.
    yauzl.fromBuffer(bytes, { lazyEntries: true, decodeStrings: false, validateEntrySizes: true, autoClose: false }, (err, zipfile) =>
      err ? reject(err) : resolve(zipfile),
    );
  });
}

/** Pull-style access to yauzl's lazy entry events. */
function entryIterator(zipfile: ZipFile): { next(): Promise<Entry | undefined> } {
  let waiting: { resolve(entry: Entry | undefined): void; reject(error: Error): void } | undefined;
  let failure: Error | undefined;
  let ended = false;
  zipfile.on('entry', (entry: Entry) => settle((w) => w.resolve(entry)));
  zipfile.on('end', () => {
    ended = true;
    settle((w) => w.resolve(undefined));
  });
  // Always listened to: an unhandled 'error' event would crash the process.
  zipfile.on('error', (error: Error) => {
    failure = error;
    settle((w) => w.reject(error));
  });
  function settle(action: (w: NonNullable<typeof waiting>) => void): void {
    const w = waiting;
    waiting = undefined;
    if (w) action(w);
  }
  return {
    next() {
      if (failure) return Promise.reject(failure);
      if (ended) return Promise.resolve(undefined);
      return new Promise((resolve, reject) => {
        waiting = { resolve, reject };
        zipfile.readEntry();
      });
    },
  };
}

/**
 * Inflate one entry into memory, never holding more than its declared size (itself at most `maxEntrySize`):
 * a declared size can lie, so the stream is cut off as soon as it goes past it. The CRC is checked too.
 */
function readEntry(zipfile: ZipFile, entry: Entry, display: string, maxEntrySize: number): Promise<Buffer> {
  const declared = entry.uncompressedSize;
  return new Promise((resolve, reject) => {
    if (declared > maxEntrySize) {
      reject(new ZipEntryLimitError(`${display}: declares ${declared} bytes, above the per-entry limit of ${maxEntrySize}`));
      return;
    }
    const tooLarge = () =>
      new ZipEntryLimitError(`${display}: entry inflates to more than its declared size of ${declared} bytes (lying header or zip bomb); read stopped`);
    let settled = false;
    const fail = (error: Error) => {
      if (settled) return;
      settled = true;
      reject(error);
    };
    try {
      zipfile.openReadStream(entry, (err, stream) => {
        if (err) return fail(new Error(`${display}: cannot open entry: ${err.message}`));
        const chunks: Buffer[] = [];
        let got = 0;
        stream.on('data', (chunk: Buffer) => {
          if (settled) return;
          got += chunk.length;
          if (got > declared) {
            fail(tooLarge());
            stream.destroy();
          } else chunks.push(chunk);
        });
        stream.on('error', (error: Error) => {
          // yauzl's own byte counter (validateEntrySizes) usually trips before ours does.
          if (/too many bytes/.test(error.message)) fail(tooLarge());
          else if (/not enough bytes/.test(error.message)) fail(new Error(`${display}: entry is shorter than its declared size of ${declared} bytes`));
          else fail(new Error(`${display}: ${error.message}`));
        });
        stream.on('end', () => {
          if (settled) return;
          const data = Buffer.concat(chunks, got);
          if (got !== declared) return fail(new Error(`${display}: entry is ${got} bytes, declared ${declared}`));
          if (crc32(data) >>> 0 !== entry.crc32 >>> 0) return fail(new Error(`${display}: CRC-32 mismatch (damaged data)`));
          settled = true;
          resolve(data);
        });
      });
    } catch (error) {
      fail(new Error(`${display}: cannot open entry: ${messageOf(error)}`));
    }
  });
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
