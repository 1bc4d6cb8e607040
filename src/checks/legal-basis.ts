import type { Citation } from '../model/document.js';
import { docName, docNameEn, type Check, type CheckContext } from './context.js';

/**
 * The legal basis of decisions (cited at all, to 条 and 项 where the article has items), article numbers
 * and template wording from repealed versions, and on-the-spot fines within the simple-procedure limit.
 */
/** A decision body shorter than this (characters) was not read whole: its citations cannot be judged. */
const MIN_DECISION_TEXT = 120;

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
              what: { zh: `${name}引用的法律依据`, en: `the legal basis cited by the ${docNameEn(ruleset, doc.type)}` },
              reason: body.length < MIN_DECISION_TEXT ? { zh: '文书文字过少，未能确认', en: 'too little text was read to tell' } : { zh: '文书中有条文或法规名称，但未能解析为引用', en: 'the text names articles or laws, but no citation could be parsed' },
            });
          } else emit({ rule: 'legal-basis-missing', messageId: 'missing', data: { document: doc.type, name }, file: doc.file });
        }
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
        const old = legal.find((c) => lawId(ctx, c) === rule.law && c.article !== undefined && rule.articles.includes(c.article));
        if (!old) continue;
        outdated = true;
        emit({ rule: 'legal-basis-outdated', messageId: 'article', data: { document: doc.type, name, date, law: old.law, article: old.article, replacement: rule.replacement }, file: doc.file, page: old.page });
      }
      const text = (kase.text.get(doc) ?? '').replace(/\s+/g, '');
      for (const phrase of cites.outdatedPhrases) {
        if (outdated || !phrase.documents.includes(doc.type) || date < phrase.datedFrom) continue;
        const hit = new RegExp(phrase.pattern, 'u').exec(text);
        if (!hit) continue;
        outdated = true;
        emit({ rule: 'legal-basis-outdated', messageId: 'phrase', data: { document: doc.type, name, date, quote: hit[0], replacement: phrase.replacement }, file: doc.file });
      }
    }
    checkSimpleLimit(ctx);
  },
};

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
