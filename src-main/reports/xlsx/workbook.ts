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
import { once } from 'node:events';
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

/** Rows between two checks that the zip has taken what was written (keeps memory flat). */
const ROWS_PER_BATCH = 500;

/**
 * Deflate level of the XLSX container. Level 1 instead of zlib's default 6: measured on the audit
 * pack's 130 000 rows, deflating took most of the writing time at level 6, for a file only ~25 %
 * smaller; the archive is as valid (Excel, LibreOffice and exceljs read it back).
 */
export const XLSX_DEFLATE_LEVEL = 1;

/**
 * Style objects shared by every cell that uses them, never mutated: exceljs remembers the style id
 * of an object it has already seen (a WeakMap), instead of building the style again for each cell —
 * with a fresh style per cell, a 100 000-row register took about twice as long to write.
 * Numbers get their own object: exceljs gives the first cell of an object its style id, and a number
 * cell's id (format « General ») differs from a text cell's.
 */
const HEADER_STYLE: Partial<ExcelJS.Style> = Object.freeze({
  font: { bold: true, color: { argb: 'FF1F3A5F' } },
  fill: { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE6EBF2' } },
  border: { bottom: { style: 'thin', color: { argb: 'FF1F3A5F' } } },
  alignment: { vertical: 'middle' },
} satisfies Partial<ExcelJS.Style>);
const TEXT_STYLE: Partial<ExcelJS.Style> = Object.freeze({});
const CELL_STYLES: Readonly<Record<ColumnType, Partial<ExcelJS.Style>>> = {
  text: TEXT_STYLE,
  list: TEXT_STYLE,
  boolean: TEXT_STYLE,
  number: Object.freeze({}),
  date: Object.freeze({ numFmt: NUM_FMT.date ?? 'dd/mm/yyyy' }),
  datetime: Object.freeze({ numFmt: NUM_FMT.datetime ?? 'dd/mm/yyyy hh:mm' }),
};

export function createWorkbookWriter(out: Writable, meta: WorkbookMeta): WorkbookWriter {
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({
    stream: out,
    useStyles: true,
    // Shared strings would keep every distinct text of the workbook in memory until the end.
    useSharedStrings: false,
    zip: { zlib: { level: XLSX_DEFLATE_LEVEL } },
  });
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

/**
 * exceljs's streaming internals, typed here because its declarations omit them: a worksheet's XML
 * stream (piped into the zip through a PassThrough, `pipes[0]`) and the workbook's archiver.
 */
interface SheetInternals {
  id: number;
  commit(): void;
  stream: NodeJS.EventEmitter & { pipes?: Writable[] };
}
interface ZipInternals {
  zip?: NodeJS.EventEmitter;
}

/**
 * Commits a worksheet and waits until the zip has taken all of its XML, before the next sheet starts.
 * exceljs's own « zipped » event fires when the sheet's stream is ended, not when the zip has read
 * it: waiting on it returned at once, leaving whole sheets queued in memory. The archiver's « entry »
 * event, for this sheet's file, is the real end.
 */
export async function commitSheet(workbook: WorkbookWriter, sheet: ExcelJS.Worksheet): Promise<void> {
  const writer = sheet as unknown as SheetInternals;
  const zip = (workbook as unknown as ZipInternals).zip;
  if (!zip) {
    // Internals moved (another exceljs version): commit without waiting rather than fail the export.
    writer.commit();
    return;
  }
  const file = `worksheets/sheet${writer.id}.xml`;
  const zipped = new Promise<void>((resolve, reject) => {
    const onEntry = (entry: { name?: string }): void => {
      if (!entry.name?.endsWith(file)) return;
      zip.off('entry', onEntry);
      zip.off('error', onError);
      resolve();
    };
    const onError = (error: Error): void => {
      zip.off('entry', onEntry);
      reject(error);
    };
    zip.on('entry', onEntry);
    zip.once('error', onError);
  });
  writer.commit();
  await zipped;
}

/**
 * Waits while the zip is behind the rows written so far. exceljs writes into the sheet's stream
 * without ever waiting, so a fast row source would pile up the sheet's XML in memory: this is the
 * back-pressure it lacks (and a turn of the event loop for the other calls in any case).
 */
async function keepUp(sheet: ExcelJS.Worksheet): Promise<void> {
  const target = (sheet as unknown as SheetInternals).stream.pipes?.[0];
  if (target?.writableNeedDrain) await once(target, 'drain');
  else await new Promise<void>((resolve) => setImmediate(resolve));
}

/**
 * Adds a sheet: bold header row frozen at the top, an autofilter over the data, real dates, Oui/Non for
 * booleans, lists joined with "; ". Rows are committed as they come. Returns the number of data rows.
 */
export async function addTableSheet<R extends SheetRow>(workbook: WorkbookWriter, spec: TableSheetSpec<R>): Promise<number> {
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
      if ('error' in converted) {
        throw new Error(`Onglet « ${spec.name} », ligne ${count + 2}, colonne « ${column.header} » : ${converted.error}.`);
      }
      return converted.value;
    });
    const added = sheet.addRow(values);
    styles.forEach((style, i) => {
      added.getCell(i + 1).style = style;
    });
    added.commit();
    count++;
    if (count % ROWS_PER_BATCH === 0) await keepUp(sheet);
  }

  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: count + 1, column: columns.length } };
  await commitSheet(workbook, sheet);
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
