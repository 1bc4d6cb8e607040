import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readDocumentBytes } from '../../src/read/index.js';
import { recognizeFile } from '../../src/recognize/index.js';
import { loadRuleset } from '../../src/ruleset/load.js';
import { buildZip } from '../helpers/zipWriter.js';

/**
 * The OFD export of a sample decision (scripts/scans/ofd.ts) reads like its PDF twin: same pages, type,
 * number, party, dates, fine, officers and citations.
 */
const SAMPLES = path.resolve('samples');
const PDF = 'archive/（射）应急罚〔2023〕12号 射阳县华兴化工有限公司/（射）应急罚〔2023〕12号 行政处罚决定书.pdf';

describe('OFD', async () => {
  const ruleset = await loadRuleset();

  it('reads like its PDF twin', async () => {
    const ofd = await readDocumentBytes(readFileSync(path.join(SAMPLES, 'scans/行政处罚决定书.ofd')), '行政处罚决定书.ofd');
    const pdf = await readDocumentBytes(readFileSync(path.join(SAMPLES, PDF)), 'decision.pdf');
    expect(ofd.status).toBe('ok');
    expect(ofd.kind).toBe('ofd');
    if (ofd.status !== 'ok' || pdf.status !== 'ok') return;
    expect(ofd.pages.length).toBe(pdf.pages.length);
    const [a] = recognizeFile('行政处罚决定书.ofd', ofd.pages, ruleset);
    const [b] = recognizeFile('decision.pdf', pdf.pages, ruleset);
    const facts = (d: typeof a) => ({
      type: d.type,
      by: d.by,
      pages: d.pages,
      number: d.fields.docNumber?.raw,
      caseRef: d.fields.docNumber?.caseRef,
      party: d.fields.party?.name,
      keyDate: d.fields.keyDate?.date,
      dates: d.fields.dates.map((x) => x.date),
      fine: d.fields.fine?.yuan,
      officers: d.fields.officers.map((o) => `${o.name}:${o.certificate ?? ''}`),
      citations: d.fields.citations.map((c) => `${c.law}/${c.article ?? ''}/${c.paragraph ?? ''}/${c.item ?? ''}`),
    });
    expect(facts(a)).toEqual(facts(b));
    expect(facts(a).keyDate).toBe('2023-03-27');
  });

  it('is sniffed by its OFD.xml even under another name, and a broken one is unreadable with the reason', async () => {
    const bytes = readFileSync(path.join(SAMPLES, 'scans/行政处罚决定书.ofd'));
    expect((await readDocumentBytes(bytes, 'export.bin')).kind).toBe('ofd');
    const noRoot = buildZip([{ name: 'OFD.xml', data: Buffer.from('<ofd:OFD xmlns:ofd="http://www.ofdspec.org/2016"><ofd:DocBody/></ofd:OFD>') }]);
    const r = await readDocumentBytes(noRoot, 'broken.ofd');
    expect(r).toMatchObject({ status: 'unreadable', kind: 'ofd' });
    expect('reason' in r && r.reason).toMatch(/DocRoot/);
    const notZip = await readDocumentBytes(Buffer.from('not a zip at all'), 'x.ofd');
    expect(notZip.status).toBe('unreadable');
  });
});
