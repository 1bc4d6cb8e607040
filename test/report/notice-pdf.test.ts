/**
 * The notice as the 法制科 gets it: the real CLI writes the .docx from an audit of the samples, headless
 * LibreOffice converts it to PDF, and the text read back from the PDF is what the assertions look at.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadOutputsData } from '../../src/report/outputs-data.js';
import { run } from '../helpers/cli.js';
import { auditSamples } from '../helpers/sample-audit.js';
import { requireTools, TOOLS } from '../helpers/system-tools.js';

const ready = requireTools(TOOLS.soffice, TOOLS.pdftoppm);

/** Convert with a private LibreOffice profile (parallel runs must not share one), then read the text. */
function docxToPdfText(docx: string): { pages: string[]; pdf: string } {
  const dir = mkdtempSync(path.join(tmpdir(), 'caseaudit-lo-'));
  try {
    execFileSync('soffice', [`-env:UserInstallation=file://${dir}/profile`, '--headless', '--convert-to', 'pdf', '--outdir', dir, docx], { stdio: 'pipe', timeout: 180_000 });
    const pdf = path.join(dir, path.basename(docx).replace(/\.docx$/u, '.pdf'));
    const info = execFileSync('pdfinfo', [pdf], { encoding: 'utf8' });
    const count = Number(/Pages:\s+(\d+)/u.exec(info)![1]);
    const pages = Array.from({ length: count }, (_, i) => execFileSync('pdftotext', ['-f', String(i + 1), '-l', String(i + 1), pdf, '-'], { encoding: 'utf8' }));
    return { pages, pdf };
  } finally {
    rmSync(path.join(dir, 'profile'), { recursive: true, force: true });
  }
}

/** The text without the line breaks and spaces that layout put in. */
const flat = (s: string) => s.replace(/\s+/gu, '');

describe.skipIf(!ready)('the notice of the samples, converted by LibreOffice', () => {
  let pages: string[];
  let text: string;
  let stderr: string;
  let unitFiles: string[];
  let unitText: string;
  beforeAll(async () => {
    const { out } = await auditSamples();
    const units = path.join(out, 'units');
    const r = await run(['notice', path.join(out, 'report.json'), '--number', '射应急〔2026〕58号', '--report-back', '2026-12-31', '--out', path.join(out, '评查通报.docx'), '--per-unit', units]);
    expect(r.code).toBe(0);
    stderr = r.stderr;
    ({ pages } = docxToPdfText(path.join(out, '评查通报.docx')));
    text = flat(pages.join('\n'));
    unitFiles = readdirSync(units).sort();
    unitText = flat(docxToPdfText(path.join(units, unitFiles[0])).pages.join('\n'));
  }, 600_000);

  it('converts, with the 文号 above the title and a concise body before the annexes', () => {
    expect(text.indexOf('射应急〔2026〕58号')).toBeGreaterThanOrEqual(0);
    expect(text.indexOf('射应急〔2026〕58号')).toBeLessThan(text.indexOf('行政执法案卷评查情况的通报'));
    const signed = pages.findIndex((p) => flat(p).includes('2026年12月2日') && flat(p).includes('射阳县应急管理局'));
    expect(signed).toBeGreaterThanOrEqual(0);
    // 23 cases: the body (to the 落款) in at most 7 pages, the whole with annexes in at most 14
    expect(signed + 1).toBeLessThanOrEqual(7);
    expect(pages.length).toBeLessThanOrEqual(14);
    expect(text).toContain('附件1案卷评查结果及整改清单');
    expect(text).toContain('附件2问题示例及依据');
  });

  it('has no doubled full stops, no Chinese-numeral dates and no English words', () => {
    expect(text).not.toMatch(/。。/u);
    expect(text).not.toMatch(/[〇○][一二三四五六七八九〇○]{3}年/u);
    const allowed = new Set(loadOutputsData().notice.latinWords.map((w) => w.toLowerCase()));
    const words = (pages.join('\n').match(/[A-Za-z]{2,}/gu) ?? []).filter((w) => !allowed.has(w.toLowerCase()));
    expect(words).toEqual([]);
  });

  it('quotes a legal basis after 依据, never a rule description', () => {
    const bases = [...text.matchAll(/依据：([^。]+)/gu)].map((m) => m[1]);
    expect(bases.length).toBeGreaterThan(0);
    for (const b of bases) expect(b).toMatch(/法|办法|规范|条例|GB|标准|实务|一致/u);
    expect(text).not.toContain('问题说明：');
  });

  it('keeps tool limits and needs-review items out of 整改要求, and says so', () => {
    const rect = text.slice(text.indexOf('四、整改要求'), text.indexOf('五、下一步工作'));
    expect(rect.length).toBeGreaterThan(0);
    expect(rect).not.toContain('文件无文字层');
    expect(rect).not.toContain('待人工核查');
    expect(text).toMatch(/不作为整改要求/u);
  });

  it('takes the agency from the issuer code on the documents when --agency is not given, and says so', () => {
    expect(stderr).toContain('未指定 --agency');
    expect(stderr).toContain('射应急');
    expect(text).toContain('报送射阳县应急管理局');
  });

  it('writes one 整改通知书 per unit with something to rectify, listing its cases with their basis', () => {
    expect(unitFiles).toEqual(['整改通知书-合德镇安监所.docx', '整改通知书-执法一中队.docx', '整改通知书-执法二中队.docx']);
    expect(unitText).toContain('行政执法案卷评查整改通知书');
    expect(unitText).toContain('合德镇安监所：');
    expect(unitText).toContain('（射）应急罚〔2023〕22号');
    expect(unitText).toContain('依据');
    expect(unitText).toContain('2026年12月31日前完成整改');
    expect(unitText).not.toContain('执法二中队');
  });
});
