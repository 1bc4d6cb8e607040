/**
 * Charts for the HTML report as inline SVG: no script, no CDN, nothing fetched, and they print. Each
 * chart is a plain bar chart with its numbers written on it, so it reads without colour too.
 */
import { escapeXml as h } from './common.js';

export interface Bar {
  label: string;
  value: number;
  /** CSS class of the bar (colour), from a fixed set */
  tone?: 'good' | 'ok' | 'bad' | 'new' | 'recurring' | 'resolved' | 'plain';
}

/** Vertical bars with the value above each and the label below; `title` is the SVG's accessible name. */
export function barChart(bars: Bar[], title: string, opts: { width?: number; height?: number } = {}): string {
  const width = opts.width ?? 520;
  const height = opts.height ?? 220;
  const pad = { top: 24, bottom: 40, left: 12, right: 12 };
  const max = Math.max(1, ...bars.map((b) => b.value));
  const slot = (width - pad.left - pad.right) / Math.max(1, bars.length);
  const barWidth = Math.min(64, slot * 0.6);
  const plot = height - pad.top - pad.bottom;
  const marks = bars.map((b, i) => {
    const x = pad.left + slot * i + (slot - barWidth) / 2;
    const hgt = (b.value / max) * plot;
    const y = pad.top + plot - hgt;
    const cx = x + barWidth / 2;
    return (
      `<g class="bar tone-${b.tone ?? 'plain'}"><title>${h(`${b.label}: ${b.value}`)}</title>` +
      `<rect x="${x.toFixed(1)}" y="${y.toFixed(1)}" width="${barWidth.toFixed(1)}" height="${Math.max(hgt, b.value > 0 ? 1 : 0).toFixed(1)}"></rect>` +
      `<text class="value" x="${cx.toFixed(1)}" y="${(y - 6).toFixed(1)}" text-anchor="middle">${b.value}</text>` +
      `<text class="label" x="${cx.toFixed(1)}" y="${(height - pad.bottom + 18).toFixed(1)}" text-anchor="middle">${h(b.label)}</text></g>`
    );
  });
  const axis = `<line class="axis" x1="${pad.left}" y1="${pad.top + plot}" x2="${width - pad.right}" y2="${pad.top + plot}"></line>`;
  return `<svg class="chart" role="img" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" aria-label="${h(title)}" xmlns="http://www.w3.org/2000/svg"><title>${h(title)}</title>${axis}${marks.join('')}</svg>`;
}

/**
 * Horizontal bars, one per row (long labels such as unit names), the value at the bar's end; `max`
 * fixes the scale (e.g. 100 for scores).
 */
export function rowChart(bars: Bar[], title: string, opts: { width?: number; max?: number } = {}): string {
  const width = opts.width ?? 520;
  const row = 26;
  const labelWidth = 150;
  const height = row * bars.length + 8;
  const max = opts.max ?? Math.max(1, ...bars.map((b) => b.value));
  const room = width - labelWidth - 60;
  const marks = bars.map((b, i) => {
    const y = 4 + i * row;
    const w = Math.max(0, (b.value / max) * room);
    return (
      `<g class="bar tone-${b.tone ?? 'plain'}"><title>${h(`${b.label}: ${b.value}`)}</title>` +
      `<text class="label" x="${labelWidth - 8}" y="${y + 16}" text-anchor="end">${h(b.label)}</text>` +
      `<rect x="${labelWidth}" y="${y + 3}" width="${w.toFixed(1)}" height="${row - 8}"></rect>` +
      `<text class="value" x="${(labelWidth + w + 6).toFixed(1)}" y="${y + 16}">${b.value}</text></g>`
    );
  });
  return `<svg class="chart" role="img" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" aria-label="${h(title)}" xmlns="http://www.w3.org/2000/svg"><title>${h(title)}</title>${marks.join('')}</svg>`;
}
