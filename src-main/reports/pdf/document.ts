/**
 * The report builder every PDF goes through: A4, PDF/A-2b (ISO 19005-2, level B: the document looks
 * the same in twenty years — fonts embedded, sRGB output intent, XMP metadata), tagged, French.
 *
 * Each page carries the controller's and DPO's identity in its header and, in its footer, "Page n / N",
 * the generation instant (Europe/Paris) and the audit-log head hash (see page-frame.ts).
 *
 *   const pdf = await renderPdf(meta, (doc) => {
 *     doc.title('Registre des violations').heading('Synthèse').paragraph('…');
 *   });
 */
import PDFDocument from 'pdfkit';
import { once } from 'node:events';
import type { Writable } from 'node:stream';
import { finished } from 'node:stream/promises';
import type { Organisation } from '../../shared/schemas/organisation';
import { parseInstant } from '../format';
import { parsedFonts } from './fonts';
import type { Layout } from './layout';
import { drawFooter, drawHeader, type AuditHead } from './page-frame';
import { drawTable, tableRows, type TableSpec } from './table';
import { COLOR, CONTENT_WIDTH, FONT, GAP, MARGINS, PAGE, SIZE } from './theme';

export interface DocumentMeta {
  organisation: Organisation;
  /** Head of the audit log when the document was made; see PageFrameInfo for when it may be null. */
  auditHead: AuditHead | null;
  /** ISO 8601 instant; printed in Europe/Paris time. */
  generatedAt: string;
  title: string;
  /** Optional one-line description stored in the PDF metadata. */
  subject?: string;
  /**
   * 'exact' (default): "Page n / N", pages kept in memory until the end. 'streamed': for long
   * registers — each page is framed and flushed as soon as the next one starts ("Page n"), the total is
   * printed at the end of the document; memory stays flat whatever the length.
   */
  pagination?: 'exact' | 'streamed';
}

export interface KeyValue {
  label: string;
  value: string | null | undefined;
}

/** Printed in place of an empty value, so a gap in the file is visible, not silent. */
export const NOT_PROVIDED = 'Non renseigné';

const BODY_LINE_GAP = 2;

/**
 * pdfkit remembers the layout of every word it measures for the whole document (EmbeddedFont
 * `layoutCache`, never emptied): a 10 000-row register adds references, dates and numbers by the
 * ten thousand. Emptied every this many pages, the cache stays at a few thousand words; the common
 * ones come back at once from the fonts' own bounded cache (fonts.ts).
 */
export const WORD_CACHE_PAGES = 20;

/** pdfkit's registered fonts, as far as the word cache goes (not part of its typed API). */
interface PdfkitFonts {
  _fontFamilies?: Record<string, { layoutCache?: Record<string, unknown> }>;
}

/** XMP is XML; pdfkit copies the title and author into it without escaping. */
function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

export class ReportDocument implements Layout {
  readonly pdf: PDFKit.PDFDocument;
  readonly structure: PDFKit.PDFStructureElement;
  readonly left = MARGINS.left;
  readonly width = CONTENT_WIDTH;
  readonly top = MARGINS.top;
  readonly bottom = PAGE.height - MARGINS.bottom;
  private readonly meta: DocumentMeta;
  private readonly sections: number[] = [];
  private finished = false;
  private gapsShown = false;

  constructor(meta: DocumentMeta) {
    const created = parseInstant(meta.generatedAt, 'Date de génération').toJSDate();
    this.meta = meta;
    const fonts = parsedFonts();
    this.pdf = new PDFDocument({
      size: 'A4',
      margins: { ...MARGINS },
      subset: 'PDF/A-2b',
      pdfVersion: '1.7',
      tagged: true,
      lang: 'fr-FR',
      displayTitle: true,
      bufferPages: meta.pagination !== 'streamed',
      // No initial font: pdfkit's default, Helvetica, is never embedded (PDF/A forbids that) and reads
      // an AFM file from disk. An empty name makes pdfkit skip it; DejaVu is selected just below.
      font: '',
      info: {
        Title: meta.title,
        Author: meta.organisation.name,
        Subject: meta.subject ?? meta.title,
        Creator: 'DPO Workbench',
        Producer: 'DPO Workbench (PDFKit)',
        CreationDate: created,
        ModDate: created,
      },
    });
    // pdfkit takes an already-parsed fontkit font (fonts.ts `parsedFonts`); its types only list bytes.
    const register = (name: string, font: unknown): void => void this.pdf.registerFont(name, font as PDFKit.Mixins.PDFFontSource);
    register(FONT.regular, fonts.regular);
    register(FONT.bold, fonts.bold);
    register(FONT.italic, fonts.italic);
    this.pdf.font(FONT.regular).fontSize(SIZE.body).fillColor(COLOR.ink);

    // pdfkit writes the Info dictionary first, then copies the same strings into the XMP packet
    // unescaped: an "&" in an organisation's name would make the metadata invalid XML.
    const info = this.pdf.info;
    const endMetadata = this.pdf.endMetadata.bind(this.pdf);
    this.pdf.endMetadata = () => {
      if (info.Title) info.Title = escapeXml(info.Title);
      if (info.Author) info.Author = escapeXml(info.Author);
      if (info.Subject) info.Subject = escapeXml(info.Subject);
      endMetadata();
    };

    this.structure = this.pdf.struct('Document');
    this.pdf.addStructure(this.structure);
    this.pdf.y = this.top;
    this.pdf.on('pageAdded', () => {
      this.pagesStarted += 1;
      if (this.pagesStarted % WORD_CACHE_PAGES === 0) this.forgetLaidOutWords();
    });
    if (meta.pagination === 'streamed') {
      this.frameCurrentPage();
      this.pdf.on('pageAdded', () => this.frameCurrentPage());
    }
  }

  /** Empties pdfkit's per-document word cache (see WORD_CACHE_PAGES). */
  private forgetLaidOutWords(): void {
    const fonts = new Set(Object.values((this.pdf as unknown as PdfkitFonts)._fontFamilies ?? {}));
    for (const font of fonts) if (font.layoutCache) font.layoutCache = Object.create(null) as Record<string, unknown>;
  }

  private streamedPages = 0;
  private pagesStarted = 1;
  private pagesAtLastPause = 1;

  /**
   * Lets the event loop run if a page was started since the last pause: other calls to the service
   * are answered while a long register is drawn, and the bytes already produced leave pdfkit's
   * stream instead of piling up in it (a PDF drawn in one synchronous go is held whole, in tens of
   * thousands of small chunks, until it ends). Once a page, so the pauses cost nothing measurable.
   */
  async breathe(): Promise<void> {
    if (this.pagesStarted === this.pagesAtLastPause) return;
    this.pagesAtLastPause = this.pagesStarted;
    await new Promise<void>((resolve) => setImmediate(resolve));
  }

  /** Streamed pagination: header and footer drawn when a page starts, then the content state restored. */
  private frameCurrentPage(): void {
    this.streamedPages += 1;
    const pdf = this.pdf as PDFKit.PDFDocument & { _font?: { name?: string }; _fontSize?: number; _fillColor?: unknown };
    const { x, y } = pdf;
    const fontName = pdf._font?.name;
    const fontSize = pdf._fontSize;
    const fill = pdf._fillColor;
    const frame = { organisation: this.meta.organisation, auditHead: this.meta.auditHead, generatedAt: this.meta.generatedAt };
    pdf.markContent('Artifact', { type: 'Pagination' });
    drawHeader(pdf, frame);
    drawFooter(pdf, frame, this.streamedPages, null);
    pdf.endMarkedContent();
    pdf.x = x;
    pdf.y = y;
    if (fontName) pdf.font(fontName);
    if (fontSize) pdf.fontSize(fontSize);
    if (Array.isArray(fill) && fill.length > 0) pdf.fillColor(fill[0] as PDFKit.Mixins.ColorValue);
  }

  newPage(): void {
    this.pdf.addPage();
    this.pdf.x = this.left;
    this.pdf.y = this.top;
  }

  ensureSpace(height: number): void {
    if (this.pdf.y + height > this.bottom) this.newPage();
  }

  artifact(draw: () => void): void {
    this.pdf.markContent('Artifact', { type: 'Layout' });
    draw();
    this.pdf.endMarkedContent();
  }

  /** Adds a tagged block: `draw` runs at once, its content marked as `type` (P, H1, LBody…). */
  private tagged(type: string, draw: () => void, parent: PDFKit.PDFStructureElement = this.structure): void {
    parent.add(this.pdf.struct(type, {}, draw));
  }

  /** Text from the cursor, `indent` points in from the left edge and `rightPad` in from the right. */
  private textBlock(text: string, font: string, size: number, color: string, indent = 0, rightPad = 0): void {
    this.pdf.font(font).fontSize(size).fillColor(color);
    this.pdf.text(text, this.left + indent, this.pdf.y, { width: this.width - indent - rightPad, lineGap: BODY_LINE_GAP });
  }

  private heightOf(text: string, font: string, size: number, indent = 0, rightPad = 0): number {
    this.pdf.font(font).fontSize(size);
    return this.pdf.heightOfString(text === '' ? ' ' : text, { width: this.width - indent - rightPad, lineGap: BODY_LINE_GAP });
  }

  /** The document's title, with an optional subtitle (period, scope) under it. */
  title(text: string, subtitle?: string): this {
    this.ensureSpace(this.heightOf(text, FONT.bold, SIZE.title) + 40);
    this.tagged('H1', () => this.textBlock(text, FONT.bold, SIZE.title, COLOR.accent));
    this.pdf.outline.addItem(text);
    if (subtitle) {
      this.pdf.y += 2;
      this.tagged('P', () => this.textBlock(subtitle, FONT.regular, SIZE.subtitle, COLOR.muted));
    }
    this.pdf.y += GAP.block;
    this.organisationGaps();
    return this;
  }

  /**
   * The organisation may have been created with its name only; until its identity is complete,
   * every report says what is missing (GDPR Art. 30(1)(a), 33(3)(b): name and contact details of
   * the controller and of the DPO). Printed once, under the title, or at the end if there is none.
   */
  private organisationGaps(): void {
    if (this.gapsShown) return;
    this.gapsShown = true;
    this.missingInformation(
      this.meta.organisation.missing,
      "L'identité de l'organisme est incomplète ; complétez-la (écran « Organisme ») pour que ce document soit complet :",
    );
  }

  /** A numbered section heading ("2. …", or "2.1 …" at level 2); kept with the lines that follow. */
  heading(text: string, level: 1 | 2 = 1): this {
    if (level === 1) {
      this.sections.splice(0, this.sections.length, (this.sections[0] ?? 0) + 1);
    } else {
      if (this.sections.length === 0) this.sections.push(0);
      this.sections[1] = (this.sections[1] ?? 0) + 1;
    }
    const number = level === 1 ? `${this.sections[0] ?? 1}.` : `${this.sections[0] ?? 0}.${this.sections[1] ?? 1}`;
    const label = `${number} ${text}`;
    const size = level === 1 ? SIZE.h1 : SIZE.h2;
    this.pdf.y += level === 1 ? GAP.block / 2 : 0;
    this.ensureSpace(this.heightOf(label, FONT.bold, size) + 4 * SIZE.body);
    this.tagged(level === 1 ? 'H2' : 'H3', () => this.textBlock(label, FONT.bold, size, COLOR.accent));
    if (level === 1) this.pdf.outline.addItem(label);
    this.pdf.y += GAP.paragraph;
    return this;
  }

  paragraph(text: string, options: { muted?: boolean; italic?: boolean } = {}): this {
    this.ensureSpace(2 * SIZE.body);
    const font = options.italic ? FONT.italic : FONT.regular;
    this.tagged('P', () => this.textBlock(text, font, SIZE.body, options.muted ? COLOR.muted : COLOR.ink));
    this.pdf.y += GAP.paragraph;
    return this;
  }

  /** Label / value pairs (an identity block, a summary); empty values print "Non renseigné". */
  keyValues(pairs: readonly KeyValue[]): this {
    drawTable(this, {
      variant: 'keyValue',
      columns: [
        { header: 'Rubrique', width: 35 },
        { header: 'Valeur', width: 65 },
      ],
      rows: pairs.map((p) => [p.label, p.value == null || p.value.trim() === '' ? NOT_PROVIDED : p.value]),
    });
    return this;
  }

  /** A table with a header row repeated on every page it spans. */
  table(spec: TableSpec): this {
    drawTable(this, spec);
    return this;
  }

  /** The same table, for registers of any length: drawn row by row, with a pause at each new page. */
  async longTable(spec: TableSpec): Promise<this> {
    for (const _row of tableRows(this, spec)) await this.breathe();
    return this;
  }

  bullets(items: readonly string[], parent: PDFKit.PDFStructureElement = this.structure): this {
    const list = this.pdf.struct('L');
    parent.add(list);
    for (const item of items) this.bulletItem(list, item, COLOR.ink);
    list.end();
    this.pdf.y += GAP.paragraph;
    return this;
  }

  /** One list item; `inset` shifts it right (inside a box), `before` runs once its page is settled. */
  private bulletItem(
    list: PDFKit.PDFStructureElement,
    text: string,
    color: string,
    inset = 0,
    before?: (height: number) => void,
  ): void {
    const indent = inset + 14;
    const rightPad = inset > 0 ? 6 : 0;
    const height = this.heightOf(text, FONT.regular, SIZE.body, indent, rightPad);
    this.ensureSpace(Math.min(height, 3 * SIZE.body) + 2);
    before?.(height);
    const y = this.pdf.y;
    const li = this.pdf.struct('LI');
    list.add(li);
    li.add(
      this.pdf.struct('Lbl', {}, () => {
        this.pdf.font(FONT.regular).fontSize(SIZE.body).fillColor(color);
        this.pdf.text('•', this.left + inset + 4, y, { lineBreak: false });
      }),
    );
    this.pdf.y = y;
    li.add(this.pdf.struct('LBody', {}, () => this.textBlock(text, FONT.regular, SIZE.body, color, indent, rightPad)));
    li.end();
    this.pdf.y += 2;
  }

  /**
   * A shaded warning box listing what the file lacks, e.g. the Art. 33(3) items a notification
   * still needs. Printed rather than hidden: an incomplete record must look incomplete.
   */
  missingInformation(items: readonly string[], intro = 'Les informations suivantes manquent ; complétez-les avant de transmettre ce document :'): this {
    if (items.length === 0) return this;
    const inset = 12;
    const band = (y: number, height: number): void =>
      this.artifact(() => {
        this.pdf.rect(this.left, y, this.width, height).fillColor(COLOR.warningFill).fill();
        this.pdf.rect(this.left, y, 3, height).fillColor(COLOR.warningBorder).fill();
      });
    const box = this.pdf.struct('Div');
    this.structure.add(box);

    const titleText = '⚠ Informations manquantes';
    const titleHeight = this.heightOf(titleText, FONT.bold, SIZE.body + 0.5, inset, 6);
    const introHeight = this.heightOf(intro, FONT.regular, SIZE.body, inset, 6);
    this.ensureSpace(titleHeight + introHeight + 3 * SIZE.body + 16);
    band(this.pdf.y, titleHeight + introHeight + 14);
    this.pdf.y += 6;
    this.tagged('P', () => this.textBlock(titleText, FONT.bold, SIZE.body + 0.5, COLOR.warningInk, inset, 6), box);
    this.pdf.y += 2;
    this.tagged('P', () => this.textBlock(intro, FONT.regular, SIZE.body, COLOR.warningInk, inset, 6), box);
    this.pdf.y += 6;

    const list = this.pdf.struct('L');
    box.add(list);
    items.forEach((item, i) => {
      const last = i === items.length - 1;
      this.bulletItem(list, item, COLOR.warningInk, inset - 4, (height) => band(this.pdf.y, height + 2 + (last ? 6 : 0)));
    });
    list.end();
    box.end();
    this.pdf.y += 6 + GAP.block;
    return this;
  }

  spacer(height = GAP.block): this {
    this.pdf.y += height;
    return this;
  }

  /** Draws the running header and footer on every page, then closes the PDF. Called by the renderers. */
  finish(): void {
    if (this.finished) return;
    this.organisationGaps();
    this.finished = true;
    if (this.meta.pagination === 'streamed') {
      this.paragraph(`Fin du document — ${this.streamedPages} page${this.streamedPages > 1 ? 's' : ''}.`);
      this.structure.end();
      this.pdf.end();
      return;
    }
    const range = this.pdf.bufferedPageRange();
    const frame = { organisation: this.meta.organisation, auditHead: this.meta.auditHead, generatedAt: this.meta.generatedAt };
    for (let i = range.start; i < range.start + range.count; i++) {
      this.pdf.switchToPage(i);
      this.pdf.markContent('Artifact', { type: 'Pagination' });
      drawHeader(this.pdf, frame);
      drawFooter(this.pdf, frame, i + 1, range.count);
      this.pdf.endMarkedContent();
    }
    this.structure.end();
    this.pdf.end();
  }
}

/** Fills the document; may be async (rows read from the store). Its return value is ignored. */
export type BuildDocument = (doc: ReportDocument) => unknown;

/** Builds a report and streams it into `out`; resolves once `out` has flushed everything. */
export async function renderPdfTo(meta: DocumentMeta, build: BuildDocument, out: Writable): Promise<void> {
  const doc = new ReportDocument(meta);
  doc.pdf.pipe(out);
  try {
    await build(doc);
    doc.finish();
  } catch (error) {
    doc.pdf.unpipe(out);
    throw error;
  }
  await finished(out);
}

/**
 * pdfkit emits one small buffer per line of PDF syntax (" 12 0 obj", "endobj"…): hundreds of
 * thousands for a long register, each with its own memory block. They are copied into 1 MiB blocks
 * as they arrive and dropped.
 */
class OutputBlocks {
  private static readonly BLOCK = 1 << 20;
  private readonly full: Buffer[] = [];
  private current = Buffer.allocUnsafe(OutputBlocks.BLOCK);
  private used = 0;
  private total = 0;

  push(chunk: Uint8Array): void {
    this.total += chunk.length;
    let offset = 0;
    while (offset < chunk.length) {
      if (this.used === this.current.length) {
        this.full.push(this.current);
        this.current = Buffer.allocUnsafe(Math.max(OutputBlocks.BLOCK, chunk.length - offset));
        this.used = 0;
      }
      const n = Math.min(chunk.length - offset, this.current.length - this.used);
      this.current.set(chunk.subarray(offset, offset + n), this.used);
      this.used += n;
      offset += n;
    }
  }

  concat(): Buffer {
    return Buffer.concat([...this.full, this.current.subarray(0, this.used)], this.total);
  }
}

/** Builds a report in memory (documents and registers the service returns as bytes). */
export async function renderPdf(meta: DocumentMeta, build: BuildDocument): Promise<Buffer> {
  const doc = new ReportDocument(meta);
  const output = new OutputBlocks();
  doc.pdf.on('data', (chunk: Uint8Array) => output.push(chunk));
  const ended = once(doc.pdf, 'end');
  await build(doc);
  doc.finish();
  await ended;
  return output.concat();
}
