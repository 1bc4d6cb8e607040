import type { CaseResult } from '../model/report.js';
import type { RuleCatalogue } from '../ruleset/rules.js';
import { caseKey } from '../rounds/identity.js';
import { toFinding } from './finding.js';

/**
 * One case number, two folders (案号重复): each folder is audited as the case it is and gets a
 * `case-number-duplicate` finding naming the others — never merged, since either the case was sent twice
 * or one folder carries a wrong number, and only a person can tell which. Cases without a case number
 * read are not compared (unknown is not a defect).
 */
/**
 * How many of the other folders a finding names. The rest are counted, not listed: a number shared by
 * hundreds of folders (an export run twice, a template never renumbered) would otherwise put every
 * folder's name into every one of those findings, a report growing with the square of the archive.
 */
export const DUPLICATES_NAMED = 5;

export function flagDuplicateCaseNumbers(cases: CaseResult[], rules: RuleCatalogue, lang: 'zh' | 'en'): void {
  if (!rules.enabled('case-number-duplicate')) return;
  const byNumber = new Map<string, CaseResult[]>();
  for (const c of cases) {
    if (!c.caseRef) continue;
    const key = caseKey(c);
    const group = byNumber.get(key);
    if (group) group.push(c);
    else byNumber.set(key, [c]);
  }
  for (const [key, group] of byNumber) {
    if (group.length < 2) continue;
    group.forEach((c, i) => {
      // the first folders of the group other than this one, in the archive's order
      const named: string[] = [];
      for (let j = 0; j < group.length && named.length < DUPLICATES_NAMED; j++) if (j !== i) named.push(group[j].folder);
      const otherCount = group.length - 1;
      const data = { caseNumber: c.caseNumber ?? key, folder: c.folder, others: named.join(lang === 'zh' ? '、' : ', '), otherCount };
      const messageId = otherCount > named.length ? 'duplicateMany' : 'duplicate';
      c.findings.push(toFinding(rules, { rule: 'case-number-duplicate', messageId, data }, key, lang));
    });
  }
}
