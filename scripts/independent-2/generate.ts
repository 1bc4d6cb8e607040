/**
 * Hold-out archive #2 for caseaudit: 8 work-safety penalty case folders written from published document
 * patterns of several provinces (not from the project's own templates), with their truth file.
 *
 *   npx tsx scripts/independent-2/generate.ts
 *
 * Deterministic: a fixed clock and a seeded Math.random are installed before pdfkit / docx are loaded, so
 * two runs give byte-identical files. All names, companies, numbers and addresses are invented.
 */
import { mkdirSync, rmSync, writeFileSync, createWriteStream } from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';

// ---------------------------------------------------------------- determinism
const FIXED = Date.UTC(2026, 10, 20, 2, 0, 0);
const RealDate = Date;
class FixedDate extends RealDate {
  constructor(...args: unknown[]) {
    if (args.length === 0) super(FIXED);
    else super(...(args as [number]));
  }
  static now() {
    return FIXED;
  }
}
(globalThis as { Date: DateConstructor }).Date = FixedDate as unknown as DateConstructor;
let seed = 20260523;
Math.random = () => {
  seed = (seed * 1103515245 + 12345) & 0x7fffffff;
  return seed / 0x80000000;
};

const require = createRequire(import.meta.url);
const PDFDocument = require('pdfkit') as typeof import('pdfkit');
const docx = require('docx') as typeof import('docx');
const cdays = require('chinese-days') as { isWorkday: (d: string) => boolean };
const OpenCC = require('opencc-js') as { Converter: (o: { from: string; to: string }) => (s: string) => string };
const toTrad = OpenCC.Converter({ from: 'cn', to: 'tw' });

const ROOT = path.resolve('test/independent-2');
const ARCHIVE = path.join(ROOT, 'archive');
const FONTS = {
  ming: { file: '/usr/share/fonts/truetype/arphic/uming.ttc', family: 'UMingCN' },
  hei: { file: '/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc', family: 'WenQuanYiZenHei' },
};
type FontKey = keyof typeof FONTS;

// ---------------------------------------------------------------- dates, money, codes
const pad = (n: number) => String(n).padStart(2, '0');
function addDays(iso: string, n: number): string {
  const d = new RealDate(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + n);
  return d.toISOString().slice(0, 10);
}
function daysBetween(a: string, b: string): number {
  return Math.round((new RealDate(`${b}T00:00:00Z`).getTime() - new RealDate(`${a}T00:00:00Z`).getTime()) / 86400000);
}
/** The date n working days after iso (iso itself not counted). */
function addWorkdays(iso: string, n: number): string {
  let d = iso;
  while (n > 0) {
    d = addDays(d, 1);
    if (cdays.isWorkday(d)) n--;
  }
  return d;
}
const CN_DIGIT = '〇一二三四五六七八九';
function cnSmall(n: number): string {
  if (n < 10) return '〇一二三四五六七八九'[n];
  if (n === 10) return '十';
  if (n < 20) return `十${CN_DIGIT[n % 10]}`;
  return `${CN_DIGIT[Math.floor(n / 10)]}十${n % 10 ? CN_DIGIT[n % 10] : ''}`;
}
type DateStyle = 'zh' | 'zh0' | 'cn' | 'iso' | 'slash';
function fmt(iso: string, style: DateStyle = 'zh'): string {
  const [y, m, d] = iso.split('-').map(Number);
  switch (style) {
    case 'zh':
      return `${y}年${m}月${d}日`;
    case 'zh0':
      return `${y}年${pad(m)}月${pad(d)}日`;
    case 'cn':
      return `${[...String(y)].map((c) => CN_DIGIT[+c]).join('')}年${cnSmall(m)}月${cnSmall(d)}日`;
    case 'iso':
      return iso;
    case 'slash':
      return `${y}/${m}/${d}`;
  }
}
const UP = '零壹贰叁肆伍陆柒捌玖';
function upper4(n: number): string {
  const units = ['仟', '佰', '拾', ''];
  const ds = String(n).padStart(4, '0').split('').map(Number);
  let out = '';
  let zero = false;
  ds.forEach((d, i) => {
    if (d === 0) {
      zero = out !== '';
      return;
    }
    if (zero) out += '零';
    zero = false;
    out += UP[d] + units[i];
  });
  return out;
}
function upperMoney(n: number): string {
  const wan = Math.floor(n / 10000);
  const rest = n % 10000;
  let s = wan ? `${upper4(wan)}万` : '';
  if (rest) s += (wan && rest < 1000 ? '零' : '') + upper4(rest);
  return `${s}元整`;
}
const thousands = (n: number) => n.toLocaleString('en-US');

const CC_CHARS = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const CC_W = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];
/** A unified social credit code with valid organisation-code and overall check characters. */
function creditCode(prefix2: string, region: string, org8: string): string {
  const ow = [3, 7, 9, 10, 5, 8, 4, 2];
  const val = (c: string) => (/\d/.test(c) ? +c : c.charCodeAt(0) - 55);
  const s = [...org8].reduce((a, c, i) => a + val(c) * ow[i], 0);
  const c9 = 11 - (s % 11);
  const org = org8 + (c9 === 10 ? 'X' : c9 === 11 ? '0' : String(c9));
  const body = prefix2 + region + org;
  const sum = [...body].reduce((a, c, i) => a + CC_CHARS.indexOf(c) * CC_W[i], 0);
  const check = (31 - (sum % 31)) % 31;
  return body + CC_CHARS[check];
}

// ---------------------------------------------------------------- truth types
interface Citation {
  law: string;
  article?: number;
  paragraph?: number;
  item?: number;
}
interface Officer {
  name: string;
  cert: string;
}
interface Expected {
  pages: [number, number];
  type: string;
  docNumber?: string;
  caseRef?: { year: number; serial: string };
  party?: string;
  creditCode?: string;
  keyDate?: string;
  fine?: number;
  officers: { name: string; certificate?: string }[];
  citations: Citation[];
  servedDocument?: string;
}
type Truth = Omit<Expected, 'pages'> & { pageCount?: number };

const AQ = '中华人民共和国安全生产法';
const XZ = '中华人民共和国行政处罚法';
const c = (law: string, article: number, paragraph?: number, item?: number): Citation => ({
  law,
  article,
  ...(paragraph ? { paragraph } : {}),
  ...(item ? { item } : {}),
});

// ---------------------------------------------------------------- layout DSL
type Line =
  | ['T', string] // title
  | ['C', string] // centred
  | ['R', string] // right aligned
  | ['P', string] // paragraph, indented two characters
  | ['L', string] // plain wrapped line
  | ['KV', string, string] // label + value separated by a wide gap (table form without colons)
  | ['KV2', string, string, string, string]
  | ['GAP', number]
  | ['BR'];

interface PageDeco {
  header?: string; // running header on every page
  footer?: 'page' | 'dash' | 'none';
  browser?: { stamp: string; title: string; url: string }; // browser print header/footer
  trad?: boolean; // Traditional characters
}
interface DocSpec {
  lines: Line[];
  truth: Truth;
  deco?: PageDeco;
  font?: FontKey;
}

interface Op {
  x: number;
  y: number;
  text: string;
  size: number;
}
const PAGE_W = 595.28;
const LEFT = 72;
const RIGHT = PAGE_W - 72;
const TOP = 86;
const BOTTOM = 760;

function protectRegex(extra: string[]): RegExp {
  const esc = extra
    .filter(Boolean)
    .sort((a, b) => b.length - a.length)
    .map((s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  const pats = [
    ...esc,
    '《[^》]{1,30}》',
    '第[一二三四五六七八九十百零〇0-9]+条(?:第[一二三四五六七八九十0-9]+款)?(?:第[（(][一二三四五六七八九十]+[）)]项|第[一二三四五六七八九十]+项)?',
    '\\d{4}年\\d{1,2}月\\d{1,2}日(?:\\d{1,2}时(?:\\d{1,2}分)?)?',
    '[〇一二三四五六七八九]{4}年[一二三四五六七八九十]{1,2}月[一二三四五六七八九十]{1,3}日',
    '[^\\s，。：；、（）]{0,8}〔\\d{4}〕第?\\d+号',
    '[（(][^）)]{1,4}[）)][^\\s，。]{0,6}〔\\d{4}〕\\d+号',
    '[¥￥]?[0-9][0-9,.]*(?:元|万元)?',
    '[A-Za-z0-9\\-/:.]+',
  ];
  return new RegExp(pats.join('|'), 'gu');
}

/** Split text into unbreakable units: protected spans, or single characters. */
function units(text: string, re: RegExp): string[] {
  const out: string[] = [];
  let last = 0;
  for (const m of text.matchAll(re)) {
    if (m.index! > last) out.push(...[...text.slice(last, m.index)]);
    if (m[0]) out.push(m[0]);
    last = m.index! + m[0].length;
  }
  out.push(...[...text.slice(last)]);
  return out;
}

function wrap(doc: PDFKit.PDFDocument, text: string, width: number, re: RegExp, indent = 0): string[] {
  const us = units(text, re);
  const lines: string[] = [];
  let cur = '';
  let w = indent;
  for (const u of us) {
    const uw = doc.widthOfString(u);
    if (w + uw > width && cur) {
      // keep closing punctuation on the line it closes
      if (/^[，。、；：）》”？！]$/.test(u)) {
        cur += u;
        lines.push(cur);
        cur = '';
        w = 0;
        continue;
      }
      // never leave an opening bracket at the end of a line
      const opener = /[（《“(]$/.test(cur) ? cur.slice(-1) : '';
      lines.push(opener ? cur.slice(0, -1) : cur);
      cur = opener;
      w = opener ? doc.widthOfString(opener) : 0;
    }
    cur += u;
    w += uw;
  }
  if (cur) lines.push(cur);
  return lines;
}

function layout(doc: PDFKit.PDFDocument, spec: DocSpec, re: RegExp): Op[][] {
  const pages: Op[][] = [[]];
  let y = TOP;
  const size = 12;
  const lh = 21;
  const conv = spec.deco?.trad ? toTrad : (s: string) => s;
  const newPage = () => {
    pages.push([]);
    y = TOP;
  };
  const ensure = (h: number) => {
    if (y + h > BOTTOM) newPage();
  };
  const put = (x: number, text: string, sz = size) => pages[pages.length - 1].push({ x, y, text: conv(text), size: sz });
  for (const line of spec.lines) {
    doc.fontSize(size);
    switch (line[0]) {
      case 'T': {
        ensure(40);
        doc.fontSize(20);
        const w = doc.widthOfString(line[1]);
        put((PAGE_W - w) / 2, line[1], 20);
        y += 38;
        break;
      }
      case 'C': {
        ensure(lh);
        const w = doc.widthOfString(line[1]);
        put((PAGE_W - w) / 2, line[1]);
        y += lh;
        break;
      }
      case 'R': {
        ensure(lh);
        const w = doc.widthOfString(line[1]);
        put(RIGHT - w - 12, line[1]);
        y += lh;
        break;
      }
      case 'P':
      case 'L': {
        const indent = line[0] === 'P' ? doc.widthOfString('　　') : 0;
        const ls = wrap(doc, line[1], RIGHT - LEFT, re, indent);
        ls.forEach((l, i) => {
          ensure(lh);
          put(LEFT + (i === 0 ? indent : 0), l);
          y += lh;
        });
        break;
      }
      case 'KV': {
        const vx = LEFT + 150;
        const ls = wrap(doc, line[2], RIGHT - vx, re);
        ensure(lh * Math.max(1, ls.length) + 6);
        put(LEFT, line[1]);
        ls.forEach((l, i) => {
          put(vx, l);
          if (i < ls.length - 1) y += lh;
        });
        y += lh + 6;
        break;
      }
      case 'KV2': {
        ensure(lh + 6);
        put(LEFT, line[1]);
        put(LEFT + 120, line[2]);
        put(LEFT + 265, line[3]);
        put(LEFT + 345, line[4]);
        y += lh + 6;
        break;
      }
      case 'GAP':
        y += line[1];
        break;
      case 'BR':
        newPage();
        break;
    }
  }
  return pages;
}

async function writePdf(file: string, docs: DocSpec[], font: FontKey, infoTitle: string): Promise<Expected[]> {
  const doc = new PDFDocument({
    size: 'A4',
    autoFirstPage: false,
    info: { Title: infoTitle, Author: 'caseaudit independent-2', Producer: 'caseaudit generator', Creator: 'caseaudit generator', CreationDate: new RealDate(FIXED), ModDate: new RealDate(FIXED) },
  });
  doc.registerFont('ming', FONTS.ming.file, FONTS.ming.family);
  doc.registerFont('hei', FONTS.hei.file, FONTS.hei.family);
  const out = createWriteStream(file);
  doc.pipe(out);
  const done = new Promise<void>((res) => out.on('finish', () => res()));
  const expected: Expected[] = [];
  let pageNo = 0;
  for (const spec of docs) {
    const f = spec.font ?? font;
    doc.font(f);
    const re = protectRegex([spec.truth.party ?? '', ...(spec.truth.officers ?? []).flatMap((o) => [o.name, o.certificate ?? ''])]);
    const pages = layout(doc, spec, re);
    const start = pageNo + 1;
    pages.forEach((ops, i) => {
      doc.addPage({ size: 'A4', margin: 0 });
      pageNo++;
      doc.font(f);
      for (const op of ops) doc.fontSize(op.size).text(op.text, op.x, op.y, { lineBreak: false });
      const deco = spec.deco ?? {};
      const conv = deco.trad ? toTrad : (s: string) => s;
      doc.fontSize(9);
      if (deco.header) {
        doc.text(conv(deco.header), LEFT, 44, { lineBreak: false });
        doc.moveTo(LEFT, 58).lineTo(RIGHT, 58).lineWidth(0.5).stroke();
      }
      if (deco.browser) {
        doc.text(deco.browser.stamp, 28, 18, { lineBreak: false });
        const tw = doc.widthOfString(deco.browser.title);
        doc.text(deco.browser.title, (PAGE_W - tw) / 2, 18, { lineBreak: false });
        doc.text(deco.browser.url, 28, 818, { lineBreak: false });
        doc.text(`${i + 1}/${pages.length}`, RIGHT + 30, 818, { lineBreak: false });
      }
      const foot = deco.footer ?? 'page';
      if (foot !== 'none') {
        doc.fontSize(10);
        const t = foot === 'page' ? conv(`第 ${i + 1} 页  共 ${pages.length} 页`) : `- ${i + 1} -`;
        const w = doc.widthOfString(t);
        doc.text(t, (PAGE_W - w) / 2, 790, { lineBreak: false });
      }
    });
    const { pageCount: _p, ...t } = spec.truth;
    expected.push({ pages: [start, pageNo], ...t });
  }
  doc.end();
  await done;
  return expected;
}

// ---------------------------------------------------------------- case model
interface Violation {
  fact: string; // what was found (no dates)
  violated: string; // text of the violated provision
  violatedCite: Citation;
  basis: string; // text of the penalty provision
  basisCite: Citation;
  caseName: string;
  hazard: string; // rectification item
}
interface CaseDef {
  key: string;
  folder: string;
  province: string;
  agency: string;
  unit: string;
  no: (cls: string) => string;
  year: number;
  serial: string;
  procedure: 'general' | 'simple';
  party: string;
  credit: string;
  rep: string;
  repTitle: string;
  address: string;
  phone: string;
  place: string; // inspected site
  officers: [Officer, Officer];
  interviewee?: { name: string; sex: string; age: number; title: string; id: string };
  fine: number;
  v: Violation;
  d: Record<string, string>;
  ds: DateStyle;
  font: FontKey;
  review: string; // 复议 route
  court: string;
  bank: string;
  clean: boolean;
  defects: { rule: string; key: string; note: string }[];
}

const ref = (k: CaseDef) => ({ year: k.year, serial: k.serial });
const offT = (k: CaseDef, certs = true) => k.officers.map((o) => (certs ? { name: o.name, certificate: o.cert } : { name: o.name }));

// ---------------------------------------------------------------- document builders
function cover(k: CaseDef): DocSpec {
  return {
    deco: { footer: 'none' },
    lines: [
      ['C', k.agency],
      ['GAP', 10],
      ['T', '安全生产行政执法案卷'],
      ['GAP', 24],
      ['KV', '案    由', k.v.caseName],
      ['KV', '当 事 人', k.party],
      ['KV', '案    号', k.no('罚')],
      ['KV', '处理结果', `罚款人民币${upperMoney(k.fine)}`],
      ['KV', '承 办 人', `${k.officers[0].name}  ${k.officers[1].name}`],
      ['KV', '立案日期', fmt(k.d.filing, k.ds)],
      ['KV', '结案日期', fmt(k.d.closing, k.ds)],
      ['KV', '保管期限', '永久'],
      ['KV', '本卷共', '1卷  第1卷'],
    ],
    truth: { type: 'cover', docNumber: k.no('罚'), caseRef: ref(k), party: k.party, fine: k.fine, officers: offT(k, false), citations: [] },
  };
}

function contents(k: CaseDef, items: [string, string, string][]): DocSpec {
  const lines: Line[] = [['T', '卷 内 目 录'], ['L', `案号：${k.no('罚')}`], ['KV2', '序号', '文书名称', '日期', '页号']];
  items.forEach(([name, date, pages], i) => lines.push(['KV2', String(i + 1), name, date, pages]));
  return { deco: { footer: 'none' }, lines, truth: { type: 'contents', officers: [], citations: [] } };
}

function archiveNote(k: CaseDef, count = 0, pages = 0): DocSpec {
  return {
    deco: { footer: 'none' },
    lines: [
      ['T', '卷内备考表'],
      ['GAP', 10],
      ['P', `本卷共有文件材料${count}件，共${pages}页，其中文字材料${pages}页，照片${0}张。`],
      ['P', '说明：本案已执行完毕，卷内文书齐全，按规定整理归档。'],
      ['GAP', 30],
      ['KV', '立 卷 人', k.officers[1].name],
      ['KV', '检 查 人', '档案室'],
      ['KV', '立卷时间', fmt(k.d.archive, k.ds)],
    ],
    truth: { type: 'archive-note', keyDate: k.d.archive, officers: [], citations: [] },
  };
}

function licence(k: CaseDef): DocSpec {
  return {
    deco: { footer: 'none' },
    font: 'ming',
    lines: [
      ['T', '营 业 执 照'],
      ['C', '（副    本）'],
      ['KV', '统一社会信用代码', k.credit],
      ['KV', '名      称', k.party],
      ['KV', '类      型', '有限责任公司（自然人投资或控股）'],
      ['KV', '法定代表人', k.rep],
      ['KV', '经营范围', '一般项目：按登记机关核准的经营范围开展经营活动。'],
      ['KV', '注册资本', '伍佰万元整'],
      ['KV', '成立日期', '2016年08月19日'],
      ['KV', '住      所', k.address],
      ['GAP', 20],
      ['R', '登记机关（章）'],
      ['L', '此复印件与原件一致，仅供应急管理部门执法使用。'],
    ],
    truth: { type: 'party-identity', party: k.party, creditCode: k.credit, officers: [], citations: [] },
  };
}

function officerLine(k: CaseDef, form: 'paren' | 'table' | 'inline'): Line[] {
  const [a, b] = k.officers;
  if (form === 'paren') return [['L', `执法人员：${a.name}（证号：${a.cert}）、${b.name}（证号：${b.cert}）`]];
  if (form === 'table')
    return [
      ['KV2', '检查人员', a.name, '执法证号', a.cert],
      ['KV2', '', b.name, '执法证号', b.cert],
    ];
  return [['P', `我们是${k.agency}的行政执法人员${a.name}、${b.name}，证件号码为${a.cert}、${b.cert}，这是我们的证件，现依法对你单位进行安全生产监督检查，请予配合。`]];
}

function inspection(k: CaseDef, opts: { form: 'paren' | 'table' | 'inline'; single?: boolean; trad?: boolean; header?: string; credit?: boolean }): DocSpec {
  const [a] = k.officers;
  const offLines: Line[] = opts.single ? [['L', `检查人员：${a.name}（执法证号：${a.cert}）`]] : officerLine(k, opts.form);
  const lines: Line[] = [
    ['T', '现场检查记录'],
    ['KV', '被检查单位', k.party],
    ...(opts.credit ? ([['KV', '统一社会信用代码', k.credit]] as Line[]) : []),
    ['KV', '地      址', k.address],
    ['KV2', '法定代表人', k.rep, '联系电话', k.phone],
    ['KV', '检查场所', k.place],
    ['KV', '检查时间', `${fmt(k.d.inspection, k.ds)}${k.ds === 'iso' ? ' ' : ''}9时20分至11时05分`],
    ...offLines,
    ['P', `检查情况：执法人员出示证件、说明来意后，在${k.rep}的陪同下对${k.place}进行了检查，发现${k.v.fact}。`],
    ['P', '现场拍摄照片6张，调取相关资料复印件3份。'],
    ['P', '被检查单位负责人意见：以上记录属实。'],
    ['GAP', 12],
    ['L', `被检查单位负责人（签名）：${k.rep}`],
    ['L', '检查人员（签名）：'],
    ['R', fmt(k.d.inspection, k.ds)],
  ];
  return {
    deco: { footer: 'page', trad: opts.trad, header: opts.header },
    lines,
    truth: {
      type: 'inspection-record',
      party: k.party,
      ...(opts.credit ? { creditCode: k.credit } : {}),
      keyDate: k.d.inspection,
      officers: opts.single ? [{ name: a.name, certificate: a.cert }] : offT(k),
      citations: [],
    },
  };
}

function inquiry(k: CaseDef, opts: { header?: string; iso?: boolean }): DocSpec {
  const p = k.interviewee!;
  const [a, b] = k.officers;
  const ds: DateStyle = opts.iso ? 'iso' : k.ds;
  const qa: Line[] = [
    ['P', `问：我们是${k.agency}的行政执法人员${a.name}、${b.name}，证件号码为${a.cert}、${b.cert}，这是我们的执法证件（出示证件），你是否看清楚？`],
    ['P', '答：看清楚了。'],
    ['P', '问：我们依法就你单位安全生产有关情况进行调查，你应当如实回答，并有陈述、申辩和申请回避的权利。你是否申请我们回避？'],
    ['P', '答：不申请回避。'],
    ['P', '问：请介绍一下你的身份和职责。'],
    ['P', `答：我是${k.party}的${p.title}，负责公司日常安全管理工作。`],
    ['P', `问：${fmt(k.d.inspection, ds)}执法人员检查时发现的问题你是否知道？`],
    ['P', `答：知道，当时我在现场。${k.v.fact}，情况属实。`],
    ['P', '问：为什么会出现这种情况？'],
    ['P', '答：主要是公司对这方面不够重视，管理上有疏漏，我们已经在组织整改。'],
    ['P', '问：你单位有多少从业人员？'],
    ['P', '答：目前在册员工六十余人。'],
    ['P', '问：你还有什么需要补充的吗？'],
    ['P', '答：没有了。'],
    ['P', '问：以上笔录请你核对，如记录有误可以补充更正。'],
    ['P', '答：以上笔录我已看过，和我说的一样。'],
  ];
  return {
    deco: { footer: 'page', header: opts.header },
    lines: [
      ['T', '询 问 笔 录'],
      ['KV', '询问时间', `${fmt(k.d.inquiry, ds)} 9时10分至10时20分`],
      ['KV', '询问地点', `${k.party}办公室`],
      ['KV2', '询 问 人', a.name, '记 录 人', b.name],
      ['KV2', '被询问人', p.name, '性别', p.sex],
      ['KV2', '年    龄', String(p.age), '职务', p.title],
      ['KV', '工作单位', k.party],
      ['KV', '身份证号', p.id],
      ...qa,
      ['GAP', 10],
      ['L', `被询问人（签名）：${p.name}    以上笔录已看过，与我所说一致。`],
      ['L', '询问人（签名）：            记录人（签名）：'],
    ],
    truth: { type: 'inquiry-record', party: k.party, keyDate: k.d.inquiry, officers: offT(k), citations: [] },
  };
}

function rectOrder(k: CaseDef, deadline: string): DocSpec {
  const [a, b] = k.officers;
  return {
    deco: { footer: 'none' },
    lines: [
      ['C', k.agency],
      ['T', '责令限期整改指令书'],
      ['R', k.no('责改')],
      ['L', `${k.party}：`],
      ['P', `经查，你单位存在下列问题：1.${k.v.hazard}。`],
      ['P', `现责令你单位对上述第1项问题于${fmt(deadline, k.ds)}前整改完毕，达到有关法律法规规章和标准规定的要求。由此造成事故的，依法追究有关人员的责任。`],
      ['P', '整改期间，你单位应当采取措施，确保安全生产。对安全生产违法行为，将依法予以行政处罚。'],
      ['P', `如果不服本指令，可以依法在60日内向${k.review}申请行政复议，或者在6个月内依法向${k.court}提起行政诉讼，但本指令不停止执行，法律另有规定的除外。`],
      ['GAP', 10],
      ['KV2', '执法人员（签名）', a.name, '证号', a.cert],
      ['KV2', '', b.name, '证号', b.cert],
      ['L', `被检查单位负责人（签名）：${k.rep}`],
      ['R', `${k.agency}（印章）`],
      ['R', fmt(k.d.order, k.ds)],
    ],
    truth: { type: 'rectification-order', docNumber: k.no('责改'), caseRef: ref(k), party: k.party, keyDate: k.d.order, officers: offT(k), citations: [] },
  };
}

function rectReview(k: CaseDef): DocSpec {
  const [a, b] = k.officers;
  return {
    deco: { footer: 'none' },
    lines: [
      ['C', k.agency],
      ['T', '整改复查意见书'],
      ['R', k.no('复查')],
      ['L', `${k.party}：`],
      ['P', `本局于${fmt(k.d.order, k.ds)}作出了责令限期整改指令书（${k.no('责改')}），经对你单位整改情况进行复查，提出如下意见：`],
      ['P', `你单位已按要求完成整改：${k.v.hazard}的问题已整改完毕，经现场复查符合要求。`],
      ['GAP', 10],
      ['L', `复查人员：${a.name}（证号：${a.cert}）、${b.name}（证号：${b.cert}）`],
      ['L', `被复查单位负责人（签名）：${k.rep}`],
      ['R', `${k.agency}（印章）`],
      ['R', fmt(k.d.review, k.ds)],
    ],
    truth: { type: 'rectification-review', docNumber: k.no('复查'), caseRef: ref(k), party: k.party, keyDate: k.d.review, officers: offT(k), citations: [] },
  };
}

function filing(k: CaseDef, form: 'table' | 'colon'): DocSpec {
  const [a, b] = k.officers;
  const lines: Line[] =
    form === 'table'
      ? [
          ['T', '立 案 审 批 表'],
          ['R', k.no('立')],
          ['KV', '案件名称', k.v.caseName],
          ['KV', '案件来源', `监督检查（${fmt(k.d.inspection, k.ds)}现场检查发现）`],
          ['KV', '当 事 人', k.party],
          ['KV2', '法定代表人', k.rep, '联系电话', k.phone],
          ['KV', '统一社会信用代码', k.credit],
          ['KV', '地    址', k.address],
          ['KV', '简要案情', `执法人员检查时发现，${k.v.fact}，涉嫌违反${k.v.violated}的规定。`],
          ['KV', '承办人意见', `建议立案调查。    承办人：${a.name}  ${b.name}    ${fmt(k.d.inspection, k.ds)}`],
          ['KV', '审核意见', '同意立案，由承办人负责调查。'],
          ['KV', '审批意见', '同意。'],
          ['R', `审批人（签名）：          ${fmt(k.d.filing, k.ds)}`],
        ]
      : [
          ['T', '立案审批表'],
          ['R', `编号：${k.no('立')}`],
          ['L', `案由：${k.v.caseName}`],
          ['L', `当事人：${k.party}    法定代表人：${k.rep}`],
          ['L', `统一社会信用代码：${k.credit}`],
          ['L', `地址：${k.address}`],
          ['L', `案件来源：日常执法检查，检查日期${fmt(k.d.inspection, k.ds)}。`],
          ['P', `简要案情：${k.v.fact}。上述行为涉嫌违反${k.v.violated}的规定，符合立案条件。`],
          ['L', `承办人：${a.name}、${b.name}`],
          ['L', '承办机构意见：建议立案。'],
          ['L', '负责人审批意见：同意立案。'],
          ['R', `审批日期：${fmt(k.d.filing, k.ds)}`],
        ];
  return {
    deco: { footer: 'none' },
    lines,
    truth: { type: 'filing-approval', docNumber: k.no('立'), caseRef: ref(k), party: k.party, creditCode: k.credit, keyDate: k.d.filing, officers: offT(k, false), citations: [] },
  };
}

function report(k: CaseDef, money: string): DocSpec {
  const [a, b] = k.officers;
  return {
    deco: { footer: 'page' },
    lines: [
      ['T', '案件调查终结报告'],
      ['R', k.no('终报')],
      ['KV', '案件名称', k.v.caseName],
      ['KV', '当 事 人', k.party],
      ['KV', '统一社会信用代码', k.credit],
      ['KV', '调查人员', `${a.name}、${b.name}`],
      ['P', `一、案件来源：${fmt(k.d.inspection, k.ds)}，执法人员在对当事人进行安全生产监督检查时发现违法行为，经批准于${fmt(k.d.filing, k.ds)}立案调查。`],
      ['P', `二、违法事实：当事人${k.v.fact}。`],
      ['P', '三、证据：现场检查记录、询问笔录、现场照片、营业执照复印件等，证据之间相互印证。'],
      ['P', `四、处理依据及建议：当事人的上述行为违反了${k.v.violated}的规定，依据${k.v.basis}的规定，结合本局行政处罚自由裁量基准，建议对当事人${money}。`],
      ['GAP', 10],
      ['L', `调查人员（签名）：${a.name}  ${b.name}`],
      ['R', fmt(k.d.report, k.ds)],
    ],
    truth: {
      type: 'investigation-report',
      docNumber: k.no('终报'),
      caseRef: ref(k),
      party: k.party,
      creditCode: k.credit,
      keyDate: k.d.report,
      fine: k.fine,
      officers: offT(k, false),
      citations: [k.v.violatedCite, k.v.basisCite],
    },
  };
}

function notice(k: CaseDef, deco?: PageDeco): DocSpec {
  return {
    deco: deco ?? { footer: 'none' },
    lines: [
      ['C', k.agency],
      ['T', '行政处罚告知书'],
      ['R', k.no('罚告')],
      ['L', `${k.party}：`],
      ['P', `经查，你单位${k.v.fact}。以上事实有现场检查记录、询问笔录、现场照片等证据为证。`],
      ['P', `你单位的上述行为违反了${k.v.violated}的规定，依据${k.v.basis}的规定，本局拟对你单位作出罚款人民币${upperMoney(k.fine)}的行政处罚。`],
      ['P', '根据《中华人民共和国行政处罚法》第四十四条、第四十五条的规定，你单位有权进行陈述和申辩。如有陈述、申辩意见，请于收到本告知书之日起三个工作日内向本局提出，逾期未提出的，视为放弃陈述和申辩的权利。'],
      ['L', `本局地址：${k.agency}政务服务大楼四楼    联系电话：${k.phone.replace(/\d{4}$/, '2110')}`],
      ['GAP', 20],
      ['R', `${k.agency}（印章）`],
      ['R', fmt(k.d.notice, k.ds)],
    ],
    truth: {
      type: 'penalty-notice',
      docNumber: k.no('罚告'),
      caseRef: ref(k),
      party: k.party,
      keyDate: k.d.notice,
      fine: k.fine,
      officers: [],
      citations: [k.v.violatedCite, k.v.basisCite, c(XZ, 44), c(XZ, 45)],
    },
  };
}

function hearingNotice(k: CaseDef, deco?: PageDeco): DocSpec {
  return {
    deco: deco ?? { footer: 'none' },
    lines: [
      ['C', k.agency],
      ['T', '听证告知书'],
      ['R', k.no('听告')],
      ['L', `${k.party}：`],
      ['P', `因你单位${k.v.fact}，违反了${k.v.violated}的规定，依据${k.v.basis}的规定，本局拟对你单位作出罚款人民币${upperMoney(k.fine)}的行政处罚。`],
      ['P', '根据《中华人民共和国行政处罚法》第六十三条、第六十四条的规定，你单位有要求举行听证的权利。如你单位要求听证，应当在收到本告知书之日起五个工作日内向本局提出，逾期不提出的，视为放弃听证权利。'],
      ['GAP', 20],
      ['R', `${k.agency}（印章）`],
      ['R', fmt(k.d.notice, k.ds)],
    ],
    truth: {
      type: 'hearing-notice',
      docNumber: k.no('听告'),
      caseRef: ref(k),
      party: k.party,
      keyDate: k.d.notice,
      fine: k.fine,
      officers: [],
      citations: [c(XZ, 63), c(XZ, 64)],
    },
  };
}

type Served = { type: 'penalty-notice' | 'hearing-notice' | 'penalty-decision'; title: string; no: string; date: string; issued: string; party?: string };
function receipt(k: CaseDef, s: Served, form: 'table' | 'colon' | 'filled', deco?: PageDeco): DocSpec {
  const [a, b] = k.officers;
  const recv = k.interviewee?.name ?? k.rep;
  const party = s.party ?? k.party;
  const lines: Line[] =
    form === 'colon'
      ? [
          ['C', k.agency],
          ['T', '文书送达回执'],
          ['L', `送达文书名称、文号：《${s.title}》（${s.no}）`],
          ['L', `受送达人：${party}`],
          ['L', `送达地点：${k.address}`],
          ['L', '送达方式：直接送达'],
          ['L', `受送达人（签收）：${recv}    签收日期：${fmt(s.date, k.ds)}`],
          ['L', `送达人：${a.name}、${b.name}`],
          ['L', '备注：'],
        ]
      : [
          ['T', '送 达 回 证'],
          ['KV', '案    由', k.v.caseName],
          ['KV', '受送达人', party],
          ['KV', '送达文书名称及文号', `${s.title}  ${s.no}`],
          ['KV', '送达地点', k.address],
          ['KV', '送达方式', '直接送达'],
          ...(form === 'filled' ? ([['KV', '填发日期', fmt(s.issued, k.ds)]] as Line[]) : []),
          ['KV', '收件人签名或盖章', `${recv}    ${fmt(s.date, k.ds)}`],
          ['KV', '送 达 人', `${a.name}    ${b.name}`],
          ['KV', '备    注', ''],
          ['GAP', 20],
          ['R', k.agency],
        ];
  return {
    deco: deco ?? { footer: 'none' },
    lines,
    truth: { type: 'service-receipt', docNumber: s.no, caseRef: ref(k), party, keyDate: s.date, officers: offT(k, false), citations: [], servedDocument: s.type },
  };
}

function legalReview(k: CaseDef): DocSpec {
  return {
    deco: { footer: 'none' },
    lines: [
      ['T', '法制审核意见书'],
      ['R', k.no('法审')],
      ['KV', '案件名称', k.v.caseName],
      ['KV', '当 事 人', k.party],
      ['KV', '承办机构', k.unit],
      ['P', `审核意见：经审核，本案执法主体合法，当事人认定准确，违法事实清楚，证据确凿。当事人违反了${k.v.violated}的规定，依据该法${k.v.basis.replace(/^《[^》]+》/, '')}的规定，拟处罚款人民币${upperMoney(k.fine)}，适用依据正确，程序合法，裁量适当，同意承办机构意见。`],
      ['GAP', 16],
      ['L', '法制审核机构：政策法规科（印章）'],
      ['R', fmt(k.d.legal, k.ds)],
    ],
    truth: { type: 'legal-review', docNumber: k.no('法审'), caseRef: ref(k), party: k.party, keyDate: k.d.legal, fine: k.fine, officers: [], citations: [k.v.violatedCite, k.v.basisCite] },
  };
}

function discussion(k: CaseDef, people: string): DocSpec {
  const [a] = k.officers;
  return {
    deco: { footer: 'none' },
    lines: [
      ['T', '重大行政处罚案件集体讨论记录'],
      ['R', k.no('罚集')],
      ['KV', '案件名称', k.v.caseName],
      ['KV', '讨论时间', `${fmt(k.d.discussion, k.ds)}${k.ds === 'iso' ? ' ' : ''}15时00分至16时10分`],
      ['KV', '地    点', '局三楼会议室'],
      ['KV', '参加人员', people],
      ['P', `讨论内容：承办人${a.name}汇报案件调查情况、听证告知及陈述申辩情况，法制审核机构汇报审核意见。与会人员认为，${k.party}违法事实清楚，证据确凿，拟作出的处罚适当。`],
      ['P', `讨论结论：一致同意对${k.party}处以罚款人民币${upperMoney(k.fine)}的行政处罚。`],
      ['L', '参加人员签名：'],
    ],
    truth: { type: 'collective-discussion', docNumber: k.no('罚集'), caseRef: ref(k), party: k.party, keyDate: k.d.discussion, fine: k.fine, officers: [], citations: [] },
  };
}

function caseApproval(k: CaseDef, money: string): DocSpec {
  const [a, b] = k.officers;
  return {
    deco: { footer: 'none' },
    lines: [
      ['T', '案件处理呈批表'],
      ['R', k.no('处呈')],
      ['KV', '案件名称', k.v.caseName],
      ['KV', '当 事 人', k.party],
      ['KV', '统一社会信用代码', k.credit],
      ['KV', '违法事实', `${k.v.fact}。`],
      ['KV', '处理依据', `${k.v.basis}`],
      ['KV', '当事人陈述申辩', '在规定期限内未提出陈述、申辩，未要求听证。'],
      ['KV', '承办人意见', `建议给予${money}的行政处罚。  承办人：${a.name}  ${b.name}`],
      ['KV', '审核意见', '同意承办人意见。'],
      ['KV', '审批意见', '同意。'],
      ['R', `负责人（签名）：        ${fmt(k.d.approval, k.ds)}`],
    ],
    truth: {
      type: 'case-approval',
      docNumber: k.no('处呈'),
      caseRef: ref(k),
      party: k.party,
      creditCode: k.credit,
      keyDate: k.d.approval,
      fine: k.fine,
      officers: offT(k, false),
      citations: [k.v.basisCite],
    },
  };
}

function decision(
  k: CaseDef,
  opts: { partyLine: 'same' | 'split' | 'unit'; money: string; ds?: DateStyle; deco?: PageDeco; party?: string; hearing?: boolean; evidence?: boolean },
): DocSpec {
  const [a, b] = k.officers;
  const party = opts.party ?? k.party;
  const ds = opts.ds ?? k.ds;
  const head: Line[] =
    opts.partyLine === 'same'
      ? [
          ['L', `当事人：${party}    法定代表人：${k.rep}    职务：${k.repTitle}`],
          ['L', `统一社会信用代码：${k.credit}`],
          ['L', `地址：${k.address}`],
        ]
      : opts.partyLine === 'unit'
        ? [
            ['L', `被处罚单位：${party}（统一社会信用代码：${k.credit}）`],
            ['L', `地址：${k.address}`],
            ['L', `法定代表人（负责人）：${k.rep}  职务：${k.repTitle}  联系电话：${k.phone}`],
          ]
        : [
            ['L', `${party}：`],
            ['L', `统一社会信用代码：${k.credit}，法定代表人：${k.rep}，住所：${k.address}。`],
          ];
  return {
    deco: opts.deco ?? { footer: 'page' },
    lines: [
      ['C', k.agency],
      ['T', '行政处罚决定书'],
      ['R', k.no('罚')],
      ...head,
      ['P', `${fmt(k.d.inspection, ds)}，本局执法人员${a.name}（执法证号：${a.cert}）、${b.name}（执法证号：${b.cert}）依法对你单位进行安全生产监督检查，发现你单位${k.v.fact}。`],
      ...(opts.evidence
        ? ([
            ['P', '以上事实，有下列证据证明：'],
            ['P', `1.${fmt(k.d.inspection, ds)}现场检查记录1份，证明执法人员现场检查发现的情况；`],
            ['P', `2.${fmt(k.d.inquiry, ds)}对${k.interviewee!.name}的询问笔录1份，证明违法行为的具体情况；`],
            ['P', '3.现场照片6张，证明现场状况；'],
            ['P', `4.营业执照复印件、法定代表人身份证明各1份，证明你单位主体资格及${k.rep}的身份；`],
            ['P', '5.执法人员执法证件复印件2份，证明执法人员的身份和资格；'],
            ['P', '6.送达地址确认书1份，证明你单位文书送达地址。'],
          ] as Line[])
        : ([['P', '以上事实有现场检查记录、询问笔录、现场照片、营业执照复印件等证据证实。']] as Line[])),
      ['P', `你单位的上述行为违反了${k.v.violated}的规定。本局于${fmt(k.d.noticeService, ds)}向你单位送达了《行政处罚告知书》（${k.no('罚告')}）${opts.hearing ? `和《听证告知书》（${k.no('听告')}）` : ''}，你单位在规定期限内未提出陈述、申辩${opts.hearing ? '，亦未要求听证' : ''}。`],
      ['P', `依据${k.v.basis}的规定，本局决定对你单位作出如下行政处罚：${opts.money}。`],
      ['P', `罚款限于收到本决定书之日起十五日内缴至${k.bank}。到期不缴纳罚款的，本局可以依据《中华人民共和国行政处罚法》第七十二条第一款第（一）项的规定，每日按罚款数额的百分之三加处罚款，加处罚款的数额不超出罚款的数额。`],
      ['P', `你单位如不服本决定，可以在收到本决定书之日起六十日内依法向${k.review}申请行政复议，或者在六个月内依法向${k.court}提起行政诉讼。行政复议和行政诉讼期间，本决定不停止执行，法律另有规定的除外。`],
      ['GAP', 20],
      ['R', `${k.agency}（印章）`],
      ['R', fmt(k.d.decision, ds)],
    ],
    truth: {
      type: 'penalty-decision',
      docNumber: k.no('罚'),
      caseRef: ref(k),
      party,
      creditCode: k.credit,
      keyDate: k.d.decision,
      fine: k.fine,
      officers: offT(k),
      citations: [k.v.violatedCite, k.v.basisCite, c(XZ, 72, 1, 1)],
    },
  };
}

function payment(k: CaseDef, form: 'nontax' | 'receipt', billNo: string, ds: DateStyle = 'zh0'): DocSpec {
  const decNo = k.no(k.procedure === 'simple' ? '简罚' : '罚');
  const lines: Line[] =
    form === 'nontax'
      ? [
          ['T', '非税收入一般缴款书（电子）'],
          ['KV2', '票据代码', '37060125', '票据号码', billNo],
          ['KV', '执收单位名称', k.agency],
          ['KV', '缴款人全称', k.party],
          ['KV', '项目名称', '一般罚没收入'],
          ['KV', '处罚决定书文号', decNo],
          ['KV', '金额（小写）', `¥${thousands(k.fine)}.00`],
          ['KV', '金额（大写）', `人民币${upperMoney(k.fine)}`],
          ['KV', '缴款日期', fmt(k.d.payment, ds)],
          ['KV', '收款人', `${k.province}财政厅非税收入汇缴结算户`],
          ['R', '收款银行（盖章）'],
        ]
      : [
          ['T', '代收罚款收据'],
          ['L', `收款日期：${fmt(k.d.payment, ds)}    编号：No.${billNo}`],
          ['KV', '行政机关', k.agency],
          ['KV', '处罚决定书号码', decNo],
          ['KV', '交款单位', k.party],
          ['KV', '罚款金额', `${k.fine}.00`],
          ['KV', '加收罚款金额', '0.00'],
          ['KV', '金额人民币（大写）', upperMoney(k.fine)],
          ['KV2', '代收机构', k.bank.replace(/，.*$/, ''), '收款人', '（签章）'],
          ['L', '第一联：收据，由代收机构收款盖章后退缴款人'],
        ];
  return {
    deco: { footer: 'none' },
    lines,
    truth: { type: 'payment-receipt', docNumber: decNo, caseRef: ref(k), party: k.party, keyDate: k.d.payment, fine: k.fine, officers: [], citations: [] },
  };
}

function closing(k: CaseDef): DocSpec {
  const [a, b] = k.officers;
  return {
    deco: { footer: 'none' },
    lines: [
      ['T', '结 案 审 批 表'],
      ['R', k.no('结')],
      ['KV', '案件名称', k.v.caseName],
      ['KV', '当 事 人', k.party],
      ['KV', '处罚决定书文号', k.no('罚')],
      ['KV', '处罚决定日期', fmt(k.d.decision, k.ds)],
      ['KV', '处罚结果', `罚款人民币${upperMoney(k.fine)}`],
      ['KV', '执行情况', `当事人已于${fmt(k.d.payment, k.ds)}缴纳全部罚款${k.fine}元，隐患已整改完毕。`],
      ['KV', '承办人意见', `建议结案。    承办人：${a.name}  ${b.name}`],
      ['KV', '审核意见', '同意结案。'],
      ['KV', '审批意见', '同意。'],
      ['R', `审批人（签名）：        ${fmt(k.d.closing, k.ds)}`],
    ],
    truth: { type: 'closing-approval', docNumber: k.no('结'), caseRef: ref(k), party: k.party, keyDate: k.d.closing, fine: k.fine, officers: offT(k, false), citations: [] },
  };
}

function onsite(k: CaseDef, route: string): DocSpec {
  const [a, b] = k.officers;
  return {
    deco: { footer: 'none' },
    lines: [
      ['C', k.agency],
      ['T', '行政（当场）处罚决定书'],
      ['R', k.no('简罚')],
      ['KV', '被处罚单位', k.party],
      ['KV', '统一社会信用代码', k.credit],
      ['KV', '地    址', k.address],
      ['KV2', '法定代表人', k.rep, '职务', k.repTitle],
      ['P', `违法事实及证据：${fmt(k.d.inspection, k.ds)}，执法人员现场检查时发现，${k.v.fact}，有现场检查记录、现场照片为证。`],
      ['P', `你单位的上述行为违反了${k.v.violated}的规定，依据${k.v.basis}和《中华人民共和国行政处罚法》第五十一条的规定，决定给予罚款人民币${upperMoney(k.fine)}（¥${k.fine}元）的行政处罚。`],
      ['P', `罚款的履行方式和期限：自收到本决定书之日起十五日内缴至${k.bank}。逾期不缴纳的，每日按罚款数额的3%加处罚款。`],
      ['P', route],
      ['KV2', '执法人员（签名）', a.name, '执法证号', a.cert],
      ['KV2', '', b.name, '执法证号', b.cert],
      ['L', `当事人（签收）：${k.rep}    ${fmt(k.d.decision, k.ds)}`],
      ['R', `${k.agency}（印章）`],
      ['R', fmt(k.d.decision, k.ds)],
    ],
    truth: {
      type: 'onsite-penalty-decision',
      docNumber: k.no('简罚'),
      caseRef: ref(k),
      party: k.party,
      creditCode: k.credit,
      keyDate: k.d.decision,
      fine: k.fine,
      officers: offT(k),
      citations: [k.v.violatedCite, k.v.basisCite, c(XZ, 51)],
    },
  };
}

// ---------------------------------------------------------------- docx writer
async function writeDocx(file: string, spec: DocSpec): Promise<Expected> {
  const { Document, Packer, Paragraph, TextRun, AlignmentType } = docx;
  const run = (t: string, size = 24, bold = false) => new TextRun({ text: t, size, bold, font: { eastAsia: '宋体', ascii: 'Times New Roman' } });
  const paras = spec.lines.flatMap((l) => {
    switch (l[0]) {
      case 'T':
        return [new Paragraph({ alignment: AlignmentType.CENTER, children: [run(l[1], 36, true)] })];
      case 'C':
        return [new Paragraph({ alignment: AlignmentType.CENTER, children: [run(l[1])] })];
      case 'R':
        return [new Paragraph({ alignment: AlignmentType.RIGHT, children: [run(l[1])] })];
      case 'P':
        return [new Paragraph({ indent: { firstLine: 480 }, children: [run(l[1])] })];
      case 'L':
        return [new Paragraph({ children: [run(l[1])] })];
      case 'KV':
        return [new Paragraph({ children: [run(`${l[1]}\t\t${l[2]}`)] })];
      case 'KV2':
        return [new Paragraph({ children: [run(`${l[1]}\t${l[2]}\t${l[3]}\t${l[4]}`)] })];
      default:
        return [new Paragraph({ children: [] })];
    }
  });
  const d = new Document({
    creator: 'caseaudit independent-2',
    title: spec.truth.type,
    description: '',
    sections: [{ children: paras }],
  });
  const buf = await Packer.toBuffer(d);
  writeFileSync(file, buf);
  const { pageCount: _p, ...t } = spec.truth;
  return { pages: [1, 1], ...t };
}

// ---------------------------------------------------------------- the eight cases
const V = {
  equipStd: {
    fact: '喷漆车间设置的可燃气体探测器安装高度距地面约2.1米，不符合《石油化工可燃气体和有毒气体检测报警设计标准》（GB/T 50493-2019）第6.1.2条关于探测器安装高度的要求',
    violated: '《中华人民共和国安全生产法》第三十六条第一款',
    violatedCite: c(AQ, 36, 1),
    basis: '《中华人民共和国安全生产法》第九十九条第（二）项',
    basisCite: c(AQ, 99, undefined, 2),
    caseName: '安全设备安装不符合国家标准案',
    hazard: '喷漆车间可燃气体探测器安装高度不符合国家标准',
  },
  hazchem: {
    fact: '使用的危险化学品甲苯、乙酸乙酯在生产车间内随意存放，未建立危险化学品专门安全管理制度，未采取可靠的安全措施',
    violated: '《中华人民共和国安全生产法》第三十九条第二款',
    violatedCite: c(AQ, 39, 2),
    basis: '《中华人民共和国安全生产法》第一百零一条第（一）项',
    basisCite: c(AQ, 101, undefined, 1),
    caseName: '使用危险物品未建立专门安全管理制度案',
    hazard: '危险化学品在车间内随意存放',
  },
  training: {
    fact: '2021年度以来新入职的14名员工的安全生产教育和培训档案中，培训时间、考核结果均为事后补填，未如实记录安全生产教育和培训情况',
    violated: '《中华人民共和国安全生产法》第二十八条第四款',
    violatedCite: c(AQ, 28, 4),
    basis: '《中华人民共和国安全生产法》第九十七条第（四）项',
    basisCite: c(AQ, 97, undefined, 4),
    caseName: '未如实记录安全生产教育和培训情况案',
    hazard: '安全生产教育和培训档案记录不实',
  },
  hotwork: {
    fact: '在钢结构加工车间进行切割动火作业时，未安排专门人员进行现场安全管理',
    violated: '《中华人民共和国安全生产法》第四十三条',
    violatedCite: c(AQ, 43),
    basis: '《中华人民共和国安全生产法》第一百零一条第（三）项',
    basisCite: c(AQ, 101, undefined, 3),
    caseName: '动火作业未安排专门人员进行现场安全管理案',
    hazard: '动火作业现场无专人监护',
  },
  noTraining: {
    fact: '未按照规定对新入职的9名从业人员进行岗前安全生产教育和培训，上述人员已上岗作业',
    violated: '《中华人民共和国安全生产法》第二十八条第一款',
    violatedCite: c(AQ, 28, 1),
    basis: '《中华人民共和国安全生产法》第九十七条第（三）项',
    basisCite: c(AQ, 97, undefined, 3),
    caseName: '未按规定对从业人员进行安全生产教育和培训案',
    hazard: '新入职从业人员未经岗前安全培训上岗',
  },
  exits: {
    fact: '成型车间东侧安全出口被成品纸箱堆放封堵，疏散通道不畅通',
    violated: '《中华人民共和国安全生产法》第四十二条第二款',
    violatedCite: c(AQ, 42, 2),
    basis: '《中华人民共和国安全生产法》第一百零五条第（二）项',
    basisCite: c(AQ, 105, undefined, 2),
    caseName: '封堵生产经营场所安全出口案',
    hazard: '成型车间安全出口被封堵',
  },
  signs: {
    fact: '仓储区叉车作业通道及危险品暂存点未设置明显的安全警示标志',
    violated: '《中华人民共和国安全生产法》第三十五条',
    violatedCite: c(AQ, 35),
    basis: '《中华人民共和国安全生产法》第九十九条第（一）项',
    basisCite: c(AQ, 99, undefined, 1),
    caseName: '未设置明显安全警示标志案',
    hazard: '仓储区未设置安全警示标志',
  },
  ppe: {
    fact: '后厨切配间从业人员操作绞肉机时未佩戴防护手套，该单位未为从业人员提供符合国家标准的劳动防护用品',
    violated: '《中华人民共和国安全生产法》第四十五条',
    violatedCite: c(AQ, 45),
    basis: '《中华人民共和国安全生产法》第九十九条第（五）项',
    basisCite: c(AQ, 99, undefined, 5),
    caseName: '未为从业人员提供劳动防护用品案',
    hazard: '未为从业人员提供劳动防护用品',
  },
} satisfies Record<string, Violation>;

const cases: CaseDef[] = [
  {
    key: 'sd',
    folder: '2024-023 济南恒信达机械制造有限公司',
    province: '山东省',
    agency: '济南市应急管理局',
    unit: '执法监察支队二大队',
    no: (cls) => `鲁济应急${cls}〔2024〕23号`,
    year: 2024,
    serial: '23',
    procedure: 'general',
    party: '济南恒信达机械制造有限公司',
    credit: creditCode('91', '370112', 'MA3C7R2K'),
    rep: '刘建国',
    repTitle: '总经理',
    address: '济南市历城区港沟街道工业北路3366号',
    phone: '0531-88721634',
    place: '喷漆车间及危化品暂存间',
    officers: [
      { name: '孟庆国', cert: '37010024006' },
      { name: '韩雪梅', cert: '37010024019' },
    ],
    interviewee: { name: '赵明亮', sex: '男', age: 41, title: '安全部经理', id: '370112198302154317' },
    fine: 25000,
    v: V.equipStd,
    d: {
      inspection: '2024-03-26',
      order: '2024-03-26',
      orderDeadline: '2024-04-10',
      filing: '2024-03-27',
      inquiry: '2024-03-28',
      report: '2024-04-01',
      notice: '2024-04-02',
      noticeService: '2024-04-03',
      review: '2024-04-10',
      approval: '2024-04-12',
      decision: '2024-04-15',
      decisionService: '2024-04-16',
      payment: '2024-04-25',
      closing: '2024-04-30',
      archive: '2024-05-07',
    },
    ds: 'zh',
    font: 'hei',
    review: '济南市人民政府',
    court: '济南铁路运输法院',
    bank: '中国工商银行济南分行营业部，户名：济南市财政局，账号：1602000019200123456',
    clean: true,
    defects: [],
  },
  {
    key: 'sc',
    folder: '川蓉应急罚字〔2023〕第0045号 成都锦程包装',
    province: '四川省',
    agency: '成都市应急管理局',
    unit: '危险化学品执法处',
    no: (cls) => `川蓉应急${cls}字〔2023〕第0045号`,
    year: 2023,
    serial: '45',
    procedure: 'general',
    party: '成都锦程包装材料有限公司',
    credit: creditCode('91', '510104', '7902H5QL'),
    rep: '何永康',
    repTitle: '执行董事',
    address: '成都市锦江区三圣街道锦华路二段188号',
    phone: '028-84571209',
    place: '凹版印刷车间及溶剂配料间',
    officers: [
      { name: '罗文斌', cert: '51010021112' },
      { name: '蒋丽', cert: '51010021127' },
    ],
    interviewee: { name: '曾庆华', sex: '男', age: 48, title: '生产副总经理', id: '510104197505083419' },
    fine: 60000,
    v: V.hazchem,
    d: {
      inspection: '2023-09-12',
      filing: '2023-09-13',
      inquiry: '2023-09-14',
      report: '2023-09-20',
      legal: '2023-09-21',
      notice: '2023-09-22',
      noticeService: '2023-09-25',
      discussion: '2023-10-09',
      approval: '2023-10-10',
      decision: '2023-10-11',
      decisionService: '2023-10-12',
      payment: '2023-10-20',
      closing: '2023-10-27',
      archive: '2023-10-31',
    },
    ds: 'zh',
    font: 'ming',
    review: '成都市人民政府或者四川省应急管理厅',
    court: '成都铁路运输第一法院',
    bank: '成都农村商业银行锦江支行，户名：成都市财政局非税收入专户',
    clean: true,
    defects: [],
  },
  {
    key: 'jx',
    folder: '(赣)应急罚〔2022〕7号',
    province: '江西省',
    agency: '赣州市南康区应急管理局',
    unit: '执法大队',
    no: (cls) => `(赣)应急${cls}〔2022〕7号`,
    year: 2022,
    serial: '7',
    procedure: 'general',
    party: '赣州市南康区恒达家具有限公司',
    credit: creditCode('91', '360703', 'MA38K4N2'),
    rep: '谢春生',
    repTitle: '经理',
    address: '赣州市南康区龙岭镇家具产业园创业路16号',
    phone: '0797-6632518',
    place: '木工开料车间及员工培训室',
    officers: [
      { name: '钟海涛', cert: 'JX36070322015' },
      { name: '温晓燕', cert: 'JX36070322031' },
    ],
    interviewee: { name: '黄丽萍', sex: '女', age: 36, title: '行政主管', id: '360782198604125229' },
    fine: 12000,
    v: V.training,
    d: {
      inspection: '2022-04-12',
      filing: '2022-04-13',
      inquiry: '2022-04-15',
      report: '2022-04-22',
      notice: '2022-04-25',
      noticeService: '2022-04-26',
      approval: '2022-05-07',
      decision: '2022-05-09',
      decisionService: '2022-05-10',
      payment: '2022-05-18',
      closing: '2022-05-24',
      archive: '2022-05-27',
    },
    ds: 'zh',
    font: 'hei',
    review: '赣州市南康区人民政府或者赣州市应急管理局',
    court: '赣州市南康区人民法院',
    bank: '中国农业银行南康支行，户名：赣州市南康区财政局',
    clean: false,
    defects: [{ rule: 'party-mismatch', key: 'penalty-decision', note: '行政处罚决定书当事人写作“赣州市南康区恒达家俱有限公司”（家俱），与营业执照及其他文书“恒达家具有限公司”不一致' }],
  },
  {
    key: 'hb',
    folder: '2025年 江夏区 鑫磊钢构动火作业案',
    province: '湖北省',
    agency: '武汉市江夏区应急管理局',
    unit: '综合执法大队',
    no: (cls) => `夏应急${cls}〔2025〕11号`,
    year: 2025,
    serial: '11',
    procedure: 'general',
    party: '武汉鑫磊钢结构工程有限公司',
    credit: creditCode('91', '420115', 'MA4K2W7T'),
    rep: '周文涛',
    repTitle: '董事长',
    address: '武汉市江夏区郑店街道黄金工业园8号',
    phone: '027-81927755',
    place: '钢结构加工车间',
    officers: [
      { name: '熊志远', cert: '42011520007' },
      { name: '程璐', cert: '42011520013' },
    ],
    interviewee: { name: '胡俊', sex: '男', age: 39, title: '车间主任', id: '420115198610213558' },
    fine: 30000,
    v: V.hotwork,
    d: {
      inspection: '2025-04-15',
      order: '2025-04-15',
      orderDeadline: '2025-04-25',
      filing: '2025-04-16',
      inquiry: '2025-04-17',
      report: '2025-04-22',
      notice: '2025-04-23',
      noticeService: '2025-04-24',
      review: '2025-04-25',
      approval: '2025-05-07',
      decision: '2025-05-08',
      decisionService: '2025-05-09',
      payment: '2025-05-20',
      closing: '2025-05-26',
      archive: '2025-05-29',
    },
    ds: 'iso',
    font: 'hei',
    review: '武汉市江夏区人民政府',
    court: '武汉市江夏区人民法院',
    bank: '湖北银行江夏支行，户名：武汉市江夏区财政局',
    clean: true,
    defects: [],
  },
  {
    key: 'ah',
    folder: '合肥华瑞新材料 未按规定培训案（2023）',
    province: '安徽省',
    agency: '合肥市蜀山区应急管理局',
    unit: '安全生产执法大队',
    no: (cls) => `蜀应急${cls}〔2023〕19号`,
    year: 2023,
    serial: '19',
    procedure: 'general',
    party: '合肥华瑞新材料科技有限公司',
    credit: creditCode('91', '340104', 'MA2N8D3X'),
    rep: '许国栋',
    repTitle: '总经理',
    address: '合肥市蜀山区经济开发区湖光路1520号',
    phone: '0551-65389102',
    place: '复合材料压制车间',
    officers: [
      { name: '汪德胜', cert: '34010023045' },
      { name: '方敏', cert: '34010023052' },
    ],
    interviewee: { name: '陶伟', sex: '男', age: 44, title: '安环部部长', id: '340104197908262015' },
    fine: 50000,
    v: V.noTraining,
    d: {
      inspection: '2023-06-06',
      order: '2023-06-06',
      orderDeadline: '2023-06-16',
      filing: '2023-06-07',
      inquiry: '2023-06-08',
      report: '2023-06-13',
      legal: '2023-06-14',
      notice: '2023-06-15',
      noticeService: '2023-06-16',
      review: '2023-06-16',
      discussion: '2023-06-27',
      approval: '2023-06-28',
      decision: '2023-06-29',
      decisionService: '2023-06-30',
      payment: '2023-07-10',
      closing: '2023-07-17',
      archive: '2023-07-20',
    },
    ds: 'zh0',
    font: 'ming',
    review: '合肥市蜀山区人民政府或者合肥市应急管理局',
    court: '合肥市蜀山区人民法院',
    bank: '徽商银行合肥蜀山支行，户名：合肥市蜀山区财政局',
    clean: true,
    defects: [],
  },
  {
    key: 'fj',
    folder: '闽厦同应急罚〔2024〕31号 鸿运鞋业',
    province: '福建省',
    agency: '厦门市同安区应急管理局',
    unit: '执法大队一中队',
    no: (cls) => `闽厦同应急${cls}〔2024〕31号`,
    year: 2024,
    serial: '31',
    procedure: 'general',
    party: '厦门同安鸿运鞋业有限公司',
    credit: creditCode('91', '350212', 'MA31Y6P9'),
    rep: '苏金水',
    repTitle: '总经理',
    address: '厦门市同安区西柯街道美溪道思明工业园52号',
    phone: '0592-7036618',
    place: '成型车间',
    officers: [
      { name: '陈志强', cert: '35021223018' },
      { name: '林婉清', cert: '35021223026' },
    ],
    interviewee: { name: '郑美玲', sex: '女', age: 33, title: '安全员', id: '350212199106043526' },
    fine: 15000,
    v: V.exits,
    d: {
      inspection: '2024-09-04',
      filing: '2024-09-05',
      inquiry: '2024-09-06',
      report: '2024-09-12',
      notice: '2024-09-13',
      noticeService: '2024-09-13',
      approval: '2024-09-26',
      decision: '2024-09-27',
      decisionService: '2024-10-16',
      payment: '2024-10-21',
      closing: '2024-10-28',
      archive: '2024-10-31',
    },
    ds: 'zh',
    font: 'hei',
    review: '厦门市同安区人民政府',
    court: '厦门市同安区人民法院',
    bank: '兴业银行厦门同安支行，户名：厦门市同安区财政局',
    clean: false,
    defects: [
      { rule: 'deadline-missed', key: 'service-within-7wd', note: '决定书2024年9月27日作出，10月16日才送达，超过7个工作日（国庆假期后第10个工作日；9月29日、10月12日为调休工作日）' },
      { rule: 'officers-fewer-than-two', key: 'inspection-record', note: '现场检查记录仅载明执法人员陈志强一人' },
    ],
  },
  {
    key: 'ln',
    folder: '沈于应急简罚〔2022〕6号（当场）',
    province: '辽宁省',
    agency: '沈阳市于洪区应急管理局',
    unit: '执法大队',
    no: (cls) => `沈于应急${cls}〔2022〕6号`,
    year: 2022,
    serial: '6',
    procedure: 'simple',
    party: '沈阳顺鑫达物流有限公司',
    credit: creditCode('91', '210114', 'MA0Y3B5E'),
    rep: '孙长海',
    repTitle: '经理',
    address: '沈阳市于洪区沙岭街道物流园区长江西路9号',
    phone: '024-25813347',
    place: '一号仓库',
    officers: [
      { name: '曲振东', cert: '21011422004' },
      { name: '姜宁', cert: '21011422009' },
    ],
    fine: 2000,
    v: V.signs,
    d: {
      inspection: '2022-08-17',
      order: '2022-08-17',
      orderDeadline: '2022-08-24',
      decision: '2022-08-17',
      review: '2022-08-24',
      payment: '2022-08-19',
    },
    ds: 'zh',
    font: 'ming',
    review: '沈阳市于洪区人民政府或者沈阳市应急管理局',
    court: '沈阳市于洪区人民法院',
    bank: '盛京银行于洪支行，户名：沈阳市于洪区财政局',
    clean: true,
    defects: [],
  },
  {
    key: 'sx',
    folder: '2025 当场 西安未央 福满园餐饮',
    province: '陕西省',
    agency: '西安市未央区应急管理局',
    unit: '执法大队',
    no: (cls) => `未应急${cls}〔2025〕3号`,
    year: 2025,
    serial: '3',
    procedure: 'simple',
    party: '西安市未央区福满园餐饮管理有限公司',
    credit: creditCode('91', '610112', 'MA6W1T8R'),
    rep: '白雪峰',
    repTitle: '执行董事',
    address: '西安市未央区凤城五路与明光路十字东南角',
    phone: '029-86257310',
    place: '后厨切配间',
    officers: [
      { name: '雷鹏', cert: '61011225003' },
      { name: '马瑞', cert: '61011225011' },
    ],
    fine: 3000,
    v: V.ppe,
    d: { inspection: '2025-06-10', decision: '2025-06-10', payment: '2025-06-16' },
    ds: 'zh',
    font: 'hei',
    review: '西安市未央区人民政府',
    court: '西安市未央区人民法院',
    bank: '中国建设银行西安未央路支行，户名：西安市未央区财政局',
    clean: true,
    defects: [],
  },
];

// ---------------------------------------------------------------- checks of the planted timeline
function checkTimeline(k: CaseDef): void {
  const d = k.d;
  const fail = (m: string) => {
    throw new Error(`${k.folder}: ${m}`);
  };
  const order = (a: string, b: string, strict = false) => {
    if (!d[a] || !d[b]) return;
    if (strict ? !(d[a] < d[b]) : !(d[a] <= d[b])) fail(`${a} ${d[a]} should be before ${b} ${d[b]}`);
  };
  if (k.procedure === 'general') {
    if (daysBetween(d.filing, d.decision) > 30) fail('decision more than 30 days after filing');
    const statementEnd = addWorkdays(d.noticeService, k.fine >= 20000 ? 5 : 3);
    if (!(d.decision > statementEnd)) fail(`decision ${d.decision} not after statement/hearing period end ${statementEnd}`);
    const serviceLimit = addWorkdays(d.decision, 7);
    const late = d.decisionService > serviceLimit;
    if (late !== k.defects.some((x) => x.key === 'service-within-7wd')) fail(`service ${d.decisionService} vs limit ${serviceLimit}`);
    if (daysBetween(d.decisionService, d.payment) > 15) fail('payment more than 15 days after service');
    for (const [a, b] of [
      ['inspection', 'filing'],
      ['filing', 'inquiry'],
      ['inquiry', 'report'],
      ['report', 'legal'],
      ['report', 'notice'],
      ['legal', 'notice'],
      ['notice', 'noticeService'],
      ['noticeService', 'discussion'],
      ['discussion', 'approval'],
      ['approval', 'decision'],
      ['decision', 'decisionService'],
      ['decisionService', 'payment'],
      ['payment', 'closing'],
      ['closing', 'archive'],
    ])
      order(a, b);
  } else {
    if (k.fine > 3000) fail('simple procedure over 3000');
    order('inspection', 'decision');
    order('decision', 'payment');
    if (daysBetween(d.decision, d.payment) > 15) fail('payment more than 15 days after decision');
  }
  if (d.order && d.review && d.review > d.orderDeadline) fail('review after the rectification deadline');
  for (const [name, iso] of Object.entries(d)) if (name !== 'orderDeadline' && !cdays.isWorkday(iso)) fail(`${name} ${iso} is not a working day`);
}

// ---------------------------------------------------------------- assembling folders
interface FileOut {
  name: string;
  docs: DocSpec[];
  docx?: boolean;
  deferred?: 'contents' | 'note'; // written last, from the page counts of the others
}
const TYPE_NAME: Record<string, string> = {
  'filing-approval': '立案审批表',
  'inspection-record': '现场检查记录',
  'inquiry-record': '询问笔录',
  'investigation-report': '案件调查终结报告',
  'penalty-notice': '行政处罚告知书',
  'hearing-notice': '听证告知书',
  'legal-review': '法制审核意见书',
  'collective-discussion': '集体讨论记录',
  'case-approval': '案件处理呈批表',
  'penalty-decision': '行政处罚决定书',
  'service-receipt': '送达回证',
  'payment-receipt': '罚款缴纳凭证',
  'closing-approval': '结案审批表',
  'rectification-order': '责令限期整改指令书',
  'rectification-review': '整改复查意见书',
  'party-identity': '营业执照复印件',
};
interface TruthFile {
  path: string;
  case: string;
  documents: Expected[];
}

function generalFiles(k: CaseDef): FileOut[] {
  const hearing = k.fine >= 20000;
  const major = k.fine >= 50000;
  const dec = (t: string) => ({ type: 'penalty-decision' as const, title: '行政处罚决定书', no: k.no('罚'), date: k.d.decisionService, issued: k.d.decision, party: t });
  const nt = { type: 'penalty-notice' as const, title: '行政处罚告知书', no: k.no('罚告'), date: k.d.noticeService, issued: k.d.notice };
  const ht = { type: 'hearing-notice' as const, title: '听证告知书', no: k.no('听告'), date: k.d.noticeService, issued: k.d.notice };
  const files: FileOut[] = [];
  const push = (name: string, ...docs: DocSpec[]) => files.push({ name, docs });
  switch (k.key) {
    case 'sd': {
      push('01 卷宗封面.pdf', cover(k));
      push('03 行政处罚决定书.pdf', decision(k, { partyLine: 'same', money: `罚款人民币${upperMoney(k.fine)}（¥25000元）`, hearing }));
      push('04 送达回证（决定书）.pdf', receipt(k, dec(k.party), 'table'));
      push('05 立案审批表.pdf', filing(k, 'table'));
      push('06 现场检查记录.pdf', inspection(k, { form: 'table', credit: true }));
      push('07 责令限期整改指令书.pdf', rectOrder(k, k.d.orderDeadline));
      push('08 询问笔录（赵明亮）.pdf', inquiry(k, {}));
      push('09 整改复查意见书.pdf', rectReview(k));
      push('10 案件调查终结报告.pdf', report(k, `处以罚款人民币${upperMoney(k.fine)}`));
      push('11 行政处罚告知书.pdf', notice(k));
      push('12 听证告知书.pdf', hearingNotice(k));
      push('13 送达回证（告知书）.pdf', receipt(k, nt, 'table'));
      push('14 送达回证（听证告知书）.pdf', receipt(k, ht, 'table'));
      push('15 案件处理呈批表.pdf', caseApproval(k, '罚款2.5万元'));
      push('16 非税收入一般缴款书.pdf', payment(k, 'nontax', '0012874655'));
      push('17 结案审批表.pdf', closing(k));
      push('18 营业执照复印件.pdf', licence(k));
      push('19 备考表.pdf', archiveNote(k));
      break;
    }
    case 'sc': {
      const hdr = { header: '成都市应急管理局  安全生产行政执法文书', footer: 'page' as const };
      push('01 封面.pdf', cover(k));
      push('03 立案审批表.pdf', { ...filing(k, 'colon'), deco: hdr });
      push('04 现场检查记录.pdf', { ...inspection(k, { form: 'paren', header: hdr.header }) });
      push('05 询问笔录.pdf', inquiry(k, { header: hdr.header }));
      push('06 案件调查终结报告.pdf', { ...report(k, `处以罚款人民币${upperMoney(k.fine)}`), deco: hdr });
      push('07 法制审核意见书.pdf', { ...legalReview(k), deco: hdr });
      push(
        '08 告知书、听证告知书及送达回证.pdf',
        notice(k, hdr),
        receipt(k, nt, 'colon', hdr),
        hearingNotice(k, hdr),
        receipt(k, ht, 'colon', hdr),
      );
      push('09 集体讨论记录.pdf', { ...discussion(k, '局长 邓光明，副局长 李卫东、唐静，法规处 周涛，承办人 罗文斌、蒋丽'), deco: hdr });
      push('10 案件处理呈批表.pdf', { ...caseApproval(k, `罚款人民币${thousands(k.fine)}元`), deco: hdr });
      push('11 行政处罚决定书.pdf', decision(k, { partyLine: 'unit', money: `罚款人民币${upperMoney(k.fine)}（¥60,000.00）`, ds: 'cn', deco: hdr, hearing, evidence: true }));
      push('12 送达回证.pdf', receipt(k, dec(k.party), 'colon', hdr));
      push('13 缴款凭证.pdf', payment(k, 'nontax', '5100231009876'));
      push('14 结案审批表.pdf', { ...closing(k), deco: hdr });
      push('15 营业执照.pdf', licence(k));
      push('16 备考表.pdf', archiveNote(k));
      break;
    }
    case 'jx': {
      const browser = { stamp: '2022/5/11 上午10:26', title: '行政处罚决定书 - 江西省行政执法服务网', url: 'https://zfba.jxzf.example/case/print?doc=cf2022007' };
      push('01 卷宗封面.pdf', cover(k));
      push('02 立案审批表.pdf', filing(k, 'colon'));
      push('03 现场检查记录.pdf', inspection(k, { form: 'inline' }));
      push('04 询问笔录.pdf', inquiry(k, {}));
      push('05 调查终结报告.pdf', {
        ...report(k, `处以罚款${k.fine}元`),
        lines: report(k, `处以罚款${k.fine}元`).lines.map((l) =>
          l[0] === 'P' && l[1].startsWith('四、') ? (['P', `四、处理依据及建议：当事人的上述行为违反了《安全生产法》第28条第4款的规定，依据《安全生产法》第97条第4项的规定，建议对当事人处以罚款${k.fine}元。`] as Line) : l,
        ),
      });
      push('06 行政处罚告知书.pdf', notice(k));
      push('07 告知书送达回执.pdf', receipt(k, nt, 'colon'));
      push('08 案件处理呈批表.pdf', caseApproval(k, '罚款1.2万元'));
      push(
        '09 行政处罚决定书.pdf',
        decision(k, { partyLine: 'split', money: `罚款人民币${upperMoney(k.fine)}`, party: '赣州市南康区恒达家俱有限公司', deco: { footer: 'page', browser } }),
      );
      push('10 决定书送达回执.pdf', receipt(k, dec(k.party), 'colon'));
      push('11 罚款收据.pdf', payment(k, 'receipt', '3607022205180031', 'iso'));
      push('12 结案审批表.pdf', closing(k));
      push('13 营业执照复印件.pdf', licence(k));
      push('14 卷内备考表.pdf', archiveNote(k));
      break;
    }
    case 'hb': {
      push('01 案卷封面.pdf', cover(k));
      push('02 行政处罚决定书.pdf', decision(k, { partyLine: 'same', money: `罚款${k.fine}元（大写：${upperMoney(k.fine)}）`, deco: { header: '武汉市江夏区应急管理局  安全生产行政执法文书', footer: 'dash' }, hearing }));
      push('03 决定书送达回证.pdf', receipt(k, dec(k.party), 'filled'));
      push('04 立案审批表.pdf', filing(k, 'table'));
      push('05 現場檢查記錄.pdf', inspection(k, { form: 'table', trad: true }));
      push('06 责令限期整改指令书.pdf', rectOrder(k, k.d.orderDeadline));
      push('07 询问笔录.pdf', inquiry(k, { header: '武汉市江夏区应急管理局  安全生产行政执法文书' }));
      push('08 整改复查意见书.pdf', rectReview(k));
      push('09 案件调查终结报告.pdf', report(k, `处以罚款${k.fine}元`));
      push('10 行政处罚告知书.pdf', notice(k));
      push('11 听证告知书.pdf', hearingNotice(k));
      push('12 告知书送达回证.pdf', receipt(k, nt, 'table'));
      push('13 听证告知书送达回证.pdf', receipt(k, ht, 'table'));
      push('14 案件处理呈批表.pdf', caseApproval(k, '罚款3万元'));
      push('15 缴款书.pdf', payment(k, 'nontax', '4201152500417', 'iso'));
      push('16 结案审批表.pdf', closing(k));
      push('17 营业执照.pdf', licence(k));
      push('18 备考表.pdf', archiveNote(k));
      break;
    }
    case 'ah': {
      push('01 封面.pdf', cover(k));
      push('03 立案审批表.pdf', filing(k, 'table'));
      push('04 现场检查记录.pdf', inspection(k, { form: 'paren', credit: true }));
      push('05 责令限期整改指令书.pdf', rectOrder(k, k.d.orderDeadline));
      push('06 询问笔录.pdf', inquiry(k, {}));
      push('07 整改复查意见书.pdf', rectReview(k));
      files.push({ name: '08 案件调查终结报告.docx', docs: [report(k, `处以罚款5万元`)], docx: true });
      push('09 法制审核意见书.pdf', legalReview(k));
      push('10 行政处罚告知书.pdf', notice(k));
      push('11 听证告知书.pdf', hearingNotice(k));
      push('12 送达回证（告知书）.pdf', receipt(k, nt, 'filled'));
      push('13 送达回证（听证告知书）.pdf', receipt(k, ht, 'table'));
      push('14 集体讨论记录.pdf', discussion(k, '局长 朱家明，副局长 戴立新、潘玉，法制员 钱程，承办人 汪德胜、方敏'));
      push('15 案件处理呈批表.pdf', caseApproval(k, `罚款人民币${upperMoney(k.fine)}`));
      push('16 行政处罚决定书.pdf', decision(k, { partyLine: 'same', money: `罚款人民币${upperMoney(k.fine)}（¥50000.00元）`, hearing, evidence: true }));
      push('17 送达回证（决定书）.pdf', receipt(k, dec(k.party), 'filled'));
      push('18 非税收入缴款书.pdf', payment(k, 'nontax', '3401230711092'));
      push('19 结案审批表.pdf', closing(k));
      push('20 营业执照复印件.pdf', licence(k));
      push('21 备考表.pdf', archiveNote(k));
      break;
    }
    case 'fj': {
      const browser = (t: string, id: string) => ({ stamp: '2024/10/17 09:15', title: `${t} - 厦门市同安区应急管理局执法办案平台`, url: `https://zfba.xmta.example/case/2024/31/${id}` });
      push('01 封面.pdf', cover(k));
      push('03 立案审批表.pdf', filing(k, 'table'));
      push('04 现场检查记录.pdf', inspection(k, { form: 'paren', single: true }));
      push('05 询问笔录.pdf', inquiry(k, {}));
      push('06 调查终结报告.pdf', report(k, `处以罚款人民币${upperMoney(k.fine)}`));
      push('07 行政处罚告知书.pdf', notice(k, { footer: 'none', browser: browser('行政处罚告知书', 'notice') }));
      push('08 告知书送达回执.pdf', receipt(k, nt, 'colon'));
      push('09 案件处理呈批表.pdf', caseApproval(k, '罚款15000元'));
      push('10 行政处罚决定书.pdf', decision(k, { partyLine: 'unit', money: `罚款人民币${upperMoney(k.fine)}（¥15000元）`, deco: { footer: 'page', browser: browser('行政处罚决定书', 'decision') } }));
      push('11 决定书送达回执.pdf', receipt(k, dec(k.party), 'colon'));
      push('12 罚款收据.pdf', payment(k, 'receipt', '35021224101600218'));
      push('13 结案审批表.pdf', closing(k));
      push('14 营业执照.pdf', licence(k));
      push('15 备考表.pdf', archiveNote(k));
      break;
    }
  }
  files.splice(1, 0, { name: `02 ${k.key === 'sc' || k.key === 'ah' || k.key === 'fj' ? '卷内目录' : '目录'}.pdf`, docs: [], deferred: 'contents' });
  const note = files.find((f) => f.docs[0]?.truth.type === 'archive-note');
  if (note) note.deferred = 'note';
  files.forEach((f, i) => (f.name = `${pad(i + 1)} ${f.name.replace(/^\d+\s*/, '')}`));
  return files;
}

function simpleFiles(k: CaseDef): FileOut[] {
  if (k.key === 'ln')
    return [
      { name: '现场检查记录.pdf', docs: [inspection(k, { form: 'table' })] },
      { name: '责令限期整改指令书.pdf', docs: [rectOrder(k, k.d.orderDeadline)] },
      {
        name: '行政（当场）处罚决定书.pdf',
        docs: [onsite(k, `如不服本决定，可以在收到本决定书之日起六十日内向${k.review}申请行政复议，或者在六个月内依法向${k.court}提起行政诉讼。`)],
      },
      { name: '罚款收据.pdf', docs: [payment(k, 'receipt', '2101142208190007')] },
      { name: '整改复查意见书.pdf', docs: [rectReview(k)] },
      { name: '营业执照复印件.pdf', docs: [licence(k)] },
    ];
  return [
    { name: '现场检查记录.pdf', docs: [inspection(k, { form: 'paren', credit: true })] },
    {
      name: '当场处罚决定书.pdf',
      docs: [
        onsite(
          k,
          `你单位如不服本决定，应当自收到本决定书之日起六十日内先向${k.review}申请行政复议；对行政复议决定不服的，可以自收到行政复议决定书之日起十五日内依法向${k.court}提起行政诉讼。`,
        ),
      ],
    },
    { name: '非税收入一般缴款书.pdf', docs: [payment(k, 'nontax', '6101252506160042', 'iso')] },
    { name: '营业执照.pdf', docs: [licence(k)] },
  ];
}

async function main(): Promise<void> {
  rmSync(ARCHIVE, { recursive: true, force: true });
  mkdirSync(ARCHIVE, { recursive: true });
  const truthCases: unknown[] = [];
  const truthFiles: TruthFile[] = [];
  for (const k of cases) {
    checkTimeline(k);
    const dir = path.join(ARCHIVE, k.folder);
    mkdirSync(dir, { recursive: true });
    const files = k.procedure === 'general' ? generalFiles(k) : simpleFiles(k);
    const written = new Map<FileOut, Expected[]>();
    const write = async (f: FileOut) => {
      const abs = path.join(dir, f.name);
      written.set(f, f.docx ? [await writeDocx(abs, f.docs[0])] : await writePdf(abs, f.docs, k.font, f.name.replace(/\.pdf$/, '')));
    };
    for (const f of files) if (!f.deferred) await write(f);
    // contents and archive note list what the folder holds, in folder order
    const listed = files.filter((f) => !f.deferred && !f.docs.some((d) => d.truth.type === 'cover'));
    const items: [string, string, string][] = [];
    let page = 1;
    let pages = 0;
    let count = 0;
    for (const f of listed) {
      for (const e of written.get(f)!) {
        const n = e.pages[1] - e.pages[0] + 1;
        items.push([TYPE_NAME[e.type] ?? e.type, e.keyDate ? fmt(e.keyDate, 'iso') : '', n > 1 ? `${page}-${page + n - 1}` : String(page)]);
        page += n;
        pages += n;
        count++;
      }
    }
    for (const f of files) {
      if (f.deferred === 'contents') f.docs = [contents(k, items)];
      if (f.deferred === 'note') f.docs = [archiveNote(k, count + 3, pages + 3)];
      if (f.deferred) await write(f);
    }
    for (const f of files) truthFiles.push({ path: `archive/${k.folder}/${f.name}`, case: `archive/${k.folder}`, documents: written.get(f)! });
    truthCases.push({
      folder: `archive/${k.folder}`,
      caseNumber: k.procedure === 'general' ? k.no('罚') : k.no('简罚'),
      caseRef: ref(k),
      unit: k.unit,
      procedure: k.procedure,
      party: k.party,
      creditCode: k.credit,
      partyKind: 'organisation',
      fine: k.fine,
      filingDate: k.procedure === 'general' ? k.d.filing : k.d.decision,
      decisionDate: k.d.decision,
      ...(k.procedure === 'general' ? { serviceDate: k.d.decisionService } : {}),
      paymentDate: k.d.payment,
      ...(k.procedure === 'general' ? { closingDate: k.d.closing } : {}),
      clean: k.clean,
      defects: k.defects,
    });
  }
  const truth = { generator: 'scripts/independent-2/generate.ts', cases: truthCases, files: truthFiles };
  writeFileSync(path.join(ROOT, 'truth.json'), `${JSON.stringify(truth, null, 2)}\n`);
  const docs = truthFiles.reduce((a, f) => a + f.documents.length, 0);
  console.log(`wrote ${truthFiles.length} files, ${docs} documents in ${cases.length} cases to ${path.relative(process.cwd(), ARCHIVE)}`);
}

await main();
