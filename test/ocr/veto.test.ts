import { describe, expect, it } from 'vitest';
import type { CaseDocument } from '../../src/model/document.js';
import { check, cleanGeneralCase, doc, replace } from '../helpers/cases.js';

/** The document as if read by OCR from a scan, every page read with high confidence. */
function scanned(d: CaseDocument): CaseDocument {
  return { ...d, file: `${d.type}.pdf`, confidence: 0.95, ocr: { confidence: 0.93, pages: [{ page: 1, confidence: 0.93 }] } };
}

/** A veto needs positive evidence: what OCR did not find on a scan is not (ocr-doubt.ts). */
describe('a finding that would veto the case, resting on a document read by OCR', () => {
  const oneOfficer = (d: CaseDocument) => replace(cleanGeneralCase(), 'inquiry-record', d);
  const inquiry = doc('inquiry-record', { date: '2023-03-03', officers: [{ name: '张伟', certificate: '32090019001', quote: '' }] });

  it('is a veto from a text document', async () => {
    const r = await check(oneOfficer(inquiry));
    expect(r.rules).toEqual(['officers-fewer-than-two/inquiry-record']);
  });

  it('is needs-review, never a finding, when the document was read by OCR, however confidently', async () => {
    const r = await check(oneOfficer(scanned(inquiry)));
    expect(r.findings).toEqual([]);
    const review = r.needsReview.filter((n) => n.rule === 'officers-fewer-than-two');
    expect(review).toHaveLength(1);
    expect(review[0]).toMatchObject({ check: 'ocr:officers-fewer-than-two', file: 'inquiry-record.pdf', page: 1 });
    expect(review[0].reason).toContain('不作为一票否决的确证');
    expect(review[0].reason).toContain('93%');
  });

  it('a finding that cannot veto stays a finding on a confidently read scan', async () => {
    const inspection = doc('inspection-record', { date: '2023-03-01', officers: [{ name: '张伟', certificate: '32090019001', quote: '' }, { name: '李娜', quote: '' }] });
    const r = await check(replace(cleanGeneralCase(), 'inspection-record', scanned(inspection)));
    expect(r.rules).toEqual(['officer-certificate-missing/inspection-record']);
  });
});
