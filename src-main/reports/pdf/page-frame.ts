/**
 * The running header and footer printed on every page of every report.
 *
 * Header: who the controller is and who its DPO is — the identity a CNIL reader needs first
 * (GDPR Art. 30(1)(a) and Art. 33(3)(b)). Footer: page n / N, the generation instant (Europe/Paris)
 * and the audit-log head hash, which ties the document to the exact state of the vault it came from
 * (accountability, Art. 5(2)).
 *
 * Everything here is drawn after the content (pdfkit `bufferPages`) and marked as a pagination
 * artifact, so screen readers and the tag tree skip it.
 */
import type { Organisation } from '../../shared/schemas/organisation';
import { formatParisDateTime, formatSiren } from '../format';
import { COLOR, FONT, MARGINS, PAGE, SIZE } from './theme';

export interface AuditHead {
  seq: number;
  hash: string;
}

export interface PageFrameInfo {
  organisation: Organisation;
  /** `null` only for documents made while no audit log is at hand (e.g. a recovery kit at vault creation). */
  auditHead: AuditHead | null;
  generatedAt: string;
}

/** Printed verbatim before the hash: tests and readers look for this exact label. */
export const AUDIT_HASH_LABEL = "Empreinte du journal d'audit :";

const HEADER_TOP = 32;
const FOOTER_TOP = PAGE.height - MARGINS.bottom + 22;

/** Shortens `text` with "…" until it fits `maxWidth` at the current font and size. */
export function fitOneLine(pdf: PDFKit.PDFDocument, text: string, maxWidth: number): string {
  if (pdf.widthOfString(text) <= maxWidth) return text;
  let low = 0;
  let high = text.length;
  while (low < high) {
    const mid = Math.ceil((low + high) / 2);
    if (pdf.widthOfString(`${text.slice(0, mid).trimEnd()}…`) <= maxWidth) low = mid;
    else high = mid - 1;
  }
  return `${text.slice(0, low).trimEnd()}…`;
}

/**
 * Draws one line without pdfkit's line wrapper (no `width`), so text in the margins can never
 * trigger an automatic page break.
 */
function line(pdf: PDFKit.PDFDocument, text: string, x: number, y: number, align: 'left' | 'right', maxWidth: number): void {
  const fitted = fitOneLine(pdf, text, maxWidth);
  const left = align === 'right' ? x - pdf.widthOfString(fitted) : x;
  pdf.text(fitted, left, y, { lineBreak: false });
}

export function drawHeader(pdf: PDFKit.PDFDocument, info: PageFrameInfo): void {
  const { organisation: org } = info;
  const right = PAGE.width - MARGINS.right;
  const half = (PAGE.width - MARGINS.left - MARGINS.right) / 2 - 8;

  // Fields may still be empty (an organisation is created with its name only): say so, never print blanks.
  const address = [org.address.street, `${org.address.postalCode} ${org.address.city}`.trim()].filter((part) => part !== '').join(', ');

  pdf.font(FONT.bold).fontSize(SIZE.header + 1).fillColor(COLOR.accent);
  line(pdf, org.name, MARGINS.left, HEADER_TOP, 'left', half);
  pdf.font(FONT.regular).fontSize(SIZE.header).fillColor(COLOR.muted);
  line(pdf, org.siren ? `SIREN ${formatSiren(org.siren)}` : 'SIREN non renseigné', MARGINS.left, HEADER_TOP + 13, 'left', half);
  line(pdf, address || 'Adresse non renseignée', MARGINS.left, HEADER_TOP + 24, 'left', half);

  pdf.font(FONT.regular).fontSize(SIZE.header).fillColor(COLOR.muted);
  line(pdf, 'Délégué à la protection des données', right, HEADER_TOP + 1, 'right', half);
  pdf.font(FONT.bold).fillColor(org.dpoName ? COLOR.ink : COLOR.missing);
  line(pdf, org.dpoName || 'Nom non renseigné', right, HEADER_TOP + 13, 'right', half);
  pdf.font(FONT.regular).fillColor(COLOR.muted);
  const contact = [org.dpoEmail, org.dpoPhone].filter((part) => part !== '').join(' · ');
  line(pdf, contact || 'Coordonnées non renseignées', right, HEADER_TOP + 24, 'right', half);

  pdf
    .moveTo(MARGINS.left, HEADER_TOP + 40)
    .lineTo(right, HEADER_TOP + 40)
    .lineWidth(0.75)
    .strokeColor(COLOR.accent)
    .stroke();
}

export function drawFooter(pdf: PDFKit.PDFDocument, info: PageFrameInfo, pageNumber: number, pageCount: number | null): void {
  const right = PAGE.width - MARGINS.right;
  const width = right - MARGINS.left;

  pdf
    .moveTo(MARGINS.left, FOOTER_TOP - 6)
    .lineTo(right, FOOTER_TOP - 6)
    .lineWidth(0.5)
    .strokeColor(COLOR.rule)
    .stroke();

  pdf.font(FONT.regular).fontSize(SIZE.footer).fillColor(COLOR.muted);
  line(pdf, `Généré le ${formatParisDateTime(info.generatedAt, 'Date de génération')} (heure de Paris)`, MARGINS.left, FOOTER_TOP, 'left', width * 0.7);
  pdf.font(FONT.bold).fillColor(COLOR.ink);
  line(pdf, pageCount === null ? `Page ${pageNumber}` : `Page ${pageNumber} / ${pageCount}`, right, FOOTER_TOP, 'right', width * 0.25);
  pdf.font(FONT.regular).fillColor(COLOR.muted);
  const head = info.auditHead ? `${info.auditHead.hash} (entrée n° ${info.auditHead.seq})` : 'non disponible pour ce document';
  line(pdf, `${AUDIT_HASH_LABEL} ${head}`, MARGINS.left, FOOTER_TOP + 11, 'left', width);
}
