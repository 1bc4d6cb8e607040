/**
 * One 整改通知书 per unit (REFERENCE.md §7: "a separate 整改通知单 per unit is common"): its cases and
 * problems, each with its legal basis, and when to report back. Built from the review notice's figures, so
 * the two documents never disagree; rendered by the same Word and Markdown writers.
 */
import type { Notice, NoticeBlock, RectificationUnit } from './notice.js';
import { formatScore, textDate } from './notice.js';

export interface UnitNotice {
  unit: string;
  notice: Notice;
}

/** A notice per unit that has something to rectify (a unit with nothing to rectify gets none). */
export function buildUnitNotices(review: Notice, opts: { reportBackDate?: string } = {}): UnitNotice[] {
  return review.data.rectification.filter((u) => u.cases.length > 0).map((u) => ({ unit: u.unit, notice: unitNotice(review, u, opts) }));
}

function unitNotice(review: Notice, u: RectificationUnit, opts: { reportBackDate?: string }): Notice {
  const agency = review.signature.agency;
  const title = '行政执法案卷评查整改通知书';
  const rows: string[][] = [];
  for (const c of u.cases) {
    for (const p of c.problems) {
      const flags = [p.veto ? '一票否决' : '', p.recurring ? '重复出现' : ''].filter(Boolean);
      rows.push([String(rows.length + 1), c.caseNumber, `${p.title}${p.count > 1 ? `${p.count}处` : ''}${flags.length ? `（${flags.join('，')}）` : ''}`, p.basis.join('；') || '—']);
    }
  }
  const problems = u.cases.reduce((s, c) => s + c.problems.reduce((t, p) => t + p.count, 0), 0);
  const caseList: NoticeBlock[] = u.cases.map((c, k) => ({
    kind: 'paragraph',
    text: `${k + 1}. ${c.caseNumber}（${c.party}），得分${formatScore(c.score)}分，评定为${c.grade}。`,
  }));
  const reportBack = opts.reportBackDate
    ? `请于${textDate(opts.reportBackDate)}前完成整改，并将整改情况（逐卷逐项说明整改措施及结果）书面报送${agency}。`
    : `请抓紧整改，并将整改情况（逐卷逐项说明整改措施及结果）书面报送${agency}。`;
  const reference = review.number ? `（${review.number}）` : '';
  return {
    title,
    addressee: u.unit,
    preamble: [`根据${review.data.period}行政执法案卷评查结果${reference}，你单位${u.cases.length}件案卷存在问题${problems}项，现将需整改的案卷和问题通知如下：`],
    sections: [
      { id: 'cases', heading: '一、需整改的案卷', blocks: caseList },
      {
        id: 'problems',
        heading: '二、存在的问题及依据',
        blocks: [{ kind: 'table', header: ['序号', '案号', '问题', '依据'], rows, widths: [2, 6, 6, 10] }],
      },
      {
        id: 'requirements',
        heading: '三、整改要求',
        blocks: [
          { kind: 'paragraph', text: '对上述案卷逐卷逐项整改；属于一票否决和重复出现的问题，要查明原因、明确责任。' },
          { kind: 'paragraph', text: '举一反三，对本单位办理的同类案卷开展自查自纠，防止同类问题再次发生。' },
          { kind: 'paragraph', text: reportBack },
        ],
      },
    ],
    annexes: [],
    agencySource: review.agencySource,
    signature: review.signature,
    meta: { ...review.meta, title: `${title}（${u.unit}）` },
    data: { ...review.data, rectification: [u] },
    notes: [],
  };
}
