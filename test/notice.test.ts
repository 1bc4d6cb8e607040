import { readFileSync } from 'node:fs';
import mammoth from 'mammoth';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { Report } from '../src/model/report.js';
import { addresseeOf, buildNotice, chineseDate, Masker, type Notice, type NoticeOptions, periodOf } from '../src/report/notice.js';
import { maskName } from '../src/rounds/mask.js';
import { stampZip, writeNoticeDocx } from '../src/report/notice-docx.js';
import { writeNoticeMarkdown } from '../src/report/notice-markdown.js';
import { rules } from './helpers/rules.js';

const load = (path: string) => Report.parse(JSON.parse(readFileSync(new URL(path, import.meta.url), 'utf8')));
/** A copy of test/fixtures/report/sample-report.json with six cases in three units, a rubric, focus items and a comparison. */
const report = load('./fixtures/notice/notice-report.json');
/** The shared writer fixture as it is: no rubric, no focus, no comparison. */
const plain = load('./fixtures/report/sample-report.json');

const OPTS: NoticeOptions = { rules, agency: '射阳县应急管理局', number: '射应急〔2024〕58号', reportBackDate: '2024-07-31' };
const HEADINGS = ['一、基本情况', '二、评查结果', '三、存在的主要问题', '四、整改要求', '五、下一步工作'];
const PARTIES = ['射阳县华丰化工有限公司', '李建国', '射阳宏达建筑工程有限公司', '射阳县海河镇顺达五金店', '王小明', '射阳县顺达物流有限公司'];
/** names quoted in findings besides the parties: a register's variant and a document's variant of a party */
const QUOTED = ['李建华', '射阳宏达建筑公司'];

/** The text of section `i` (0-based): from its heading to the next one, or to the end. */
function section(text: string, i: number): string {
  const start = text.indexOf(HEADINGS[i]);
  if (start < 0) throw new Error(`no heading ${HEADINGS[i]}`);
  const end = i + 1 < HEADINGS.length ? text.indexOf(HEADINGS[i + 1], start) : text.length;
  return text.slice(start, end < 0 ? text.length : end);
}

function headingPositions(text: string): number[] {
  return HEADINGS.map((h) => text.indexOf(h));
}

function allParagraphs(n: Notice): string[] {
  return [n.title, ...n.preamble, ...n.sections.flatMap((s) => [s.heading, ...s.blocks.flatMap((b) => (b.kind === 'table' ? [] : [b.text]))])];
}

describe('notice fixture', () => {
  it('is a valid report with three units, recurring findings and names in messages', () => {
    expect(new Set(report.cases.map((c) => c.unit)).size).toBe(3);
    expect(report.cases.flatMap((c) => c.findings).filter((f) => f.status === 'recurring').length).toBeGreaterThan(0);
    expect(report.focus?.length).toBeGreaterThan(0);
    const messages = report.cases.flatMap((c) => c.findings.map((f) => f.message)).join('\n');
    for (const name of ['李建国', '王小明', '射阳宏达建筑工程有限公司', ...QUOTED]) expect(messages).toContain(name);
  });
});

describe('masking', () => {
  it('keeps the first two characters and the legal-form suffix of an organisation', () => {
    expect(maskName('射阳县华丰化工有限公司')).toBe('射阳××有限公司');
    expect(maskName('射阳县海河镇顺达五金店')).toBe('射阳××店');
    expect(maskName('盐城华能电力股份有限公司')).toBe('盐城××股份有限公司');
  });

  it('does not leave a short organisation name whole', () => {
    expect(maskName('华丰公司')).toBe('华××公司');
  });

  it('masks a person to surname + 某, compound surnames included', () => {
    expect(maskName('李建国')).toBe('李某');
    expect(maskName('王明')).toBe('王某');
    expect(maskName('欧阳娜娜')).toBe('欧阳某');
  });

  it('tells apart two names that would mask alike in one text', () => {
    const m = new Masker(['李建国', '李建华']);
    expect(m.mask('台账为“李建华”，案卷为“李建国”')).toBe('台账为“李某甲”，案卷为“李某乙”');
    expect(m.mask('当事人李建国')).toBe('当事人李某');
  });
});

describe('buildNotice: figures', () => {
  const n = buildNotice(report, OPTS);

  it('has the five sections in order, and a default title from the cases’ period', () => {
    expect(n.sections.map((s) => s.heading)).toEqual(HEADINGS);
    expect(n.data.period).toBe('2024年2月至6月');
    expect(n.title).toBe('关于2024年2月至6月行政执法案卷评查情况的通报');
    expect(buildNotice(report, { ...OPTS, period: '2024年第二季度' }).title).toBe('关于2024年第二季度行政执法案卷评查情况的通报');
  });

  it('addresses the units, grouping numbered squads', () => {
    expect(n.addressee).toBe('各执法中队、海河镇安监所');
    expect(addresseeOf(['执法一中队'])).toBe('执法一中队');
    expect(addresseeOf(['合德镇安监所', '海河镇安监所'])).toBe('合德镇安监所、海河镇安监所');
  });

  it('counts grades in the rubric’s order with one-decimal shares', () => {
    expect(n.data.grades.map((g) => [g.name, g.count, g.share])).toEqual([
      ['优秀', 3, 50],
      ['合格', 2, 33.3],
      ['不合格', 1, 16.7],
    ]);
    expect(n.data.scores).toEqual({ average: 526 / 6, highest: 100, lowest: 78 });
  });

  it('ranks units by average score, ties by unit name, tied units sharing a rank', () => {
    expect(n.data.ranking.map((u) => [u.rank, u.unit, u.average])).toEqual([
      [1, '执法一中队', 89],
      [1, '执法二中队', 89],
      [3, '海河镇安监所', 85],
    ]);
  });

  it('lists excellent cases by score and failed ones with veto reasons first', () => {
    expect(n.data.excellent.map((c) => c.score)).toEqual([100, 92, 90]);
    expect(n.data.failed).toHaveLength(1);
    expect(n.data.failed[0].reasons).toEqual(['一票否决：执法人员不足二人', '一票否决：主要程序环节（立案、告知、决定）无文书']);
  });

  it('gives a failed case without a veto its largest deductions', () => {
    const r = structuredClone(report);
    const f = r.cases.find((c) => c.party === '射阳县顺达物流有限公司')!;
    f.grade = 'fail';
    const failed = buildNotice(r, OPTS).data.failed.find((c) => c.party === '射阳县顺达物流有限公司')!;
    expect(failed.veto).toBe(false);
    expect(failed.reasons).toEqual(['超过法定期限（扣10分）', '未保障法定期间（扣10分）']);
  });

  it('puts prevalent and recurring problems first, counting files, units and recurrences', () => {
    const rules = n.data.problems.flatMap((g) => g.rules);
    const key = (r: { prevalent: boolean; recurring: number }) => (r.prevalent || r.recurring > 0 ? 0 : 1);
    // within a category the prevalent and recurring come first; categories with any come before the rest
    for (const g of n.data.problems) expect(g.rules.map(key)).toEqual([...g.rules.map(key)].sort());
    const groupKeys = n.data.problems.map((g) => Math.min(...g.rules.map(key)));
    expect(groupKeys).toEqual([...groupKeys].sort());
    expect(groupKeys).toContain(1);
    expect(n.data.problems.map((g) => g.name)).toEqual(['执法程序', '适用法律', '执法主体', '事实证据', '立卷归档', '文书制作']);
    const deadline = rules.find((r) => r.rule === 'deadline-missed')!;
    expect([deadline.cases, deadline.units, deadline.prevalent]).toEqual([3, ['执法二中队', '海河镇安监所'], true]);
    expect(rules.find((r) => r.rule === 'legal-basis-imprecise')!.recurring).toBe(2);
    expect(n.data.recurring).toBe(3);
  });

  it('leaves waived and resolved findings out', () => {
    const rules = n.data.problems.flatMap((g) => g.rules.map((r) => r.rule));
    expect(rules).not.toContain('document-number-form'); // waived
    expect(rules).not.toContain('legal-basis-outdated'); // resolved
  });

  it('quotes the example finding’s own basis, else the rule’s legal basis from rules.yaml, never its description', () => {
    const found = n.data.problems.flatMap((g) => g.rules);
    expect(found.find((r) => r.rule === 'deadline-missed')!.basis).toEqual(['安全生产违法行为行政处罚办法第三十二条']);
    const imprecise = found.find((r) => r.rule === 'legal-basis-imprecise')!;
    expect(imprecise.basis).toEqual(rules.get('legal-basis-imprecise')!.basis.map((b) => b.text));
    const dup = found.find((r) => r.rule === 'file-duplicate')!;
    expect(dup.basisIsDescription).toBe(false);
    expect(dup.basis).toEqual(rules.get('file-duplicate')!.basis.map((b) => b.text));
    expect(dup.basis.join()).not.toContain(rules.get('file-duplicate')!.description.zh.replace(/。$/u, ''));
  });

  it('lists each unit’s cases and problems for rectification, with the report-back date', () => {
    const two = n.data.rectification.find((u) => u.unit === '执法二中队')!;
    expect(two.cases.map((c) => c.caseNumber)).toEqual(['（射）应急罚〔2024〕17号', '（射）应急罚〔2024〕25号']);
    expect(two.cases[0].problems.find((p) => p.rule === 'register-mismatch')!.count).toBe(2);
    expect(n.data.rectification.find((u) => u.unit === '执法一中队')!.clean).toBe(1);
    const text = n.sections[3].blocks.map((b) => (b.kind === 'table' ? '' : b.text)).join('\n');
    expect(text).toContain('请各单位于2024年7月31日前完成整改，并将整改情况书面报送射阳县应急管理局');
    expect(text).toContain('举一反三');
    const noDate = buildNotice(report, { rules, agency: '射阳县应急管理局' });
    expect(noDate.sections[3].blocks.map((b) => (b.kind === 'table' ? '' : b.text)).join('\n')).not.toContain('前完成整改');
  });

  it('signs with the agency and the as-of date in Arabic numerals', () => {
    expect(chineseDate('2025-12-01')).toBe('二〇二五年十二月一日');
    expect(chineseDate('2024-10-20')).toBe('二〇二四年十月二十日');
    // GB/T 9704—2012 7.3.5.1: the 成文日期 in Arabic numerals
    expect(n.signature).toEqual({ agency: '射阳县应急管理局', date: '2024-06-30', dateText: '2024年6月30日' });
  });

  it('names focus items only where the rounds rule chose them (the report’s focus list)', () => {
    expect(n.data.focusDerived).toBe(false);
    expect(n.data.focus.map((f) => f.rule)).toEqual(['deadline-missed', 'officers-fewer-than-two', 'legal-basis-imprecise']);
    const { focus: _f, ...noFocus } = report;
    const none = buildNotice(noFocus, OPTS);
    expect(none.data.focus).toEqual([]);
    expect(none.notes.join()).toContain('未包含评查重点');
    expect(section(none.sections.map((s) => [s.heading, ...s.blocks.map((b) => (b.kind === 'table' ? '' : b.text))].join('\n')).join('\n'), 4)).toContain('未发现普遍性问题或重复出现的问题');
  });

  it('works on a report without rubric, focus or comparison', () => {
    const p = buildNotice(plain, { rules, agency: '射阳县应急管理局' });
    expect(p.data.grades.map((g) => [g.name, g.count])).toEqual([
      ['优秀', 1],
      ['合格', 1],
      ['不合格', 1],
    ]);
    expect(p.data.failed.map((c) => c.party)).toEqual(['射阳某建筑工程有限公司']);
    expect(periodOf(plain)).toBe('2024年2月至4月');
    expect(p.sections.map((s) => s.heading)).toEqual(HEADINGS);
  });
});

describe('writeNoticeDocx', () => {
  const n = buildNotice(report, OPTS);
  let bytes: Uint8Array;
  let text: string;
  beforeAll(async () => {
    bytes = await writeNoticeDocx(n);
    text = (await mammoth.extractRawText({ buffer: Buffer.from(bytes) })).value;
  });
  afterEach(() => vi.useRealTimers());

  it('is a Word file with the title, number, addressee and the five headings in order', () => {
    expect(Buffer.from(bytes.subarray(0, 2)).toString()).toBe('PK');
    // 文号 above the title (GB/T 9704—2012 7.2.4)
    expect(text.startsWith('射应急〔2024〕58号')).toBe(true);
    expect(text.indexOf(n.title)).toBeGreaterThan(text.indexOf('射应急〔2024〕58号'));
    expect(text).toContain('各执法中队、海河镇安监所：');
    const at = headingPositions(text);
    expect(at.every((p) => p >= 0)).toBe(true);
    expect([...at].sort((a, b) => a - b)).toEqual(at);
  });

  it('contains every paragraph of the notice', () => {
    for (const p of allParagraphs(n)) expect(text).toContain(p);
  });

  it('shows grade counts and shares in section 二', () => {
    const two = section(text, 1);
    expect(two).toContain('评定为优秀的3件，占50.0%');
    expect(two).toContain('评定为合格的2件，占33.3%');
    expect(two).toContain('评定为不合格的1件，占16.7%');
  });

  it('shows the unit ranking in order', () => {
    const two = section(text, 1);
    const table = two.slice(two.indexOf('名次'));
    const pos = ['执法一中队', '执法二中队', '海河镇安监所'].map((u) => table.indexOf(u));
    expect(pos.every((p) => p >= 0)).toBe(true);
    expect([...pos].sort((a, b) => a - b)).toEqual(pos);
  });

  it('names parties in the per-case annex but masks them in the examples (section 三 and 附件2)', () => {
    const annex1 = text.slice(text.lastIndexOf('案卷评查结果及整改清单'), text.lastIndexOf('问题示例及依据'));
    expect(annex1).toContain('射阳县华丰化工有限公司');
    const examples = section(text, 2) + text.slice(text.lastIndexOf('问题示例及依据'));
    for (const name of [...PARTIES, ...QUOTED]) expect(examples).not.toContain(name);
    expect(examples).toContain('行政处罚告知书当事人“射阳××公司”与本案“射阳××有限公司”不一致');
    expect(examples).toContain('台账当事人为“李某甲”');
  });

  it('names the focus items with their measures under 五', () => {
    const five = section(text, 4);
    let last = -1;
    for (const f of report.focus!) {
      const at = five.indexOf(`${f.title}（`);
      expect(at).toBeGreaterThan(last);
      expect(five).toContain(f.measure);
      last = at;
    }
    expect(five).toContain('下一轮案卷评查的重点内容');
    for (const name of PARTIES) expect(five.slice(0, five.indexOf('附件'))).not.toContain(name);
  });

  it('signs with the agency and the date, then the annexes', () => {
    const sign = text.indexOf('射阳县应急管理局\n\n2024年6月30日');
    expect(sign).toBeGreaterThan(section(text, 4).length > 0 ? text.indexOf(HEADINGS[4]) : 0);
    expect(text.indexOf('附件1', sign)).toBeGreaterThan(sign);
    expect(text.indexOf('附件2', sign)).toBeGreaterThan(text.indexOf('附件1', sign));
  });

  it('sets the fonts, sizes, page and document properties', async () => {
    const { default: yauzl } = await import('yauzl');
    const files = await new Promise<Map<string, string>>((resolve, reject) => {
      const out = new Map<string, string>();
      yauzl.fromBuffer(Buffer.from(bytes), { lazyEntries: true }, (err, zip) => {
        if (err) return reject(err);
        zip.on('entry', (e) =>
          zip.openReadStream(e, (err2, s) => {
            if (err2) return reject(err2);
            const chunks: Buffer[] = [];
            s.on('data', (c: Buffer) => chunks.push(c));
            s.on('end', () => {
              out.set(e.fileName, Buffer.concat(chunks).toString('utf8'));
              zip.readEntry();
            });
          }),
        );
        zip.on('end', () => resolve(out));
        zip.readEntry();
      });
    });
    const doc = files.get('word/document.xml')!;
    expect(doc).toContain('w:eastAsia="方正小标宋简体"');
    expect(doc).toContain('w:eastAsia="仿宋_GB2312"');
    expect(doc).toContain('w:eastAsia="黑体"');
    expect(doc).toContain('w:eastAsia="楷体_GB2312"');
    expect(doc).toContain('<w:sz w:val="44"/>');
    expect(doc).toContain('w:line="560" w:lineRule="exact"');
    expect(doc).toContain('w:firstLineChars="200"');
    expect(doc).toMatch(/<w:pgSz w:w="11906" w:h="16838"/);
    expect(doc).toMatch(/<w:pgMar w:top="2098" w:right="1474" w:bottom="1984" w:left="1587"/);
    expect(files.get('word/fontTable.xml')).toContain('<w:font w:name="方正小标宋简体"><w:altName w:val="宋体"/>');
    const core = files.get('docProps/core.xml')!;
    expect(core).toContain('<dc:creator>射阳县应急管理局</dc:creator>');
    expect(core).toContain('<dcterms:created xsi:type="dcterms:W3CDTF">2024-06-30T00:00:00Z</dcterms:created>');
    // odd and even page footers, for the portrait body and the landscape annexes
    expect([...files.keys()].filter((k) => k.startsWith('word/footer'))).toHaveLength(4);
    expect(files.get('word/footer1.xml')).toContain('PAGE');
  });

  it('is byte-identical across builds, whatever the clock says', async () => {
    vi.useFakeTimers({ now: new Date('2031-03-04T05:06:07Z'), toFake: ['Date'] });
    const again = await writeNoticeDocx(buildNotice(report, OPTS));
    vi.useRealTimers();
    expect(Buffer.from(again).equals(Buffer.from(bytes))).toBe(true);
  });

  it('stamps zip entries with the notice date', () => {
    const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    const date = view.getUint16(12, true); // first local header's DOS date
    expect([(date >> 9) + 1980, (date >> 5) & 15, date & 31]).toEqual([2024, 6, 30]);
    expect(() => stampZip(new Uint8Array(30), '2024-06-30')).toThrow(/not a zip/);
  });
});

describe('writeNoticeMarkdown', () => {
  const n = buildNotice(report, OPTS);
  const md = writeNoticeMarkdown(n);

  it('has the title and the five sections in order as headings', () => {
    expect(md.startsWith(`射应急〔2024〕58号\n\n# ${n.title}\n`)).toBe(true);
    const at = HEADINGS.map((h) => md.indexOf(`\n## ${h}\n`));
    expect(at.every((p) => p >= 0)).toBe(true);
    expect([...at].sort((a, b) => a - b)).toEqual(at);
  });

  it('has the same paragraphs as the Word version', async () => {
    const docx = (await mammoth.extractRawText({ buffer: Buffer.from(await writeNoticeDocx(n)) })).value;
    const paragraphs = allParagraphs(n);
    for (const p of paragraphs) {
      expect(docx).toContain(p);
      // Markdown escapes nothing in this notice's text but may render `1. ` items as list items
      expect(md).toContain(p);
    }
  });

  it('has the grade table, the ranking table and the masked section 三', () => {
    expect(md).toContain('评定为优秀的3件，占50.0%');
    expect(md).toContain('| 1 | 执法一中队 | 2 | 89 | 1 | 0 | 1 |');
    const three = section(md, 2);
    for (const name of [...PARTIES, ...QUOTED]) expect(three).not.toContain(name);
    expect(section(md, 4)).toContain(report.focus![0].measure);
    expect(md).toContain('射阳县应急管理局\n\n2024年6月30日\n');
  });
});

describe('notice --help', () => {
  it('says --agency is optional and where its default comes from', async () => {
    const { run } = await import('./helpers/cli.js');
    const r = await run(['notice', '--help']);
    expect(r.code).toBe(0);
    const help = r.stdout.replace(/\s+/gu, ' ');
    expect(help).toContain('--agency <name> issuing agency');
    expect(help).toContain('default: the agency behind the issuer code in the case numbers');
    expect(r.stdout).toContain('--per-unit <dir>');
  });
});
