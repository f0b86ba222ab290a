/**
 * The audit pack's workbook: every register of the period in one file, streamed sheet by sheet
 * (exceljs WorkbookWriter through reports/xlsx/workbook.ts), so that 100 000 requests cost the memory
 * of a few hundred rows. The rows come as (async) iterables read from the snapshot while they are
 * written. Sheets: Informations, Synthèse, Violations (the Art. 33(5) register's own columns),
 * Notifications CNIL, Demandes, Sous-traitants, Matrice art. 28, Traitements, Plan d’actions, Audits,
 * Journal d’audit, then Synthèse (last: its figures are counted while the registers are written).
 */
import type { Writable } from 'node:stream';
import type { Organisation } from '../../shared/schemas/organisation';
import type { PackPeriod } from '../../shared/schemas/pack';
import { REGISTER_COLUMNS, registerRow, type BreachRegisterEntry } from '../breaches/register-entry';
import { REGISTER_SHEET as BREACH_SHEET } from '../breaches/register-xlsx';
import type { AuditHead } from '../pdf/page-frame';
import { addInfoSheet } from '../xlsx/info-sheet';
import { addTableSheet, writeWorkbook, type SheetColumn, type SheetRow } from '../xlsx/workbook';
import {
  ACTION_COLUMNS,
  AUDIT_ITEM_COLUMNS,
  AUDIT_LOG_COLUMNS,
  MATRIX_COLUMNS,
  NOTIFICATION_COLUMNS,
  PACK_SHEETS,
  PROCESSING_COLUMNS,
  PROCESSOR_COLUMNS,
  REQUEST_COLUMNS,
  SUMMARY_COLUMNS,
  type AuditItemRow,
  type AuditLogRow,
  type NotificationSheetRow,
  type Row,
  type SummaryRow,
} from './sheets';

export const WORKBOOK_TITLE = 'Paquet d’audit — registres de la période';

type Rows<R> = AsyncIterable<R> | Iterable<R>;

export interface PackWorkbookInput {
  organisation: Organisation;
  auditHead: AuditHead;
  generatedAt: string;
  period: PackPeriod;
  /** Extra lines of the « Informations » tab (counts, scope of each tab). */
  notes: readonly { label: string; value: string }[];
  /** Called once every register tab is written: the figures counted along the way. */
  summary: () => Rows<SummaryRow>;
  breaches: Rows<BreachRegisterEntry>;
  notifications: Rows<NotificationSheetRow>;
  requests: Rows<Row>;
  processors: Rows<Row>;
  matrix: Rows<Row>;
  processings: Rows<Row>;
  actions: Rows<Row>;
  audits: Rows<AuditItemRow>;
  auditLog: Rows<AuditLogRow>;
}

async function* mapRows<T, R>(rows: Rows<T>, map: (item: T) => R): AsyncGenerator<R> {
  for await (const item of rows) yield map(item);
}

const breachColumns: SheetColumn[] = REGISTER_COLUMNS.map((c) => ({ key: c.key, header: c.header, type: c.type, ...('width' in c ? { width: c.width } : {}) }));

/** Number of data rows written per tab, by tab name. */
export type SheetCounts = Record<string, number>;

export async function writePackWorkbook(out: Writable, input: PackWorkbookInput): Promise<SheetCounts> {
  const counts: SheetCounts = {};
  await writeWorkbook(out, { generatedAt: input.generatedAt }, async (wb) => {
    await addInfoSheet(wb, {
      organisation: input.organisation,
      title: WORKBOOK_TITLE,
      period: { from: input.period.from, to: input.period.to },
      generatedAt: input.generatedAt,
      auditHead: input.auditHead,
      notes: input.notes,
    });
    const sheet = async <R extends SheetRow>(name: string, columns: readonly SheetColumn<keyof R & string>[], rows: Rows<R>): Promise<void> => {
      counts[name] = await addTableSheet<R>(wb, { name, columns, rows });
    };
    await sheet<Row>(BREACH_SHEET, breachColumns, mapRows(input.breaches, registerRow));
    await sheet(PACK_SHEETS.notifications, NOTIFICATION_COLUMNS, input.notifications);
    await sheet(PACK_SHEETS.requests, REQUEST_COLUMNS, input.requests);
    await sheet(PACK_SHEETS.processors, PROCESSOR_COLUMNS, input.processors);
    await sheet(PACK_SHEETS.matrix, MATRIX_COLUMNS, input.matrix);
    await sheet(PACK_SHEETS.processings, PROCESSING_COLUMNS, input.processings);
    await sheet(PACK_SHEETS.actions, ACTION_COLUMNS, input.actions);
    await sheet(PACK_SHEETS.audits, AUDIT_ITEM_COLUMNS, input.audits);
    await sheet(PACK_SHEETS.auditLog, AUDIT_LOG_COLUMNS, input.auditLog);
    await sheet(PACK_SHEETS.summary, SUMMARY_COLUMNS, input.summary());
  });
  return counts;
}
