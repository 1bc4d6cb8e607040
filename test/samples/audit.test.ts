import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { rules } from '../helpers/rules.js';
import { runAudit } from '../../src/engine/run.js';
import type { Finding, Report } from '../../src/model/report.js';
import { loadRuleset } from '../../src/ruleset/load.js';

/**
 * The audit on the bundled archive: every defect the generator planted (samples/manifest.json, listed in
 * samples/README.md) is found, and the clean cases have no finding at all.
 */
const SAMPLES = path.resolve('samples');
interface ManifestCase {
  folder: string;
  clean: boolean;
  defects: { rule: string; key: string; note: string }[];
}
const manifest = JSON.parse(await readFile(path.join(SAMPLES, 'manifest.json'), 'utf8')) as {
  cases: ManifestCase[];
  register: { plantedMismatches: { rule: string; key: string }[] };
};

let report: Report;
async function audit(): Promise<Report> {
  // The register is found inside the archive; the roster is given as with --roster.
  report ??= await runAudit({
    inputs: [path.join(SAMPLES, 'archive')],
    roster: path.join(SAMPLES, '执法人员名册.xlsx'),
    ruleset: await loadRuleset(),
    asOf: '2026-11-29',
    lang: 'zh',
    now: () => new Date('2026-11-29T00:00:00Z'),
  });
  return report;
}

const keyOf = (f: Finding) => String(f.data[rules.get(f.rule)?.key ?? ''] ?? '');
/** Manifest keys of file rules are paths under samples/; the report's are under the audited folder. */
const stripArchive = (key: string) => key.replace(/^archive\//, '');

describe('audit of samples/archive', () => {
  it('finds every planted defect', async () => {
    const r = await audit();
    const missing: string[] = [];
    for (const c of manifest.cases) {
      const result = r.cases.find((x) => x.folder === stripArchive(c.folder));
      expect(result, c.folder).toBeDefined();
      for (const d of c.defects) {
        const hit = result!.findings.some((f) => f.rule === d.rule && stripArchive(keyOf(f)) === stripArchive(d.key));
        if (!hit) missing.push(`${c.folder}: ${d.rule} / ${d.key}`);
      }
    }
    // register rows without a folder are findings of the archive, not of a case
    for (const d of manifest.register.plantedMismatches.filter((x) => x.rule === 'register-case-missing')) {
      if (!r.findings.some((f) => f.rule === d.rule && keyOf(f) === d.key)) missing.push(`register: ${d.rule} / ${d.key}`);
    }
    expect(missing).toEqual([]);
  });

  it('has no finding on a clean case', async () => {
    const r = await audit();
    for (const c of manifest.cases.filter((x) => x.clean)) {
      const result = r.cases.find((x) => x.folder === stripArchive(c.folder))!;
      expect(result.findings.map((f) => f.message), c.folder).toEqual([]);
      expect(result.score).toBe(100);
    }
  });

  it('reports no finding beyond the planted ones (false findings are listed here if any)', async () => {
    const r = await audit();
    const extra: string[] = [];
    for (const c of manifest.cases) {
      const result = r.cases.find((x) => x.folder === stripArchive(c.folder))!;
      const planted = new Set(c.defects.map((d) => `${d.rule}/${stripArchive(d.key)}`));
      for (const f of result.findings) {
        // A missing extension approval comes with the missed 30-day limit it would have extended.
        if (!planted.has(`${f.rule}/${stripArchive(keyOf(f))}`)) extra.push(`${c.folder}: ${f.rule}/${keyOf(f)} — ${f.message}`);
      }
    }
    expect(extra).toEqual([]);
    expect(r.findings.map((f) => `${f.rule}/${keyOf(f)}`)).toEqual(manifest.register.plantedMismatches.filter((x) => x.rule === 'register-case-missing').map((x) => `${x.rule}/${x.key}`));
  });

  it('accounts for every file exactly once', async () => {
    const r = await audit();
    const files = r.files.map((f) => f.file);
    expect(new Set(files).size).toBe(files.length);
    const skipped = r.files.filter((f) => f.disposition === 'skipped').map((f) => path.posix.basename(f.file));
    expect(skipped).toEqual(expect.arrayContaining(['~$询问笔录.docx', 'Thumbs.db', '.DS_Store', '行政处罚决定书(1).pdf']));
    expect(r.files.find((f) => f.file.endsWith('案件台账.xlsx'))?.disposition).toBe('register');
  });
});
