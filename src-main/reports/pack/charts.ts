/**
 * Charts drawn as vector graphics in the audit pack's summary PDF: stacked bars (requests per month on
 * time or late, breaches per month by severity) and horizontal share bars (audit-plan coverage).
 * No image: the figures stay sharp when printed and the numbers are real text (pdftotext reads them).
 *
 * Each chart is one tagged « Figure » with an alternative text giving its data, so a screen reader
 * (and a CNIL reader without colour) gets every number (PDF/UA, ISO 14289-1 §7.3).
 */
import type { ReportDocument } from '../pdf/document';
import { COLOR, FONT } from '../pdf/theme';

export interface ChartSeries {
  label: string;
  /** Fill colour (#rrggbb). */
  color: string;
}

export interface StackedBarSpec {
  title: string;
  /** One label per bar (« juil. 2026 »). */
  categories: readonly string[];
  series: readonly ChartSeries[];
  /** values[category][series] */
  values: readonly (readonly number[])[];
  /** Alternative text: the data in words. */
  alt: string;
  height?: number;
}

export interface ShareBar {
  label: string;
  /** 0 to 1; null when there is nothing to measure (printed « sans objet »). */
  share: number | null;
  /** Printed at the end of the bar, e.g. « 12 / 40 (30 %) ». */
  text: string;
}

export interface ShareBarSpec {
  title: string;
  bars: readonly ShareBar[];
  alt: string;
}

const LABEL_SIZE = 7;
const TITLE_SIZE = 9;

/** Rounds `max` up to 1, 2 or 5 × 10^n, so that the axis reads in round numbers. */
export function niceMax(max: number): number {
  if (max <= 0) return 1;
  const power = 10 ** Math.floor(Math.log10(max));
  for (const m of [1, 2, 5, 10]) if (m * power >= max) return m * power;
  return 10 * power;
}

const formatInt = (n: number): string => new Intl.NumberFormat('fr-FR', { maximumFractionDigits: 0 }).format(n);

/** Draws `text` on one line at (x, y), centred on x when asked; never triggers a page break. */
function label(doc: ReportDocument, text: string, x: number, y: number, options: { size?: number; bold?: boolean; color?: string; align?: 'left' | 'center' | 'right' } = {}): void {
  const pdf = doc.pdf;
  pdf.font(options.bold ? FONT.bold : FONT.regular).fontSize(options.size ?? LABEL_SIZE).fillColor(options.color ?? COLOR.ink);
  const width = pdf.widthOfString(text);
  const left = options.align === 'center' ? x - width / 2 : options.align === 'right' ? x - width : x;
  pdf.text(text, left, y, { lineBreak: false });
}

function figure(doc: ReportDocument, alt: string, height: number, draw: (top: number) => void): void {
  doc.ensureSpace(height);
  const top = doc.pdf.y;
  doc.structure.add(doc.pdf.struct('Figure', { alt }, () => draw(top)));
  doc.pdf.x = doc.left;
  doc.pdf.y = top + height;
}

/** Stacked vertical bars, one per category, with the total above each bar and a legend below. */
export function stackedBarChart(doc: ReportDocument, spec: StackedBarSpec): void {
  const plotHeight = spec.height ?? 120;
  const total = TITLE_SIZE + 8 + plotHeight + 30 + 14;
  figure(doc, spec.alt, total, (top) => {
    const pdf = doc.pdf;
    label(doc, spec.title, doc.left, top, { size: TITLE_SIZE, bold: true, color: COLOR.accent });
    const axisWidth = 28;
    const plotLeft = doc.left + axisWidth;
    const plotWidth = doc.width - axisWidth;
    const plotTop = top + TITLE_SIZE + 8;
    const plotBottom = plotTop + plotHeight;
    const sums = spec.values.map((row) => row.reduce((a, b) => a + b, 0));
    const max = niceMax(Math.max(0, ...sums));

    // Grid and axis values: 0, half, max.
    for (const fraction of [0, 0.5, 1]) {
      const y = plotBottom - fraction * plotHeight;
      pdf.moveTo(plotLeft, y).lineTo(plotLeft + plotWidth, y).lineWidth(fraction === 0 ? 0.8 : 0.4).strokeColor(fraction === 0 ? COLOR.ink : COLOR.rule).stroke();
      label(doc, formatInt(max * fraction), plotLeft - 4, y - LABEL_SIZE / 2, { align: 'right', color: COLOR.muted });
    }

    const n = Math.max(1, spec.categories.length);
    const slot = plotWidth / n;
    const barWidth = Math.min(36, slot * 0.62);
    spec.categories.forEach((category, i) => {
      const cx = plotLeft + slot * i + slot / 2;
      let y = plotBottom;
      const row = spec.values[i] ?? [];
      spec.series.forEach((series, s) => {
        const value = row[s] ?? 0;
        if (value <= 0) return;
        const h = (value / max) * plotHeight;
        pdf.rect(cx - barWidth / 2, y - h, barWidth, h).fillColor(series.color).fill();
        y -= h;
      });
      const sum = sums[i] ?? 0;
      label(doc, formatInt(sum), cx, y - LABEL_SIZE - 2, { align: 'center', bold: true });
      // Category labels get smaller when there are many (a year has 12 months, a custom range more).
      label(doc, category, cx, plotBottom + 4, { align: 'center', size: n > 14 ? 5.5 : LABEL_SIZE, color: COLOR.muted });
    });

    // Legend.
    let x = plotLeft;
    const legendY = plotBottom + 20;
    for (const series of spec.series) {
      pdf.rect(x, legendY, 8, 8).fillColor(series.color).fill();
      label(doc, series.label, x + 11, legendY, { color: COLOR.ink });
      pdf.font(FONT.regular).fontSize(LABEL_SIZE);
      x += 11 + pdf.widthOfString(series.label) + 14;
    }
  });
}

/** Horizontal bars filled to a share (coverage of the audit plan), the share printed after each bar. */
export function shareBars(doc: ReportDocument, spec: ShareBarSpec): void {
  const rowHeight = 16;
  const total = TITLE_SIZE + 8 + spec.bars.length * rowHeight + 6;
  figure(doc, spec.alt, total, (top) => {
    const pdf = doc.pdf;
    label(doc, spec.title, doc.left, top, { size: TITLE_SIZE, bold: true, color: COLOR.accent });
    const labelWidth = doc.width * 0.36;
    const barLeft = doc.left + labelWidth;
    const barWidth = doc.width * 0.4;
    spec.bars.forEach((bar, i) => {
      const y = top + TITLE_SIZE + 8 + i * rowHeight;
      label(doc, bar.label, doc.left, y + 1, { size: 8 });
      pdf.rect(barLeft, y, barWidth, 10).fillColor(COLOR.zebraFill).fill();
      pdf.rect(barLeft, y, barWidth, 10).lineWidth(0.4).strokeColor(COLOR.rule).stroke();
      if (bar.share !== null && bar.share > 0) pdf.rect(barLeft, y, barWidth * Math.min(1, bar.share), 10).fillColor(COLOR.accent).fill();
      label(doc, bar.share === null ? 'sans objet' : bar.text, barLeft + barWidth + 6, y + 1, { size: 8 });
    });
  });
}

/** Colours of the charts: on time / late / pending, and the ENISA severity bands. */
export const CHART_COLORS = {
  onTime: '#2e7d32',
  late: '#c62828',
  pending: '#90a4ae',
  low: '#81c784',
  medium: '#ffb74d',
  high: '#e57373',
  veryHigh: '#8e24aa',
  unassessed: '#b0bec5',
} as const;
