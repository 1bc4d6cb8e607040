import type { CaseResult, Finding } from '../model/report.js';
import type { RegisterRow } from '../read/register.js';
import { findDocNumbers, type DocNumberWords } from '../text/docNumber.js';
import { caseKey, sameCase } from '../rounds/identity.js';
import type { CaseRef } from '../model/document.js';
import { partyKey } from './consistency.js';
import type { RuleCatalogue } from '../ruleset/rules.js';
import { toFinding } from './finding.js';
import { hasDocumentOfType } from '../model/stored-documents.js';

/** A register file as read, with where it came from (for locations in findings). */
export interface Register {
  file: string;
  rows: RegisterRow[];
}


/**
 * The case number a register's 案号 names (issuer, year, serial), comparable with a case's: read with the
 * same number words (the ruleset's vocabulary) as the documents, so both give the same issuer.
 */
export function registerCaseRef(caseNumber: string | undefined, words: DocNumberWords): CaseRef | undefined {
  if (!caseNumber) return undefined;
  const hit = findDocNumbers(caseNumber.normalize('NFKC'), words)[0];
  return hit?.year !== undefined && hit.serial !== undefined ? { year: hit.year, serial: hit.serial, ...(hit.issuer ? { issuer: hit.issuer } : {}) } : undefined;
}

interface Match {
  row: RegisterRow;
  file: string;
}

/**
 * Register (台账) against folders: every row has a case folder, every folder a row, and where both
 * exist they agree on party, decision date, fine and closing date. Rows are matched by case year +
 * serial, else by party name. The register also fills in what documents cannot say (the unit).
 * Returns the findings that are about no single case (rows without a folder).
 */
export function crossCheckRegister(registers: Register[], cases: CaseResult[], rules: RuleCatalogue, words: DocNumberWords, lang: 'zh' | 'en'): Finding[] {
  const top: Finding[] = [];
  const rows: Match[] = registers.flatMap((r) => r.rows.map((row) => ({ row, file: r.file })));
  const used = new Set<Match>();
  const refs = new Map(rows.map((m) => [m, registerCaseRef(m.row.caseNumber, words)]));
  for (const c of cases) {
    let match = c.caseRef ? rows.find((m) => !used.has(m) && refs.get(m) && sameCase(refs.get(m)!, c.caseRef!)) : undefined;
    if (!match && c.party) match = rows.find((m) => !used.has(m) && m.row.party && partyKey(m.row.party) === partyKey(c.party!));
    if (!match) {
      c.findings.push(toFinding(rules, { rule: 'register-folder-unlisted', messageId: 'unlisted', data: { folder: c.folder, case: c.caseNumber ?? c.folder } }, caseKey(c), lang));
      continue;
    }
    used.add(match);
    const { row } = match;
    // What only the register knows.
    c.unit ??= row.unit;
    compare(rules, c, match, 'party', row.party, c.party, (a, b) => partyKey(a) === partyKey(b), 'penalty-decision', lang);
    compare(rules, c, match, 'decisionDate', row.decisionDate, c.decisionDate, (a, b) => a === b, c.type === 'simple' ? 'onsite-penalty-decision' : 'penalty-decision', lang);
    compare(rules, c, match, 'fine', row.fine, c.fine, (a, b) => Math.abs(a - b) < 0.005, c.type === 'simple' ? 'onsite-penalty-decision' : 'penalty-decision', lang);
    // (asked first from the types: a cached case's documents are parsed only when it has one)
    const closing = hasDocumentOfType(c, 'closing-approval') ? c.documents.find((d) => d.type === 'closing-approval')?.fields.keyDate?.date : undefined;
    compare(rules, c, match, 'closingDate', row.closingDate, closing, (a, b) => a === b, 'closing-approval', lang);
  }
  for (const m of rows) {
    if (used.has(m)) continue;
    const label = m.row.caseNumber ?? `${m.row.sheet}!${m.row.row}`;
    top.push(
      toFinding(
        rules,
        { rule: 'register-case-missing', messageId: 'missing', data: { case: label, row: m.row.row, sheet: m.row.sheet, party: m.row.party }, file: m.file, related: [{ file: m.file, sheet: m.row.sheet, row: m.row.row }] },
        `register:${label}`,
        lang,
      ),
    );
  }
  return top;
}

const COLUMN_NAMES: Record<string, { zh: string; en: string }> = {
  party: { zh: '当事人', en: 'party' },
  decisionDate: { zh: '处罚决定日期', en: 'decision date' },
  fine: { zh: '罚款金额', en: 'fine' },
  closingDate: { zh: '结案日期', en: 'closing date' },
};

function compare<T extends string | number>(
  rules: RuleCatalogue,
  c: CaseResult,
  m: Match,
  field: string,
  registerValue: T | undefined,
  documentValue: T | undefined,
  same: (a: T, b: T) => boolean,
  documentType: string,
  lang: 'zh' | 'en',
): void {
  // Only two values that were both read can disagree; a blank cell or an unread date is not a mismatch.
  if (registerValue === undefined || documentValue === undefined || same(registerValue, documentValue)) return;
  const doc = c.documents.find((d) => d.type === documentType);
  const cell = m.row.cells[field];
  // A value OCR read from a scan may be a misread: the register is checked against it by a person.
  if (doc?.ocr) {
    const wording = rules.formatReview('register-mismatch', 'ocrValue', { column: COLUMN_NAMES[field]?.[lang] ?? field, registerValue, documentValue }, lang);
    c.needsReview.push({ check: 'ocr:register-mismatch', rule: 'register-mismatch', file: doc.file, page: doc.pages?.[0], ...wording });
    return;
  }
  c.findings.push(
    toFinding(
      rules,
      {
        rule: 'register-mismatch',
        messageId: 'mismatch',
        data: {
          field,
          column: COLUMN_NAMES[field]?.[lang] ?? field,
          registerValue,
          documentValue,
          row: m.row.row,
          sheet: m.row.sheet,
          registerFile: m.file,
          documentFile: doc ? `${doc.file}${doc.pages && doc.pages[0] > 1 ? ` p.${doc.pages[0]}` : ''}` : documentType,
        },
        file: m.file,
        related: [
          { file: m.file, sheet: m.row.sheet, row: m.row.row, column: cell?.column, note: lang === 'zh' ? '台账' : 'register' },
          ...(doc ? [{ file: doc.file, page: doc.pages?.[0], note: documentType }] : []),
        ],
      },
      caseKey(c),
      lang,
    ),
  );
}
