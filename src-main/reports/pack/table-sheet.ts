/**
 * The pack's table sheets: reports/xlsx/workbook.ts `addTableSheet` (same columns spec, same cells:
 * real dates, Oui/Non, lists; frozen bold header, autofilter), with one style object per column type
 * shared by every cell of that type. exceljs recognises a style object it has already seen instead of
 * working its style id out again for each cell (the register of processing activities does the
 * same), which makes a 100 000-row register about twice as fast to write.
 * (Proposed for workbook.ts itself: see the report of issue 7.)
 */
import type ExcelJS from 'exceljs';
import { cleanText, NUM_FMT, toCell, type ColumnType } from '../xlsx/cells';
import { assertSheetName, type SheetColumn, type SheetRow, type TableSheetSpec, type WorkbookWriter } from '../xlsx/workbook';

const DEFAULT_WIDTH: Record<ColumnType, number> = { text: 30, list: 40, date: 12, datetime: 17, number: 12, boolean: 9 };
const ROWS_PER_BATCH = 500;

/** Same look as addTableSheet's header row. */
const HEADER_STYLE: Partial<ExcelJS.Style> = {
  font: { bold: true, color: { argb: 'FF1F3A5F' } },
  fill: { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE6EBF2' } },
  border: { bottom: { style: 'thin', color: { argb: 'FF1F3A5F' } } },
  alignment: { vertical: 'middle' },
};

/**
 * One shared, never mutated, style object per column type — an empty one for the unformatted types:
 * exceljs otherwise gives each cell a fresh empty style and works its style id out again per cell.
 */
const PLAIN: Partial<ExcelJS.Style> = Object.freeze({});
const CELL_STYLES: Record<ColumnType, Partial<ExcelJS.Style>> = {
  text: PLAIN,
  list: PLAIN,
  number: PLAIN,
  boolean: PLAIN,
  date: Object.freeze({ numFmt: NUM_FMT.date ?? 'dd/mm/yyyy' }),
  datetime: Object.freeze({ numFmt: NUM_FMT.datetime ?? 'dd/mm/yyyy hh:mm' }),
};

const pause = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

async function commitSheet(sheet: ExcelJS.Worksheet): Promise<void> {
  // exceljs's streaming worksheet exposes commit() and its zip entry stream at run time; its types do not.
  const writer = sheet as unknown as { commit(): void; stream: NodeJS.EventEmitter };
  const zipped = new Promise<void>((resolve) => writer.stream.once('zipped', () => resolve()));
  writer.commit();
  await zipped;
}

/** Adds a table sheet; returns the number of data rows. */
export async function addPackSheet<R extends SheetRow>(workbook: WorkbookWriter, spec: TableSheetSpec<R>): Promise<number> {
  assertSheetName(workbook, spec.name);
  if (spec.columns.length === 0) throw new Error(`Onglet « ${spec.name} » sans colonne : indiquez au moins une colonne.`);
  const columns: readonly SheetColumn<keyof R & string>[] = spec.columns;
  const sheet = workbook.addWorksheet(spec.name, { views: [{ state: 'frozen', ySplit: 1, xSplit: 0 }] });
  sheet.columns = columns.map((c) => ({ key: c.key, width: c.width ?? DEFAULT_WIDTH[c.type] }));
  const header = sheet.addRow(columns.map((c) => cleanText(c.header)));
  header.eachCell((cell) => {
    cell.style = HEADER_STYLE;
  });
  header.commit();
  const styles = columns.map((c) => CELL_STYLES[c.type]);

  let count = 0;
  for await (const row of spec.rows) {
    const values = columns.map((column) => {
      const converted = toCell(column.type, row[column.key]);
      if ('error' in converted) throw new Error(`Onglet « ${spec.name} », ligne ${count + 2}, colonne « ${column.header} » : ${converted.error}.`);
      return converted.value;
    });
    const added = sheet.addRow(values);
    styles.forEach((style, i) => {
      added.getCell(i + 1).style = style;
    });
    added.commit();
    count++;
    if (count % ROWS_PER_BATCH === 0) await pause();
  }
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: count + 1, column: columns.length } };
  await commitSheet(sheet);
  return count;
}
