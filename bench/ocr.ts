/**
 * OCR speed: pages per second caseaudit reads from the scanned samples (samples/scans: render with
 * pdftoppm, drop the seal's red, tesseract, parse the TSV, per file in its budget), as a ratio against
 * the tesseract CLI alone on the same pages (already rendered at the same resolution, plain text out,
 * one thread each, as caseaudit runs it). `npx tsx bench/ocr.ts` runs it on its own; `benchOcr()` is
 * for bench/run.ts. Median of `runs` after a warm-up; pages one after another (no --jobs parallelism).
 */
import { execFileSync, execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { DEFAULT_READ_LIMITS } from '../src/read/limits.js';
import { readDocumentBytes } from '../src/read/index.js';
import { ocrSettingsFor } from '../src/read/ocr/engine.js';

const run = promisify(execFile);

export interface OcrBench {
  pages: number;
  /** caseaudit, pages per second */
  caseaudit: number;
  /** tesseract CLI alone on pre-rendered pages, pages per second */
  tesseract: number;
  /** caseaudit / tesseract (1 = no overhead) */
  ratio: number;
  engine: string;
}

export async function benchOcr(runs = 3): Promise<OcrBench> {
  const { settings, engine } = ocrSettingsFor('auto');
  if (!settings) throw new Error(`OCR bench needs the engine: ${engine?.reason}`);
  const dir = path.resolve(import.meta.dirname, '../samples/scans');
  const pdfs = readdirSync(dir).filter((f) => f.endsWith('.pdf')).map((f) => path.join(dir, f));
  const tmp = mkdtempSync(path.join(tmpdir(), 'caseaudit-bench-ocr-'));
  try {
    // The same pages for the CLI, rendered once beforehand (the CLI cannot read a PDF).
    for (const [i, pdf] of pdfs.entries()) execFileSync('pdftoppm', ['-r', String(settings.dpi), '-gray', '-png', pdf, path.join(tmp, `f${i}`)]);
    const images = readdirSync(tmp).filter((f) => f.endsWith('.png')).map((f) => path.join(tmp, f));
    const env = { ...process.env, OMP_THREAD_LIMIT: '1' };
    const ours = await median(runs, async () => {
      for (const pdf of pdfs) {
        const r = await readDocumentBytes(readFileSync(pdf), pdf, DEFAULT_READ_LIMITS, { settings });
        if (r.status !== 'ok') throw new Error(`${pdf}: ${r.status}`);
      }
    });
    const cli = await median(runs, async () => {
      for (const image of images) await run('tesseract', [image, 'stdout', '-l', settings.engine.model, '--psm', String(settings.psm)], { env, maxBuffer: 1 << 24 });
    });
    const pages = images.length;
    const caseaudit = pages / (ours / 1000);
    const tesseract = pages / (cli / 1000);
    return { pages, caseaudit: round(caseaudit), tesseract: round(tesseract), ratio: round(caseaudit / tesseract), engine: `tesseract ${settings.engine.version} ${settings.engine.model}, ${settings.dpi} dpi` };
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}

async function median(runs: number, fn: () => Promise<unknown>): Promise<number> {
  await fn();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    await fn();
    times.push(performance.now() - t);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)];
}

function round(n: number): number {
  return Math.round(n * 1000) / 1000;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const r = await benchOcr(Number(process.env.BENCH_RUNS ?? 3));
  console.log(`OCR: ${r.pages} scanned pages; caseaudit ${r.caseaudit} pages/s, tesseract CLI alone ${r.tesseract} pages/s: ratio ${r.ratio} (${r.engine})`);
}
