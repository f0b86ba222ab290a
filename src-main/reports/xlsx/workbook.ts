/**
 * Spreadsheet exports through exceljs's streaming writer: each row is written and released as soon as
 * it is added, so a 100 000-row register costs the same memory as a 100-row one.
 *
 *   await writeFileAtomic(path, (out) => writeWorkbook(out, { generatedAt }, async (wb) => {
 *     await addInfoSheet(wb, { … });
 *     await addTableSheet(wb, { name: 'Violations', columns, rows: repo.iterate() });
 *   }));
 */
import ExcelJS from 'exceljs';
import { PassThrough, type Writable } from 'node:stream';
import { cleanText, NUM_FMT, toCell, type CellInput, type ColumnType } from './cells';

export type WorkbookWriter = ExcelJS.stream.xlsx.WorkbookWriter;

export interface SheetColumn<K extends string = string> {
  header: string;
  key: K;
  /** Width in characters; a default suited to the type otherwise. */
  width?: number;
  type: ColumnType;
}

export type SheetRow = Readonly<Record<string, CellInput>>;

export interface TableSheetSpec<R extends SheetRow> {
  /** Tab name: at most 31 characters, none of : \ / ? * [ ]. */
  name: string;
  columns: readonly SheetColumn<keyof R & string>[];
  rows: AsyncIterable<R> | Iterable<R>;
}

export interface WorkbookMeta {
  /** ISO instant stored as the file's creation date. */
  generatedAt: string;
}

const DEFAULT_WIDTH: Record<ColumnType, number> = { text: 30, list: 40, date: 12, datetime: 17, number: 12, boolean: 9 };

/** Rows between two pauses that let the zip stream drain what was written (keeps memory flat). */
const ROWS_PER_BATCH = 500;

const HEADER_STYLE: Partial<ExcelJS.Style> = {
  font: { bold: true, color: { argb: 'FF1F3A5F' } },
  fill: { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE6EBF2' } },
  border: { bottom: { style: 'thin', color: { argb: 'FF1F3A5F' } } },
  alignment: { vertical: 'middle' },
};

export function createWorkbookWriter(out: Writable, meta: WorkbookMeta): WorkbookWriter {
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useStyles: true, useSharedStrings: false });
  workbook.creator = 'DPO Workbench';
  workbook.lastModifiedBy = 'DPO Workbench';
  const created = new Date(meta.generatedAt);
  if (!Number.isNaN(created.getTime())) {
    workbook.created = created;
    workbook.modified = created;
  }
  return workbook;
}

const sheetNames = new WeakMap<WorkbookWriter, Set<string>>();

/** Checks a tab name against Excel's rules; throws a French sentence saying what to change. */
export function assertSheetName(workbook: WorkbookWriter, name: string): void {
  if (name.trim() === '' || name.length > 31) {
    throw new Error(`Nom d'onglet « ${name} » invalide : 1 à 31 caractères.`);
  }
  if (/[:\\/?*[\]]/.test(name) || name.startsWith("'") || name.endsWith("'")) {
    throw new Error(`Nom d'onglet « ${name} » invalide : retirez les caractères : \\ / ? * [ ] et les apostrophes en début ou fin.`);
  }
  // The streaming writer has no `worksheets` list at run time (its types say otherwise): track names here.
  const names = sheetNames.get(workbook) ?? new Set<string>();
  if (names.has(name.toLowerCase())) {
    throw new Error(`Deux onglets portent le nom « ${name} » : donnez-leur des noms différents.`);
  }
  names.add(name.toLowerCase());
  sheetNames.set(workbook, names);
}

/** Commits a worksheet and waits until its XML is in the zip, before the next sheet starts. */
async function commitSheet(sheet: ExcelJS.Worksheet): Promise<void> {
  // exceljs's streaming worksheet exposes commit() and its zip entry stream at run time; its types do not.
  const writer = sheet as unknown as { commit(): void; stream: NodeJS.EventEmitter };
  const zipped = new Promise<void>((resolve) => writer.stream.once('zipped', () => resolve()));
  writer.commit();
  await zipped;
}

const pause = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

/**
 * Adds a sheet: bold header row frozen at the top, an autofilter over the data, real dates, Oui/Non for
 * booleans, lists joined with "; ". Rows are committed as they come. Returns the number of data rows.
 */
export async function addTableSheet<R extends SheetRow>(workbook: WorkbookWriter, spec: TableSheetSpec<R>): Promise<number> {
  assertSheetName(workbook, spec.name);
  if (spec.columns.length === 0) throw new Error(`Onglet « ${spec.name} » sans colonne : indiquez au moins une colonne.`);
  const sheet = workbook.addWorksheet(spec.name, { views: [{ state: 'frozen', ySplit: 1, xSplit: 0 }] });
  sheet.columns = spec.columns.map((c) => ({ key: c.key, width: c.width ?? DEFAULT_WIDTH[c.type] }));

  const header = sheet.addRow(spec.columns.map((c) => cleanText(c.header)));
  header.eachCell((cell) => {
    cell.style = HEADER_STYLE;
  });
  header.commit();

  let count = 0;
  for await (const row of spec.rows) {
    const values = spec.columns.map((column) => {
      const converted = toCell(column.type, row[column.key]);
      if ('error' in converted) {
        throw new Error(`Onglet « ${spec.name} », ligne ${count + 2}, colonne « ${column.header} » : ${converted.error}.`);
      }
      return converted.value;
    });
    const added = sheet.addRow(values);
    spec.columns.forEach((column, i) => {
      const numFmt = NUM_FMT[column.type];
      if (numFmt && values[i] !== null) added.getCell(i + 1).numFmt = numFmt;
    });
    added.commit();
    count++;
    if (count % ROWS_PER_BATCH === 0) await pause();
  }

  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: count + 1, column: spec.columns.length } };
  await commitSheet(sheet);
  return count;
}

export type BuildWorkbook = (workbook: WorkbookWriter) => Promise<void>;

/** Streams a workbook into `out` (a file through writeFileAtomic, an HTTP response…). */
export async function writeWorkbook(out: Writable, meta: WorkbookMeta, build: BuildWorkbook): Promise<void> {
  const workbook = createWorkbookWriter(out, meta);
  await build(workbook);
  await workbook.commit();
}

/** Builds a workbook in memory (API responses: FileOutput). */
export async function renderWorkbook(meta: WorkbookMeta, build: BuildWorkbook): Promise<Buffer> {
  const sink = new PassThrough();
  const chunks: Buffer[] = [];
  sink.on('data', (chunk: Buffer) => chunks.push(chunk));
  const ended = new Promise<void>((resolve, reject) => {
    sink.once('end', resolve);
    sink.once('error', reject);
  });
  await writeWorkbook(sink, meta, build);
  await ended;
  return Buffer.concat(chunks);
}
