import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { readCaseFile } from '../../src/engine/read-case.js';
import type { CaseDocument } from '../../src/model/document.js';
import type { Ruleset } from '../../src/ruleset/load.js';
import { normalizeLawTitle } from '../../src/text/citations.js';

/**
 * Recognition measured against a generator's truth file (samples/manifest.json, test/independent/
 * truth.json): every file read with the real readers, every field compared, accuracy per field.
 */
export interface Expected {
  pages: [number, number];
  type: string;
  docNumber?: string;
  caseRef?: { year: number; serial: string };
  party?: string;
  creditCode?: string;
  keyDate?: string;
  fine?: number;
  officers: { name: string; certificate?: string }[];
  citations: { law: string; article?: number; paragraph?: number; item?: number }[];
  servedDocument?: string;
}
export interface ManifestFile {
  path: string;
  case: string | null;
  skip?: string;
  noText?: boolean;
  documents?: Expected[];
}


export type Tally = Record<string, { right: number; total: number; misses: string[] }>;
function score(tally: Tally, field: string, ok: boolean, where: string, detail: () => string): void {
  const t = (tally[field] ??= { right: 0, total: 0, misses: [] });
  t.total++;
  if (ok) t.right++;
  else t.misses.push(`${where}: ${detail()}`);
}

const cite = (c: { law: string; article?: number; paragraph?: number; item?: number }) => `${normalizeLawTitle(c.law)}/${c.article ?? ''}/${c.paragraph ?? ''}/${c.item ?? ''}`;
const officers = (o: { name: string; certificate?: string }[]) => o.map((x) => `${x.name}:${x.certificate ?? ''}`).sort().join(',');

function compare(tally: Tally, where: string, got: CaseDocument | undefined, want: Expected): void {
  score(tally, 'type', got?.type === want.type, where, () => `${got?.type} ≠ ${want.type}`);
  if (!got) return;
  score(tally, 'pages', JSON.stringify(got.pages) === JSON.stringify(want.pages), where, () => `${JSON.stringify(got.pages)} ≠ ${JSON.stringify(want.pages)}`);
  const f = got.fields;
  if (want.docNumber) score(tally, 'docNumber', f.docNumber?.raw.replace(/\s+/g, '') === want.docNumber.replace(/\s+/g, ''), where, () => `${f.docNumber?.raw} ≠ ${want.docNumber}`);
  if (want.caseRef) score(tally, 'caseRef', f.docNumber?.caseRef?.year === want.caseRef.year && f.docNumber?.caseRef?.serial === want.caseRef.serial, where, () => `${JSON.stringify(f.docNumber?.caseRef)} ≠ ${JSON.stringify(want.caseRef)}`);
  if (want.party) score(tally, 'party', f.party?.name === want.party, where, () => `${f.party?.name} ≠ ${want.party}`);
  if (want.creditCode) score(tally, 'creditCode', f.creditCode?.code === want.creditCode, where, () => `${f.creditCode?.code} ≠ ${want.creditCode}`);
  if (want.keyDate) score(tally, 'keyDate', f.keyDate?.date === want.keyDate, where, () => `${f.keyDate?.date} (${f.keyDate?.label}) ≠ ${want.keyDate}`);
  if (want.fine !== undefined) score(tally, 'fine', f.fine?.yuan === want.fine, where, () => `${f.fine?.yuan} ≠ ${want.fine}`);
  if (want.officers.length) score(tally, 'officers', officers(f.officers) === officers(want.officers), where, () => `${officers(f.officers)} ≠ ${officers(want.officers)}`);
  if (want.citations.length) {
    const gotC = new Set(f.citations.filter((c) => !c.standard).map(cite));
    score(tally, 'citations', want.citations.every((c) => gotC.has(cite(c))), where, () => `${[...gotC].join(' ')} ≠ ${want.citations.map(cite).join(' ')}`);
  }
  if (want.servedDocument) score(tally, 'servedDocument', f.servedDocument?.type === want.servedDocument, where, () => `${f.servedDocument?.type} ≠ ${want.servedDocument}`);
}


/** Read every file of a truth file and tally each field; `status` lists files whose read status or document count differ. */
export async function measureRecognition(root: string, truthFile: string, ruleset: Ruleset): Promise<{ tally: Tally; status: string[] }> {
  const truth = JSON.parse(await readFile(path.join(root, truthFile), 'utf8')) as { files: ManifestFile[] };
  const tally: Tally = {};
  const status: string[] = [];
  for (const file of truth.files) {
    if (!file.documents || file.skip) continue;
    const abs = path.join(root, file.path);
    const read = await readCaseFile({ path: file.path, size: 0, origin: { kind: 'fs', absolute: abs }, read: () => readFile(abs) }, ruleset);
    if (file.noText) {
      if (read.file.status !== 'no-text') status.push(`${file.path}: ${read.file.status}, expected no-text`);
      continue;
    }
    if (read.file.status !== 'ok') status.push(`${file.path}: ${read.file.status}`);
    if (read.documents.length !== file.documents.length) status.push(`${file.path}: ${read.documents.length} documents, expected ${file.documents.length}`);
    file.documents.forEach((want, i) => compare(tally, `${file.path}#${i + 1}`, read.documents[i], want));
  }
  return { tally, status };
}

/** The per-field table printed for the notes, and the first misses of each field. */
export function formatTally(title: string, tally: Tally, misses = 10): string {
  const rows = Object.entries(tally).map(([field, t]) => `${field.padEnd(15)} ${t.right}/${t.total} ${((100 * t.right) / t.total).toFixed(1)}%`);
  const out = [`${title}:\n  ${rows.join('\n  ')}`];
  for (const [field, t] of Object.entries(tally)) if (t.misses.length) out.push(`misses in ${field}:\n  ${t.misses.slice(0, misses).join('\n  ')}`);
  return out.join('\n');
}
