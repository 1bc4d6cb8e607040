import { closeSync, mkdtempSync, openSync, readSync, rmSync, writeSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { normalisedDocuments } from '../model/document.js';
import { storedDocuments } from '../model/stored-documents.js';
import type { CaseResult } from '../model/report.js';

/**
 * Where audited cases' documents wait for the report writers on a large archive. The documents (each
 * one's fields, dates, officers, citations and their quotes) are nine tenths of a case: kept in memory
 * they made 10,000 cases need 500 MB of heap before anything was written. Every stage after a case's own
 * audit (register cross-check, rounds, scoring, targets) reads only a few of their fields, and the
 * writers read them once, case by case.
 *
 * A stowed case's `documents` stays a property of the case: reading it parses that case's documents
 * back from the file (a fresh copy each time, so nothing accumulates). Nothing changes documents after
 * the case's own audit; the spill is read-only from then on.
 */
export class DocumentSpill {
  private dir: string | undefined;
  private fd: number | undefined;
  private end = 0;
  private closed = false;

  /** Nothing is made on disk until the first case is stowed (most archives never are). */
  constructor(private readonly parent: string = os.tmpdir()) {}

  /** Write the case's documents out and read them from the file from now on. */
  stow(result: CaseResult): void {
    if (this.closed) throw new Error('document spill used after it was closed');
    // a cached case's documents wait in the cache file already (model/stored-documents.ts)
    if (storedDocuments.has(result)) return;
    if (this.fd === undefined) {
      this.dir = mkdtempSync(path.join(this.parent, 'caseaudit-spill-'));
      this.fd = openSync(path.join(this.dir, 'documents.jsonl'), 'w+');
    }
    const bytes = Buffer.from(JSON.stringify(result.documents) + '\n');
    writeSync(this.fd, bytes, 0, bytes.length, this.end);
    const offset = this.end;
    const length = bytes.length - 1;
    this.end += bytes.length;
    // documents that needed no validation (a cached case's) need none when read back either
    const normalised = normalisedDocuments.has(result.documents);
    Object.defineProperty(result, 'documents', {
      get: () => {
        const documents = this.read(offset, length);
        if (normalised) normalisedDocuments.add(documents);
        return documents;
      },
      enumerable: true,
      configurable: true,
    });
  }

  private read(offset: number, length: number): CaseResult['documents'] {
    if (this.fd === undefined) throw new Error('document spill read after it was closed');
    const buf = Buffer.allocUnsafe(length);
    let got = 0;
    while (got < length) {
      const n = readSync(this.fd, buf, got, length - got, offset + got);
      if (n <= 0) throw new Error('document spill is shorter than what was written to it');
      got += n;
    }
    return JSON.parse(buf.toString('utf8')) as CaseResult['documents'];
  }

  /** Remove the file; the stowed cases' documents cannot be read after this. */
  close(): void {
    this.closed = true;
    if (this.fd !== undefined) closeSync(this.fd);
    this.fd = undefined;
    if (this.dir) rmSync(this.dir, { recursive: true, force: true });
  }
}
