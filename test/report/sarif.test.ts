import { readFileSync } from 'node:fs';
import { Ajv, type ValidateFunction } from 'ajv';
import { describe, expect, it } from 'vitest';

import { Report } from '../../src/model/report.js';
import { pascalCase, relativeUri, writeSarif } from '../../src/report/sarif.js';
import { withReview } from '../helpers/review.js';
import { rules } from '../helpers/rules.js';

const report = Report.parse(JSON.parse(readFileSync(new URL('../fixtures/report/sample-report.json', import.meta.url), 'utf8')));
const B = '执法二中队/2024-017 李某某';
const C = '执法一中队/2024-021 射阳某建筑工程有限公司';

/**
 * The SARIF 2.1.0 schema as @microsoft/jest-sarif ships it. It declares draft-04, which ajv 8 does not
 * load; the only draft-04 feature it uses is the root `id` (no boolean exclusiveMinimum/Maximum), so it
 * is validated as draft-07 with `id` renamed `$id`. Formats are checked here rather than ignored: a
 * `uri-reference` must be ASCII with valid percent-escapes (RFC 3986), which is what relativeUri promises.
 */
function sarifValidator(): ValidateFunction {
  const schema = JSON.parse(readFileSync(new URL('../../node_modules/@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json', import.meta.url), 'utf8'));
  expect(schema.$schema).toBe('http://json-schema.org/draft-04/schema#');
  expect(JSON.stringify(schema)).not.toMatch(/"exclusive(Minimum|Maximum)"/);
  const { $schema: _, id, ...rest } = schema;
  // unicodeRegExp off: the schema's language pattern (`^[a-zA-Z]{2}|^[a-zA-Z]{2}-[a-zA-Z]{2}]?$`) is not a valid /u regexp
  const ajv = new Ajv({ allErrors: true, strict: false, unicodeRegExp: false });
  const uriRef = /^([A-Za-z0-9\-._~!$&'()*+,;=:@/?#[\]]|%[0-9A-Fa-f]{2})*$/;
  ajv.addFormat('uri-reference', uriRef);
  ajv.addFormat('uri', (s: string) => /^[A-Za-z][A-Za-z0-9+.-]*:/.test(s) && uriRef.test(s));
  ajv.addFormat('date-time', (s: string) => !Number.isNaN(Date.parse(s)));
  return ajv.compile({ ...rest, $id: id });
}
const validate = sarifValidator();

function expectValid(log: unknown) {
  const ok = validate(log);
  expect(ok ? [] : validate.errors).toEqual([]);
}

interface Result {
  ruleId: string;
  ruleIndex: number;
  level: string;
  message: { text: string };
  locations?: { physicalLocation: { artifactLocation: { uri: string }; region?: unknown }; properties?: Record<string, unknown> }[];
  relatedLocations?: { id: number; physicalLocation?: { artifactLocation: { uri: string } }; message: { text: string }; properties?: Record<string, unknown> }[];
  partialFingerprints: Record<string, string>;
  baselineState?: string;
  suppressions?: { kind: string; status: string; justification: string }[];
  properties: Record<string, unknown>;
}

describe('writeSarif', () => {
  const text = writeSarif(report, { rules, lang: 'zh' });
  const log = JSON.parse(text);
  const run = log.runs[0];
  const results: Result[] = run.results;
  const result = (rule: string) => results.find((r) => r.ruleId === rule)!;

  it('validates against the SARIF 2.1.0 schema, in both languages and with baseline states', () => {
    expectValid(log);
    expectValid(JSON.parse(writeSarif(report, { rules, lang: 'en', baseline: true })));
    expect(text.endsWith('}\n')).toBe(true);
  });

  it('the validator does reject bad logs (it is not vacuous)', () => {
    expect(validate({ ...log, version: '2.0.0' })).toBe(false);
    const bad = structuredClone(log);
    bad.runs[0].results[0].locations[0].physicalLocation.artifactLocation.uri = '执法 一/a.pdf';
    expect(validate(bad)).toBe(false);
    const level = structuredClone(log);
    level.runs[0].results[0].level = 'fatal';
    expect(validate(level)).toBe(false);
  });

  it('has the header, one run, and the tool with every catalogue rule', () => {
    expect(log.$schema).toMatch(/^https:\/\//);
    expect(log.version).toBe('2.1.0');
    expect(log.runs).toHaveLength(1);
    const driver = run.tool.driver;
    expect(driver.name).toBe('caseaudit');
    expect(driver.version).toBe('0.1.0');
    expect(driver.informationUri).toBeUndefined();
    expect(driver.rules.map((r: { id: string }) => r.id)).toEqual(rules.list.map((r) => r.id));
    const officers = driver.rules.find((r: { id: string }) => r.id === 'officers-fewer-than-two');
    expect(officers).toMatchObject({
      name: 'OfficersFewerThanTwo',
      shortDescription: { text: '执法人员少于二人' },
      fullDescription: { text: '执法文书载明的执法人员少于二人。依据：行政处罚法第四十二条、第五十五条。' },
      defaultConfiguration: { level: 'error' },
      properties: { 'title-zh': '执法人员少于二人', 'title-en': 'Fewer than two officers' },
    });
    expect(officers.help.text).toContain('行政处罚法（2021）第四十二条');
    const imprecise = driver.rules.find((r: { id: string }) => r.id === 'legal-basis-imprecise');
    expect(imprecise.defaultConfiguration.level).toBe('warning');
    const enRules = JSON.parse(writeSarif(report, { rules, lang: 'en' })).runs[0].tool.driver.rules;
    const enMissing = enRules.find((r: { id: string }) => r.id === 'legal-basis-missing');
    expect(enMissing.shortDescription.text).toBe('Legal basis missing');
    expect(enMissing.help.text).toBe('A decision cites no article. Basis: 行政处罚法（2021）第五十九条第一款第（三）项：决定书载明处罚依据');
    expect(pascalCase('file-no-text')).toBe('FileNoText');
  });

  it('has one result per open finding, case findings first in case → file → page → rule order', () => {
    expect(results).toHaveLength(report.summary.findings);
    expect(results.map((r) => r.ruleId)).toEqual([
      'document-missing', 'officers-fewer-than-two', 'file-duplicate', 'date-order',
      'deadline-missed', 'document-number-form', 'register-mismatch', 'legal-basis-imprecise', 'file-no-text',
      'register-case-missing', 'file-unreadable',
    ]);
    for (const r of results) expect(run.tool.driver.rules[r.ruleIndex].id).toBe(r.ruleId);
    expect(results.find((r) => r.ruleId === 'legal-basis-outdated')).toBeUndefined();
  });

  it('maps severity to level and keeps fingerprint, case, deduction, category and veto', () => {
    expect(result('file-no-text').level).toBe('warning');
    expect(result('officers-fewer-than-two')).toMatchObject({
      level: 'error',
      partialFingerprints: { 'caseaudit/v1': '7a3e19c5d0b8f246' },
      properties: { case: C, deduction: 10, category: 'subject', veto: true },
    });
    expect(result('file-unreadable').properties.case).toBeUndefined();
    expect(result('officers-fewer-than-two').baselineState).toBeUndefined();
  });

  it('encodes the page in the location property bag and the message, never as a text region', () => {
    const r = result('legal-basis-imprecise');
    expect(r.message.text).toBe('第2页：行政处罚决定书引用《安全生产法》未写明条款（“依据《安全生产法》的规定”）。');
    const loc = r.locations![0];
    expect(loc.physicalLocation.region).toBeUndefined();
    expect(loc.properties).toEqual({ page: 2 });
    expect(decodeURI(loc.physicalLocation.artifactLocation.uri)).toBe(`${B}/05 行政处罚决定书.pdf`);
    expect(results.every((x) => x.locations?.every((l) => l.physicalLocation.region === undefined) ?? true)).toBe(true);
    expect(result('file-no-text').locations![0].properties).toBeUndefined();
  });

  it('uses percent-encoded relative URIs; the case folder with a trailing slash when a finding has no file', () => {
    expect(result('document-missing').locations![0].physicalLocation.artifactLocation.uri).toBe(relativeUri(C) + '/');
    expect(relativeUri(C) + '/').toMatch(/^%E6%89%A7.*%E5%8F%B8\/$/);
    expect(result('file-unreadable').locations![0].physicalLocation.artifactLocation.uri).toBe('%E6%95%A3%E4%BB%B6/%E6%89%AB%E6%8F%8F%E4%BB%B6%20%E6%8D%9F%E5%9D%8F%231.pdf');
    expect(relativeUri('a.zip!/b c/d%e?.pdf')).toBe('a.zip!/b%20c/d%25e%3F.pdf');
    expect(relativeUri('c:/x.pdf')).toBe('c%3A/x.pdf');
  });

  it('points a register finding without a file at the register cell, and keeps related locations', () => {
    const reg = result('register-case-missing');
    expect(decodeURI(reg.locations![0].physicalLocation.artifactLocation.uri)).toBe('台账/2024年行政处罚台账.xlsx');
    expect(reg.locations![0].properties).toEqual({ sheet: '台账', row: 25, column: '案号' });
    const mismatch = result('register-mismatch').relatedLocations!;
    expect(mismatch).toEqual([
      {
        id: 1,
        physicalLocation: { artifactLocation: { uri: relativeUri('台账/2024年行政处罚台账.xlsx') } },
        message: { text: '台账记载：台账/2024年行政处罚台账.xlsx 工作表“台账”第18行“罚款金额”列' },
        properties: { sheet: '台账', row: 18, column: '罚款金额' },
      },
    ]);
  });

  it('marks waived findings as external suppressions', () => {
    expect(result('document-number-form').suppressions).toEqual([
      { kind: 'external', status: 'accepted', justification: '2024年本单位统一模板问题，已于第三季度更换模板（王科长）', properties: { approver: '王科长' } },
    ]);
    expect(result('deadline-missed').suppressions).toBeUndefined();
  });

  it('with baseline: maps status to baselineState and includes resolved findings as absent', () => {
    const base: Result[] = JSON.parse(writeSarif(report, { rules, lang: 'zh', baseline: true })).runs[0].results;
    const state = (rule: string) => base.find((r) => r.ruleId === rule)!.baselineState;
    expect(base).toHaveLength(results.length + 1);
    expect(state('deadline-missed')).toBe('new');
    expect(state('officers-fewer-than-two')).toBe('unchanged');
    expect(state('legal-basis-outdated')).toBe('absent');
  });

  it('gives an unknown rule id a descriptor so ruleIndex stays valid', () => {
    const r = structuredClone(report);
    r.findings.push({ ...r.findings[0], rule: 'check-skipped', fingerprint: 'x' });
    const l = JSON.parse(writeSarif(r, { rules, lang: 'zh' }));
    expectValid(l);
    const res = l.runs[0].results.find((x: Result) => x.ruleId === 'check-skipped');
    expect(l.runs[0].tool.driver.rules[res.ruleIndex]).toMatchObject({ id: 'check-skipped', name: 'CheckSkipped' });
  });

  it('is deterministic whatever order the report lists things in', () => {
    const r = structuredClone(report);
    r.cases.reverse();
    for (const c of r.cases) c.findings.reverse();
    r.findings.reverse();
    expect(writeSarif(r, { rules, lang: 'zh' })).toBe(text);
  });
});

describe('needs-review items in SARIF', () => {
  it('validate against the SARIF 2.1.0 schema', () => {
    expectValid(JSON.parse(writeSarif(withReview(), { rules, lang: 'zh' })));
  });
});

describe('input strings in SARIF', () => {
  it('shows a right-to-left override in a message instead of obeying it', () => {
    const r = withReview();
    r.cases[0].needsReview[0].what = '文件\u202Egpj.exe';
    const log = JSON.parse(writeSarif(r, { rules, lang: 'zh' }));
    const text = JSON.stringify(log);
    expect(text).not.toContain('\u202E');
    expect(text).toContain('<U+202E>');
  });
});
