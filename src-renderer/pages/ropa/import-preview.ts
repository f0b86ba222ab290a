/**
 * Reading the preview of a register import (CNIL template, XLSX): nothing is written unless every
 * fiche is valid, so the DPO sees the rows with errors first, then the others.
 */
import type { ImportPreview } from '../../../src-main/shared/schemas/processing';

export type PreviewRow = ImportPreview['rows'][number];

/** Whether the import button may be offered: a valid file with at least one fiche. */
export function canImport(preview: ImportPreview): boolean {
  return preview.valid && preview.fileErrors.length === 0 && preview.errorCount === 0 && preview.fiches > 0;
}

/** Rows with errors first (in file order), then refused ones, then the valid rows. */
export function orderedRows(preview: ImportPreview): PreviewRow[] {
  const rank = (r: PreviewRow) => (r.errors.length > 0 ? 0 : r.action === 'refused' ? 1 : 2);
  return preview.rows.map((row, index) => ({ row, index })).sort((a, b) => rank(a.row) - rank(b.row) || a.index - b.index).map((x) => x.row);
}
