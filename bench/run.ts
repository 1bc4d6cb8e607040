/**
 * `npm run bench`: how fast caseaudit reads and audits, as ratios against baselines measured in the same
 * run on the same machine (absolute times vary by machine; ratios mostly do not):
 *  - files: read and sha256 every sample file (the floor any audit pays)
 *  - text: extract text from every sample document (pdfjs, mammoth)
 *  - audit: the whole audit of samples/archive (scan, read, recognise, check, score), in one thread,
 *    in two reader threads, and again with the text cache warm
 *  - register: read a generated 20,000-row register (baseline: SheetJS parsing the same file alone)
 * Each is the median of several runs after a warm-up.
 */
import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cp, mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import * as XLSX from 'xlsx';
// The audit runs from the build (dist/), where reader threads are available (npm run bench builds first).
// @ts-expect-error: dist/ has no type declarations; the sources' types are the same
import { runAudit } from '../dist/engine/run.js';
// @ts-expect-error: as above
import { diskCache } from '../dist/read/cache.js';
import { readDocumentBytes } from '../src/read/index.js';
import { readRegister } from '../src/read/register.js';
import { loadRuleset } from '../src/ruleset/load.js';
import { scan } from '../src/scan/index.js';

const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const ARCHIVE = path.resolve('samples/archive');

async function median(fn: () => Promise<unknown>): Promise<number> {
  await fn();
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const t = performance.now();
    await fn();
    times.push(performance.now() - t);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)];
}

function registerRows(n: number): Buffer {
  const units = ['执法一中队', '执法二中队', '合德镇安监所', '海河镇安监所'];
  const rows: (string | number)[][] = [['射阳县应急管理局行政处罚案件台账'], ['序号', '案号', '案由', '当事人', '统一社会信用代码', '办案单位', '程序类型', '案件来源', '立案日期', '处罚决定日期', '罚款金额（元）', '结案日期', '复议诉讼情况']];
  for (let i = 1; i <= n; i++) {
    const y = 2020 + (i % 6);
    rows.push([i, `（射）应急罚〔${y}〕${i}号`, '未按规定开展安全生产教育和培训', `射阳县测试${i}有限公司`, '91320924MA1Q7JLC41', units[i % units.length], i % 7 ? '一般程序' : '简易程序', '日常检查', 45000 + (i % 2000), `${y}.03.${String((i % 28) + 1).padStart(2, '0')}`, 1000 * (i % 50), 45100 + (i % 2000), '无']);
  }
  const wb = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(wb, XLSX.utils.aoa_to_sheet(rows), '台账');
  return XLSX.write(wb, { type: 'buffer', bookType: 'xlsx', compression: true }) as Buffer;
}

const ruleset = await loadRuleset();
const scanned = await scan([ARCHIVE]);
const documents = scanned.cases.flatMap((c) => c.files);
const all = [...documents, ...scanned.registers, ...scanned.skipped.map((s) => s.file)].filter((f): f is (typeof documents)[number] => 'read' in f);
const bytes = await Promise.all(documents.map(async (f) => ({ name: f.path, data: await f.read() })));

const files = await median(async () => {
  for (const f of all) createHash('sha256').update(await f.read()).digest('hex');
});
const text = await median(async () => {
  for (const b of bytes) await readDocumentBytes(b.data, b.name);
});
const audit1 = await median(() => runAudit({ inputs: [ARCHIVE], ruleset, asOf: '2026-11-29', lang: 'zh', jobs: 1 }));
const audit2 = await median(() => runAudit({ inputs: [ARCHIVE], ruleset, asOf: '2026-11-29', lang: 'zh', jobs: 2 }));
// Five copies of the archive: where reader threads start to pay for themselves.
const big = await mkdtemp(path.join(tmpdir(), 'caseaudit-bench-x5-'));
for (let i = 1; i <= 5; i++) await cp(ARCHIVE, path.join(big, `copy${i}`), { recursive: true });
// Measured as CI runs it: a fresh process each time (threads and main thread both start cold).
const cli = (jobs: number) => () =>
  new Promise<void>((resolve, reject) =>
    execFile(process.execPath, ['bin/caseaudit.js', 'audit', big, '--out', path.join(big, '..', `bench-out-${jobs}`), '--no-cache', '--fail-on', 'none', '--jobs', String(jobs)], (error) => (error ? reject(error) : resolve())),
  );
const big1 = await median(cli(1));
const big2 = await median(cli(2));
const cacheDir = await mkdtemp(path.join(tmpdir(), 'caseaudit-bench-cache-'));
const cached = await median(() => runAudit({ inputs: [ARCHIVE], ruleset, asOf: '2026-11-29', lang: 'zh', jobs: 2, cache: diskCache(cacheDir) }));
const register = registerRows(20_000);
const sheetjs = await median(async () => XLSX.read(register, { type: 'buffer', dense: true }));
const ours = await median(() => readRegister(register, '台账.xlsx', ruleset.register));

const pages = bytes.length;
const row = (name: string, ms: number, base: number, baseName: string) => `| ${name} | ${ms.toFixed(1)} | ${(ms / base).toFixed(2)}× ${baseName} |`;
console.log(`caseaudit bench: ${scanned.cases.length} cases, ${pages} document files (${all.length} files), median of ${RUNS} runs, Node ${process.version}\n`);
console.log('| measure | ms | ratio |');
console.log('|---|---|---|');
console.log(row('files: read + sha256 every file (baseline)', files, files, 'files'));
console.log(row('text: extract text of every document', text, files, 'files'));
console.log(row('audit samples/archive, --jobs 1', audit1, files, 'files'));
console.log(row('audit samples/archive, --jobs 2 (reader threads)', audit2, audit1, 'jobs 1'));
console.log(row('audit samples/archive, --jobs 2, text cache warm', cached, audit2, 'jobs 2'));
console.log(row('CLI process, 5 × samples/archive, --jobs 1', big1, audit1, 'audit 1× jobs 1'));
console.log(row('CLI process, 5 × samples/archive, --jobs 2 (reader threads)', big2, big1, 'CLI jobs 1'));
console.log(row('SheetJS parse of a 20,000-row register (baseline)', sheetjs, sheetjs, 'SheetJS'));
console.log(row('readRegister, 20,000 rows', ours, sheetjs, 'SheetJS'));
console.log(`\nregister reading is ${((ours / audit1) * 100).toFixed(0)}% of the sample audit's time; text extraction is ${((text / audit1) * 100).toFixed(0)}% of it.`);
