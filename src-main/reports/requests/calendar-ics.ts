/**
 * Open deadlines of rights requests as an iCalendar file (RFC 5545), written by hand: one VEVENT per
 * request awaiting an answer, an all-day event on the due date in force (the period ends at 23:59 in
 * Paris, Reg. 1182/71 art. 3(2)), with an optional reminder. Calendar files travel to phones and
 * shared agendas, so they carry references and types, never names (GDPR Art. 5(1)(c)).
 */
import { addCalendarDays, frenchLongDate } from '../../core/time';

export interface CalendarDeadline {
  id: string;
  reference: string;
  typeLabel: string;
  article: string;
  receivedDate: string;
  /** Due date in force (YYYY-MM-DD, Europe/Paris). */
  due: string;
  extended: boolean;
  /** Next legal step, in French (no personal data). */
  nextStep: string;
  updatedAt: string;
}

export interface CalendarInput {
  organisationName: string;
  generatedAt: string;
  /** Reminder this many days before the due date; 0 for none. */
  alarmDays: number;
  deadlines: readonly CalendarDeadline[];
}

/** RFC 5545 §3.3.11: backslash, semicolon, comma and line breaks are escaped in TEXT values. */
export function escapeText(text: string): string {
  return text.replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,').replace(/\r?\n/g, '\\n');
}

/** RFC 5545 §3.1: lines of at most 75 octets, continued with CRLF + one space; never split a UTF-8 character. */
export function foldLine(line: string): string {
  const out: string[] = [];
  let current = '';
  let octets = 0;
  for (const char of line) {
    const size = Buffer.byteLength(char, 'utf8');
    const limit = out.length === 0 ? 75 : 74; // continuation lines start with a space
    if (octets + size > limit) {
      out.push(current);
      current = '';
      octets = 0;
    }
    current += char;
    octets += size;
  }
  out.push(current);
  return out.join('\r\n ');
}

const basicDate = (date: string): string => date.replace(/-/g, '');
/** `2026-03-05T13:30:00.000Z` → `20260305T133000Z` (UTC form, RFC 5545 §3.3.5). */
const utcStamp = (instant: string): string => new Date(instant).toISOString().replace(/[-:]/g, '').replace(/\.\d{3}/, '');

/** Europe/Paris since 1996: CET/CEST, last Sunday of March and of October (EU Directive 2000/84/EC). */
const VTIMEZONE = [
  'BEGIN:VTIMEZONE',
  'TZID:Europe/Paris',
  'BEGIN:DAYLIGHT',
  'TZOFFSETFROM:+0100',
  'TZOFFSETTO:+0200',
  'TZNAME:CEST',
  'DTSTART:19700329T020000',
  'RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU',
  'END:DAYLIGHT',
  'BEGIN:STANDARD',
  'TZOFFSETFROM:+0200',
  'TZOFFSETTO:+0100',
  'TZNAME:CET',
  'DTSTART:19701025T030000',
  'RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU',
  'END:STANDARD',
  'END:VTIMEZONE',
];

function event(d: CalendarDeadline, input: CalendarInput): string[] {
  const summary = `Échéance ${d.reference} — ${d.typeLabel}${d.extended ? ' (prolongée)' : ''}`;
  const description =
    `Demande ${d.reference} (${d.typeLabel}, ${d.article}) reçue le ${frenchLongDate(d.receivedDate)}.\n` +
    `Échéance${d.extended ? ' prolongée (art. 12(3))' : ''} : ${frenchLongDate(d.due)} à 23 h 59 (heure de Paris).\n` +
    `Prochaine étape : ${d.nextStep}`;
  const lines = [
    'BEGIN:VEVENT',
    `UID:${d.id}@dpo-workbench`,
    `DTSTAMP:${utcStamp(input.generatedAt)}`,
    `LAST-MODIFIED:${utcStamp(d.updatedAt)}`,
    `DTSTART;VALUE=DATE:${basicDate(d.due)}`,
    `DTEND;VALUE=DATE:${basicDate(addCalendarDays(d.due, 1))}`,
    `SUMMARY:${escapeText(summary)}`,
    `DESCRIPTION:${escapeText(description)}`,
    'CATEGORIES:Demandes RGPD',
    'TRANSP:TRANSPARENT',
    'CLASS:CONFIDENTIAL',
  ];
  if (input.alarmDays > 0) {
    lines.push('BEGIN:VALARM', 'ACTION:DISPLAY', `DESCRIPTION:${escapeText(`${summary} dans ${input.alarmDays} jour(s)`)}`, `TRIGGER:-P${input.alarmDays}D`, 'END:VALARM');
  }
  lines.push('END:VEVENT');
  return lines;
}

export function requestCalendarIcs(input: CalendarInput): string {
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//DPO Workbench//Demandes d’exercice des droits//FR',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `X-WR-CALNAME:${escapeText(`Échéances des demandes — ${input.organisationName}`)}`,
    'X-WR-TIMEZONE:Europe/Paris',
    ...VTIMEZONE,
    ...input.deadlines.flatMap((d) => event(d, input)),
    'END:VCALENDAR',
  ];
  return `${lines.map(foldLine).join('\r\n')}\r\n`;
}
