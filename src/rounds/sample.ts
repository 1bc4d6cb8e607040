/**
 * 随机抽查: a reproducible, unit-stratified random sample of closed cases from the register (台账).
 *
 * The draw is a pure function of the register rows and the options, so anyone holding the same
 * register and seed re-draws the same cases:
 *
 * 1. Frame. Rows are filtered by closing-date window and procedure, keyed by their normalised case
 *    number (or, without one, by their content) and sorted by that key, so row order in the file
 *    does not matter. The frame hash is SHA-256 over the lines `key<TAB>unit<LF>` in frame order.
 * 2. PRNG. sfc32 (Chris Doty-Humphrey's Small Fast Counter, 32-bit), its four state words the first
 *    16 bytes (big-endian) of SHA-256(seed UTF-8 ‖ 0x00 ‖ frame hash in hex), then 12 outputs
 *    discarded. Integers below n are drawn by rejection (no modulo bias).
 * 3. Draw. Strata (units; rows without a unit together as （未载明办案单位）) in code-point order of
 *    their names, one PRNG stream throughout. A stratum of n rows with quota q ≥ n is taken whole
 *    without drawing; otherwise a partial Fisher–Yates over its rows in frame order: for i = 0 … q−1,
 *    j = i + below(n − i), swap i and j; the first q are selected.
 */
import { createHash } from 'node:crypto';
import type { RegisterRow } from '../read/register.js';
import { NO_UNIT } from './identity.js';

export { NO_UNIT };

export interface SampleOptions {
  /** cases drawn per unit */
  perUnit: number;
  /** the seed, as typed */
  seed: string;
  /** units of the focus list draw ceil(perUnit × focusWeight) (default 2) */
  focusWeight?: number;
  /** units named by the focus list */
  focusUnits?: string[];
  /** inclusive closing-date window, YYYY-MM-DD */
  closedFrom?: string;
  closedTo?: string;
  procedure?: 'general' | 'simple';
}

export type ExclusionReason = 'no-closing-date' | 'closed-before' | 'closed-after' | 'no-procedure' | 'other-procedure';

export const EXCLUSION_LABELS: Record<ExclusionReason, string> = {
  'no-closing-date': '未载明结案日期',
  'closed-before': '结案日期早于抽查范围',
  'closed-after': '结案日期晚于抽查范围',
  'no-procedure': '未载明程序类型',
  'other-procedure': '程序类型不符',
};

export interface FrameRow {
  /** normalised case number, or `~` + the row's content when it has none */
  key: string;
  /** stratum: the unit, or NO_UNIT */
  unit: string;
  row: RegisterRow;
}

export interface SelectedCase {
  caseNumber?: string;
  party?: string;
  unit: string;
  procedure?: 'general' | 'simple';
  closingDate?: string;
  sheet: string;
  row: number;
}

export interface UnitDraw {
  unit: string;
  frameSize: number;
  /** named by the focus list */
  focus: boolean;
  /** cases due: perUnit, or ceil(perUnit × focusWeight) for a focus unit */
  quota: number;
  selected: number;
}

export interface Exclusion {
  reason: ExclusionReason;
  label: string;
  count: number;
  rows: { caseNumber?: string; sheet: string; row: number; closingDate?: string }[];
}

export interface SampleResult {
  seed: string;
  frameHash: string;
  /** register rows before filtering */
  rowsRead: number;
  frame: FrameRow[];
  excluded: Exclusion[];
  units: UnitDraw[];
  /** by unit (code-point order), then frame order */
  selection: SelectedCase[];
  /** focus units with no case in the frame */
  focusUnitsNotInFrame: string[];
  /** case-number keys that occur more than once in the frame */
  duplicateKeys: string[];
}

export const PRNG_DESCRIPTION =
  'sfc32 seeded with the first 16 bytes (4 big-endian uint32) of SHA-256(seed ‖ 0x00 ‖ frameHash hex), 12 outputs discarded; ' +
  'below(n) by rejection sampling; strata in code-point order of unit names, one stream; per stratum of n with quota q < n a partial ' +
  'Fisher–Yates over the frame order (i = 0…q−1: j = i + below(n−i), swap), first q selected; q ≥ n takes the stratum whole without drawing. ' +
  'frameHash = SHA-256 of "key\\tunit\\n" per frame row in frame order; key = case number NFKC, whitespace removed, brackets unified, 第 and leading zeros dropped.';

/** A case number in one spelling: NFKC, no whitespace, one style of bracket, 第087号 = 87号. */
export function normaliseCaseNumber(s: string): string {
  return s
    .normalize('NFKC')
    .replace(/\s+/g, '')
    .replace(/[〔【［[〖]/g, '[')
    .replace(/[〕】］\]〗]/g, ']')
    .replace(/第(\d+号)/g, '$1')
    .replace(/\d+/g, (d) => d.replace(/^0+(?=\d)/, ''));
}

/** Unit name as a stratum: trimmed, inner whitespace removed. */
export function stratumOf(unit: string | undefined): string {
  const u = unit?.replace(/\s+/g, '') ?? '';
  return u === '' ? NO_UNIT : u;
}

const unitKey = (u: string) => u.normalize('NFKC').replace(/\s+/g, '');

function frameKey(row: RegisterRow): string {
  if (row.caseNumber && row.caseNumber.trim() !== '') return normaliseCaseNumber(row.caseNumber);
  const parts = [row.party, row.unit, row.procedure, row.filingDate, row.decisionDate, row.closingDate, row.fine === undefined ? undefined : String(row.fine)];
  return '~' + parts.map((p) => (p ?? '').normalize('NFKC').replace(/\s+/g, '')).join('|');
}

/** Digit runs zero-padded so 〔2023〕9号 sorts before 〔2023〕12号. */
const sortKey = (key: string) => key.replace(/\d+/g, (d) => d.padStart(12, '0'));

const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** Frame order: key (natural), then the row's content, then sheet and row (ties between duplicate rows only). */
function compareFrame(a: FrameRow & { sk: string; content: string }, b: FrameRow & { sk: string; content: string }): number {
  return cmp(a.sk, b.sk) || cmp(a.content, b.content) || cmp(a.row.sheet, b.row.sheet) || a.row.row - b.row.row;
}

function exclusionOf(row: RegisterRow, o: SampleOptions): ExclusionReason | undefined {
  if (o.closedFrom || o.closedTo) {
    if (!row.closingDate) return 'no-closing-date';
    if (o.closedFrom && row.closingDate < o.closedFrom) return 'closed-before';
    if (o.closedTo && row.closingDate > o.closedTo) return 'closed-after';
  }
  if (o.procedure) {
    if (!row.procedure) return 'no-procedure';
    if (row.procedure !== o.procedure) return 'other-procedure';
  }
  return undefined;
}

/** The sampling frame: rows kept by the filters, in key order; what was left out and why. */
export function buildFrame(rows: RegisterRow[], options: SampleOptions): { frame: FrameRow[]; excluded: Exclusion[]; frameHash: string } {
  const excluded = new Map<ExclusionReason, Exclusion>();
  const kept: (FrameRow & { sk: string; content: string })[] = [];
  for (const row of rows) {
    const reason = exclusionOf(row, options);
    if (reason) {
      const e = excluded.get(reason) ?? { reason, label: EXCLUSION_LABELS[reason], count: 0, rows: [] };
      e.count++;
      e.rows.push({ caseNumber: row.caseNumber, sheet: row.sheet, row: row.row, closingDate: row.closingDate });
      excluded.set(reason, e);
      continue;
    }
    const key = frameKey(row);
    const { cells: _cells, sheet: _sheet, row: _row, ...content } = row;
    kept.push({ key, unit: stratumOf(row.unit), row, sk: sortKey(key), content: JSON.stringify(content, Object.keys(content).sort()) });
  }
  kept.sort(compareFrame);
  const frame = kept.map(({ key, unit, row }) => ({ key, unit, row }));
  const hash = createHash('sha256');
  for (const f of frame) hash.update(`${f.key}\t${f.unit}\n`, 'utf8');
  const order = Object.keys(EXCLUSION_LABELS) as ExclusionReason[];
  return {
    frame,
    excluded: [...excluded.values()].sort((a, b) => order.indexOf(a.reason) - order.indexOf(b.reason)),
    frameHash: hash.digest('hex'),
  };
}

/** sfc32: four 32-bit words of state, a counter among them; period ≥ 2^32, passes PractRand to 2^60. */
export function sfc32(a: number, b: number, c: number, d: number): () => number {
  return () => {
    a >>>= 0;
    b >>>= 0;
    c >>>= 0;
    d >>>= 0;
    const t = (((a + b) >>> 0) + d) >>> 0;
    d = (d + 1) >>> 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) >>> 0;
    c = ((c << 21) | (c >>> 11)) >>> 0;
    c = (c + t) >>> 0;
    return t;
  };
}

/** The generator for a seed and a frame: state from SHA-256(seed ‖ 0x00 ‖ frameHash), 12 outputs discarded. */
export function seededRandom(seed: string, frameHash: string): () => number {
  const digest = createHash('sha256').update(seed, 'utf8').update(Buffer.from([0])).update(frameHash, 'utf8').digest();
  const next = sfc32(digest.readUInt32BE(0), digest.readUInt32BE(4), digest.readUInt32BE(8), digest.readUInt32BE(12));
  for (let i = 0; i < 12; i++) next();
  return next;
}

/** A uniform integer in [0, n), 1 ≤ n ≤ 2^32, by rejection. */
export function below(next: () => number, n: number): number {
  if (!Number.isInteger(n) || n < 1 || n > 2 ** 32) throw new RangeError(`below(${n})`);
  const limit = Math.floor(2 ** 32 / n) * n;
  for (;;) {
    const x = next();
    if (x < limit) return x % n;
  }
}

/** ceil(perUnit × weight), immune to 10 × 1.1 = 11.000000000000002. */
export function focusQuota(perUnit: number, weight: number): number {
  return Math.ceil(Number((perUnit * weight).toFixed(9)));
}

/** Draw the sample. */
export function drawSample(rows: RegisterRow[], options: SampleOptions): SampleResult {
  if (!Number.isInteger(options.perUnit) || options.perUnit < 1) throw new RangeError(`perUnit must be a positive integer, got ${options.perUnit}`);
  const weight = options.focusWeight ?? 2;
  const { frame, excluded, frameHash } = buildFrame(rows, options);

  const strata = new Map<string, FrameRow[]>();
  for (const f of frame) {
    const s = strata.get(f.unit);
    if (s) s.push(f);
    else strata.set(f.unit, [f]);
  }
  const focusKeys = new Set((options.focusUnits ?? []).map(unitKey));
  const names = [...strata.keys()].sort(cmp);
  const next = seededRandom(options.seed, frameHash);
  const units: UnitDraw[] = [];
  const chosen: FrameRow[] = [];
  for (const unit of names) {
    const members = [...strata.get(unit)!];
    const focus = focusKeys.has(unitKey(unit));
    const quota = focus ? focusQuota(options.perUnit, weight) : options.perUnit;
    const n = members.length;
    let picked: FrameRow[];
    if (quota >= n) picked = members;
    else {
      for (let i = 0; i < quota; i++) {
        const j = i + below(next, n - i);
        [members[i], members[j]] = [members[j], members[i]];
      }
      picked = members.slice(0, quota);
    }
    // back in frame order within the unit, so the list reads like the register
    const position = new Map(strata.get(unit)!.map((f, i) => [f, i]));
    picked.sort((a, b) => position.get(a)! - position.get(b)!);
    for (const p of picked) chosen.push(p);
    units.push({ unit, frameSize: n, focus, quota, selected: picked.length });
  }

  const inFrame = new Set(names.map(unitKey));
  const counts = new Map<string, number>();
  for (const f of frame) if (!f.key.startsWith('~')) counts.set(f.key, (counts.get(f.key) ?? 0) + 1);
  return {
    seed: options.seed,
    frameHash,
    rowsRead: rows.length,
    frame,
    excluded,
    units,
    selection: chosen.map(({ unit, row }) => ({
      caseNumber: row.caseNumber,
      party: row.party,
      unit,
      procedure: row.procedure,
      closingDate: row.closingDate,
      sheet: row.sheet,
      row: row.row,
    })),
    focusUnitsNotInFrame: [...new Set(options.focusUnits ?? [])].filter((u) => !inFrame.has(unitKey(u))),
    duplicateKeys: [...counts].filter(([, c]) => c > 1).map(([k]) => k),
  };
}
