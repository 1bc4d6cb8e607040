import path from 'node:path';
import type { XMLParser } from 'fast-xml-parser';
import yauzl, { type Entry, type ZipFile } from 'yauzl';
import type { ReadLimits } from './limits.js';
import type { OcrSettings } from './ocr/engine.js';
import { ocrBudget, ocrImage } from './ocr/index.js';
import { ocrSignature } from './ocr/engine.js';
import { hasText, toPages, type PageError, type PageText, type ReadOutcome } from './pages.js';

/** Above this many pages an OFD is read up to the limit and the rest is said (as for PDFs). */
export const MAX_OFD_PAGES = 2000;

/**
 * An OFD file (GB/T 33190, the format Chinese government systems export): a zip whose OFD.xml names
 * the document root; the document lists its pages; each page's Content.xml holds TextObject elements
 * with the text in TextCode, and ImageObject elements for scanned content. Text is read page by page,
 * lines ordered top to bottom by their position; a page with images and no text goes to OCR.
 * The zip's XML parts were size-checked before (limits.officePartsOverLimit), as for .docx.
 */
export async function readOfd(bytes: Buffer, ocr: OcrSettings | undefined, started: number, limits: ReadLimits): Promise<ReadOutcome> {
  // imported where an OFD is read, outside the `try`s, as the Word readers are (word.ts)
  const { XMLParser } = await import('fast-xml-parser');
  let zip: ZipFile;
  try {
    zip = await new Promise<ZipFile>((resolve, reject) => yauzl.fromBuffer(bytes, { lazyEntries: true, validateEntrySizes: true, autoClose: false }, (err, z) => (err ? reject(err) : resolve(z))));
  } catch (error) {
    return { status: 'unreadable', kind: 'ofd', reason: `not a readable OFD (zip): ${(error as Error).message}` };
  }
  try {
    const entries = await listEntries(zip);
    const part = async (name: string): Promise<Buffer | undefined> => {
      const entry = entries.get(name.replace(/^\/+/, ''));
      return entry ? readEntry(zip, entry) : undefined;
    };
    const xml = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@', removeNSPrefix: true, processEntities: true, isArray: (name) => ARRAYS.has(name) });
    const root = await part('OFD.xml');
    if (!root) return { status: 'unreadable', kind: 'ofd', reason: 'not an OFD file: OFD.xml is missing' };
    const docRoot = first(xml.parse(root.toString('utf8'))?.OFD?.DocBody)?.DocRoot;
    if (typeof docRoot !== 'string') return { status: 'unreadable', kind: 'ofd', reason: 'OFD.xml names no DocRoot' };
    const docPath = path.posix.normalize(docRoot.replace(/^\/+/, ''));
    const docXml = await part(docPath);
    if (!docXml) return { status: 'unreadable', kind: 'ofd', reason: `OFD document ${docPath} is missing` };
    const doc = xml.parse(docXml.toString('utf8'))?.Document;
    const docDir = path.posix.dirname(docPath);
    const pageRefs: string[] = (doc?.Pages?.Page ?? []).map((p: Record<string, string>) => p['@BaseLoc']).filter((b: unknown): b is string => typeof b === 'string');
    const media = await mediaFiles(xml, part, docDir, doc?.CommonData);
    const texts: string[] = [];
    const scanned: { index: number; image: string }[] = [];
    const pageErrors: PageError[] = [];
    const last = Math.min(pageRefs.length, MAX_OFD_PAGES);
    for (let i = 0; i < last; i++) {
      const pagePath = path.posix.normalize(path.posix.join(docDir, pageRefs[i]));
      const content = await part(pagePath);
      if (!content) {
        texts.push('');
        pageErrors.push({ page: i + 1, reason: `page part ${pagePath} is missing` });
        continue;
      }
      try {
        const page = xml.parse(content.toString('utf8'))?.Page;
        const { text, images } = pageContent(page);
        texts.push(text);
        const image = images.map((id) => media.get(id)).find((m) => m !== undefined);
        if (!text.trim() && image) scanned.push({ index: i, image });
      } catch (error) {
        texts.push('');
        pageErrors.push({ page: i + 1, reason: `page ${i + 1} is not valid XML: ${(error as Error).message.slice(0, 200)}` });
      }
    }
    if (pageRefs.length > last) pageErrors.push({ page: last + 1, reason: `pages ${last + 1}–${pageRefs.length} not read (limit ${MAX_OFD_PAGES})` });
    const pages = toPages(texts);
    let ocred = false;
    // Scanned pages inside the OFD: their images go to OCR like an image file.
    for (const s of scanned) {
      if (!ocr) {
        pageErrors.push({ page: s.index + 1, reason: 'page is an image (scan) and OCR is not on' });
        continue;
      }
      const data = await part(s.image);
      if (!data) continue;
      const read = await ocrImage(data, ocr, ocrBudget(started, limits));
      if (read.failure || read.pages.length === 0) {
        pageErrors.push({ page: s.index + 1, reason: `scanned page not OCR'd: ${read.failure ?? 'no text'}` });
        continue;
      }
      pages[s.index] = { ...read.pages[0], page: s.index + 1 } satisfies PageText;
      ocred = true;
    }
    if (pageRefs.length === 0) return { status: 'unreadable', kind: 'ofd', reason: 'OFD document lists no pages' };
    if (!hasText(pages)) return { status: 'no-text', kind: 'ofd', pages, pageErrors, reason: 'no text in the OFD pages (scanned images?)' };
    return { status: 'ok', kind: 'ofd', pages, pageErrors, ...(ocred && ocr ? { ocr: ocrSignature(ocr) } : {}) };
  } catch (error) {
    return { status: 'unreadable', kind: 'ofd', reason: `OFD could not be read: ${(error as Error).message.slice(0, 200)}` };
  } finally {
    zip.close();
  }
}

/** Elements that may repeat: always parsed as arrays, so one and several read the same way. */
const ARRAYS = new Set(['Page', 'Layer', 'TextObject', 'TextCode', 'ImageObject', 'PageBlock', 'MultiMedia', 'DocumentRes', 'PublicRes', 'DocBody']);

function first<T>(v: T | T[] | undefined): T | undefined {
  return Array.isArray(v) ? v[0] : v;
}

interface Placed {
  x: number;
  y: number;
  text: string;
}

/** A page's text lines (top to bottom, left to right) and the resource ids of its images. */
function pageContent(page: Record<string, unknown> | undefined): { text: string; images: string[] } {
  const placed: Placed[] = [];
  const images: string[] = [];
  const walk = (node: unknown): void => {
    if (Array.isArray(node)) return node.forEach(walk);
    if (!node || typeof node !== 'object') return;
    const o = node as Record<string, unknown>;
    for (const t of (o.TextObject as Record<string, unknown>[] | undefined) ?? []) {
      const [bx, by] = String(t['@Boundary'] ?? '0 0').split(/\s+/).map(Number);
      for (const code of (t.TextCode as unknown[] | undefined) ?? []) {
        const c = typeof code === 'object' && code !== null ? (code as Record<string, unknown>) : { '#text': code };
        const text = String(c['#text'] ?? '');
        placed.push({ x: (bx || 0) + Number(c['@X'] ?? 0), y: (by || 0) + Number(c['@Y'] ?? 0), text });
      }
    }
    for (const img of (o.ImageObject as Record<string, unknown>[] | undefined) ?? []) if (img['@ResourceID'] !== undefined) images.push(String(img['@ResourceID']));
    for (const key of ['Content', 'Layer', 'PageBlock']) if (o[key]) walk(o[key]);
  };
  walk(page);
  // Codes within about half a line of each other share a line (OFD places every code absolutely).
  placed.sort((a, b) => a.y - b.y || a.x - b.x);
  const lines: Placed[][] = [];
  for (const p of placed) {
    const line = lines.at(-1);
    if (line && Math.abs(line[0].y - p.y) < 2) line.push(p);
    else lines.push([p]);
  }
  return { text: lines.map((l) => l.sort((a, b) => a.x - b.x).map((p) => p.text).join('')).join('\n'), images };
}

/** Image resources (MultiMedia id → zip path) declared by the document's DocumentRes and PublicRes. */
async function mediaFiles(xml: XMLParser, part: (n: string) => Promise<Buffer | undefined>, docDir: string, common: Record<string, unknown> | undefined): Promise<Map<string, string>> {
  const media = new Map<string, string>();
  const resFiles = [...((common?.DocumentRes as string[] | undefined) ?? []), ...((common?.PublicRes as string[] | undefined) ?? [])];
  for (const res of resFiles) {
    const resPath = path.posix.normalize(path.posix.join(docDir, String(res)));
    const data = await part(resPath);
    if (!data) continue;
    const r = xml.parse(data.toString('utf8'))?.Res;
    const base = path.posix.join(path.posix.dirname(resPath), String(r?.['@BaseLoc'] ?? ''));
    const list = r?.MultiMedias?.MultiMedia ?? [];
    for (const m of list as Record<string, unknown>[]) {
      if (m['@ID'] !== undefined && typeof m.MediaFile === 'string') media.set(String(m['@ID']), path.posix.normalize(path.posix.join(base, m.MediaFile)));
    }
  }
  return media;
}

function listEntries(zip: ZipFile): Promise<Map<string, Entry>> {
  return new Promise((resolve, reject) => {
    const entries = new Map<string, Entry>();
    zip.on('entry', (e: Entry) => {
      if (entries.size > 100_000) return reject(new Error('too many entries'));
      entries.set(e.fileName, e);
      zip.readEntry();
    });
    zip.on('end', () => resolve(entries));
    zip.on('error', reject);
    zip.readEntry();
  });
}

function readEntry(zip: ZipFile, entry: Entry): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    zip.openReadStream(entry, (err, stream) => {
      if (err || !stream) return reject(err ?? new Error('no stream'));
      const chunks: Buffer[] = [];
      stream.on('data', (c: Buffer) => chunks.push(c));
      stream.on('error', reject);
      stream.on('end', () => resolve(Buffer.concat(chunks)));
    });
  });
}

