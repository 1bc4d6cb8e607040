import { cp, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { JsonStore } from '../src/read/cache.js';
import { BUILTIN_RULESET_DIR, loadRuleset, regimeFor, RulesetError } from '../src/ruleset/load.js';

async function copyRuleset(): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), 'caseaudit-ruleset-'));
  await cp(BUILTIN_RULESET_DIR, dir, { recursive: true });
  return dir;
}

async function edit(dir: string, file: string, change: (text: string) => string): Promise<void> {
  const p = path.join(dir, file);
  await writeFile(p, change(await readFile(p, 'utf8')));
}

/** A JsonStore in memory that keeps what it is given as JSON, as the cache pack does. */
function memoryStore(): JsonStore & { keys: string[]; hits: number } {
  const map = new Map<string, string>();
  const store = {
    hits: 0,
    get: (k: string) => (map.has(k) ? (store.hits++, JSON.parse(map.get(k)!)) : undefined),
    set: (k: string, v: unknown) => void map.set(k, JSON.stringify(v)),
    get keys() {
      return [...map.keys()];
    },
  };
  return store;
}

describe('the parsed YAML of a ruleset, kept in the cache', () => {
  it('gives the same ruleset as parsing, and is used on the next load', async () => {
    const store = memoryStore();
    const parsed = await loadRuleset(undefined, store);
    expect(store.keys.filter((k) => k.startsWith('yaml:'))).toHaveLength(14);
    expect(store.hits).toBe(0);
    const kept = await loadRuleset(undefined, store);
    expect(store.hits).toBe(14);
    const plain = await loadRuleset();
    for (const r of [parsed, kept]) {
      expect(r.rules.list).toEqual(plain.rules.list);
      expect({ ...r, rules: undefined, calendar: undefined }).toEqual({ ...plain, rules: undefined, calendar: undefined });
    }
  });

  it('is keyed by the text: an edited file is parsed again, and a YAML error is still reported', async () => {
    const store = memoryStore();
    const dir = await copyRuleset();
    await loadRuleset(dir, store);
    await edit(dir, 'thresholds.yaml', (t) => t.replace('organisation: 20000', 'organisation: 30000'));
    expect((await loadRuleset(dir, store)).thresholds.hearing.organisation).toBe(30000);
    await edit(dir, 'steps.yaml', (t) => t + '\n  - { first: [broken\n');
    const error = (await loadRuleset(dir, store).catch((e) => e)) as RulesetError;
    expect(error.issues.map((i) => i.file)).toContain('steps.yaml');
  });
});

describe('findings that rest on absence (rules.yaml `absence`)', () => {
  it('are marked per rule or per message', async () => {
    const { rules } = await loadRuleset();
    expect(rules.restsOnAbsence('officer-certificate-missing', 'missing')).toBe(true);
    expect(rules.restsOnAbsence('legal-basis-imprecise', 'noItem')).toBe(true);
    expect(rules.restsOnAbsence('remedy-clause', 'suitPeriod')).toBe(true);
    // an offer of a direct lawsuit was read: positive evidence
    expect(rules.restsOnAbsence('remedy-clause', 'reviewFirst')).toBe(false);
    expect(rules.restsOnAbsence('amount-mismatch', 'mismatch')).toBe(false);
  });

  it('an unknown message id in a rule\'s absence list is a ruleset error', async () => {
    const dir = await copyRuleset();
    await edit(dir, 'rules.yaml', (t) => t.replace('absence: [missing, reviewPeriod, suitPeriod]', 'absence: [missing, reviewPeriods]'));
    const error = (await loadRuleset(dir).catch((e) => e)) as RulesetError;
    expect(error).toBeInstanceOf(RulesetError);
    expect(error.issues).toEqual([expect.objectContaining({ file: 'rules.yaml', message: 'unknown message "reviewPeriods" of rule remedy-clause' })]);
  });
});

describe('ruleset loading', () => {
  it('loads the built-in ruleset', async () => {
    const r = await loadRuleset();
    expect(r.meta.id).toBe('work-safety');
    expect(r.documents.map((d) => d.id)).toContain('penalty-decision');
    expect(r.calendar.covers('2019-10-01')).toBe(true);
  });

  it('reports every problem at once, with file and path', async () => {
    const dir = await copyRuleset();
    await edit(dir, 'deadlines.yaml', (t) => t.replace('unit: working', 'unit: fortnights').replace('from: decision\n', 'from: no-such-step\n'));
    await edit(dir, 'rubric.yaml', (t) => t.replace('points: 30 }', 'points: -5 }'));
    await edit(dir, 'thresholds.yaml', (t) => t.replace('organisation: 20000', 'organisation: lots'));
    const error = await loadRuleset(dir).catch((e) => e);
    expect(error).toBeInstanceOf(RulesetError);
    const issues = (error as RulesetError).issues.map((i) => `${i.file} ${i.path}`);
    expect(issues).toEqual(expect.arrayContaining([expect.stringMatching(/^deadlines.yaml deadlines\.\d+\.unit$/), expect.stringMatching(/^rubric.yaml categories\.3\.points$/), 'thresholds.yaml thresholds.hearing.organisation']));
    expect(issues.length).toBeGreaterThanOrEqual(3);
  });

  it('reports broken cross references after the files parse', async () => {
    const dir = await copyRuleset();
    await edit(dir, 'deadlines.yaml', (t) => t.replace('from: decision\n', 'from: no-such-step\n'));
    await edit(dir, 'rubric.yaml', (t) => t.replace('category: law, points: 15 }', 'category: nowhere, points: 15 }'));
    const error = (await loadRuleset(dir).catch((e) => e)) as RulesetError;
    expect(error.issues.map((i) => i.message)).toEqual(expect.arrayContaining(['unknown step "no-such-step"', 'unknown category "nowhere"']));
  });

  it('reports YAML syntax errors and a missing file', async () => {
    const dir = await copyRuleset();
    await edit(dir, 'steps.yaml', (t) => t + '\n  - { first: [broken\n');
    await writeFile(path.join(dir, 'calendar.json'), '{ not json');
    const error = (await loadRuleset(dir).catch((e) => e)) as RulesetError;
    expect(error.issues.map((i) => i.file)).toEqual(expect.arrayContaining(['steps.yaml', 'calendar.json']));
  });

  it('keeps the rule catalogue in rules.yaml: an unknown or missing rule id is a ruleset error', async () => {
    const dir = await copyRuleset();
    await edit(dir, 'rubric.yaml', (t) => t.replace('{ rule: date-order, category: procedure', '{ rule: date-orders, category: procedure').replace('{ rule: legal-basis-missing, reason', '{ rule: no-such-rule, reason'));
    await edit(dir, 'rounds.yaml', (t) => t.replace('  date-order: ', '  dateorder: '));
    await edit(dir, 'rules.yaml', (t) => t.replace('  - id: file-duplicate\n', '  - id: file-duplicated\n'));
    const error = (await loadRuleset(dir).catch((e) => e)) as RulesetError;
    expect(error).toBeInstanceOf(RulesetError);
    const issues = error.issues.map((i) => `${i.file} ${i.path}: ${i.message}`);
    expect(issues).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^rubric.yaml deductions\.\d+\.rule: unknown rule "date-orders" \(did you mean "date-order"\?\)$/),
        expect.stringMatching(/^rubric.yaml veto\.\d+\.rule: unknown rule "no-such-rule"$/),
        'rounds.yaml measures.dateorder: unknown rule "dateorder" (did you mean "date-order"?)',
        expect.stringMatching(/^rules.yaml rules\.\d+\.id: unknown rule "file-duplicated": caseaudit reports no such rule \(did you mean "file-duplicate"\?\)$/),
        'rules.yaml rules: rule "file-duplicate" is missing (set enabled: false to turn it off)',
      ]),
    );
  });

  it('lets a bureau change a rule\'s severity and wording, or turn it off', async () => {
    const dir = await copyRuleset();
    await edit(dir, 'rules.yaml', (t) =>
      t
        .replace(/(- id: document-number-form\n\s+family: consistency\n\s+severity: )warning/, '$1info\n    enabled: false')
        .replace(/(- id: legal-basis-imprecise\n\s+family: legal-basis\n\s+severity: )warning/, '$1error')
        .replace('title: { zh: 法律依据引用不具体,', 'title: { zh: 依据未到条款项,'),
    );
    const r = await loadRuleset(dir);
    expect(r.rules.enabled('document-number-form')).toBe(false);
    expect(r.rules.severity('legal-basis-imprecise')).toBe('error');
    expect(r.rules.title('legal-basis-imprecise', 'zh')).toBe('依据未到条款项');
    expect((await loadRuleset()).rules.enabled('document-number-form')).toBe(true);
  });

  it('picks the legal regime by date', async () => {
    const r = await loadRuleset();
    expect(regimeFor(r, '2021-07-14')?.id).toBe('apl-2017');
    expect(regimeFor(r, '2021-07-15')?.id).toBe('apl-2021');
    expect(regimeFor(r, '2024-01-01')?.id).toBe('apl-2021-arl-2023');
    expect(regimeFor(r, '2026-02-01')?.encoded).toBe(false);
  });
});
