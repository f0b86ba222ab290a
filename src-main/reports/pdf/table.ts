/**
 * Tables that survive page breaks: rows are kept whole when they fit on a page, the header row is
 * repeated at the top of every continuation page, and a row taller than a whole page is split
 * between pages rather than cut (a register must never lose text).
 *
 * Tagging (PDF/UA-style, optional for PDF/A-2b but cheap): Table > TR > TH/TD; the repeated header
 * rows and the decoration are artifacts, so assistive technology reads each row once.
 */
import type { Layout } from './layout';
import { COLOR, FONT, GAP, SIZE } from './theme';

export interface TableColumn {
  header: string;
  /** Relative width: the columns share the text width in proportion to these numbers. */
  width: number;
  align?: 'left' | 'center' | 'right';
}

export interface TableSpec {
  columns: readonly TableColumn[];
  rows: Iterable<readonly string[]>;
  /** `grid`: header row, rules, zebra stripes. `keyValue`: label / value pairs, no header row. */
  variant?: 'grid' | 'keyValue';
}

interface ResolvedColumn {
  x: number;
  width: number;
  align: 'left' | 'center' | 'right';
}

const LINE_GAP = 1.5;
const PAD = GAP.cellPadding;

function resolveColumns(layout: Layout, columns: readonly TableColumn[]): ResolvedColumn[] {
  if (columns.length === 0) throw new Error('Tableau sans colonne : indiquez au moins une colonne.');
  const total = columns.reduce((sum, c) => sum + c.width, 0);
  if (!(total > 0) || columns.some((c) => !(c.width > 0))) {
    throw new Error('Largeurs de colonnes invalides : chaque largeur doit être un nombre positif.');
  }
  let x = layout.left;
  return columns.map((c) => {
    const width = (c.width / total) * layout.width;
    const resolved = { x, width, align: c.align ?? 'left' };
    x += width;
    return resolved;
  });
}

type CellStyle = 'header' | 'label' | 'body';

function applyStyle(pdf: PDFKit.PDFDocument, style: CellStyle, variant: 'grid' | 'keyValue'): void {
  const size = variant === 'keyValue' ? SIZE.body : SIZE.table;
  if (style === 'header') pdf.font(FONT.bold).fontSize(size).fillColor(COLOR.ink);
  else if (style === 'label') pdf.font(FONT.bold).fontSize(size).fillColor(COLOR.muted);
  else pdf.font(FONT.regular).fontSize(size).fillColor(COLOR.ink);
}

function textHeight(pdf: PDFKit.PDFDocument, text: string, width: number): number {
  return pdf.heightOfString(text === '' ? ' ' : text, { width, lineGap: LINE_GAP });
}

/** Splits `text` so that its head fits `maxHeight`; cuts between words when it can. */
function splitToFit(pdf: PDFKit.PDFDocument, text: string, width: number, maxHeight: number): [string, string] {
  if (textHeight(pdf, text, width) <= maxHeight) return [text, ''];
  const words = text.split(/(?<=\s)/);
  const fits = (n: number, pieces: string[]): boolean => textHeight(pdf, pieces.slice(0, n).join(''), width) <= maxHeight;
  const longest = (pieces: string[]): number => {
    let low = 0;
    let high = pieces.length;
    while (low < high) {
      const mid = Math.ceil((low + high) / 2);
      if (fits(mid, pieces)) low = mid;
      else high = mid - 1;
    }
    return low;
  };
  let pieces = words;
  let n = longest(words);
  if (n === 0) {
    // One unbreakable token taller than the space left (a very long identifier): cut it by characters.
    pieces = [...text];
    n = Math.max(1, longest(pieces));
  }
  return [pieces.slice(0, n).join('').trimEnd(), pieces.slice(n).join('').trimStart()];
}

/** Draws the whole table at once (short tables: a summary, a fiche's recipients). */
export function drawTable(layout: Layout, spec: TableSpec): void {
  for (const _row of tableRows(layout, spec)) {
    // Each step draws one row; nothing to do between rows.
  }
}

/**
 * Draws the table one row per step, so that a long register can let the event loop run between
 * rows (ReportDocument.longTable) while short tables are drawn in one go (drawTable).
 */
export function* tableRows(layout: Layout, spec: TableSpec): Generator<void, void, undefined> {
  const { pdf } = layout;
  const variant = spec.variant ?? 'grid';
  const columns = resolveColumns(layout, spec.columns);
  const headers = spec.columns.map((c) => c.header);
  const styleOf = (index: number, header: boolean): CellStyle =>
    header ? 'header' : variant === 'keyValue' && index === 0 ? 'label' : 'body';

  const rowHeight = (cells: readonly string[], header: boolean): number =>
    Math.max(
      ...columns.map((col, i) => {
        applyStyle(pdf, styleOf(i, header), variant);
        return textHeight(pdf, cells[i] ?? '', col.width - 2 * PAD);
      }),
    ) +
    2 * PAD;

  const decorate = (y: number, height: number, header: boolean, zebra: boolean): void => {
    layout.artifact(() => {
      const fill = header ? COLOR.tableHeaderFill : zebra && variant === 'grid' ? COLOR.zebraFill : null;
      if (fill) pdf.rect(layout.left, y, layout.width, height).fillColor(fill).fill();
      pdf
        .moveTo(layout.left, y + height)
        .lineTo(layout.left + layout.width, y + height)
        .lineWidth(header ? 0.8 : 0.4)
        .strokeColor(header ? COLOR.accent : COLOR.rule)
        .stroke();
    });
  };

  const writeCell = (text: string, index: number, y: number, header: boolean): void => {
    const col = columns[index];
    if (!col) return;
    applyStyle(pdf, styleOf(index, header), variant);
    pdf.text(text, col.x + PAD, y + PAD, { width: col.width - 2 * PAD, align: col.align, lineGap: LINE_GAP });
  };

  const table = pdf.struct('Table');
  layout.structure.add(table);

  /** Header row: tagged the first time, an artifact when repeated on a continuation page. */
  const drawHeaderRow = (tagged: boolean): number => {
    const y = pdf.y;
    const height = rowHeight(headers, true);
    decorate(y, height, true, false);
    if (tagged) {
      const tr = pdf.struct('TR');
      table.add(tr);
      headers.forEach((h, i) => tr.add(pdf.struct('TH', {}, () => writeCell(h, i, y, true))));
      tr.end();
    } else {
      layout.artifact(() => headers.forEach((h, i) => writeCell(h, i, y, true)));
    }
    pdf.y = y + height;
    return height;
  };

  const withHeader = variant === 'grid';
  const headerHeight = withHeader ? rowHeight(headers, true) : 0;
  // Keep the header with at least one line of body text.
  layout.ensureSpace(headerHeight + 2 * SIZE.table + 2 * PAD);
  if (withHeader) drawHeaderRow(true);

  const continueOnNextPage = (): void => {
    layout.newPage();
    if (withHeader) drawHeaderRow(false);
  };

  let index = 0;
  for (const row of spec.rows) {
    const tr = pdf.struct('TR');
    table.add(tr);
    const cells = columns.map((_, i) => {
      const cell = pdf.struct(i === 0 && variant === 'keyValue' ? 'TH' : 'TD');
      tr.add(cell);
      return cell;
    });
    let remaining = columns.map((_, i) => row[i] ?? '');
    const zebra = index % 2 === 1;
    let continued = false;
    const firstCell = remaining[0] ?? '';
    const drawFragment = (texts: readonly string[], y: number): void => {
      texts.forEach((text, i) => {
        if (text !== '') cells[i]?.add(() => writeCell(text, i, y, false));
        // A row carried over from the previous page recalls its first cell, as a visual cue only.
        else if (i === 0 && continued && firstCell !== '') layout.artifact(() => writeCell(`${firstCell} (suite)`, 0, y, false));
      });
    };
    for (;;) {
      const height = rowHeight(remaining, false);
      const available = layout.bottom - pdf.y;
      const freshPage = layout.bottom - layout.top - headerHeight;
      if (height <= available) {
        const y = pdf.y;
        decorate(y, height, false, zebra);
        drawFragment(remaining, y);
        pdf.y = y + height;
        break;
      }
      if (height <= freshPage || available < 4 * SIZE.table) {
        continueOnNextPage();
        continue;
      }
      // Taller than a whole page: fill what is left of this one, carry the rest over.
      const y = pdf.y;
      const parts = remaining.map((text, i) => {
        applyStyle(pdf, styleOf(i, false), variant);
        return splitToFit(pdf, text, (columns[i]?.width ?? 0) - 2 * PAD, available - 2 * PAD);
      });
      decorate(y, available, false, zebra);
      drawFragment(
        parts.map(([head]) => head),
        y,
      );
      remaining = parts.map(([, tail]) => tail);
      continued = true;
      continueOnNextPage();
    }
    tr.end();
    index++;
    yield;
  }
  table.end();
  pdf.x = layout.left;
  pdf.y += GAP.block;
}
