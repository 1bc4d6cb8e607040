import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { run } from './cli.js';

/**
 * Audit the bundled samples with the real CLI, as `npm start` does (register, roster, the previous round),
 * into a fresh folder; returns that folder. Extra `--format` specs are written there too; `extra` are more
 * options (`--ocr off`).
 */
export async function auditSamples(formats: string[] = [], extra: string[] = []): Promise<{ out: string; stdout: string; stderr: string; code: number }> {
  const out = mkdtempSync(path.join(tmpdir(), 'caseaudit-samples-'));
  const r = await run([
    'audit',
    'samples/archive',
    '--roster',
    'samples/执法人员名册.xlsx',
    '--previous',
    'samples/previous-round/report.json',
    '--as-of',
    '2026-12-02',
    '--out',
    out,
    '--fail-on',
    'none',
    ...formats.flatMap((f) => ['--format', f]),
    ...extra,
  ]);
  if (r.code !== 0) throw new Error(`audit of the samples failed (${r.code}): ${r.stderr}`);
  return { out, ...r };
}
