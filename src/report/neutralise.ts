/**
 * Every string in a report that came from the input (folder and file names, extracted text, register
 * cells) is neutralised for the sink it is written to, here and nowhere else. Writers call
 * `neutralise(value, sink)` on what they are given, then format as before; report.json keeps the
 * strings as read (JSON escapes everything, and it is the source of the next round).
 *
 * - `terminal`: control characters (ESC, BEL, CR, LF…) and bidi controls are shown as `<U+001B>`;
 *   `::` is broken up, so no line printed can become a GitHub Actions workflow command.
 * - `annotation`: the same, before the workflow-command escaping of the annotations writer.
 * - `markup` (Markdown, HTML): bidi controls (U+202E can make `gpj.exe` look like `exe.jpg`) and other
 *   invisible controls are shown as `<U+202E>`; line breaks and tabs are left to the writer.
 * - `xml` (JUnit, XLSX, the Word notice): characters XML 1.0 forbids are removed (Word refuses a file
 *   that has one), and bidi controls are shown.
 */
export type Sink = 'terminal' | 'annotation' | 'markup' | 'xml';

/** Bidirectional formatting characters: embeddings, overrides, isolates, marks. */
const BIDI = /[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/g;
/** C0 controls, DEL and C1 controls (ESC starts terminal sequences; C1 CSI U+009B does too). */
const CONTROL = /[\u0000-\u001F\u007F-\u009F]/g;
/** C0 controls other than tab and line breaks, which markup writers handle themselves. */
const CONTROL_NOT_SPACE = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/g;
/** What XML 1.0 does not allow anywhere: C0 controls other than tab/LF/CR, lone surrogates, U+FFFE/U+FFFF. */
const XML_FORBIDDEN = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

/** A character shown by its code point, visibly: `<U+202E>`. */
export function shown(c: string): string {
  return `<U+${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}>`;
}

export function neutraliseText(s: string, sink: Sink): string {
  switch (sink) {
    case 'terminal':
    case 'annotation':
      return s.replace(CONTROL, shown).replace(BIDI, shown).replace(/::/g, ': :');
    case 'markup':
      return s.replace(CONTROL_NOT_SPACE, shown).replace(BIDI, shown);
    case 'xml':
      return s.replace(XML_FORBIDDEN, '').replace(BIDI, shown);
  }
}

/**
 * A copy of `value` with every string neutralised for the sink (object keys are ids, never input, and
 * stay). Strings that need nothing are returned as they are, so a clean report is copied cheaply.
 */
export function neutralise<T>(value: T, sink: Sink): T {
  return walk(value, sink) as T;
}

const NEEDS: Record<Sink, RegExp> = {
  terminal: /[\u0000-\u001F\u007F-\u009F\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]|::/,
  annotation: /[\u0000-\u001F\u007F-\u009F\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]|::/,
  markup: /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/,
  xml: /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]|[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/u,
};

function walk(value: unknown, sink: Sink): unknown {
  if (typeof value === 'string') return NEEDS[sink].test(value) ? neutraliseText(value, sink) : value;
  if (Array.isArray(value)) return value.map((v) => walk(v, sink));
  if (value && typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) out[k] = walk(v, sink);
    return out;
  }
  return value;
}
