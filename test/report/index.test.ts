import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { Report } from '../../src/model/report.js';
import { FORMAT_NAMES, FORMATS, FormatSpecError, parseFormatSpec } from '../../src/report/index.js';
import { rules } from '../helpers/rules.js';

const report = Report.parse(JSON.parse(readFileSync(new URL('../fixtures/report/sample-report.json', import.meta.url), 'utf8')));

describe('FORMATS', () => {
  it('registers every format with its extension', () => {
    expect(Object.fromEntries(FORMAT_NAMES.map((n) => [n, FORMATS[n].extension]))).toEqual({
      json: 'json',
      markdown: 'md',
      html: 'html',
      junit: 'xml',
      sarif: 'sarif',
      xlsx: 'xlsx',
    });
  });

  it('every writer turns the sample report into non-empty output of the right kind', async () => {
    for (const name of FORMAT_NAMES) {
      const out = await FORMATS[name].write(report, { rules, lang: 'zh' });
      if (name === 'xlsx') expect(out).toBeInstanceOf(Uint8Array);
      else expect(typeof out).toBe('string');
      expect(out.length).toBeGreaterThan(500);
    }
    expect(JSON.parse(await FORMATS.sarif.write(report, { rules, lang: 'zh', baseline: true }) as string).runs[0].results.some((r: { baselineState?: string }) => r.baselineState === 'absent')).toBe(true);
  });
});

describe('parseFormatSpec', () => {
  it('parses a bare name and name=path (only the first = splits)', () => {
    expect(parseFormatSpec('sarif')).toEqual({ name: 'sarif' });
    expect(parseFormatSpec('sarif=out/x.sarif')).toEqual({ name: 'sarif', path: 'out/x.sarif' });
    expect(parseFormatSpec('html=out/a=b.html')).toEqual({ name: 'html', path: 'out/a=b.html' });
    expect(parseFormatSpec('XLSX=评分表.xlsx')).toEqual({ name: 'xlsx', path: '评分表.xlsx' });
    expect(parseFormatSpec('md')).toEqual({ name: 'markdown' });
  });

  it('rejects an unknown name, listing the known ones, and an empty path', () => {
    expect(() => parseFormatSpec('pdf=x.pdf')).toThrow(FormatSpecError);
    expect(() => parseFormatSpec('pdf=x.pdf')).toThrow('unknown report format "pdf" in --format pdf=x.pdf: choose one of json, markdown, html, junit, sarif, xlsx');
    expect(() => parseFormatSpec('')).toThrow(/unknown report format ""/);
    expect(() => parseFormatSpec('toString')).toThrow(FormatSpecError);
    expect(() => parseFormatSpec('json=')).toThrow(/path after "=" is empty/);
  });
});
