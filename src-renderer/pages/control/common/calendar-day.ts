/**
 * Calendar days (`YYYY-MM-DD`) as people read them. A calendar day has no time zone: it is formatted
 * as the same day in UTC, so that 2026-03-01 never shows as 28 February on a machine west of Paris.
 */
import { LOCALES, type Lang } from '../../../i18n/translate';

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

export function formatDay(day: string | null | undefined, lang: Lang): string {
  if (!day) return '';
  const m = DAY.exec(day);
  if (!m) return day;
  const date = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return new Intl.DateTimeFormat(LOCALES[lang], { timeZone: 'UTC', dateStyle: 'medium' }).format(date);
}

/** Whole days from `from` to `to` (both `YYYY-MM-DD`); negative when `to` is earlier. */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

/** A calendar date typed by the user: `YYYY-MM-DD` naming a real day (no 31 February). */
export function isCalendarDay(value: string): boolean {
  const m = DAY.exec(value);
  if (!m) return false;
  const date = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return date.toISOString().slice(0, 10) === value;
}

/** Today in Europe/Paris (DESIGN.md: dates in Paris time), `YYYY-MM-DD`. */
export function parisToday(nowMs: number = Date.now()): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Paris', year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date(nowMs));
}
