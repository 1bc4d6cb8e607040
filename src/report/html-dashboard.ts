/**
 * The supervisor's view at the top of the HTML report: unit ranking, score distribution, rule × unit
 * counts, the trend across rounds, the focus list and the needs-review list, and the filter bar. Pure
 * functions from the report to HTML lines; the case details below them are html.ts's.
 */
import type { RuleCatalogue } from '../ruleset/rules.js';
import type { CaseResult, Finding, Report } from '../model/report.js';
import { barChart, rowChart, type Bar } from './html-charts.js';
import { compareText, escapeXml as h, formatNumber, isOpen, sortCases } from './common.js';
import { type Lang, pageLabel } from './labels.js';

const T = {
  ranking: { zh: '单位排名', en: 'Unit ranking' },
  rank: { zh: '名次', en: 'Rank' },
  unit: { zh: '办案单位', en: 'Unit' },
  cases: { zh: '案卷数', en: 'Cases' },
  average: { zh: '平均分', en: 'Average' },
  lowest: { zh: '最低分', en: 'Lowest' },
  vetoed: { zh: '否决', en: 'Vetoed' },
  findings: { zh: '问题数', en: 'Findings' },
  distribution: { zh: '得分分布', en: 'Score distribution' },
  ruleUnit: { zh: '问题类型 × 单位', en: 'Rule × unit' },
  rule: { zh: '问题类型', en: 'Rule' },
  total: { zh: '合计', en: 'Total' },
  trend: { zh: '与往轮对比', en: 'Trend across rounds' },
  round: { zh: '评查轮次', en: 'Round' },
  perRound: { zh: '各轮问题数', en: 'Findings per round' },
  newF: { zh: '新发现', en: 'New' },
  recurring: { zh: '再次出现', en: 'Recurring' },
  resolved: { zh: '已整改', en: 'Resolved' },
  noTrend: { zh: '未与往轮比对（运行 audit 时用 --previous 指定上一轮的 report.json）。', en: 'Not compared with earlier rounds (run audit with --previous).' },
  focus: { zh: '下一轮评查重点', en: 'Focus items for the next round' },
  noFocus: { zh: '无普遍性或重复出现的问题。', en: 'No prevalent or recurring problems.' },
  why: { zh: '原因', en: 'Why' },
  prevalent: { zh: '普遍性问题', en: 'prevalent' },
  measure: { zh: '整改措施', en: 'Measure' },
  review: { zh: '待人工核查', en: 'Needs review by a person' },
  reviewNote: { zh: '工具未能读取或把握不足的内容，不扣分、不否决，由评查人员人工核对。', en: 'What the tool could not read or was unsure of: never deducted, never a veto.' },
  noReview: { zh: '无。', en: 'None.' },
  what: { zh: '核查内容', en: 'What to look at' },
  reason: { zh: '原因', en: 'Reason' },
  where: { zh: '位置', en: 'Location' },
  folder: { zh: '案卷', en: 'Case' },
  filter: { zh: '筛选', en: 'Filter' },
  all: { zh: '全部', en: 'all' },
  severity: { zh: '严重程度', en: 'Severity' },
  shown: { zh: '显示案卷', en: 'cases shown' },
} as const;

const t = (k: keyof typeof T, lang: Lang) => T[k][lang];

function counted(f: Finding): boolean {
  return isOpen(f) && !f.waived;
}

function unitOf(c: CaseResult, lang: Lang): string {
  return c.unit?.trim() || (lang === 'zh' ? '（未识别单位）' : '(unit not identified)');
}

/** A relative link to an input file (and its page) from where the report is written. */
export function fileHref(file: string, page: number | undefined, linkBase: string | undefined): string {
  const base = linkBase === undefined || linkBase === '' ? '' : `${linkBase.replace(/\/+$/u, '')}/`;
  const encoded = `${base}${file}`
    .split('/')
    .map((part) => (part === '..' || part === '.' ? part : encodeURIComponent(part)))
    .join('/');
  return page !== undefined ? `${encoded}#page=${page}` : encoded;
}

/** `<a>` to the file (PDF viewers open `#page=N`), the path shown as code. */
export function fileLink(file: string, page: number | undefined, lang: Lang, linkBase: string | undefined): string {
  return `<a class="file" href="${h(fileHref(file, page, linkBase))}"><code>${h(file)}</code>${page !== undefined ? ` ${h(pageLabel(page, lang))}` : ''}</a>`;
}

export interface UnitRow {
  unit: string;
  cases: number;
  average: number;
  lowest: number;
  vetoed: number;
  findings: number;
  rank: number;
}

/** Units by average score (best first); ties share a rank. */
export function unitRanking(report: Report, lang: Lang): UnitRow[] {
  const byUnit = new Map<string, CaseResult[]>();
  for (const c of report.cases) byUnit.set(unitOf(c, lang), [...(byUnit.get(unitOf(c, lang)) ?? []), c]);
  const rows = [...byUnit].map(([unit, cs]) => ({
    unit,
    cases: cs.length,
    average: Math.round((cs.reduce((s, c) => s + c.score, 0) / cs.length) * 10) / 10,
    lowest: Math.min(...cs.map((c) => c.score)),
    vetoed: cs.filter((c) => c.veto).length,
    findings: cs.reduce((s, c) => s + c.findings.filter(counted).length, 0),
    rank: 0,
  }));
  rows.sort((a, b) => b.average - a.average || compareText(a.unit, b.unit));
  for (const r of rows) r.rank = 1 + rows.filter((o) => o.average > r.average).length;
  return rows;
}

/** Cases per score band: <60, 60–69, 70–79, 80–89, 90–99, 100. */
export function scoreBands(report: Report): Bar[] {
  const bands: { label: string; test: (s: number) => boolean; tone: Bar['tone'] }[] = [
    { label: '<60', test: (s) => s < 60, tone: 'bad' },
    { label: '60–69', test: (s) => s >= 60 && s < 70, tone: 'bad' },
    { label: '70–79', test: (s) => s >= 70 && s < 80, tone: 'ok' },
    { label: '80–89', test: (s) => s >= 80 && s < 90, tone: 'ok' },
    { label: '90–99', test: (s) => s >= 90 && s < 100, tone: 'good' },
    { label: '100', test: (s) => s >= 100, tone: 'good' },
  ];
  return bands.map((b) => ({ label: b.label, value: report.cases.filter((c) => b.test(c.score)).length, tone: b.tone }));
}

export function dashboard(report: Report, rules: RuleCatalogue, lang: Lang, linkBase: string | undefined): string[] {
  const out: string[] = [];
  const cases = sortCases(report);
  const ranking = unitRanking(report, lang);

  // unit ranking: table and chart
  out.push(`<section id="ranking"><h2>${h(t('ranking', lang))}</h2>`, '<div class="two">');
  out.push(
    '<table class="ranking"><thead><tr>' +
      [t('rank', lang), t('unit', lang), t('cases', lang), t('average', lang), t('lowest', lang), t('vetoed', lang), t('findings', lang)].map((x, i) => `<th${i === 1 ? '' : ' class="num"'}>${h(x)}</th>`).join('') +
      '</tr></thead><tbody>',
  );
  for (const u of ranking) {
    out.push(
      `<tr><td class="num">${u.rank}</td><td>${h(u.unit)}</td><td class="num">${u.cases}</td><td class="num">${h(formatNumber(u.average))}</td><td class="num">${h(formatNumber(u.lowest))}</td><td class="num">${u.vetoed}</td><td class="num">${u.findings}</td></tr>`,
    );
  }
  out.push('</tbody></table>');
  out.push(`<figure>${rowChart(ranking.map((u) => ({ label: u.unit, value: u.average, tone: u.average >= 90 ? 'good' : u.average >= 70 ? 'ok' : 'bad' })), t('average', lang), { max: 100, width: 440 })}<figcaption>${h(t('average', lang))}</figcaption></figure>`);
  out.push('</div></section>');

  // score distribution
  out.push(`<section id="distribution"><h2>${h(t('distribution', lang))}</h2>`);
  out.push(`<figure>${barChart(scoreBands(report), t('distribution', lang))}<figcaption>${h(t('distribution', lang))}（${h(t('cases', lang))}）</figcaption></figure></section>`);

  // rule × unit
  const units = ranking.map((u) => u.unit).sort(compareText);
  const counts = new Map<string, Map<string, number>>();
  for (const c of cases) {
    for (const f of c.findings.filter(counted)) {
      const row = counts.get(f.rule) ?? new Map<string, number>();
      row.set(unitOf(c, lang), (row.get(unitOf(c, lang)) ?? 0) + 1);
      counts.set(f.rule, row);
    }
  }
  const ruleRows = [...counts].map(([rule, row]) => ({ rule, row, total: [...row.values()].reduce((s, n) => s + n, 0) })).sort((a, b) => b.total - a.total || compareText(a.rule, b.rule));
  out.push(`<section id="rule-unit"><h2>${h(t('ruleUnit', lang))}</h2>`);
  if (ruleRows.length) {
    const max = Math.max(...ruleRows.flatMap((r) => [...r.row.values()]));
    out.push(`<table class="matrix"><thead><tr><th>${h(t('rule', lang))}</th>${units.map((u) => `<th class="num">${h(u)}</th>`).join('')}<th class="num">${h(t('total', lang))}</th></tr></thead><tbody>`);
    for (const r of ruleRows) {
      const cells = units.map((u) => {
        const n = r.row.get(u) ?? 0;
        const heat = n === 0 ? 0 : Math.ceil((n / max) * 4);
        return `<td class="num heat-${heat}">${n || ''}</td>`;
      });
      out.push(`<tr data-rule="${h(r.rule)}"><td>${h(rules.title(r.rule, lang))}</td>${cells.join('')}<td class="num"><strong>${r.total}</strong></td></tr>`);
    }
    out.push('</tbody></table>');
  } else out.push(`<p>${h(t('noFocus', lang))}</p>`);
  out.push('</section>');

  // trend across rounds
  out.push(`<section id="trend"><h2>${h(t('trend', lang))}</h2>`);
  if (report.comparison) {
    const k = report.comparison.counts;
    const perRound = new Map<string, number>();
    for (const hst of report.history ?? []) for (const p of hst.perRound) perRound.set(p.round, (perRound.get(p.round) ?? 0) + p.findings);
    const order = [...report.comparison.rounds.map((r) => r.id).filter((id) => id !== report.round.id), report.round.id];
    out.push('<div class="two">');
    out.push(
      `<figure>${barChart(
        [
          { label: t('newF', lang), value: k.new, tone: 'new' },
          { label: t('recurring', lang), value: k.recurring, tone: 'recurring' },
          { label: t('resolved', lang), value: k.resolved, tone: 'resolved' },
        ],
        t('trend', lang),
        { width: 360 },
      )}<figcaption>${h(`${t('round', lang)}：${report.round.id}`)}</figcaption></figure>`,
    );
    if (perRound.size) {
      out.push(`<figure>${barChart(order.map((id) => ({ label: id, value: perRound.get(id) ?? 0, tone: 'plain' as const })), t('perRound', lang), { width: 360 })}<figcaption>${h(t('perRound', lang))}</figcaption></figure>`);
    }
    out.push('</div>');
  } else out.push(`<p>${h(t('noTrend', lang))}</p>`);
  out.push('</section>');

  // focus list
  out.push(`<section id="focus"><h2>${h(t('focus', lang))}</h2>`);
  if (report.focus?.length) {
    out.push(`<table class="focus"><thead><tr><th>${h(t('rule', lang))}</th><th>${h(t('why', lang))}</th><th class="num">${h(t('cases', lang))}</th><th>${h(t('unit', lang))}</th><th>${h(t('measure', lang))}</th></tr></thead><tbody>`);
    for (const f of report.focus) {
      const why = [f.prevalent ? t('prevalent', lang) : '', f.recurring ? t('recurring', lang) : ''].filter(Boolean).join(lang === 'zh' ? '、' : ', ');
      out.push(`<tr data-rule="${h(f.rule)}"><td>${h(f.title || rules.title(f.rule, lang))}</td><td class="nowrap">${h(why)}</td><td class="num">${f.cases}</td><td>${h(f.units.join(lang === 'zh' ? '、' : ', '))}</td><td>${h(f.measure)}</td></tr>`);
    }
    out.push('</tbody></table>');
  } else out.push(`<p>${h(t('noFocus', lang))}</p>`);
  out.push('</section>');

  // needs review
  const review = cases.flatMap((c) => c.needsReview.map((r) => ({ c, r })));
  out.push(`<section id="needs-review"><h2>${h(`${t('review', lang)}（${review.length}）`)}</h2><p class="note">${h(t('reviewNote', lang))}</p>`);
  if (review.length) {
    out.push(`<table class="review"><thead><tr><th>${h(t('folder', lang))}</th><th>${h(t('what', lang))}</th><th>${h(t('reason', lang))}</th><th>${h(t('where', lang))}</th></tr></thead><tbody>`);
    for (const { c, r } of review) {
      out.push(`<tr data-unit="${h(unitOf(c, lang))}"><td>${h(c.caseNumber ?? c.folder)}</td><td>${h(r.what)}</td><td>${h(r.reason)}</td><td>${r.file ? fileLink(r.file, r.page, lang, linkBase) : '—'}</td></tr>`);
    }
    out.push('</tbody></table>');
  } else out.push(`<p>${h(t('noReview', lang))}</p>`);
  out.push('</section>');
  return out;
}

/** The filter bar over the case details: unit, rule and severity (used by FILTER_SCRIPT). */
export function filterBar(report: Report, rules: RuleCatalogue, lang: Lang, severityLabel: (s: string) => string): string {
  const units = [...new Set(report.cases.map((c) => unitOf(c, lang)))].sort(compareText);
  const ruleIds = [...new Set(report.cases.flatMap((c) => c.findings.filter(counted).map((f) => f.rule)))].sort(compareText);
  const severities = [...new Set(report.cases.flatMap((c) => c.findings.filter(counted).map((f) => f.severity)))].sort(compareText);
  const select = (id: string, name: string, options: [string, string][]) =>
    `<label>${h(name)} <select id="${id}"><option value="">${h(t('all', lang))}</option>${options.map(([v, l]) => `<option value="${h(v)}">${h(l)}</option>`).join('')}</select></label>`;
  return (
    `<form class="filters" id="filters" role="search" aria-label="${h(t('filter', lang))}">` +
    select('filter-unit', t('unit', lang), units.map((u) => [u, u])) +
    select('filter-rule', t('rule', lang), ruleIds.map((r) => [r, rules.title(r, lang)])) +
    select('filter-severity', t('severity', lang), severities.map((s) => [s, severityLabel(s)])) +
    ` <output id="filter-count" aria-live="polite"></output> <span>${h(t('shown', lang))}</span></form>`
  );
}

/**
 * Shows the cases (and their finding rows) that match every chosen filter. Small and inline: the page
 * stays one file that opens anywhere, with no network.
 */
export const FILTER_SCRIPT = `
(function () {
  var unit = document.getElementById('filter-unit');
  var rule = document.getElementById('filter-rule');
  var sev = document.getElementById('filter-severity');
  var count = document.getElementById('filter-count');
  if (!unit || !rule || !sev) return;
  function apply() {
    var shown = 0;
    document.querySelectorAll('section.case').forEach(function (c) {
      var rows = c.querySelectorAll('table.findings tbody tr');
      var any = false;
      rows.forEach(function (r) {
        var ok = (!rule.value || r.getAttribute('data-rule') === rule.value) && (!sev.value || r.getAttribute('data-severity') === sev.value);
        r.hidden = !ok;
        if (ok) any = true;
      });
      var match = (!unit.value || c.getAttribute('data-unit') === unit.value) && ((!rule.value && !sev.value) || any);
      c.hidden = !match;
      if (match) shown++;
    });
    document.querySelectorAll('table.cases tbody tr').forEach(function (r) {
      var target = document.getElementById((r.getAttribute('data-case') || ''));
      r.hidden = target ? target.hidden : false;
    });
    count.textContent = String(shown);
  }
  [unit, rule, sev].forEach(function (s) { s.addEventListener('change', apply); });
  apply();
})();
`.trim();
