/**
 * The sample archive's previous review round: the real audit engine run over the cases filed before
 * 2024, as of 2024-06-30, written to samples/previous-round/report.json. `npm start` compares with it,
 * so recurring defects (the same file still wrong; the same rule again in the same unit) show out of the
 * box. Regenerate after changing the samples or the checks: `npx tsx scripts/samples/previous-round.ts`.
 */
import { mkdir, readdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { runAudit } from '../../src/engine/run.js';
import { writeJson } from '../../src/report/json.js';
import { loadRuleset } from '../../src/ruleset/load.js';

const ARCHIVE = path.resolve('samples/archive');
const YEAR = /〔(\d{4})〕|^(\d{4})[- ]/;

const folders = (await readdir(ARCHIVE, { withFileTypes: true }))
  .filter((d) => d.isDirectory())
  .map((d) => d.name)
  .filter((name) => {
    const m = YEAR.exec(name);
    return m !== null && Number(m[1] ?? m[2]) < 2024;
  })
  .sort();

const report = await runAudit({
  inputs: folders.map((f) => path.join(ARCHIVE, f)),
  roster: path.resolve('samples/执法人员名册.xlsx'),
  ruleset: await loadRuleset(),
  asOf: '2024-06-30',
  lang: 'zh',
  roundId: '2024年上半年评查',
  now: () => new Date('2024-06-30T08:00:00Z'),
});
report.round.inputs = folders.map((f, i) => ({ path: `samples/archive/${f}`, sha256: report.round.inputs[i]?.sha256 }));
await mkdir('samples/previous-round', { recursive: true });
await writeFile('samples/previous-round/report.json', writeJson(report));
console.log(`previous round: ${report.cases.length} cases, ${report.summary.findings} findings → samples/previous-round/report.json`);
