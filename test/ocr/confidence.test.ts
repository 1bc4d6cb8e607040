import { describe, expect, it } from 'vitest';
import type { CaseDocument } from '../../src/model/document.js';
import type { PageText } from '../../src/read/pages.js';
import { normalize } from '../../src/read/pages.js';
import { applyOcrConfidence } from '../../src/recognize/ocr-confidence.js';

/** An OCR'd page from its words and their confidences (0–100), one line per array. */
function ocrPage(lines: [string, number][][]): PageText {
  let text = '';
  const words: number[] = [];
  lines.forEach((line, i) => {
    if (i > 0) text += '\n';
    for (const [w, c] of line) {
      text += w;
      words.push(text.length, c);
    }
  });
  return { page: 1, text, norm: normalize(text), ocr: { confidence: 0.8, words } };
}

function approval(label: string): CaseDocument {
  const key = { date: '2023-06-27', label, quote: '2023年6月27日', page: 1 };
  return { file: 'a.pdf', type: 'case-approval', by: 'title', confidence: 1, evidence: '案件处理呈批表', fields: { dates: [key], keyDate: key, officers: [], citations: [] } };
}

describe('OCR confidence of a field', () => {
  it('is the confidence of its own occurrence after its label, not of the same text read worse elsewhere on the page', () => {
    const page = ocrPage([
      [['案件处理呈批表', 95]],
      [['承办人:王强，', 90], ['2023', 30], ['年6月27日', 40]],
      [['审批时间:', 92], ['2023', 93], ['年6月27日', 91]],
    ]);
    expect(applyOcrConfidence(approval('审批时间'), [page], ['审批时间']).fields.keyDate?.confidence).toBe(0.91);
    // the approval date itself doubtful: it stays doubtful whatever the signature date reads
    const doubtful = ocrPage([
      [['案件处理呈批表', 95]],
      [['承办人:王强，', 90], ['2023', 93], ['年6月27日', 91]],
      [['审批时间:', 92], ['2023', 30], ['年6月27日', 91]],
    ]);
    expect(applyOcrConfidence(approval('审批时间'), [doubtful], ['审批时间']).fields.keyDate?.confidence).toBe(0.3);
  });
});
