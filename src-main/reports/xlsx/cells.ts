/**
 * How one value becomes one spreadsheet cell. Dates are real Excel dates (sortable, filterable), not
 * text: a calendar date is midnight UTC of that day (no time zone can shift it), an instant is its
 * Europe/Paris wall-clock time (DESIGN.md, "Time and deadlines"), since Excel has no time zones.
 */
import { DateTime } from 'luxon';
import { PARIS } from '../format';

export type ColumnType = 'text' | 'date' | 'datetime' | 'number' | 'boolean' | 'list';

export type CellInput = string | number | boolean | Date | null | undefined | readonly string[];

export type CellOutput = string | number | Date | null;

export const NUM_FMT: Partial<Record<ColumnType, string>> = {
  date: 'dd/mm/yyyy',
  datetime: 'dd/mm/yyyy hh:mm',
};

/** Excel refuses a cell longer than this (specification limits, ECMA-376). */
export const MAX_CELL_CHARS = 32767;
const TRUNCATED = ' […] (texte tronqué : limite d’Excel de 32 767 caractères)';

/** Characters XML 1.0 cannot carry; one of them in a cell makes Excel declare the whole file corrupt. */
// eslint-disable-next-line no-control-regex
const XML_INVALID = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;

export function cleanText(text: string): string {
  const clean = text.replace(XML_INVALID, '');
  return clean.length > MAX_CELL_CHARS ? clean.slice(0, MAX_CELL_CHARS - TRUNCATED.length) + TRUNCATED : clean;
}

/**
 * Calendar dates repeat (a year has 365 of them; a 100 000-row register has 100 000 dates): each
 * distinct string is converted once. The Dates are shared between cells, which exceljs only reads.
 */
const calendarCells = new Map<string, Date | null>();
const MAX_CACHED_DATES = 20_000;

/** "2026-03-05" → 2026-03-05T00:00:00Z; an instant → its calendar day in Paris. */
export function calendarDateCell(value: string): Date | null {
  if (value.length === 10) {
    const cached = calendarCells.get(value);
    if (cached !== undefined) return cached;
    const cell = convertCalendarDate(value);
    if (calendarCells.size >= MAX_CACHED_DATES) calendarCells.clear();
    calendarCells.set(value, cell);
    return cell;
  }
  return convertCalendarDate(value);
}

function convertCalendarDate(value: string): Date | null {
  const calendar = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (calendar) {
    const date = new Date(Date.UTC(Number(calendar[1]), Number(calendar[2]) - 1, Number(calendar[3])));
    // Reject 2026-02-31 and the like instead of letting Date roll them into March.
    return date.toISOString().startsWith(value) ? date : null;
  }
  const instant = DateTime.fromISO(value, { setZone: true });
  if (!instant.isValid) return null;
  const paris = instant.setZone(PARIS);
  return new Date(Date.UTC(paris.year, paris.month - 1, paris.day));
}

/** An instant → a Date whose UTC fields are the Paris wall-clock time (what Excel will display). */
/** Paris UTC offset (minutes) per hour of UTC time: it only changes at DST transitions. */
const parisOffsetByHour = new Map<number, number>();

function parisOffsetMinutes(epochMs: number): number {
  const hour = Math.floor(epochMs / 3_600_000);
  let offset = parisOffsetByHour.get(hour);
  if (offset === undefined) {
    offset = DateTime.fromMillis(hour * 3_600_000, { zone: PARIS }).offset;
    if (parisOffsetByHour.size > 100_000) parisOffsetByHour.clear();
    parisOffsetByHour.set(hour, offset);
  }
  return offset;
}

/**
 * Excel has no time zones: an instant is written as the Paris wall-clock time. Hot path of every
 * register export (100,000 rows): the zone offset is cached per hour instead of asking luxon per cell.
 */
export function parisDateTimeCell(value: string | Date): Date | null {
  const ms = typeof value === 'string' ? (ISO_INSTANT.test(value) ? Date.parse(value) : NaN) : value.getTime();
  if (!Number.isFinite(ms)) return null;
  const local = new Date(ms + parisOffsetMinutes(ms) * 60_000);
  return new Date(Date.UTC(local.getUTCFullYear(), local.getUTCMonth(), local.getUTCDate(), local.getUTCHours(), local.getUTCMinutes(), local.getUTCSeconds()));
}

/** ISO 8601 date-time with an explicit offset or Z (what the store writes). */
const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/;

/**
 * Converts `value` for a column of `type`; returns an error sentence (French) for a value the column
 * cannot hold, so the caller can say which sheet, row and column to fix.
 */
export function toCell(type: ColumnType, value: CellInput): { value: CellOutput } | { error: string } {
  if (value === null || value === undefined || value === '') return { value: null };
  switch (type) {
    case 'text':
      if (Array.isArray(value)) return { value: cleanText(value.join('; ')) };
      if (value instanceof Date) return { value: cleanText(value.toISOString()) };
      return { value: cleanText(String(value)) };
    case 'list':
      if (Array.isArray(value)) return { value: value.length === 0 ? null : cleanText(value.join('; ')) };
      return { value: cleanText(String(value)) };
    case 'number':
      if (typeof value === 'number' && Number.isFinite(value)) return { value };
      return { error: `nombre attendu, reçu « ${String(value)} »` };
    case 'boolean':
      if (typeof value === 'boolean') return { value: value ? 'Oui' : 'Non' };
      return { error: `valeur oui/non attendue, reçu « ${String(value)} »` };
    case 'date': {
      const date = typeof value === 'string' ? calendarDateCell(value) : value instanceof Date ? calendarDateCell(value.toISOString()) : null;
      return date ? { value: date } : { error: `date invalide « ${String(value)} » (format attendu : AAAA-MM-JJ)` };
    }
    case 'datetime': {
      const date = typeof value === 'string' || value instanceof Date ? parisDateTimeCell(value) : null;
      return date ? { value: date } : { error: `date et heure invalides « ${String(value)} » (format ISO 8601 attendu)` };
    }
  }
}
