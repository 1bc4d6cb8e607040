/**
 * A file given to the audit, wherever it lives: on disk or inside a zip export. Scanning only finds
 * these; reading their bytes is the reader's job.
 */
export interface SourceFile {
  /** display path relative to the audit root, `/` separators; zip entries as `export.zip!/dir/file.pdf` */
  path: string;
  size: number;
  /** where the bytes are; `read()` never modifies the input */
  origin: { kind: 'fs'; absolute: string; /** size, inode and times as the scan saw them (walk.ts identity) */ identity?: string } | { kind: 'zip'; zip: string; entry: string };
  read(): Promise<Buffer>;
}

/**
 * A file name's extension, lower-cased, without the dot ('' when none): what follows the last dot, when
 * that is not empty and holds no path separator. (Found with lastIndexOf: an unanchored regular
 * expression tried every position of every path, twice per file of a scan.)
 */
export function extensionOf(name: string): string {
  const dot = name.lastIndexOf('.');
  if (dot < 0 || dot === name.length - 1) return '';
  const ext = name.slice(dot + 1);
  return ext.includes('/') || ext.includes('\\') ? '' : ext.toLowerCase();
}
