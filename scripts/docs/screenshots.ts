/**
 * `npm run docs`: the screenshots in the README, made from the samples the way a user makes them — the
 * audit (with the previous round) writes the HTML report, headless Chromium (Debian's chromium, driven by
 * playwright-core) shoots its top, `notice` writes the Word notice, headless LibreOffice converts it and
 * pdftoppm renders its first page. Writes docs/html-report.png and docs/notice-page1.png.
 */
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { main } from '../../src/cli/main.js';
import { processIO } from '../../src/cli/io.js';

const repo = path.resolve(import.meta.dirname, '../..');
const docs = path.join(repo, 'docs');
const work = mkdtempSync(path.join(tmpdir(), 'caseaudit-docs-'));
const io = { ...processIO(), cwd: repo, stdout: () => undefined };

async function cli(argv: string[]): Promise<void> {
  const code = await main(argv, io);
  if (code !== 0) throw new Error(`caseaudit ${argv.join(' ')} exited ${code}`);
}

try {
  mkdirSync(docs, { recursive: true });
  const out = path.join(work, 'out');
  await cli(['audit', 'samples/archive', '--roster', 'samples/执法人员名册.xlsx', '--previous', 'samples/previous-round/report.json', '--as-of', '2026-12-02', '--out', out, '--format', 'html', '--fail-on', 'none']);

  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium', args: ['--no-sandbox'] });
  try {
    const page = await browser.newPage({ viewport: { width: 1100, height: 1500 }, deviceScaleFactor: 1 });
    await page.goto(`file://${path.join(out, 'report.html')}`);
    // from the summary through the ranking, distribution and rule × unit counts
    await page.screenshot({ path: path.join(docs, 'html-report.png'), clip: { x: 0, y: 0, width: 1100, height: 1500 } });
  } finally {
    await browser.close();
  }

  const docx = path.join(work, '评查通报.docx');
  await cli(['notice', path.join(out, 'report.json'), '--number', '射应急〔2026〕58号', '--report-back', '2026-12-31', '--out', docx]);
  execFileSync('soffice', [`-env:UserInstallation=file://${work}/lo-profile`, '--headless', '--convert-to', 'pdf', '--outdir', work, docx], { stdio: 'ignore' });
  execFileSync('pdftoppm', ['-png', '-r', '80', '-f', '1', '-l', '1', '-singlefile', path.join(work, '评查通报.pdf'), path.join(work, 'notice')]);
  copyFileSync(path.join(work, 'notice.png'), path.join(docs, 'notice-page1.png'));
  console.log('docs/html-report.png, docs/notice-page1.png written');
} finally {
  rmSync(work, { recursive: true, force: true });
}
