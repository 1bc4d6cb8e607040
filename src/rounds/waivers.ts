import { readFile } from 'node:fs/promises';
import { yamlPackage } from '../ruleset/yaml.js';
import type { CaseResult, Finding } from '../model/report.js';
import { WaiversFile, type Waiver, type WaiverUse } from '../model/rounds.js';
import type { RuleCatalogue } from '../ruleset/rules.js';
import { caseKey } from './identity.js';

export class WaiverFileError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'WaiverFileError';
  }
}

export async function loadWaivers(file: string): Promise<Waiver[]> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    throw new WaiverFileError(`cannot read waivers file ${file}: ${(error as NodeJS.ErrnoException).code ?? error}`);
  }
  const parsed = WaiversFile.safeParse(yamlPackage().parse(text) ?? { waivers: [] });
  if (!parsed.success) {
    throw new WaiverFileError(`${file}: ` + parsed.error.issues.map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`).join('; '));
  }
  parsed.data.waivers.forEach((w, i) => {
    if (!w.fingerprint && !(w.case && w.rule && w.key)) throw new WaiverFileError(`${file}: waivers.${i} needs a fingerprint, or case + rule + key`);
  });
  return parsed.data.waivers;
}

function matches(rules: RuleCatalogue, w: Waiver, f: Finding, c: CaseResult | undefined): boolean {
  if (w.fingerprint) return w.fingerprint === f.fingerprint;
  const key = rules.get(f.rule)?.key;
  const caseMatches = c !== undefined && (w.case === c.caseNumber || w.case === c.folder || w.case === caseKey(c));
  return caseMatches && w.rule === f.rule && key !== undefined && String(f.data[key]) === w.key;
}

/** Expired: a date before the as-of date, or a round id that is already among the earlier rounds. */
function expired(w: Waiver, asOf: string, previousRounds: string[]): boolean {
  if (!w.expires) return false;
  if (/^\d{4}-\d{2}-\d{2}$/.test(w.expires)) return w.expires < asOf;
  return previousRounds.includes(w.expires);
}

/**
 * Apply accepted findings: a waived finding stays in the report, marked, and costs nothing. A waiver
 * never hides a veto item, and every waiver's fate (used, unused, expired, refused) is reported.
 */
export function applyWaivers(rules: RuleCatalogue, waivers: Waiver[], cases: CaseResult[], top: Finding[], asOf: string, previousRounds: string[]): WaiverUse[] {
  return waivers.map((waiver) => {
    if (expired(waiver, asOf, previousRounds)) return { waiver, state: 'expired', fingerprints: [] };
    const hits: { f: Finding; c?: CaseResult }[] = [];
    for (const c of cases) for (const f of c.findings) if (f.status !== 'resolved' && matches(rules, waiver, f, c)) hits.push({ f, c });
    for (const f of top) if (matches(rules, waiver, f, undefined)) hits.push({ f });
    if (hits.length === 0) return { waiver, state: 'unused', fingerprints: [] };
    if (hits.some((h) => h.f.veto)) return { waiver, state: 'refused-veto', fingerprints: hits.map((h) => h.f.fingerprint) };
    for (const h of hits) h.f.waived = { reason: waiver.reason, approver: waiver.approver };
    return { waiver, state: 'used', fingerprints: hits.map((h) => h.f.fingerprint) };
  });
}
