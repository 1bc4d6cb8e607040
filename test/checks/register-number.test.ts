import { describe, expect, it } from 'vitest';
import { registerCaseRef } from '../../src/checks/register.js';
import { toPages } from '../../src/read/pages.js';
import { recognizeFile } from '../../src/recognize/index.js';
import { loadRuleset } from '../../src/ruleset/load.js';

/**
 * A register row and a case folder are matched by issuer + year + serial: the register's 案号 must be read
 * with the same number words as the documents, or an agency word only the vocabulary knows (住建, 综行)
 * would give two issuers for one case and a false "folder not in the register".
 */
describe('register case numbers', () => {
  it.each(['（射）住建执罚〔2018〕64号', '浙杭临综行责改〔2024〕第15号', '豫0731应急罚〔2023〕12号'])('%s: the same issuer as on the decision', async (number) => {
    const ruleset = await loadRuleset();
    const [decision] = recognizeFile('决定书.txt', toPages([`某县综合行政执法局\n行政处罚决定书\n${number}\n当事人：某某有限公司\n`]), ruleset);
    expect(registerCaseRef(number, ruleset.vocabulary.docNumber)).toEqual(decision.fields.docNumber?.caseRef);
  });
});
