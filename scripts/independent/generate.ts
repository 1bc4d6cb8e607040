/**
 * Generates the independent test archive (test/independent/archive) and its truth file
 * (test/independent/truth.json, same format as samples/manifest.json).
 *
 *   npx tsx scripts/independent/generate.ts
 *
 * Deterministic: same bytes on every run (fixed PDF Info dates, fixed .docx timestamps, no
 * randomness). Before writing, every case's dates are checked against the holiday calendar:
 * clean cases must meet every limit, defective cases must break exactly the limits they claim.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import * as OpenCC from 'opencc-js';
import { CASES } from './cases.js';
import { renderDocx } from './lib/docx.js';
import { imageOnlyPdf, rasterize, renderPdf, type Line, type PdfDoc } from './lib/pdf.js';
import { addWorkdays, daysBetween, workday } from './lib/text.js';
import type { Built, CaseDef, Truth } from './model.js';
import * as T from './templates.js';

const ROOT = path.resolve('test/independent');
const ARCHIVE = path.join(ROOT, 'archive');
const toTrad = OpenCC.Converter({ from: 'cn', to: 'tw' });

function build(c: CaseDef, key: string, count: number): Built {
  const [kind, arg] = key.split(':');
  switch (kind) {
    case 'cover': return T.cover(c, count);
    case 'archive': return T.archiveNote(c, count);
    case 'identity': return T.identity(c);
    case 'filing': return T.filing(c);
    case 'inspection': return T.inspection(c);
    case 'order': return T.rectificationOrder(c);
    case 'review': return T.rectificationReview(c);
    case 'inquiry': return T.inquiry(c, Number(arg));
    case 'report': return T.report(c);
    case 'notice': return T.notice(c);
    case 'hearing': return T.hearing(c);
    case 'receipt': return T.receipt(c, arg as 'notice' | 'hearing' | 'decision');
    case 'statement': return T.statement(c);
    case 'legal': return T.legalReview(c);
    case 'collective': return T.collective(c);
    case 'approval': return T.approval(c);
    case 'decision': return T.decision(c);
    case 'onsite': return T.onsite(c);
    case 'payment': return T.payment(c);
    case 'closing': return T.closing(c);
    default: throw new Error(`unknown document key ${key}`);
  }
}

/** archive parts, copies and bank slips carry no running header/footer or page chrome */
const BARE = new Set(['cover', 'contents', 'archive-note', 'party-identity', 'payment-receipt']);

function pdfDoc(c: CaseDef, b: Built, trad: boolean): PdfDoc {
  const bare = BARE.has(b.type);
  const style = bare ? { font: c.fam.style({ trad }).font } : c.fam.style({ trad });
  if (!bare && b.chrome) style.chrome = b.chrome;
  if (!trad) return { lines: b.lines, style };
  const conv = (l: Line): Line => (typeof l === 'string' ? toTrad(l) : 't' in l ? { ...l, t: toTrad(l.t) } : 'cols' in l ? { ...l, cols: [toTrad(l.cols[0]), toTrad(l.cols[1])] } : l);
  return {
    lines: b.lines.map(conv),
    style: { ...style, header: style.header && toTrad(style.header), chrome: style.chrome?.map(toTrad) },
  };
}

// ------------------------------------------------------------------ date checks

function checkDates(c: CaseDef): string[] {
  const d = c.d;
  const problems: string[] = [];
  const all = Object.entries(d).flatMap(([k, v]) => (typeof v === 'string' ? [[k, v] as const] : Array.isArray(v) ? v.map((x) => [k, x] as const) : []));
  for (const [k, v] of all) if (k !== 'orderDeadline' && !workday(v)) problems.push(`${k} ${v} is not a working day`);
  const new2021 = (d.filing ?? d.decision) >= '2021-07-15';
  const broken = new Set<string>();
  if (c.procedure === 'general') {
    if (daysBetween(d.filing!, d.decision) > 30) broken.add('decision-within-30d');
    const serviceLimit = new2021 ? addWorkdays(d.decision, 7) : addDaysCal(d.decision, 7);
    // the ruleset's ids: 7 working days under the 2021 law, 7 calendar days (service-within-7d) before it
    if (d.decisionServed! > serviceLimit) broken.add(new2021 ? 'service-within-7wd' : 'service-within-7d');
    const stmtEnd = new2021 ? addWorkdays(d.noticeServed!, 3) : addWorkdays(d.noticeServed!, 3);
    if (!(d.decision > stmtEnd)) broken.add('statement-period');
    if (d.hearing) {
      const hEnd = new2021 ? addWorkdays(d.noticeServed!, 5) : addWorkdays(d.noticeServed!, 3);
      if (!(d.decision > hEnd)) broken.add('hearing-request');
    }
    if (daysBetween(d.decisionServed!, d.payment) > 15) broken.add('payment-within-15d');
    const order = ['inspection', 'filing', 'report', 'notice', 'approval', 'decision', 'decisionServed', 'payment', 'closing', 'archive'] as const;
    for (let i = 1; i < order.length; i++) {
      const a = d[order[i - 1]] as string | undefined;
      const b = d[order[i]] as string | undefined;
      if (a && b && a > b) problems.push(`order: ${order[i - 1]} ${a} > ${order[i]} ${b}`);
    }
    for (const x of d.inquiry) if (x < d.filing! || x > d.report!) problems.push(`inquiry ${x} outside filing..report`);
    for (const x of [d.legal, d.collective, d.statement]) if (x && (x < d.noticeServed! || x > d.decision)) problems.push(`step ${x} outside notice..decision`);
    if (d.review && (d.review > d.orderDeadline! || d.review < d.order!)) problems.push('review outside the rectification period');
  } else {
    if (daysBetween(d.decision, d.payment) > 15) broken.add('payment-within-15d');
    if (c.fine > (c.party.kind === 'organisation' ? 3000 : 200)) broken.add('simple-limit');
  }
  const claimed = new Set(c.defects.filter((x) => x.rule === 'deadline-missed' || x.rule === 'period-not-observed').map((x) => x.key));
  for (const b of broken) if (!claimed.has(b)) problems.push(`unplanned broken limit ${b}`);
  for (const b of claimed) if (!broken.has(b)) problems.push(`planted limit ${b} is not actually broken`);
  return problems;
}
function addDaysCal(iso: string, n: number): string {
  const t = new Date(`${iso}T00:00:00Z`);
  t.setUTCDate(t.getUTCDate() + n);
  return t.toISOString().slice(0, 10);
}

// ------------------------------------------------------------------ main

interface FileTruth {
  path: string;
  case: string | null;
  noText?: true;
  documents: (Truth & { pages: [number, number] })[];
}

async function main(): Promise<void> {
  const errors = CASES.flatMap((c) => checkDates(c).map((p) => `${c.folder}: ${p}`));
  if (errors.length) throw new Error(`date plan problems:\n  ${errors.join('\n  ')}`);

  rmSync(ARCHIVE, { recursive: true, force: true });
  const files: FileTruth[] = [];
  const cases: unknown[] = [];

  for (const c of CASES) {
    const folder = path.join(ARCHIVE, c.folder);
    mkdirSync(folder, { recursive: true });
    const count = c.files.reduce((n, f) => n + f.docs.length, 0);
    const rendered = new Map<string, { truth: FileTruth; pageCounts: number[]; built: Built[] }>();
    const write = async (spec: (typeof c.files)[number], built: Built[]) => {
      const rel = `archive/${c.folder}/${spec.file}`;
      let bytes: Buffer;
      let ranges: [number, number][];
      if (spec.as === 'docx') {
        if (built.length !== 1) throw new Error('a .docx holds one document');
        const b = built[0];
        bytes = await renderDocx(b.lines, { title: b.title, header: b.header ?? c.fam.agency });
        ranges = [[1, 1]];
      } else {
        const out = await renderPdf(built.map((b) => pdfDoc(c, b, !!spec.trad)));
        ranges = out.ranges;
        bytes = out.bytes;
        if (spec.as === 'scan') {
          if (ranges.length !== 1 || ranges[0][1] !== 1) throw new Error(`${rel}: a scan must be one page`);
          bytes = await imageOnlyPdf(rasterize(bytes));
        }
      }
      writeFileSync(path.join(folder, spec.file), bytes);
      const truth: FileTruth = {
        path: rel,
        case: `archive/${c.folder}`,
        ...(spec.as === 'scan' ? { noText: true as const } : {}),
        documents: built.map((b, i) => (spec.as === 'scan' ? { pages: ranges[i], type: b.type, officers: [], citations: [] } : { pages: ranges[i], ...b.truth })),
      };
      rendered.set(spec.file, { truth, pageCounts: ranges.map(([a, z]) => z - a + 1), built });
    };
    for (const spec of c.files) {
      if (spec.docs.includes('contents')) continue;
      await write(spec, spec.docs.map((k) => build(c, k, count)));
    }
    const contentsSpec = c.files.find((f) => f.docs.includes('contents'));
    if (contentsSpec) {
      const rows: { title: string; number?: string; date?: string; pages: string }[] = [];
      let page = 1;
      for (const spec of c.files) {
        const r = rendered.get(spec.file);
        if (!r) continue;
        r.built.forEach((b, i) => {
          if (b.type === 'cover') return;
          const n = r.pageCounts[i];
          const own = ['service-receipt', 'payment-receipt'].includes(b.type) ? undefined : b.truth.docNumber;
          rows.push({ title: b.title, number: own, date: b.truth.keyDate, pages: n > 1 ? `${page}-${page + n - 1}` : String(page) });
          page += n;
        });
      }
      await write(contentsSpec, [T.contents(c, rows)]);
    }
    for (const spec of c.files) files.push(rendered.get(spec.file)!.truth);

    const p = c.party;
    cases.push({
      folder: `archive/${c.folder}`,
      caseNumber: T.caseNumber(c),
      caseRef: { year: c.year, serial: c.serial },
      unit: c.unit,
      procedure: c.procedure,
      party: p.name,
      ...(p.code ? { creditCode: p.code } : {}),
      partyKind: p.kind,
      fine: c.fine,
      ...(c.d.filing ? { filingDate: c.d.filing } : {}),
      decisionDate: c.d.decision,
      ...(c.d.decisionServed ? { serviceDate: c.d.decisionServed } : {}),
      paymentDate: c.d.payment,
      ...(c.d.closing ? { closingDate: c.d.closing } : {}),
      clean: c.clean,
      defects: c.defects,
    });
  }

  const truth = { generator: 'scripts/independent/generate.ts', cases, files };
  writeFileSync(path.join(ROOT, 'truth.json'), `${JSON.stringify(truth, null, 1)}\n`);
  const docs = files.reduce((n, f) => n + f.documents.length, 0);
  console.log(`independent archive: ${CASES.length} cases, ${files.length} files, ${docs} documents → ${path.relative(process.cwd(), ARCHIVE)}`);
}

await main();
