import type { CaseDocument, Citation } from '../model/document.js';
import { docName, type Check, type CheckContext } from './context.js';

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
        if (legal.length === 0) emit({ rule: 'legal-basis-missing', messageId: 'missing', data: { document: doc.type, name }, file: doc.file });
        const imprecise = legal.find((c) => c.article === undefined) ?? legal.find((c) => c.item === undefined && c.article !== undefined && itemsRequired(ctx, c));
        if (imprecise) {
          emit({ rule: 'legal-basis-imprecise', messageId: imprecise.article === undefined ? 'noArticle' : 'noItem', data: { document: doc.type, name, law: imprecise.law, article: imprecise.article, quote: imprecise.quote }, file: doc.file, page: imprecise.page });
        }
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
  // The listed articles are penalty clauses split into 项: citing one without its item leaves open which
  // penalty was applied.
  return Boolean(law && c.article !== undefined && law.articlesWithItems.includes(c.article));
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
