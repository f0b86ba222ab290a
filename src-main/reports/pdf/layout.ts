/** What a block renderer (table, recovery-kit grid…) needs from the document it draws into. */
export interface Layout {
  readonly pdf: PDFKit.PDFDocument;
  /** The structure element new blocks are tagged under (the document root). */
  readonly structure: PDFKit.PDFStructureElement;
  /** Content box: x of the left edge, usable width, y of the first and last usable line. */
  readonly left: number;
  readonly width: number;
  readonly top: number;
  readonly bottom: number;
  /** Starts a new page; the cursor goes to the top of the content box. */
  newPage(): void;
  /** Starts a new page unless `height` points still fit below the cursor. */
  ensureSpace(height: number): void;
  /** Draws decoration that is not content (rules, fills, repeated headers): skipped by screen readers. */
  artifact(draw: () => void): void;
}
