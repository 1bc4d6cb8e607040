import { z } from 'zod';

/**
 * Document-type ids (DESIGN.md "Stable ids"). These appear in reports, SARIF, waivers and
 * previous-round comparisons: add new ones, never rename.
 */
export const DOCUMENT_TYPES = [
  'filing-approval', // 立案审批表
  'inspection-record', // 现场检查记录
  'inquiry-record', // 询问笔录
  'investigation-report', // 案件调查终结报告
  'penalty-notice', // 行政处罚告知书
  'hearing-notice', // 听证告知书
  'statement-record', // 陈述申辩笔录
  'legal-review', // 法制审核意见书
  'collective-discussion', // 集体讨论记录
  'case-approval', // 案件处理呈批表
  'extension-approval', // 案件延期审批表
  'penalty-decision', // 行政处罚决定书
  'onsite-penalty-decision', // 行政(当场)处罚决定书
  'service-receipt', // 文书送达回执
  'payment-receipt', // 罚款缴纳凭证/收据
  'closing-approval', // 结案审批表
  'rectification-order', // 责令限期整改指令书
  'rectification-review', // 整改复查意见书
  'preservation-notice', // 先行登记保存证据通知书
  'preservation-decision', // 先行登记保存证据处理决定书
  'cover', // 卷宗封面
  'contents', // 卷内目录
  'archive-note', // 备考表
  'party-identity', // 营业执照/身份证复印件
  'other', // recognised as not a case document
  // added by issue 10 (append only: ids never change meaning)
  'statement-letter', // 陈述申辩书 / 放弃陈述申辩声明 (written by the party: no officers)
  'no-penalty-decision', // 不予行政处罚决定书
  'case-withdrawal-approval', // 撤案(销案)审批表
  'case-transfer', // 案件移送书 / 移送函
  'hearing-request', // 听证申请书 (written by the party)
  'hearing-meeting-notice', // 听证会通知书
  'hearing-record', // 听证笔录
  'hearing-report', // 听证会报告书
  'payment-deferral-approval', // 延期(分期)缴纳罚款审批表 / 批准书
  'surcharge-notice', // 加处罚款决定书 / 通知书
  'payment-demand', // 催告书 (行政强制法 art. 54)
  'enforcement-application', // 强制执行申请书
] as const;
export const DocumentType = z.enum(DOCUMENT_TYPES);
export type DocumentType = z.infer<typeof DocumentType>;

/** Calendar date as written in the report: ISO `YYYY-MM-DD`, no time zone (dates in case files are local). */
export const IsoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
export type IsoDate = z.infer<typeof IsoDate>;

/** Where a value was read: the original (un-normalised) text and the page it is on (1-based, within the file). */
export const Source = z.object({
  quote: z.string(),
  page: z.number().int().positive().optional(),
  /** the vocabulary entry or rule that found it (e.g. "party.labels: 被处罚单位"), shown by `inspect` */
  via: z.string().optional(),
  /**
   * how sure the reading is (0–1). Below the vocabulary's `reviewBelow`, a defect that rests on the value
   * becomes a needs-review item instead.
   */
  confidence: z.number().min(0).max(1).optional(),
});
export type Source = z.infer<typeof Source>;

/** A case reference read from a document number: year + serial identify the case (one serial per case). */
export const CaseRef = z.object({
  year: z.number().int(),
  /** serial as written without padding, e.g. "7", "k-39", "执法二中队-9" */
  serial: z.string(),
  /** who numbered it: place + agency without class characters or brackets (射应急, 豫0721环) */
  issuer: z.string().optional(),
});
export type CaseRef = z.infer<typeof CaseRef>;

export const DocNumber = Source.extend({
  /** the number as written, e.g. （射）应急罚〔2023〕12号 */
  raw: z.string(),
  /** 类别字, e.g. 罚, 罚告, 立 */
  classChars: z.string().optional(),
  caseRef: CaseRef.optional(),
  /** the year bracket used: 〔〕 is the standard form; others are a form defect */
  bracket: z.string().optional(),
});
export type DocNumber = z.infer<typeof DocNumber>;

export const DatedStep = Source.extend({
  date: IsoDate,
  /** the label in front of the date, e.g. 立案日期, 送达时间; empty when none */
  label: z.string(),
  /** HH:MM when a time was written with the date */
  time: z.string().optional(),
});
export type DatedStep = z.infer<typeof DatedStep>;

export const Officer = Source.extend({
  name: z.string(),
  /** 执法证号; absent when the record names the officer without one */
  certificate: z.string().optional(),
});
export type Officer = z.infer<typeof Officer>;

export const Citation = Source.extend({
  /** law title as written without 《》, e.g. 中华人民共和国安全生产法 or 安全生产法 */
  law: z.string(),
  article: z.number().int().optional(),
  paragraph: z.number().int().optional(),
  item: z.number().int().optional(),
  /** true for clauses of technical standards (第6.6.1.1条), which are not legal articles */
  standard: z.boolean().optional(),
});
export type Citation = z.infer<typeof Citation>;

export const Amount = Source.extend({
  /** yuan */
  yuan: z.number().nonnegative(),
});
export type Amount = z.infer<typeof Amount>;

/** The facts read out of one document. Every field keeps the text it came from. */
export const DocumentFields = z.object({
  docNumber: DocNumber.optional(),
  party: Source.extend({ name: z.string() }).optional(),
  /** 统一社会信用代码 (18 characters) */
  creditCode: Source.extend({ code: z.string(), valid: z.boolean() }).optional(),
  dates: z.array(DatedStep),
  /** the document type's own date: 立案 date, decision date, service date, payment date … */
  keyDate: DatedStep.optional(),
  fine: Amount.optional(),
  officers: z.array(Officer),
  /** how many officer labels (执法人员：, 检查人员：…) the text holds; 0 means officers were not looked at */
  officerLabels: z.number().int().nonnegative().optional(),
  /** text in officer lines that was neither a name nor known noise: the officer reading is not sure */
  officersUnread: z.array(z.string()).optional(),
  citations: z.array(Citation),
  /** on a service receipt: the type of the document it says was served */
  servedDocument: Source.extend({ type: DocumentType, title: z.string() }).optional(),
  /** on a decision: whether the party is an individual (个人) or an organisation */
  partyKind: z.enum(['individual', 'organisation']).optional(),
  /** 承办单位 / 办案单位 named on the document */
  unit: Source.extend({ name: z.string() }).optional(),
  /** on a notice: the 陈述申辩 (or hearing request) period it grants, as written */
  period: Source.extend({ days: z.number().int().positive(), unit: z.enum(['calendar', 'working']) }).optional(),
  /** on a statement record: the party waived its right to state and defend (放弃陈述申辩) */
  waived: Source.optional(),
});
export type DocumentFields = z.infer<typeof DocumentFields>;

/** How the type was decided: from the title in the first lines of the first page, or from the file name. */
export const RecognizedBy = z.enum(['title', 'filename', 'none']);

/** One document of a case: a whole file, or a page range of a combined PDF. */
export const CaseDocument = z.object({
  /** path relative to the audit root, with `/` separators; zip entries as `export.zip!/a/b.pdf` */
  file: z.string(),
  pages: z.tuple([z.number().int(), z.number().int()]).optional(),
  type: DocumentType,
  by: RecognizedBy,
  confidence: z.number().min(0).max(1),
  /** the title line that decided the type (or the file name) */
  evidence: z.string(),
  fields: DocumentFields,
  /** set when the file could not be read (or holds no text): typed from its name only, fields unknown */
  unread: z.string().optional(),
  /**
   * set when pages of it were read by OCR: their mean word confidence (0–1), in all and per page, and
   * on which pages a red seal (公章) was seen, with how sure (detection only: no rule uses it yet)
   */
  ocr: z
    .object({
      confidence: z.number().min(0).max(1),
      pages: z.array(z.object({ page: z.number().int(), confidence: z.number().min(0).max(1), seal: z.number().min(0).max(1).optional() })),
    })
    .optional(),
});
export type CaseDocument = z.infer<typeof CaseDocument>;

/**
 * Document arrays that are already exactly what the CaseDocument schema gives (validated, keys in the
 * schema's order): those of cached cases, normalised when they were stored. report.json does not run
 * them through the schema again (src/report/json.ts); a warm run spent a tenth of its time doing so.
 */
export const normalisedDocuments = new WeakSet<object>();
