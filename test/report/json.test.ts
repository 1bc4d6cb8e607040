import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { Report } from '../../src/model/report.js';
import { mkdtempSync, readFileSync as read } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { jsonChunks, writeJson, writeJsonFile } from '../../src/report/json.js';

const report = Report.parse(JSON.parse(readFileSync(new URL('../fixtures/report/sample-report.json', import.meta.url), 'utf8')));

/** Rebuild an object with its keys in reverse order, recursively: same content, different construction order. */
function reverseKeys(v: unknown): unknown {
  if (Array.isArray(v)) return v.map(reverseKeys);
  if (v && typeof v === 'object') return Object.fromEntries(Object.entries(v).reverse().map(([k, x]) => [k, reverseKeys(x)]));
  return v;
}

describe('writeJson', () => {
  it('writes 2-space JSON with a trailing newline that reads back to the same report', () => {
    const out = writeJson(report);
    expect(out.endsWith('}\n')).toBe(true);
    expect(out.split('\n')[1]).toBe('  "schemaVersion": 1,');
    expect(Report.parse(JSON.parse(out))).toEqual(report);
    expect(out).toContain('"message": "询问笔录仅载明1名执法人员（张某）。依据：行政处罚法第四十二条"');
  });

  it('puts keys in schema order whatever order the object was built in', () => {
    const shuffled = reverseKeys(report) as Report;
    expect(Object.keys(shuffled)[0]).toBe('notes');
    const out = writeJson(shuffled);
    expect(out).toBe(writeJson(report));
    expect(Object.keys(JSON.parse(out))).toEqual(['schemaVersion', 'tool', 'ruleset', 'lang', 'round', 'summary', 'cases', 'findings', 'files', 'notes']);
  });

  it('refuses a report that breaks the schema, naming the path', () => {
    const bad = structuredClone(report) as unknown as { cases: { score: unknown }[] };
    bad.cases[1].score = 'eighty';
    expect(() => writeJson(bad as unknown as Report)).toThrow(/cases\.1\.score/);
  });

  it('written case by case, gives the bytes of JSON.stringify of the whole validated report', async () => {
    for (const r of [report, { ...report, cases: [] }, { ...report, cases: report.cases.slice(0, 1) }]) {
      const whole = JSON.stringify(JSON.parse(writeJson(r)), null, 2) + '\n';
      expect(writeJson(r)).toBe(whole);
      // one piece for the frame's head, one per case, then the tail
      expect([...jsonChunks(r)].length).toBeGreaterThanOrEqual(r.cases.length + 2);
      const file = path.join(mkdtempSync(path.join(tmpdir(), 'caseaudit-json-')), 'report.json');
      await writeJsonFile(r, file);
      expect(read(file, 'utf8')).toBe(whole);
    }
  });
});
