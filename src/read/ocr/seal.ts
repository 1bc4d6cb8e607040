/**
 * Is there a red seal (公章) on a page? Looks at a colour raster (RGB, 3 bytes a pixel): cells of about
 * 1/20 inch that hold enough seal-red ink are joined into clusters; a cluster is a seal when it is
 * roughly round — its box about square, 2–8 cm across, ink on a good part of it (a ring, a star,
 * the agency's name). Red printed text (a red header line) is long and flat, not square. Returns the
 * seals' centres as shares of the page, with how sure the shape is (0–1).
 */
export interface SealMark {
  x: number;
  y: number;
  confidence: number;
}

export function findSeals(rgb: Buffer, offset: number, width: number, height: number, dpi: number): SealMark[] {
  const cell = Math.max(4, Math.round(dpi / 20));
  const cols = Math.ceil(width / cell);
  const rows = Math.ceil(height / cell);
  const red = new Uint16Array(cols * rows);
  for (let y = 0; y < height; y += 2) {
    const row = offset + y * width * 3;
    for (let x = 0; x < width; x += 2) {
      const i = row + x * 3;
      const r = rgb[i];
      if (r > 140 && r - rgb[i + 1] > 60 && r - rgb[i + 2] > 50) red[Math.floor(y / cell) * cols + Math.floor(x / cell)]++;
    }
  }
  // a cell is inked when a few of its sampled pixels are seal-red
  const minInk = Math.max(2, Math.round((cell * cell) / 4 / 12));
  const seen = new Uint8Array(cols * rows);
  const seals: SealMark[] = [];
  for (let start = 0; start < red.length; start++) {
    if (seen[start] || red[start] < minInk) continue;
    let [x0, y0, x1, y1, n] = [cols, rows, 0, 0, 0];
    const stack = [start];
    seen[start] = 1;
    while (stack.length > 0) {
      const c = stack.pop()!;
      const cx = c % cols;
      const cy = Math.floor(c / cols);
      n++;
      x0 = Math.min(x0, cx);
      x1 = Math.max(x1, cx);
      y0 = Math.min(y0, cy);
      y1 = Math.max(y1, cy);
      // neighbours up to two cells away: a seal's ring and letters are not one solid stroke
      for (let dy = -2; dy <= 2; dy++) {
        for (let dx = -2; dx <= 2; dx++) {
          const nx = cx + dx;
          const ny = cy + dy;
          if (nx < 0 || ny < 0 || nx >= cols || ny >= rows) continue;
          const k = ny * cols + nx;
          if (!seen[k] && red[k] >= minInk) {
            seen[k] = 1;
            stack.push(k);
          }
        }
      }
    }
    const w = ((x1 - x0 + 1) * cell) / dpi; // inches
    const h = ((y1 - y0 + 1) * cell) / dpi;
    const aspect = w / h;
    const fill = n / ((x1 - x0 + 1) * (y1 - y0 + 1));
    if (w < 0.8 || h < 0.8 || w > 3.2 || h > 3.2 || aspect < 0.75 || aspect > 1.33 || fill < 0.15) continue;
    // squarer and fuller boxes are surer; a ring with text fills 25–70% of its box
    const confidence = Math.round(Math.min(1, 0.6 + 0.4 * (1 - Math.abs(1 - aspect) * 3) + (fill > 0.25 ? 0.1 : 0)) * 100) / 100;
    seals.push({ x: Math.round((((x0 + x1 + 1) / 2) * cell * 100) / width) / 100, y: Math.round((((y0 + y1 + 1) / 2) * cell * 100) / height) / 100, confidence: Math.max(0, confidence) });
  }
  return seals;
}
