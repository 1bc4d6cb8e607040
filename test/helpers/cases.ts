import type { CaseDocument, DocumentFields, DocumentType } from '../../src/model/document.js';
import type { CaseFile } from '../../src/checks/context.js';
import { buildCase } from '../../src/checks/facts.js';
import { runChecks } from '../../src/checks/index.js';
import { loadRuleset, type Ruleset } from '../../src/ruleset/load.js';

let cached: Ruleset | undefined;
export async function ruleset(): Promise<Ruleset> {
  cached ??= await loadRuleset();
  return cached;
}

type DocSpec = Partial<Omit<DocumentFields, 'keyDate' | 'fine' | 'party' | 'docNumber'>> & {
  date?: string;
  fine?: number;
  party?: string;
  number?: string;
  serial?: string;
  year?: number;
  served?: DocumentType;
  file?: string;
  text?: string;
};

/** A recognised document as the recogniser would produce it, built from a few facts. */
export function doc(type: DocumentType, spec: DocSpec = {}): CaseDocument {
  const year = spec.year ?? Number((spec.date ?? '2023').slice(0, 4));
  const serial = spec.serial ?? '12';
  const fields: DocumentFields = {
    dates: spec.date ? [{ date: spec.date, label: '', quote: spec.date, page: 1 }] : [],
    keyDate: spec.date ? { date: spec.date, label: '', quote: spec.date, page: 1 } : undefined,
    officers: spec.officers ?? [
      { name: '张伟', certificate: '32090019001', quote: '张伟', page: 1 },
      { name: '李娜', certificate: '32090019002', quote: '李娜', page: 1 },
    ],
    // the recogniser counts the officer labels it read; a fixture reads one per officer named
    officerLabels: (spec.officers ?? [1, 2]).length,
    citations: spec.citations ?? [],
    docNumber: spec.number === '' ? undefined : { raw: spec.number ?? `（射）应急罚〔${year}〕${serial}号`, caseRef: { year, serial }, bracket: '〔〕', quote: '', page: 1 },
    party: { name: spec.party ?? '射阳县华兴化工有限公司', quote: '', page: 1 },
    partyKind: spec.partyKind ?? 'organisation',
    fine: spec.fine !== undefined ? { yuan: spec.fine, quote: String(spec.fine), page: 1 } : undefined,
    servedDocument: spec.served ? { type: spec.served, title: spec.served, quote: '' } : undefined,
    period: spec.period,
    waived: spec.waived,
  };
  return { file: spec.file ?? `${type}.pdf`, type, by: 'title', confidence: 0.95, evidence: type, fields };
}

/** A complete, clean general-procedure case (2023, fine 10,000 yuan): every check passes on it. */
export function cleanGeneralCase(): CaseDocument[] {
  return [
    doc('inspection-record', { date: '2023-03-01' }),
    doc('filing-approval', { date: '2023-03-02' }),
    doc('inquiry-record', { date: '2023-03-03' }),
    doc('investigation-report', { date: '2023-03-10' }),
    doc('penalty-notice', { date: '2023-03-13', period: { days: 3, unit: 'working', quote: '三个工作日内' } }),
    doc('service-receipt', { date: '2023-03-13', served: 'penalty-notice', file: 'notice-receipt.pdf' }),
    doc('case-approval', { date: '2023-03-20' }),
    doc('penalty-decision', {
      date: '2023-03-21',
      fine: 10000,
      citations: [
        { law: '中华人民共和国安全生产法', article: 41, paragraph: 2, quote: '《中华人民共和国安全生产法》第四十一条第二款', page: 1 },
        { law: '中华人民共和国安全生产法', article: 101, item: 5, quote: '《中华人民共和国安全生产法》第一百零一条第（五）项', page: 1 },
      ],
    }),
    doc('service-receipt', { date: '2023-03-22', served: 'penalty-decision', file: 'decision-receipt.pdf' }),
    doc('payment-receipt', { date: '2023-03-30', fine: 10000 }),
    doc('closing-approval', { date: '2023-04-03' }),
    doc('party-identity', { number: '' }),
    doc('cover'),
    doc('contents', { number: '' }),
    doc('archive-note', { number: '' }),
  ];
}

export async function check(documents: CaseDocument[], opts: { asOf?: string; files?: CaseFile[]; text?: Map<CaseDocument, string> } = {}) {
  const r = await ruleset();
  const text = opts.text ?? new Map<CaseDocument, string>();
  const { kase, steps } = buildCase('case', opts.files ?? [], documents, text, r);
  const result = runChecks(kase, steps, r, opts.asOf ?? '2026-11-29', 'zh');
  return { ...result, kase, rules: result.findings.map((f) => `${f.rule}/${String(f.data[keyOf(f.rule)] ?? '')}`) };
}

function keyOf(rule: string): string {
  return ({ 'date-order': 'pair', 'deadline-missed': 'deadline', 'period-not-observed': 'deadline', 'deadline-approaching': 'deadline' } as Record<string, string>)[rule] ?? (rule.startsWith('file-') ? 'file' : 'document');
}

export function replace(documents: CaseDocument[], type: DocumentType, next: CaseDocument | undefined, which: (d: CaseDocument) => boolean = () => true): CaseDocument[] {
  let done = false;
  const out: CaseDocument[] = [];
  for (const d of documents) {
    if (!done && d.type === type && which(d)) {
      done = true;
      if (next) out.push(next);
    } else out.push(d);
  }
  return out;
}
