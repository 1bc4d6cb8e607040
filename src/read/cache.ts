import { hash } from 'node:crypto';
import { crc32 } from 'node:zlib';
import { closeSync, fstatSync, mkdirSync, openSync, readSync, writeSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { z } from 'zod';
import type { ReadOutcome } from './pages.js';

/**
 * Bump when a reader's output changes for the same bytes (a new pdfjs, a different normalisation), so
 * old entries are not reused. r5: the pdfjs patch reads a font program's type from its first inflated
 * bytes, which can read differently only where that program's first deflate block is damaged (see the
 * patch and the README).
 */
export const READER_VERSION = 'r5';

/** Text already extracted, by content: re-auditing an archive (the next round, CI) skips pdfjs. */
export interface TextCache {
  get(key: string): Promise<ReadOutcome | undefined>;
  set(key: string, outcome: ReadOutcome): Promise<void>;
}

/** Values of any JSON shape by key, in the same store (the engine keeps audited cases here). */
export interface JsonStore {
  get(key: string): unknown;
  set(key: string, value: unknown): void;
  /**
   * Bytes by key, for text that is handed on as it is rather than parsed (a cached case's documents,
   * already in report.json's form), newlines and all. `setBytes` says where they went, and `getBytes`
   * is given that place with the key (keep it in a JSON record). A store without them keeps
   * everything as JSON.
   */
  getBytes?(key: string, place: RecordPlace): Buffer | undefined;
  setBytes?(key: string, bytes: Buffer): RecordPlace | undefined;
}

const Kind = z.enum(['pdf', 'docx', 'doc', 'txt', 'image', 'xlsx', 'zip', 'ofd', 'unknown']);
const OcrMarks = z.strictObject({ confidence: z.number().min(0).max(1), words: z.array(z.number()), seal: z.number().min(0).max(1).optional() });
const Page = z.strictObject({ page: z.number().int().positive(), text: z.string(), norm: z.string(), ocr: OcrMarks.optional() });
const PageError = z.strictObject({ page: z.number().int().positive(), reason: z.string() });
/** What a cache entry must be to be used: anything else (truncated, edited, an older shape) is a miss. */
const CachedOutcome = z.discriminatedUnion('status', [
  z.strictObject({ status: z.literal('ok'), kind: Kind, pages: z.array(Page), pageErrors: z.array(PageError), note: z.string().optional(), ocr: z.string().optional() }),
  z.strictObject({ status: z.literal('no-text'), kind: Kind, pages: z.array(Page), pageErrors: z.array(PageError), reason: z.string() }),
  z.strictObject({ status: z.enum(['encrypted', 'unreadable', 'unsupported']), kind: Kind, reason: z.string() }),
]);

/** The key of one file's text: its bytes, the extension the sniffer also looks at, the readers' version. */
export function cacheKey(sha256: string, name: string): string {
  const ext = /\.([^./]+)$/.exec(name)?.[1]?.toLowerCase() ?? '';
  return hash('sha256', `${READER_VERSION}\u0000${ext}\u0000${sha256}`, 'hex');
}

/** Where the cache lives unless told: CASEAUDIT_CACHE_DIR, else the user's cache folder. Never the input. */
export function defaultCacheDir(env: Record<string, string | undefined>): string {
  if (env.CASEAUDIT_CACHE_DIR) return env.CASEAUDIT_CACHE_DIR;
  const base = env.XDG_CACHE_HOME || path.join(os.homedir(), '.cache');
  return path.join(base, 'caseaudit');
}

/**
 * The store's files inside the cache folder, each one append-only pack (see CachePack):
 * - PACK_FILE: audited cases, each case's content hashes by its files' identities, parsed YAML;
 *   indexed when opened, and all a warm run over an unchanged archive looks up;
 * - TEXT_PACK_FILE: the text of each file read; opened when a file must be read;
 * - DOCUMENTS_FILE: cached cases' documents, found by the place their case's record gives, so opening
 *   the store does not read them (they are most of its bytes besides the texts).
 * (`cache-v1.pack` of earlier versions held all of them in one file, and `documents-v2.pack` held the
 * documents with their newlines coded as another byte; neither is read any more.)
 */
export const PACK_FILE = 'cache-v2.pack';
export const TEXT_PACK_FILE = 'texts-v2.pack';
export const DOCUMENTS_FILE = 'documents-v3.pack';

/**
 * The cache store: one append-only file of records `key TAB checksum TAB json NEWLINE`, indexed by key
 * when opened (the last record of a key wins). One file instead of a file per entry: no mkdir, write and
 * rename per document, and a CI cache is one file to save and restore.
 *
 * A record whose checksum or key does not match (a half-written tail of a killed run, two processes
 * appending at once, an edit) is a miss, so the store can make a run slower, never wrong or failed; a
 * store that cannot be opened or written is simply not used. Appends from several processes go to
 * the end of the file (O_APPEND), each record in one write.
 */
export class CachePack {
  /**
   * key → slot; a slot's record is at offsets[slot], lengths[slot]. Numbers in typed arrays rather than
   * an object per key: a pack of a 10,000-case archive holds some 300,000 keys, all indexed at open.
   */
  private readonly index = new Map<string, number>();
  private offsets = new Float64Array(1024);
  private lengths = new Float64Array(1024);
  private fd: number | undefined;
  /** the file's size after this process's last open or append */
  private end = 0;
  /** where records are read (see readAt) */
  private scratch = Buffer.allocUnsafe(64 * 1024);

  /**
   * `indexed: false`: the file is not read when opened, and its records are found only by the place
   * putBytes gave (kept by the caller in an indexed record); for large records read once a run.
   */
  constructor(
    readonly file: string,
    private readonly indexed = true,
  ) {
    try {
      mkdirSync(path.dirname(file), { recursive: true });
      this.fd = openSync(file, 'a+');
      if (indexed) this.load();
      else this.seal();
    } catch {
      this.fd = undefined;
    }
  }

  /** The stored JSON text of a key, or undefined (absent, damaged, unreadable). */
  getText(key: string): string | undefined {
    const slot = this.index.get(key);
    // checked as bytes and decoded once (a checksum over the decoded text would encode it again)
    return slot === undefined ? undefined : this.record(key, { at: this.offsets[slot], length: this.lengths[slot] })?.toString('utf8');
  }

  /**
   * The bytes of the record written by putBytes at this place, when it is that key's and its checksum
   * holds, else undefined. Read from the file on each call into one buffer the pack reuses: the bytes
   * are valid until the next read from this pack (copy them to keep them).
   */
  getBytes(key: string, place: RecordPlace): Buffer | undefined {
    if (!Number.isSafeInteger(place.at) || !Number.isSafeInteger(place.length) || place.at < 0 || place.length <= 0) return undefined;
    return this.record(key, place);
  }

  /** The value of the record at this place, when the record is the key's and its checksum holds. */
  private record(key: string, place: RecordPlace): Buffer | undefined {
    if (this.fd === undefined) return undefined;
    try {
      const line = this.readAt(place.at, place.length);
      if (line === undefined) return undefined;
      const tab1 = line.indexOf(9);
      const tab2 = line.indexOf(9, tab1 + 1);
      if (tab1 < 0 || tab2 < 0 || line.toString('utf8', 0, tab1) !== key) return undefined;
      const bytes = line.subarray(tab2 + 1);
      return checksumHolds(bytes, line.toString('latin1', tab1 + 1, tab2)) ? bytes : undefined;
    } catch {
      return undefined;
    }
  }

  /**
   * A record's line, read into the pack's one reusable buffer (valid until the next read). Fresh memory
   * for every record was the cost, not the reading: a warm run reads some 40 MB of records, and the
   * page faults of new buffers that size took longer than the copies from the page cache.
   */
  private readAt(at: number, length: number): Buffer | undefined {
    if (this.scratch.length < length) this.scratch = Buffer.allocUnsafe(Math.max(length, this.scratch.length * 2));
    const buf = this.scratch.subarray(0, length);
    if (readSync(this.fd!, buf, 0, length, at) !== length) return undefined;
    return buf;
  }

  putText(key: string, json: string): void {
    if (!json.includes('\n')) this.putRecord(key, json);
  }

  /**
   * Bytes kept as they are, found again by the place returned. In a pack opened without an index they
   * may hold newlines: its records are found only by place, never by reading lines. An indexed pack
   * finds its records by line when opened, so there the bytes must hold none.
   */
  putBytes(key: string, bytes: Buffer): RecordPlace | undefined {
    return this.indexed && bytes.includes(10) ? undefined : this.putRecord(key, bytes);
  }

  private putRecord(key: string, value: string | Buffer): RecordPlace | undefined {
    if (this.fd === undefined || key.includes('\t') || key.includes('\n')) return undefined;
    try {
      const head = `${key}\t${checksum(value)}\t`;
      const record = typeof value === 'string' ? Buffer.from(`${head}${value}\n`) : Buffer.concat([Buffer.from(head), value, NEWLINE]);
      writeSync(this.fd, record);
      // O_APPEND put the record at the end of the file, which the size right after says: another
      // process appending between the write and the fstat makes the place wrong, and the key check on
      // reading turns that into a miss (an indexed pack is indexed anew when next opened). Taken
      // from the file, not counted here, so one such write does not spoil every later place.
      this.end = fstatSync(this.fd).size;
      const place = { at: this.end - record.length, length: record.length - 1 };
      if (this.indexed) this.place(key, place.at, place.length);
      return place;
    } catch {
      // full disk, read-only cache folder: carry on without caching
      return undefined;
    }
  }

  close(): void {
    if (this.fd !== undefined) closeSync(this.fd);
    this.fd = undefined;
  }

  /** Where a key's record is (a later record of the key takes its slot). */
  private place(key: string, offset: number, length: number): void {
    let slot = this.index.get(key);
    if (slot === undefined) {
      slot = this.index.size;
      if (slot === this.offsets.length) {
        const grow = (a: Float64Array) => {
          const b = new Float64Array(a.length * 2);
          b.set(a);
          return b;
        };
        this.offsets = grow(this.offsets);
        this.lengths = grow(this.lengths);
      }
      this.index.set(key, slot);
    }
    this.offsets[slot] = offset;
    this.lengths[slot] = length;
  }

  /** Index every complete record: its key and where its line is. */
  private load(): void {
    const fd = this.fd!;
    const size = fstatSync(fd).size;
    let buf = Buffer.allocUnsafe(8 * 1024 * 1024);
    // bytes of a record cut by the end of the last read, moved to the front of the buffer
    let carry = 0;
    let carryAt = 0;
    for (let pos = 0; pos < size; ) {
      // a record longer than the buffer: a bigger buffer (copying only the part already read)
      if (carry === buf.length) {
        const bigger = Buffer.allocUnsafe(buf.length * 2);
        buf.copy(bigger, 0, 0, carry);
        buf = bigger;
      }
      const n = readSync(fd, buf, carry, buf.length - carry, pos);
      if (n <= 0) break;
      const filled = carry + n;
      const base = carry ? carryAt : pos;
      let start = 0;
      for (let nl = buf.indexOf(10, start); nl >= 0 && nl < filled; nl = buf.indexOf(10, start)) {
        const tab = buf.indexOf(9, start);
        if (tab > start && tab < nl) this.place(buf.toString('utf8', start, tab), base + start, nl - start);
        start = nl + 1;
      }
      // a record split across reads is completed by the next one; a tail without newline is ignored
      carry = filled - start;
      if (carry > 0) buf.copy(buf, 0, start, filled);
      carryAt = base + start;
      pos += n;
    }
    // A tail cut off by a killed run is sealed, so the next record starts on a line of its own.
    if (carry > 0) writeSync(fd, '\n');
    this.end = fstatSync(fd).size;
  }

  /**
   * Without an index: a tail cut off by a killed run is sealed as in load. Records here are found by
   * their place only (and may hold newlines), so this only keeps the file tidy.
   */
  private seal(): void {
    const fd = this.fd!;
    const size = fstatSync(fd).size;
    const last = Buffer.alloc(1);
    if (size > 0 && readSync(fd, last, 0, 1, size - 1) === 1 && last[0] !== 10) writeSync(fd, '\n');
    this.end = fstatSync(fd).size;
  }
}

/** Where a record written by putBytes is: its line's offset and length in the file. */
export interface RecordPlace {
  at: number;
  length: number;
}


const NEWLINE = Buffer.from('\n');

/**
 * Of a record's value, the same for a text and for its UTF-8 bytes: its CRC-32, eight hex digits. It
 * guards against accidents (a tail cut off by a killed run, appends of two processes mixed, an edit),
 * not against someone who can write the cache and could write anything there, and it is three times
 * cheaper than a SHA-1: a warm run checks every cached case's documents twice, some 70 MB at 1,000
 * cases (measured: 6 against 20 ms for each 34 MB).
 */
function checksum(value: string | Buffer): string {
  return crc32(value).toString(16).padStart(8, '0');
}

/**
 * Whether a record's value has the checksum it was written with. Records written before the CRC-32
 * carry the first 16 hex digits of a SHA-1 and are checked that way, so the change did not empty
 * anyone's text cache (the texts are what a cold run spends its time on).
 */
function checksumHolds(value: string | Buffer, stored: string): boolean {
  if (stored.length === 8) return checksum(value) === stored;
  // one-shot: a Hash object per call cost five times more
  return stored.length === 16 && hash('sha1', value, 'hex').slice(0, 16) === stored;
}

/** The cache folder's store, as the text cache the readers use and a JSON store for the engine. */
export function openCache(dir: string): { text: TextCache; json: JsonStore; close(): void } {
  const pack = new CachePack(path.join(dir, PACK_FILE));
  // opened when first used: a warm run over an unchanged archive needs neither
  let texts: CachePack | undefined;
  let documents: CachePack | undefined;
  const textPack = () => (texts ??= new CachePack(path.join(dir, TEXT_PACK_FILE)));
  const documentsPack = () => (documents ??= new CachePack(path.join(dir, DOCUMENTS_FILE), false));
  const text: TextCache = {
    async get(key) {
      const json = textPack().getText(`t:${key}`);
      if (json === undefined) return undefined;
      try {
        // A bad entry is a miss: the file is read again and the entry appended anew.
        const parsed = CachedOutcome.safeParse(JSON.parse(json));
        return parsed.success ? (parsed.data as ReadOutcome) : undefined;
      } catch {
        return undefined;
      }
    },
    async set(key, outcome) {
      textPack().putText(`t:${key}`, JSON.stringify(outcome));
    },
  };
  const json: JsonStore = {
    get(key) {
      const stored = pack.getText(`j:${key}`);
      if (stored === undefined) return undefined;
      try {
        return JSON.parse(stored);
      } catch {
        return undefined;
      }
    },
    set(key, value) {
      pack.putText(`j:${key}`, JSON.stringify(value));
    },
    getBytes: (key, place) => documentsPack().getBytes(`b:${key}`, place),
    setBytes: (key, bytes) => documentsPack().putBytes(`b:${key}`, bytes),
  };
  const close = () => {
    pack.close();
    texts?.close();
    documents?.close();
  };
  return { text, json, close };
}

/** The text cache in a folder (one store file; see CachePack). */
export function diskCache(dir: string): TextCache {
  return openCache(dir).text;
}
