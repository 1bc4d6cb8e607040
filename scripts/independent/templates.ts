/**
 * Document templates of the independent archive, written from published forms of several provinces
 * (see test/independent/README.md), not from the tool's vocabulary. Each builder returns the lines
 * to print and the truth about what it printed; the truth is collected from the same values that
 * are printed (citations and officers go through helpers that record them).
 */
import type { Line } from './lib/pdf.js';
import { capitals, citeText, type Cite, type CiteStyle, date, figures } from './lib/text.js';
import type { Built, CaseDef, Interviewee, Officer, Truth } from './model.js';

const SAFETY = '中华人民共和国安全生产法';
const PENALTY = '中华人民共和国行政处罚法';

class Rec {
  officers: Truth['officers'] = [];
  citations: Cite[] = [];
  cite(list: Cite[], style: CiteStyle): string {
    for (const c of list) if (!this.citations.some((x) => JSON.stringify(x) === JSON.stringify(c))) this.citations.push(c);
    return citeText(list, style);
  }
  off(list: Officer[], withCert: boolean): void {
    for (const o of list) if (!this.officers.some((x) => x.name === o.name)) this.officers.push(withCert ? { name: o.name, certificate: o.cert } : { name: o.name });
  }
}

export function caseNumber(c: CaseDef): string {
  return num(c, c.procedure === 'simple' ? (c.fam.id === 'G' ? '简罚字' : '简罚') : c.fam.id === 'G' && !c.num ? '罚字' : '罚');
}
function num(c: CaseDef, cls: string): string {
  return c.num ? c.num(cls) : c.fam.num(cls, c.year, c.serialText ?? c.serial);
}
const ref = (c: CaseDef) => ({ year: c.year, serial: c.serial });
const D = (c: CaseDef, iso: string, which: 'body' | 'seal' | 'field' = 'body') => date[c.dateStyle?.[which] ?? c.fam[which]](iso);
const regime2021 = (c: CaseDef) => (c.d.filing ?? c.d.decision) >= '2021-07-15';
const after2024 = (c: CaseDef) => c.d.decision >= '2024-01-01';
const you = (c: CaseDef) => (c.party.kind === 'individual' ? '你' : '你单位');
function title(t: string, size = 20): Line {
  return { t, align: 'center', size, gap: 0.3 };
}
function money(c: CaseDef, yuan = c.fine): string {
  return `人民币${capitals(yuan)}（${figures(yuan)}）`;
}
/** 15000 → 1.5万元, 25000 → 2.5万元, 30000 → 3万元 */
function wan(yuan: number): string {
  return `${yuan / 10000}万元`;
}
function timeRange(c: CaseDef, iso: string, from: string, to: string): string {
  if (c.fam.id === 'Z') return `${date.dotted(iso)} ${from.replace('时', ':').replace('分', '')}—${to.replace('时', ':').replace('分', '')}`;
  if (c.fam.id === 'G') return `${date.dotted(iso)} ${from.replace('时', ':').replace('分', '')}至${to.replace('时', ':').replace('分', '')}`;
  return `${date.padded(iso)}${from}至${to}`;
}

/** officer block in the family's manner, recorded as officers of the document */
function officerLines(c: CaseDef, r: Rec, label: string, list: Officer[], how?: 'cols' | 'spaced' | 'inline'): Line[] {
  r.off(list, true);
  const style = how ?? (c.fam.id === 'H' ? 'cols' : c.fam.id === 'Z' ? 'spaced' : 'inline');
  if (style === 'cols' && list.length === 2)
    return [
      { cols: [`${label}（签名）：${list[0].name}`, `${label}（签名）：${list[1].name}`] },
      { cols: [`执法证号：${list[0].cert}`, `执法证号：${list[1].cert}`] },
    ];
  if (style === 'spaced') return [`${label}：${list.map((o) => o.name).join(' ')}`, `执法证号：${list.map((o) => o.cert).join(' ')}`];
  return [`${label}：${list.map((o) => `${o.name}（执法证号：${o.cert}）`).join('、')}`];
}

function partyBlock(c: CaseDef, label: string, glued: boolean, r?: { code: boolean }): Line[] {
  const p = c.party;
  if (p.kind === 'individual') {
    return [`${label}：${p.name}  性别：${p.sex}  出生日期：${p.born}`, `身份证号码：${p.idNo}`, `住址：${p.addr}  联系电话：${p.phone}`];
  }
  const lines: Line[] = [];
  if (glued) {
    const sep = c.fam.id === 'H' ? `（统一社会信用代码：${p.code}）` : ` 统一社会信用代码：${p.code}`;
    lines.push(`${label}：${p.name}${sep}`);
  } else {
    lines.push(`${label}：${p.name}`);
    lines.push(`统一社会信用代码：${p.code}`);
  }
  if (r) r.code = true;
  lines.push(`地址：${p.addr}`);
  lines.push(`法定代表人（负责人）：${p.rep}  职务：${p.repTitle}  联系电话：${p.phone}`);
  return lines;
}

function base(c: CaseDef, type: string, extra: Partial<Truth> = {}): Truth {
  return { type, officers: [], citations: [], ...extra };
}
function finish(t: Truth, r: Rec): Truth {
  t.officers = r.officers;
  t.citations = r.citations;
  return t;
}
function chrome(c: CaseDef, kind: string): string[] | undefined {
  return c.fam.chrome?.(kind, c);
}

// ---------------------------------------------------------------- archive parts

export function cover(c: CaseDef, count: number): Built {
  const r = new Rec();
  const t = c.fam.id === 'Z' ? '卷    宗' : '行政处罚案卷';
  r.off(c.officers, false);
  const lines: Line[] = [
    { t: c.fam.agency, align: 'center', size: 16, gap: 2 },
    { t: c.fam.id === 'Z' ? '安全生产行政执法' : '', align: 'center', size: 14 },
    { t, align: 'center', size: 28, gap: 1 },
    { t: '', gap: 3 },
    `案    由：${c.caseName}`,
    `案    号：${caseNumber(c)}`,
    `当 事 人：${c.party.name}`,
    `处理结果：罚款人民币${capitals(c.fine)}`,
    c.procedure === 'general' ? `立案日期：${D(c, c.d.filing!)}    结案日期：${D(c, c.d.closing!)}` : `处罚日期：${D(c, c.d.decision)}`,
    `承 办 人：${c.officers.map((o) => o.name).join('  ')}`,
    `本卷共 ${count} 件    保管期限：${c.procedure === 'general' ? '永久' : '三十年'}`,
  ];
  return { type: 'cover', title: '卷宗封面', lines, truth: finish(base(c, 'cover', { docNumber: caseNumber(c), caseRef: ref(c), party: c.party.name, fine: c.fine }), r) };
}

export function contents(c: CaseDef, rows: { title: string; number?: string; date?: string; pages: string }[]): Built {
  const lines: Line[] = [title(c.fam.id === 'Z' ? '卷内文件目录' : '卷 内 目 录', 18), `案号：${caseNumber(c)}`, '序号  文件（材料）名称  文号  日期  页号'];
  rows.forEach((row, i) => lines.push(`${i + 1}  ${row.title}  ${row.number ?? ''}  ${row.date ? date.dotted(row.date) : ''}  ${row.pages}`));
  return { type: 'contents', title: '卷内目录', lines, truth: base(c, 'contents') };
}

export function archiveNote(c: CaseDef, count: number): Built {
  const iso = c.d.archive ?? c.d.payment;
  const lines: Line[] = [
    title('卷内备考表', 18),
    `案号：${caseNumber(c)}`,
    '本卷情况说明：',
    { t: `本卷共有文件材料${count}件，其中文字材料${count}件，照片0张，音像资料0件。卷内材料齐全，排列有序，经检查符合立卷归档要求。`, indent: true },
    '',
    `立卷人：${c.fam.id === 'H' ? '杜雅琴' : c.fam.id === 'Z' ? '沈丽萍' : '冯慧'}`,
    `检查人：${c.fam.id === 'H' ? '马国栋' : c.fam.id === 'Z' ? '许文斌' : '罗家豪'}`,
    `立卷时间：${D(c, iso, 'seal')}`,
  ];
  return { type: 'archive-note', title: '卷内备考表', lines, truth: base(c, 'archive-note', { keyDate: iso }) };
}

export function identity(c: CaseDef): Built {
  const p = c.party;
  if (p.kind === 'individual') {
    const lines: Line[] = [
      title('居民身份证复印件', 16),
      `姓名  ${p.name}`,
      `性别  ${p.sex}    民族  汉`,
      `出生  ${p.born}`,
      `住址  ${p.addr}`,
      `公民身份号码  ${p.idNo}`,
      '（背面）中华人民共和国  居民身份证',
      `签发机关  杭州市公安局临江分局`,
      `有效期限  2016.05.10-2036.05.10`,
      '',
      '此复印件与原件一致    本人签名：' + p.name,
    ];
    return { type: 'party-identity', title: '身份证复印件', lines, truth: base(c, 'party-identity', { party: p.name }) };
  }
  const lines: Line[] = [
    title('营 业 执 照', 24),
    { t: '（副    本）', align: 'center' },
    `统一社会信用代码  ${p.code}`,
    '',
    `名        称  ${p.name}`,
    `类        型  ${p.regType}`,
    `法定代表人  ${p.rep}`,
    `注册资本  ${p.capital}`,
    `成立日期  ${p.founded}`,
    `住        所  ${p.addr}`,
    '',
    `登记机关  ${p.regAuthority}`,
    '',
    { t: '（复印件，与原件核对无误，加盖企业公章）', align: 'center', size: 10 },
  ];
  return { type: 'party-identity', title: '营业执照复印件', lines, truth: base(c, 'party-identity', { party: p.name, creditCode: p.code }) };
}

// ---------------------------------------------------------------- investigation

export function filing(c: CaseDef): Built {
  const r = new Rec();
  const no = num(c, c.fam.id === 'G' ? '立字' : '立');
  const codeOnLine = c.fam.id === 'Z';
  const p = c.party;
  const lines: Line[] = [title('立案审批表'), { t: no, align: 'right' }, `案件来源：监督检查    受案时间：${D(c, c.d.inspection, 'field')}`, `案由：${c.caseName}`];
  if (p.kind === 'individual') lines.push(`当事人：${p.name}（${p.employer}主要负责人）  身份证号码：${p.idNo}`);
  else if (codeOnLine) lines.push(`当事人：${p.name} 统一社会信用代码：${p.code}`);
  else lines.push(`当事人（单位名称）：${p.name}`, `统一社会信用代码：${p.code}`);
  lines.push(`地址：${p.addr}    联系电话：${p.phone}`);
  lines.push('简要案情：');
  lines.push({ t: `${D(c, c.d.inspection)}，本局执法人员对${p.kind === 'individual' ? p.employer : p.name}进行安全生产检查时发现：${c.fact}。`, indent: true });
  lines.push(`承办人意见：当事人涉嫌违反${r.cite(c.violated, c.fam.citeStyle)}的规定，建议立案调查。`);
  if (c.fam.id === 'H') {
    r.off(c.officers, true);
    lines.push(`承办人：${c.officers.map((o) => `${o.name}（${o.cert}）`).join('  ')}    ${D(c, c.d.filing!, 'field')}`);
  } else if (c.fam.id === 'Z') {
    lines.push(...officerLines(c, r, '承办人', c.officers, 'spaced'));
    lines.push(`日期：${D(c, c.d.filing!, 'field')}`);
  } else {
    r.off(c.officers, false);
    lines.push(`承办人：${c.officers.map((o) => o.name).join('、')}    ${D(c, c.d.filing!, 'field')}`);
  }
  lines.push(`审核意见：同意立案调查。    审核人：${c.fam.id === 'H' ? '马国栋' : c.fam.id === 'Z' ? '许文斌' : '罗家豪'}    ${D(c, c.d.filing!, 'field')}`);
  lines.push(`审批意见：同意立案。    负责人：${c.fam.leader}`);
  lines.push({ t: D(c, c.d.filing!, 'seal'), align: 'right' });
  const t = base(c, 'filing-approval', { docNumber: no, caseRef: ref(c), party: p.name, keyDate: c.d.filing });
  if (p.kind === 'organisation') t.creditCode = p.code;
  return { type: 'filing-approval', title: '立案审批表', lines, truth: finish(t, r), chrome: chrome(c, 'filing') };
}

export function inspection(c: CaseDef): Built {
  const r = new Rec();
  const p = c.party;
  const unitName = p.kind === 'individual' ? p.employer! : p.name;
  const lines: Line[] = [title('现场检查记录')];
  let no: string | undefined;
  if (c.fam.id === 'Z') {
    no = num(c, '检记');
    lines.push({ t: no, align: 'center' });
  }
  let code = false;
  if (p.kind === 'individual') lines.push(`被检查单位：${unitName}`, `地址：${p.addr}`, `主要负责人：${p.name}  联系电话：${p.phone}`);
  else if (c.fam.id === 'Z') {
    lines.push(`当事人：${p.name} 统一社会信用代码：${p.code}`, `地址：${p.addr}  负责人：${p.rep}`);
    code = true;
  } else if (c.fam.id === 'G') {
    lines.push(`被检查单位：${p.name}（统一社会信用代码：${p.code}）`, `地址：${p.addr}`, `法定代表人（负责人）：${p.rep}  职务：${p.repTitle}`);
    code = true;
  } else lines.push(`被检查单位：${p.name}`, `地址：${p.addr}`, `法定代表人（负责人）：${p.rep}  职务：${p.repTitle}  联系电话：${p.phone}`);
  lines.push(`检查场所：${c.place}`);
  lines.push(`检查时间：${timeRange(c, c.d.inspection, '09时30分', '11时20分')}`);
  if (c.fam.id !== 'H') lines.push(...officerLines(c, r, '检查人员', c.officers));
  lines.push('检查情况：');
  lines.push({ t: `我们是${c.fam.agency}行政执法人员，已出示执法证件，现依法对你单位进行安全生产监督检查，请予配合。`, indent: true });
  lines.push({ t: `经现场检查，发现存在以下问题：`, indent: true });
  c.findings.forEach((x, i) => lines.push({ t: `${i + 1}. ${x}`, indent: true }));
  lines.push('（以下空白）');
  lines.push({ t: `被检查单位现场负责人（签名）：${c.witness.name}`, gap: 0.5 });
  if (c.fam.id === 'H') lines.push(...officerLines(c, r, '检查人员', c.officers, 'cols'));
  lines.push({ t: D(c, c.d.inspection, 'seal'), align: 'right' });
  const t = base(c, 'inspection-record', { party: unitName, keyDate: c.d.inspection });
  if (p.kind === 'individual') delete t.party;
  if (no) Object.assign(t, { docNumber: no, caseRef: ref(c) });
  if (code) t.creditCode = p.code;
  return { type: 'inspection-record', title: '现场检查记录', lines, truth: finish(t, r), chrome: chrome(c, 'inspection') };
}

export function rectificationOrder(c: CaseDef): Built {
  const r = new Rec();
  const no = num(c, c.fam.id === 'G' ? '责改字' : '责改');
  const lines: Line[] = [
    title('责令限期整改指令书'),
    { t: no, align: 'center' },
    `${c.party.name}：`,
    { t: `经查，你单位存在下列问题：`, indent: true },
    ...c.findings.map((x, i) => ({ t: `${i + 1}. ${x}`, indent: true })),
    { t: `现责令你单位对上述第1至${c.findings.length}项问题于${D(c, c.d.orderDeadline!)}前整改完毕，达到有关法律法规规章和标准规定的要求。整改期间，你单位应当采取措施，确保安全生产。`, indent: true },
    { t: `如果不服本指令，可以依法在六十日内向${c.fam.govt}${after2024(c) ? '' : `或者${c.fam.upper}`}申请行政复议，或者在六个月内依法向${c.fam.court}提起行政诉讼，但本指令不停止执行，法律另有规定的除外。`, indent: true },
    ...officerLines(c, r, '执法人员', c.officers, c.fam.id === 'H' ? 'cols' : 'inline'),
    `被检查单位负责人（签名）：${c.witness.name}`,
    { t: `${c.fam.agency}（印章）`, align: 'right', gap: 0.5 },
    { t: D(c, c.d.order!, 'seal'), align: 'right' },
  ];
  return { type: 'rectification-order', title: '责令限期整改指令书', lines, truth: finish(base(c, 'rectification-order', { docNumber: no, caseRef: ref(c), party: c.party.name, keyDate: c.d.order }), r), chrome: chrome(c, 'order') };
}

export function rectificationReview(c: CaseDef): Built {
  const r = new Rec();
  const no = num(c, c.fam.id === 'G' ? '复查字' : '复查');
  const lines: Line[] = [
    title('整改复查意见书'),
    { t: no, align: 'center' },
    `${c.party.name}：`,
    { t: `本机关于${D(c, c.d.order!)}作出了责令限期整改指令书（${num(c, c.fam.id === 'G' ? '责改字' : '责改')}），经对你单位整改情况进行复查，提出如下意见：`, indent: true },
    { t: `你单位已按要求对指令书所列${c.findings.length}项问题全部整改完毕，经现场核实，整改符合要求。`, indent: true },
    ...officerLines(c, r, '复查人员', c.officers, c.fam.id === 'H' ? 'cols' : 'spaced'),
    `被复查单位负责人（签名）：${c.witness.name}`,
    { t: `${c.fam.agency}（印章）`, align: 'right', gap: 0.5 },
    { t: D(c, c.d.review!, 'seal'), align: 'right' },
  ];
  return { type: 'rectification-review', title: '整改复查意见书', lines, truth: finish(base(c, 'rectification-review', { docNumber: no, caseRef: ref(c), party: c.party.name, keyDate: c.d.review }), r), chrome: chrome(c, 'review') };
}

export function inquiry(c: CaseDef, i: number): Built {
  const r = new Rec();
  const w: Interviewee = i === 0 ? c.witness : c.witness2!;
  const iso = c.d.inquiry[i];
  const p = c.party;
  const [o1, o2] = c.officers;
  const recorder = c.bugs?.inquirySingleOfficer ? o1 : o2;
  r.off(c.bugs?.inquirySingleOfficer ? [o1] : [o1, o2], true);
  const employer = p.kind === 'individual' ? p.employer! : p.name;
  const lines: Line[] = [
    title('询问笔录'),
    `询问时间：${timeRange(c, iso, '09时00分', '10时15分')}`,
    `询问地点：${c.fam.room}`,
    `询问人：${o1.name}  执法证号：${o1.cert}`,
    `记录人：${recorder.name}  执法证号：${recorder.cert}`,
    `被询问人：${w.name}  性别：${w.sex}  年龄：${w.age}  身份证号：${w.idNo}`,
    `工作单位：${employer}  职务：${w.title}  联系电话：${w.phone}`,
    `问：我们是${c.fam.agency}的执法人员（出示执法证件），现依法就${c.caseName.replace(/案$/, '')}一事向你了解情况，请你如实回答。你有申请执法人员回避的权利，你是否申请回避？`,
    '答：不申请。',
    '问：你在单位担任什么职务？负责哪些工作？',
    `答：我是${w.title}，${w.title.includes('经理') || w.title.includes('负责人') ? '全面负责公司的生产经营和安全生产工作' : '负责车间日常生产和安全管理'}。`,
    `问：${D(c, c.d.inspection)}我局执法人员检查时发现的问题，你是否清楚？`,
    `答：清楚。检查发现的问题属实，${c.fact}。`,
    '问：出现上述问题的原因是什么？',
    '答：主要是我们对安全生产法律法规学习不够，管理上存在疏漏，没有认真落实。',
    '问：你单位现有从业人员多少人？主要从事什么业务？',
    `答：现有从业人员${18 + (w.age % 7) * 9}人，${c.place}是主要作业场所。`,
    '问：你单位是否建立了安全生产责任制和相关管理制度？',
    '答：建立了，但有些制度执行得不到位。',
    '问：你单位的安全管理人员是谁？是否经过培训考核？',
    '答：有专职安全员一名，参加过培训，有考核合格证。',
    '问：检查发现的问题存在多长时间了？',
    '答：具体时间记不清了，大概有一段时间了，我们没有及时发现和处理。',
    '问：以上问题是否造成了事故或人员伤害？',
    '答：没有发生事故，也没有人员受伤。',
    '问：目前整改情况如何？',
    '答：我们已经按照要求开始整改，会尽快整改到位。',
    '问：你还有什么需要补充的吗？',
    '答：没有了。',
    '（以上笔录我已看过，与我说的一致。）',
    `被询问人（签名）：${w.name}`,
    `询问人（签名）：${o1.name}    记录人（签名）：${recorder.name}`,
    { t: D(c, iso, 'seal'), align: 'right' },
  ];
  const t = base(c, 'inquiry-record', { keyDate: iso });
  if (p.kind === 'organisation') t.party = p.name;
  return { type: 'inquiry-record', title: `询问笔录（${w.name}）`, lines, truth: finish(t, r), chrome: chrome(c, 'inquiry') };
}

export function report(c: CaseDef): Built {
  const r = new Rec();
  const no = num(c, c.fam.id === 'G' ? '终报字' : '终报');
  const p = c.party;
  const style: CiteStyle = c.fam.id === 'G' ? 'arabic' : c.fam.citeStyle;
  const lines: Line[] = [
    title(c.fam.id === 'Z' ? '案件调查报告' : '案件调查终结报告'),
    { t: no, align: 'center' },
    `案由：${c.caseName}`,
    ...partyBlock(c, '当事人', true),
    c.fam.id === 'Z' ? `调查人员：${c.officers.map((o) => o.name).join(' ')}` : `调查人员：${c.officers.map((o) => o.name).join('、')}`,
    '一、案件来源及调查经过',
    { t: `${D(c, c.d.inspection)}，本局执法人员在监督检查中发现当事人涉嫌存在安全生产违法行为，经批准于${D(c, c.d.filing!)}立案调查。执法人员依法进行了现场检查、询问调查，收集了相关证据。`, indent: true },
    '二、违法事实及证据',
    { t: `经查，${c.fact}。上述事实有现场检查记录、询问笔录、${p.kind === 'individual' ? '身份证复印件' : '营业执照复印件'}、现场照片等证据证实。`, indent: true },
    '三、违法行为性质及法律依据',
    { t: `当事人的上述行为违反了${r.cite(c.violated, style)}的规定，依据${r.cite(c.basis, style)}的规定，应当给予行政处罚。`, indent: true },
    '四、处理意见',
    { t: `根据当事人违法行为的事实、性质、情节及社会危害程度，建议对当事人处以罚款${money(c)}的行政处罚。`, indent: true },
  ];
  r.off(c.officers, false);
  lines.push({ t: `承办人（签名）：${c.officers.map((o) => o.name).join('  ')}`, gap: 0.5 });
  lines.push({ t: D(c, c.d.report!, 'seal'), align: 'right' });
  const t = base(c, 'investigation-report', { docNumber: no, caseRef: ref(c), party: p.name, keyDate: c.d.report, fine: c.fine });
  if (p.kind === 'organisation') t.creditCode = p.code;
  return { type: 'investigation-report', title: c.fam.id === 'Z' ? '案件调查报告' : '案件调查终结报告', lines, truth: finish(t, r), chrome: chrome(c, 'report') };
}

// ---------------------------------------------------------------- notices and hearing

export function notice(c: CaseDef): Built {
  const r = new Rec();
  const no = num(c, c.fam.id === 'G' ? '罚告字' : '罚告');
  const name = c.bugs?.noticeParty ?? c.party.name;
  const head = c.fam.glue ? `${c.fam.glue}行政处罚告知书` : '行政处罚告知书';
  const fineText = c.fam.id === 'Z' ? `罚款${wan(c.fine)}` : `罚款${money(c)}`;
  const rights = regime2021(c) ? [{ law: PENALTY, article: 44 }, { law: PENALTY, article: 45 }] : [{ law: PENALTY, article: 31 }, { law: PENALTY, article: 32 }];
  const lines: Line[] = [
    title(head),
    { t: no, align: 'center' },
    `${name}：`,
    { t: `经查，${c.fact}。以上事实有现场检查记录、询问笔录等证据为证。`, indent: true },
    { t: `${you(c)}的上述行为违反了${r.cite(c.violated, c.fam.citeStyle)}的规定，依据${r.cite(c.basis, c.fam.citeStyle)}的规定，本机关拟对${you(c)}作出${fineText}的行政处罚。`, indent: true },
    { t: `根据${r.cite(rights, c.fam.citeStyle)}的规定，${you(c)}有权进行陈述和申辩。${you(c)}可在收到本告知书之日起${regime2021(c) ? '三个工作日' : '三日'}内向本机关提出陈述、申辩，逾期不提出的，视为放弃上述权利。`, indent: true },
    `联系人：${c.officers[0].name}    联系电话：${c.fam.id === 'H' ? '0392-5512306' : c.fam.id === 'Z' ? '0571-86730215' : '0757-86612047'}`,
    `本机关地址：${c.fam.id === 'H' ? '青岭县城关镇建设路118号' : c.fam.id === 'Z' ? '杭州市临江区江晖路266号' : '佛山市南河区桂澜北路31号'}`,
    { t: c.fam.agency, align: 'right', gap: 1 },
    { t: '（印章）', align: 'right' },
    { t: D(c, c.d.notice!, 'seal'), align: 'right' },
  ];
  return { type: 'penalty-notice', title: '行政处罚告知书', lines, truth: finish(base(c, 'penalty-notice', { docNumber: no, caseRef: ref(c), party: name, keyDate: c.d.notice, fine: c.fine }), r), chrome: chrome(c, 'notice'), header: c.fam.glue };
}

export function hearing(c: CaseDef): Built {
  const r = new Rec();
  const no = num(c, c.fam.id === 'G' ? '听告字' : '听告');
  const basis = regime2021(c) ? [{ law: PENALTY, article: 63 }, { law: PENALTY, article: 64 }] : [{ law: PENALTY, article: 42 }];
  const lines: Line[] = [
    title('听证告知书'),
    { t: no, align: 'center' },
    `${c.party.name}：`,
    { t: `本机关拟对${you(c)}作出罚款${money(c)}的行政处罚。根据${r.cite(basis, c.fam.citeStyle)}的规定，${you(c)}有要求举行听证的权利。`, indent: true },
    { t: `如果${you(c)}要求听证，应当在收到本告知书之日起${regime2021(c) ? '五个工作日' : '三日'}内向本机关提出，逾期视为放弃听证权利。`, indent: true },
    { t: c.fam.agency, align: 'right', gap: 1 },
    { t: '（印章）', align: 'right' },
    { t: D(c, c.d.notice!, 'seal'), align: 'right' },
  ];
  return { type: 'hearing-notice', title: '听证告知书', lines, truth: finish(base(c, 'hearing-notice', { docNumber: no, caseRef: ref(c), party: c.party.name, keyDate: c.d.notice, fine: c.fine }), r), chrome: chrome(c, 'hearing') };
}

const SERVED: Record<string, [string, string, string]> = {
  notice: ['penalty-notice', '行政处罚告知书', '罚告'],
  hearing: ['hearing-notice', '听证告知书', '听告'],
  decision: ['penalty-decision', '行政处罚决定书', '罚'],
};

export function receipt(c: CaseDef, which: 'notice' | 'hearing' | 'decision'): Built {
  const r = new Rec();
  const [servedType, servedTitle, cls] = SERVED[which];
  const servedNo = which === 'decision' ? caseNumber(c) : num(c, c.fam.id === 'G' ? `${cls}字` : cls);
  const iso = which === 'decision' ? c.d.decisionServed! : c.d.noticeServed!;
  const recipient = c.party.kind === 'individual' ? c.party.name : c.witness.name;
  const t = c.fam.id === 'G' ? '文书送达回执' : '送达回证';
  const lines: Line[] = [
    title(t),
    `送达文书名称及文号：${servedTitle}（${servedNo}）`,
    `受送达人：${c.party.name}`,
    `送达地点：${c.party.addr}`,
    '送达方式：直接送达',
    `收件人（签名或盖章）：${recipient}`,
    `收件日期：${D(c, iso, 'field')}`,
    ...officerLines(c, r, '送达人', c.officers, c.fam.id === 'Z' ? 'spaced' : c.fam.id === 'H' ? 'cols' : 'inline'),
    '备注：',
  ];
  return {
    type: 'service-receipt',
    title: `${t}（${servedTitle}）`,
    lines,
    truth: finish(base(c, 'service-receipt', { docNumber: servedNo, caseRef: ref(c), party: c.party.name, keyDate: iso, servedDocument: servedType }), r),
    chrome: chrome(c, 'receipt'),
  };
}

export function statement(c: CaseDef): Built {
  const r = new Rec();
  const [o1, o2] = c.officers;
  r.off([o1, o2], true);
  const lines: Line[] = [
    title('陈述申辩笔录'),
    `时间：${timeRange(c, c.d.statement!, '14时30分', '15时10分')}`,
    `地点：${c.fam.room}`,
    `陈述申辩人：${c.witness.name}  职务：${c.witness.title}  工作单位：${c.party.name}`,
    `承办人：${o1.name}（执法证号：${o1.cert}）  记录人：${o2.name}（执法证号：${o2.cert}）`,
    `陈述申辩内容：我公司收到《行政处罚告知书》（${num(c, c.fam.id === 'G' ? '罚告字' : '罚告')}）后，认真学习了有关规定。对检查发现的问题没有异议，目前已全部整改完毕。公司经营困难，恳请从轻处罚。`,
    '（以上记录我已看过，与我说的一致。）',
    `陈述申辩人（签名）：${c.witness.name}`,
    { t: D(c, c.d.statement!, 'seal'), align: 'right' },
  ];
  return { type: 'statement-record', title: '陈述申辩笔录', lines, truth: finish(base(c, 'statement-record', { party: c.party.name, keyDate: c.d.statement }), r), chrome: chrome(c, 'statement') };
}

// ---------------------------------------------------------------- review, discussion, approval

export function legalReview(c: CaseDef): Built {
  const r = new Rec();
  const no = num(c, c.fam.id === 'G' ? '法审字' : '法审');
  const lines: Line[] = [
    title('法制审核意见书'),
    { t: no, align: 'center' },
    `案件名称：${c.caseName}`,
    `当事人：${c.party.name}`,
    `承办机构：${c.unit}`,
    '审核意见：',
    { t: `经审核，本案执法主体合法，事实清楚，证据确凿，程序合法，适用${r.cite(c.basis, c.fam.citeStyle)}正确，拟对当事人处以罚款${money(c)}的处罚幅度适当。同意提交集体讨论决定。`, indent: true },
    ...officerLines(c, r, '审核人员', c.fam.reviewers, 'inline'),
    { t: `${c.fam.agency}法规科`, align: 'right', gap: 0.5 },
    { t: D(c, c.d.legal!, 'seal'), align: 'right' },
  ];
  return { type: 'legal-review', title: '法制审核意见书', lines, truth: finish(base(c, 'legal-review', { docNumber: no, caseRef: ref(c), party: c.party.name, keyDate: c.d.legal, fine: c.fine }), r), chrome: chrome(c, 'legal') };
}

export function collective(c: CaseDef): Built {
  const no = num(c, c.fam.id === 'G' ? '罚集字' : '罚集');
  const lines: Line[] = [
    title('行政处罚集体讨论记录'),
    { t: no, align: 'center' },
    `案件名称：${c.caseName}`,
    `当事人：${c.party.name}`,
    `讨论时间：${timeRange(c, c.d.collective!, '15时00分', '16时10分')}`,
    '讨论地点：局三楼会议室',
    `主持人：${c.fam.leader}（局长）`,
    `出席人员：${c.fam.leader}、${c.fam.id === 'H' ? '马国栋、杜永强、韩雪梅' : c.fam.id === 'Z' ? '许文斌、钟丽华、潘志远' : '罗家豪、谭美华、卢振宇'}`,
    `汇报人：${c.officers[0].name}    记录人：${c.officers[1].name}`,
    '讨论记录：',
    { t: `承办人汇报了案件调查情况、法制审核意见及拟处理意见。与会人员认为，本案事实清楚，证据充分，程序合法，适用依据正确。`, indent: true },
    `结论性意见：同意对当事人处以罚款${money(c)}的行政处罚。`,
    `出席人员签名：`,
  ];
  return { type: 'collective-discussion', title: '行政处罚集体讨论记录', lines, truth: base(c, 'collective-discussion', { docNumber: no, caseRef: ref(c), party: c.party.name, keyDate: c.d.collective, fine: c.fine }), chrome: chrome(c, 'collective') };
}

export function approval(c: CaseDef): Built {
  const r = new Rec();
  const no = num(c, c.fam.id === 'G' ? '处呈字' : '处呈');
  const p = c.party;
  const style: CiteStyle = c.fam.id === 'G' ? 'arabic' : c.fam.citeStyle;
  const fineText = c.fam.id === 'Z' ? `罚款${wan(c.fine)}` : `罚款${money(c)}`;
  const lines: Line[] = [
    title('案件处理呈批表'),
    { t: no, align: 'right' },
    `案由：${c.caseName}`,
    ...partyBlock(c, '当事人', c.fam.id !== 'G'),
    `主要违法事实：${c.fact}。`,
    `处理依据及处理意见：当事人的行为违反了${r.cite(c.violated, style)}的规定，依据${r.cite(c.basis, style)}的规定，建议给予${fineText}的行政处罚。`,
  ];
  if (c.fam.id === 'H') {
    r.off(c.officers, true);
    lines.push(`承办人：${c.officers.map((o) => `${o.name}（${o.cert}）`).join('  ')}    ${D(c, c.d.approvalDraft!, 'field')}`);
  } else {
    r.off(c.officers, false);
    lines.push(`承办人：${c.officers.map((o) => o.name).join(c.fam.id === 'Z' ? ' ' : '、')}    ${D(c, c.d.approvalDraft!, 'field')}`);
  }
  lines.push(`审核意见：同意承办人意见。    审核人：${c.fam.id === 'H' ? '马国栋' : c.fam.id === 'Z' ? '许文斌' : '罗家豪'}    ${D(c, c.d.approvalDraft!, 'field')}`);
  lines.push(`审批意见：同意。    负责人：${c.fam.leader}`);
  lines.push({ t: D(c, c.d.approval!, 'seal'), align: 'right' });
  const t = base(c, 'case-approval', { docNumber: no, caseRef: ref(c), party: p.name, keyDate: c.d.approval, fine: c.fine });
  if (p.kind === 'organisation') t.creditCode = p.code;
  return { type: 'case-approval', title: '案件处理呈批表', lines, truth: finish(t, r), chrome: chrome(c, 'approval') };
}

// ---------------------------------------------------------------- decision, payment, closing

function remedy(c: CaseDef, onsite = false): string {
  if (onsite && after2024(c))
    return `当事人对本处罚决定不服的，应当自收到本决定书之日起六十日内向${c.fam.govt}申请行政复议；对行政复议决定不服的，可以自收到行政复议决定书之日起十五日内依法向人民法院提起行政诉讼。`;
  const where = after2024(c) ? c.fam.govt : `${c.fam.govt}或者${c.fam.upper}`;
  return `如果不服本处罚决定，可以在收到本决定书之日起六十日内依法向${where}申请行政复议，或者在六个月内依法向${c.fam.court}提起行政诉讼，但本决定不停止执行，法律另有规定的除外。`;
}

export function decision(c: CaseDef): Built {
  const r = new Rec();
  const no = caseNumber(c);
  const p = c.party;
  const head = c.fam.glue ? `${c.fam.glue}行政处罚决定书` : '行政处罚决定书';
  const label = p.kind === 'individual' ? '被处罚人' : c.fam.id === 'Z' ? '当事人' : '被处罚单位';
  const lines: Line[] = [title(head), { t: no, align: 'center' }, ...partyBlock(c, label, c.fam.id !== 'G')];
  lines.push({ t: `违法事实及证据：${D(c, c.d.inspection)}，本机关执法人员在对${p.kind === 'individual' ? p.employer : p.name}进行安全生产监督检查时发现，${c.fact}。以上事实有现场检查记录、询问笔录、${p.kind === 'individual' ? '身份证复印件' : '营业执照复印件'}及现场照片等证据为证。`, indent: true });
  lines.push('主要证据：');
  [
    `1. ${D(c, c.d.inspection)}现场检查记录1份，证明检查发现的违法事实；`,
    ...(c.d.order ? [`2. 责令限期整改指令书1份，证明本机关已责令限期整改；`] : [`2. 现场照片${c.findings.length + 2}张，证明违法现场情况；`]),
    `3. 询问笔录${c.d.inquiry.length}份，证明当事人对违法事实的陈述；`,
    `4. ${p.kind === 'individual' ? '身份证复印件1份，证明被处罚人的身份' : '营业执照复印件1份，证明当事人的主体资格'}；`,
    `5. ${p.kind === 'individual' ? `${p.employer}任职文件1份，证明其主要负责人身份` : '安全生产管理制度及台账复印件1组，证明当事人安全管理情况'}；`,
    `6. 行政处罚告知书及送达回证，证明本机关已依法履行告知程序。`,
  ].forEach((x) => lines.push({ t: x, indent: true }));
  const violated = c.bugs?.decisionCites ? c.bugs.decisionCites.slice(0, c.violated.length) : c.violated;
  const basis = c.bugs?.decisionCites ? c.bugs.decisionCites.slice(c.violated.length) : c.basis;
  lines.push({ t: `${you(c)}的上述行为违反了${r.cite(violated, c.fam.citeStyle)}的规定。`, indent: true });
  const noticeNo = num(c, c.fam.id === 'G' ? '罚告字' : '罚告');
  const hearingNo = num(c, c.fam.id === 'G' ? '听告字' : '听告');
  const hasHearing = c.d.hearing && !c.bugs?.noHearing;
  let told = `本机关于${D(c, c.d.noticeServed!)}向${you(c)}送达了《行政处罚告知书》（${noticeNo}）${hasHearing ? `和《听证告知书》（${hearingNo}）` : ''}，告知了${you(c)}拟作出行政处罚的事实、理由、依据及${you(c)}依法享有的陈述、申辩${hasHearing ? '和要求听证' : ''}的权利。`;
  told += c.d.statement ? `${you(c)}于${D(c, c.d.statement)}提出了陈述、申辩，经复核，所提理由不足以免除处罚，不予采纳。` : `${you(c)}在规定期限内未提出陈述、申辩${hasHearing ? '，也未要求举行听证' : ''}。`;
  lines.push({ t: told, indent: true });
  lines.push({ t: `依据${r.cite(basis, c.fam.citeStyle)}的规定，本机关决定对${you(c)}作出如下行政处罚：罚款${money(c)}。`, indent: true });
  const surcharge = regime2021(c) ? [{ law: PENALTY, article: 72, paragraph: 1, item: 1 }] : [{ law: PENALTY, article: 51, item: 1 }];
  lines.push({ t: `罚款限于收到本决定书之日起十五日内缴至${c.fam.bank}。到期不缴纳罚款的，本机关将依据${r.cite(surcharge, c.fam.citeStyle)}的规定，每日按罚款数额的百分之三加处罚款。`, indent: true });
  lines.push({ t: remedy(c), indent: true });
  if (c.fam.id === 'H') lines.push(...officerLines(c, r, '执法人员', c.officers, 'cols'));
  if (c.fam.id === 'Z') lines.push(...officerLines(c, r, '执法人员', c.officers, 'spaced'));
  lines.push({ t: c.fam.agency, align: 'right', gap: 1 });
  lines.push({ t: '（印章）', align: 'right' });
  lines.push({ t: D(c, c.d.decision, 'seal'), align: 'right' });
  const t = base(c, 'penalty-decision', { docNumber: no, caseRef: ref(c), party: p.name, keyDate: c.d.decision, fine: c.fine });
  if (p.kind === 'organisation') t.creditCode = p.code;
  return { type: 'penalty-decision', title: '行政处罚决定书', lines, truth: finish(t, r), chrome: chrome(c, 'decision'), header: c.fam.glue };
}

export function onsite(c: CaseDef): Built {
  const r = new Rec();
  const no = caseNumber(c);
  const p = c.party;
  const lines: Line[] = [
    title(p.kind === 'individual' ? '行政（当场）处罚决定书（个人）' : '行政（当场）处罚决定书（单位）', 18),
    { t: no, align: 'center' },
    ...partyBlock(c, '被处罚单位', c.fam.id === 'H'),
    { t: `违法事实：${D(c, c.d.decision)}，执法人员检查发现，${c.fact}。`, indent: true },
    { t: `以上事实违反了${r.cite(c.violated, c.fam.citeStyle)}的规定，依据${r.cite([...c.basis, { law: PENALTY, article: 51 }], c.fam.citeStyle)}的规定，当场作出罚款${money(c)}的行政处罚。`, indent: true },
    { t: `罚款的履行方式和期限：自收到本决定书之日起十五日内缴至${c.fam.bank}。`, indent: true },
    { t: remedy(c, true), indent: true },
    ...officerLines(c, r, '执法人员', c.officers, c.fam.id === 'H' ? 'cols' : 'inline'),
    `被处罚单位负责人（签名）：${c.witness.name}`,
    { t: c.fam.agency, align: 'right', gap: 0.5 },
    { t: D(c, c.d.decision, 'seal'), align: 'right' },
  ];
  return {
    type: 'onsite-penalty-decision',
    title: '行政（当场）处罚决定书',
    lines,
    truth: finish(base(c, 'onsite-penalty-decision', { docNumber: no, caseRef: ref(c), party: p.name, creditCode: p.code, keyDate: c.d.decision, fine: c.fine }), r),
    chrome: chrome(c, 'onsite'),
  };
}

export function payment(c: CaseDef): Built {
  const amount = c.bugs?.paymentAmount ?? c.fine;
  const no = caseNumber(c);
  const f = c.fam;
  const head = f.id === 'H' ? '河南省非税收入一般缴款书' : f.id === 'Z' ? '浙江省政府非税收入统一票据（电子）' : '罚没款缴纳凭证';
  const lines: Line[] = [
    title(head, 16),
    f.id === 'H' ? '票据代码：41010123    票据号码：0046812375' : f.id === 'Z' ? '票据代码：33060124    票据号码：0183265947    校验码：6b2f1c' : '凭证编号：GD44060518203367',
    `${f.id === 'Z' ? '交款人' : '缴款人'}：${c.party.name}`,
    `执收单位：${f.agency}`,
    `项目名称：罚没收入—罚款    金额：${figures(amount)}`,
    `金额合计（大写）：${capitals(amount)}    （小写）${figures(amount)}`,
    `${f.id === 'Z' ? '开票日期' : '缴款日期'}：${f.id === 'G' ? date.dotted(c.d.payment) : f.id === 'Z' ? date.iso(c.d.payment) : date.padded(c.d.payment)}`,
    `备注：行政处罚决定书 ${no}`,
    `收款银行：${f.bank.replace(/（.*$/, '')}（业务专用章）`,
  ];
  return { type: 'payment-receipt', title: head, lines, truth: base(c, 'payment-receipt', { docNumber: no, caseRef: ref(c), party: c.party.name, keyDate: c.d.payment, fine: amount }) };
}

export function closing(c: CaseDef): Built {
  const r = new Rec();
  const no = num(c, c.fam.id === 'G' ? '结字' : '结');
  const lines: Line[] = [
    title('结案审批表'),
    { t: no, align: 'right' },
    `案由：${c.caseName}`,
    `当事人：${c.party.name}`,
    `立案日期：${D(c, c.d.filing!, 'field')}    处罚决定书文号：${caseNumber(c)}`,
    `处理结果：罚款人民币${capitals(c.fine)}`,
    `执行情况：当事人已于${D(c, c.d.payment)}全额缴纳罚款。`,
    `承办人意见：本案处罚决定已执行完毕，建议结案。`,
  ];
  if (c.fam.id === 'H') {
    r.off(c.officers, true);
    lines.push(`承办人：${c.officers.map((o) => `${o.name}（${o.cert}）`).join('  ')}    ${D(c, c.d.closingDraft!, 'field')}`);
  } else {
    r.off(c.officers, false);
    lines.push(`承办人：${c.officers.map((o) => o.name).join(c.fam.id === 'Z' ? ' ' : '、')}    ${D(c, c.d.closingDraft!, 'field')}`);
  }
  lines.push(`审批意见：同意结案。    负责人：${c.fam.leader}`);
  lines.push({ t: D(c, c.d.closing!, 'seal'), align: 'right' });
  return { type: 'closing-approval', title: '结案审批表', lines, truth: finish(base(c, 'closing-approval', { docNumber: no, caseRef: ref(c), party: c.party.name, keyDate: c.d.closing, fine: c.fine }), r), chrome: chrome(c, 'closing') };
}

export const SAFETY_LAW = SAFETY;
export const PENALTY_LAW = PENALTY;
