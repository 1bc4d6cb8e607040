import { inflateSync, constants as zlib } from 'node:zlib';
import type { Entry, ZipFile } from 'yauzl';

/**
 * The budget of one file, whatever path reads it (one thread or several): a file over budget is
 * `file-unreadable` with a reason starting "exceeds limits:", and the run goes on.
 *
 * Time and memory are enforced by the reader thread (a deadline, V8 `resourceLimits`); the sizes below
 * are checked before a parser sees the bytes, because inflated buffers live outside the V8 heap that
 * `resourceLimits` bounds (a PDF stream or a .docx part that inflates to gigabytes would exhaust the
 * machine long before the heap limit trips).
 */
export interface ReadLimits {
  /** wall-clock time to read one file, ms */
  timeoutMs: number;
  /** V8 heap of a reader thread, MiB (old generation) */
  memoryMb: number;
  /** largest inflated size of one part: a PDF stream (not an image), a .docx/.xlsx XML part, bytes */
  maxPartBytes: number;
  /** largest inflated size of those parts together, per file, bytes */
  maxTotalBytes: number;
}

const MiB = 1024 * 1024;

/** Defaults (README "Limits"): generous for real case files, small enough for a 2-core, 2 GiB machine. */
export const DEFAULT_READ_LIMITS: ReadLimits = {
  timeoutMs: 120_000,
  memoryMb: 512,
  maxPartBytes: 64 * MiB,
  maxTotalBytes: 256 * MiB,
};

/** The reason prefix every over-budget outcome shares (tests, the fuzz harness and users grep for it). */
export const LIMIT_PREFIX = 'exceeds limits:';

export function limitReason(what: string): string {
  return `${LIMIT_PREFIX} ${what}`;
}

function mib(n: number): string {
  return `${Math.round((n / MiB) * 10) / 10} MiB`;
}

/**
 * Deflate's most extreme expansion: one length/distance pair (at least two bits) stands for at most 258
 * bytes, so a byte of compressed data gives at most 1032 (Mark Adler, zlib "Technical Details",
 * "Maximum Compression Factor"). A stream of n bytes can therefore never inflate past 1032·n bytes.
 */
const DEFLATE_MAX_RATIO = 1032;

/**
 * Inflate the Flate streams of a PDF that are not images, stopping at the part limit, and say why the
 * file is over budget (undefined: within it). pdfjs would inflate them without bound. Streams that do
 * not inflate cleanly are left to pdfjs to judge; images are skipped (a scanned page's bitmap may
 * legitimately be large, and text extraction does not decode it).
 *
 * A stream too short to reach the part limit even at deflate's greatest ratio is not inflated here
 * (pdfjs inflates it anyway): only its bound is counted. When those bounds and the sizes of the
 * inflated streams together could pass the total limit, or a stream is over budget, the streams are
 * measured in order as they always were (reusing the sizes already known), so a file is never refused
 * on a bound and a refusal gives the same reason as a full measure.
 */
export function pdfStreamsOverLimit(bytes: Buffer, limits: ReadLimits): string | undefined {
  const streams = [...pdfFlateStreams(bytes)];
  const known: (number | undefined)[] = [];
  let inflated = 0;
  let bounded = 0;
  for (const [i, data] of streams.entries()) {
    const bound = data.length * DEFLATE_MAX_RATIO;
    if (bound <= limits.maxPartBytes) {
      bounded += bound;
      continue;
    }
    const size = inflatedSize(data, Math.min(limits.maxPartBytes, limits.maxTotalBytes - inflated));
    if (size === 'over') return measured(streams, limits, known);
    known[i] = size;
    inflated += size;
  }
  return inflated + bounded <= limits.maxTotalBytes ? undefined : measured(streams, limits, known);
}

/** Every stream measured in order, each within what the part and total limits leave: why it is over, if it is. */
function measured(streams: Buffer[], limits: ReadLimits, known: (number | undefined)[]): string | undefined {
  let total = 0;
  for (const [i, data] of streams.entries()) {
    const cap = Math.min(limits.maxPartBytes, limits.maxTotalBytes - total);
    const had = known[i];
    const size = had === undefined ? inflatedSize(data, cap) : had > cap ? 'over' : had;
    if (size === 'over') {
      return cap < limits.maxPartBytes
        ? limitReason(`PDF streams inflate to more than ${mib(limits.maxTotalBytes)} in total`)
        : limitReason(`a PDF stream inflates to more than ${mib(limits.maxPartBytes)}`);
    }
    total += size;
  }
  return undefined;
}

/**
 * The data of every Flate stream of a PDF that is not an image, found in the bytes themselves (views
 * into them; exported for test/pdf-fonts.test.ts, which damages them in place).
 */
export function* pdfFlateStreams(bytes: Buffer): Generator<Buffer> {
  // Searched in the buffer itself: a large scan must not cost a string copy of itself in the heap.
  let from = 0;
  for (;;) {
    const at = bytes.indexOf('stream', from, 'latin1');
    if (at < 0) return;
    from = at + 6;
    // `stream` is followed by CRLF or LF, and preceded by the dictionary's `>>` (endstream does not count).
    if (at >= 3 && bytes.toString('latin1', at - 3, at) === 'end') continue;
    let start = at + 6;
    if (bytes[start] === 0x0d) start++;
    if (bytes[start] !== 0x0a) continue;
    start++;
    // the dictionary opens at most 4 KB before (a bounded look-back: no quadratic scan of a hostile file)
    const window = Math.max(0, at - 4096);
    const back = bytes.subarray(window, at).lastIndexOf('<<', undefined, 'latin1');
    if (back < 0) continue;
    const dictStart = window + back;
    const dict = bytes.toString('latin1', dictStart, at);
    if (!/\/FlateDecode|\/Fl\b/.test(dict) || /\/Subtype\s*\/Image/.test(dict)) continue;
    const end = bytes.indexOf('endstream', start, 'latin1');
    // no `endstream` after this one: none after any later stream either
    if (end < 0) return;
    from = end + 9;
    yield bytes.subarray(start, end);
  }
}

/** Inflated size of a zlib stream up to `cap` bytes; 'over' past it; 0 when it does not inflate. */
function inflatedSize(data: Buffer, cap: number): number | 'over' {
  try {
    return inflateSync(data, { maxOutputLength: Math.max(1, cap), finishFlush: zlib.Z_SYNC_FLUSH }).length;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE' || error instanceof RangeError) return 'over';
    return 0;
  }
}

/**
 * The XML parts of an Office file (.docx, .xlsx): each declared size within the part limit, all of
 * them within the total, and each one actually inflating to no more than it declares (a header can
 * lie; the parsers trust it). Media (images) are not inflated by the text readers and are not checked.
 * Undefined: within budget, or not a zip the guard can read (the parser then reports what is wrong).
 */
export async function officePartsOverLimit(bytes: Buffer, limits: ReadLimits): Promise<string | undefined> {
  // loaded here: the engine imports this module for its limits on every run, most of which open no zip
  const { default: yauzl } = await import('yauzl');
  let zip: ZipFile;
  try {
    zip = await new Promise<ZipFile>((resolve, reject) =>
      yauzl.fromBuffer(bytes, { lazyEntries: true, validateEntrySizes: true, autoClose: false }, (err, z) => (err ? reject(err) : resolve(z))),
    );
  } catch {
    return undefined;
  }
  try {
    const entries = await listEntries(zip);
    let total = 0;
    for (const entry of entries) {
      if (!/\.(xml|rels)$/i.test(entry.fileName)) continue;
      if (entry.uncompressedSize > limits.maxPartBytes) {
        return limitReason(`part ${entry.fileName} is ${mib(entry.uncompressedSize)} uncompressed (limit ${mib(limits.maxPartBytes)})`);
      }
      total += entry.uncompressedSize;
      if (total > limits.maxTotalBytes) return limitReason(`XML parts exceed ${mib(limits.maxTotalBytes)} uncompressed in total`);
      const over = await inflatesPastDeclared(zip, entry);
      if (over) return limitReason(`part ${entry.fileName} inflates past its declared size of ${entry.uncompressedSize} bytes`);
    }
    return undefined;
  } catch {
    return undefined;
  } finally {
    zip.close();
  }
}

function listEntries(zip: ZipFile): Promise<Entry[]> {
  return new Promise((resolve, reject) => {
    const entries: Entry[] = [];
    zip.on('entry', (e: Entry) => {
      // A part listed twice counts twice: a bomb must not hide behind a duplicate name.
      if (entries.length > 100_000) return reject(new Error('too many entries'));
      entries.push(e);
      zip.readEntry();
    });
    zip.on('end', () => resolve(entries));
    zip.on('error', reject);
    zip.readEntry();
  });
}

/** True when the entry's data goes on past its declared size (yauzl's size validation trips). */
function inflatesPastDeclared(zip: ZipFile, entry: Entry): Promise<boolean> {
  return new Promise((resolve) => {
    zip.openReadStream(entry, (err, stream) => {
      if (err || !stream) return resolve(false);
      stream.on('data', () => undefined);
      stream.on('error', (error: Error) => resolve(/too many bytes/.test(error.message)));
      stream.on('end', () => resolve(false));
    });
  });
}
