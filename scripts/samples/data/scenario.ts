/**
 * The shape of one case scenario. Cases are data (cases.ts); the templates turn a scenario into
 * documents, and `tweaks` are the only way a planted defect enters the documents, so each defect is
 * visible in one place next to the `defects` list that declares it.
 */
import type { Defect, DocumentType, ManifestOfficer } from '../lib/types.js';
import type { Unit } from './officers.js';
import type { ViolationId } from './laws.js';

export interface Person {
  name: string;
  sex: '男' | '女';
  age: number;
  idNumber: string;
  title: string;
  phone: string;
  address: string;
}

export interface Party {
  kind: 'organisation';
  name: string;
  creditCode: string;
  address: string;
  repTitle: '法定代表人' | '投资人' | '负责人';
  rep: Person;
  phone: string;
  /** 营业执照 details */
  entType: string;
  capital: string;
  founded: string;
  scope: string;
  staff: number;
}

export interface Interview {
  date: string;
  time: [string, string];
  person: Person;
  /** where: 询问地点 */
  place: string;
}

export interface Dates {
  inspection: string;
  inspectionTime: [string, string];
  filing?: string;
  report?: string;
  /** 告知书 (and 听证告知书) issued */
  notice?: string;
  noticeServed?: string;
  statement?: string;
  legalReview?: string;
  /** the party asked for a hearing: request, notice of the hearing (≥ 7 working days ahead), hearing, report */
  hearing?: { requested: string; notice: string; held: string; report: string };
  collective?: string;
  caseApproval?: string;
  extension?: { date: string; until: string };
  decision: string;
  decisionServed?: string;
  payment: string;
  closing?: string;
  archived?: string;
  rectification?: { order: string; deadline: string; review: string };
  preservation?: { notice: string; decision: string; items: string[] };
}

export interface Layout {
  naming: 'plain' | 'numbered' | 'dated' | 'scan' | 'combined';
  order: 'chronological' | 'decision-first';
  /** the decision file named after its number: （射）应急罚〔2023〕12号 行政处罚决定书.pdf */
  decisionNamedByNumber?: boolean;
  combinedName?: string;
  subfolder?: { name: string; types: DocumentType[] };
  /** the first inquiry record is written as .docx instead of PDF */
  docxInquiry?: boolean;
  junk?: ('lock' | 'thumbs' | 'dsstore')[];
  /** a byte-identical copy of this document's file, named with "(1)" */
  duplicate?: DocumentType;
  /** this document is a scanned image with no text layer */
  scanned?: DocumentType;
}

/** Deliberate deviations; each one is declared in `defects` of the same scenario. */
export interface Tweaks {
  omit?: DocumentType[];
  /** 告知书 printed from a pre-2021 template: 行政处罚法 第三十一条、第三十二条, 三日内 */
  noticeOldTemplate?: boolean;
  /** decision cites 《安全生产法》 without 条 */
  decisionImprecise?: boolean;
  /** the decision's service receipt names another serial */
  decisionReceiptSerial?: number;
  /** party name as printed on the decision */
  decisionPartyName?: string;
  paidAmount?: number;
  inspectionOfficers?: ManifestOfficer[];
  inquiryOfficers?: { asker: ManifestOfficer; recorder: ManifestOfficer };
}

export interface RegisterInfo {
  source: '日常检查' | '举报' | '专项检查' | '事故调查' | '双随机抽查';
  review: string;
  /** dates typed as text like 2023.03.05 instead of date cells */
  textDates?: boolean;
  /** fine typed in the register when it differs from the decision (planted) */
  fine?: number;
  /** the case has no row in the register (planted) */
  omit?: boolean;
}

export interface Scenario {
  key: string;
  folder: string;
  unit: Unit;
  /** no-penalty: 不予行政处罚; transfer: 移送司法机关 (both end without a penalty decision) */
  procedure: 'general' | 'simple' | 'no-penalty' | 'transfer';
  year: number;
  serial: number;
  numberStyle?: {
    /** serial as printed, e.g. 第087 */
    printed?: string;
    /** documents whose number uses [2022] instead of 〔2022〕 */
    squareOn?: DocumentType[];
  };
  party: Party;
  violation: ViolationId;
  /** where the inspection took place */
  place: string;
  fine: number;
  officers: [string, string];
  interviews: Interview[];
  dates: Dates;
  /** signature dates on decisions/notices in Chinese numerals (二〇二三年四月一日) */
  numeralDates?: boolean;
  /** payment slip form: 非税收入一般缴款书 or 罚款缴纳凭证 */
  paymentForm?: '非税收入一般缴款书' | '罚款缴纳凭证';
  statementText?: string;
  layout: Layout;
  tweaks?: Tweaks;
  defects: Defect[];
  register: RegisterInfo;
}
