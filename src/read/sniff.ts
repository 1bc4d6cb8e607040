import { extensionOf } from '../scan/source.js';
import type { FileKind } from './pages.js';

/**
 * Decide what a file is from its first bytes, not its name: exports rename files, and a PDF saved as
 * .docx must still be read (and the mismatch said).
 */
export function sniff(bytes: Uint8Array, name: string): FileKind {
  const head = Buffer.from(bytes.subarray(0, 8));
  // PDF headers may be preceded by junk bytes; readers accept %PDF within the first 1 KB.
  if (Buffer.from(bytes.subarray(0, 1024)).includes('%PDF-')) return 'pdf';
  if (head[0] === 0x50 && head[1] === 0x4b && (head[2] === 3 || head[2] === 5 || head[2] === 7)) {
    const ext = extensionOf(name);
    if (ext === 'xlsx' || ext === 'xlsm') return 'xlsx';
    if (ext === 'docx' || ext === 'docm') return 'docx';
    if (ext === 'ofd') return 'ofd';
    // Office files are zips; look for their main part's name in the central directory.
    const tail = Buffer.from(bytes.subarray(Math.max(0, bytes.length - 65_536)));
    if (tail.includes('word/document.xml')) return 'docx';
    if (tail.includes('xl/workbook.xml')) return 'xlsx';
    if (tail.includes('OFD.xml')) return 'ofd';
    return 'zip';
  }
  if (head.readUInt32BE(0) === 0xd0cf11e0) return extensionOf(name) === 'xls' ? 'xlsx' : 'doc';
  if (isImage(head)) return 'image';
  const ext = extensionOf(name);
  if (ext === 'txt') return 'txt';
  if (ext === 'csv' || ext === 'xls') return 'xlsx';
  return 'unknown';
}

/** PNG, JPEG, TIFF, GIF or BMP magic bytes: a scan, with no text layer. */
export function isImage(head: Buffer): boolean {
  return (
    (head[0] === 0x89 && head.toString('latin1', 1, 4) === 'PNG') ||
    (head[0] === 0xff && head[1] === 0xd8) ||
    head.toString('latin1', 0, 4) === 'II*\u0000' ||
    head.toString('latin1', 0, 4) === 'MM\u0000*' ||
    head.toString('latin1', 0, 3) === 'GIF' ||
    head.toString('latin1', 0, 2) === 'BM'
  );
}


/** The kind a file's extension promises, to report renamed files. */
export function kindFromExtension(name: string): FileKind {
  const ext = extensionOf(name);
  if (ext === 'pdf') return 'pdf';
  if (ext === 'docx' || ext === 'docm') return 'docx';
  if (ext === 'doc') return 'doc';
  if (ext === 'txt') return 'txt';
  if (['png', 'jpg', 'jpeg', 'tif', 'tiff', 'gif', 'bmp'].includes(ext)) return 'image';
  if (['xlsx', 'xls', 'csv', 'xlsm'].includes(ext)) return 'xlsx';
  if (ext === 'zip') return 'zip';
  if (ext === 'ofd') return 'ofd';
  return 'unknown';
}
