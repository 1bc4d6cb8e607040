import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { Chalk } from 'chalk';
import { describe, expect, it } from 'vitest';
import { renderInspection, type Inspection } from '../../src/cli/inspect.js';
import { loadRuleset } from '../../src/ruleset/load.js';
import { readDocumentBytes } from '../../src/read/index.js';
import { LIMIT_PREFIX } from '../../src/read/limits.js';
import { ocrSettingsFor } from '../../src/read/ocr/engine.js';
import { createReader } from '../../src/read/reader.js';
import { run } from '../helpers/cli.js';
import { requireTools, TOOLS } from '../helpers/system-tools.js';

const SCANS = path.resolve('samples/scans');
const decision = readFileSync(path.join(SCANS, '扫描件 （射）应急罚〔2023〕12号 行政处罚决定书.pdf'));

describe('--ocr', () => {
  it('off (or no engine): a scan stays no-text, and the reason says why it was not read', async () => {
    const off = await readDocumentBytes(decision, 'scan.pdf');
    expect(off.status).toBe('no-text');
    const missing = await readDocumentBytes(decision, 'scan.pdf', undefined, { unavailable: 'tesseract is not installed (Debian: tesseract-ocr tesseract-ocr-chi-sim)' });
    expect(missing.status).toBe('no-text');
    expect('reason' in missing && missing.reason).toMatch(/not OCR'd: tesseract is not installed/);
  });

  it('takes auto, on or off, and nothing else (exit 2)', async () => {
    const r = await run(['audit', 'samples/scans', '--ocr', 'sometimes', '--out', 'never-written']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/--ocr must be auto, on or off/);
  });
});

describe.runIf(requireTools(TOOLS.tesseract, TOOLS.pdftoppm))('OCR with the real engine', () => {
  it('runs within the file budget: over it, the scan is said to exceed limits, and the run goes on', async () => {
    const { settings } = ocrSettingsFor('on');
    const reader = createReader({ jobs: 1, timeoutMs: 1200, ocr: { settings } });
    const sha = createHash('sha256').update(decision).digest('hex');
    const outcome = await reader.read(decision, 'scan.pdf', sha).finally(() => reader.close());
    expect(outcome.status === 'unreadable' || outcome.status === 'no-text').toBe(true);
    expect('reason' in outcome && outcome.reason).toContain(LIMIT_PREFIX);
  });

  it('inspect shows the OCR text, the page confidence and the doubtful words', async () => {
    // One real run (--json); the terminal rendering of the same inspection is checked from it.
    const r = await run(['inspect', path.join(SCANS, '结案审批表.jpg'), '--json']);
    expect(r.code).toBe(0);
    const json = JSON.parse(r.stdout) as Inspection;
    expect(json.ocr!.pages[0].confidence).toBeGreaterThan(0.5);
    expect(json.documents[0].ocr!.confidence).toBeGreaterThan(0.5);
    const text = renderInspection(json, await loadRuleset(), new Chalk({ level: 0 }));
    expect(text).toMatch(/read by OCR: tesseract 5\S* chi_sim/);
    expect(text).toMatch(/OCR page 1, confidence 0\.\d\d/);
    expect(text).toMatch(/│ .*结案审批表/);
    expect(text).toMatch(/closing-approval/);
  }, 120_000);
});
