import { describe, expect, it } from 'vitest';
import { toPages } from '../src/read/pages.js';
import { classify } from '../src/recognize/classify.js';
import { recognizeFile } from '../src/recognize/index.js';
import { loadRuleset } from '../src/ruleset/load.js';

const r = await loadRuleset();

describe('document type', () => {
  it('reads the title in the first lines, spaced out or beside the agency name', () => {
    expect(classify('射阳县应急管理局\n立 案 审 批 表\n（射）应急立〔2023〕12号', 'scan_0001.pdf', r)).toMatchObject({ type: 'filing-approval', by: 'title' });
    expect(classify('射阳县应急管理局行政处罚决定书\n（射）应急罚〔2023〕12号', 'x.pdf', r)).toMatchObject({ type: 'penalty-decision', by: 'title' });
  });
  it('prefers the longest title: on-the-spot decision, hearing notice, preservation decision', () => {
    expect(classify('射阳县应急管理局\n行政(当场)处罚决定书', 'a.pdf', r).type).toBe('onsite-penalty-decision');
    expect(classify('射阳县应急管理局\n听证告知书', 'a.pdf', r).type).toBe('hearing-notice');
    expect(classify('射阳县应急管理局\n先行登记保存证据处理决定书', 'a.pdf', r).type).toBe('preservation-decision');
  });
  it('a receipt that names the decision in its body is a receipt', () => {
    expect(classify('射阳县应急管理局\n文书送达回执\n送达文书名称及文号：行政处罚决定书（射）应急罚〔2023〕12号', 'a.pdf', r).type).toBe('service-receipt');
  });
  it('a court judgment quoting a decision is other, not penalty-decision', () => {
    const g = classify('江苏省射阳县人民法院\n行政判决书\n（2023）苏0924行初15号\n原告不服被告作出的（射）应急罚〔2023〕12号行政处罚决定书', '行政处罚决定书.pdf', r);
    expect(g).toMatchObject({ type: 'other', by: 'title' });
  });
  it('falls back to the file name, then to none', () => {
    expect(classify('', '03 询问笔录（张三）.pdf', r)).toMatchObject({ type: 'inquiry-record', by: 'filename' });
    expect(classify('', 'scan_0003.pdf', r)).toMatchObject({ type: 'other', by: 'none', confidence: 0 });
  });
});

describe('combined PDF', () => {
  it('splits by titled pages and keeps continuation pages with their document', () => {
    const pages = toPages([
      '射阳县应急管理局\n立案审批表\n立案日期：2023年3月2日',
      '射阳县应急管理局\n行政处罚决定书\n（射）应急罚〔2023〕12号\n第1页 共2页',
      '依据《中华人民共和国安全生产法》第一百零一条第（五）项\n二〇二三年三月二十一日\n第2页 共2页',
      '射阳县应急管理局\n文书送达回执\n送达文书名称及文号：行政处罚告知书\n送达时间：2023年3月13日',
      '射阳县应急管理局\n文书送达回执\n送达文书名称及文号：行政处罚决定书\n送达时间：2023年3月22日',
    ]);
    const docs = recognizeFile('case.pdf', pages, r);
    expect(docs.map((d) => [d.type, d.pages])).toEqual([
      ['filing-approval', [1, 1]],
      ['penalty-decision', [2, 3]],
      ['service-receipt', [4, 4]],
      ['service-receipt', [5, 5]],
    ]);
    expect(docs[1].fields.keyDate?.date).toBe('2023-03-21');
    expect(docs[1].fields.keyDate?.page).toBe(3);
    expect(docs[3].fields.servedDocument?.type).toBe('penalty-decision');
    expect(docs[2].fields.servedDocument?.type).toBe('penalty-notice');
    expect(docs[0].fields.keyDate).toMatchObject({ date: '2023-03-02', label: '立案日期' });
  });
});

describe('Traditional characters', () => {
  it('a document exported in Traditional characters is recognised with its fields; quotes keep the original', () => {
    const pages = toPages(['射陽縣應急管理局\n行政處罰決定書\n（射）應急罰〔2023〕12號\n當事人：射陽縣華興化工有限公司\n執法人員：張偉（執法證號：32090019001）、李娜（執法證號：32090019002）\n決定給予罰款人民幣叁萬元整（¥30000元）的行政處罰。\n二〇二三年四月一日']);
    const [d] = recognizeFile('決定書.pdf', pages, r);
    expect(d.type).toBe('penalty-decision');
    expect(d.fields.party?.name).toBe('射阳县华兴化工有限公司');
    expect(d.fields.party?.quote).toBe('射陽縣華興化工有限公司');
    expect(d.fields.fine?.yuan).toBe(30000);
    expect(d.fields.officers.map((o) => o.name)).toEqual(['张伟', '李娜']);
    expect(d.fields.keyDate?.date).toBe('2023-04-01');
    expect(d.fields.docNumber?.caseRef).toEqual({ year: 2023, serial: '12', issuer: '射应急' });
  });
  it('a Simplified page is left exactly as it is', () => {
    const text = '射阳县乾坤建材厂 乾燥车间 检查记录';
    expect(toPages([text])[0].norm).toBe(text);
  });
});
