import type { CaseResult } from '../model/report.js';
import type { RuleCatalogue } from '../ruleset/rules.js';
import { caseKey } from '../rounds/identity.js';
import { toFinding } from './index.js';

/**
 * One case number, two folders (案号重复): each folder is audited as the case it is and gets a
 * `case-number-duplicate` finding naming the others — never merged, since either the case was sent twice
 * or one folder carries a wrong number, and only a person can tell which. Cases without a case number
 * read are not compared (unknown is not a defect).
 */
export function flagDuplicateCaseNumbers(cases: CaseResult[], rules: RuleCatalogue, lang: 'zh' | 'en'): void {
  if (!rules.enabled('case-number-duplicate')) return;
  const byNumber = new Map<string, CaseResult[]>();
  for (const c of cases) {
    if (!c.caseRef) continue;
    const key = caseKey(c);
    byNumber.set(key, [...(byNumber.get(key) ?? []), c]);
  }
  for (const [key, group] of byNumber) {
    if (group.length < 2) continue;
    for (const c of group) {
      const others = group.filter((o) => o !== c).map((o) => o.folder);
      const data = { caseNumber: c.caseNumber ?? key, folder: c.folder, others: others.join(lang === 'zh' ? '、' : ', ') };
      c.findings.push(toFinding(rules, { rule: 'case-number-duplicate', messageId: 'duplicate', data }, key, lang));
    }
  }
}
