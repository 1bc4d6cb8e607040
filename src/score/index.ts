import type { CaseResult, Finding } from '../model/report.js';
import type { Rubric } from '../ruleset/schema.js';

export interface CaseScore {
  score: number;
  grade: string;
  gradeName: string;
  veto: boolean;
  vetoReasons: string[];
  categories: CaseResult['categories'];
}

/** The rubric's veto item (一票否决) a finding falls under, if any. */
export function vetoRule(f: Finding, rubric: Rubric): Rubric['veto'][number] | undefined {
  if (f.status === 'resolved') return undefined;
  return rubric.veto.find((v) => v.rule === f.rule && (!v.documents || (v.documents as string[]).includes(String(f.data.document))) && (!v.vetoData || f.data.veto === true));
}

/**
 * Findings → deductions per category, capped at the category's points ("扣完为止，不计负分"), veto
 * items, grade. Each finding's `deduction` is what it actually cost after the cap, so the deductions of
 * a case always add up to 100 − score. Waived findings cost nothing (a veto cannot be waived).
 */
export function scoreCase(findings: Finding[], rubric: Rubric, lang: 'zh' | 'en', repeat?: (f: Finding) => boolean): CaseScore {
  const total = rubric.categories.reduce((s, c) => s + c.points, 0);
  const left = new Map(rubric.categories.map((c) => [c.id, c.points]));
  const uncapped = new Map(rubric.categories.map((c) => [c.id, 0]));
  const vetoReasons: string[] = [];
  for (const f of findings) {
    const rule = rubric.deductions.find((d) => d.rule === f.rule);
    const veto = vetoRule(f, rubric);
    if (veto) {
      f.veto = true;
      if (!vetoReasons.includes(veto.reason)) vetoReasons.push(veto.reason);
    }
    if (!rule || f.waived || f.status === 'resolved') {
      f.category = rule?.category ?? '';
      f.deduction = 0;
      continue;
    }
    const base = rule.documents?.[String(f.data.document)] ?? rule.points;
    const points = repeat?.(f) ? base * rubric.repeatMultiplier : base;
    const available = left.get(rule.category) ?? 0;
    const taken = Math.min(points, available);
    left.set(rule.category, available - taken);
    uncapped.set(rule.category, (uncapped.get(rule.category) ?? 0) + points);
    f.category = rule.category;
    f.deduction = taken;
  }
  const categories = rubric.categories.map((c) => ({
    category: c.id,
    name: c.name,
    en: c.en,
    points: c.points,
    deducted: c.points - (left.get(c.id) ?? 0),
    uncapped: uncapped.get(c.id) ?? 0,
  }));
  const deducted = categories.reduce((s, c) => s + c.deducted, 0);
  const score = Math.round(((total - deducted) / total) * 100 * 10) / 10;
  const veto = vetoReasons.length > 0;
  const band = veto ? rubric.grades.find((g) => g.id === rubric.vetoGrade)! : rubric.grades.find((g) => score >= g.min) ?? rubric.grades[rubric.grades.length - 1];
  return { score, grade: band.id, gradeName: lang === 'zh' ? band.name : band.en, veto, vetoReasons, categories };
}
