import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runAudit } from '../../src/engine/run.js';
import type { Finding, Report } from '../../src/model/report.js';
import { loadRuleset } from '../../src/ruleset/load.js';
import { rules } from './rules.js';

interface TruthCase {
  folder: string;
  clean: boolean;
  defects: { rule: string; key: string }[];
}
const keyOf = (f: Finding) => String(f.data[rules.get(f.rule)?.key ?? ''] ?? '');
const strip = (key: string) => key.replace(/^archive\//, '');

/**
 * The audit of a generated archive against its truth file (`<root>/truth.json`, cases with planted
 * defects): every planted defect found, nothing else reported, no clean case vetoed, and a veto only on a
 * planted defect.
 */
export function describeTruthAudit(title: string, root: string): void {
  const ROOT = path.resolve(root);
  let report: Report;
  let truth: { cases: TruthCase[] };
  async function audit(): Promise<Report> {
    truth ??= JSON.parse(await readFile(path.join(ROOT, 'truth.json'), 'utf8')) as { cases: TruthCase[] };
    report ??= await runAudit({ inputs: [path.join(ROOT, 'archive')], ruleset: await loadRuleset(), asOf: '2026-11-29', lang: 'zh', now: () => new Date('2026-11-29T00:00:00Z') });
    return report;
  }
  const resultOf = (r: Report, c: TruthCase) => r.cases.find((x) => x.folder === strip(c.folder))!;

  describe(title, () => {
    it('finds every planted defect', async () => {
      const r = await audit();
      const missing = truth.cases.flatMap((c) => c.defects.filter((d) => !resultOf(r, c).findings.some((f) => f.rule === d.rule && strip(keyOf(f)) === strip(d.key))).map((d) => `${c.folder}: ${d.rule}/${d.key}`));
      expect(missing).toEqual([]);
    });

    it('reports nothing the generator did not plant, and vetoes no clean case', async () => {
      const r = await audit();
      const extra: string[] = [];
      for (const c of truth.cases) {
        const result = resultOf(r, c);
        const planted = new Set(c.defects.map((d) => `${d.rule}/${strip(d.key)}`));
        for (const f of result.findings) if (!planted.has(`${f.rule}/${strip(keyOf(f))}`)) extra.push(`${c.folder}: ${f.rule}/${keyOf(f)} — ${f.message}`);
        if (c.clean) {
          expect(result.veto, c.folder).toBe(false);
          expect(result.score, c.folder).toBe(100);
        }
      }
      expect(extra).toEqual([]);
    });

    it('a veto rests on a planted defect only', async () => {
      const r = await audit();
      for (const c of truth.cases) {
        const vetoes = resultOf(r, c).findings.filter((f) => f.veto).map((f) => `${f.rule}/${strip(keyOf(f))}`);
        expect(vetoes.filter((v) => !c.defects.some((d) => `${d.rule}/${strip(d.key)}` === v)), c.folder).toEqual([]);
      }
    });
  });
}
