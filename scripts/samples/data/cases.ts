/**
 * The case scenarios: 19 cases of 射阳县应急管理局 across three units and the years 2020–2026.
 * Eight are clean (complete files, every deadline kept); eleven carry planted defects, each declared
 * in `defects` and produced only through `tweaks`, `dates` or `layout` of the same case.
 * Dates were chosen against the chinese-days calendar; self-check.ts re-verifies them on every run.
 * All parties, people and codes are fictional.
 */
import { creditCode, idCard } from '../lib/credit-code.js';
import { off } from './officers.js';
import type { Interview, Party, Person, Scenario } from './scenario.js';

function person(name: string, sex: '男' | '女', birth: string, seq: string, title: string, phone: string, address: string, year: number): Person {
  return { name, sex, age: year - Number(birth.slice(0, 4)), idNumber: idCard('320924', birth, seq), title, phone, address };
}

function iv(date: string, time: [string, string], p: Person, place = '射阳县应急管理局询问室'): Interview {
  return { date, time, person: p, place };
}

function party(p: Omit<Party, 'kind' | 'creditCode'> & { org: string }): Party {
  const { org, ...rest } = p;
  return { kind: 'organisation', creditCode: creditCode(org), ...rest };
}

// ── clean cases ────────────────────────────────────────────────────────────────────────────────

const xinyuanRep = person('沈国平', '男', '19680415', '351', '总经理', '13905106218', '射阳县合德镇人民西路12号', 2020);
const K1: Scenario = {
  key: 'K1',
  folder: '2020-015 射阳县鑫源纺织有限公司',
  unit: '执法一中队',
  procedure: 'general',
  year: 2020,
  serial: 15,
  party: party({
    org: '71402563', name: '射阳县鑫源纺织有限公司', address: '射阳经济开发区纺织路18号', repTitle: '法定代表人', rep: xinyuanRep,
    phone: '0515-82778812', entType: '有限责任公司（自然人投资或控股）', capital: '伍佰万元整', founded: '2006-08-21',
    scope: '棉纱、混纺纱生产、销售；纺织原料购销', staff: 126,
  }),
  violation: 'training2014',
  place: '纺纱车间、络筒车间',
  fine: 20_000,
  officers: ['张伟', '李娜'],
  interviews: [iv('2020-06-04', ['09:30', '10:25'], xinyuanRep)],
  dates: {
    inspection: '2020-06-02', inspectionTime: ['09:00', '10:40'], filing: '2020-06-03', report: '2020-06-09',
    notice: '2020-06-10', noticeServed: '2020-06-10', caseApproval: '2020-06-17', decision: '2020-06-18',
    decisionServed: '2020-06-19', payment: '2020-06-29', closing: '2020-07-06', archived: '2020-07-10',
    rectification: { order: '2020-06-02', deadline: '2020-06-16', review: '2020-06-16' },
  },
  layout: { naming: 'numbered', order: 'decision-first' },
  defects: [],
  register: { source: '日常检查', review: '无' },
};

const huaxingRep = person('王建华', '男', '19770309', '213', '总经理', '13851031276', '射阳县合德镇幸福大道66号', 2023);
const huaxingSafety = person('朱红梅', '女', '19850722', '426', '安全管理员', '15996153380', '射阳县海河镇海河村三组', 2023);
const K2: Scenario = {
  key: 'K2',
  folder: '（射）应急罚〔2023〕12号 射阳县华兴化工有限公司',
  unit: '执法一中队',
  procedure: 'general',
  year: 2023,
  serial: 12,
  party: party({
    org: 'MA1MXK7P', name: '射阳县华兴化工有限公司', address: '射阳县临海镇化工园区纬二路9号', repTitle: '法定代表人', rep: huaxingRep,
    phone: '0515-82590336', entType: '有限责任公司（自然人投资或控股）', capital: '贰仟万元整', founded: '2016-04-11',
    scope: '化工产品（不含危险化学品）生产、销售；危险化学品经营', staff: 58,
  }),
  violation: 'hazardSystem',
  place: '甲类仓库、合成车间',
  fine: 30_000,
  officers: ['张伟', '李娜'],
  interviews: [iv('2023-03-07', ['14:10', '15:05'], huaxingRep), iv('2023-03-08', ['09:20', '10:00'], huaxingSafety, '该公司办公楼二楼会议室')],
  dates: {
    inspection: '2023-03-01', inspectionTime: ['09:30', '11:00'], filing: '2023-03-06', report: '2023-03-14',
    notice: '2023-03-15', noticeServed: '2023-03-15', statement: '2023-03-17', caseApproval: '2023-03-24', decision: '2023-03-27',
    decisionServed: '2023-03-28', payment: '2023-04-10', closing: '2023-04-18', archived: '2023-04-25',
    rectification: { order: '2023-03-01', deadline: '2023-03-15', review: '2023-03-15' },
  },
  numeralDates: true,
  statementText: '已经制定了事故隐患排查治理制度，甲类仓库的可燃气体报警器也已修复',
  layout: { naming: 'plain', order: 'chronological', decisionNamedByNumber: true },
  defects: [],
  register: { source: '日常检查', review: '无' },
};

const ruifengRep = person('季永兵', '男', '19720918', '157', '总经理', '13770028831', '射阳县合德镇振阳街105号', 2023);
const K3: Scenario = {
  key: 'K3',
  folder: '（射）应急罚〔2023〕26号 射阳县瑞丰木业有限公司',
  unit: '合德镇安监所',
  procedure: 'general',
  year: 2023,
  serial: 26,
  party: party({
    org: 'MA1N4R2T', name: '射阳县瑞丰木业有限公司', address: '射阳县合德镇工业集中区园区路7号', repTitle: '法定代表人', rep: ruifengRep,
    phone: '0515-82338617', entType: '有限责任公司（自然人独资）', capital: '叁佰万元整', founded: '2017-09-26',
    scope: '木制品加工、销售；板材销售', staff: 34,
  }),
  violation: 'maintenance',
  place: '木工车间除尘系统',
  fine: 12_000,
  officers: ['吴军', '孙悦'],
  interviews: [iv('2023-09-06', ['09:00', '09:50'], ruifengRep)],
  dates: {
    // decided before National Day 2023, served after it: 7 working days counting the make-up days 10-07/10-08
    inspection: '2023-09-04', inspectionTime: ['14:00', '15:30'], filing: '2023-09-05', report: '2023-09-12',
    notice: '2023-09-13', noticeServed: '2023-09-13', caseApproval: '2023-09-25', decision: '2023-09-27',
    decisionServed: '2023-10-12', payment: '2023-10-20', closing: '2023-10-30', archived: '2023-11-03',
  },
  layout: { naming: 'dated', order: 'chronological' },
  defects: [],
  register: { source: '举报', review: '无', textDates: true },
};

const hongdaRep = person('钱立新', '男', '19800203', '279', '总经理', '13815585102', '射阳县合德镇红旗路31号', 2024);
const K4: Scenario = {
  key: 'K4',
  folder: '2024-005 射阳县宏达物流有限公司',
  unit: '合德镇安监所',
  procedure: 'general',
  year: 2024,
  serial: 5,
  party: party({
    org: 'MA1WEH3B', name: '射阳县宏达物流有限公司', address: '射阳县合德镇城南物流园8号', repTitle: '法定代表人', rep: hongdaRep,
    phone: '0515-82106639', entType: '有限责任公司（自然人投资或控股）', capital: '伍佰万元整', founded: '2018-03-15',
    scope: '普通货物仓储服务；道路货物运输', staff: 41,
  }),
  violation: 'plan',
  place: '仓储库区、装卸区',
  fine: 8_000,
  officers: ['吴军', '朱晓东'],
  interviews: [iv('2024-03-07', ['14:30', '15:20'], hongdaRep)],
  dates: {
    inspection: '2024-03-05', inspectionTime: ['09:00', '10:30'], filing: '2024-03-06', report: '2024-03-13',
    notice: '2024-03-14', noticeServed: '2024-03-14', caseApproval: '2024-03-20', decision: '2024-03-21',
    decisionServed: '2024-03-22', payment: '2024-04-01', closing: '2024-04-09', archived: '2024-04-12',
    rectification: { order: '2024-03-05', deadline: '2024-03-19', review: '2024-03-19' },
  },
  layout: { naming: 'combined', order: 'chronological', combinedName: '射阳县宏达物流有限公司案卷（全）.pdf' },
  defects: [],
  register: { source: '双随机抽查', review: '无' },
};

const jingangRep = person('孙志强', '男', '19750611', '038', '董事长', '13961977420', '射阳县黄沙港镇渔港路2号', 2025);
const jingangTech = person('刘春生', '男', '19830117', '295', '设备部经理', '18961986017', '射阳县黄沙港镇新港村五组', 2025);
const K5: Scenario = {
  key: 'K5',
  folder: '（射）应急罚〔2025〕第087号 射阳县金港冷冻食品有限公司',
  unit: '执法一中队',
  procedure: 'general',
  year: 2025,
  serial: 87,
  numberStyle: { printed: '第087' },
  party: party({
    org: '14093752', name: '射阳县金港冷冻食品有限公司', address: '射阳县黄沙港镇渔港工业区1号', repTitle: '法定代表人', rep: jingangRep,
    phone: '0515-82966105', entType: '有限责任公司（自然人投资或控股）', capital: '叁仟万元整', founded: '2009-12-08',
    scope: '水产品冷冻加工、冷藏服务', staff: 212,
  }),
  violation: 'majorHazard',
  place: '液氨储罐区、制冷机房',
  fine: 50_000,
  officers: ['张伟', '陈静'],
  interviews: [iv('2025-06-12', ['09:00', '10:05'], jingangRep), iv('2025-06-13', ['14:00', '14:50'], jingangTech, '该公司制冷机房值班室')],
  dates: {
    inspection: '2025-06-10', inspectionTime: ['09:00', '11:30'], filing: '2025-06-11', report: '2025-07-04',
    extension: { date: '2025-07-08', until: '2025-09-09' },
    notice: '2025-07-14', noticeServed: '2025-07-15', statement: '2025-07-17', legalReview: '2025-07-24', collective: '2025-07-25',
    caseApproval: '2025-07-28', decision: '2025-07-30', decisionServed: '2025-07-31', payment: '2025-08-12',
    closing: '2025-08-20', archived: '2025-08-25',
    preservation: { notice: '2025-06-10', decision: '2025-06-18', items: ['液氨储罐区液位记录仪记录纸1卷', '储罐区巡检记录本2本', '制冷机房运行日志1本'] },
  },
  statementText: '已经委托评价机构对储罐区进行重大危险源辨识评估，液位数据已接入监控系统',
  paymentForm: '罚款缴纳凭证',
  layout: { naming: 'plain', order: 'chronological', junk: ['dsstore'] },
  defects: [],
  register: { source: '专项检查', review: '复议维持' },
};

const yugangRep = person('陆晓燕', '女', '19880506', '142', '执行董事兼总经理', '13912581766', '射阳县合德镇人民东路218号', 2026);
const K6: Scenario = {
  key: 'K6',
  folder: '（射）应急罚〔2026〕4号 射阳县渔港人家餐饮管理有限公司',
  unit: '执法二中队',
  procedure: 'general',
  year: 2026,
  serial: 4,
  party: party({
    org: 'MA25KD8U', name: '射阳县渔港人家餐饮管理有限公司', address: '射阳县合德镇人民东路216号', repTitle: '法定代表人', rep: yugangRep,
    phone: '0515-82189905', entType: '有限责任公司（自然人独资）', capital: '壹佰万元整', founded: '2021-11-02',
    scope: '餐饮服务；餐饮管理', staff: 23,
  }),
  violation: 'gasAlarm',
  place: '后厨操作间',
  fine: 7_000,
  officers: ['徐丽', '杨帆'],
  interviews: [iv('2026-03-05', ['14:00', '14:45'], yugangRep)],
  dates: {
    inspection: '2026-03-03', inspectionTime: ['10:00', '11:00'], filing: '2026-03-04', report: '2026-03-11',
    notice: '2026-03-12', noticeServed: '2026-03-12', caseApproval: '2026-03-18', decision: '2026-03-19',
    decisionServed: '2026-03-20', payment: '2026-03-30', closing: '2026-04-08', archived: '2026-04-10',
  },
  layout: { naming: 'plain', order: 'chronological', docxInquiry: true, junk: ['lock'] },
  defects: [],
  register: { source: '举报', review: '无' },
};

const tongdaRep = person('高志远', '男', '19790823', '417', '经理', '13705102938', '射阳县合德镇黄海路56号', 2022);
const K7: Scenario = {
  key: 'K7',
  folder: '（射）应急简罚〔2022〕2号 通达汽修',
  unit: '执法一中队',
  procedure: 'simple',
  year: 2022,
  serial: 2,
  party: party({
    org: 'MA1Q7JLC', name: '射阳县通达汽车修理有限公司', address: '射阳县合德镇黄海路58号', repTitle: '法定代表人', rep: tongdaRep,
    phone: '0515-82357720', entType: '有限责任公司（自然人独资）', capital: '伍拾万元整', founded: '2017-05-19',
    scope: '机动车维修', staff: 12,
  }),
  violation: 'trainingRecord',
  place: '维修车间、办公室',
  fine: 2_000,
  officers: ['王强', '陈静'],
  interviews: [],
  dates: { inspection: '2022-05-17', inspectionTime: ['09:30', '10:20'], decision: '2022-05-17', payment: '2022-05-20' },
  layout: { naming: 'plain', order: 'chronological' },
  defects: [],
  register: { source: '日常检查', review: '无' },
};

const baiweiRep = person('杭文军', '男', '19861130', '318', '经理', '15162073345', '射阳县合德镇振阳街88号', 2025);
const K8: Scenario = {
  key: 'K8',
  folder: '2025 当场处罚 射阳县百味餐饮有限公司',
  unit: '执法二中队',
  procedure: 'simple',
  year: 2025,
  serial: 6,
  party: party({
    org: 'MA7F2N5Y', name: '射阳县百味餐饮有限公司', address: '射阳县合德镇振阳街90号', repTitle: '法定代表人', rep: baiweiRep,
    phone: '0515-82207718', entType: '有限责任公司（自然人独资）', capital: '叁拾万元整', founded: '2020-07-14',
    scope: '餐饮服务', staff: 9,
  }),
  violation: 'gasAlarm',
  place: '后厨操作间',
  // 3,000 yuan: exactly the organisation limit for simple procedure, which is inclusive
  fine: 3_000,
  officers: ['徐丽', '杨帆'],
  interviews: [],
  dates: { inspection: '2025-09-16', inspectionTime: ['10:00', '10:40'], decision: '2025-09-16', payment: '2025-09-22' },
  paymentForm: '罚款缴纳凭证',
  layout: { naming: 'plain', order: 'chronological' },
  defects: [],
  register: { source: '专项检查', review: '无' },
};

// A 2019 case (行政处罚法 2017): decided on Thursday 2019-09-26 and served on 2019-10-08, the first working
// day after the National Day holiday. The 2017 law counts 7 calendar days; the 7th (10-03) fell in the
// holiday, so the period ran to the next working day (民事诉讼法 期间 rule): served in time. It cites the
// 2014 安全生产法, in force then.
const jinfengRep = person('顾志刚', '男', '19720518', '157', '总经理', '13901412683', '射阳县合德镇振阳街7号', 2019);
const K9: Scenario = {
  key: 'K9',
  folder: '2019-038 射阳县金丰粮油加工有限公司',
  unit: '执法二中队',
  procedure: 'general',
  year: 2019,
  serial: 38,
  party: party({
    org: '79830157', name: '射阳县金丰粮油加工有限公司', address: '射阳县合德镇粮食产业园丰收路9号', repTitle: '法定代表人', rep: jinfengRep,
    phone: '0515-82351167', entType: '有限责任公司（自然人投资或控股）', capital: '叁佰万元整', founded: '2009-03-12',
    scope: '粮食收购、食用油加工、销售', staff: 54,
  }),
  violation: 'training2014',
  place: '榨油车间',
  fine: 8_000,
  officers: ['刘洋', '黄磊'],
  interviews: [iv('2019-09-05', ['14:00', '14:50'], jinfengRep)],
  dates: {
    inspection: '2019-09-03', inspectionTime: ['09:00', '10:20'], filing: '2019-09-04', report: '2019-09-11',
    notice: '2019-09-16', noticeServed: '2019-09-16', caseApproval: '2019-09-24', decision: '2019-09-26',
    decisionServed: '2019-10-08', payment: '2019-10-15', closing: '2019-10-21', archived: '2019-10-25',
  },
  layout: { naming: 'numbered', order: 'chronological' },
  defects: [],
  register: { source: '日常检查', review: '无' },
};

// Files that end without a penalty (行政处罚法 2021 art. 57 ¶1 (二)(四)): no 告知书, no 行政处罚决定书.
const lvyuanRep = person('季红兵', '男', '19790926', '318', '总经理', '13770250916', '射阳县合德镇凤凰城12幢', 2025);
const K10: Scenario = {
  key: 'K10',
  folder: '（射）应急〔2025〕44号 绿源家具 不予处罚',
  unit: '执法一中队',
  procedure: 'no-penalty',
  year: 2025,
  serial: 44,
  party: party({
    org: 'MA21PL4K', name: '射阳县绿源家具有限公司', address: '射阳县合德镇工业集中区木业路6号', repTitle: '法定代表人', rep: lvyuanRep,
    phone: '0515-82519036', entType: '有限责任公司（自然人投资或控股）', capital: '贰佰万元整', founded: '2018-05-16',
    scope: '木制家具制造、销售', staff: 23,
  }),
  violation: 'training',
  place: '木工车间',
  fine: 0,
  officers: ['王强', '陈静'],
  interviews: [iv('2025-05-08', ['09:30', '10:10'], lvyuanRep)],
  dates: {
    inspection: '2025-05-06', inspectionTime: ['09:00', '10:00'], filing: '2025-05-07', report: '2025-05-14',
    decision: '2025-05-16', decisionServed: '2025-05-19', payment: '2025-05-16', closing: '2025-05-26', archived: '2025-05-30',
  },
  layout: { naming: 'numbered', order: 'chronological' },
  defects: [],
  register: { source: '双随机抽查', review: '无' },
};

const tianheRep = person('邵建军', '男', '19700311', '275', '法定代表人', '13805108821', '射阳县海通镇海通居委会', 2025);
const K11: Scenario = {
  key: 'K11',
  folder: '（射）应急〔2025〕47号 天和化工 移送公安',
  unit: '执法一中队',
  procedure: 'transfer',
  year: 2025,
  serial: 47,
  party: party({
    org: 'MA1T6H9P', name: '射阳县天和化工有限公司', address: '射阳县海通镇化工集中区纬一路3号', repTitle: '法定代表人', rep: tianheRep,
    phone: '0515-82630778', entType: '有限责任公司（自然人投资或控股）', capital: '壹仟万元整', founded: '2012-09-27',
    scope: '化工原料（不含危险化学品）生产、销售', staff: 61,
  }),
  violation: 'hazardSystem',
  place: '合成车间、甲类仓库',
  fine: 0,
  officers: ['王强', '陈静'],
  interviews: [iv('2025-08-07', ['14:00', '15:00'], tianheRep)],
  dates: {
    inspection: '2025-08-05', inspectionTime: ['09:00', '11:00'], filing: '2025-08-06', report: '2025-08-12',
    decision: '2025-08-14', payment: '2025-08-14', archived: '2025-08-20',
  },
  layout: { naming: 'plain', order: 'chronological' },
  defects: [],
  register: { source: '日常检查', review: '无' },
};

// A case with a full hearing (行政处罚法 2021 arts. 58, 63–65): 60,000 yuan, the party asked for a hearing
// two days after the notice; the hearing notice went out 7 working days ahead; record, report and the
// legal review precede the collective discussion and the decision.
const haifengRep = person('卢海峰', '男', '19760208', '394', '总经理', '13912573306', '射阳县合德镇新港路21号', 2025);
const K12: Scenario = {
  key: 'K12',
  folder: '（射）应急罚〔2025〕23号 海丰食品 听证',
  unit: '执法一中队',
  procedure: 'general',
  year: 2025,
  serial: 23,
  party: party({
    org: 'MA1W2K7E', name: '射阳县海丰食品有限公司', address: '射阳县合德镇新港路21号', repTitle: '法定代表人', rep: haifengRep,
    phone: '0515-82465519', entType: '有限责任公司（自然人投资或控股）', capital: '捌佰万元整', founded: '2015-07-30',
    scope: '水产品加工、冷藏、销售', staff: 97,
  }),
  violation: 'hazardSystem',
  place: '冷库、液氨机房',
  fine: 60_000,
  officers: ['王强', '陈静'],
  interviews: [iv('2025-03-05', ['09:30', '10:30'], haifengRep)],
  dates: {
    inspection: '2025-03-03', inspectionTime: ['09:00', '10:40'], filing: '2025-03-04', report: '2025-03-10',
    notice: '2025-03-11', noticeServed: '2025-03-11',
    hearing: { requested: '2025-03-13', notice: '2025-03-14', held: '2025-03-25', report: '2025-03-26' },
    legalReview: '2025-03-27', collective: '2025-03-28', caseApproval: '2025-03-28', decision: '2025-03-31',
    decisionServed: '2025-04-01', payment: '2025-04-10', closing: '2025-04-15', archived: '2025-04-18',
  },
  layout: { naming: 'numbered', order: 'chronological' },
  defects: [],
  register: { source: '专项检查', review: '无' },
};

// ── cases with planted defects ─────────────────────────────────────────────────────────────────

const haidaRep = person('唐振东', '男', '19700725', '193', '总经理', '13851088410', '射阳县新坍镇新坍居委会', 2023);
const CA: Scenario = {
  key: 'CA',
  folder: '（射）应急罚〔2023〕27号',
  unit: '执法二中队',
  procedure: 'general',
  year: 2023,
  serial: 27,
  party: party({
    org: '68351207', name: '射阳县海达纸业有限公司', address: '射阳县新坍镇工业园区海达路1号', repTitle: '法定代表人', rep: haidaRep,
    phone: '0515-82663107', entType: '有限责任公司（自然人投资或控股）', capital: '壹仟万元整', founded: '2008-11-20',
    scope: '纸制品、包装材料生产、销售', staff: 87,
  }),
  violation: 'signs',
  place: '配电房、液化气瓶存放间',
  fine: 8_000,
  officers: ['刘洋', '黄磊'],
  interviews: [iv('2023-09-07', ['09:10', '10:00'], haidaRep)],
  dates: {
    inspection: '2023-09-05', inspectionTime: ['09:00', '10:30'], filing: '2023-09-06', report: '2023-09-13',
    notice: '2023-09-14', noticeServed: '2023-09-14', caseApproval: '2023-09-26', decision: '2023-09-27',
    // 8 working days after the decision (National Day 2023 in between)
    decisionServed: '2023-10-13', payment: '2023-10-25', closing: '2023-11-01', archived: '2023-11-06',
  },
  layout: { naming: 'scan', order: 'chronological', junk: ['thumbs'] },
  tweaks: { inspectionOfficers: [off('刘洋'), { name: '黄磊' }] },
  defects: [
    { rule: 'deadline-missed', key: 'service-within-7wd', note: '决定2023-09-27，送达2023-10-13：8个工作日（国庆调休后）' },
    { rule: 'officer-certificate-missing', key: 'inspection-record', note: '现场检查记录中黄磊未注明执法证号' },
  ],
  register: { source: '日常检查', review: '无' },
};

const dongfangRep = person('蔡海军', '男', '19731102', '275', '总经理', '13805106677', '射阳县洋马镇洋马居委会', 2023);
const dongfangLead = person('许卫东', '男', '19820314', '151', '焊接车间主任', '15861995026', '射阳县洋马镇鹤乡菊海村', 2023);
const CB: Scenario = {
  key: 'CB',
  folder: '2023-018 射阳县东方机械制造有限公司',
  unit: '执法一中队',
  procedure: 'general',
  year: 2023,
  serial: 18,
  party: party({
    org: 'MA1PB6KT', name: '射阳县东方机械制造有限公司', address: '射阳县洋马镇工业园区东方路6号', repTitle: '法定代表人', rep: dongfangRep,
    phone: '0515-82431866', entType: '有限责任公司（自然人投资或控股）', capital: '捌佰万元整', founded: '2016-07-07',
    scope: '通用机械及配件制造、销售', staff: 64,
  }),
  violation: 'special',
  place: '焊接车间',
  fine: 15_000,
  officers: ['王强', '陈静'],
  interviews: [iv('2023-05-17', ['09:00', '09:55'], dongfangRep), iv('2023-05-18', ['14:00', '14:40'], dongfangLead, '该公司焊接车间办公室')],
  dates: {
    inspection: '2023-05-12', inspectionTime: ['14:30', '16:00'], filing: '2023-05-15', report: '2023-06-14',
    notice: '2023-06-15', noticeServed: '2023-06-16', caseApproval: '2023-06-27',
    // 45 days after filing, and no 案件延期审批表 in the file
    decision: '2023-06-29', decisionServed: '2023-06-30', payment: '2023-07-10', closing: '2023-07-17', archived: '2023-07-20',
  },
  layout: { naming: 'plain', order: 'chronological' },
  defects: [
    { rule: 'deadline-missed', key: 'decision-within-30d', note: '立案2023-05-15，决定2023-06-29：45日，无延期审批' },
    { rule: 'document-missing', key: 'extension-approval', note: '超过30日作出决定但卷内无案件延期审批表' },
    { rule: 'register-mismatch', key: 'fine', note: '台账罚款金额1500元，决定书为15000元' },
  ],
  register: { source: '日常检查', review: '无', fine: 1_500 },
};

const hengfengRep = person('姚金山', '男', '19690918', '336', '总经理', '13901408852', '射阳县海河镇海河居委会', 2022);
const CC: Scenario = {
  key: 'CC',
  folder: '2022-007 盐城恒丰食品',
  unit: '执法二中队',
  procedure: 'general',
  year: 2022,
  serial: 7,
  // this case's templates print [2022] on some documents (a form irregularity: document-number-form)
  numberStyle: { squareOn: ['filing-approval', 'investigation-report', 'case-approval'] },
  party: party({
    org: 'MA1X4G8H', name: '盐城恒丰食品有限公司', address: '射阳县海河镇工业集中区恒丰路3号', repTitle: '法定代表人', rep: hengfengRep,
    phone: '0515-82852209', entType: '有限责任公司（自然人投资或控股）', capital: '壹仟贰佰万元整', founded: '2015-03-30',
    scope: '肉制品、速冻食品生产、销售', staff: 95,
  }),
  violation: 'trainingRecord',
  place: '生产车间、安全管理办公室',
  fine: 10_000,
  officers: ['刘洋', '黄磊'],
  interviews: [iv('2022-03-10', ['09:30', '10:20'], hengfengRep)],
  dates: {
    inspection: '2022-03-08', inspectionTime: ['09:30', '11:00'], filing: '2022-03-09', report: '2022-03-16',
    notice: '2022-03-17', noticeServed: '2022-03-17', caseApproval: '2022-03-24', decision: '2022-03-25',
    decisionServed: '2022-03-28', payment: '2022-04-06', closing: '2022-04-14', archived: '2022-04-20',
  },
  numeralDates: true,
  layout: { naming: 'plain', order: 'chronological' },
  tweaks: {
    noticeOldTemplate: true,
    inquiryOfficers: { asker: off('刘洋'), recorder: off('刘洋') },
  },
  defects: [
    { rule: 'legal-basis-outdated', key: 'penalty-notice', note: '2022年告知书仍引用《行政处罚法》第三十一条、第三十二条（2021年修订前条文）' },
    { rule: 'officers-fewer-than-two', key: 'inquiry-record', note: '询问人、记录人均为刘洋，仅一名执法人员' },
    { rule: 'document-number-form', key: 'filing-approval', note: '立案审批表文号年份使用[ ]，应为〔〕' },
    { rule: 'document-number-form', key: 'investigation-report', note: '案件调查终结报告文号年份使用[ ]，应为〔〕' },
    { rule: 'document-number-form', key: 'case-approval', note: '案件处理呈批表文号年份使用[ ]，应为〔〕' },
  ],
  register: { source: '日常检查', review: '无', textDates: true },
};

const shengdaRep = person('顾春华', '女', '19760420', '248', '总经理', '13770085521', '射阳县特庸镇特庸居委会', 2024);
const CD: Scenario = {
  key: 'CD',
  folder: '射阳县盛达化纤有限公司动火作业案',
  unit: '执法一中队',
  procedure: 'general',
  year: 2024,
  serial: 9,
  party: party({
    org: '77865013', name: '射阳县盛达化纤有限公司', address: '射阳县特庸镇工业园区盛达路9号', repTitle: '法定代表人', rep: shengdaRep,
    phone: '0515-82496630', entType: '有限责任公司（自然人投资或控股）', capital: '伍仟万元整', founded: '2005-06-16',
    scope: '涤纶短纤维生产、销售', staff: 310,
  }),
  violation: 'hotwork',
  place: '纺丝车间',
  fine: 18_000,
  officers: ['张伟', '陈静'],
  interviews: [iv('2024-04-11', ['09:00', '09:50'], shengdaRep)],
  dates: {
    inspection: '2024-04-09', inspectionTime: ['14:00', '15:40'], filing: '2024-04-10', report: '2024-04-17',
    notice: '2024-04-18', noticeServed: '2024-04-18', caseApproval: '2024-04-19',
    // one working day after the 告知书 was served: the three-working-day statement period was cut short
    decision: '2024-04-19', decisionServed: '2024-04-22', payment: '2024-04-30', closing: '2024-05-08', archived: '2024-05-13',
  },
  layout: { naming: 'plain', order: 'chronological' },
  tweaks: { decisionImprecise: true },
  defects: [
    { rule: 'period-not-observed', key: 'statement-period', note: '告知书2024-04-18送达，2024-04-19即作出决定，未满三个工作日' },
    { rule: 'legal-basis-imprecise', key: 'penalty-decision', note: '决定书仅写“违反了《安全生产法》的规定”，未引用具体条款' },
  ],
  register: { source: '日常检查', review: '行政诉讼（一审维持）' },
};

const xinglongRep = person('周洪亮', '男', '19740105', '372', '总经理', '13951589624', '射阳县合德镇双拥路20号', 2024);
const CE: Scenario = {
  key: 'CE',
  folder: '（射）应急罚〔2024〕14号 射阳县兴隆机械有限公司',
  unit: '合德镇安监所',
  procedure: 'general',
  year: 2024,
  serial: 14,
  party: party({
    org: 'MA1R8WQ2', name: '射阳县兴隆机械有限公司', address: '射阳县合德镇工业集中区兴业路12号', repTitle: '法定代表人', rep: xinglongRep,
    phone: '0515-82317745', entType: '有限责任公司（自然人投资或控股）', capital: '伍佰万元整', founded: '2014-10-08',
    scope: '机械零部件加工、销售', staff: 46,
  }),
  violation: 'ppe',
  place: '打磨车间',
  fine: 6_000,
  officers: ['吴军', '孙悦'],
  interviews: [iv('2024-06-05', ['14:00', '14:50'], xinglongRep)],
  dates: {
    inspection: '2024-06-03', inspectionTime: ['09:00', '10:30'], filing: '2024-06-04', report: '2024-06-12',
    notice: '2024-06-13', noticeServed: '2024-06-13', caseApproval: '2024-06-20', decision: '2024-06-21',
    // paid 21 days after service: the party's lateness, no defect of the file (行政处罚法 art. 67)
    decisionServed: '2024-06-24', payment: '2024-07-15', closing: '2024-07-22', archived: '2024-07-26',
  },
  layout: { naming: 'plain', order: 'chronological' },
  tweaks: { decisionPartyName: '射阳县兴隆机械有限责任公司' },
  defects: [
    { rule: 'party-mismatch', key: 'penalty-decision', note: '决定书当事人写作“射阳县兴隆机械有限责任公司”，其他文书为“射阳县兴隆机械有限公司”' },
  ],
  register: { source: '日常检查', review: '无' },
};

const hengrunRep = person('马俊', '男', '19870812', '019', '总经理', '18115752206', '射阳县合德镇阳光花园7幢', 2025);
const CF: Scenario = {
  key: 'CF',
  folder: '（射）应急罚〔2025〕31号 恒润新材料',
  unit: '执法二中队',
  procedure: 'general',
  year: 2025,
  serial: 31,
  party: party({
    org: 'MA20C3NX', name: '射阳县恒润新材料有限公司', address: '射阳县射阳港经济区港城大道15号', repTitle: '法定代表人', rep: hengrunRep,
    phone: '0515-82700551', entType: '有限责任公司（法人独资）', capital: '陆仟万元整', founded: '2019-12-23',
    scope: '复合材料、塑料制品生产、销售', staff: 138,
  }),
  violation: 'hazardRecord',
  place: '挤出车间、原料仓库',
  fine: 9_000,
  officers: ['徐丽', '杨帆'],
  interviews: [iv('2025-03-06', ['09:30', '10:15'], hengrunRep)],
  dates: {
    inspection: '2025-03-04', inspectionTime: ['09:30', '11:00'], filing: '2025-03-05', report: '2025-03-12',
    notice: '2025-03-13', noticeServed: '2025-03-13', decision: '2025-03-20', decisionServed: '2025-03-21',
    // 呈批表 back-filled: dated the day after the decision it approves
    caseApproval: '2025-03-21', payment: '2025-03-28', closing: '2025-04-07', archived: '2025-04-10',
  },
  layout: { naming: 'plain', order: 'chronological' },
  tweaks: { decisionReceiptSerial: 13 },
  defects: [
    { rule: 'date-order', key: 'case-approval>penalty-decision', note: '案件处理呈批表审批时间2025-03-21，晚于决定书日期2025-03-20（事后补签）' },
    { rule: 'case-number-mismatch', key: 'service-receipt', note: '决定书送达回执文号写作（射）应急罚〔2025〕13号，本案为31号' },
  ],
  register: { source: '日常检查', review: '无' },
};

const xinyanggangRep = person('杨国富', '男', '19660228', '159', '董事长', '13905109317', '射阳县临海镇新洋港居委会', 2023);
const CG: Scenario = {
  key: 'CG',
  folder: '（射）应急罚〔2023〕22号 射阳县新洋港船舶修造有限公司',
  unit: '合德镇安监所',
  procedure: 'general',
  year: 2023,
  serial: 22,
  party: party({
    org: 'MA1T6HY9', name: '射阳县新洋港船舶修造有限公司', address: '射阳县合德镇新洋港闸南路1号', repTitle: '法定代表人', rep: xinyanggangRep,
    phone: '0515-82280937', entType: '有限责任公司（自然人投资或控股）', capital: '叁仟万元整', founded: '2016-02-18',
    scope: '钢质船舶修造；船舶配件销售', staff: 152,
  }),
  violation: 'riskControl',
  place: '船台、涂装区域',
  fine: 30_000,
  officers: ['吴军', '孙悦'],
  interviews: [iv('2023-06-07', ['09:00', '10:10'], xinyanggangRep)],
  dates: {
    inspection: '2023-06-05', inspectionTime: ['09:00', '11:00'], filing: '2023-06-06', report: '2023-06-12',
    notice: '2023-06-13', noticeServed: '2023-06-13', caseApproval: '2023-06-21', decision: '2023-06-26',
    decisionServed: '2023-06-27', payment: '2023-07-06', closing: '2023-07-13', archived: '2023-07-18',
  },
  layout: { naming: 'plain', order: 'decision-first' },
  tweaks: {
    paidAmount: 3_000,
    // 赵敏's number printed with two digits swapped: 3209002218 is not in the roster (3209002281 is)
    inquiryOfficers: { asker: off('吴军'), recorder: { name: '赵敏', certificate: '3209002218' } },
  },
  defects: [
    { rule: 'amount-mismatch', key: 'payment-receipt', note: '缴款书金额3000元，决定书罚款30000元' },
    { rule: 'officer-certificate-invalid', key: 'inquiry-record', note: '询问笔录记录人赵敏执法证号3209002218不在执法人员名册中（名册为3209002281）' },
  ],
  register: { source: '双随机抽查', review: '无' },
};

const tianyuanRep = person('金永明', '男', '19710330', '433', '总经理', '13951563018', '射阳县临海镇临海居委会', 2025);
const tianyuanStore = person('王海英', '女', '19840926', '268', '仓库主管', '15850512733', '射阳县临海镇东南村四组', 2025);
const CH: Scenario = {
  key: 'CH',
  folder: '2025-019 射阳县天元化工有限公司',
  unit: '执法一中队',
  procedure: 'general',
  year: 2025,
  serial: 19,
  party: party({
    org: '73071845', name: '射阳县天元化工有限公司', address: '射阳县临海镇化工园区经三路5号', repTitle: '法定代表人', rep: tianyuanRep,
    phone: '0515-82597218', entType: '有限责任公司（自然人投资或控股）', capital: '伍仟万元整', founded: '2001-09-05',
    scope: '精细化工产品生产、销售；危险化学品经营', staff: 176,
  }),
  violation: 'hazchem',
  place: '普通仓库、乙类仓库',
  fine: 60_000,
  officers: ['张伟', '李娜'],
  interviews: [iv('2025-04-10', ['09:00', '10:05'], tianyuanRep), iv('2025-04-11', ['14:00', '14:50'], tianyuanStore, '该公司仓库办公室')],
  dates: {
    inspection: '2025-04-08', inspectionTime: ['09:00', '11:30'], filing: '2025-04-09', report: '2025-04-16',
    notice: '2025-04-17', noticeServed: '2025-04-17', collective: '2025-04-25', caseApproval: '2025-04-25',
    decision: '2025-04-28', decisionServed: '2025-04-29', payment: '2025-05-12', closing: '2025-05-20', archived: '2025-05-23',
  },
  layout: {
    naming: 'plain', order: 'chronological',
    subfolder: { name: '证据材料', types: ['inspection-record', 'party-identity'] },
    scanned: 'party-identity',
  },
  tweaks: { omit: ['legal-review'] },
  defects: [
    { rule: 'document-missing', key: 'legal-review', note: '单位罚款60000元（≥50000元），卷内无法制审核意见书' },
    { rule: 'file-no-text', key: 'archive/2025-019 射阳县天元化工有限公司/证据材料/营业执照复印件.pdf', note: '营业执照复印件为扫描图像，无文字层' },
  ],
  register: { source: '专项检查', review: '无' },
};

const limingRep = person('夏丽萍', '女', '19800716', '526', '经理', '13814375560', '射阳县合德镇利民路33号', 2024);
const CI: Scenario = {
  key: 'CI',
  folder: '（射）应急简罚〔2024〕3号 射阳县利民超市有限公司',
  unit: '合德镇安监所',
  procedure: 'simple',
  year: 2024,
  serial: 3,
  party: party({
    org: 'MA1U2P5D', name: '射阳县利民超市有限公司', address: '射阳县合德镇利民路35号', repTitle: '法定代表人', rep: limingRep,
    phone: '0515-82315582', entType: '有限责任公司（自然人独资）', capital: '壹佰万元整', founded: '2018-06-01',
    scope: '日用百货、预包装食品零售', staff: 27,
  }),
  violation: 'signs',
  place: '配电房、液化气瓶存放间',
  // 5,000 yuan for an organisation: above the 3,000 limit of simple procedure
  fine: 5_000,
  officers: ['吴军', '朱晓东'],
  interviews: [],
  dates: { inspection: '2024-07-09', inspectionTime: ['10:00', '10:45'], decision: '2024-07-09', payment: '2024-07-12' },
  layout: { naming: 'plain', order: 'chronological' },
  defects: [
    { rule: 'simple-procedure-over-limit', key: 'onsite-penalty-decision', note: '简易程序对单位罚款5000元，超过3000元上限' },
  ],
  register: { source: '日常检查', review: '无' },
};

const shundaRep = person('冯建军', '男', '19780602', '391', '总经理', '13962066189', '射阳县盘湾镇盘湾居委会', 2023);
const CJ: Scenario = {
  key: 'CJ',
  folder: '（射）应急罚〔2023〕16号 射阳县顺达运输有限公司',
  unit: '执法二中队',
  procedure: 'general',
  year: 2023,
  serial: 16,
  party: party({
    org: 'MA1LK09R', name: '射阳县顺达运输有限公司', address: '射阳县盘湾镇204国道东侧', repTitle: '法定代表人', rep: shundaRep,
    phone: '0515-82512076', entType: '有限责任公司（自然人投资或控股）', capital: '贰佰万元整', founded: '2015-08-12',
    scope: '道路普通货物运输；货物仓储', staff: 38,
  }),
  violation: 'plan',
  place: '停车场、维修车间',
  fine: 12_000,
  officers: ['刘洋', '徐丽'],
  interviews: [iv('2023-04-07', ['09:30', '10:20'], shundaRep)],
  dates: {
    // inspected by 周海涛, whose certificate expired on 2023-02-28
    inspection: '2023-04-04', inspectionTime: ['09:30', '11:00'], filing: '2023-04-06',
    notice: '2023-04-13', noticeServed: '2023-04-13', caseApproval: '2023-04-19', decision: '2023-04-20',
    decisionServed: '2023-04-21', payment: '2023-04-28', closing: '2023-05-08', archived: '2023-05-12',
  },
  layout: { naming: 'plain', order: 'chronological', duplicate: 'penalty-decision' },
  tweaks: { omit: ['investigation-report'], inspectionOfficers: [off('周海涛'), off('徐丽')] },
  defects: [
    { rule: 'document-missing', key: 'investigation-report', note: '卷内无案件调查终结报告' },
    { rule: 'file-duplicate', key: 'archive/（射）应急罚〔2023〕16号 射阳县顺达运输有限公司/行政处罚决定书(1).pdf', note: '与行政处罚决定书.pdf字节完全相同' },
    { rule: 'officer-certificate-invalid', key: 'inspection-record', note: '现场检查记录检查人员周海涛执法证有效期至2023-02-28，检查日期2023-04-04' },
  ],
  register: { source: '日常检查', review: '无' },
};

const yonganRep = person('陈永安', '男', '19650812', '232', '投资人', '13962017358', '射阳县长荡镇长荡居委会', 2022);
const CK: Scenario = {
  key: 'CK',
  folder: '射阳县永安建材厂未按规定开展安全生产教育和培训案',
  unit: '合德镇安监所',
  procedure: 'general',
  year: 2022,
  serial: 11,
  party: party({
    org: 'MA1Y3TA6', name: '射阳县永安建材厂', address: '射阳县合德镇城东工业区永安路2号', repTitle: '投资人', rep: yonganRep,
    phone: '0515-82399126', entType: '个人独资企业', capital: '贰佰万元整', founded: '2013-04-22',
    scope: '水泥制品、砌块生产、销售', staff: 29,
  }),
  violation: 'training',
  place: '砌块生产车间',
  fine: 30_000,
  officers: ['吴军', '孙悦'],
  interviews: [iv('2022-08-04', ['09:00', '09:50'], yonganRep)],
  dates: {
    inspection: '2022-08-02', inspectionTime: ['09:00', '10:30'], filing: '2022-08-03', report: '2022-08-10',
    notice: '2022-08-11', noticeServed: '2022-08-11', caseApproval: '2022-08-18', decision: '2022-08-19',
    decisionServed: '2022-08-22', payment: '2022-08-30', closing: '2022-09-06', archived: '2022-09-09',
  },
  layout: { naming: 'plain', order: 'chronological' },
  tweaks: { omit: ['hearing-notice'] },
  defects: [
    { rule: 'document-missing', key: 'hearing-notice', note: '罚款30000元（≥20000元）未告知听证权利，卷内无听证告知书' },
    { rule: 'register-folder-unlisted', key: 'archive/射阳县永安建材厂未按规定开展安全生产教育和培训案', note: '案件台账中无本案' },
  ],
  register: { source: '举报', review: '无', omit: true },
};

export const CASES: Scenario[] = [K9, K1, K10, K11, K12, K7, CC, CK, K2, CJ, CB, CG, K3, CA, K4, CD, CE, CI, CH, CF, K5, K8, K6];

/** A register row for a case that has no folder in the archive (planted register-case-missing). */
export const REGISTER_ONLY = {
  caseNumber: '（射）应急罚〔2023〕21号',
  cause: '射阳县联丰粮食储备有限公司未按照规定制定生产安全事故应急救援预案案',
  party: '射阳县联丰粮食储备有限公司',
  creditCode: creditCode('MA1K5B7W'),
  unit: '执法一中队',
  procedure: '一般程序',
  source: '日常检查',
  filing: '2023-06-01',
  decision: '2023-06-20',
  fine: 10_000,
  closing: '2023-07-05',
  review: '无',
};
