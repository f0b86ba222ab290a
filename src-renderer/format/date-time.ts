/**
 * Dates for people: always in Europe/Paris (DESIGN.md: compute and show in Paris time), whatever the
 * computer's own time zone. Instants are stored in UTC; calendar dates (`YYYY-MM-DD`) have no zone.
 */
import { LOCALES, type Lang } from '../i18n/translate';

export const DISPLAY_TIME_ZONE = 'Europe/Paris';

export function formatDateTime(iso: string, lang: Lang): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(LOCALES[lang], {
    timeZone: DISPLAY_TIME_ZONE,
    dateStyle: 'medium',
    timeStyle: 'short',
  }).format(date);
}

export function formatDate(iso: string, lang: Lang): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(LOCALES[lang], { timeZone: DISPLAY_TIME_ZONE, dateStyle: 'long' }).format(date);
}
