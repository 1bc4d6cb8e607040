import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { toPages } from '../../src/read/pages.js';
import { recognizeFile } from '../../src/recognize/index.js';
import { BUILTIN_RULESET_DIR, loadRuleset, RulesetError } from '../../src/ruleset/load.js';
import { checkText } from '../helpers/recognized.js';

/**
 * The recognition vocabulary is data (schemas/work-safety/vocabulary.yaml): a bureau whose forms word
 * things differently adds its labels to a copy of the ruleset, and they are recognised without code.
 * What the vocabulary does not know is never a defect: it is a needs-review item for a person.
 */
const copies: string[] = [];
afterAll(async () => {
  for (const dir of copies) await rm(dir, { recursive: true, force: true });
});
async function rulesetCopy(edit: (vocabulary: string) => string) {
  const dir = await mkdtemp(path.join(tmpdir(), 'caseaudit-vocabulary-'));
  copies.push(dir);
  await cp(BUILTIN_RULESET_DIR, dir, { recursive: true });
  const file = path.join(dir, 'vocabulary.yaml');
  await writeFile(file, edit(await readFile(file, 'utf8')));
  return dir;
}

/** A rectification review whose officers stand under a label no template we know uses. */
const REVIEW = '某县应急管理局\n整改复查意见书\n某应急复查〔2024〕3号\n被复查单位：某县恒通机械有限公司\n复查时间：2024年5月10日\n现场督查组成员：赵明 执法证号：41000020001  吴刚 执法证号：41000020002\n';

describe('vocabulary as data', () => {
  it('a label added in a ruleset copy is recognised, with the entry that matched', async () => {
    const builtin = await loadRuleset();
    const before = recognizeFile('复查.txt', toPages([REVIEW]), builtin)[0];
    expect(before.type).toBe('rectification-review');
    expect(before.fields.officers).toEqual([]);

    const dir = await rulesetCopy((v) => v.replace('  labels: [执法人员及执法证号,', '  labels: [现场督查组成员, 执法人员及执法证号,'));
    const local = await loadRuleset(dir);
    const after = recognizeFile('复查.txt', toPages([REVIEW]), local)[0];
    expect(after.fields.officers.map((o) => `${o.name}:${o.certificate}`)).toEqual(['赵明:41000020001', '吴刚:41000020002']);
    expect(after.fields.party).toMatchObject({ name: '某县恒通机械有限公司', via: 'party.byDocument: 被复查单位' });
  });

  it('a bad vocabulary is a ruleset error with file and path', async () => {
    const dir = await rulesetCopy((v) => v.replace('reviewBelow: 0.75', 'reviewBelow: 2').replace("    - '^第\\d+页[,，]?共\\d+页$'", "    - '^第(\\d+页'"));
    const error = await loadRuleset(dir).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RulesetError);
    const issues = (error as RulesetError).issues.filter((i) => i.file === 'vocabulary.yaml').map((i) => i.path);
    expect(issues).toEqual(expect.arrayContaining(['reviewBelow', 'chrome.lines.0']));
  });
});

describe('unknown is not a defect', () => {
  it('officers under a label the vocabulary does not know: needs review, no finding, no veto', async () => {
    const r = await checkText({ '复查.txt': REVIEW, '责令.txt': '某县应急管理局\n责令限期整改指令书\n某应急责改〔2024〕3号\n某县恒通机械有限公司：\n2024年4月30日\n' });
    expect(r.findings.filter((f) => f.rule.startsWith('officer'))).toEqual([]);
    expect(r.needsReview).toEqual(expect.arrayContaining([expect.objectContaining({ check: 'officers', rule: 'officers-fewer-than-two', file: '复查.txt' })]));
  });

  it('an officer line with text the reader does not understand: needs review, not a veto', async () => {
    const record = '某县应急管理局\n现场检查记录\n被检查单位：某县恒通机械有限公司\n检查时间：2024年4月30日\n检查人员：赵明（执法证号：41000020001） 协查：吴刚同志\n';
    const r = await checkText({ '检查.txt': record });
    expect(r.findings.map((f) => f.rule)).not.toContain('officers-fewer-than-two');
    expect(r.needsReview.map((x) => x.rule)).toContain('officers-fewer-than-two');
  });

  it('a record that names one officer, read whole, is still a defect', async () => {
    const record = '某县应急管理局\n现场检查记录\n被检查单位：某县恒通机械有限公司\n检查时间：2024年4月30日\n检查人员：赵明 执法证号：41000020001\n记录人：赵明\n';
    const r = await checkText({ '检查.txt': record });
    expect(r.findings.map((f) => f.rule)).toContain('officers-fewer-than-two');
  });

  it('a number quoted in a sentence that differs from the case: needs review, not a mismatch', async () => {
    const receipt = '某县应急管理局\n文书送达回执\n送达文书名称及文号：行政处罚决定书（某应急罚〔2024〕8号）\n受送达人：某县恒通机械有限公司\n送达时间：2024年5月20日\n';
    const decision = '某县应急管理局\n行政处罚决定书\n某应急罚〔2024〕3号\n当事人：某县恒通机械有限公司\n2024年5月18日\n';
    const r = await checkText({ '决定书.txt': decision, '回执.txt': receipt });
    expect(r.findings.map((f) => f.rule)).not.toContain('case-number-mismatch');
    expect(r.needsReview.map((x) => x.rule)).toContain('case-number-mismatch');
  });
});
