/**
 * Geometry of the hand-written SVG charts (CSP-safe: no chart library injecting styles). Pure, so
 * the figures a chart draws can be tested without a browser.
 */

export interface Series {
  key: string;
  label: string;
  color: string;
}

export interface Segment {
  key: string;
  /** Start and length along the axis, in chart units. */
  start: number;
  length: number;
}

/** The smallest « round » axis maximum (1, 2, 5 × 10^n) at or above `value`; at least 1. */
export function niceMax(value: number): number {
  if (!(value > 0)) return 1;
  const magnitude = 10 ** Math.floor(Math.log10(value));
  for (const step of [1, 2, 5, 10]) if (step * magnitude >= value) return step * magnitude;
  return 10 * magnitude;
}

/**
 * Values stacked one after the other on an axis of `size` units where `max` fills the axis.
 * Zero and negative values take no room; the order of `keys` is the drawing order.
 */
export function stack(keys: readonly string[], values: Readonly<Record<string, number>>, max: number, size: number): Segment[] {
  const segments: Segment[] = [];
  let start = 0;
  if (!(max > 0)) return segments;
  for (const key of keys) {
    const value = Math.max(0, values[key] ?? 0);
    if (value === 0) continue;
    const length = (value / max) * size;
    segments.push({ key, start, length });
    start += length;
  }
  return segments;
}

/** Arcs of a donut as stroke-dasharray pieces along a circle of circumference `circumference`. */
export function donutArcs(keys: readonly string[], values: Readonly<Record<string, number>>, circumference: number): Segment[] {
  const total = keys.reduce((sum, k) => sum + Math.max(0, values[k] ?? 0), 0);
  return stack(keys, values, total, circumference);
}

/** « nov. 26 » / « Nov 26 »: a YYYY-MM month as a short axis label. */
export function monthLabel(month: string, locale: string): string {
  const m = /^(\d{4})-(\d{2})$/.exec(month);
  if (!m) return month;
  const date = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, 1));
  return new Intl.DateTimeFormat(locale, { timeZone: 'UTC', month: 'short', year: '2-digit' }).format(date);
}
