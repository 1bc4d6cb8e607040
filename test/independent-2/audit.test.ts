import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runAudit } from '../../src/engine/run.js';
import type { Finding, Report } from '../../src/model/report.js';
import { loadRuleset } from '../../src/ruleset/load.js';
import { rules } from '../helpers/rules.js';

/**
 * The audit on the hold-out archive (test/independent-2/, written without sight of the recognizer):
 * every planted defect is found, nothing else is reported, and no clean case is vetoed. A false veto on a
 * sound case is the worst thing this tool can do; what it could not read is a needs-review item instead.
 */
const ROOT = path.resolve('test/independent-2');
interface TruthCase {
  folder: string;
  clean: boolean;
  defects: { rule: string; key: string }[];
}
const truth = JSON.parse(await readFile(path.join(ROOT, 'truth.json'), 'utf8')) as { cases: TruthCase[] };

let report: Report;
async function audit(): Promise<Report> {
  report ??= await runAudit({ inputs: [path.join(ROOT, 'archive')], ruleset: await loadRuleset(), asOf: '2026-11-29', lang: 'zh', now: () => new Date('2026-11-29T00:00:00Z') });
  return report;
}
const keyOf = (f: Finding) => String(f.data[rules.get(f.rule)?.key ?? ''] ?? '');
const strip = (key: string) => key.replace(/^archive\//, '');
const resultOf = (r: Report, c: TruthCase) => r.cases.find((x) => x.folder === strip(c.folder))!;

describe('audit of the hold-out archive', () => {
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
