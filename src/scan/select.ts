import { stat } from 'node:fs/promises';
import path from 'node:path';
// globby (with fast-glob, some 60 modules) is imported only where an input or --ignore is a pattern.
import { MissingInputError } from './errors.js';
import type { SourceFile } from './source.js';

/**
 * Which files of the inputs are audited: input globs (`archive/2025年/**\/*.pdf`) and --ignore patterns,
 * matched by globby. A glob input is walked from its static folder (`archive/2025年`), so cases are
 * grouped exactly as for a folder input; files the pattern does not match, and files an --ignore
 * pattern matches, are set aside with the reason — listed in the report, never dropped silently.
 *
 * --ignore patterns are relative to each input folder (`草稿/**`, `**\/*副本*`); a folder name ignores the
 * folder. Both apply to files on disk: a zip export is selected or ignored as one file.
 */
export interface InputSelection {
  /** the folders and files to walk */
  roots: string[];
  /** per root walked from a glob input: the glob and the files it matches (absolute paths) */
  included: Map<string, { pattern: string; files: Set<string> }>;
  ignore: string[];
  /** each root's input as given, for messages */
  given: Map<string, string>;
}

/** Glob inputs become their static folder plus the set of files they match; plain paths stay. */
export async function selectInputs(inputs: string[], ignore: string[] = []): Promise<InputSelection> {
  const selection: InputSelection = { roots: [], included: new Map(), ignore, given: new Map() };
  for (const input of inputs) {
    const absolute = path.resolve(input);
    // A path that exists is that path, whatever characters it holds; only one that does not may be a pattern.
    const glob = (await exists(absolute)) ? undefined : await import('globby');
    if (!glob?.isDynamicPattern(glob.convertPathToPattern(absolute))) {
      if (!selection.roots.includes(absolute)) selection.roots.push(absolute);
      selection.given.set(absolute, input);
      continue;
    }
    const base = staticBase(absolute, glob.isDynamicPattern);
    if (!(await exists(base))) throw new MissingInputError(input);
    const pattern = path.relative(base, absolute).split(path.sep).join('/');
    const files = await glob.globby(pattern, { cwd: base, absolute: true, dot: true, onlyFiles: true, followSymbolicLinks: false, suppressErrors: true });
    if (files.length === 0) throw new MissingInputError(`${input} (the pattern matches no file)`);
    const matched = new Set(files.map((f) => path.resolve(f)));
    const earlier = selection.included.get(base);
    if (earlier) {
      for (const f of matched) earlier.files.add(f);
      earlier.pattern += `, ${pattern}`;
    } else if (!selection.roots.includes(base)) {
      selection.roots.push(base);
      selection.included.set(base, { pattern, files: matched });
      selection.given.set(base, input);
    }
  }
  return selection;
}

/**
 * Split one root's walked files into those audited and those set aside (with the reason). Files inside
 * zip exports follow their zip.
 */
export async function applySelection(root: string, files: SourceFile[], selection: InputSelection): Promise<{ kept: SourceFile[]; setAside: { file: SourceFile; reason: string }[] }> {
  const included = selection.included.get(root);
  // nothing to set aside: no pattern chose this root's files and none is ignored
  if (!included && selection.ignore.length === 0) return { kept: files, setAside: [] };
  const ignored = new Map<string, string>();
  if (selection.ignore.length > 0 && (await stat(root)).isDirectory()) {
    const { globby } = await import('globby');
    for (const pattern of selection.ignore) {
      const hits = await globby(pattern, { cwd: root, absolute: true, dot: true, onlyFiles: true, followSymbolicLinks: false, suppressErrors: true });
      for (const hit of hits) if (!ignored.has(path.resolve(hit))) ignored.set(path.resolve(hit), pattern);
    }
  }
  const kept: SourceFile[] = [];
  const setAside: { file: SourceFile; reason: string }[] = [];
  for (const file of files) {
    const absolute = file.origin.kind === 'fs' ? path.resolve(file.origin.absolute) : undefined;
    if (absolute && included && !included.files.has(absolute)) setAside.push({ file, reason: `not matched by the input pattern ${included.pattern}` });
    else if (absolute && ignored.has(absolute)) setAside.push({ file, reason: `ignored by --ignore ${ignored.get(absolute)}` });
    else kept.push(file);
  }
  return { kept, setAside };
}

/** The folder part of a glob before its first segment with a wildcard. */
function staticBase(absolute: string, isDynamicPattern: (part: string) => boolean): string {
  const parts = absolute.split(path.sep);
  const first = parts.findIndex((part) => part !== '' && isDynamicPattern(part));
  return parts.slice(0, first).join(path.sep) || path.sep;
}

async function exists(p: string): Promise<boolean> {
  return Boolean(await stat(p).catch(() => undefined));
}

/** The report's note on files set aside by patterns: how many, and where the list is. */
export function selectionNote(skipped: { reason: string }[], lang: 'zh' | 'en'): string | undefined {
  const ignored = skipped.filter((s) => s.reason.startsWith('ignored by --ignore')).length;
  const unmatched = skipped.filter((s) => s.reason.startsWith('not matched by the input pattern')).length;
  if (ignored + unmatched === 0) return undefined;
  return lang === 'zh'
    ? `按忽略规则（--ignore）略过${ignored}个文件${unmatched ? `，另有${unmatched}个文件不匹配输入通配符` : ''}；逐一列于文件清单（skipped）。`
    : `${ignored} file(s) ignored by --ignore${unmatched ? ` and ${unmatched} not matched by the input pattern` : ''}; each is listed in the files (skipped).`;
}
