/**
 * Time primitives shared by the deadline rules. Pure: the clock is always a parameter.
 *
 * - An instant is an ISO 8601 string WITH an offset (`2026-03-05T14:30:00Z`,
 *   `2026-03-05T15:30:00+01:00`) or a `Date`; a string without an offset is refused, because its
 *   meaning would depend on the machine's time zone.
 * - A calendar date is `YYYY-MM-DD`. Calendar arithmetic runs on UTC midnights, so it never depends
 *   on any time zone; "which day is it in France" is answered in Europe/Paris.
 */
import { DateTime } from 'luxon';
import { DomainError } from '../shared/errors';

/** DESIGN.md « Time and deadlines »: every legal day is a day in Europe/Paris. */
export const PARIS_ZONE = 'Europe/Paris';

/** A calendar date `YYYY-MM-DD`. */
export type IsoDate = string;
/** An instant as an ISO 8601 string with offset; the functions of core/ return UTC (`…Z`). */
export type IsoInstant = string;
/** What callers may pass as an instant. */
export type InstantInput = string | Date;

const DATE_PATTERN = /^\d{4}-\d{2}-\d{2}$/;
const OFFSET_PATTERN = /(Z|[+-]\d{2}(:?\d{2})?)$/i;

export interface CalendarParts {
  year: number;
  month: number;
  day: number;
}

const DAY_MS = 86_400_000;

/**
 * Checks and splits a calendar date. Calendar arithmetic uses plain UTC day numbers: it never
 * depends on a time zone, and it is ~50× faster than building DateTime objects in bulk.
 */
export function parseCalendarDate(date: IsoDate): CalendarParts {
  if (DATE_PATTERN.test(date)) {
    const year = Number(date.slice(0, 4));
    const month = Number(date.slice(5, 7));
    const day = Number(date.slice(8, 10));
    const check = new Date(Date.UTC(year, month - 1, day));
    if (check.getUTCFullYear() === year && check.getUTCMonth() === month - 1 && check.getUTCDate() === day) return { year, month, day };
  }
  throw new DomainError('VALIDATION', `La date « ${date} » est invalide : utilisez le format AAAA-MM-JJ avec une date qui existe (ex. 2026-03-05).`);
}

/** `YYYY-MM-DD` from its parts (months and days out of range carry over, as in Date.UTC). */
export function calendarDate(year: number, month: number, day: number): IsoDate {
  const d = new Date(Date.UTC(year, month - 1, day));
  const y = d.getUTCFullYear();
  if (y < 1 || y > 9999) throw new DomainError('VALIDATION', `L'année ${y} est hors de la plage prise en charge (0001-9999).`);
  return `${String(y).padStart(4, '0')}-${String(d.getUTCMonth() + 1).padStart(2, '0')}-${String(d.getUTCDate()).padStart(2, '0')}`;
}

const epochDay = (date: IsoDate): number => {
  const { year, month, day } = parseCalendarDate(date);
  return Date.UTC(year, month - 1, day) / DAY_MS;
};

/** Days in a month (month 1-12). */
export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/**
 * The same date `n` months later; when that date does not exist, the last day of the month
 * (`clamped: true`) — the rule of Reg. 1182/71 art. 3(2)(c).
 */
export function addCalendarMonths(date: IsoDate, n: number): { date: IsoDate; clamped: boolean } {
  const { year, month, day } = parseCalendarDate(date);
  const index = year * 12 + (month - 1) + n;
  const targetYear = Math.floor(index / 12);
  const targetMonth = (index % 12) + 1;
  const last = daysInMonth(targetYear, targetMonth);
  return { date: calendarDate(targetYear, targetMonth, Math.min(day, last)), clamped: day > last };
}

/** Parses an instant (string with offset, or Date) into a UTC DateTime. */
export function parseInstant(input: InstantInput): DateTime {
  if (input instanceof Date) {
    if (Number.isNaN(input.getTime())) {
      throw new DomainError('VALIDATION', 'Date et heure invalides : indiquez un instant réel.');
    }
    return DateTime.fromMillis(input.getTime(), { zone: 'utc' });
  }
  const parsed = OFFSET_PATTERN.test(input) ? DateTime.fromISO(input, { zone: 'utc' }) : null;
  if (!parsed || !parsed.isValid) {
    throw new DomainError(
      'VALIDATION',
      `L'instant « ${input} » est invalide : utilisez le format ISO 8601 avec fuseau (ex. 2026-03-05T14:30:00+01:00).`,
    );
  }
  return parsed;
}

/** The storage form `2026-03-05T13:30:00.000Z`, which Date parses and prints back unchanged. */
const CANONICAL_UTC = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;

/**
 * Milliseconds since the epoch of an instant. The stored UTC form skips luxon (registers read tens of
 * thousands); it is taken only when Date prints the same text back, so 2026-02-30 is still refused.
 */
export function instantMillis(input: InstantInput): number {
  if (typeof input === 'string' && CANONICAL_UTC.test(input)) {
    const ms = Date.parse(input);
    if (!Number.isNaN(ms) && new Date(ms).toISOString() === input) return ms;
  }
  return parseInstant(input).toMillis();
}

/** Normalises an instant to a UTC ISO string (storage form). */
export function toUtcIso(input: InstantInput | DateTime): IsoInstant {
  const dt = input instanceof DateTime ? input : parseInstant(input);
  return dt.toUTC().toISO({ suppressMilliseconds: false }) ?? '';
}

/** The Europe/Paris calendar date of an instant. */
export function parisDateOf(input: InstantInput): IsoDate {
  return parseInstant(input).setZone(PARIS_ZONE).toFormat('yyyy-MM-dd');
}

/** The instant shown to people: same moment, Europe/Paris offset (`2026-03-31T11:00:00.000+02:00`). */
export function toParisIso(input: InstantInput): string {
  return parseInstant(input).setZone(PARIS_ZONE).toISO() ?? '';
}

/** Accepts a calendar date or an instant and returns the Europe/Paris calendar date. */
export function toParisDate(input: IsoDate | InstantInput): IsoDate {
  if (typeof input === 'string' && DATE_PATTERN.test(input)) {
    parseCalendarDate(input);
    return input;
  }
  return parisDateOf(input);
}

/** `date` + `days` calendar days. */
export function addCalendarDays(date: IsoDate, days: number): IsoDate {
  const d = new Date((epochDay(date) + days) * DAY_MS);
  return calendarDate(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate());
}

/** Whole calendar days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: IsoDate, to: IsoDate): number {
  return epochDay(to) - epochDay(from);
}

/** ISO weekday: 1 = Monday … 6 = Saturday, 7 = Sunday. */
export function isoWeekday(date: IsoDate): number {
  return ((((epochDay(date) + 3) % 7) + 7) % 7) + 1; // 1970-01-01 was a Thursday
}

const FR_WEEKDAYS = ['lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi', 'dimanche'] as const;
const FR_MONTHS = ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'] as const;

/** `mars 2026` — month names written out here: Intl formatters are slow to build in bulk. */
export function frenchMonthYear(date: IsoDate): string {
  const day = parseCalendarDate(date);
  return `${FR_MONTHS[day.month - 1] ?? ''} ${day.year}`;
}

/** `jeudi 5 mars 2026`, `vendredi 1er mai 2026` — for French explanations. */
export function frenchLongDate(date: IsoDate): string {
  const { day } = parseCalendarDate(date);
  return `${FR_WEEKDAYS[isoWeekday(date) - 1] ?? ''} ${day === 1 ? '1er' : day} ${frenchMonthYear(date)}`;
}

/** `mardi 31 mars 2026 à 11:00` in Europe/Paris — for French explanations of instants. */
export function frenchParisDateTime(input: InstantInput): string {
  return parseInstant(input).setZone(PARIS_ZONE).setLocale('fr').toFormat("cccc d LLLL yyyy 'à' HH:mm");
}

/** Earliest of non-empty calendar dates (ISO dates sort as strings). */
export function earliestDate(first: IsoDate, ...others: IsoDate[]): IsoDate {
  return others.reduce((min, d) => (d < min ? d : min), first);
}
