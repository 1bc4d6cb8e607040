/**
 * Helpers shared by the document templates: document numbers, the party block, officer lines,
 * citations (text and manifest record built from the same data, so they cannot disagree), and the
 * legal regime picked by date.
 */
import { dateCn, dateCnNumerals, moneyBoth } from '../lib/cn.js';
import type { DocFacts, DocumentType, Line, ManifestCitation, ManifestOfficer } from '../lib/types.js';
import { VIOLATIONS, citeText, PENALTY_LAW, type Violation } from '../data/laws.js';
import { off } from '../data/officers.js';
import type { Scenario } from '../data/scenario.js';

export const AGENCY_ADDRESS = '射阳县合德镇解放东路88号';
export const AGENCY_PHONE = '0515-82321170';

export interface Ctx {
  s: Scenario;
  v: Violation;
  /** 行政处罚法 2021 applies (filing or, for simple cases, decision on/after 2021-07-15) */
  law2021: boolean;
  /** 行政复议法 2023 applies: review only by the county government */
  countyReview: boolean;
  officers: Required<ManifestOfficer>[];
  caseRef: { year: number; serial: string };
}

export function ctxOf(s: Scenario): Ctx {
  const start = s.dates.filing ?? s.dates.decision;
  return {
    s,
    v: VIOLATIONS[s.violation],
    law2021: start >= '2021-07-15',
    countyReview: s.dates.decision >= '2024-01-01',
    officers: s.officers.map(off),
    caseRef: { year: s.year, serial: String(s.serial) },
  };
}

/** （射）应急罚〔2023〕12号, with the case's printed serial and bracket style. */
export function docNo(c: Ctx, cls: string, type: DocumentType, serial?: number): { text: string; caseRef: { year: number; serial: string } } {
  const st = c.s.numberStyle ?? {};
  const printed = serial !== undefined ? String(serial) : (st.printed ?? String(c.s.serial));
  const [l, r] = st.squareOn?.includes(type) ? ['[', ']'] : ['〔', '〕'];
  return {
    text: `（射）应急${cls}${l}${c.s.year}${r}${printed}号`,
    caseRef: { year: c.s.year, serial: serial !== undefined ? String(serial) : String(c.s.serial) },
  };
}

/** Signature date: Chinese numerals in some cases' templates, Arabic in others. */
export function signDate(c: Ctx, iso: string): string {
  return c.s.numeralDates ? dateCnNumerals(iso) : dateCn(iso);
}

export function partyName(c: Ctx, type: DocumentType): string {
  if (type === 'penalty-decision' && c.s.tweaks?.decisionPartyName) return c.s.tweaks.decisionPartyName;
  return c.s.party.name;
}

/** 当事人 / 统一社会信用代码 / 地址 / 法定代表人 lines. */
export function partyBlock(c: Ctx, type: DocumentType, label = '当事人'): Line[] {
  const p = c.s.party;
  return [
    `${label}：${partyName(c, type)}`,
    `统一社会信用代码：${p.creditCode}`,
    `地址：${p.address}`,
    `${p.repTitle}：${p.rep.name}　联系电话：${p.phone}`,
  ];
}

/** 张伟（执法证号：32090019001）、黄磊 — an officer without a number prints the name only. */
export function officersText(list: ManifestOfficer[]): string {
  return list.map((o) => (o.certificate ? `${o.name}（执法证号：${o.certificate}）` : o.name)).join('、');
}

export function names(list: ManifestOfficer[]): string {
  return list.map((o) => o.name).join('　');
}

export function namesOnly(list: ManifestOfficer[]): ManifestOfficer[] {
  return list.map((o) => ({ name: o.name }));
}

/** Citation text plus the record for the manifest. */
export function cite(x: ManifestCitation, into: ManifestCitation[]): string {
  into.push(stripUndefined(x));
  return citeText(x);
}

export function stripUndefined<T extends object>(x: T): T {
  return Object.fromEntries(Object.entries(x).filter(([, v]) => v !== undefined)) as T;
}

export function fineText(yuan: number): string {
  return moneyBoth(yuan);
}

/** Statement (陈述申辩) rights clause and its citations, by the law in force. */
export function statementClause(c: Ctx, cites: ManifestCitation[], oldTemplate = false): string {
  if (c.law2021 && !oldTemplate) {
    const a = cite({ law: PENALTY_LAW, article: 44 }, cites);
    cites.push({ law: PENALTY_LAW, article: 45 });
    return `根据${a}、第四十五条的规定，你（单位）可在收到本告知书之日起三个工作日内向本局进行陈述、申辩。逾期未提出陈述、申辩的，视为放弃上述权利。`;
  }
  const a = cite({ law: PENALTY_LAW, article: 31 }, cites);
  cites.push({ law: PENALTY_LAW, article: 32 });
  return `根据${a}、第三十二条的规定，你（单位）可在收到本告知书之日起三日内向本局进行陈述、申辩。逾期未提出陈述、申辩的，视为放弃上述权利。`;
}

export function baseFacts(type: DocumentType, extra: Partial<DocFacts> = {}): DocFacts {
  return stripUndefined({ type, officers: [], citations: [], ...extra });
}

/** Right-aligned signature block: agency and date. */
export function signature(c: Ctx, iso: string): Line[] {
  return [
    { text: '射阳县应急管理局', align: 'right', gap: 1 },
    { text: signDate(c, iso), align: 'right' },
  ];
}

/** The facts addressed to the party: 该单位… → 你单位… */
export function foundYou(c: Ctx): string {
  return c.v.found.replace(/^该单位/, '你单位');
}

export function causeOf(c: Ctx): string {
  return `${c.s.party.name}${c.v.cause}案`;
}
