import { describe, expect, it } from 'vitest';
import { check, cleanGeneralCase, doc, replace } from '../helpers/cases.js';

describe('a clean general-procedure case', () => {
  it('has no finding and nothing left unchecked but the open as-of deadlines', async () => {
    const { findings, skipped } = await check(cleanGeneralCase());
    expect(findings).toEqual([]);
    // every applicable deadline was evaluated: nothing skipped for lack of a date
    expect(skipped.filter((s) => /could not/.test(s.reason))).toEqual([]);
  });
});

describe('completeness', () => {
  it('ng: a missing investigation report', async () => {
    const r = await check(replace(cleanGeneralCase(), 'investigation-report', undefined));
    expect(r.rules).toContain('document-missing/investigation-report');
  });
  it('ng: fine 30,000 without hearing notice; ok once it is there', async () => {
    const docs = replace(cleanGeneralCase(), 'penalty-decision', doc('penalty-decision', { date: '2023-03-21', fine: 30000, citations: cleanGeneralCase()[7].fields.citations }));
    const fixedPayment = replace(docs, 'payment-receipt', doc('payment-receipt', { date: '2023-03-30', fine: 30000 }));
    expect((await check(fixedPayment)).rules).toEqual(['document-missing/hearing-notice']);
    expect((await check([...fixedPayment, doc('hearing-notice', { date: '2023-03-13' })])).rules).toEqual([]);
  });
  it('ng: fine 60,000 for an organisation needs legal review and collective discussion', async () => {
    const base = cleanGeneralCase();
    let docs = replace(base, 'penalty-decision', doc('penalty-decision', { date: '2023-03-21', fine: 60000, citations: base[7].fields.citations }));
    docs = replace(docs, 'payment-receipt', doc('payment-receipt', { date: '2023-03-30', fine: 60000 }));
    docs.push(doc('hearing-notice', { date: '2023-03-13' }));
    expect((await check(docs)).rules.sort()).toEqual(['document-missing/collective-discussion', 'document-missing/legal-review']);
  });
  it('ng: a decision with no service receipt naming it', async () => {
    const docs = replace(cleanGeneralCase(), 'service-receipt', undefined, (d) => d.fields.servedDocument?.type === 'penalty-decision');
    expect((await check(docs)).rules).toContain('document-missing/service-receipt/penalty-decision');
  });
  it('does not guess a condition it cannot decide: fine unread → hearing requirement not checked', async () => {
    const base = cleanGeneralCase();
    const docs = replace(base, 'penalty-decision', doc('penalty-decision', { date: '2023-03-21', citations: base[7].fields.citations }));
    const r = await check(docs);
    expect(r.rules).not.toContain('document-missing/hearing-notice');
    expect(r.skipped.map((s) => s.check)).not.toContain('completeness:hearing-notice');
    expect(r.needsReview.map((s) => s.check)).toContain('completeness:hearing-notice');
  });
});

describe('deadlines', () => {
  it('ng: decision 45 days after filing without extension approval', async () => {
    const base = cleanGeneralCase();
    const docs = replace(base, 'penalty-decision', doc('penalty-decision', { date: '2023-04-16', fine: 10000, citations: base[7].fields.citations }));
    const r = await check(docs);
    expect(r.rules).toContain('deadline-missed/decision-within-30d');
    expect(r.rules).toContain('document-missing/extension-approval');
    const f = r.findings.find((x) => x.rule === 'deadline-missed')!;
    expect(f.data).toMatchObject({ actual: 45, limit: 30, fromDate: '2023-03-02', toDate: '2023-04-16' });
  });
  it('ok: 45 days with an extension approval (limit 90)', async () => {
    const base = cleanGeneralCase();
    const docs = replace(base, 'penalty-decision', doc('penalty-decision', { date: '2023-04-16', fine: 10000, citations: base[7].fields.citations }));
    const later = docs.map((d) => (d.type === 'service-receipt' && d.fields.servedDocument?.type === 'penalty-decision' ? doc('service-receipt', { date: '2023-04-17', served: 'penalty-decision' }) : d));
    const paid = replace(replace(later, 'payment-receipt', doc('payment-receipt', { date: '2023-04-20', fine: 10000 })), 'closing-approval', doc('closing-approval', { date: '2023-04-21' }));
    const r = await check([...paid, doc('extension-approval', { date: '2023-03-30' })]);
    expect(r.rules).toEqual([]);
  });
  it('service across National Day 2023: 7 working days passes, 8 fails', async () => {
    const base = cleanGeneralCase();
    const at = (decision: string, served: string) =>
      base.map((d) => {
        if (d.type === 'penalty-decision') return doc('penalty-decision', { date: decision, fine: 10000, citations: d.fields.citations });
        if (d.type === 'service-receipt' && d.fields.servedDocument?.type === 'penalty-decision') return doc('service-receipt', { date: served, served: 'penalty-decision' });
        if (d.type === 'filing-approval') return doc('filing-approval', { date: '2023-09-01' });
        if (d.type === 'closing-approval') return doc('closing-approval', { date: '2023-10-20' });
        if (d.type === 'payment-receipt') return doc('payment-receipt', { date: '2023-10-16', fine: 10000 });
        if (['inspection-record', 'inquiry-record', 'investigation-report', 'penalty-notice', 'case-approval'].includes(d.type)) return doc(d.type, { date: '2023-09-05', period: d.fields.period });
        if (d.type === 'service-receipt') return doc('service-receipt', { date: '2023-09-05', served: 'penalty-notice' });
        return d;
      });
    expect((await check(at('2023-09-27', '2023-10-12'))).rules).toEqual([]);
    const late = await check(at('2023-09-27', '2023-10-13'));
    expect(late.rules).toEqual(['deadline-missed/service-within-7wd']);
    expect(late.findings[0].data).toMatchObject({ actual: 8, limit: 7, unit: 'working' });
  });
  it('2019 (old law): service is counted in calendar days', async () => {
    const docs = cleanGeneralCase().map((d) => ({ ...d }));
    const r = await check(
      docs.map((d) => {
        const date = d.fields.keyDate?.date?.replace('2023', '2019');
        if (d.type === 'cover') return doc('cover', { year: 2019 });
        return date ? doc(d.type, { date, fine: d.fields.fine?.yuan, served: d.fields.servedDocument?.type, citations: d.fields.citations, period: d.fields.period }) : d;
      }),
    );
    expect(r.rules).toEqual([]);
    expect(r.kase.facts.applied?.id).toBe('apl-2017');
  });
  it('ng: statement period cut short (decision one working day after the notice was served)', async () => {
    const base = cleanGeneralCase();
    const docs = replace(base, 'case-approval', doc('case-approval', { date: '2023-03-14' }));
    const early = replace(docs, 'penalty-decision', doc('penalty-decision', { date: '2023-03-14', fine: 10000, citations: base[7].fields.citations }));
    const r = await check(early);
    expect(r.rules).toEqual(['period-not-observed/statement-period']);
  });
  it('ok: a written waiver ends the statement period', async () => {
    const base = cleanGeneralCase();
    const early = replace(replace(base, 'case-approval', doc('case-approval', { date: '2023-03-14' })), 'penalty-decision', doc('penalty-decision', { date: '2023-03-14', fine: 10000, citations: base[7].fields.citations }));
    const r = await check([...early, doc('statement-record', { date: '2023-03-13', waived: { quote: '放弃陈述申辩' } })]);
    expect(r.rules).toEqual([]);
  });
  it('ok: payment 20 days after service is the party\'s lateness, not a defect of the file (行政处罚法 art. 67)', async () => {
    const r = await check(replace(replace(cleanGeneralCase(), 'payment-receipt', doc('payment-receipt', { date: '2023-04-11', fine: 10000 })), 'closing-approval', doc('closing-approval', { date: '2023-04-12' })));
    expect(r.rules).toEqual([]);
  });
  it('as-of: an open case decided but not served is missed after 7 working days, approaching before', async () => {
    const open = cleanGeneralCase().filter((d) => !['payment-receipt', 'closing-approval'].includes(d.type) && !(d.type === 'service-receipt' && d.fields.servedDocument?.type === 'penalty-decision'));
    expect((await check(open, { asOf: '2023-04-03' })).rules).toContain('deadline-missed/service-within-7wd');
    expect((await check(open, { asOf: '2023-03-28' })).rules).toContain('deadline-approaching/service-within-7wd');
    expect((await check(open, { asOf: '2023-03-22' })).rules).not.toContain('deadline-approaching/service-within-7wd');
  });
  it('a year the holiday calendar lacks is reported, not guessed', async () => {
    const docs = cleanGeneralCase().map((d) => {
      const date = d.fields.keyDate?.date?.replace('2023', '2027');
      return date ? doc(d.type, { date, fine: d.fields.fine?.yuan, served: d.fields.servedDocument?.type, citations: d.fields.citations, period: d.fields.period }) : d;
    });
    const r = await check(docs);
    expect(r.skipped.find((s) => s.check === 'deadline:service-within-7wd')?.reason).toMatch(/no data for 2027/);
  });
});

describe('order', () => {
  it('ng: case approval back-filled after the decision', async () => {
    const r = await check(replace(cleanGeneralCase(), 'case-approval', doc('case-approval', { date: '2023-03-25' })));
    expect(r.rules).toEqual(['date-order/case-approval>penalty-decision']);
    expect(r.findings[0].data.veto).toBe(false);
  });
  it('ng: decision before the filing is 程序倒置 (veto)', async () => {
    const r = await check(replace(cleanGeneralCase(), 'filing-approval', doc('filing-approval', { date: '2023-03-22' })));
    const f = r.findings.find((x) => x.data.pair === 'filing-approval>penalty-decision');
    expect(f?.data.veto).toBe(true);
  });
});

describe('consistency', () => {
  it('ng: receipt numbered with another serial, party name variant, paid amount differs', async () => {
    let docs = replace(cleanGeneralCase(), 'service-receipt', doc('service-receipt', { date: '2023-03-22', served: 'penalty-decision', serial: '13', file: 'decision-receipt.pdf' }), (d) => d.fields.servedDocument?.type === 'penalty-decision');
    docs = replace(docs, 'payment-receipt', doc('payment-receipt', { date: '2023-03-30', fine: 3000 }));
    docs = replace(docs, 'inquiry-record', doc('inquiry-record', { date: '2023-03-03', party: '射阳县华兴化工有限责任公司' }));
    const r = await check(docs);
    expect(r.rules.sort()).toEqual(['amount-mismatch/payment-receipt', 'case-number-mismatch/service-receipt', 'party-mismatch/inquiry-record']);
  });
  it('ok: the same party written with spaces and full-width brackets', async () => {
    const r = await check(replace(cleanGeneralCase(), 'inquiry-record', doc('inquiry-record', { date: '2023-03-03', party: '射阳县 华兴化工 有限公司' })));
    expect(r.rules).toEqual([]);
  });
});

describe('officers', () => {
  it('ng: one officer on an inquiry record; an officer without a certificate number', async () => {
    let docs = replace(cleanGeneralCase(), 'inquiry-record', doc('inquiry-record', { date: '2023-03-03', officers: [{ name: '张伟', certificate: '32090019001', quote: '' }] }));
    docs = replace(docs, 'inspection-record', doc('inspection-record', { date: '2023-03-01', officers: [{ name: '张伟', certificate: '32090019001', quote: '' }, { name: '李娜', quote: '' }] }));
    expect((await check(docs)).rules.sort()).toEqual(['officer-certificate-missing/inspection-record', 'officers-fewer-than-two/inquiry-record']);
  });
});

describe('legal basis', () => {
  const withCitations = (citations: NonNullable<Parameters<typeof doc>[1]>['citations'], date = '2023-03-21') =>
    replace(cleanGeneralCase(), 'penalty-decision', doc('penalty-decision', { date, fine: 10000, citations }));
  /** a decision read whole that cites nothing: the facts, the fine and the remedies, no article, no law title */
  const UNCITED =
    '行政处罚决定书\n当事人：射阳县华兴化工有限公司\n经查，你单位甲类仓库未按规定设置可燃气体报警装置，现场检查时报警器处于停用状态，' +
    '有现场检查记录、询问笔录和现场照片为证。本机关于2023年3月13日向你单位送达了行政处罚告知书，你单位在规定期限内未提出陈述申辩。' +
    '本机关决定对你单位处以罚款人民币壹万元整。罚款限于收到本决定书之日起十五日内缴纳。如不服本决定，可以在收到本决定书之日起六十日内申请行政复议，或者在六个月内提起行政诉讼。';
  it('ng: a decision read whole that cites no article and no law', async () => {
    const docs = withCitations([]);
    const decision = docs.find((d) => d.type === 'penalty-decision')!;
    const r = await check(docs, { text: new Map([[decision, UNCITED]]) });
    expect(r.rules).toEqual(['legal-basis-missing/penalty-decision']);
  });
  it('needs review, never a veto: the decision names articles the reader could not parse, or too little was read', async () => {
    const docs = withCitations([]);
    const decision = docs.find((d) => d.type === 'penalty-decision')!;
    for (const text of [UNCITED.replace('本机关决定', '依据安全生产法第九十九条的规定，本机关决定'), '行政处罚决定书']) {
      const r = await check(docs, { text: new Map([[decision, text]]) });
      expect(r.rules).toEqual([]);
      expect(r.needsReview.map((x) => x.rule)).toContain('legal-basis-missing');
    }
  });
  it('ng: a law without article; an itemised article without item', async () => {
    expect((await check(withCitations([{ law: '安全生产法', quote: '《安全生产法》' }]))).rules).toEqual(['legal-basis-imprecise/penalty-decision']);
    expect((await check(withCitations([{ law: '安全生产法', article: 99, quote: '《安全生产法》第九十九条' }]))).rules).toEqual(['legal-basis-imprecise/penalty-decision']);
  });
  it('ng: a 2022 notice citing the 2017 article numbers; ok in 2020', async () => {
    const old = [{ law: '中华人民共和国行政处罚法', article: 31, quote: '第三十一条' }];
    const notice = doc('penalty-notice', { date: '2023-03-13', citations: old });
    const docs = replace(cleanGeneralCase(), 'penalty-notice', notice);
    const text = new Map([[notice, '根据《中华人民共和国行政处罚法》第三十一条的规定，现将拟作出的行政处罚告知如下']]);
    expect((await check(docs, { text })).rules).toEqual(['legal-basis-outdated/penalty-notice']);
  });
  it('ng: hearing notice after 2021-07-15 still saying 三日内 for a hearing request', async () => {
    const hearing = doc('hearing-notice', { date: '2023-03-13' });
    const text = new Map([[hearing, '你单位如要求听证，应当在收到本告知书之日起三日内提出听证申请']]);
    const r = await check([...cleanGeneralCase(), hearing], { text });
    expect(r.rules).toEqual(['legal-basis-outdated/hearing-notice']);
  });
  it('simple procedure: 5,000 yuan on the spot for an organisation is over the limit; 3,000 is not', async () => {
    const simple = (fine: number) => [
      doc('inspection-record', { date: '2023-05-10' }),
      doc('onsite-penalty-decision', { date: '2023-05-10', fine, citations: [{ law: '安全生产法', article: 41, paragraph: 2, quote: '' }] }),
      doc('payment-receipt', { date: '2023-05-11', fine }),
    ];
    expect((await check(simple(5000))).rules).toEqual(['simple-procedure-over-limit/onsite-penalty-decision']);
    expect((await check(simple(3000))).rules).toEqual([]);
  });
});

describe('remedy clause after 2024-01-01', () => {
  const decision = (date: string) => doc('penalty-decision', { date, fine: 10000, citations: cleanGeneralCase()[7].fields.citations });
  const withText = (date: string, text: string) => {
    const d = decision(date);
    return { docs: replace(cleanGeneralCase(), 'penalty-decision', d), text: new Map([[d, text]]) };
  };
  it('ng: a 2024 decision still naming the upper department as the review body', async () => {
    const { docs, text } = withText('2024-03-21', '如不服本决定，可以在收到本决定书之日起六十日内向射阳县人民政府或者盐城市应急管理局申请行政复议，或者在六个月内依法向人民法院提起行政诉讼');
    const dated = docs.map((d) => (d.type === 'penalty-decision' ? d : d.fields.keyDate ? doc(d.type, { date: d.fields.keyDate.date.replace('2023', '2024'), fine: d.fields.fine?.yuan, served: d.fields.servedDocument?.type, period: d.fields.period, citations: d.fields.citations }) : d.type === 'cover' ? doc('cover', { year: 2024 }) : d));
    const decisionDoc = dated.find((d) => d.type === 'penalty-decision')!;
    const r = await check(dated, { text: new Map([[decisionDoc, [...text.values()][0]]]) });
    expect(r.rules).toEqual(['legal-basis-outdated/penalty-decision']);
    expect(r.findings[0].message).toMatch(/行政复议法/);
  });
  it('ok: the same clause in 2023, and the county government alone in 2024', async () => {
    const old = withText('2023-03-21', '可以在收到本决定书之日起六十日内向射阳县人民政府或者盐城市应急管理局申请行政复议，或者在六个月内依法向人民法院提起行政诉讼');
    expect((await check(old.docs, { text: old.text })).rules).toEqual([]);
  });
});
