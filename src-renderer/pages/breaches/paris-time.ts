/**
 * Dates typed by people and shown to them, always in Europe/Paris (DESIGN.md: compute and show in
 * Paris time), whatever the computer's own zone. `datetime-local` inputs hold a Paris wall-clock
 * time (`2026-03-05T14:30`); the service receives an ISO instant with its offset.
 * Shared by the Violations and Demandes modules.
 */
import { DateTime } from 'luxon';
import { DISPLAY_TIME_ZONE } from '../../format/date-time';
import { LOCALES, type Lang } from '../../i18n/translate';

const LOCAL_FORMAT = "yyyy-MM-dd'T'HH:mm";

/** The Paris wall-clock value of an instant, for a `datetime-local` input. */
export function toParisLocalInput(iso: string | Date): string {
  const dt = typeof iso === 'string' ? DateTime.fromISO(iso, { setZone: true }) : DateTime.fromJSDate(iso);
  return dt.isValid ? dt.setZone(DISPLAY_TIME_ZONE).toFormat(LOCAL_FORMAT) : '';
}

/**
 * A Paris wall-clock value typed in a `datetime-local` input, as an ISO instant with its offset
 * (`2026-03-05T14:30:00.000+01:00`); null when empty or not a real date and time. A time skipped
 * by the spring change of daylight saving time is moved forward an hour (luxon's rule).
 */
export function parisLocalToIso(value: string): string | null {
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2})?$/.test(value)) return null;
  const dt = DateTime.fromISO(value, { zone: DISPLAY_TIME_ZONE });
  return dt.isValid ? dt.toISO() : null;
}

/** Now, as a Paris wall-clock value for a `datetime-local` input. */
export function nowParisLocal(now: Date = new Date()): string {
  return toParisLocalInput(now);
}

/** Today's Paris calendar date (`YYYY-MM-DD`), for date inputs and periods. */
export function parisToday(now: Date = new Date()): string {
  return DateTime.fromJSDate(now).setZone(DISPLAY_TIME_ZONE).toFormat('yyyy-MM-dd');
}

/** The first day of the Paris year of `now` (`YYYY-01-01`): the default start of a register period. */
export function parisStartOfYear(now: Date = new Date()): string {
  return DateTime.fromJSDate(now).setZone(DISPLAY_TIME_ZONE).startOf('year').toFormat('yyyy-MM-dd');
}

/** A calendar date (`YYYY-MM-DD`, no zone) written out: « 5 mars 2026 » / « 5 March 2026 ». */
export function formatCalendarDate(date: string, lang: Lang, style: 'medium' | 'long' | 'full' = 'long'): string {
  const dt = DateTime.fromISO(date, { zone: 'utc' });
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date) || !dt.isValid) return date;
  return new Intl.DateTimeFormat(LOCALES[lang], { timeZone: 'UTC', dateStyle: style }).format(dt.toJSDate());
}

/** An instant with seconds, in Paris time: for the audit trail, where the order of events matters. */
export function formatInstantPrecise(iso: string, lang: Lang): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(LOCALES[lang], { timeZone: DISPLAY_TIME_ZONE, dateStyle: 'short', timeStyle: 'medium' }).format(date);
}
