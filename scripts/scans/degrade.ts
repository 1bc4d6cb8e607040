import { createCanvas, GlobalFonts, loadImage, type SKRSContext2D } from '@napi-rs/canvas';
import { mulberry32 } from '../lib/seeded-random.js';

/**
 * Make a rendered page look scanned: a slight rotation, paper tone and speckle noise, a red round seal
 * (agency name around a star, as 公章 are) and a handwritten-looking signature. Deterministic: the same
 * seed gives the same image.
 */
export interface Degrade {
  seed: number;
  /** degrees; a scanner's skew is within about ±1.5° */
  rotate: number;
  /** share of pixels turned to speckles */
  noise: number;
  /** seal centre as a share of the page (x, y), or none */
  seal?: { x: number; y: number; text: string };
  /** signature start as a share of the page (x, y), or none */
  signature?: { x: number; y: number };
}

const FONT = '/usr/share/fonts/truetype/wqy/wqy-microhei.ttc';
let fontReady = false;

export async function degradePage(png: Buffer, d: Degrade, jpegQuality: number): Promise<Buffer> {
  if (!fontReady) {
    GlobalFonts.registerFromPath(FONT, 'seal');
    fontReady = true;
  }
  const img = await loadImage(png);
  const { width, height } = img;
  const canvas = createCanvas(width, height);
  const ctx = canvas.getContext('2d');
  const rand = mulberry32(d.seed);
  ctx.fillStyle = '#f4f1ea';
  ctx.fillRect(0, 0, width, height);
  ctx.save();
  ctx.translate(width / 2, height / 2);
  ctx.rotate((d.rotate * Math.PI) / 180);
  ctx.translate(-width / 2, -height / 2);
  ctx.globalCompositeOperation = 'multiply';
  ctx.drawImage(img, 0, 0);
  ctx.restore();
  ctx.globalCompositeOperation = 'multiply';
  if (d.signature) signature(ctx, d.signature.x * width, d.signature.y * height, width / 1240, rand);
  if (d.seal) seal(ctx, d.seal.x * width, d.seal.y * height, width / 1240, d.seal.text);
  ctx.globalCompositeOperation = 'source-over';
  speckle(ctx, width, height, d.noise, rand);
  return canvas.encode('jpeg', jpegQuality);
}

/** A 公章: red ring, star, the agency's name along the upper arc; slightly faded. */
function seal(ctx: SKRSContext2D, cx: number, cy: number, scale: number, text: string): void {
  const r = 105 * scale;
  ctx.save();
  ctx.globalAlpha = 0.8;
  ctx.strokeStyle = '#d8232a';
  ctx.fillStyle = '#d8232a';
  ctx.lineWidth = 7 * scale;
  ctx.beginPath();
  ctx.arc(cx, cy, r, 0, Math.PI * 2);
  ctx.stroke();
  star(ctx, cx, cy, 30 * scale);
  ctx.font = `${24 * scale}px seal`;
  const chars = [...text];
  const span = Math.PI * 1.25;
  chars.forEach((ch, i) => {
    const a = -Math.PI / 2 - span / 2 + (span * (i + 0.5)) / chars.length;
    ctx.save();
    ctx.translate(cx + Math.cos(a) * (r - 26 * scale), cy + Math.sin(a) * (r - 26 * scale));
    ctx.rotate(a + Math.PI / 2);
    ctx.fillText(ch, -12 * scale, 9 * scale);
    ctx.restore();
  });
  ctx.restore();
}

function star(ctx: SKRSContext2D, cx: number, cy: number, r: number): void {
  ctx.beginPath();
  for (let i = 0; i < 10; i++) {
    const a = -Math.PI / 2 + (i * Math.PI) / 5;
    const rr = i % 2 === 0 ? r : r * 0.4;
    ctx[i === 0 ? 'moveTo' : 'lineTo'](cx + Math.cos(a) * rr, cy + Math.sin(a) * rr);
  }
  ctx.closePath();
  ctx.fill();
}

/** Pen strokes: a few connected loops with varying slope, like a quick signature in blue-black ink. */
function signature(ctx: SKRSContext2D, x: number, y: number, scale: number, rand: () => number): void {
  ctx.save();
  ctx.strokeStyle = '#1d2a5a';
  ctx.lineWidth = 3 * scale;
  ctx.lineCap = 'round';
  ctx.beginPath();
  ctx.moveTo(x, y);
  let px = x;
  for (let i = 0; i < 7; i++) {
    const w = (22 + rand() * 18) * scale;
    const h = (14 + rand() * 22) * scale;
    ctx.bezierCurveTo(px + w * 0.3, y - h, px + w * 0.8, y + h * 0.6, px + w, y - h * 0.2 * rand());
    px += w;
  }
  ctx.stroke();
  ctx.restore();
}

function speckle(ctx: SKRSContext2D, width: number, height: number, share: number, rand: () => number): void {
  const n = Math.round(width * height * share);
  for (let i = 0; i < n; i++) {
    const v = rand() < 0.7 ? 90 + rand() * 80 : 200 + rand() * 55;
    ctx.fillStyle = `rgb(${v},${v},${v})`;
    const s = rand() < 0.9 ? 1 : 2;
    ctx.fillRect(Math.floor(rand() * width), Math.floor(rand() * height), s, s);
  }
}

