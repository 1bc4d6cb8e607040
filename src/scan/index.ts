import { stat } from 'node:fs/promises';
import path from 'node:path';
import type { SourceFile } from './source.js';
import { junkReason } from './junk.js';
import { walk, type WalkProblem } from './walk.js';
import type { ZipProblem } from './zip.js';
import { MissingInputError } from './errors.js';
import { applySelection, selectInputs } from './select.js';

export { junkReason } from './junk.js';

export { extensionOf, type SourceFile } from './source.js';
import { extensionOf } from './source.js';

/** A case folder and the document files in it (subfolders such as 证据材料/ included). */
export interface ScannedCase {
  /** display path of the case folder (or of the single combined PDF that is the case) */
  folder: string;
  files: SourceFile[];
}

export interface ScanResult {
  cases: ScannedCase[];
  /** spreadsheets that look like a case register (台账) */
  registers: SourceFile[];
  /** spreadsheets that look like the officer roster (执法人员名册) */
  rosters: SourceFile[];
  /** zip exports, read by the zip reader */
  containers: SourceFile[];
  /** junk and other files deliberately not read, with the reason */
  skipped: { file: SourceFile | { path: string; size: number }; reason: string }[];
  /** files and folders that could not be listed or opened */
  problems: WalkProblem[];
  /** zip entries refused (zip-slip, bomb, encrypted) and zips that could not be read */
  zipProblems: ZipProblem[];
  /** the folder every display path is relative to (absolute) */
  base: string;
}

export { MissingInputError } from './errors.js';

const DOCUMENT_EXT = new Set(['pdf', 'docx', 'doc', 'txt', 'png', 'jpg', 'jpeg', 'tif', 'tiff', 'bmp', 'gif', 'ofd', 'wps', 'rtf']);
const SHEET_EXT = new Set(['xlsx', 'xls', 'csv', 'xlsm', 'et']);
/** A spreadsheet is taken as the register when its name says so; other sheets are listed as unsupported. */
const REGISTER_NAME = /台账|登记|register|案件(清单|目录|汇总)/i;
/** …and as the officer roster when its name says that (执法证件台账 is a roster, not a case register). */
const ROSTER_NAME = /名册|花名册|执法证件|执法人员|持证|roster/i;
/** Subfolders that hold parts of a case, not cases of their own. */
const CASE_PART_FOLDER = /^(证据|证据材料|附件|照片|图片|影像|扫描件|卷内文件|evidence)/i;


/**
 * Find the case folders under the given inputs. A case is the top-most folder (below an input) that
 * directly holds document files; its subfolders belong to it. A document lying directly in an input
 * folder that also has case folders is a case on its own (a combined PDF per case).
 */
export async function scan(inputs: string[], exclude: string[] = [], ignore: string[] = []): Promise<ScanResult> {
  const result: ScanResult = { cases: [], registers: [], rosters: [], containers: [], skipped: [], problems: [], zipProblems: [], base: '' };
  // input globs walk from their static folder; --ignore patterns set files aside (./select.ts)
  const selection = await selectInputs(inputs, ignore);
  const roots = selection.roots;
  const isFile = new Map<string, boolean>();
  for (const [i, root] of roots.entries()) {
    try {
      isFile.set(root, (await stat(root)).isFile());
    } catch {
      throw new MissingInputError(selection.given.get(root) ?? inputs[i]);
    }
  }
  const multi = roots.length > 1;
  for (const root of roots) {
    // One input: paths relative to it. Several: relative to each input's parent, so they never collide.
    const anchor = multi || isFile.get(root) ? path.dirname(root) : root;
    // Walked paths are the (resolved) root joined with names as read: below the anchor they are cut
    // off it directly, a path.relative per file having cost a tenth of a warm run's scan.
    const below = anchor.endsWith(path.sep) ? anchor : anchor + path.sep;
    const display = (abs: string) =>
      abs.startsWith(below) && abs.length > below.length ? toSlashes(abs.slice(below.length)) : toSlashes(path.relative(anchor, abs)) || path.basename(abs);
    const walked = await walk(root, display, exclude);
    for (const p of walked.problems) result.problems.push(p);
    const selected = await applySelection(root, walked.files, selection);
    walked.files = selected.kept;
    for (const x of selected.setAside) result.skipped.push(x);
    const documents: SourceFile[] = [];
    const found = [...walked.files];
    // Zip exports are read in place: their entries join the scan as files of their own (nested zips are
    // opened by listZip), so cases inside a zip are grouped exactly like cases on disk.
    for (const file of walked.files) {
      if (extensionOf(file.path) !== 'zip' || junkReason(path.posix.basename(file.path))) continue;
      // the zip reader (yauzl, iconv-lite) is loaded when there is a zip: most archives are folders
      const { listZip } = await import('./zip.js');
      const listing = await listZip(file);
      for (const f of listing.files) found.push(f);
      for (const p of listing.problems) result.zipProblems.push(p);
    }
    for (const file of found) {
      const name = path.posix.basename(file.path);
      const junk = junkReason(name) ?? (file.path.startsWith('__MACOSX/') || file.path.includes('/__MACOSX/') ? 'macOS resource fork folder (__MACOSX)' : undefined);
      const ext = extensionOf(name);
      if (junk) result.skipped.push({ file, reason: junk });
      else if (ext === 'zip') result.containers.push(file);
      else if (SHEET_EXT.has(ext) && ROSTER_NAME.test(name)) result.rosters.push(file);
      else if (SHEET_EXT.has(ext) && REGISTER_NAME.test(name)) result.registers.push(file);
      else if (DOCUMENT_EXT.has(ext)) documents.push(file);
      else if (SHEET_EXT.has(ext)) result.skipped.push({ file, reason: 'spreadsheet that is not a case register' });
      // Other files inside a case folder belong to the case (reported there as unsupported); at the top
      // of an input they are not case files.
      else if (file.path.includes('/')) documents.push(file);
      else result.skipped.push({ file, reason: `not a case document format (.${ext || 'no extension'})` });
    }
    // An input folder with documents only at its top level (no case subfolders) is itself one case
    // folder: the user pointed at a single case.
    const prefix = anchor === root ? '' : `${path.basename(root)}/`;
    const flat = !isFile.get(root) && documents.length > 0 && documents.every((d) => !d.path.slice(prefix.length).includes('/'));
    if (flat && prefix === '') {
      // A single case folder: its files are shown under the folder's name, like any case.
      const name = path.basename(root);
      result.cases.push({ folder: name, files: documents.map((d) => ({ ...d, path: `${name}/${d.path}` })) });
      result.base = path.dirname(root);
      for (const list of [result.registers, result.rosters, result.containers]) list.forEach((f, i) => (list[i] = { ...f, path: `${name}/${f.path}` }));
      result.skipped.forEach((x) => (x.file = { ...x.file, path: `${name}/${x.file.path}` }));
      result.problems.forEach((x) => (x.path = `${name}/${x.path}`));
      result.zipProblems.forEach((x) => (x.path = `${name}/${x.path}`));
    } else {
      if (flat) result.cases.push({ folder: path.basename(root), files: documents });
      else for (const c of groupIntoCases(documents)) result.cases.push(c);
      result.base = anchor;
    }
  }
  result.cases.sort((a, b) => (a.folder < b.folder ? -1 : a.folder > b.folder ? 1 : 0));
  return result;
}

function toSlashes(p: string): string {
  return path.sep === '/' ? p : p.split(path.sep).join('/');
}

/** Group document files by case folder (display paths, `/` separated). */
export function groupIntoCases(files: SourceFile[]): ScannedCase[] {
  const dirsWithDocs = new Set(files.map((f) => path.posix.dirname(f.path)));
  const byCase = new Map<string, SourceFile[]>();
  // worked out once per folder, not for each of its files
  const caseOfDir = new Map<string, string>();
  for (const file of files) {
    const dir = path.posix.dirname(file.path);
    let folder = dir === '.' ? file.path : caseOfDir.get(dir);
    if (folder === undefined) caseOfDir.set(dir, (folder = caseFolderOf(file.path, dirsWithDocs)));
    const list = byCase.get(folder);
    if (list) list.push(file);
    else byCase.set(folder, [file]);
  }
  return [...byCase.entries()].map(([folder, list]) => ({ folder, files: list }));
}

function caseFolderOf(file: string, dirsWithDocs: Set<string>): string {
  const dir = path.posix.dirname(file);
  // A file at the top level is its own case (one combined PDF per case).
  if (dir === '.') return file;
  const parts = dir.split('/');
  for (let i = 1; i <= parts.length; i++) {
    const candidate = parts.slice(0, i).join('/');
    const next = parts[i];
    if (dirsWithDocs.has(candidate)) return candidate;
    // A case whose documents all sit in 证据材料/ still is the folder above it.
    if (next !== undefined && CASE_PART_FOLDER.test(next) && i === parts.length - 1) return candidate;
  }
  return dir;
}
