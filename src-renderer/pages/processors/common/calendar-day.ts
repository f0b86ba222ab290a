/**
 * Calendar dates (`YYYY-MM-DD`: contract review, certificate end, register review) shown as days.
 * A calendar date has no time zone: it is formatted as the same day everywhere (UTC noon), never
 * shifted by the computer's zone.
 */
import { LOCALES, type Lang } from '../../../i18n/translate';

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

export function formatDay(value: string | null | undefined, lang: Lang): string {
  if (!value) return '';
  const m = DAY.exec(value);
  if (!m) return value;
  const date = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]), 12));
  return new Intl.DateTimeFormat(LOCALES[lang], { timeZone: 'UTC', day: '2-digit', month: 'short', year: 'numeric' }).format(date);
}

/** Whole days from `today` to `day` (negative when past); null when either is not a calendar date. */
export function daysUntil(day: string | null | undefined, today: string): number | null {
  const a = day ? DAY.exec(day) : null;
  const b = DAY.exec(today);
  if (!a || !b) return null;
  const ms = Date.UTC(Number(a[1]), Number(a[2]) - 1, Number(a[3])) - Date.UTC(Number(b[1]), Number(b[2]) - 1, Number(b[3]));
  return Math.round(ms / 86_400_000);
}
