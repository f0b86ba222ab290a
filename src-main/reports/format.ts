/**
 * How documents print identifiers and time. Instants are stored in UTC and shown in Europe/Paris
 * (DESIGN.md, "Time and deadlines"); calendar dates stay calendar dates (no time zone shift).
 */
import { DateTime } from 'luxon';

export const PARIS = 'Europe/Paris';

/** "123456789" → "123 456 789", the way INSEE prints a SIREN. Anything else is returned unchanged. */
export function formatSiren(siren: string): string {
  const digits = siren.replace(/\s+/g, '');
  return /^\d{9}$/.test(digits) ? `${digits.slice(0, 3)} ${digits.slice(3, 6)} ${digits.slice(6)}` : siren;
}

/** Parses an ISO 8601 instant; throws a French sentence naming the field when it is not one. */
export function parseInstant(iso: string, field: string): DateTime {
  const dt = DateTime.fromISO(iso, { setZone: true });
  if (!dt.isValid) {
    throw new Error(`${field} : date et heure invalides (« ${iso} ») ; format ISO 8601 attendu, ex. 2026-03-05T14:30:00Z.`);
  }
  return dt.setZone(PARIS);
}

/** "2026-03-05T13:30:00Z" → "05/03/2026 à 14:30" (heure de Paris). */
export function formatParisDateTime(iso: string, field = 'Date'): string {
  return parseInstant(iso, field).toFormat("dd/LL/yyyy 'à' HH:mm");
}

/** "2026-03-05" → "05/03/2026"; an instant is first brought to its Paris calendar day. */
export function formatFrenchDate(value: string, field = 'Date'): string {
  const calendar = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (calendar) return `${calendar[3]}/${calendar[2]}/${calendar[1]}`;
  return parseInstant(value, field).toFormat('dd/LL/yyyy');
}
