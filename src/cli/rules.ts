import type { Ruleset } from '../ruleset/load.js';

/** Every rule and document type with its description and legal basis: `caseaudit rules [--json]`. */
export function runRulesCommand(ruleset: Ruleset, opts: { json?: boolean; lang: 'zh' | 'en' }): string {
  const deduction = new Map(ruleset.rubric.deductions.map((d) => [d.rule, d]));
  const regimeName = new Map(ruleset.regimes.map((g) => [g.id, g.name]));
  const allRegimes = ruleset.regimes.map((g) => g.id);
  const rules = ruleset.rules.list.map((r) => ({
    id: r.id,
    family: r.family,
    severity: r.severity,
    enabled: r.enabled,
    key: r.key,
    title: r.title[opts.lang],
    description: r.description[opts.lang],
    deduction: deduction.get(r.id)?.points ?? 0,
    category: deduction.get(r.id)?.category ?? '',
    veto: ruleset.rubric.veto.filter((v) => v.rule === r.id).map((v) => v.reason),
    regimes: r.regimes ?? allRegimes,
    basis: r.basis.map((b) => ({ text: b.text, regimes: b.regimes ?? r.regimes ?? allRegimes })),
  }));
  const documents = ruleset.documents.map((d) => ({ id: d.id, name: d.name, en: d.en, titles: d.titles }));
  const deadlines = ruleset.deadlines.map((d) => ({ id: d.id, name: d.name, from: d.from, to: d.to, days: d.days, unit: d.unit, kind: d.kind, basis: d.basis, local: d.local ?? false }));
  if (opts.json) return JSON.stringify({ ruleset: ruleset.meta, rules, documents, deadlines }, null, 2) + '\n';
  const out: string[] = [`${ruleset.meta.name} (${ruleset.meta.id} ${ruleset.meta.version})`, '', 'Rules:'];
  for (const r of rules) {
    out.push(`  ${r.id.padEnd(30)} ${r.enabled ? r.severity.padEnd(8) : 'off'.padEnd(8)} ${r.title} — ${r.description}${r.deduction ? ` [−${r.deduction} ${r.category}]` : ''}${r.veto.length ? ` [veto: ${r.veto.join('; ')}]` : ''}`);
    for (const b of r.basis) out.push(`  ${''.padEnd(39)} ${opts.lang === 'zh' ? '依据' : 'basis'}: ${b.text} (${b.regimes.map((g) => regimeName.get(g) ?? g).join(', ')})`);
  }
  out.push('', 'Deadlines:');
  for (const d of deadlines) out.push(`  ${d.id.padEnd(30)} ${d.kind} ${d.days} ${d.unit} days, ${d.from} → ${d.to}${d.local ? ' (local default)' : ''}\n  ${''.padEnd(30)} ${d.basis}`);
  out.push('', 'Document types:');
  for (const d of documents) out.push(`  ${d.id.padEnd(30)} ${d.name} — ${d.en}`);
  out.push(`  ${'other'.padEnd(30)} 非案卷文书 — recognised as not a case document`);
  return out.join('\n') + '\n';
}
