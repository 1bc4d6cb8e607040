import type { Report } from '../model/report.js';
import type { WriterOptions } from './common.js';

export type { WriterOptions } from './common.js';

/** Options the registry passes to any writer; a writer ignores what is not its own. */
export interface ReportWriteOptions extends WriterOptions {
  /** sarif: set `baselineState` from the round status (use when earlier rounds were compared) */
  baseline?: boolean;
  /** sarif: prepended to artifact paths (the audited folder relative to the repository root) */
  uriPrefix?: string;
  /** html, xlsx: path from the report file's folder to the folder the report's file paths are relative to */
  linkBase?: string;
  /** sarif: each rule's documentation address, `{id}` replaced (outputs.yaml sarif.helpUri) */
  helpUri?: string;
  /** junit: which findings fail a test case, as the run's --fail-on */
  failOn?: 'veto' | 'error' | 'warning' | 'none';
}

/** A report format the audit can write: its default file extension and its pure writer. */
export interface ReportFormat {
  /** without the dot: `report.${extension}` */
  extension: string;
  /** string outputs are UTF-8 text; Uint8Array outputs are binary */
  write: (report: Report, options: ReportWriteOptions) => Promise<string | Uint8Array>;
}

/**
 * Formats by the name used in `--format name[=path]`. Each writer is loaded when its format is asked
 * for: an audit imports this table on every run, and the XLSX writer alone brings in SheetJS.
 */
export const FORMATS = {
  json: { extension: 'json', write: async (report) => (await import('./json.js')).writeJson(report) },
  markdown: { extension: 'md', write: async (report, o) => (await import('./markdown.js')).writeMarkdown(report, o) },
  html: { extension: 'html', write: async (report, o) => (await import('./html.js')).writeHtml(report, o) },
  junit: { extension: 'xml', write: async (report, o) => (await import('./junit.js')).writeJunit(report, o) },
  sarif: { extension: 'sarif', write: async (report, o) => (await import('./sarif.js')).writeSarif(report, o) },
  xlsx: { extension: 'xlsx', write: async (report, o) => (await import('./xlsx.js')).writeXlsx(report, o) },
} as const satisfies Record<string, ReportFormat>;

export type FormatName = keyof typeof FORMATS;

export const FORMAT_NAMES = Object.keys(FORMATS) as FormatName[];

export function isFormatName(name: string): name is FormatName {
  return Object.hasOwn(FORMATS, name);
}

/** Thrown for a `--format` value that names no format; the CLI maps it to a usage error (exit 2). */
export class FormatSpecError extends Error {
  override name = 'FormatSpecError';
}

/**
 * Parse one `--format` value: `sarif` or `sarif=out/x.sarif`. Only the first `=` splits, so a path may
 * contain `=`. The name is matched case-insensitively; `md` is accepted for markdown.
 */
export function parseFormatSpec(spec: string): { name: FormatName; path?: string } {
  const eq = spec.indexOf('=');
  const rawName = (eq < 0 ? spec : spec.slice(0, eq)).trim().toLowerCase();
  const path = eq < 0 ? undefined : spec.slice(eq + 1);
  const name = rawName === 'md' ? 'markdown' : rawName;
  if (!isFormatName(name)) {
    throw new FormatSpecError(`unknown report format "${rawName}" in --format ${spec}: choose one of ${FORMAT_NAMES.join(', ')}`);
  }
  if (path !== undefined && path.trim() === '') throw new FormatSpecError(`--format ${spec}: the path after "=" is empty`);
  return path === undefined ? { name } : { name, path };
}
