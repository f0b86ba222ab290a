/**
 * Reads a sheet back into plain objects keyed by its header row. Loads the whole file in memory:
 * meant for tests and small imports, not for 100 000-row exports.
 */
import ExcelJS from 'exceljs';

export type ReadCell = string | number | boolean | Date | null;

function plain(value: ExcelJS.CellValue): ReadCell {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean' || value instanceof Date) return value;
  if (typeof value === 'object') {
    if ('richText' in value) return value.richText.map((part) => part.text).join('');
    if ('result' in value) return plain(value.result as ExcelJS.CellValue);
    if ('text' in value && typeof value.text === 'string') return value.text;
    if ('error' in value) return String(value.error);
  }
  return String(value);
}

export async function loadWorkbook(source: Buffer | string): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  if (typeof source === 'string') await workbook.xlsx.readFile(source);
  // exceljs declares its own `Buffer` interface (an ArrayBuffer), which Node's Buffer does not match.
  else await workbook.xlsx.load(source as unknown as ArrayBuffer);
  return workbook;
}

export async function readSheetRows(source: Buffer | string, sheetName: string): Promise<Record<string, ReadCell>[]> {
  const workbook = await loadWorkbook(source);
  const sheet = workbook.getWorksheet(sheetName);
  if (!sheet) {
    const names = workbook.worksheets.map((ws) => `« ${ws.name} »`).join(', ');
    throw new Error(`Onglet « ${sheetName} » introuvable dans le classeur (onglets présents : ${names || 'aucun'}).`);
  }
  const headers: string[] = [];
  sheet.getRow(1).eachCell({ includeEmpty: true }, (cell, col) => {
    headers[col - 1] = String(plain(cell.value) ?? `Colonne ${col}`);
  });
  const rows: Record<string, ReadCell>[] = [];
  sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    if (rowNumber === 1) return;
    const record: Record<string, ReadCell> = {};
    headers.forEach((header, i) => {
      record[header] = plain(row.getCell(i + 1).value);
    });
    rows.push(record);
  });
  return rows;
}
