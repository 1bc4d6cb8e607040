import { createHash } from 'node:crypto';
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import type { ChalkInstance } from 'chalk';
import type { CaseDocument, Source } from '../model/document.js';
import type { ReadOutcome } from '../read/index.js';
import { createReader } from '../read/reader.js';
import { recognizeFile } from '../recognize/index.js';
import type { Ruleset } from '../ruleset/load.js';
import { UsageError } from './io.js';
import { neutraliseText } from '../report/neutralise.js';
import { ocrSettingsFor, type OcrMode } from '../read/ocr/engine.js';
import type { PageText } from '../read/pages.js';

export interface Inspection {
  file: string;
  size: number;
  sha256: string;
  read: { status: ReadOutcome['status']; kind: string; pages: number; reason?: string; note?: string; pageErrors: { page: number; reason: string }[] };
  documents: CaseDocument[];
  /** pages read by OCR: engine, each page's text and confidence, and the words read below the floor */
  ocr?: { engine: string; floor: number; pages: { page: number; confidence: number; seal?: number; text: string; doubtful: { word: string; confidence: number }[] }[] };
}

/** What the tool read from one file: how it was read, each document's type and why, and every field. */
export async function inspectFile(file: string, ruleset: Ruleset, ocrMode: OcrMode = 'auto'): Promise<Inspection> {
  let bytes: Buffer;
  try {
    if (!(await stat(file)).isFile()) throw new UsageError(`not a file: ${file}`);
    bytes = await readFile(file);
  } catch (error) {
    if (error instanceof UsageError) throw error;
    throw new UsageError(`cannot open ${file}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
  }
  // Read like the audit reads: in a reader thread, within the same budget.
  const ocr = ocrSettingsFor(ocrMode);
  const reader = createReader({ jobs: 1, ocr: { settings: ocr.settings, unavailable: ocr.engine?.reason } });
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  const outcome = await reader.read(bytes, file, sha256).finally(() => reader.close());
  const pages = 'pages' in outcome ? outcome.pages : [];
  const documents = outcome.status === 'ok' ? recognizeFile(path.basename(file), pages, ruleset) : [];
  return {
    file,
    size: bytes.length,
    sha256,
    read: {
      status: outcome.status,
      kind: outcome.kind,
      pages: pages.length,
      reason: 'reason' in outcome ? outcome.reason : undefined,
      note: outcome.status === 'ok' ? outcome.note : undefined,
      pageErrors: 'pageErrors' in outcome ? outcome.pageErrors : [],
    },
    documents,
    ...(outcome.status === 'ok' && outcome.ocr ? { ocr: ocrPages(outcome.ocr, pages, ruleset.vocabulary.reviewBelow) } : {}),
  };
}

function ocrPages(engine: string, pages: PageText[], floor: number): NonNullable<Inspection['ocr']> {
  return {
    engine,
    floor,
    pages: pages
      .filter((p) => p.ocr)
      .map((p) => {
        const doubtful: { word: string; confidence: number }[] = [];
        let start = 0;
        for (let i = 0; i < p.ocr!.words.length; i += 2) {
          const end = p.ocr!.words[i];
          const confidence = p.ocr!.words[i + 1] / 100;
          if (confidence < floor) doubtful.push({ word: p.text.slice(start, end).trim(), confidence });
          start = end;
        }
        return { page: p.page, confidence: p.ocr!.confidence, ...(p.ocr!.seal !== undefined ? { seal: p.ocr!.seal } : {}), text: p.text, doubtful };
      }),
  };
}

/** What the recogniser looks for, per field, for a document of this type: shown when a field was not found. */
function triedFor(type: string, ruleset: Ruleset): { number: string; party: string; keyDate: string; officers: string } {
  const v = ruleset.vocabulary;
  const spec = ruleset.documents.find((d) => d.id === type);
  const list = (words: readonly string[], n = 6) => words.slice(0, n).join('/') + (words.length > n ? `/…(${words.length})` : '');
  const byDoc = v.party.byDocument[type as keyof typeof v.party.byDocument];
  return {
    number: spec?.numbered === false ? 'nothing: this form carries no number (documents.yaml numbered: false)' : `a 〔year〕…号 number on its own line or after ${list(v.docNumber.labels)} (vocabulary docNumber)`,
    party: [`labels ${list(v.party.labels)} (vocabulary party.labels)`, byDoc ? `${list(byDoc)} (party.byDocument)` : '', v.party.addresseeDocuments.includes(type as never) ? 'an addressee line "某某有限公司：" (party.addresseeDocuments)' : ''].filter(Boolean).join('; '),
    keyDate: spec ? `dates labelled ${spec.keyDate.labels.join('/') || '(none)'}, then the ${spec.keyDate.fallback} date (documents.yaml keyDate)` : 'nothing: unknown type',
    officers: `labels ${list(v.officers.labels)} (vocabulary officers.labels)`,
  };
}

/** Field names under --lang zh. */
const FIELD_ZH: Record<string, string> = {
  number: '文号',
  party: '当事人',
  'credit code': '信用代码',
  'key date': '关键日期',
  served: '送达文书',
  fine: '罚款',
  unit: '办案单位',
  period: '期间',
  waived: '放弃',
};

export function renderInspection(x: Inspection, ruleset: Ruleset, c: ChalkInstance, lang: 'zh' | 'en' = 'en'): string {
  const zh = lang === 'zh';
  /** the English wording, or the Chinese one under --lang zh */
  const t = (en: string, cn: string) => (zh ? cn : en);
  const out: string[] = [];
  const names = new Map(ruleset.documents.map((d) => [d.id, d.name]));
  out.push(c.bold(x.file) + c.dim(t(`  ${x.read.kind}, ${x.read.pages} page(s), ${x.size} bytes, sha256 ${x.sha256.slice(0, 12)}…`, `  ${x.read.kind}，${x.read.pages}页，${x.size}字节，sha256 ${x.sha256.slice(0, 12)}…`)));
  if (x.read.status !== 'ok') out.push(c.yellow(t(`  read: ${x.read.status} — ${x.read.reason ?? ''}`, `  读取：${x.read.status} — ${x.read.reason ?? ''}`)));
  if (x.read.note) out.push(c.yellow(t(`  note: ${x.read.note}`, `  说明：${x.read.note}`)));
  for (const e of x.read.pageErrors) out.push(c.yellow(t(`  page ${e.page} could not be read: ${e.reason}`, `  第${e.page}页无法读取：${e.reason}`)));
  if (x.ocr) {
    out.push(c.cyan(t(`  read by OCR: ${x.ocr.engine}`, `  经OCR识读：${x.ocr.engine}`)));
    for (const p of x.ocr.pages) {
      const low = p.doubtful.map((w) => `${w.word}(${Math.round(w.confidence * 100)}%)`).join(' ');
      out.push(t(`  OCR page ${p.page}, confidence ${p.confidence.toFixed(2)}`, `  OCR 第${p.page}页，置信度${p.confidence.toFixed(2)}`) + (p.seal !== undefined ? c.red(t(`, red seal seen (${p.seal.toFixed(2)})`, `，见红色印章（${p.seal.toFixed(2)}）`)) : '') + (low ? c.yellow(t(`; below ${x.ocr.floor}: `, `；低于${x.ocr.floor}：`) + neutraliseText(low, 'terminal')) : ''));
      for (const line of p.text.split('\n')) out.push(c.dim(`    │ ${neutraliseText(line, 'terminal')}`));
    }
  }
  x.documents.forEach((d, i) => {
    const f = d.fields;
    const pages = d.pages ? t(`pages ${d.pages[0]}–${d.pages[1]}`, `第${d.pages[0]}–${d.pages[1]}页`) : '';
    out.push('');
    out.push(c.bold(t(`document ${i + 1}`, `文书 ${i + 1}`)) + `  ${pages}  ` + c.cyan(d.type) + ` ${names.get(d.type) ?? ''}`);
    out.push(t(`  type        by ${d.by}, confidence ${d.confidence.toFixed(2)}: ${JSON.stringify(d.evidence)}`, `  类型        依据${({ title: '标题', filename: '文件名', content: '内容' } as Record<string, string>)[d.by] ?? d.by}，置信度${d.confidence.toFixed(2)}：${JSON.stringify(d.evidence)}`) + (d.ocr ? c.cyan(t(`  (OCR, page confidence ${d.ocr.confidence.toFixed(2)})`, `（OCR，页置信度${d.ocr.confidence.toFixed(2)}）`)) : ''));
    const tried = triedFor(d.type, ruleset);
    const row = (label: string, value: string | undefined, src?: Source, field?: keyof typeof tried) => {
      const how = src?.via ? c.dim(`   [${src.via}${src.confidence !== undefined ? t(`, confidence ${src.confidence.toFixed(2)}`, `，置信度${src.confidence.toFixed(2)}`) : ''}]`) : '';
      // what was tried is vocabulary data (labels and file keys), shown as it is in both languages
      const missing = field && tried[field] ? c.dim(t(`— not found; tried ${tried[field]}`, `— 未找到；已尝试 ${tried[field]}`)) : c.dim(t('— not found', '— 未找到'));
      const shown = zh ? (FIELD_ZH[label] ?? label) : label;
      out.push(`  ${shown.padEnd(zh ? 11 - Math.ceil(shown.length) : 11)} ${value === undefined ? missing : value}${src ? c.dim(`   ← ${t('p', '第')}${src.page ?? '?'}${t('', '页')} “${src.quote}”`) : ''}${how}`);
    };
    row('number', f.docNumber ? `${f.docNumber.raw}${f.docNumber.caseRef ? ` ${t('→ case', '→ 案件')} ${f.docNumber.caseRef.issuer ? `${f.docNumber.caseRef.issuer} ` : ''}${f.docNumber.caseRef.year}/${f.docNumber.caseRef.serial}` : ''}${f.docNumber.bracket && f.docNumber.bracket !== '〔〕' ? c.yellow(` (non-standard bracket ${f.docNumber.bracket})`) : ''}` : undefined, f.docNumber, 'number');
    row('party', f.party ? `${f.party.name}${f.partyKind ? (zh ? `（${({ organisation: '单位', individual: '个人' } as Record<string, string>)[f.partyKind] ?? f.partyKind}）` : ` (${f.partyKind})`) : ''}` : undefined, f.party, 'party');
    row('credit code', f.creditCode ? `${f.creditCode.code}${f.creditCode.valid ? '' : c.yellow(t(' (check digit wrong)', '（校验位错误）'))}` : undefined, f.creditCode);
    row('key date', f.keyDate ? `${f.keyDate.date}${f.keyDate.label ? ` (${f.keyDate.label})` : ''}` : undefined, f.keyDate, 'keyDate');
    if (d.type === 'service-receipt') row('served', f.servedDocument ? `${f.servedDocument.type} ${f.servedDocument.title}` : undefined, f.servedDocument);
    if (f.fine || ['penalty-decision', 'onsite-penalty-decision', 'payment-receipt'].includes(d.type)) row('fine', f.fine ? `${f.fine.yuan} 元` : undefined, f.fine);
    if (f.unit) row('unit', f.unit.name, f.unit);
    if (f.period) row('period', t(`${f.period.days} ${f.period.unit} days`, `${f.period.days}${f.period.unit === 'working' ? '个工作日' : '日'}`), f.period);
    if (f.waived) row('waived', t('yes', '是'), f.waived);
    const at = (page: number | undefined) => (zh ? `第${page ?? '?'}页` : `p${page ?? '?'}`);
    out.push(`  ${t('dates      ', '日期      ')} ${f.dates.length === 0 ? c.dim(t('— none', '— 无')) : ''}`);
    for (const dt of f.dates) out.push(`    ${dt.date}${dt.time ? ' ' + dt.time : ''}  ${dt.label || c.dim(t('(no label)', '（无标签）'))}${c.dim(`   ← ${at(dt.page)} “${dt.quote}”`)}`);
    out.push(`  ${t('officers   ', '执法人员  ')} ${f.officers.length === 0 ? c.dim(t(`— none; tried ${tried.officers}`, `— 无；已尝试 ${tried.officers}`)) : c.dim(t(`(${f.officerLabels ?? 0} officer label(s) read)`, `（读到执法人员标签${f.officerLabels ?? 0}个）`))}`);
    for (const o of f.officers) out.push(`    ${o.name}  ${o.certificate ?? c.yellow(t('no certificate number', '未载明执法证号'))}${c.dim(`   ← ${at(o.page)} “${o.quote}”`)}`);
    out.push(`  ${t('citations  ', '引用条文  ')} ${f.citations.length === 0 ? c.dim(t('— none', '— 无')) : ''}`);
    for (const ct of f.citations) {
      const parts = [ct.article && `第${ct.article}条`, ct.paragraph && `第${ct.paragraph}款`, ct.item && `第${ct.item}项`].filter(Boolean).join('');
      out.push(`    《${ct.law}》${parts || c.yellow(ct.standard ? t(' (standard clause)', '（标准条款）') : t(' (no article)', '（未写明条）'))}${c.dim(`   ← ${at(ct.page)} “${ct.quote}”`)}`);
    }
  });
  if (x.documents.length === 0 && x.read.status === 'ok') out.push(c.yellow(t('  no document recognised', '  未识别出文书')));
  return out.join('\n') + '\n';
}
