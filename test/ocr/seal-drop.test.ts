import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { redDropped } from '../../src/read/ocr/seal-drop.js';

const dir = mkdtempSync(path.join(tmpdir(), 'caseaudit-seal-drop-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** A colour page as pdftoppm writes it (binary PPM): mostly paper, and the given pixels. */
function page(width: number, height: number, pixels: Record<number, [number, number, number]>): string {
  const body = Buffer.alloc(width * height * 3);
  for (let i = 0; i < width * height; i++) body.set(pixels[i] ?? [244, 241, 234], i * 3);
  const file = path.join(dir, `p${Object.keys(pixels).join('-')}.ppm`);
  writeFileSync(file, Buffer.concat([Buffer.from(`P6\n${width} ${height}\n255\n`, 'latin1'), body]));
  return file;
}

function grey(pgm: string): Buffer {
  const b = readFileSync(pgm);
  let lines = 0;
  let i = 0;
  while (lines < 3) if (b[i++] === 0x0a) lines++;
  return b.subarray(i);
}

describe('seal drop', () => {
  it('turns paper and a faded red seal white in the red channel, and keeps black text and its grey edges', async () => {
    // 0: paper; 1: seal over paper (multiplied, 0.8 alpha); 2: black text; 3: a text edge (mid grey); 4: text under the seal
    const { image } = await redDropped(page(10, 10, { 1: [214, 74, 78], 2: [20, 20, 20], 3: [120, 118, 115], 4: [17, 6, 6] }), 200);
    const out = grey(image);
    expect([...out.subarray(0, 5)]).toEqual([255, 255, 20, 120, 17]);
  });
});
