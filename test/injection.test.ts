import { mkdir, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Report } from '../src/model/report.js';
import { zipEntries } from './helpers/bombs.js';
import { run } from './helpers/cli.js';
import { CLEAN_CASE } from './helpers/txt-archive.js';

/**
 * Issue 11 (4, 5): names and text from the input are neutralised for every sink: no workflow command,
 * no terminal escape, no hidden bidi override, no character XML forbids.
 */
const RLO = '\u202E';
const XML_FORBIDDEN = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/u;

async function hostileArchive(): Promise<string> {
  const root = await mkdtemp(path.join(tmpdir(), 'caseaudit-inject-'));
  const folder = path.join(root, 'case\n::error file=x::pwned\n::add-mask::secret\n::stop-commands::tok');
  await mkdir(folder);
  for (const [name, text] of Object.entries(CLEAN_CASE)) await writeFile(path.join(folder, name), text);
  // a file that cannot be read (empty) so its name is printed in findings, with ESC, BEL and RLO in it
  await writeFile(path.join(folder, `\u001b[2J\u0007bad${RLO}fdp.exe.pdf`), '');
  return root;
}

describe('input strings are neutralised for each sink', () => {
  it('terminal and GitHub annotations: no workflow command, no control character', async () => {
    const root = await hostileArchive();
    const out = await mkdtemp(path.join(tmpdir(), 'caseaudit-inject-out-'));
    const r = await run(['audit', root, '--out', out, '--fail-on', 'none', '--lang', 'en'], { env: { GITHUB_ACTIONS: 'true' } });
    expect(r.code).toBe(0);
    for (const line of r.stdout.split('\n')) {
      // The runner trims a line before looking for `::`; only caseaudit's own annotations may start so.
      if (line.trim().startsWith('::')) expect(line.trim()).toMatch(/^::(error|warning|notice) (file=[^:]*,)?title=caseaudit[ a-z-]*::/);
      expect(line).not.toMatch(/^\s*::(add-mask|stop-commands|error file=x)/);
    }
    expect(r.stdout).not.toMatch(/[\u0000-\u0009\u000B-\u001F\u007F-\u009F\u202E]/);
    expect(r.stdout).toContain('<U+001B>');
    expect(r.stdout).toContain('<U+202E>');
    // report.json keeps the names as they are: it is data, not display
    const report = JSON.parse(await readFile(path.join(out, 'report.json'), 'utf8')) as Report;
    expect(report.files.some((f) => f.file.includes(RLO) && f.file.includes('\u0007'))).toBe(true);
  });

  it('Markdown and HTML show bidi overrides escaped; JUnit and XLSX hold no character XML forbids', async () => {
    const root = await hostileArchive();
    const out = await mkdtemp(path.join(tmpdir(), 'caseaudit-inject-out-'));
    const formats = ['markdown', 'html', 'junit', 'xlsx'].flatMap((f) => ['--format', f]);
    const r = await run(['audit', root, '--out', out, '--fail-on', 'none', ...formats]);
    expect(r.code).toBe(0);
    const md = await readFile(path.join(out, 'report.md'), 'utf8');
    const html = await readFile(path.join(out, 'report.html'), 'utf8');
    const junit = await readFile(path.join(out, 'report.xml'), 'utf8');
    for (const text of [md, html, junit]) {
      expect(text).not.toContain(RLO);
      expect(text).not.toMatch(/[\u0007\u001b]/);
    }
    expect(md).toContain('<U+202E>');
    expect(html).toContain('&lt;U+202E&gt;');
    expect(junit).not.toMatch(XML_FORBIDDEN);
    for (const part of await zipEntries(await readFile(path.join(out, 'report.xlsx')))) {
      const xml = part.data!.toString('utf8');
      expect(xml, part.name as string).not.toMatch(XML_FORBIDDEN);
      expect(xml).not.toContain(RLO);
    }
  });

  it('the Word notice is valid when the extracted text holds a control character (执法\\x07一中队)', async () => {
    const root = await mkdtemp(path.join(tmpdir(), 'caseaudit-inject-'));
    await mkdir(path.join(root, 'case'));
    for (const [name, text] of Object.entries(CLEAN_CASE)) await writeFile(path.join(root, 'case', name), text);
    const out = path.join(root, '..', `${path.basename(root)}-out`);
    expect((await run(['audit', root, '--out', out, '--fail-on', 'none'])).code).toBe(0);
    const report = JSON.parse(await readFile(path.join(out, 'report.json'), 'utf8')) as Report;
    report.cases[0].unit = '执法\u0007一中队';
    for (const f of report.cases[0].findings) f.message = `执法\u0007一中队：${f.message}`;
    await writeFile(path.join(out, 'report.json'), JSON.stringify(report));
    const docx = path.join(out, '通报.docx');
    const r = await run(['notice', path.join(out, 'report.json'), '--agency', '射阳县应急管理局', '--out', docx]);
    expect(r.code).toBe(0);
    const xml = (await zipEntries(await readFile(docx))).find((e) => e.name === 'word/document.xml')!.data!.toString('utf8');
    expect(xml).not.toMatch(XML_FORBIDDEN);
    expect(xml).toContain('执法一中队');
  });
});
