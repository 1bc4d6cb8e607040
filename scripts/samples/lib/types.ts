/**
 * Shapes shared by the generator: what a template produces (a rendered document plus the facts it
 * prints) and the manifest written to samples/manifest.json (the truth for recognition tests).
 * Document-type ids come from the tool's own model so the two can never drift apart.
 */
import type { DocumentType } from '../../../src/model/document.js';

export type { DocumentType };

/** One printed line. A plain string is a left-aligned paragraph (wrapped by the writer). */
export type Line =
  | string
  | {
      text: string;
      align?: 'left' | 'center' | 'right';
      /** first-line indent, as in body paragraphs of the official forms */
      indent?: boolean;
      size?: number;
      /** extra space before the line, in line heights */
      gap?: number;
    };

export interface ManifestCitation {
  law: string;
  article?: number;
  paragraph?: number;
  item?: number;
}

export interface ManifestOfficer {
  name: string;
  certificate?: string;
}

/** What one document prints, for the manifest. Fields are present only when printed. */
export interface DocFacts {
  type: DocumentType;
  docNumber?: string;
  caseRef?: { year: number; serial: string };
  party?: string;
  creditCode?: string;
  keyDate?: string;
  fine?: number;
  officers: ManifestOfficer[];
  citations: ManifestCitation[];
  servedDocument?: DocumentType;
}

export interface ManifestDocument extends DocFacts {
  pages: [number, number];
}

/** A document ready to render: header, pages of body lines, and its facts. */
export interface BuiltDoc {
  title: string;
  /** the document-number line under the title, when the form has one */
  number?: string;
  /** titles set with spaces between characters (行 政 处 罚 案 卷), as some covers are */
  spacedTitle?: boolean;
  pages: Line[][];
  facts: DocFacts;
  /** short label for the 卷内目录 and for file names, e.g. 询问笔录（王建华） */
  label: string;
  /** date shown in the 卷内目录 and used by dated file names */
  date?: string;
}

export interface Defect {
  rule: string;
  key: string;
  note: string;
}

export interface ManifestCase {
  folder: string;
  caseNumber: string;
  caseRef: { year: number; serial: string };
  unit: string;
  procedure: 'general' | 'simple' | 'no-penalty' | 'transfer';
  party: string;
  creditCode?: string;
  partyKind: 'organisation' | 'individual';
  fine: number;
  filingDate: string;
  decisionDate: string;
  serviceDate?: string;
  paymentDate?: string;
  closingDate?: string;
  clean: boolean;
  defects: Defect[];
}

export interface ManifestFile {
  path: string;
  case: string | null;
  skip?: 'junk' | 'duplicate';
  /** for a skipped duplicate: the file it is a byte-identical copy of */
  duplicateOf?: string;
  noText?: true;
  documents: ManifestDocument[];
}

export interface Manifest {
  generator: string;
  cases: ManifestCase[];
  files: ManifestFile[];
  register: { path: string; sheet: string; headerRow: number; plantedMismatches: RegisterPlant[] };
  roster: { path: string; sheet: string; planted: RosterPlant[] };
}

export interface RegisterPlant {
  rule: 'register-mismatch' | 'register-case-missing' | 'register-folder-unlisted';
  key: string;
  case?: string;
  folder?: string;
  row?: number;
  register?: string | number;
  actual?: string | number;
  note: string;
}

export interface RosterPlant {
  rule: 'officer-certificate-invalid';
  key: DocumentType;
  folder: string;
  file: string;
  officer: string;
  certificate: string;
  note: string;
}
