/** Page geometry, type sizes and colours shared by every PDF (one place to restyle all reports). */

/** A4 in PDF points (ISO 216: 210 × 297 mm). */
export const PAGE = { width: 595.28, height: 841.89 } as const;

/** Margins leave room for the running header (top) and footer (bottom) drawn on every page. */
export const MARGINS = { top: 92, bottom: 74, left: 56, right: 56 } as const;

export const CONTENT_WIDTH = PAGE.width - MARGINS.left - MARGINS.right;

/** Registered font names (see document.ts). */
export const FONT = { regular: 'DejaVu', bold: 'DejaVu-Bold', italic: 'DejaVu-Italic' } as const;

export const SIZE = {
  title: 18,
  subtitle: 10.5,
  h1: 13,
  h2: 11,
  body: 9.5,
  table: 8.5,
  header: 8,
  footer: 7,
} as const;

export const COLOR = {
  ink: '#1a1a1a',
  muted: '#5b6270',
  accent: '#1f3a5f',
  rule: '#c4c9d1',
  tableHeaderFill: '#e6ebf2',
  zebraFill: '#f5f6f8',
  warningFill: '#fff3e0',
  warningBorder: '#b45309',
  warningInk: '#6b3400',
  missing: '#b45309',
} as const;

/** Vertical rhythm. */
export const GAP = { paragraph: 6, block: 12, cellPadding: 4 } as const;
