import { crc32, deflateRawSync } from 'node:zlib';

/**
 * A minimal zip writer for tests: stored or deflated entries, raw name bytes (GBK without the UTF-8 flag),
 * and headers that can lie (declared size, CRC, flags) — things no real zip tool will produce on request.
 */
export interface ZipEntrySpec {
  /** a string is written as UTF-8 (flag bit 11 is set only if `utf8Flag`); a Buffer is written as is */
  name: string | Buffer;
  data?: Buffer;
  /** 0 stored (default), 8 deflate */
  method?: 0 | 8;
  utf8Flag?: boolean;
  /** extra general-purpose flags ORed in (bit 0: encrypted) */
  flags?: number;
  /** the compressed payload to write instead of the real one */
  payload?: Buffer;
  /** uncompressed size to declare instead of `data.length` */
  declaredSize?: number;
  crc?: number;
  extra?: Buffer;
}

export function buildZip(entries: ZipEntrySpec[]): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const spec of entries) {
    const name = typeof spec.name === 'string' ? Buffer.from(spec.name, 'utf8') : spec.name;
    const data = spec.data ?? Buffer.alloc(0);
    const method = spec.method ?? 0;
    const payload = spec.payload ?? (method === 8 ? deflateRawSync(data) : data);
    const flags = (spec.utf8Flag ? 0x800 : 0) | (spec.flags ?? 0);
    const crc = spec.crc ?? crc32(data);
    const size = spec.declaredSize ?? data.length;
    const extra = spec.extra ?? Buffer.alloc(0);
    const isDir = name.length > 0 && (name[name.length - 1] === 0x2f || name[name.length - 1] === 0x5c);

    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(flags, 6);
    local.writeUInt16LE(method, 8);
    local.writeUInt16LE(0, 10); // time
    local.writeUInt16LE(0x5721, 12); // date 2023-09-01
    local.writeUInt32LE(crc >>> 0, 14);
    local.writeUInt32LE(payload.length, 18);
    local.writeUInt32LE(size, 22);
    local.writeUInt16LE(name.length, 26);
    local.writeUInt16LE(extra.length, 28);
    const localRecord = Buffer.concat([local, name, extra, payload]);

    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(flags, 8);
    central.writeUInt16LE(method, 10);
    central.writeUInt16LE(0, 12);
    central.writeUInt16LE(0x5721, 14);
    central.writeUInt32LE(crc >>> 0, 16);
    central.writeUInt32LE(payload.length, 20);
    central.writeUInt32LE(size, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt16LE(extra.length, 30);
    central.writeUInt16LE(0, 32); // comment length
    central.writeUInt16LE(0, 34); // disk
    central.writeUInt16LE(0, 36); // internal attributes
    central.writeUInt32LE(isDir ? 0x10 : 0, 38); // external attributes (MS-DOS directory bit)
    central.writeUInt32LE(offset, 42);
    centrals.push(Buffer.concat([central, name, extra]));

    locals.push(localRecord);
    offset += localRecord.length;
  }
  const centralDir = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(0, 4);
  end.writeUInt16LE(0, 6);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(centralDir.length, 12);
  end.writeUInt32LE(offset, 16);
  end.writeUInt16LE(0, 20);
  return Buffer.concat([...locals, centralDir, end]);
}

/** Info-ZIP Unicode Path extra field (0x7075) for a header name `raw`. */
export function unicodePathExtra(raw: Buffer, name: string, crcOverride?: number): Buffer {
  const utf8 = Buffer.from(name, 'utf8');
  const header = Buffer.alloc(4 + 5);
  header.writeUInt16LE(0x7075, 0);
  header.writeUInt16LE(5 + utf8.length, 2);
  header.writeUInt8(1, 4);
  header.writeUInt32LE((crcOverride ?? crc32(raw)) >>> 0, 5);
  return Buffer.concat([header, utf8]);
}
