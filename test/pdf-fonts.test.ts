import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { globbySync } from 'globby';
import { PDFParse } from 'pdf-parse';
import { afterAll, describe, expect, it } from 'vitest';
import { pdfjsRoot, pdfOptions } from '../src/read/pdf.js';
import { requireTools, TOOLS } from './helpers/system-tools.js';

/**
 * Our pdfjs patch (patches/pdfjs-dist+5.4.296.patch, applied by patch-package when `npm ci` runs):
 * with `textOnlyFonts`, pdfjs does not parse the embedded program of a TrueType font that carries its
 * own ToUnicode map. These tests show that the patch is applied, that it is used, and that it changes
 * no text: every PDF in the repository (pdfkit's CID TrueType fonts, scans, damaged files) and PDFs
 * written by LibreOffice (simple TrueType fonts) read the same with and without it.
 */
const ROOT = path.resolve(import.meta.dirname, '..');

async function text(bytes: Uint8Array, textOnlyFonts: boolean): Promise<string> {
  const parser = new PDFParse({ ...pdfOptions(bytes), textOnlyFonts } as ConstructorParameters<typeof PDFParse>[0]);
  try {
    const result = await parser.getText({ lineEnforce: true });
    return result.pages.map((p) => p.text).join('\f');
  } catch (error) {
    return `error: ${(error as Error).message}`;
  } finally {
    await parser.destroy();
  }
}

/** What pdfjs gives for the text of every page: each item's string, position, width and line end. */
async function textItems(bytes: Uint8Array, textOnlyFonts: boolean): Promise<string> {
  const pdfjs = await import(path.join(pdfjsRoot, 'legacy/build/pdf.mjs'));
  try {
    const doc = await pdfjs.getDocument({ ...pdfOptions(bytes), textOnlyFonts }).promise;
    try {
      const pages: unknown[] = [];
      for (let n = 1; n <= doc.numPages; n++) {
        const content = await (await doc.getPage(n)).getTextContent();
        pages.push(content.items.map((i: { str?: string; transform?: number[]; width?: number; height?: number; hasEOL?: boolean }) => [i.str, i.transform, i.width, i.height, i.hasEOL]));
      }
      return JSON.stringify(pages);
    } finally {
      await doc.destroy();
    }
  } catch (error) {
    return `error: ${(error as Error).message}`;
  }
}

/** The same bytes with `/FontMatrix` set on every CIDFontType2 dict (pdfjs rebuilds the moved xref). */
function withFontMatrix(bytes: Buffer): Buffer {
  return Buffer.from(bytes.toString('latin1').replaceAll('/Subtype /CIDFontType2\n', '/Subtype /CIDFontType2\n/FontMatrix [0.0005 0 0 0.0005 0 0]\n'), 'latin1');
}

/** Whether pdfjs parsed each font program on page 1 (the fonts a rendering would get). */
async function fontsParsed(bytes: Uint8Array, textOnlyFonts: boolean): Promise<boolean[]> {
  const pdfjs = await import(path.join(pdfjsRoot, 'legacy/build/pdf.mjs'));
  const doc = await pdfjs.getDocument({ ...pdfOptions(bytes), textOnlyFonts }).promise;
  try {
    const page = await doc.getPage(1);
    await page.getOperatorList();
    return [...page.commonObjs].flatMap(([, d]: [string, unknown]) => (d && typeof d === 'object' && 'missingFile' in d ? [!d.missingFile] : []));
  } finally {
    await doc.destroy();
  }
}

describe('pdfjs font patch', () => {
  const sample = path.join(ROOT, 'samples/archive/（射）应急罚〔2025〕23号 海丰食品 听证/19 行政处罚决定书.pdf');

  it('is applied and used: with textOnlyFonts the embedded fonts of a sample are not parsed', async () => {
    const bytes = readFileSync(sample);
    const stock = await fontsParsed(bytes, false);
    expect(stock.length).toBeGreaterThan(0);
    expect(stock.every(Boolean)).toBe(true);
    expect((await fontsParsed(bytes, true)).some(Boolean)).toBe(false);
    expect(pdfOptions(bytes).textOnlyFonts).toBe(true);
  });

  it('changes no text of any PDF in the repository: not the text read, nor any item\'s position or width', async () => {
    const files = globbySync(['samples/**/*.pdf', 'test/**/*.pdf'], { cwd: ROOT, absolute: true });
    expect(files.length).toBeGreaterThan(500);
    const differ: string[] = [];
    for (const file of files) {
      const bytes = readFileSync(file);
      if ((await text(bytes, true)) !== (await text(bytes, false))) differ.push(`text ${path.relative(ROOT, file)}`);
      if ((await textItems(bytes, true)) !== (await textItems(bytes, false))) differ.push(`items ${path.relative(ROOT, file)}`);
    }
    expect(differ).toEqual([]);
  }, 240_000);

  it('scales widths as pdfjs does for a font with its own /FontMatrix', async () => {
    const bytes = withFontMatrix(readFileSync(sample));
    expect(bytes.toString('latin1')).toContain('/FontMatrix [0.0005');
    expect((await fontsParsed(bytes, true)).some(Boolean)).toBe(false);
    expect(await textItems(bytes, true)).toBe(await textItems(bytes, false));
  });

  describe.runIf(requireTools(TOOLS.soffice))('PDFs written by LibreOffice', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'caseaudit-fonts-'));
    afterAll(() => rmSync(dir, { recursive: true, force: true }));

    it('read the same with and without the patch, and their text fonts are not parsed', async () => {
      const docs = globbySync(['samples/archive/**/*.docx', 'test/independent*/archive/**/*.docx', '!**/~$*'], { cwd: ROOT, absolute: true }).slice(0, 4);
      expect(docs.length).toBe(4);
      docs.forEach((d, i) => copyFileSync(d, path.join(dir, `${i}.docx`)));
      execFileSync('soffice', ['--headless', `-env:UserInstallation=file://${dir}/profile`, '--convert-to', 'pdf', '--outdir', dir, ...docs.map((_, i) => path.join(dir, `${i}.docx`))], { stdio: 'ignore', timeout: 120_000 });
      for (let i = 0; i < docs.length; i++) {
        const bytes = readFileSync(path.join(dir, `${i}.pdf`));
        const on = await text(bytes, true);
        expect(on).toMatch(/[\u4e00-\u9fff]{4}/);
        expect(on).toBe(await text(bytes, false));
        expect(await textItems(bytes, true)).toBe(await textItems(bytes, false));
        // LibreOffice also embeds fonts without a ToUnicode map (bullets, symbols): those stay parsed
        const stock = await fontsParsed(bytes, false);
        const patched = await fontsParsed(bytes, true);
        expect(patched.filter(Boolean).length).toBeLessThan(stock.filter(Boolean).length);
      }
    }, 180_000);
  });
});
