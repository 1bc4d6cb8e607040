import { describe, expect, it } from 'vitest';
import type { CaseDocument } from '../../src/model/document.js';
import { check, cleanGeneralCase, doc, replace } from '../helpers/cases.js';

/** The document as if read by OCR from a scan, every page read with high confidence. */
function scanned(d: CaseDocument): CaseDocument {
  return { ...d, file: `${d.type}.pdf`, confidence: 0.95, ocr: { confidence: 0.93, pages: [{ page: 1, confidence: 0.93 }] } };
}

/** The one needs-review item a finding of `rule` became, on the scanned `file` (and no finding at all). */
function heldBack(r: Awaited<ReturnType<typeof check>>, rule: string, file: string) {
  expect(r.findings).toEqual([]);
  const review = r.needsReview.filter((n) => n.rule === rule);
  expect(review).toHaveLength(1);
  expect(review[0]).toMatchObject({ check: `ocr:${rule}`, file, page: 1 });
  return review[0];
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
    const review = heldBack(await check(oneOfficer(scanned(inquiry))), 'officers-fewer-than-two', 'inquiry-record.pdf');
    expect(review.reason).toContain('不作为一票否决的确证');
    expect(review.reason).toContain('93%');
  });
});

/** Unknown is not a defect: a certificate number or a clause OCR did not find may be on the original. */
describe('a finding of an `absence` rule (rules.yaml), resting on a document read by OCR', () => {
  const inspection = doc('inspection-record', { date: '2023-03-01', officers: [{ name: '张伟', certificate: '32090019001', quote: '' }, { name: '李娜', quote: '' }] });

  it('is a finding from a text document', async () => {
    const r = await check(replace(cleanGeneralCase(), 'inspection-record', inspection));
    expect(r.rules).toEqual(['officer-certificate-missing/inspection-record']);
  });

  it('is needs-review, never a deduction, when the document was read by OCR, however confidently', async () => {
    const review = heldBack(await check(replace(cleanGeneralCase(), 'inspection-record', scanned(inspection))), 'officer-certificate-missing', 'inspection-record.pdf');
    expect(review.what).toContain('李娜');
    expect(review.reason).toContain('OCR未识别出的内容不能证明原件未载明');
  });

  it('a finding on what OCR did read (two amounts that differ) stays a finding on a confidently read scan', async () => {
    const receipt = doc('payment-receipt', { date: '2023-03-30', fine: 1000 });
    const r = await check(replace(cleanGeneralCase(), 'payment-receipt', scanned(receipt)));
    expect(r.rules).toEqual(['amount-mismatch/payment-receipt']);
  });
});
