/** Types shared by the independent archive's case definitions and document templates. */
import type { Cite, CiteStyle, DateStyle } from './lib/text.js';
import type { PageStyle } from './lib/pdf.js';

export interface Officer {
  name: string;
  cert: string;
}

export interface Party {
  name: string;
  kind: 'organisation' | 'individual';
  code?: string;
  addr: string;
  rep?: string;
  repTitle?: string;
  phone: string;
  /** individuals */
  sex?: string;
  born?: string;
  idNo?: string;
  employer?: string;
  /** registration details for the licence copy */
  regType?: string;
  capital?: string;
  founded?: string;
  regAuthority?: string;
}

export interface Family {
  id: 'H' | 'Z' | 'G';
  agency: string;
  num: (cls: string, year: number, serial: string) => string;
  body: DateStyle;
  seal: DateStyle;
  field: DateStyle;
  citeStyle: CiteStyle;
  style: (opts: { chrome?: string[]; trad?: boolean }) => PageStyle;
  /** header text glued in front of a title on the same line */
  glue?: string;
  govt: string;
  upper: string;
  court: string;
  leader: string;
  reviewers: [Officer, Officer];
  room: string;
  bank: string;
  chrome?: (kind: string, c: CaseDef) => string[] | undefined;
}

export interface Dates {
  inspection: string;
  order?: string;
  orderDeadline?: string;
  review?: string;
  filing?: string;
  inquiry: string[];
  report?: string;
  notice?: string;
  noticeServed?: string;
  hearing?: boolean;
  statement?: string;
  legal?: string;
  collective?: string;
  approvalDraft?: string;
  approval?: string;
  decision: string;
  decisionServed?: string;
  payment: string;
  closingDraft?: string;
  closing?: string;
  archive?: string;
}

export interface Interviewee {
  name: string;
  sex: string;
  age: number;
  idNo: string;
  title: string;
  phone: string;
}

export interface Bugs {
  /** the inquiry record names one officer as both 询问人 and 记录人 */
  inquirySingleOfficer?: boolean;
  /** amount on the payment receipt */
  paymentAmount?: number;
  /** party name as printed on the 告知书 */
  noticeParty?: string;
  /** citations printed in the decision instead of violated+basis */
  decisionCites?: Cite[];
  /** the 告知书 says nothing of a hearing and no hearing notice exists */
  noHearing?: boolean;
}

export interface FileSpec {
  file: string;
  docs: string[];
  as?: 'pdf' | 'docx' | 'scan';
  trad?: boolean;
}

export interface CaseDef {
  fam: Family;
  folder: string;
  year: number;
  serial: string;
  /** printed serial (第015号 keeps its zeros on paper) */
  serialText?: string;
  num?: (cls: string) => string;
  dateStyle?: Partial<Record<'body' | 'seal' | 'field', DateStyle>>;
  unit: string;
  procedure: 'general' | 'simple';
  party: Party;
  fine: number;
  officers: [Officer, Officer];
  caseName: string;
  place: string;
  findings: string[];
  fact: string;
  violated: Cite[];
  basis: Cite[];
  d: Dates;
  witness: Interviewee;
  witness2?: Interviewee;
  files: FileSpec[];
  clean: boolean;
  defects: { rule: string; key: string; note: string }[];
  bugs?: Bugs;
}

export interface Truth {
  type: string;
  docNumber?: string;
  caseRef?: { year: number; serial: string };
  party?: string;
  creditCode?: string;
  keyDate?: string;
  fine?: number;
  officers: { name: string; certificate?: string }[];
  citations: Cite[];
  servedDocument?: string;
}

export interface Built {
  type: string;
  title: string;
  lines: import('./lib/pdf.js').Line[];
  truth: Truth;
  chrome?: string[];
  /** docx header/footer text */
  header?: string;
}
