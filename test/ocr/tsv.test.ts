import { describe, expect, it } from 'vitest';
import { parseTsv, spanConfidence, tailConfidence } from '../../src/read/ocr/tsv.js';

/** Rows as tesseract 5 writes them in its TSV output (level 5 = word). */
function row(page: number, line: number, word: number, conf: number, text: string): string {
  return ['5', page, 1, 1, line, word, 0, 0, 10, 10, conf.toFixed(6), text].join('\t');
}
const HEADER = 'level\tpage_num\tblock_num\tpar_num\tline_num\tword_num\tleft\ttop\twidth\theight\tconf\ttext';

describe('tesseract TSV', () => {
  it('joins Chinese words without spaces, keeps spaces between Latin words and digits, and records word confidences', () => {
    const tsv = [HEADER, row(1, 1, 1, 96, '行政'), row(1, 1, 2, 91, '处罚'), row(1, 2, 1, 88, 'No.'), row(1, 2, 2, 40, '12'), row(1, 2, 3, 90, '号')].join('\n');
    const [page] = parseTsv(tsv);
    expect(page.text).toBe('行政处罚\nNo. 12号');
    expect(page.words).toEqual([2, 96, 4, 91, 8, 88, 11, 40, 12, 90]);
    expect(page.confidence).toBeCloseTo((96 + 91 + 88 + 40 + 90) / 500, 2);
    expect(spanConfidence(page.words, 0, 4)).toBe(0.91);
    expect(spanConfidence(page.words, 5, 12)).toBe(0.4);
    expect(tailConfidence(page.text, page.words, 4)).toBe(0.4);
  });

  it('drops doubtful stray punctuation and closing marks at a line start, never letters, digits or Chinese', () => {
    const tsv = [HEADER, row(1, 1, 1, 10, '”'), row(1, 1, 2, 93, '文书送达回执'), row(1, 2, 1, 20, '|'), row(1, 2, 2, 15, '王'), row(1, 2, 3, 30, '.')].join('\n');
    const [page] = parseTsv(tsv);
    expect(page.text).toBe('文书送达回执\n王');
  });

  it('keeps pages in order, an empty page as empty text', () => {
    const pages = parseTsv([HEADER, row(3, 1, 1, 90, '三'), row(1, 1, 1, 90, '一')].join('\n'));
    expect(pages.map((p) => p.text)).toEqual(['一', '', '三']);
    expect(pages[1].confidence).toBe(0);
  });
});
