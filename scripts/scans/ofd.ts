import { execFileSync } from 'node:child_process';
import { buildZip } from '../../test/helpers/zipWriter.js';

/**
 * An OFD (GB/T 33190-2016) export of a text PDF, as government systems produce: a zip with OFD.xml (the
 * entry point), Doc_0/Document.xml (pages), Doc_0/PublicRes.xml (the font) and one Content.xml per page
 * whose TextObject/TextCode elements hold the text, one per line, positioned in millimetres.
 */
export function ofdFromPdf(pdf: string, docId: string): Buffer {
  const pages = pagesOf(pdf);
  const ns = 'http://www.ofdspec.org/2016';
  const files: { name: string; data: string }[] = [];
  files.push({
    name: 'OFD.xml',
    data: `<?xml version="1.0" encoding="UTF-8"?>
<ofd:OFD xmlns:ofd="${ns}" Version="1.0" DocType="OFD">
  <ofd:DocBody>
    <ofd:DocInfo><ofd:DocID>${docId}</ofd:DocID><ofd:Title>${esc(pages[0]?.[1] ?? '')}</ofd:Title><ofd:Creator>caseaudit samples</ofd:Creator><ofd:CreationDate>2026-01-01</ofd:CreationDate></ofd:DocInfo>
    <ofd:DocRoot>Doc_0/Document.xml</ofd:DocRoot>
  </ofd:DocBody>
</ofd:OFD>
`,
  });
  const pageRefs = pages.map((_, i) => `    <ofd:Page ID="${10 + i}" BaseLoc="Pages/Page_${i}/Content.xml"/>`).join('\n');
  files.push({
    name: 'Doc_0/Document.xml',
    data: `<?xml version="1.0" encoding="UTF-8"?>
<ofd:Document xmlns:ofd="${ns}">
  <ofd:CommonData>
    <ofd:MaxUnitID>${1000 + pages.length * 100}</ofd:MaxUnitID>
    <ofd:PageArea><ofd:PhysicalBox>0 0 210 297</ofd:PhysicalBox></ofd:PageArea>
    <ofd:PublicRes>PublicRes.xml</ofd:PublicRes>
  </ofd:CommonData>
  <ofd:Pages>
${pageRefs}
  </ofd:Pages>
</ofd:Document>
`,
  });
  files.push({
    name: 'Doc_0/PublicRes.xml',
    data: `<?xml version="1.0" encoding="UTF-8"?>
<ofd:Res xmlns:ofd="${ns}" BaseLoc="Res">
  <ofd:Fonts><ofd:Font ID="2" FontName="宋体" FamilyName="宋体"/></ofd:Fonts>
</ofd:Res>
`,
  });
  pages.forEach((lines, i) => {
    let id = 1000 + i * 100;
    const objects = lines
      .map((line, row) => {
        const y = 25 + row * 6.5;
        // A line indented in the PDF keeps a little indent; exact layout does not matter for reading.
        const x = 20 + Math.min(20, line.length - line.trimStart().length);
        const text = line.trim();
        return `      <ofd:TextObject ID="${id++}" Boundary="${x} ${y - 5} ${170 - (x - 20)} 6" Font="2" Size="4.2333">
        <ofd:TextCode X="0" Y="4.5">${esc(text)}</ofd:TextCode>
      </ofd:TextObject>`;
      })
      .join('\n');
    files.push({
      name: `Doc_0/Pages/Page_${i}/Content.xml`,
      data: `<?xml version="1.0" encoding="UTF-8"?>
<ofd:Page xmlns:ofd="${ns}">
  <ofd:Content>
    <ofd:Layer ID="${id}">
${objects}
    </ofd:Layer>
  </ofd:Content>
</ofd:Page>
`,
    });
  });
  return buildZip(files.map((f) => ({ name: f.name, data: Buffer.from(f.data, 'utf8'), method: 8 as const })));
}

/** Non-empty lines of each page of a PDF, as pdftotext lays them out. */
function pagesOf(pdf: string): string[][] {
  const text = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' });
  return text
    .split('\f')
    .map((page) => page.split('\n').filter((l) => l.trim() !== ''))
    .filter((lines) => lines.length > 0);
}

function esc(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}
