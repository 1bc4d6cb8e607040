import { describe, expect, it } from 'vitest';
import { extensionOf } from '../src/scan/source.js';

describe('extensionOf', () => {
  it('is what follows the last dot, lower-cased, when that is a name part of its own', () => {
    const cases: [string, string][] = [
      ['行政处罚决定书.PDF', 'pdf'],
      ['（射）应急罚〔2023〕12号/询问笔录（姚金山）.Docx', 'docx'],
      ['export.tar.gz', 'gz'],
      ['.DS_Store', 'ds_store'],
      ['立案审批表', ''],
      ['立案审批表.', ''],
      ['案卷.2023/立案审批表', ''],
      ['案卷.2023\\立案审批表', ''],
      ['export.zip!/案卷/决定书.pdf', 'pdf'],
      ['', ''],
    ];
    for (const [name, ext] of cases) expect(extensionOf(name), name).toBe(ext);
  });
});
