import { deflateRawSync, deflateSync } from 'node:zlib';
import yauzl, { type Entry } from 'yauzl';
import { buildZip, type ZipEntrySpec } from './zipWriter.js';

/**
 * Decompression bombs built inside real document formats: a PDF whose one content stream inflates to
 * `inflated` bytes of text operators, and an Office file with one part replaced.
 * `text`: the stream shows that one line, and a PDF comment fills the rest (large, but one line to read).
 */
export function pdfBomb(inflated: number, opts: { image?: boolean; text?: string } = {}): Buffer {
  const op = Buffer.from('BT /F1 8 Tf 10 10 Td (x) Tj ET\n');
  const content = Buffer.alloc(inflated);
  if (opts.text !== undefined) {
    content.fill(0x78);
    Buffer.from(`BT /F1 8 Tf 10 10 Td (${opts.text}) Tj ET\n%`).copy(content);
    content[inflated - 1] = 0x0a;
  } else if (!opts.image) for (let i = 0; i < inflated; i += op.length) op.copy(content, i);
  const stream = deflateSync(content, { level: 9 });
  // image: the large stream is a page's bitmap (a scan), as big as a real A3 colour scan inflates to
  const imageDict = `/Type /XObject /Subtype /Image /Width ${Math.floor(inflated / 1000)} /Height 1000 /ColorSpace /DeviceGray /BitsPerComponent 8 `;
  const page = opts.image
    ? '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] /Resources << /XObject << /Im1 4 0 R >> >> >>'
    : '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>';
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    page,
    undefined,
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
  ];
  const parts: Buffer[] = [Buffer.from('%PDF-1.4\n')];
  const offsets: number[] = [];
  let at = parts[0].length;
  objects.forEach((body, i) => {
    offsets.push(at);
    const chunk = body
      ? Buffer.from(`${i + 1} 0 obj\n${body}\nendobj\n`)
      : Buffer.concat([Buffer.from(`${i + 1} 0 obj\n<< ${opts.image ? imageDict : ''}/Length ${stream.length} /Filter /FlateDecode >>\nstream\n`), stream, Buffer.from('\nendstream\nendobj\n')]);
    parts.push(chunk);
    at += chunk.length;
  });
  const xref = [`xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`, ...offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`)].join('');
  parts.push(Buffer.from(`${xref}trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${at}\n%%EOF\n`));
  return Buffer.concat(parts);
}

/** The entries of a real zip (an Office file), as specs the test zip writer takes. */
export async function zipEntries(bytes: Buffer): Promise<ZipEntrySpec[]> {
  const zip = await new Promise<yauzl.ZipFile>((resolve, reject) => yauzl.fromBuffer(bytes, { lazyEntries: true }, (e, z) => (e ? reject(e) : resolve(z))));
  const out: ZipEntrySpec[] = [];
  await new Promise<void>((resolve, reject) => {
    zip.on('entry', (entry: Entry) => {
      zip.openReadStream(entry, (err, stream) => {
        if (err) return reject(err);
        const chunks: Buffer[] = [];
        stream.on('data', (c: Buffer) => chunks.push(c));
        stream.on('end', () => {
          out.push({ name: entry.fileName, data: Buffer.concat(chunks), method: 8 });
          zip.readEntry();
        });
      });
    });
    zip.on('end', () => resolve());
    zip.on('error', reject);
    zip.readEntry();
  });
  return out;
}

/** XML that inflates to about `size` bytes: the body of a .docx with one run of text repeated. */
export function bigDocumentXml(size: number): Buffer {
  const head = Buffer.from('<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>');
  const tail = Buffer.from('</w:body></w:document>');
  const para = Buffer.from('<w:p><w:r><w:t>执法一中队</w:t></w:r></w:p>');
  const body = Buffer.alloc(Math.max(0, size - head.length - tail.length) - ((size - head.length - tail.length) % para.length));
  for (let i = 0; i < body.length; i += para.length) para.copy(body, i);
  return Buffer.concat([head, body, tail]);
}

/** An Office file with one part's content replaced; `declaredSize` lets the header lie about it. */
export function withPart(entries: ZipEntrySpec[], name: string, data: Buffer, declaredSize?: number): Buffer {
  return buildZip(entries.map((e) => (e.name === name ? { name, data, method: 8, payload: deflateRawSync(data, { level: 1 }), declaredSize } : e)));
}
