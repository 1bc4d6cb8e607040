import { readFileSync } from 'node:fs';
import { Report } from '../../src/model/report.js';

/** The hand-built sample report with one needs-review item on its first case. */
export function withReview(): Report {
  const report = Report.parse(JSON.parse(readFileSync(new URL('../fixtures/report/sample-report.json', import.meta.url), 'utf8')));
  report.cases[0].needsReview = [
    { check: 'officers', rule: 'officers-fewer-than-two', file: `${report.cases[0].folder}/整改复查意见书.pdf`, page: 2, what: '整改复查意见书的执法人员', reason: '未找到执法人员栏目（可能为手写签名）' },
  ];
  report.summary.needsReview = 1;
  return report;
}
