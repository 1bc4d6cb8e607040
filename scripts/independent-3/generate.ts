/**
 * Independent hold-out archive no. 3 (test/independent-3): six invented work-safety penalty case files
 * written in the styles of several provinces (北京, 重庆, 贵州, 广西, 黑龙江, 天津), with their truth file.
 *
 *   npx tsx scripts/independent-3/generate.ts
 *
 * Deterministic: fixed PDF info dates, a fixed clock while the .docx files are packed, seeded randomness.
 * Every name, company, number and fact is invented.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import PDFDocument from 'pdfkit';
import { AlignmentType, BorderStyle, Document, Packer, Paragraph, Table, TableCell, TableRow, TextRun, WidthType } from 'docx';
import chineseDays from 'chinese-days';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const ROOT = path.resolve(HERE, '../../test/independent-3');
const ARCHIVE = path.join(ROOT, 'archive');
const WQY = '/usr/share/fonts/truetype/wqy/wqy-microhei.ttc';
const UMING = '/usr/share/fonts/truetype/arphic/uming.ttc';
const FIXED = Date.UTC(2026, 0, 15, 8, 0, 0);

// ---- determinism: seeded Math.random and a fixed clock for argument-less `new Date()` (docx/jszip) ----
let seed = 0x5eed3;
Math.random = () => {
  seed = (seed * 1103515245 + 12345) & 0x7fffffff;
  return seed / 0x80000000;
};
const RealDate = Date;
class FixedDate extends RealDate {
  constructor(...args: unknown[]) {
    if (args.length === 0) super(FIXED);
    else super(...(args as [number]));
  }
  static now(): number {
    return FIXED;
  }
}
(globalThis as { Date: DateConstructor }).Date = FixedDate as unknown as DateConstructor;

// ---- calendar: every dated step falls on a Monday–Friday that is a working day ----
const iso = (d: Date) => d.toISOString().slice(0, 10);
function addDays(date: string, n: number): string {
  const d = new RealDate(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + n);
  return iso(d);
}
function plainWorkday(date: string): boolean {
  const dow = new RealDate(`${date}T00:00:00Z`).getUTCDay();
  return dow !== 0 && dow !== 6 && chineseDays.isWorkday(date);
}
/** The n-th plain working day after `date` (n = 0: `date` itself if it is one, else the next). */
function wd(date: string, n: number): string {
  let d = date;
  if (n === 0) {
    while (!plainWorkday(d)) d = addDays(d, 1);
    return d;
  }
  let k = 0;
  while (k < n) {
    d = addDays(d, 1);
    if (plainWorkday(d)) k++;
  }
  return d;
}
/** The legal working-day count (make-up weekend days count as working days): the n-th working day after. */
function legalWd(date: string, n: number): string {
  let d = date;
  let k = 0;
  while (k < n) {
    d = addDays(d, 1);
    if (chineseDays.isWorkday(d)) k++;
  }
  return d;
}
const days = (a: string, b: string) => Math.round((new RealDate(`${b}T00:00:00Z`).getTime() - new RealDate(`${a}T00:00:00Z`).getTime()) / 86400000);

// ---- text helpers ----
const [Y, M, D] = [0, 1, 2];
function ymd(date: string): number[] {
  return date.split('-').map(Number);
}
const cn = (date: string) => `${ymd(date)[Y]}年${ymd(date)[M]}月${ymd(date)[D]}日`;
const cnPad = (date: string) => `${ymd(date)[Y]}年${String(ymd(date)[M]).padStart(2, '0')}月${String(ymd(date)[D]).padStart(2, '0')}日`;
const DIG = '〇一二三四五六七八九';
function small(n: number): string {
  if (n < 10) return DIG[n]!;
  if (n < 20) return `十${n % 10 ? DIG[n % 10] : ''}`;
  return `${DIG[Math.floor(n / 10)]}十${n % 10 ? DIG[n % 10] : ''}`;
}
const zh = (date: string) => `${String(ymd(date)[Y]).split('').map((c) => DIG[Number(c)]).join('')}年${small(ymd(date)[M]!)}月${small(ymd(date)[D]!)}日`;
const UP = '零壹贰叁肆伍陆柒捌玖';
function upper(n: number): string {
  // integer yuan below 1,000,000
  const wan = Math.floor(n / 10000);
  const rest = n % 10000;
  const part = (x: number, lead: boolean) => {
    const units = ['仟', '佰', '拾', ''];
    const ds = String(x).padStart(4, '0').split('').map(Number);
    let out = '';
    let zero = false;
    ds.forEach((d, i) => {
      if (d === 0) {
        zero = out !== '' || lead;
      } else {
        if (zero) out += '零';
        zero = false;
        out += UP[d] + units[i]!;
      }
    });
    return out;
  };
  let s = '';
  if (wan) s += `${part(wan, false)}万`;
  if (rest) s += part(rest, wan > 0 && rest < 1000);
  return `${s}元整`;
}

// ---- unified social credit codes with a valid check character ----
const USCC = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const W = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];
function uscc(body17: string): string {
  const sum = body17.split('').reduce((s, c, i) => s + USCC.indexOf(c) * W[i]!, 0);
  const c = (31 - (sum % 31)) % 31;
  return body17 + USCC[c];
}

// ---- document model ----
type Cit = { law: string; article?: number; paragraph?: number; item?: number };
type Officer = { name: string; certificate?: string };
interface Expect {
  type: string;
  docNumber?: string;
  caseRef?: { year: number; serial: string };
  party?: string;
  creditCode?: string;
  keyDate?: string;
  fine?: number;
  officers: Officer[];
  citations: Cit[];
  servedDocument?: string;
}
type Block =
  | { k: 'title'; t: string }
  | { k: 'sub'; t: string }
  | { k: 'center'; t: string }
  | { k: 'p'; t: string }
  | { k: 'right'; t: string }
  | { k: 'gap'; h?: number }
  | { k: 'grid'; rows: [string, string][]; labelW?: number }
  | { k: 'stack'; rows: [string, string][] }
  | { k: 'cols'; widths: number[]; rows: string[][] };
interface Doc {
  pages: Block[][];
  expect: Expect;
  footer?: (page: number, of: number) => string;
  font?: 'm' | 'u';
}
interface OutFile {
  name: string;
  docs: Doc[];
  format: 'pdf' | 'docx';
}
interface CaseTruth {
  folder: string;
  caseNumber: string;
  caseRef: { year: number; serial: string };
  unit: string;
  procedure: 'general' | 'simple';
  party: string;
  creditCode?: string;
  partyKind: 'organisation' | 'individual';
  fine: number;
  filingDate?: string;
  decisionDate: string;
  serviceDate?: string;
  paymentDate?: string;
  closingDate?: string;
  clean: boolean;
  defects: { rule: string; key: string; note: string }[];
}

const AQ = '中华人民共和国安全生产法';
const CF = '中华人民共和国行政处罚法';
const cit = (law: string, article: number, paragraph?: number, item?: number): Cit => ({ law, article, ...(paragraph ? { paragraph } : {}), ...(item ? { item } : {}) });

// ---- PDF rendering ----
const PAGE_W = 595.28;
const PAGE_H = 841.89;
const ML = 64;
const CW = PAGE_W - 2 * ML;

function renderPdf(file: OutFile): Promise<Buffer> {
  const pdf = new PDFDocument({
    size: 'A4',
    margins: { top: 64, bottom: 64, left: ML, right: ML },
    autoFirstPage: false,
    info: { Title: file.name.replace(/\.pdf$/, ''), Author: 'independent-3', Creator: 'independent-3 generator', Producer: 'independent-3', CreationDate: new RealDate(FIXED), ModDate: new RealDate(FIXED) },
  });
  pdf.registerFont('m', WQY, 'WenQuanYiMicroHei');
  pdf.registerFont('u', UMING, 'UMingCN');
  const chunks: Buffer[] = [];
  pdf.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise<Buffer>((resolve) => pdf.on('end', () => resolve(Buffer.concat(chunks))));
  for (const doc of file.docs) {
    const font = doc.font ?? 'm';
    doc.pages.forEach((blocks, pi) => {
      pdf.addPage();
      pdf.font(font);
      let y = 64;
      for (const b of blocks) y = drawBlock(pdf, b, y);
      if (doc.footer) {
        const saved = pdf.page.margins.bottom;
        pdf.page.margins.bottom = 0;
        pdf.fontSize(9).text(doc.footer(pi + 1, doc.pages.length), ML, PAGE_H - 42, { width: CW, align: 'center', lineBreak: false });
        pdf.page.margins.bottom = saved;
      }
    });
  }
  pdf.end();
  return done;
}

function drawBlock(pdf: PDFKit.PDFDocument, b: Block, y: number): number {
  switch (b.k) {
    case 'title':
      pdf.fontSize(19).text(b.t, ML, y, { width: CW, align: 'center' });
      return pdf.y + 10;
    case 'sub':
      pdf.fontSize(11).text(b.t, ML, y, { width: CW, align: 'center' });
      return pdf.y + 8;
    case 'center':
      pdf.fontSize(12).text(b.t, ML, y, { width: CW, align: 'center' });
      return pdf.y + 6;
    case 'p':
      pdf.fontSize(11.5).text(b.t, ML, y, { width: CW, lineGap: 4 });
      return pdf.y + 5;
    case 'right':
      pdf.fontSize(11.5).text(b.t, ML, y, { width: CW, align: 'right' });
      return pdf.y + 4;
    case 'gap':
      return y + (b.h ?? 12);
    case 'grid': {
      const lw = b.labelW ?? 100;
      pdf.fontSize(10.5);
      for (const [label, value] of b.rows) {
        const h = Math.max(pdf.heightOfString(label, { width: lw - 10 }), pdf.heightOfString(value || ' ', { width: CW - lw - 10 })) + 12;
        pdf.rect(ML, y, lw, h).rect(ML + lw, y, CW - lw, h).lineWidth(0.6).stroke();
        pdf.text(label, ML + 5, y + 6, { width: lw - 10 });
        pdf.text(value, ML + lw + 5, y + 6, { width: CW - lw - 10 });
        y += h;
      }
      return y + 8;
    }
    case 'stack': {
      pdf.fontSize(10.5);
      for (const [label, value] of b.rows) {
        const h1 = pdf.heightOfString(label, { width: CW - 10 }) + 10;
        pdf.rect(ML, y, CW, h1).lineWidth(0.6).stroke();
        pdf.text(label, ML + 5, y + 5, { width: CW - 10 });
        y += h1;
        const h2 = pdf.heightOfString(value || ' ', { width: CW - 10 }) + 14;
        pdf.rect(ML, y, CW, h2).lineWidth(0.6).stroke();
        pdf.text(value, ML + 5, y + 7, { width: CW - 10 });
        y += h2;
      }
      return y + 8;
    }
    case 'cols': {
      pdf.fontSize(10);
      const total = b.widths.reduce((a, c) => a + c, 0);
      const ws = b.widths.map((w) => (w / total) * CW);
      for (const row of b.rows) {
        const h = Math.max(...row.map((c, i) => pdf.heightOfString(c || ' ', { width: ws[i]! - 8 }))) + 10;
        let x = ML;
        row.forEach((c, i) => {
          pdf.rect(x, y, ws[i]!, h).lineWidth(0.5).stroke();
          pdf.text(c, x + 4, y + 5, { width: ws[i]! - 8 });
          x += ws[i]!;
        });
        y += h;
      }
      return y + 8;
    }
  }
}

// ---- DOCX rendering (one document per file) ----
const border = { style: BorderStyle.SINGLE, size: 4, color: '000000' };
const borders = { top: border, bottom: border, left: border, right: border };
function docxPara(text: string, opts: { size?: number; align?: (typeof AlignmentType)[keyof typeof AlignmentType]; bold?: boolean } = {}): Paragraph {
  return new Paragraph({ alignment: opts.align, spacing: { after: 80 }, children: [new TextRun({ text, size: opts.size ?? 23, bold: opts.bold, font: '宋体' })] });
}
async function renderDocx(file: OutFile): Promise<Buffer> {
  const children: (Paragraph | Table)[] = [];
  for (const doc of file.docs)
    for (const blocks of doc.pages)
      for (const b of blocks) {
        if (b.k === 'title') children.push(docxPara(b.t, { size: 36, align: AlignmentType.CENTER, bold: true }));
        else if (b.k === 'sub' || b.k === 'center') children.push(docxPara(b.t, { align: AlignmentType.CENTER }));
        else if (b.k === 'p') children.push(docxPara(b.t));
        else if (b.k === 'right') children.push(docxPara(b.t, { align: AlignmentType.RIGHT }));
        else if (b.k === 'gap') children.push(docxPara(''));
        else if (b.k === 'grid' || b.k === 'stack' || b.k === 'cols') {
          const rows =
            b.k === 'cols'
              ? b.rows.map((r) => new TableRow({ children: r.map((c) => new TableCell({ borders, children: [docxPara(c, { size: 21 })] })) }))
              : b.k === 'grid'
                ? b.rows.map(([l, v]) => new TableRow({ children: [new TableCell({ borders, width: { size: 2000, type: WidthType.DXA }, children: [docxPara(l, { size: 21 })] }), new TableCell({ borders, width: { size: 7000, type: WidthType.DXA }, children: [docxPara(v, { size: 21 })] })] }))
                : b.rows.flatMap(([l, v]) => [new TableRow({ children: [new TableCell({ borders, children: [docxPara(l, { size: 21 })] })] }), new TableRow({ children: [new TableCell({ borders, children: [docxPara(v, { size: 21 })] })] })]);
          children.push(new Table({ width: { size: 9000, type: WidthType.DXA }, rows }));
          children.push(docxPara(''));
        }
      }
  const d = new Document({ creator: 'independent-3', title: file.name, description: 'generated', sections: [{ children }] });
  return Packer.toBuffer(d);
}

// =====================================================================================================
// Case builder
// =====================================================================================================
interface Officers {
  a: Officer & { certificate: string };
  b: Officer & { certificate: string };
}
interface Style {
  /** label/value separator, e.g. '：' or ' ： ' */
  sep: string;
  date: (d: string) => string;
  /** how officers are written on records */
  officerLine: (o: Officers) => string;
  footer?: (p: number, of: number) => string;
  font?: 'm' | 'u';
}
interface GeneralCase {
  folder: string;
  agency: string; // 北京市朝阳区应急管理局
  gov: string; // 北京市朝阳区人民政府
  court: string; // 北京市朝阳区人民法院 (not used for jurisdiction, only as text)
  unit: string;
  num: (cls: string) => string; // document number for class characters
  caseNumber: string;
  caseRef: { year: number; serial: string };
  party: string;
  partyLine: string[]; // lines describing the party on notices/decisions
  creditCode: string;
  partyKind: 'organisation' | 'individual';
  address: string;
  rep: { name: string; title: string; id: string; phone: string };
  witness: { name: string; title: string; id: string };
  officers: Officers;
  style: Style;
  fine: number;
  fineText: string; // as written in decisions
  fact: string; // the violation found
  facts2: string; // more detail for the report
  violated: { text: string; cit: Cit };
  penalty: { text: string; cit: Cit; range: string };
  hazard: string;
  rectify: string;
  rectDays: number;
  anchor: string; // inspection date is the first plain working day on/after it
  hearing: boolean;
  review: boolean; // legal review + collective discussion
  statement?: string; // party made a statement: recorded in a statement-record
  defects: { rule: string; key: string; note: string }[];
  receiptFine?: number; // payment receipt amount if different (planted)
  dropHearingNotice?: boolean;
  combinedNotice?: boolean;
  docx: Set<string>;
  fileNames: Record<string, string>;
}

function officersOn(o: Officers, certs = true): Officer[] {
  return certs ? [{ name: o.a.name, certificate: o.a.certificate }, { name: o.b.name, certificate: o.b.certificate }] : [{ name: o.a.name }, { name: o.b.name }];
}

function buildGeneral(c: GeneralCase): { files: OutFile[]; truth: CaseTruth } {
  const s = c.style;
  const L = (label: string, value: string) => `${label}${s.sep}${value}`;
  const dt = s.date;
  // ---- the dates of the case ----
  const inspect = wd(c.anchor, 0);
  const filing = wd(inspect, 1);
  const inquiry1 = wd(filing, 1);
  const inquiry2 = wd(inquiry1, 1);
  const rectEnd = wd(addDays(inspect, c.rectDays), 0);
  const reviewDate = rectEnd;
  const report = wd(inquiry2, 3);
  const notice = wd(report, 1);
  const noticeServed = notice;
  const period = c.hearing || c.dropHearingNotice ? 5 : 3;
  // decision strictly after the last day of the period (+ margin of 2 working days)
  const periodEnd = legalWd(noticeServed, period);
  const statementDate = c.statement ? wd(noticeServed, 2) : undefined;
  const legalReview = c.review ? wd(periodEnd, 1) : undefined;
  const discussion = c.review ? wd(legalReview!, 1) : undefined;
  const approval = wd(discussion ?? periodEnd, 1);
  const decision = wd(approval, 1);
  const decisionServed = wd(decision, 1);
  const payment = wd(addDays(decisionServed, 5), 0);
  const closing = wd(payment, 3);
  if (!(days(filing, decision) <= 30)) throw new Error(`${c.folder}: decision ${decision} more than 30 days after filing ${filing}`);
  if (!(decision > periodEnd)) throw new Error(`${c.folder}: statement period`);
  if (!(days(decisionServed, payment) <= 15)) throw new Error(`${c.folder}: payment`);
  if (legalWd(decision, 7) < decisionServed) throw new Error(`${c.folder}: service`);
  if (!(reviewDate < report || reviewDate <= closing)) throw new Error(`${c.folder}: review`);

  const o = c.officers;
  const officerCerts = officersOn(o);
  const officerNames = officersOn(o, false);
  const party = c.party;
  const cc = c.creditCode;
  const ref = c.caseRef;
  const docs: Record<string, Doc> = {};
  const footer = s.footer;
  const mk = (key: string, pages: Block[][], expect: Expect) => {
    docs[key] = { pages, expect, footer, font: s.font };
  };
  const remedy = `如不服本决定，可以在收到本决定书之日起六十日内依法向${c.gov}申请行政复议，或者在六个月内依法向${c.court}提起行政诉讼。行政复议或者行政诉讼期间，不停止本决定的执行，法律另有规定的除外。`;
  const violatedS = c.violated.text;
  const penaltyS = c.penalty.text;

  // 现场检查记录
  mk('inspection', [[
    { k: 'title', t: '现场检查记录' },
    { k: 'right', t: c.num('现记') },
    { k: 'p', t: L('被检查单位', party) },
    { k: 'p', t: L('统一社会信用代码', cc) },
    { k: 'p', t: L('地址', c.address) },
    { k: 'p', t: L(c.partyKind === 'individual' ? '经营者' : '法定代表人（负责人）', `${c.rep.name}    联系电话${s.sep}${c.rep.phone}`) },
    { k: 'p', t: L('检查场所', `${party}生产经营场所`) },
    { k: 'p', t: L('检查时间', `${dt(inspect)}9时20分至11时05分`) },
    { k: 'p', t: s.officerLine(o) },
    { k: 'p', t: `我们是${c.agency}的行政执法人员，已向被检查单位出示执法证件。检查情况：${c.fact}现场检查发现上述问题，已拍照取证。` },
    { k: 'p', t: L('被检查单位现场负责人（签名）', `${c.rep.name}    ${dt(inspect)}`) },
    { k: 'p', t: `检查人员（签名）${s.sep}${o.a.name}  ${o.b.name}` },
  ]], { type: 'inspection-record', docNumber: c.num('现记'), caseRef: ref, party, creditCode: cc, keyDate: inspect, officers: officerCerts, citations: [] });

  // 责令限期整改指令书
  mk('rect-order', [[
    { k: 'title', t: '责令限期整改指令书' },
    { k: 'right', t: c.num('责改') },
    { k: 'p', t: `${party}：` },
    { k: 'p', t: `经查，你单位存在下列问题：${c.hazard}` },
    { k: 'p', t: `依据《中华人民共和国安全生产法》第六十五条第一款第（三）项的规定，责令你单位于${dt(rectEnd)}前整改完毕，达到有关法律法规规章和标准规定的要求。${c.rectify}` },
    { k: 'p', t: '整改期间，你单位应当采取措施，确保安全生产。对上述指令不服的，可以依法申请行政复议或者提起行政诉讼。' },
    { k: 'p', t: `${s.officerLine(o)}` },
    { k: 'p', t: L('被检查单位负责人（签名）', c.rep.name) },
    { k: 'right', t: c.agency },
    { k: 'right', t: dt(inspect) },
  ]], { type: 'rectification-order', docNumber: c.num('责改'), caseRef: ref, party, keyDate: inspect, officers: officerCerts, citations: [cit(AQ, 65, 1, 3)] });

  // 立案审批表 (bordered table, label line above the value line)
  mk('filing', [[
    { k: 'title', t: '立案审批表' },
    { k: 'right', t: c.num('立') },
    { k: 'stack', rows: [
      ['案件名称', `${party}${c.penalty.cit.item ? '' : ''}涉嫌安全生产违法案`],
      ['案件来源', `${dt(inspect)}执法检查发现`],
      ['当事人', party],
      ['统一社会信用代码', cc],
      [c.partyKind === 'individual' ? '经营者' : '法定代表人', c.rep.name],
      ['简要案情', `${c.fact}上述行为涉嫌违反${violatedS}的规定。`],
      ['承办人意见', `建议立案调查。承办人：${o.a.name}、${o.b.name}    ${dt(filing)}`],
      ['审核意见', `同意立案，由${c.unit}承办。    ${dt(filing)}`],
      ['审批意见', `同意立案。    审批人：${c.rep === undefined ? '' : '局负责人'}（签名）    ${dt(filing)}`],
    ] },
  ]], { type: 'filing-approval', docNumber: c.num('立'), caseRef: ref, party, creditCode: cc, keyDate: filing, officers: [], citations: [] });

  // 询问笔录 ×2
  const inquiry = (key: string, date: string, who: typeof c.rep | typeof c.witness, qa: string[]) =>
    mk(key, [[
      { k: 'title', t: '询问笔录' },
      { k: 'p', t: L('询问时间', `${dt(date)}14时00分至15时10分`) },
      { k: 'p', t: L('询问地点', `${c.agency}询问室`) },
      { k: 'p', t: L('被询问人', `${who.name}    性别${s.sep}${who.id.charCodeAt(16) % 2 ? '男' : '女'}    身份证号${s.sep}${who.id}`) },
      { k: 'p', t: L('工作单位及职务', `${party}  ${who.title}`) },
      { k: 'p', t: `询问人${s.sep}${o.a.name}    执法证号${s.sep}${o.a.certificate}` },
      { k: 'p', t: `记录人${s.sep}${o.b.name}    执法证号${s.sep}${o.b.certificate}` },
      { k: 'p', t: `问：我们是${c.agency}的执法人员（出示证件），现依法向你了解有关情况，你应当如实回答。你有权申请回避，听清楚了吗？` },
      { k: 'p', t: '答：听清楚了，不申请回避。' },
      ...qa.map((t) => ({ k: 'p', t }) as Block),
      { k: 'p', t: '问：以上所说是否属实？答：属实。' },
      { k: 'p', t: `被询问人（签名）${s.sep}${who.name}    ${dt(date)}` },
      { k: 'p', t: `询问人（签名）${s.sep}${o.a.name}    记录人（签名）${s.sep}${o.b.name}` },
    ]], { type: 'inquiry-record', keyDate: date, officers: officerCerts, citations: [] });
  inquiry('inquiry1', inquiry1, c.rep, [`问：请介绍一下你单位的基本情况。`, `答：${party}，我是${c.rep.title}，负责全面工作。`, `问：${dt(inspect)}执法人员检查时发现的问题你是否清楚？`, `答：清楚。${c.fact}`]);
  inquiry('inquiry2', inquiry2, c.witness, [`问：你在单位担任什么工作？`, `答：我是${c.witness.title}。`, `问：请说明检查发现问题的具体情况。`, `答：${c.facts2}`]);

  // 营业执照复印件
  mk('licence', [[
    { k: 'title', t: '营 业 执 照' },
    { k: 'sub', t: '（副 本）（复印件）' },
    { k: 'grid', rows: [
      ['统一社会信用代码', cc],
      ['名称', party],
      ['类型', c.partyKind === 'individual' ? '个体工商户' : '有限责任公司（自然人投资或控股）'],
      [c.partyKind === 'individual' ? '经营者' : '法定代表人', c.rep.name],
      ...(c.partyKind === 'individual' ? [['组成形式', '个人经营'] as [string, string]] : [['注册资本', '伍佰万元整'] as [string, string]]),
      ['经营场所', c.address],
    ] },
    { k: 'p', t: '（此件与原件核对无误，当事人签名：' + c.rep.name + '）' },
  ]], { type: 'party-identity', party, creditCode: cc, officers: [], citations: [] });

  // 整改复查意见书
  mk('rect-review', [[
    { k: 'title', t: '整改复查意见书' },
    { k: 'right', t: c.num('复查') },
    { k: 'p', t: `${party}：` },
    { k: 'p', t: `本局于${dt(inspect)}作出了《责令限期整改指令书》（${c.num('责改')}），经${dt(reviewDate)}复查，你单位已按要求完成整改：${c.rectify}` },
    { k: 'p', t: '复查意见：原指令书所列问题已整改完毕。' },
    { k: 'p', t: s.officerLine(o) },
    { k: 'p', t: L('被复查单位负责人（签名）', c.rep.name) },
    { k: 'right', t: c.agency },
    { k: 'right', t: dt(reviewDate) },
  ]], { type: 'rectification-review', docNumber: c.num('复查'), caseRef: ref, party, keyDate: reviewDate, officers: officerCerts, citations: [] });

  // 案件调查终结报告
  const citesMain = [c.violated.cit, c.penalty.cit];
  mk('report', [[
    { k: 'title', t: '案件调查终结报告' },
    { k: 'right', t: c.num('终报') },
    { k: 'p', t: L('案由', `${party}涉嫌安全生产违法案`) },
    ...c.partyLine.map((t) => ({ k: 'p', t }) as Block),
    { k: 'p', t: `调查经过：${dt(inspect)}，本局执法人员对当事人进行执法检查时发现违法行为，${dt(filing)}经批准立案调查，执法人员先后询问了${c.rep.name}、${c.witness.name}，调取了营业执照等证据材料。` },
    { k: 'p', t: `违法事实：${c.facts2}` },
    { k: 'p', t: `处理意见：当事人的上述行为违反了${violatedS}的规定，依据${penaltyS}的规定（${c.penalty.range}），鉴于当事人已按期整改，建议${c.fineText}。` },
    { k: 'p', t: `承办人${s.sep}${o.a.name}    协办人${s.sep}${o.b.name}` },
    { k: 'right', t: dt(report) },
  ]], { type: 'investigation-report', docNumber: c.num('终报'), caseRef: ref, party, keyDate: report, fine: c.fine, officers: [], citations: citesMain });

  // 行政处罚告知书
  const rightsText = c.hearing
    ? `根据《中华人民共和国行政处罚法》第四十四条、第四十五条的规定，你${c.partyKind === 'individual' ? '' : '单位'}有权进行陈述和申辩。如有陈述、申辩意见，请于收到本告知书之日起三个工作日内向本局提出；逾期未提出的，视为放弃上述权利。`
    : `根据《中华人民共和国行政处罚法》第四十四条、第四十五条的规定，你单位有权进行陈述和申辩。请于收到本告知书之日起三个工作日内向本局提出陈述、申辩意见；逾期未提出的，视为放弃此权利。`;
  mk('notice', [[
    { k: 'title', t: '行政处罚告知书' },
    { k: 'right', t: c.num('罚告') },
    { k: 'p', t: `${party}：` },
    { k: 'p', t: `经查，${c.facts2}以上事实有现场检查记录、询问笔录、现场照片等证据为证。` },
    { k: 'p', t: `你${c.partyKind === 'individual' ? '' : '单位'}的上述行为违反了${violatedS}的规定，依据${penaltyS}的规定，本局拟对你${c.partyKind === 'individual' ? '' : '单位'}作出${c.fineText}的行政处罚。` },
    { k: 'p', t: rightsText },
    { k: 'p', t: L('联系人', `${o.a.name}    联系电话${s.sep}${c.rep.phone.slice(0, 4)}-6${c.rep.phone.slice(-6)}`) },
    { k: 'right', t: c.agency },
    { k: 'right', t: dt(notice) },
  ]], { type: 'penalty-notice', docNumber: c.num('罚告'), caseRef: ref, party, keyDate: notice, fine: c.fine, officers: [], citations: [...citesMain, cit(CF, 44), cit(CF, 45)] });

  // 听证告知书
  mk('hearing', [[
    { k: 'title', t: '听证告知书' },
    { k: 'right', t: c.num('听告') },
    { k: 'p', t: `${party}：` },
    { k: 'p', t: `因你${c.partyKind === 'individual' ? '' : '单位'}${c.hazard}本局拟对你${c.partyKind === 'individual' ? '' : '单位'}作出${c.fineText}的行政处罚。根据《中华人民共和国行政处罚法》第六十三条、第六十四条的规定，你${c.partyKind === 'individual' ? '' : '单位'}有要求举行听证的权利。如要求听证，应当在收到本告知书之日起五个工作日内向本局提出；逾期不提出的，视为放弃听证权利。` },
    { k: 'p', t: L('联系地址', `${c.agency}${c.unit}`) },
    { k: 'right', t: c.agency },
    { k: 'right', t: dt(notice) },
  ]], { type: 'hearing-notice', docNumber: c.num('听告'), caseRef: ref, party, keyDate: notice, fine: c.fine, officers: [], citations: [cit(CF, 63), cit(CF, 64)] });

  // 送达回证
  const receipt = (key: string, title: string, number: string, served: string, date: string, time: string) =>
    mk(key, [[
      { k: 'title', t: '送达回证' },
      { k: 'grid', labelW: 120, rows: [
        ['送达文书名称及文号', `《${title}》（${number}）`],
        ['受送达人', party],
        ['送达地点', c.address],
        ['送达方式', '直接送达'],
        ['收件人签名（盖章）', `${c.rep.name}    ${dt(date)}${time}`],
        ['送达人', `${o.a.name}、${o.b.name}`],
        ['备注', ''],
      ] },
      { k: 'right', t: c.agency },
    ]], { type: 'service-receipt', docNumber: number, caseRef: ref, party, keyDate: date, officers: officerNames, citations: [], servedDocument: served });
  receipt('notice-receipt', '行政处罚告知书', c.num('罚告'), 'penalty-notice', noticeServed, '10时15分');
  receipt('hearing-receipt', '听证告知书', c.num('听告'), 'hearing-notice', noticeServed, '10时20分');

  // 陈述申辩笔录
  if (c.statement)
    mk('statement', [[
      { k: 'title', t: '陈述申辩笔录' },
      { k: 'p', t: L('时间', `${dt(statementDate!)}9时30分至10时00分`) },
      { k: 'p', t: L('地点', `${c.agency}${c.unit}办公室`) },
      { k: 'p', t: L('陈述申辩人', `${c.rep.name}（${party}${c.rep.title}）`) },
      { k: 'p', t: `承办人${s.sep}${o.a.name}    记录人${s.sep}${o.b.name}` },
      { k: 'p', t: `陈述申辩内容：${c.statement}` },
      { k: 'p', t: L('陈述申辩人（签名）', `${c.rep.name}    ${dt(statementDate!)}`) },
    ]], { type: 'statement-record', keyDate: statementDate!, officers: [], citations: [] });

  // 法制审核意见书, 集体讨论记录
  if (c.review) {
    mk('legal-review', [[
      { k: 'title', t: '法制审核意见书' },
      { k: 'right', t: c.num('法审') },
      { k: 'p', t: L('案件名称', `${party}安全生产违法案`) },
      { k: 'p', t: L('送审机构', c.unit) },
      { k: 'p', t: `审核意见：本案执法主体合法，事实清楚，证据确凿，适用${violatedS}、${penaltyS}正确，程序合法，拟处${c.fineText}在法定幅度内，同意提交集体讨论。` },
      { k: 'p', t: L('审核人', '法制审核员（签名）') },
      { k: 'right', t: dt(legalReview!) },
    ]], { type: 'legal-review', docNumber: c.num('法审'), caseRef: ref, party, keyDate: legalReview!, fine: c.fine, officers: [], citations: citesMain });
    mk('discussion', [[
      { k: 'title', t: '案件集体讨论记录' },
      { k: 'right', t: c.num('罚集') },
      { k: 'p', t: L('讨论时间', `${dt(discussion!)}15时00分`) },
      { k: 'p', t: L('讨论地点', `${c.agency}三楼会议室`) },
      { k: 'p', t: L('主持人', '局长') },
      { k: 'p', t: L('案件名称', `${party}安全生产违法案`) },
      { k: 'p', t: `承办人汇报：${c.facts2}当事人在规定期限内${c.statement ? '提出了陈述、申辩意见，经复核不予采纳' : '未提出陈述、申辩意见'}，${c.hearing ? '未要求举行听证。' : ''}` },
      { k: 'p', t: `讨论意见：一致同意依据${penaltyS}的规定，对当事人${c.fineText}。` },
      { k: 'p', t: '记录人（签名）    参加人员（签名）' },
    ]], { type: 'collective-discussion', docNumber: c.num('罚集'), caseRef: ref, party, keyDate: discussion!, fine: c.fine, officers: [], citations: [c.penalty.cit] });
  }

  // 案件处理呈批表
  mk('approval', [[
    { k: 'title', t: '案件处理呈批表' },
    { k: 'right', t: c.num('处呈') },
    { k: 'grid', labelW: 110, rows: [
      ['案件名称', `${party}安全生产违法案`],
      ['当事人', party],
      ['统一社会信用代码', cc],
      ['违法事实', c.fact],
      ['陈述申辩及听证情况', c.statement ? '当事人提出陈述申辩，经复核，理由不成立，不予采纳。' : `当事人在规定期限内未提出陈述、申辩${c.hearing ? '，未要求听证' : ''}。`],
      ['承办人处理意见', `依据${penaltyS}的规定，建议${c.fineText}。承办人：${o.a.name}、${o.b.name}`],
      ['审核意见', '同意。'],
      ['审批意见', `同意。    ${dt(approval)}`],
    ] },
  ]], { type: 'case-approval', docNumber: c.num('处呈'), caseRef: ref, party, creditCode: cc, keyDate: approval, fine: c.fine, officers: [], citations: [c.penalty.cit] });

  // 行政处罚决定书 (two pages)
  mk('decision', [[
    { k: 'title', t: '行政处罚决定书' },
    { k: 'right', t: c.caseNumber },
    ...c.partyLine.map((t) => ({ k: 'p', t }) as Block),
    { k: 'p', t: `违法事实及证据：${c.facts2}本局于${dt(notice)}向当事人送达了《行政处罚告知书》${c.hearing ? '和《听证告知书》' : ''}，当事人${c.statement ? '提出了陈述、申辩，经复核不予采纳' : '在规定期限内未提出陈述、申辩'}${c.hearing ? '，未申请听证' : ''}。` },
    { k: 'p', t: '以上事实有现场检查记录、询问笔录、现场照片、营业执照复印件等证据证实。' },
  ], [
    { k: 'p', t: `当事人的上述行为违反了${violatedS}的规定，依据${penaltyS}的规定，本局决定对当事人作出如下行政处罚：${c.fineText}。` },
    { k: 'p', t: `罚款限于收到本决定书之日起十五日内缴至指定银行账户。到期不缴纳罚款的，本局可以每日按罚款数额的百分之三加处罚款，加处罚款的数额不超出罚款的数额。` },
    { k: 'p', t: remedy },
    { k: 'p', t: s.officerLine(o) },
    { k: 'gap', h: 16 },
    { k: 'right', t: c.agency },
    { k: 'right', t: dt(decision) },
  ]], { type: 'penalty-decision', docNumber: c.caseNumber, caseRef: ref, party, creditCode: cc, keyDate: decision, fine: c.fine, officers: officerCerts, citations: citesMain });
  receipt('decision-receipt', '行政处罚决定书', c.caseNumber, 'penalty-decision', decisionServed, '9时40分');

  // 缴款书
  const paid = c.receiptFine ?? c.fine;
  mk('payment', [[
    { k: 'title', t: '非税收入一般缴款书' },
    { k: 'sub', t: `票据号码 No.${String(ref.year).slice(2)}${ref.serial.padStart(4, '0')}0${paid % 97}3` },
    { k: 'grid', labelW: 110, rows: [
      ['缴款日期', dt(payment)],
      ['缴款人', party],
      ['执收单位', c.agency],
      ['项目名称', '安全生产罚没收入'],
      ['金额（大写）', upper(paid)],
      ['金额（小写）', `¥${paid.toFixed(2)}`],
      ['备注', `处罚决定书文号：${c.caseNumber}`],
    ] },
  ]], { type: 'payment-receipt', docNumber: c.caseNumber, caseRef: ref, party, keyDate: payment, fine: paid, officers: [], citations: [] });

  // 结案审批表
  mk('closing', [[
    { k: 'title', t: '结案审批表' },
    { k: 'right', t: c.num('结') },
    { k: 'stack', rows: [
      ['案件名称', `${party}安全生产违法案`],
      ['处罚决定书文号', c.caseNumber],
      ['处罚结果', c.fineText],
      ['执行情况', `当事人已于${dt(payment)}缴纳罚款${paid}元，事故隐患已于${dt(reviewDate)}复查整改完毕。`],
      ['承办人意见', `建议结案。承办人：${o.a.name}、${o.b.name}`],
      ['审批意见', `同意结案。    ${dt(closing)}`],
    ] },
  ]], { type: 'closing-approval', docNumber: c.num('结'), caseRef: ref, party, keyDate: closing, officers: [], citations: [] });

  // 封面, 目录, 备考表
  mk('cover', [[
    { k: 'gap', h: 60 },
    { k: 'title', t: c.agency },
    { k: 'title', t: '行 政 处 罚 案 卷' },
    { k: 'gap', h: 40 },
    { k: 'p', t: L('案    号', c.caseNumber) },
    { k: 'p', t: L('案    由', `${party}安全生产违法案`) },
    { k: 'p', t: L('当 事 人', party) },
    { k: 'p', t: L('处罚结果', c.fineText) },
    { k: 'p', t: L('立案日期', dt(filing)) },
    { k: 'p', t: L('结案日期', dt(closing)) },
    { k: 'p', t: L('承 办 人', `${o.a.name}  ${o.b.name}`) },
    { k: 'p', t: L('保管期限', '永久') },
  ]], { type: 'cover', docNumber: c.caseNumber, caseRef: ref, party, fine: c.fine, officers: [], citations: [] });

  const order: [string, string][] = [];
  const contentsTitles: Record<string, string> = {
    decision: '行政处罚决定书', 'decision-receipt': '送达回证（行政处罚决定书）', payment: '非税收入一般缴款书', inspection: '现场检查记录', 'rect-order': '责令限期整改指令书', filing: '立案审批表', inquiry1: `询问笔录（${c.rep.name}）`, inquiry2: `询问笔录（${c.witness.name}）`, licence: '营业执照复印件', 'rect-review': '整改复查意见书', report: '案件调查终结报告', notice: '行政处罚告知书', 'notice-receipt': '送达回证（告知书）', hearing: '听证告知书', 'hearing-receipt': '送达回证（听证告知书）', statement: '陈述申辩笔录', 'legal-review': '法制审核意见书', discussion: '案件集体讨论记录', approval: '案件处理呈批表', closing: '结案审批表',
  };
  for (const [key, t] of Object.entries(contentsTitles)) if (docs[key]) order.push([key, t]);
  return { files: [], truth: {
    folder: `archive/${c.folder}`, caseNumber: c.caseNumber, caseRef: ref, unit: c.unit, procedure: 'general', party, creditCode: cc, partyKind: c.partyKind, fine: c.fine,
    filingDate: filing, decisionDate: decision, serviceDate: decisionServed, paymentDate: payment, closingDate: closing, clean: c.defects.length === 0, defects: c.defects,
  }, ...{ docs, order, dates: { inspect, filing, notice, decision, decisionServed, payment, closing, reviewDate, periodEnd } } } as never;
}

/** contents and archive-note documents from the final file list */
function contentsDoc(c: { style: Style; agency: string; caseNumber: string }, entries: string[]): Doc {
  return {
    pages: [[
      { k: 'title', t: '卷 内 目 录' },
      { k: 'sub', t: `案号：${c.caseNumber}` },
      { k: 'cols', widths: [1, 6, 1.5], rows: [['序号', '文件名称', '页号'], ...entries.map((e, i) => [String(i + 1), e, String(i + 1)])] },
    ]],
    expect: { type: 'contents', officers: [], citations: [] },
    footer: c.style.footer,
    font: c.style.font,
  };
}
function archiveNote(c: { style: Style; agency: string }, count: number, who: string, date: string): Doc {
  return {
    pages: [[
      { k: 'title', t: '备 考 表' },
      { k: 'p', t: `本卷共有文件材料${count}件，另有照片若干张存于电子档案。卷内材料齐全，排列有序。` },
      { k: 'gap', h: 30 },
      { k: 'p', t: `立卷人${c.style.sep}${who}` },
      { k: 'p', t: `检查人${c.style.sep}档案管理员` },
      { k: 'p', t: `立卷时间${c.style.sep}${c.style.date(date)}` },
    ]],
    expect: { type: 'archive-note', officers: [], citations: [] },
    footer: c.style.footer,
    font: c.style.font,
  };
}

// =====================================================================================================
// The six cases
// =====================================================================================================
const officerSlash = (o: Officers) => `执法人员：${o.a.name}、${o.b.name}（执法证号：${o.a.certificate}、${o.b.certificate}）`;
const officerChengban = (o: Officers) => `承办人：${o.a.name} 执法证号${o.a.certificate}    协办人：${o.b.name} 执法证号${o.b.certificate}`;
const officerSpaced = (o: Officers) => `检查（执法）人员 ： ${o.a.name}  证号 ： ${o.a.certificate}    ${o.b.name}  证号 ： ${o.b.certificate}`;

interface Built {
  truth: CaseTruth;
  docs: Record<string, Doc>;
  order: [string, string][];
  dates: Record<string, string>;
}

const generalCases: GeneralCase[] = [];

// 1. 北京市朝阳区 2024 — hearing notice (30,000)
{
  const o: Officers = { a: { name: '周明远', certificate: '11010523017' }, b: { name: '韩思琪', certificate: '11010523042' } };
  const party = '北京恒川冷链物流有限公司';
  generalCases.push({
    folder: '京朝应急罚〔2024〕118号 恒川冷链', agency: '北京市朝阳区应急管理局', gov: '北京市朝阳区人民政府', court: '北京市朝阳区人民法院', unit: '执法一队',
    num: (cls) => (cls === '罚' ? '京朝应急罚〔2024〕118号' : `京朝应急${cls}〔2024〕118号`), caseNumber: '京朝应急罚〔2024〕118号', caseRef: { year: 2024, serial: '118' },
    party, creditCode: uscc('91110105MA01K7QX3'), partyKind: 'organisation', address: '北京市朝阳区金盏乡楼梓庄村东328号',
    partyLine: [`当事人 ： ${party}`, `统一社会信用代码 ： ${uscc('91110105MA01K7QX3')}`, '住所 ： 北京市朝阳区金盏乡楼梓庄村东328号', '法定代表人 ： 邵立平    职务 ： 执行董事'],
    rep: { name: '邵立平', title: '执行董事', id: '110105197806214517', phone: '13901234576' }, witness: { name: '牛春燕', title: '安全管理员', id: '130423198911023028' },
    officers: o, style: { sep: ' ： ', date: cn, officerLine: officerChengban, footer: (p, n) => `第 ${p} 页  共 ${n} 页` },
    fine: 30000, fineText: '罚款人民币叁万元整（¥30000.00）',
    fact: '该单位冷库叉车司机等3名新入职从业人员未经安全生产教育和培训即上岗作业。',
    facts2: '当事人于2023年12月起招用的叉车司机、冷库搬运工共3名从业人员，未经安全生产教育和培训即安排上岗作业，当事人不能提供上述人员的培训记录。',
    violated: { text: '《中华人民共和国安全生产法》第二十八条第一款', cit: cit(AQ, 28, 1) },
    penalty: { text: '《中华人民共和国安全生产法》第九十七条第（三）项', cit: cit(AQ, 97, undefined, 3), range: '该项规定可处十万元以下的罚款' },
    hazard: '3名新入职从业人员未经安全生产教育和培训上岗作业，', rectify: '对上述人员补充开展岗前安全培训并考核合格，建立培训档案。', rectDays: 10,
    anchor: '2024-03-05', hearing: true, review: false, defects: [], docx: new Set(['inquiry2', 'report']),
    fileNames: {},
  });
}
// 2. 重庆市渝北区 2023 — individual business (个体工商户), 20,000: hearing, legal review, discussion, statement
{
  const o: Officers = { a: { name: '冉建国', certificate: '50011221008' }, b: { name: '谭晓雯', certificate: '50011221063' } };
  const party = '重庆市渝北区鑫旺五金经营部';
  const code = uscc('92500112MA5U8R2K6');
  generalCases.push({
    folder: '渝北应急罚〔2023〕第27号 鑫旺五金经营部', agency: '重庆市渝北区应急管理局', gov: '重庆市渝北区人民政府', court: '重庆市渝北区人民法院', unit: '执法支队二大队',
    num: (cls) => `渝北应急${cls}〔2023〕第27号`, caseNumber: '渝北应急罚〔2023〕第27号', caseRef: { year: 2023, serial: '27' },
    party, creditCode: code, partyKind: 'individual', address: '重庆市渝北区龙溪街道松牌路191号附3号',
    partyLine: [`当事人：${party}（个体工商户）`, `经营者：罗德贵    统一社会信用代码：${code}`, '经营场所：重庆市渝北区龙溪街道松牌路191号附3号'],
    rep: { name: '罗德贵', title: '经营者', id: '500112197203156613', phone: '13983021547' }, witness: { name: '罗小芹', title: '店员', id: '500112199507283426' },
    officers: o, style: { sep: '：', date: cnPad, officerLine: officerSlash },
    fine: 20000, fineText: '罚款2万元（大写：贰万元整）',
    fact: '该经营部在存放油漆、稀释剂的库房内设置员工住宿床铺。',
    facts2: '当事人在其经营场所后部存放油漆、天那水（稀释剂）等危险物品的库房内搭设床铺2张，供店员夜间住宿，库房与住宿区域未作分隔。',
    violated: { text: '《中华人民共和国安全生产法》第四十二条第一款', cit: cit(AQ, 42, 1) },
    penalty: { text: '《中华人民共和国安全生产法》第一百零五条第（一）项', cit: cit(AQ, 105, undefined, 1), range: '该项规定可处五万元以下的罚款' },
    hazard: '在储存危险物品的库房内设置员工宿舍，', rectify: '拆除库房内床铺，员工宿舍迁至安全距离以外。', rectDays: 7,
    anchor: '2023-08-08', hearing: true, review: true, statement: '当事人称库房床铺仅供午休临时使用，请求从轻处罚。',
    defects: [], docx: new Set(['inquiry1', 'statement', 'legal-review']), fileNames: {},
  });
}
// 3. 贵阳市云岩区 2022 — 8,000, no hearing
{
  const o: Officers = { a: { name: '龙光辉', certificate: '520103190027' }, b: { name: '杨秀梅', certificate: '520103190031' } };
  const party = '贵阳黔瑞建材有限公司';
  const code = uscc('91520103MA6H2L5D1');
  generalCases.push({
    folder: '黔云应急罚字〔2022〕12号 黔瑞建材', agency: '贵阳市云岩区应急管理局', gov: '贵阳市云岩区人民政府', court: '贵阳市云岩区人民法院', unit: '综合执法大队',
    num: (cls) => (cls === '罚' ? '黔云应急罚字〔2022〕12号' : `黔云应急${cls}字〔2022〕12号`), caseNumber: '黔云应急罚字〔2022〕12号', caseRef: { year: 2022, serial: '12' },
    party, creditCode: code, partyKind: 'organisation', address: '贵阳市云岩区黔灵镇茶店村建材市场B区17号',
    partyLine: [`被处罚单位：${party}`, `统一社会信用代码：${code}`, '地址：贵阳市云岩区黔灵镇茶店村建材市场B区17号', '法定代表人（负责人）：潘永康'],
    rep: { name: '潘永康', title: '总经理', id: '520102198104113716', phone: '13885017264' }, witness: { name: '吴玉兰', title: '仓库主管', id: '522601199002172024' },
    officers: o, style: { sep: '：', date: zh, officerLine: officerSlash, footer: () => '贵阳市云岩区应急管理局 制', font: 'u' },
    fine: 8000, fineText: '处人民币捌仟元罚款',
    fact: '该公司仓库内行车（桥式起重机）作业区域及配电柜未设置明显的安全警示标志。',
    facts2: '当事人仓库内一台5吨桥式起重机作业区域和两台低压配电柜上均未设置安全警示标志，仓库属于有较大危险因素的生产经营场所。',
    violated: { text: '《中华人民共和国安全生产法》第三十五条', cit: cit(AQ, 35) },
    penalty: { text: '《中华人民共和国安全生产法》第九十九条第（一）项', cit: cit(AQ, 99, undefined, 1), range: '该项规定可处五万元以下的罚款' },
    hazard: '起重机作业区域及配电柜未设置明显的安全警示标志，', rectify: '在起重机作业区域和配电柜设置符合国家标准的安全警示标志。', rectDays: 5,
    anchor: '2022-05-10', hearing: false, review: false, defects: [], docx: new Set(['approval']), fileNames: {},
  });
}
// 4. 南宁（桂南）2025 — 60,000: hearing, legal review, discussion; combined notice PDF
{
  const o: Officers = { a: { name: '韦振宁', certificate: '45010022115' }, b: { name: '覃丽萍', certificate: '45010022118' } };
  const party = '南宁市邕达化工贸易有限公司';
  const code = uscc('91450100MA5P6N4T8');
  generalCases.push({
    folder: '桂南应急（执法）罚〔2025〕5号 邕达化工', agency: '南宁市江南区应急管理局', gov: '南宁市江南区人民政府', court: '南宁市江南区人民法院', unit: '执法大队',
    num: (cls) => `桂南应急（执法）${cls}〔2025〕5号`, caseNumber: '桂南应急（执法）罚〔2025〕5号', caseRef: { year: 2025, serial: '5' },
    party, creditCode: code, partyKind: 'organisation', address: '南宁市江南区星光大道238号仓储园5号库',
    partyLine: [`当事人：${party}`, `统一社会信用代码：${code}`, '住所：南宁市江南区星光大道238号仓储园5号库', '法定代表人：黄志坚'],
    rep: { name: '黄志坚', title: '总经理', id: '450103197510082535', phone: '13807710865' }, witness: { name: '莫永福', title: '仓储部经理', id: '450122198612190417' },
    officers: o, style: { sep: '：', date: zh, officerLine: officerChengban, footer: (p, n) => `— ${p}/${n} —` },
    fine: 60000, fineText: '罚款人民币陆万元整',
    fact: '该公司在危险化学品仓库外进行管道动火切割作业，未安排专门人员进行现场安全管理。',
    facts2: '当事人委托外单位人员在其危险化学品仓库东侧管廊进行动火切割作业，动火作业期间未安排专门人员进行现场安全管理，现场无监护人员。',
    violated: { text: '《中华人民共和国安全生产法》第四十三条', cit: cit(AQ, 43) },
    penalty: { text: '《中华人民共和国安全生产法》第一百零一条第（三）项', cit: cit(AQ, 101, undefined, 3), range: '该项规定可处十万元以下的罚款' },
    hazard: '进行动火作业未安排专门人员进行现场安全管理，', rectify: '建立动火作业审批和现场监护制度，指定专人负责现场安全管理。', rectDays: 8,
    anchor: '2025-06-10', hearing: true, review: true, combinedNotice: true, defects: [], docx: new Set(['discussion']), fileNames: {},
  });
}
// 5. 哈尔滨市道里区 2023 — PLANTED: hearing notice missing (25,000), payment receipt shows 2,500
{
  const o: Officers = { a: { name: '孙立群', certificate: '23010220054' }, b: { name: '赵冬梅', certificate: '23010220061' } };
  const party = '哈尔滨北辰木业有限公司';
  const code = uscc('91230102MA1C3W7F5');
  generalCases.push({
    folder: '哈道应急罚〔2023〕41号 北辰木业', agency: '哈尔滨市道里区应急管理局', gov: '哈尔滨市道里区人民政府', court: '哈尔滨市道里区人民法院', unit: '执法监察大队',
    num: (cls) => `哈道应急${cls}〔2023〕41号`, caseNumber: '哈道应急罚〔2023〕41号', caseRef: { year: 2023, serial: '41' },
    party, creditCode: code, partyKind: 'organisation', address: '哈尔滨市道里区新发镇工业园区木材加工区12号',
    partyLine: [`当事人 ：${party}`, `统一社会信用代码 ：${code}`, '地址 ：哈尔滨市道里区新发镇工业园区木材加工区12号', '法定代表人 ：宫德才'],
    rep: { name: '宫德才', title: '总经理', id: '230102196909283118', phone: '13604518832' }, witness: { name: '于海洋', title: '电工', id: '230107199104150013' },
    officers: o, style: { sep: ' ：', date: cn, officerLine: officerSpaced, footer: (p, n) => `第${p}页 共${n}页` },
    fine: 25000, fineText: '罚款贰万伍仟元（25000元）',
    fact: '该公司电工于海洋未取得特种作业操作证（低压电工作业），从事车间配电线路检修作业。',
    facts2: '当事人安排未取得低压电工作业特种作业操作证的员工于海洋从事车间配电线路检修作业，经查询全国特种作业操作证信息，于海洋无相应资格。',
    violated: { text: '《中华人民共和国安全生产法》第三十条第一款', cit: cit(AQ, 30, 1) },
    penalty: { text: '《中华人民共和国安全生产法》第九十七条第（七）项', cit: cit(AQ, 97, undefined, 7), range: '该项规定可处十万元以下的罚款' },
    hazard: '特种作业人员未取得相应资格上岗作业，', rectify: '停止于海洋的电工作业，安排其参加培训取证，由持证电工从事电气作业。', rectDays: 10,
    anchor: '2023-11-07', hearing: false, dropHearingNotice: true, review: false, receiptFine: 2500,
    defects: [
      { rule: 'document-missing', key: 'hearing-notice', note: '罚款25000元（≥20000元）未告知听证权利，卷内无听证告知书' },
      { rule: 'amount-mismatch', key: 'payment-receipt', note: '缴款书金额2500元（贰仟伍佰元整），决定书罚款25000元' },
    ],
    docx: new Set(['inquiry1']), fileNames: {},
  });
}

const FILE_LAYOUT: Record<string, string[][]> = {
  // per case: ordered list of files, each a list of doc keys (more than one = combined PDF)
  default: [['cover'], ['contents'], ['inspection'], ['rect-order'], ['filing'], ['inquiry1'], ['inquiry2'], ['licence'], ['rect-review'], ['report'], ['notice'], ['notice-receipt'], ['hearing'], ['hearing-receipt'], ['statement'], ['legal-review'], ['discussion'], ['approval'], ['decision'], ['decision-receipt'], ['payment'], ['closing'], ['archive-note']],
};

const fileTitle: Record<string, (c: GeneralCase) => string> = {
  cover: () => '卷宗封面', contents: () => '卷内目录', inspection: () => '现场检查记录', 'rect-order': () => '责令限期整改指令书', filing: () => '立案审批表',
  inquiry1: (c) => `询问笔录（${c.rep.name}）`, inquiry2: (c) => `询问笔录（${c.witness.name}）`, licence: () => '营业执照复印件', 'rect-review': () => '整改复查意见书',
  report: () => '案件调查终结报告', notice: () => '行政处罚告知书', 'notice-receipt': () => '送达回证（告知书）', hearing: () => '听证告知书', 'hearing-receipt': () => '送达回证（听证告知书）',
  statement: () => '陈述申辩笔录', 'legal-review': () => '法制审核意见书', discussion: () => '集体讨论记录', approval: () => '案件处理呈批表', decision: () => '行政处罚决定书',
  'decision-receipt': () => '送达回证（决定书）', payment: () => '罚款缴款书', closing: () => '结案审批表', 'archive-note': () => '备考表',
};

interface TruthFile {
  path: string;
  case: string;
  documents: (Expect & { pages: [number, number] })[];
}

async function main(): Promise<void> {
  rmSync(ARCHIVE, { recursive: true, force: true });
  mkdirSync(ARCHIVE, { recursive: true });
  const cases: CaseTruth[] = [];
  const files: TruthFile[] = [];
  const dateLog: string[] = [];

  const emit = async (folder: string, out: OutFile) => {
    const abs = path.join(ARCHIVE, folder, out.name);
    mkdirSync(path.dirname(abs), { recursive: true });
    const buf = out.format === 'pdf' ? await renderPdf(out) : await renderDocx(out);
    writeFileSync(abs, buf);
    let page = 1;
    const documents = out.docs.map((d) => {
      const n = out.format === 'pdf' ? d.pages.length : 1;
      const e = { pages: [page, page + n - 1] as [number, number], ...d.expect };
      page += n;
      return e;
    });
    files.push({ path: `archive/${folder}/${out.name}`, case: `archive/${folder}`, documents });
  };

  for (const c of generalCases) {
    const built = buildGeneral(c) as unknown as Built;
    const { docs, truth, dates } = built;
    if (c.dropHearingNotice) {
      delete docs.hearing;
      delete docs['hearing-receipt'];
    }
    if (!c.hearing) {
      delete docs.hearing;
      delete docs['hearing-receipt'];
    }
    dateLog.push(`${c.folder}: ${JSON.stringify(dates)}`);
    let layout = FILE_LAYOUT.default!.filter((keys) => keys.every((k) => k === 'contents' || k === 'archive-note' || docs[k]));
    if (c.combinedNotice) {
      // one combined PDF: notice, its receipt, hearing notice, its receipt
      const i = layout.findIndex((k) => k[0] === 'notice');
      layout = [...layout.slice(0, i), ['notice', 'notice-receipt', 'hearing', 'hearing-receipt'], ...layout.slice(i + 4)];
    }
    // Chongqing archives decision-first (决定书在前)
    if (c.caseNumber.startsWith('渝北')) {
      const front = ['decision', 'decision-receipt', 'payment'];
      layout = [layout[0]!, layout[1]!, ...front.map((k) => [k]), ...layout.slice(2).filter((k) => !front.includes(k[0]!))];
    }
    const titles = layout.filter((k) => k[0] !== 'contents').map((keys) => keys.map((k) => fileTitle[k]!(c)).join('、'));
    docs.contents = contentsDoc({ style: c.style, agency: c.agency, caseNumber: c.caseNumber }, titles);
    docs['archive-note'] = archiveNote({ style: c.style, agency: c.agency }, layout.length, c.officers.a.name, truth.closingDate!);
    let idx = 0;
    for (const keys of layout) {
      idx++;
      const single = keys.length === 1;
      const isDocx = single && c.docx.has(keys[0]!);
      const base = keys.length === 4 ? '行政处罚告知书、听证告知书及送达回证' : fileTitle[keys[0]!]!(c);
      const numbered = c.caseNumber.startsWith('黔') ? `${base}` : `${String(idx).padStart(2, '0')} ${base}`;
      await emit(c.folder, { name: `${numbered}.${isDocx ? 'docx' : 'pdf'}`, format: isDocx ? 'docx' : 'pdf', docs: keys.map((k) => docs[k]!) });
    }
    cases.push(truth);
  }

  // 6. 天津市西青区 2025 — simple procedure (当场处罚), organisation, 2,000
  {
    const folder = '津西青应急简罚〔2025〕3号 津益汽修';
    const party = '天津津益汽车维修服务有限公司';
    const code = uscc('91120111MA07B3E8X');
    const o: Officers = { a: { name: '刘卫东', certificate: '12011124006' }, b: { name: '马婧', certificate: '12011124019' } };
    const num = '津西青应急简罚〔2025〕3号';
    const ref = { year: 2025, serial: '3' };
    const day = wd('2025-03-18', 0);
    const payment = wd(day, 3);
    const review = wd(addDays(day, 3), 0);
    const agency = '天津市西青区应急管理局';
    const sep = '：';
    const footer = (p: number, n: number) => `第${p}页/共${n}页`;
    const d = (blocks: Block[][], expect: Expect): Doc => ({ pages: blocks, expect, footer });
    const docsS: [string, Doc, 'pdf' | 'docx'][] = [];
    docsS.push(['卷宗封面', d([[{ k: 'gap', h: 60 }, { k: 'title', t: agency }, { k: 'title', t: '简易程序行政处罚案卷' }, { k: 'gap', h: 30 }, { k: 'p', t: `案号${sep}${num}` }, { k: 'p', t: `当事人${sep}${party}` }, { k: 'p', t: `处罚结果${sep}罚款人民币贰仟元整` }, { k: 'p', t: `处罚日期${sep}${cn(day)}` }, { k: 'p', t: `保管期限${sep}三十年` }]], { type: 'cover', docNumber: num, caseRef: ref, party, fine: 2000, officers: [], citations: [] }), 'pdf']);
    docsS.push(['卷内目录', d([[{ k: 'title', t: '卷 内 目 录' }, { k: 'cols', widths: [1, 6, 1.5], rows: [['序号', '文件名称', '页号'], ['1', '现场检查记录', '1'], ['2', '行政（当场）处罚决定书', '2'], ['3', '责令限期整改指令书', '3'], ['4', '营业执照复印件', '4'], ['5', '罚款缴款凭证', '5'], ['6', '整改复查意见书', '6'], ['7', '备考表', '7']] }]], { type: 'contents', officers: [], citations: [] }), 'pdf']);
    const fact = '该公司喷漆房及空压机储气罐处未设置明显的安全警示标志。';
    docsS.push(['现场检查记录', d([[
      { k: 'title', t: '现场检查记录' }, { k: 'right', t: '津西青应急现记〔2025〕3号' },
      { k: 'p', t: `被检查单位${sep}${party}` }, { k: 'p', t: `统一社会信用代码${sep}${code}` }, { k: 'p', t: `地址${sep}天津市西青区张家窝镇工业园区富民路16号` },
      { k: 'p', t: `检查时间${sep}${cn(day)}10时00分至10时50分` }, { k: 'p', t: officerSlash(o) },
      { k: 'p', t: `检查情况：${fact}现场责令立即设置警示标志。` }, { k: 'p', t: `被检查单位负责人（签名）${sep}许长海` },
    ]], { type: 'inspection-record', docNumber: '津西青应急现记〔2025〕3号', caseRef: ref, party, creditCode: code, keyDate: day, officers: officersOn(o), citations: [] }), 'pdf']);
    docsS.push(['行政（当场）处罚决定书', d([[
      { k: 'title', t: '行政（当场）处罚决定书' }, { k: 'sub', t: '（单位）' }, { k: 'right', t: num },
      { k: 'grid', labelW: 110, rows: [
        ['被处罚单位', party], ['统一社会信用代码', code], ['地址', '天津市西青区张家窝镇工业园区富民路16号'], ['法定代表人', '许长海'],
        ['违法事实及证据', `${cn(day)}，执法人员检查发现：${fact}有现场检查记录及照片为证。`],
        ['处罚依据及内容', '上述行为违反了《中华人民共和国安全生产法》第三十五条的规定，依据《中华人民共和国安全生产法》第九十九条第（一）项、《中华人民共和国行政处罚法》第五十一条的规定，当场决定给予罚款人民币贰仟元整（¥2000）的行政处罚。'],
        ['罚款缴纳', '当事人应当自收到本决定书之日起十五日内到指定银行缴纳罚款。到期不缴纳的，每日按罚款数额的百分之三加处罚款。'],
        ['救济途径', '当事人对本决定不服的，应当自收到本决定书之日起六十日内向天津市西青区人民政府申请行政复议；对行政复议决定不服的，可以自收到行政复议决定书之日起十五日内依法向人民法院提起行政诉讼。'],
        ['执法人员', `${o.a.name}（执法证号：${o.a.certificate}）  ${o.b.name}（执法证号：${o.b.certificate}）`],
        ['当事人签收', `许长海    ${cn(day)}`],
      ] },
      { k: 'right', t: agency }, { k: 'right', t: cn(day) },
    ]], { type: 'onsite-penalty-decision', docNumber: num, caseRef: ref, party, creditCode: code, keyDate: day, fine: 2000, officers: officersOn(o), citations: [cit(AQ, 35), cit(AQ, 99, undefined, 1), cit(CF, 51)] }), 'pdf']);
    docsS.push(['责令限期整改指令书', d([[
      { k: 'title', t: '责令限期整改指令书' }, { k: 'right', t: '津西青应急责改〔2025〕3号' }, { k: 'p', t: `${party}：` },
      { k: 'p', t: `经查，你单位${fact}依据《中华人民共和国安全生产法》第六十五条第一款第（三）项的规定，责令你单位于${cn(review)}前整改完毕。` },
      { k: 'p', t: officerChengban(o) }, { k: 'right', t: agency }, { k: 'right', t: cn(day) },
    ]], { type: 'rectification-order', docNumber: '津西青应急责改〔2025〕3号', caseRef: ref, party, keyDate: day, officers: officersOn(o), citations: [cit(AQ, 65, 1, 3)] }), 'docx']);
    docsS.push(['营业执照复印件', d([[{ k: 'title', t: '营 业 执 照' }, { k: 'sub', t: '（副本）复印件' }, { k: 'grid', rows: [['统一社会信用代码', code], ['名称', party], ['类型', '有限责任公司'], ['法定代表人', '许长海'], ['住所', '天津市西青区张家窝镇工业园区富民路16号']] }]], { type: 'party-identity', party, creditCode: code, officers: [], citations: [] }), 'pdf']);
    docsS.push(['罚款缴款凭证', d([[{ k: 'title', t: '天津市非税收入缴款凭证' }, { k: 'grid', labelW: 110, rows: [['缴款日期', cn(payment)], ['缴款人', party], ['执收单位', agency], ['收入项目', '罚没收入'], ['金额', '贰仟元整  ¥2000.00'], ['执收依据', num]] }]], { type: 'payment-receipt', docNumber: num, caseRef: ref, party, keyDate: payment, fine: 2000, officers: [], citations: [] }), 'pdf']);
    docsS.push(['整改复查意见书', d([[
      { k: 'title', t: '整改复查意见书' }, { k: 'right', t: '津西青应急复查〔2025〕3号' }, { k: 'p', t: `${party}：` },
      { k: 'p', t: `本局于${cn(day)}对你单位作出《责令限期整改指令书》（津西青应急责改〔2025〕3号），经${cn(review)}复查，喷漆房及储气罐处已设置安全警示标志，整改完毕。` },
      { k: 'p', t: officerSlash(o) }, { k: 'right', t: agency }, { k: 'right', t: cn(review) },
    ]], { type: 'rectification-review', docNumber: '津西青应急复查〔2025〕3号', caseRef: ref, party, keyDate: review, officers: officersOn(o), citations: [] }), 'pdf']);
    docsS.push(['备考表', archiveNote({ style: { sep, date: cn, officerLine: officerSlash, footer }, agency }, 8, o.a.name, wd(payment, 2)), 'pdf']);
    let i = 0;
    for (const [name, doc, format] of docsS) {
      i++;
      await emit(folder, { name: `${i}.${name}.${format}`, format, docs: [doc] });
    }
    cases.push({ folder: `archive/${folder}`, caseNumber: num, caseRef: ref, unit: '执法一支队', procedure: 'simple', party, creditCode: code, partyKind: 'organisation', fine: 2000, filingDate: day, decisionDate: day, paymentDate: payment, clean: true, defects: [] });
    dateLog.push(`${folder}: ${JSON.stringify({ day, payment, review })}`);
  }

  const truth = { generator: 'scripts/independent-3/generate.ts', cases, files };
  writeFileSync(path.join(ROOT, 'truth.json'), `${JSON.stringify(truth, null, 2)}\n`);
  if (process.env.VERBOSE) console.log(dateLog.join('\n'));
  console.log(`independent-3: ${cases.length} cases, ${files.length} files, ${files.reduce((n, f) => n + f.documents.length, 0)} documents`);
}

await main();
