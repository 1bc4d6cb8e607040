/**
 * Regenerates the sample archive, register, roster, manifest and README under samples/, and the
 * reader fixtures under test/fixtures/files/. Deterministic: run it twice, get the same bytes.
 *
 *   npx tsx scripts/samples/generate.ts
 *
 * Flow: scenarios (data/cases.ts) → documents (templates/) → files (build-case.ts) → writers (lib/)
 * → manifest. Before anything is written, self-check.ts re-derives every case's defects from what the
 * documents print and fails the run if that differs from the declared ones.
 */
import { copyFileSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { renderDocx } from './lib/docx.js';
import { imageOnlyPdf, rasterize, renderPdf } from './lib/pdf.js';
import type { ManifestCase, ManifestFile, Manifest, RosterPlant } from './lib/types.js';
import { CASES } from './data/cases.js';
import { ROSTER } from './data/officers.js';
import { casePlan } from './build-case.js';
import { selfAudit } from './self-check.js';
import { caseNumberOf, REGISTER_SHEET, ROSTER_SHEET, registerWorkbook, rosterWorkbook } from './registers.js';
import { samplesReadme } from './readme.js';
import { writeFixtures } from './fixtures.js';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const SAMPLES = join(ROOT, 'samples');
const ARCHIVE = join(SAMPLES, 'archive');
const FIXTURES = join(ROOT, 'test', 'fixtures', 'files');

/** Junk that exporters and desktops leave behind; the scanner must skip these by name. */
const JUNK = {
  // Word owner file: a length byte, the user name, padding — 162 bytes like the real ones
  lock: { name: '~$询问笔录.docx', bytes: Buffer.concat([Buffer.from([5]), Buffer.from('admin'), Buffer.alloc(156, 0x20)]) },
  thumbs: { name: 'Thumbs.db', bytes: Buffer.concat([Buffer.from('d0cf11e0a1b11ae1', 'hex'), Buffer.alloc(504)]) },
  dsstore: { name: '.DS_Store', bytes: Buffer.concat([Buffer.from('0000000142756431', 'hex'), Buffer.alloc(56)]) },
};

// Declared defects the self-audit does not re-derive (files, register, and the number-form irregularity
// that comes from a case's numberStyle).
const FILE_RULES = new Set(['file-no-text', 'file-duplicate', 'register-mismatch', 'register-folder-unlisted', 'register-case-missing', 'document-number-form']);

function write(rel: string, bytes: Buffer): void {
  const abs = join(SAMPLES, rel);
  mkdirSync(dirname(abs), { recursive: true });
  writeFileSync(abs, bytes);
}

async function main(): Promise<void> {
  rmSync(ARCHIVE, { recursive: true, force: true });
  for (const f of ['manifest.json', 'README.md', '执法人员名册.xlsx']) rmSync(join(SAMPLES, f), { force: true });

  const files: ManifestFile[] = [];
  const cases: ManifestCase[] = [];
  const notes: { folder: string; features: string[] }[] = [];
  const rosterPlants: RosterPlant[] = [];

  for (const s of CASES) {
    const folder = `archive/${s.folder}`;
    const plan = casePlan(s);
    const docs = plan.flatMap((p) => p.docs);

    // the truth must match the declared defects before anything is written
    const derived = selfAudit(s, docs);
    const declared = s.defects.filter((d) => !FILE_RULES.has(d.rule)).map((d) => `${d.rule} / ${d.key}`).sort();
    if (JSON.stringify(derived) !== JSON.stringify(declared)) {
      throw new Error(`${s.key} ${s.folder}: self-audit found [${derived.join(', ')}], declared [${declared.join(', ')}]`);
    }

    for (const p of plan) {
      const path = `${folder}/${p.name}`;
      if (p.kind === 'docx') {
        write(path, await renderDocx(p.docs[0]));
        files.push({ path, case: folder, documents: [{ pages: [1, 1], ...p.docs[0].facts }] });
        continue;
      }
      const { bytes, ranges } = await renderPdf(p.docs);
      if (p.kind === 'scan') {
        // a scanned copy: render, rasterise with pdftoppm, keep only the image
        write(path, await imageOnlyPdf(rasterize(bytes)));
        files.push({ path, case: folder, noText: true, documents: [{ pages: [1, 1], type: p.docs[0].facts.type, officers: [], citations: [] }] });
        continue;
      }
      write(path, bytes);
      files.push({ path, case: folder, documents: p.docs.map((d, i) => ({ pages: ranges[i], ...d.facts })) });
      if (s.layout.duplicate && p.docs.length === 1 && p.docs[0].facts.type === s.layout.duplicate) {
        const copy = path.replace(/\.pdf$/, '(1).pdf');
        copyFileSync(join(SAMPLES, path), join(SAMPLES, copy));
        files.push({ path: copy, case: folder, skip: 'duplicate', duplicateOf: path, documents: [] });
      }
    }
    for (const j of s.layout.junk ?? []) {
      const path = `${folder}/${JUNK[j].name}`;
      write(path, JUNK[j].bytes);
      files.push({ path, case: folder, skip: 'junk', documents: [] });
    }

    // file-level defect keys must name files that exist
    for (const d of s.defects.filter((x) => x.rule.startsWith('file-'))) {
      const f = files.find((x) => x.path === d.key);
      if (!f || (d.rule === 'file-no-text' && !f.noText) || (d.rule === 'file-duplicate' && f.skip !== 'duplicate')) {
        throw new Error(`${s.key}: ${d.rule} key ${d.key} does not match a generated file`);
      }
    }
    // roster defects: the record that carries the bad certificate
    for (const d of s.defects.filter((x) => x.rule === 'officer-certificate-invalid')) {
      const f = files.find((x) => x.case === folder && x.documents.some((doc) => doc.type === d.key))!;
      const doc = f.documents.find((x) => x.type === d.key)!;
      const bad = doc.officers.find((o) => {
        const r = ROSTER.find((x) => x.certificate === o.certificate && x.name === o.name);
        return !r || doc.keyDate! > r.validUntil || doc.keyDate! < r.issued;
      })!;
      rosterPlants.push({ rule: 'officer-certificate-invalid', key: d.key as RosterPlant['key'], folder, file: f.path, officer: bad.name, certificate: bad.certificate!, note: d.note });
    }

    const d = s.dates;
    const simple = s.procedure === 'simple';
    cases.push({
      folder,
      caseNumber: caseNumberOf(s.key),
      caseRef: { year: s.year, serial: String(s.serial) },
      unit: s.unit,
      procedure: s.procedure,
      party: s.party.name,
      creditCode: s.party.creditCode,
      partyKind: 'organisation',
      fine: s.fine,
      filingDate: simple ? d.decision : d.filing!,
      decisionDate: d.decision,
      ...(d.decisionServed ? { serviceDate: d.decisionServed } : {}),
      paymentDate: d.payment,
      ...(d.closing ? { closingDate: d.closing } : {}),
      clean: s.defects.length === 0,
      defects: s.defects,
    });
    const features = [
      s.layout.naming === 'combined' ? 'whole case in one PDF' : `file names: ${s.layout.naming}`,
      s.layout.order === 'decision-first' ? 'decision-first order' : '',
      s.layout.decisionNamedByNumber ? 'decision file named by its number' : '',
      s.layout.docxInquiry ? 'inquiry record as .docx' : '',
      s.layout.subfolder ? `subfolder ${s.layout.subfolder.name}/` : '',
      s.layout.scanned ? 'scanned identity copy (no text)' : '',
      s.layout.duplicate ? 'duplicate decision file' : '',
      s.layout.junk?.length ? `junk: ${s.layout.junk.map((j) => JUNK[j].name).join(', ')}` : '',
      d.extension ? 'extension approval' : '',
      d.preservation ? 'evidence preservation' : '',
      d.rectification ? 'rectification order + review' : '',
      d.statement ? 'statement record' : '',
      s.fine >= 20_000 && s.procedure === 'general' && !s.tweaks?.omit?.includes('hearing-notice') ? 'hearing notice' : '',
      s.key === 'K3' ? 'decision 2023-09-27 served 2023-10-12: 7 working days across National Day' : '',
      s.numberStyle?.printed ? `serial printed ${s.numberStyle.printed}号` : '',
      s.numberStyle?.squareOn ? '[2022] brackets on some documents' : '',
      s.numeralDates ? 'signature dates in Chinese numerals' : '',
      s.register.textDates ? 'register dates as text' : '',
    ].filter(Boolean);
    notes.push({ folder, features });
  }

  // junk at the archive root too
  write('archive/.DS_Store', JUNK.dsstore.bytes);
  files.push({ path: 'archive/.DS_Store', case: null, skip: 'junk', documents: [] });

  const register = registerWorkbook();
  write('archive/案件台账.xlsx', register.bytes);
  write('执法人员名册.xlsx', rosterWorkbook());

  files.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  const manifest: Manifest = {
    generator: 'scripts/samples/generate.ts',
    cases,
    files,
    register: { path: 'archive/案件台账.xlsx', sheet: REGISTER_SHEET, headerRow: 2, plantedMismatches: register.plants },
    roster: { path: '执法人员名册.xlsx', sheet: ROSTER_SHEET, planted: rosterPlants },
  };
  writeFileSync(join(SAMPLES, 'manifest.json'), JSON.stringify(manifest, null, 2) + '\n');
  writeFileSync(join(SAMPLES, 'README.md'), samplesReadme(manifest, notes));

  const fixtures = await writeFixtures(FIXTURES);
  const docCount = files.reduce((n, f) => n + f.documents.length, 0);
  console.log(`samples: ${cases.length} cases, ${files.length} files, ${docCount} documents; fixtures: ${fixtures.length} files`);
}

main().catch((e) => {
  console.error(e);
  process.exitCode = 1;
});
