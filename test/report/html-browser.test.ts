/**
 * The HTML report as a supervisor opens it: the real CLI writes it from an audit of the samples (with the
 * previous round), and headless Chromium (Debian's, driven by playwright-core; nothing downloaded) loads it.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditSamples } from '../helpers/sample-audit.js';
import { requireTools, TOOLS } from '../helpers/system-tools.js';

const ready = requireTools(TOOLS.chromium);

describe.skipIf(!ready)('the HTML report of the samples in Chromium', () => {
  let browser: Browser;
  let page: Page;
  let file: string;
  const errors: string[] = [];
  const requests: string[] = [];
  beforeAll(async () => {
    // OCR off: the samples' scan then stays a needs-review item, so that list has a row to show
    const { out } = await auditSamples(['html'], ['--ocr', 'off']);
    file = path.join(out, 'report.html');
    browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
    page = await browser.newPage({ viewport: { width: 1100, height: 900 } });
    page.on('console', (m) => void (m.type() === 'error' && errors.push(m.text())));
    page.on('pageerror', (e) => void errors.push(String(e)));
    page.on('request', (r) => void (r.url().startsWith('file:') || requests.push(r.url())));
    await page.goto(`file://${file}`);
  }, 300_000);
  afterAll(async () => browser?.close());

  it('loads with no script error and no network request', () => {
    expect(errors).toEqual([]);
    expect(requests).toEqual([]);
    expect(readFileSync(file, 'utf8')).not.toMatch(/<script[^>]+src=|<link[^>]+href=|@import/iu);
  });

  it('has the summary, unit ranking, distribution, rule × unit, trend, focus and needs-review sections', async () => {
    for (const id of ['ranking', 'distribution', 'rule-unit', 'trend', 'focus', 'needs-review']) expect(await page.locator(`section#${id}`).count()).toBe(1);
    const units = await page.locator('table.ranking tbody tr td:nth-child(2)').allTextContents();
    expect(units).toEqual(['执法一中队', '合德镇安监所', '执法二中队']);
    expect(await page.locator('table.matrix tbody tr').count()).toBeGreaterThan(5);
    expect(await page.locator('section#focus tbody tr').count()).toBeGreaterThan(0);
    expect(await page.locator('section#needs-review tbody tr').count()).toBeGreaterThan(0);
    expect(await page.locator('section#trend').textContent()).toContain('再次出现');
  });

  it('draws the charts: every SVG has visible bars', async () => {
    const charts = await page.locator('svg.chart').evaluateAll((svgs) =>
      svgs.map((s) => ({ bars: [...s.querySelectorAll('rect')].filter((r) => r.getBoundingClientRect().height > 0 && r.getBoundingClientRect().width > 0).length, w: s.getBoundingClientRect().width })),
    );
    expect(charts.length).toBeGreaterThanOrEqual(4);
    for (const c of charts) {
      expect(c.w).toBeGreaterThan(100);
      expect(c.bars).toBeGreaterThan(0);
    }
  });

  it('links each finding to its file and page', async () => {
    const hrefs = await page.locator('section.case table.findings a.file').evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''));
    expect(hrefs.length).toBeGreaterThan(10);
    expect(hrefs.some((h) => /\.pdf#page=\d+$/u.test(h))).toBe(true);
    const target = decodeURIComponent(hrefs.find((h) => h.includes('#page='))!.split('#')[0]);
    expect(() => readFileSync(path.resolve(path.dirname(file), target))).not.toThrow();
  });

  it('filters by unit, rule and severity', async () => {
    const total = await page.locator('section.case').count();
    await page.selectOption('#filter-unit', '执法二中队');
    const shownUnit = await page.locator('section.case:not([hidden])').count();
    expect(shownUnit).toBe(7);
    expect(await page.locator('#filter-count').textContent()).toBe('7');
    await page.selectOption('#filter-unit', '');
    await page.selectOption('#filter-rule', 'document-missing');
    expect(await page.locator('section.case:not([hidden])').count()).toBe(4);
    await page.selectOption('#filter-rule', '');
    await page.selectOption('#filter-severity', 'warning');
    const warned = await page.locator('section.case:not([hidden])').count();
    expect(warned).toBeGreaterThan(0);
    expect(warned).toBeLessThan(total);
    expect(await page.locator('section.case:not([hidden]) table.findings tbody tr:not([hidden])[data-severity="error"]').count()).toBe(0);
    await page.selectOption('#filter-severity', '');
    expect(await page.locator('section.case:not([hidden])').count()).toBe(total);
  });

  it('prints on A4 with nothing overflowing and badges on one line', async () => {
    await page.emulateMedia({ media: 'print' });
    await page.setViewportSize({ width: 794, height: 1123 }); // A4 at 96 dpi
    const overflow = await page.evaluate(() =>
      [document.body, ...document.querySelectorAll('section, table, figure, svg')]
        .filter((e) => (e as HTMLElement).scrollWidth > (e.parentElement ?? e).clientWidth + 1 || e.getBoundingClientRect().right > document.documentElement.clientWidth + 1)
        .map((e) => `${e.tagName}.${(e as HTMLElement).className}#${e.id}`),
    );
    expect(overflow).toEqual([]);
    const tallBadges = await page.locator('.grade, .sev').evaluateAll((els) => els.filter((e) => e.getBoundingClientRect().height > 2.2 * parseFloat(getComputedStyle(e).fontSize)).length);
    expect(tallBadges).toBe(0);
    const pdf = await page.pdf({ format: 'A4' });
    expect(pdf.subarray(0, 4).toString()).toBe('%PDF');
  });

  it('takes a screenshot that is not blank', async () => {
    await page.emulateMedia({ media: 'screen' });
    await page.setViewportSize({ width: 1100, height: 900 });
    const png = await page.screenshot({ fullPage: false });
    // a blank page compresses to almost nothing; charts and tables do not
    expect(png.length).toBeGreaterThan(30_000);
    const colours = await page.evaluate(() => new Set([...document.querySelectorAll('svg.chart rect')].map((r) => getComputedStyle(r).fill)).size);
    expect(colours).toBeGreaterThanOrEqual(3);
  });
});
