import type { CaseResult, Finding, TargetResult } from '../model/report.js';
import type { RegisterRow } from '../read/register.js';
import type { RosterOfficer } from '../read/roster.js';
import type { Targets } from '../ruleset/schema.js';
import { unitOf } from '../rounds/identity.js';
import { OFFICER_RECORDS } from '../checks/officers.js';
import { hasDocumentOfType } from '../model/stored-documents.js';

export interface TargetInputs {
  cases: CaseResult[];
  /** rows of this year's register (all filed cases, not only the audited ones) */
  register?: RegisterRow[];
  /** last year's register, for the year-on-year targets */
  baseline?: RegisterRow[];
  roster?: RosterOfficer[];
  targets: Targets;
  lang: 'zh' | 'en';
}

const counts = (f: Finding) => f.status !== 'resolved' && !f.waived;
const pct = (v: number) => `${(v * 100).toFixed(1)}%`;

interface Measure {
  value: number | null;
  display: string;
  pass: boolean | null;
}

/** A share measured over a group; null when the group is empty. */
function share(part: number, whole: number, pass: (v: number) => boolean): Measure {
  if (whole === 0) return { value: null, display: '—', pass: null };
  const v = part / whole;
  return { value: v, display: `${pct(v)} (${part}/${whole})`, pass: pass(v) };
}

function perUnit<T>(items: T[], unitOfItem: (x: T) => string, measure: (xs: T[]) => Measure): TargetResult['perUnit'] {
  const units = [...new Set(items.map(unitOfItem))].sort();
  return units.map((unit) => ({ unit, ...measure(items.filter((x) => unitOfItem(x) === unit)) }));
}

/**
 * The enforcement plan's targets (REFERENCE §1) measured on the round, overall and per unit. A target
 * that needs an input the run did not get (the register, the roster, last year's register) is listed
 * as not measured, with what it needs — never as passed.
 */
export function measureTargets(x: TargetInputs): TargetResult[] {
  const t = x.targets;
  const zh = x.lang === 'zh';
  const out: TargetResult[] = [];
  const rowUnit = (r: RegisterRow) => r.unit ?? '（未载明办案单位）';

  // 法定期限内结案率: closed cases decided within the case-handling limit (立案 → decision, approved
  // extensions included) — not every deadline of the file.
  const closed = (cs: CaseResult[]) => cs.filter((c) => hasDocumentOfType(c, 'closing-approval'));
  const late = (c: CaseResult) => c.findings.some((f) => counts(f) && f.rule === 'deadline-missed' && t.agencyDeadlines.includes(String(f.data.deadline)));
  const inTime = (cs: CaseResult[]) => {
    const done = closed(cs);
    return share(done.filter((c) => !late(c)).length, done.length, (v) => v >= t.closedWithinLimit);
  };
  out.push({ id: 'closed-within-limit', name: zh ? '法定期限内结案率' : 'Closed within the legal limit', target: `≥ ${pct(t.closedWithinLimit)}`, ...inTime(x.cases), perUnit: perUnit(x.cases, unitOf, inTime) });

  // 执法案件差错率: cases with a substantive error; archive formalities (立卷归档) are counted apart.
  const formality = (f: Finding) => t.formalityRules.includes(f.rule) || (f.rule === 'document-missing' && (t.formalityDocuments as string[]).includes(String(f.data.document)));
  const errorRate = (cs: CaseResult[]) => share(cs.filter((c) => c.findings.some((f) => counts(f) && f.severity === 'error' && !formality(f))).length, cs.length, (v) => v <= t.errorRate);
  out.push({
    id: 'error-rate',
    name: zh ? '执法案件差错率' : 'Case error rate',
    target: `≤ ${pct(t.errorRate)}`,
    ...errorRate(x.cases),
    note: zh ? '有实体或程序差错（错误级问题，不含立卷归档形式问题）的案卷占比' : 'share of cases with a substantive or procedural error (error-level findings, archive formalities excluded)',
    perUnit: perUnit(x.cases, unitOf, errorRate),
  });
  const formalityShare = (cs: CaseResult[]): Measure => {
    const m = share(cs.filter((c) => c.findings.some((f) => counts(f) && formality(f))).length, cs.length, () => true);
    return { ...m, pass: null };
  };
  out.push({
    id: 'formality-rate',
    name: zh ? '立卷归档形式问题案卷占比' : 'Cases with archive-formality defects',
    target: '—',
    ...formalityShare(x.cases),
    note: zh ? `卷宗封面、卷内目录、备考表缺失及文件、文号形式问题（${t.formalityRules.join('、')}），单独统计，不计入差错率` : `missing cover, contents or archive note, and file and number-form defects (${t.formalityRules.join(', ')}): counted apart from the error rate`,
    perUnit: perUnit(x.cases, unitOf, formalityShare),
  });

  // 事前立案占比: from the register's 案件来源 / 事前 column.
  const needsRegister = zh ? '需要案件台账（--register，或档案中的台账）' : 'needs the case register (--register, or one in the archive)';
  // Over filed cases only (简易程序 cases are not 立案); a case of unknown source counts in the whole and
  // is shown, never dropped (it cannot be shown to be 事前).
  const filed = (rows: RegisterRow[]) => rows.filter((r) => r.procedure !== 'simple');
  const proactive = (rows: RegisterRow[]): Measure => {
    const all = filed(rows);
    const unknown = all.filter((r) => r.proactive === undefined).length;
    const m = share(all.filter((r) => r.proactive).length, all.length, (v) => v >= t.proactiveShare);
    return unknown ? { ...m, display: `${m.display}${zh ? `，其中来源不明${unknown}件` : `, ${unknown} of unknown source`}` } : m;
  };
  out.push(
    x.register
      ? { id: 'proactive-share', name: zh ? '事前立案占比' : 'Proactive (事前) cases', target: `≥ ${pct(t.proactiveShare)}`, ...proactive(x.register), perUnit: perUnit(x.register, rowUnit, proactive) }
      : notMeasured('proactive-share', zh ? '事前立案占比' : 'Proactive (事前) cases', `≥ ${pct(t.proactiveShare)}`, needsRegister),
  );

  // 执法人员持证上岗率: officers named on the round's documents who hold a valid certificate.
  if (x.roster) {
    // An officer counts as certified when named somewhere with a certificate number and never in an
    // officer-certificate-invalid finding (receipts and approval forms name officers without numbers).
    // Each case's officers read once (a cached case's documents are parsed on each reading of them),
    // then counted overall and per unit.
    const officersOf = new Map(
      x.cases.map((c) => [c, c.documents.filter((d) => OFFICER_RECORDS.includes(d.type) || d.type === 'penalty-decision' || d.type === 'onsite-penalty-decision').flatMap((d) => d.fields.officers)]),
    );
    const certified = (cs: CaseResult[]) => {
      const named = new Set<string>();
      const withNumber = new Set<string>();
      const invalid = new Set<string>();
      for (const c of cs) {
        for (const o of officersOf.get(c) ?? []) {
          named.add(o.name);
          if (o.certificate) withNumber.add(o.name);
        }
        for (const f of c.findings.filter((f) => counts(f) && f.rule === 'officer-certificate-invalid')) for (const n of String(f.data.officer).split('、')) invalid.add(n);
      }
      const ok = [...named].filter((n) => withNumber.has(n) && !invalid.has(n)).length;
      return share(ok, named.size, (v) => v >= t.officersCertified);
    };
    out.push({ id: 'officers-certified', name: zh ? '执法人员持证上岗率' : 'Officers certified', target: `≥ ${pct(t.officersCertified)}`, ...certified(x.cases), perUnit: perUnit(x.cases, unitOf, certified) });
  } else {
    out.push(notMeasured('officers-certified', zh ? '执法人员持证上岗率' : 'Officers certified', `≥ ${pct(t.officersCertified)}`, zh ? '需要执法人员名册（--roster）' : 'needs the officer roster (--roster)'));
  }

  // 行政复议、诉讼"零撤销、零败诉".
  const adverse = (rows: RegisterRow[]): Measure => {
    const exceptions = t.adverseOutcomeExceptions.map((p) => new RegExp(p, 'gu'));
    const adverseText = (o: string) => exceptions.reduce((s, re) => s.replace(re, ''), o);
    const n = rows.filter((r) => r.outcome && t.adverseOutcomeWords.some((w) => adverseText(r.outcome!).includes(w))).length;
    return { value: n, display: String(n), pass: n <= t.adverseOutcomes };
  };
  out.push(
    x.register
      ? { id: 'adverse-outcomes', name: zh ? '复议诉讼被撤销、败诉' : 'Decisions overturned on review or lawsuit', target: `≤ ${t.adverseOutcomes}`, ...adverse(x.register), perUnit: perUnit(x.register, rowUnit, adverse) }
      : notMeasured('adverse-outcomes', zh ? '复议诉讼被撤销、败诉' : 'Decisions overturned on review or lawsuit', `≤ ${t.adverseOutcomes}`, needsRegister),
  );

  // Year on year: 双上升 (case count and fine total both up) and 事前立案 +30%.
  const needsBaseline = zh ? '需要上年度案件台账（--baseline-register）' : "needs last year's register (--baseline-register)";
  if (x.register && x.baseline) {
    const total = (rows: RegisterRow[]) => rows.reduce((s, r) => s + (r.fine ?? 0), 0);
    const n = x.register.length;
    const b = x.baseline.length;
    const up = n > b && total(x.register) > total(x.baseline);
    out.push({
      id: 'double-rise',
      name: zh ? '案件数、罚款额"双上升"' : 'Case count and fine total both up',
      target: zh ? '均上升' : 'both up',
      value: up ? 1 : 0,
      display: `${b} → ${n}${zh ? '件' : ' cases'}, ${total(x.baseline)} → ${total(x.register)}${zh ? '元' : ' yuan'}`,
      pass: up,
      perUnit: [],
    });
    const pro = (rows: RegisterRow[]) => rows.filter((r) => r.proactive).length;
    const growth = pro(x.baseline) === 0 ? null : pro(x.register) / pro(x.baseline) - 1;
    out.push({
      id: 'proactive-growth',
      name: zh ? '事前立案数同比增长' : 'Proactive cases, year on year',
      target: `≥ +${pct(t.proactiveGrowth)}`,
      value: growth,
      display: growth === null ? `${pro(x.baseline)} → ${pro(x.register)}` : `${pro(x.baseline)} → ${pro(x.register)} (${growth >= 0 ? '+' : ''}${pct(growth)})`,
      pass: growth === null ? null : growth >= t.proactiveGrowth,
      perUnit: [],
    });
  } else {
    out.push(notMeasured('double-rise', zh ? '案件数、罚款额"双上升"' : 'Case count and fine total both up', zh ? '均上升' : 'both up', x.register ? needsBaseline : needsRegister));
    out.push(notMeasured('proactive-growth', zh ? '事前立案数同比增长' : 'Proactive cases, year on year', `≥ +${pct(t.proactiveGrowth)}`, x.register ? needsBaseline : needsRegister));
  }
  return out;
}

function notMeasured(id: string, name: string, target: string, note: string): TargetResult {
  return { id, name, target, value: null, display: '—', pass: null, note, perUnit: [] };
}
