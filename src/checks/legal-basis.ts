import type { CaseDocument, Citation } from '../model/document.js';
import type { Citations } from '../ruleset/schema.js';
import { docName, docNameEn, MIN_DECISION_TEXT, type Check, type CheckContext } from './context.js';

/**
 * The legal basis of decisions (cited at all, to 条 and 项 where the article has items), article numbers
 * and template wording from repealed versions, and on-the-spot fines within the simple-procedure limit.
 */
export const legalBasisCheck: Check = {
  id: 'legal-basis',
  run(ctx) {
    const { kase, ruleset, emit } = ctx;
    const cites = ruleset.citations;
    for (const doc of kase.documents) {
      if (doc.unread) continue;
      const name = docName(ruleset, doc.type);
      const legal = doc.fields.citations.filter((c) => !c.standard);
      if (cites.decisionDocuments.includes(doc.type)) {
        if (legal.length === 0) {
          // A veto needs positive evidence: the decision was read and cites nothing. Article-like text
          // the citation reader could not parse (第…条, 《…》), or a body too short to be the decision's,
          // is for a person to read.
          const body = (kase.text.get(doc) ?? '').replace(/\s+/g, '');
          if (body.length < MIN_DECISION_TEXT || /第[0-9一二三四五六七八九十百零〇]+条|《[^》]{2,40}》/.test(body)) {
            ctx.review({
              check: 'legal-basis',
              rule: 'legal-basis-missing',
              file: doc.file,
              page: doc.pages?.[0],
              messageId: body.length < MIN_DECISION_TEXT ? 'short' : 'unparsed',
              data: { name, nameEn: docNameEn(ruleset, doc.type) },
            });
          } else emit({ rule: 'legal-basis-missing', messageId: 'missing', data: { document: doc.type, name }, file: doc.file });
        }
        const imprecise = legal.find((c) => c.article === undefined) ?? legal.find((c) => c.item === undefined && c.article !== undefined && itemsRequired(ctx, c));
        if (imprecise) {
          emit({ rule: 'legal-basis-imprecise', messageId: imprecise.article === undefined ? 'noArticle' : 'noItem', data: { document: doc.type, name, law: imprecise.law, article: imprecise.article, quote: imprecise.quote }, file: doc.file, page: imprecise.page });
        }
      }
      if (cites.decisionDocuments.includes(doc.type)) {
        checkArticlesExist(ctx, doc, legal);
        checkFineRange(ctx, doc, legal);
      }
      const date = doc.fields.keyDate?.date;
      if (!date) continue;
      // One outdated-basis finding per document (its identity is the document): an old article number
      // first, else old template wording.
      let outdated = false;
      for (const rule of cites.outdated) {
        if (outdated || !rule.documents.includes(doc.type) || date < rule.datedFrom) continue;
        const old = legal.find((c) => lawId(ctx, c) === rule.law && c.article !== undefined && rule.articles.includes(c.article) && citedFor(ctx, doc, c, rule.context));
        if (!old) continue;
        outdated = true;
        emit({ rule: 'legal-basis-outdated', messageId: 'article', data: { document: doc.type, name, date, law: old.law, article: old.article, replacement: rule.replacement }, file: doc.file, page: old.page });
      }
      const text = (kase.text.get(doc) ?? '').replace(/\s+/g, '');
      for (const phrase of cites.outdatedPhrases) {
        if (outdated || !phrase.documents.includes(doc.type) || date < phrase.datedFrom) continue;
        if (phrase.regimes && !(kase.facts.regime && phrase.regimes.includes(kase.facts.regime.id))) continue;
        const hit = new RegExp(phrase.pattern, 'u').exec(text);
        if (!hit) continue;
        outdated = true;
        emit({ rule: 'legal-basis-outdated', messageId: 'phrase', data: { document: doc.type, name, date, quote: hit[0], replacement: phrase.replacement }, file: doc.file });
      }
    }
    checkSimpleLimit(ctx);
  },
};

/**
 * Whether a citation is made for what the context pattern names: the sentence that holds it (between 。；
 * or line ends) must match. A citation that cannot be found in the text is not taken as outdated: a
 * finding needs positive evidence.
 */
function citedFor(ctx: CheckContext, doc: CaseDocument, c: Citation, context: string | undefined): boolean {
  if (!context) return true;
  const text = (ctx.kase.text.get(doc) ?? '').replace(/\s+/g, '');
  const quote = c.quote.replace(/\s+/g, '');
  const at = quote ? text.indexOf(quote) : -1;
  if (at < 0) return false;
  const start = Math.max(text.lastIndexOf('。', at), text.lastIndexOf('；', at)) + 1;
  const ends = ['。', '；'].map((p) => text.indexOf(p, at + quote.length)).filter((i) => i >= 0);
  const sentence = text.slice(start, ends.length ? Math.min(...ends) : text.length);
  return new RegExp(context, 'u').test(sentence);
}

function lawId(ctx: CheckContext, c: Citation): string | undefined {
  const title = c.law.replace(/\s+/g, '');
  return ctx.ruleset.citations.laws.find((l) => l.titles.includes(title))?.id;
}

function itemsRequired(ctx: CheckContext, c: Citation): boolean {
  const id = lawId(ctx, c);
  const law = ctx.ruleset.citations.laws.find((l) => l.id === id);
  if (!law || c.article === undefined) return false;
  // The listed articles are penalty clauses split into 项: citing one without its item leaves open which
  // penalty was applied. Which articles have items depends on the version in force.
  if (!law.versions) return law.articlesWithItems.includes(c.article);
  const placed = versionOf(ctx, law.id);
  if (!placed.version?.encoded) {
    ctx.skip(`legal-basis:items:${law.id}`, placed.reason ?? `the ${placed.version?.id} text is not encoded: whether 第${c.article}条 has items is not checked`, { law: law.id });
    return false;
  }
  return placed.version.articlesWithItems.includes(c.article);
}

type LawVersion = NonNullable<Citations['laws'][number]['versions']>[number];

/**
 * The version of a law a case falls in. The violation is placed by the earliest date it was seen
 * (inspection, else filing) and the decision by its date: both must fall in the same version (行政处罚法
 * art. 37 may otherwise call for either), else the version is left open and the checks say so.
 */
function versionOf(ctx: CheckContext, id: string): { version?: LawVersion; reason?: string } {
  const law = ctx.ruleset.citations.laws.find((l) => l.id === id);
  if (!law?.versions) return {};
  const seen = ctx.steps.get('inspection')?.date ?? ctx.steps.get('filing')?.date;
  const decided = ctx.steps.get('decision')?.date ?? ctx.steps.get('onsite-decision')?.date;
  const find = (date: string) => law.versions!.find((v) => (v.from === null || v.from <= date) && (v.until === null || date <= v.until));
  const dates = [seen, decided].filter((d): d is string => d !== undefined);
  if (dates.length === 0) return { reason: `no date read to place the case in a version of ${law.id}` };
  const versions = [...new Set(dates.map(find))];
  if (versions.length > 1 || !versions[0]) return { reason: `the violation (${seen}) and the decision (${decided}) fall under different versions of ${law.id}: version-dependent checks not made` };
  return { version: versions[0] };
}

/** A cited article the version in force does not have (e.g. 第一百一十九条 of a text that ends earlier). */
function checkArticlesExist(ctx: CheckContext, doc: CaseDocument, legal: Citation[]): void {
  for (const c of legal) {
    const id = lawId(ctx, c);
    if (!id || c.article === undefined) continue;
    const { version } = versionOf(ctx, id);
    if (!version?.encoded || version.articleCount === undefined || c.article <= version.articleCount) continue;
    ctx.emit({ rule: 'legal-basis-outdated', messageId: 'noSuchArticle', data: { document: doc.type, name: docName(ctx.ruleset, doc.type), law: c.law, article: c.article, version: version.basis, count: version.articleCount }, file: doc.file, page: c.page });
    return;
  }
}

/**
 * The fine above the highest one the cited penalty articles allow (行政处罚法 2021 art. 76 ¶1 (二)). Only
 * the ceiling is checked: below the floor can be lawful mitigation (art. 32). A cited article without a
 * fixed ceiling, or a version not encoded, leaves the range unchecked.
 */
function checkFineRange(ctx: CheckContext, doc: CaseDocument, legal: Citation[]): void {
  const fine = doc.fields.fine?.yuan;
  if (fine === undefined) return;
  const caps: { article: number; max: number }[] = [];
  for (const c of legal) {
    const id = lawId(ctx, c);
    const law = ctx.ruleset.citations.laws.find((l) => l.id === id);
    if (!law?.versions || c.article === undefined) continue;
    const placed = versionOf(ctx, law.id);
    const v = placed.version;
    if (!v?.encoded) {
      if (v || placed.reason) ctx.skip(`fine-range:${law.id}`, placed.reason ?? `the ${v!.id} text is not encoded: the fine's range is not checked`, { law: law.id });
      return;
    }
    if (v.uncapped.includes(c.article)) {
      ctx.skip(`fine-range:${law.id}`, `第${c.article}条 sets no fixed ceiling (multiples of gains or income, or daily fines): the fine's range is not checked`, { law: law.id, article: c.article });
      return;
    }
    const max = v.fineMax[String(c.article)];
    if (max !== undefined) caps.push({ article: c.article, max });
  }
  if (caps.length === 0) return;
  const max = Math.max(...caps.map((x) => x.max));
  if (fine > max) {
    ctx.emit({ rule: 'fine-outside-range', messageId: 'over', data: { document: doc.type, name: docName(ctx.ruleset, doc.type), fine, max, articles: caps.map((x) => `第${x.article}条`).join('、') }, file: doc.file, page: doc.fields.fine?.page });
  }
}

function checkSimpleLimit(ctx: CheckContext): void {
  const { kase, ruleset, emit, skip } = ctx;
  const onsite = kase.documents.find((d) => d.type === 'onsite-penalty-decision');
  if (!onsite) return;
  const fine = onsite.fields.fine?.yuan;
  const kind = onsite.fields.partyKind ?? kase.facts.partyKind;
  if (fine === undefined || !kind) {
    skip('simple-procedure-limit', fine === undefined ? 'the on-the-spot fine could not be read' : 'whether the party is an organisation or an individual could not be read');
    return;
  }
  const before2021 = kase.facts.applied?.id === 'apl-2017';
  const t = before2021 ? ruleset.thresholds.simpleProcedureBefore2021 : ruleset.thresholds.simpleProcedure;
  const limit = t[kind];
  if (fine > limit) {
    emit({ rule: 'simple-procedure-over-limit', messageId: 'over', data: { document: 'onsite-penalty-decision', fine, limit, kind, kindZh: kind === 'organisation' ? '法人或其他组织' : '公民', basis: t.basis }, file: onsite.file, page: onsite.fields.fine?.page });
  }
}
