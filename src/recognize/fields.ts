import type { DatedStep, DocumentFields, DocumentType, Source } from '../model/document.js';
import type { PageText } from '../read/pages.js';
import type { DocumentSpec } from '../ruleset/schema.js';
import { classifyServed } from './served.js';
import { findFine, findProposedFine } from '../text/amounts.js';
import { parseChineseInt } from '../text/chineseNumber.js';
import { findCitations } from '../text/citations.js';
import { findDates } from '../text/dates.js';
import { findDocNumbers, yearBracket } from '../text/docNumber.js';
import { countOfficerLabels, findOfficers } from './fields/officers.js';
import { compileVocabulary } from './vocabulary.js';
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
  constructor(private readonly pages: PageText[]) {
    let offset = 0;
    const parts: string[] = [];
    for (const p of pages) {
      this.starts.push(offset);
      parts.push(p.norm);
      offset += p.norm.length + 1;
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
  const own = numbers.find((n) => n.ownLine) ?? numbers[0];
  if (own) {
    const source = text.source(own.start, own.end);
    fields.docNumber = {
      ...source,
      raw: source.quote || own.raw,
      classChars: own.classChars,
      caseRef: own.year !== undefined && own.serial !== undefined ? { year: own.year, serial: own.serial, ...(own.issuer ? { issuer: own.issuer } : {}) } : undefined,
      // NFKC turns ﹝﹞ into 〔〕: the bracket's form is read from the original text.
      bracket: yearBracket(source.quote) ?? own.bracket,
      via: own.ownLine ? 'docNumber: own line' : 'docNumber: in a sentence',
      confidence: own.ownLine ? 0.95 : 0.75,
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

  fields.officers = findOfficers(norm, vocab).map((o) => ({ ...text.source(o.start, o.end), name: o.name, certificate: o.certificate }));
  fields.officerLabels = countOfficerLabels(norm, vocab);
  const servers = type === 'service-receipt' && fields.officers.length === 0 ? vocab.serversRe.exec(norm) : null;
  if (servers) {
    const start = servers.index + servers[0].length - servers[1].length;
    for (const m of servers[1].matchAll(/[\u4e00-\u9fff·]{2,4}/g)) {
      fields.officers.push({ ...text.source(start + m.index, start + m.index + m[0].length), name: m[0] });
    }
  }
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
  if (type === 'statement-record') {
    const waived = WAIVER.exec(norm);
    if (waived) fields.waived = text.source(waived.index, waived.index + waived[0].length);
  }
  return fields;
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

