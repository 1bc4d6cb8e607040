import { readFileSync } from 'node:fs';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';

import { Report } from '../../src/model/report.js';
import { writeJunit } from '../../src/report/junit.js';
import { rules } from '../helpers/rules.js';

const report = Report.parse(JSON.parse(readFileSync(new URL('../fixtures/report/sample-report.json', import.meta.url), 'utf8')));
const A = '执法一中队/2024-003 射阳县某某化工有限公司';
const B = '执法二中队/2024-017 李某某';
const C = '执法一中队/2024-021 射阳某建筑工程有限公司';

interface TestCaseXml {
  '@_classname': string;
  '@_name': string;
  failure?: { '@_message': string; '@_type': string; '#text': string };
  skipped?: { '@_message': string };
}
interface SuiteXml {
  '@_name': string;
  '@_tests': string;
  '@_failures': string;
  '@_errors': string;
  '@_skipped': string;
  testcase: TestCaseXml[];
  'system-out'?: string;
}

function parse(xml: string): { attrs: Record<string, string>; suites: SuiteXml[] } {
  const valid = XMLValidator.validate(xml);
  if (valid !== true) throw new Error(`invalid XML: ${JSON.stringify(valid.err)}`);
  const doc = new XMLParser({
    ignoreAttributes: false,
    parseAttributeValue: false,
    parseTagValue: false,
    trimValues: false,
    htmlEntities: true,
    isArray: (name) => name === 'testsuite' || name === 'testcase' || name === 'property',
  }).parse(xml);
  const root = doc.testsuites;
  const attrs = Object.fromEntries(Object.entries(root).filter(([k]) => k.startsWith('@_')).map(([k, v]) => [k.slice(2), String(v)]));
  return { attrs, suites: root.testsuite };
}

describe('writeJunit', () => {
  // --fail-on warning: every error and warning fails its testcase
  const xml = writeJunit(report, { rules, lang: 'zh', failOn: 'warning' });
  const { attrs, suites } = parse(xml);
  const suite = (name: string) => suites.find((s) => s['@_name'] === name)!;
  const testcase = (s: SuiteXml, rule: string) => s.testcase.find((t) => t['@_name'] === rule)!;

  it('is well-formed XML with a suite per case, sorted by folder, then one for findings outside cases', () => {
    expect(xml.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<testsuites ')).toBe(true);
    expect(suites.map((s) => s['@_name'])).toEqual([A, C, B, '案卷之外']);
  });

  it('has a testcase per catalogue rule in each case suite, classname = folder, name = rule id', () => {
    for (const name of [A, B, C]) {
      const s = suite(name);
      expect(s.testcase.map((t) => t['@_name'])).toEqual(rules.list.map((r) => r.id));
      expect(new Set(s.testcase.map((t) => t['@_classname']))).toEqual(new Set([name]));
    }
    const top = suite('案卷之外');
    expect(top.testcase.map((t) => t['@_name'])).toEqual(rules.list.filter((r) => r.family === 'files' || r.family === 'register').map((r) => r.id));
  });

  it('keeps tests/failures/errors/skipped consistent with the testcases, per suite and in total', () => {
    let tests = 0;
    let failures = 0;
    let skipped = 0;
    for (const s of suites) {
      const f = s.testcase.filter((t) => t.failure !== undefined).length;
      const k = s.testcase.filter((t) => t.skipped !== undefined).length;
      expect(Number(s['@_tests'])).toBe(s.testcase.length);
      expect(Number(s['@_failures'])).toBe(f);
      expect(Number(s['@_skipped'])).toBe(k);
      expect(s['@_errors']).toBe('0');
      tests += s.testcase.length;
      failures += f;
      skipped += k;
    }
    expect(attrs).toMatchObject({ tests: String(tests), failures: String(failures), skipped: String(skipped), errors: '0' });
    // A: clean; C: officers, document-missing, date-order, file-duplicate fail (legal-basis-outdated is resolved);
    // B: register-mismatch, deadline-missed, legal-basis-imprecise, file-no-text fail, document-number-form waived;
    // outside: register-case-missing, file-unreadable
    expect([A, C, B, '案卷之外'].map((n) => suite(n)['@_failures'])).toEqual(['0', '4', '4', '2']);
    expect(failures).toBe(10);
    expect(skipped).toBe(1);
  });

  it('puts each finding message and location in the failure text, with rule title in the message and rule id as type', () => {
    const f = testcase(suite(B), 'legal-basis-imprecise').failure!;
    expect(f['@_type']).toBe('legal-basis-imprecise');
    expect(f['@_message']).toBe('法律依据引用不具体：问题（1）');
    expect(f['#text']).toBe(
      `- 行政处罚决定书引用《安全生产法》未写明条款（“依据《安全生产法》的规定”）。 [${B}/05 行政处罚决定书.pdf 第2页] (warning, -2, recurring)`,
    );
    const reg = testcase(suite('案卷之外'), 'register-case-missing').failure!;
    expect(reg['#text']).toContain('[相关位置：台账/2024年行政处罚台账.xlsx 工作表“台账”第25行“案号”列]');
    expect(testcase(suite(C), 'officers-fewer-than-two').failure!['#text']).toContain('否决项');
  });

  it('marks waived findings skipped and resolved ones passed', () => {
    const waived = testcase(suite(B), 'document-number-form');
    expect(waived.failure).toBeUndefined();
    expect(waived.skipped!['@_message']).toBe('已豁免：2024年本单位统一模板问题，已于第三季度更换模板 (王科长)');
    const resolved = testcase(suite(C), 'legal-basis-outdated');
    expect(resolved.failure).toBeUndefined();
    expect(resolved.skipped).toBeUndefined();
  });

  it('reports checks not performed in system-out', () => {
    expect(suite(C)['system-out']).toBe('未能核查的事项：deadline-missed:service-within-7wd: 文书送达回执的送达日期无法识别（手写）');
  });

  it('escapes markup, strips control characters XML 1.0 forbids, and keeps findings of unknown rules', () => {
    const r = structuredClone(report);
    r.cases[0].folder = 'a<b>&"c"\'d\u0001';
    r.cases[1].findings[0].message = 'x]]><y/>\u0000\u000b\ufffe z\ud800 & <!-- -->';
    r.findings.push({ ...r.findings[0], rule: 'check-skipped', message: 'm', fingerprint: 'zz' });
    const out = writeJunit(r, { rules, lang: 'en' });
    expect(out).not.toMatch(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\ud800]/);
    const parsed = parse(out);
    expect(out).toContain('<testsuite name="a&lt;b&gt;&amp;&quot;c&quot;&#39;d"');
    expect(parsed.suites.map((s) => s['@_name'])).toContain(`a<b>&"c"'d`);
    const x = parsed.suites.find((s) => s['@_name'] === 'Outside cases');
    expect(x).toBeDefined();
    const top = parsed.suites.find((s) => s['@_name'] === 'Outside cases')!;
    expect(top.testcase.at(-1)!['@_name']).toBe('check-skipped');
    expect(top.testcase.at(-1)!.failure).toBeDefined();
  });

  it('decodes to the original text (entities round-trip)', () => {
    const r = structuredClone(report);
    r.cases.find((c) => c.folder === B)!.findings.find((f) => f.rule === 'deadline-missed')!.message = 'Tom & "Jerry" <cat>';
    const doc = new XMLParser({ ignoreAttributes: false, processEntities: true, htmlEntities: true, isArray: (n) => n === 'testsuite' || n === 'testcase' }).parse(writeJunit(r, { rules, lang: 'zh' }));
    const s = (doc.testsuites.testsuite as SuiteXml[]).find((x) => x['@_name'] === B)!;
    expect(s.testcase.find((t) => t['@_name'] === 'deadline-missed')!.failure!['#text']).toContain('Tom & "Jerry" <cat>');
  });
});

describe('writeJunit follows --fail-on', () => {
  const report = Report.parse(JSON.parse(readFileSync(new URL('../fixtures/report/sample-report.json', import.meta.url), 'utf8')));
  const parse = (failOn: 'veto' | 'error' | 'warning' | 'none') =>
    new XMLParser({ ignoreAttributes: false, processEntities: true, htmlEntities: true, isArray: (n) => n === 'testsuite' || n === 'testcase' }).parse(writeJunit(report, { rules, lang: 'zh', failOn }));
  const failures = (doc: ReturnType<typeof parse>) => Number(doc.testsuites['@_failures']);
  const cases = (doc: ReturnType<typeof parse>) => doc.testsuites.testsuite.flatMap((s: { testcase: unknown[] }) => s.testcase) as Record<string, unknown>[];

  it('fails only error-level findings by default, showing warnings in system-out', () => {
    const def = parse('error');
    expect(failures(def)).toBeLessThan(failures(parse('warning')));
    const imprecise = cases(def).find((c) => c['@_name'] === 'legal-basis-imprecise' && c['system-out'])!;
    expect(imprecise.failure).toBeUndefined();
    expect(String(imprecise['system-out'])).toContain('(warning');
    expect(failures(def)).toBe(cases(def).filter((c) => c.failure).length);
  });

  it('fails nothing with none, and only veto items with veto', () => {
    expect(failures(parse('none'))).toBe(0);
    const veto = cases(parse('veto')).filter((c) => c.failure);
    expect(veto.length).toBeGreaterThan(0);
    for (const c of veto) expect(String((c.failure as Record<string, string>)['#text'])).toContain('否决项');
  });
});
