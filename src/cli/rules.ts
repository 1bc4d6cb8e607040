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
  const zh = opts.lang === 'zh';
  const severity = (s: string, on: boolean) => (!on ? (zh ? '停用' : 'off') : zh ? ({ error: '错误', warning: '警告', info: '提示' }[s] ?? s) : s);
  const out: string[] = [`${ruleset.meta.name} (${ruleset.meta.id} ${ruleset.meta.version})`, '', zh ? '规则：' : 'Rules:'];
  for (const r of rules) {
    const points = r.deduction ? (zh ? ` [扣${r.deduction}分 ${r.category}]` : ` [−${r.deduction} ${r.category}]`) : '';
    const veto = r.veto.length ? (zh ? ` [一票否决：${r.veto.join('；')}]` : ` [veto: ${r.veto.join('; ')}]`) : '';
    out.push(`  ${r.id.padEnd(30)} ${severity(r.severity, r.enabled).padEnd(zh ? 6 : 8)} ${r.title} — ${r.description}${points}${veto}`);
    for (const b of r.basis) out.push(`  ${''.padEnd(39)} ${zh ? '依据' : 'basis'}: ${b.text} (${b.regimes.map((g) => regimeName.get(g) ?? g).join(zh ? '、' : ', ')})`);
  }
  out.push('', zh ? '期限：' : 'Deadlines:');
  const unitZh: Record<string, string> = { calendar: '日', working: '个工作日' };
  const kindZh: Record<string, string> = { limit: '不超过', minimum: '不少于', before: '提前不少于' };
  for (const d of deadlines) {
    out.push(
      zh
        ? `  ${d.id.padEnd(30)} ${d.name}：${d.from} → ${d.to} ${kindZh[d.kind] ?? d.kind}${d.days}${unitZh[d.unit] ?? d.unit}${d.local ? '（本地默认值）' : ''}\n  ${''.padEnd(30)} ${d.basis}`
        : `  ${d.id.padEnd(30)} ${d.kind} ${d.days} ${d.unit} days, ${d.from} → ${d.to}${d.local ? ' (local default)' : ''}\n  ${''.padEnd(30)} ${d.basis}`,
    );
  }
  out.push('', zh ? '文书类型：' : 'Document types:');
  for (const d of documents) out.push(zh ? `  ${d.id.padEnd(30)} ${d.name}` : `  ${d.id.padEnd(30)} ${d.name} — ${d.en}`);
  out.push(zh ? `  ${'other'.padEnd(30)} 非案卷文书（识别为不属于案卷的文书）` : `  ${'other'.padEnd(30)} 非案卷文书 — recognised as not a case document`);
  return out.join('\n') + '\n';
}
