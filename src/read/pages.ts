/** Text of one page as read (original, for quotes) and NFKC-normalised (for matching). */
export interface PageText {
  /** 1-based page number within the file (a .docx is one page: Word has no fixed pages) */
  page: number;
  text: string;
  norm: string;
}

export type FileKind = 'pdf' | 'docx' | 'doc' | 'txt' | 'image' | 'xlsx' | 'zip' | 'unknown';

/**
 * What reading one file gave. Anything but `ok` becomes a file-health finding; a file is never dropped.
 * `no-text`: opened fine but holds no text layer (a scan): a reviewer must read it by eye.
 */
export type ReadOutcome =
  | { status: 'ok'; kind: FileKind; pages: PageText[]; pageErrors: PageError[]; note?: string }
  | { status: 'no-text'; kind: FileKind; pages: PageText[]; pageErrors: PageError[]; reason: string }
  | { status: 'encrypted' | 'unreadable' | 'unsupported'; kind: FileKind; reason: string };

export interface PageError {
  page: number;
  reason: string;
}

/** NFKC folds full-width digits and letters (２０１９ → 2019) and compatibility forms; originals stay for quotes. */
export function normalize(text: string): string {
  return text.normalize('NFKC');
}

export function toPages(texts: string[]): PageText[] {
  return texts.map((text, i) => ({ page: i + 1, text, norm: normalize(text) }));
}

/** A page has text when it holds at least a few non-space characters (scanner stamps leave stray marks). */
export function hasText(pages: PageText[]): boolean {
  return pages.some((p) => p.norm.replace(/\s+/g, '').length >= 4);
}
