import type { DatedStep, DocumentFields, DocumentType, Source } from '../model/document.js';
import type { PageText } from '../read/pages.js';
import type { DocumentSpec } from '../ruleset/schema.js';
import { classifyServed } from './served.js';
import { findFine, findProposedFine } from '../text/amounts.js';
import { parseChineseInt } from '../text/chineseNumber.js';
import { findCitations } from '../text/citations.js';
import { findDates } from '../text/dates.js';
import { findDocNumbers, yearBracket, type DocNumberHit } from '../text/docNumber.js';
import { readOfficers } from './fields/officers.js';
import { compileVocabulary, type CompiledVocabulary } from './vocabulary.js';
import { findCreditCode } from '../text/creditCode.js';
import { findParty, partyKind } from './fields/party.js';
import type { Catalog } from './classify.js';

/**
 * The text of one document (a page range) as one string, with a way back from an offset to its page and
 * to the original (un-normalised) text for quotes.
 */
export class DocumentText {
  readonly norm: string;
  private readonly starts: number[] = [];
  constructor(
    private readonly pages: PageText[],
    vocab: CompiledVocabulary,
  ) {
    let offset = 0;
    const parts: string[] = [];
    const running = runningLines(pages);
    for (const p of pages) {
      this.starts.push(offset);
      // Page furniture (print headers, URLs, 第1页 共2页) is blanked, not removed, so offsets still map
      // back to the original text: its dates and numbers are not the document's.
      const norm = p.norm.split('\n').map((l) => (vocab.isChrome(l) || running.has(l.trim()) ? ' '.repeat(l.length) : l)).join('\n');
      parts.push(norm);
      offset += norm.length + 1;
    }
    this.norm = parts.join('\n');
  }

  /** Where a hit was read: the page and the original text of the same span. */
  source(start: number, end: number): Source {
    let i = this.starts.length - 1;
    while (i > 0 && this.starts[i] > start) i--;
    const page = this.pages[i];
    if (!page) return { quote: this.norm.slice(start, end) };
    const from = start - this.starts[i];
    const to = end - this.starts[i];
    // NFKC keeps the length of CJK text with full-width digits and punctuation (one code unit each), so
    // the same offsets quote the original; where lengths differ, quote the normalised text.
    const quote = page.text.length === page.norm.length ? page.text.slice(from, to) : page.norm.slice(from, to);
    return { quote: quote.trim(), page: page.page };
  }
}

/**
 * Running headers and footers: a line that opens or closes at least two pages of the document, word for
 * word (青岭县应急管理局行政执法文书 at the top of every page), and carries no label. The title is never
 * one: it opens page 1 only.
 */
function runningLines(pages: PageText[]): Set<string> {
  if (pages.length < 2) return new Set();
  const count = new Map<string, number>();
  for (const p of pages) {
    const lines = p.norm.split('\n').map((l) => l.trim()).filter((l) => l !== '');
    for (const l of new Set([...lines.slice(0, 2), ...lines.slice(-2)])) count.set(l, (count.get(l) ?? 0) + 1);
  }
  // A labelled line (询问人：…, 被询问人签名：… at the foot of every page of a record) is content, not furniture.
  return new Set([...count].filter(([l, n]) => n >= 2 && !/[:：]/.test(l)).map(([l]) => l));
}

/** Notices state the fine only as proposed (拟处); the case's fine is the decision's. */
const PROPOSING_DOCUMENTS: DocumentType[] = ['penalty-notice', 'hearing-notice', 'case-approval', 'investigation-report', 'legal-review', 'collective-discussion'];
const PERIOD = /(?:收到本?告知书之日起|告知后|之日起)\s*([0-9一二三四五六七八九十两]{1,3})\s*(个)?\s*(工作日|日|天)\s*内/;
const WAIVER = /放弃(陈述|申辩|陈述申辩|陈述、申辩|听证)/;

export function readFields(type: DocumentType, spec: DocumentSpec | undefined, text: DocumentText, catalog: Catalog): DocumentFields {
  const norm = text.norm;
  const vocab = compileVocabulary(catalog.vocabulary);
  const fields: DocumentFields = { dates: [], officers: [], citations: [] };

  // Only numbered forms have a number of their own; the numbers on others (a table of contents, a payment
  // slip quoting the decision) belong to other documents. A number standing on its own line (or after
  // 文号：) is the document's; one inside a sentence is a quotation unless nothing better is there.
  const numbers = spec?.numbered === false ? [] : findDocNumbers(norm, catalog.vocabulary.docNumber);
  const placed = numbers.find((n) => ownNumber(n, norm, vocab));
  const own = placed ?? numbers[0];
  if (own) {
    const source = text.source(own.start, own.end);
    fields.docNumber = {
      ...source,
      raw: source.quote || own.raw,
      classChars: own.classChars,
      caseRef: own.year !== undefined && own.serial !== undefined ? { year: own.year, serial: own.serial, ...(own.issuer ? { issuer: own.issuer } : {}) } : undefined,
      // NFKC turns ﹝﹞ into 〔〕: the bracket's form is read from the original text.
      bracket: yearBracket(source.quote) ?? own.bracket,
      via: placed ? 'docNumber: own line' : 'docNumber: quoted in the text',
      confidence: placed ? 0.95 : 0.7,
    };
  }

  const party = findParty(norm, vocab, type);
  if (party) fields.party = { ...text.source(party.start, party.end), name: party.name, via: party.via, confidence: party.confidence };
  const code = findCreditCode(norm);
  if (code) fields.creditCode = { ...text.source(code.start, code.end), code: code.code, valid: code.valid };
  if (fields.party) fields.partyKind = partyKind(fields.party.name, norm);

  fields.dates = findDates(norm, { defaultYear: own?.year }).map((d) => ({
    ...text.source(d.start, d.end),
    date: d.iso,
    label: d.label,
    time: d.time,
  }));
  fields.keyDate = pickKeyDate(fields.dates, spec);

  const fine = findFine(norm) ?? (PROPOSING_DOCUMENTS.includes(type) ? findProposedFine(norm) : undefined);
  if (fine) fields.fine = { ...text.source(fine.start, fine.end), yuan: fine.yuan };

  // Service receipts name the officers who served (送达人), often without certificate numbers.
  const servers = type === 'service-receipt';
  const reading = readOfficers(norm, vocab, { servers });
  fields.officers = reading.officers.map((o) => ({ ...text.source(o.start, o.end), name: o.name, certificate: o.certificate }));
  fields.officerLabels = reading.labels;
  if (reading.unread.length > 0) fields.officersUnread = reading.unread;
  fields.citations = findCitations(norm).map((c) => ({
    ...text.source(c.start, c.end),
    law: c.law,
    article: c.article,
    paragraph: c.paragraph,
    item: c.item,
    standard: c.standard,
  }));

  if (type === 'service-receipt') {
    const served = classifyServed(norm, catalog);
    if (served) fields.servedDocument = { ...text.source(served.start, served.end), type: served.type, title: served.title };
  }

  const unit = vocab.unitRe.exec(norm);
  if (unit) fields.unit = { ...text.source(unit.index, unit.index + unit[0].length), name: unit[2] };

  if (type === 'penalty-notice' || type === 'hearing-notice') {
    const period = PERIOD.exec(norm);
    const days = period ? parseChineseInt(period[1]) : undefined;
    if (period && days) fields.period = { ...text.source(period.index, period.index + period[0].length), days, unit: period[3] === '工作日' ? 'working' : 'calendar' };
  }
  // the officers' record of a waiver, or the party's own written waiver (放弃陈述申辩声明)
  if (type === 'statement-record' || type === 'statement-letter') {
    const waived = WAIVER.exec(norm);
    if (waived) fields.waived = text.source(waived.index, waived.index + waived[0].length);
  }
  return fields;
}

/** How many lines from the top a document's own number may stand (chrome, agency, title, number). */
const NUMBER_LINES = 4;

/**
 * A document's own number stands near the top (under or beside the title) or after a number label of
 * its own (文号：, 编号：) — not after a label naming another document (处罚决定书文号：, 送达文书名称及文号：).
 */
function ownNumber(hit: DocNumberHit, text: string, vocab: CompiledVocabulary): boolean {
  const lineStart = text.lastIndexOf('\n', hit.start - 1) + 1;
  const before = text.slice(lineStart, hit.start).trim();
  if (before !== '' && vocab.docNumberLabelRe.test(before)) {
    const label = before.replace(/[:：\s]+$/, '');
    return vocab.source.docNumber.labels.some((l) => label === l || label.endsWith(`,${l}`) || label.endsWith(` ${l}`));
  }
  if (/[(（]$/.test(before)) return false;
  const lines = text.slice(0, lineStart).split('\n').filter((l) => l.trim() !== '').length;
  return lines < NUMBER_LINES;
}

/** The document's own date: the first date under one of its labels, else the first or last date. */
export function pickKeyDate(dates: DatedStep[], spec: DocumentSpec | undefined): DatedStep | undefined {
  if (!spec || dates.length === 0) return undefined;
  for (const label of spec.keyDate.labels) {
    const hit = dates.find((d) => d.label.replace(/\s+/g, '').endsWith(label) || d.label.replace(/\s+/g, '') === label);
    if (hit) return hit;
  }
  if (spec.keyDate.fallback === 'last') return dates[dates.length - 1];
  if (spec.keyDate.fallback === 'first') return dates[0];
  return undefined;
}

