import type { CaseDocument, CaseRef, DocumentType } from '../model/document.js';
import type { Location, NeedsReview } from '../model/report.js';
import type { RosterOfficer } from '../read/roster.js';
import type { Ruleset } from '../ruleset/load.js';
import type { CaseType, Regime } from '../ruleset/schema.js';

/** One file of a case as read: health facts for the file checks. */
export interface CaseFile {
  path: string;
  size: number;
  sha256: string;
  status: 'ok' | 'no-text' | 'encrypted' | 'unreadable' | 'unsupported';
  reason?: string;
  note?: string;
  pageErrors: { page: number; reason: string }[];
  /** set when byte-identical to an earlier file of the same case */
  duplicateOf?: string;
  /** set when pages were read by OCR: the engine and model that read them */
  ocr?: string;
}

/** What a case is, derived once from its documents (the decision first, then the majority). */
export interface CaseFacts {
  caseRef?: CaseRef;
  caseNumber?: string;
  party?: string;
  partyKind?: 'organisation' | 'individual';
  fine?: number;
  unit?: string;
  type: CaseType;
  /** regime by 立案 date (or decision date) */
  regime?: Regime;
  /** the regime whose rules are applied (a regime not yet encoded falls back) */
  applied?: Regime;
}

export interface AuditCase {
  folder: string;
  files: CaseFile[];
  documents: CaseDocument[];
  facts: CaseFacts;
  /** each document's normalised text, for checks that look for wording (not kept in the report) */
  text: Map<CaseDocument, string>;
}

/** A dated procedural step of a case (steps.yaml), with the document it was read from. */
export interface StepDate {
  step: string;
  document: CaseDocument;
  /** undefined when the document is there but its date could not be read */
  date?: string;
}

/** A needs-review item as a check reports it: the core picks the report's language. */
export type RawReview = Omit<NeedsReview, 'what' | 'reason' | 'rule'> & {
  /** the rule the defect would be: its `reviews` entry in rules.yaml holds the wording */
  rule: string;
  messageId: string;
  data: Record<string, unknown>;
};

/** What a check reports: the core adds severity, message, deduction and fingerprint (secretlint style). */
export interface RawFinding {
  rule: string;
  messageId: string;
  data: Record<string, unknown>;
  file?: string;
  page?: number;
  related?: (Location & { note?: string })[];
}

export interface CheckContext {
  kase: AuditCase;
  ruleset: Ruleset;
  /** certified officers (--roster); without it certificates are checked for presence only */
  roster?: RosterOfficer[];
  asOf: string;
  steps: Map<string, StepDate>;
  emit(finding: RawFinding): void;
  /** a check that could not be made for this case, and why: reported, never a silent pass */
  skip(check: string, reason: string, data?: Record<string, unknown>): void;
  /**
   * an input the check needed could not be read, or was read with low confidence: a person must look.
   * Use this, never emit, when the evidence for a defect is not positive.
   */
  review(item: RawReview): void;
  /** the vocabulary's confidence floor: a value read below it cannot carry a defect alone */
  confident(source: { confidence?: number } | undefined): boolean;
}

export interface Check {
  id: string;
  run(ctx: CheckContext): void;
}

/** A decision body shorter than this (characters) was not read whole: what it lacks proves nothing. */
export const MIN_DECISION_TEXT = 120;

export function docsOfType(kase: AuditCase, type: DocumentType): CaseDocument[] {
  return kase.documents.filter((d) => d.type === type);
}

/** Chinese name of a document type, for messages. */
export function docName(ruleset: Ruleset, type: string): string {
  return ruleset.documents.find((d) => d.id === type)?.name ?? type;
}

export function docNameEn(ruleset: Ruleset, type: string): string {
  return ruleset.documents.find((d) => d.id === type)?.en ?? type;
}
