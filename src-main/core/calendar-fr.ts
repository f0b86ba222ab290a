/**
 * French public holidays and working days.
 *
 * - National calendar: Code du travail art. L3133-1 (the 11 « fêtes légales »).
 * - Alsace-Moselle (Bas-Rhin, Haut-Rhin, Moselle): art. L3134-13 adds Good Friday (« Vendredi
 *   Saint », legally only in communes with a Protestant temple or a mixed church — applied to the
 *   whole calendar here, the safe reading for a deadline) and 26 December (« second jour de Noël »).
 * - Working day: any day other than a public holiday, a Sunday or a Saturday (Reg. 1182/71 art. 2(2)).
 */
import { DomainError } from '../shared/errors';
import { addCalendarDays, calendarDate, frenchLongDate, isoWeekday, parseCalendarDate, type IsoDate } from './time';

export const HOLIDAY_CALENDARS = ['fr', 'fr-alsace-moselle'] as const;
export type HolidayCalendar = (typeof HOLIDAY_CALENDARS)[number];

export const HOLIDAY_CALENDAR_LABELS: Record<HolidayCalendar, { fr: string; en: string; source: string }> = {
  fr: { fr: 'France (calendrier national)', en: 'France (national calendar)', source: 'Code du travail, art. L3133-1' },
  'fr-alsace-moselle': {
    fr: 'Alsace-Moselle (Bas-Rhin, Haut-Rhin, Moselle)',
    en: 'Alsace-Moselle (Bas-Rhin, Haut-Rhin, Moselle)',
    source: 'Code du travail, art. L3134-13',
  },
};

export const HOLIDAY_KEYS = [
  'new_year',
  'good_friday',
  'easter_monday',
  'labour_day',
  'victory_1945',
  'ascension',
  'whit_monday',
  'bastille_day',
  'assumption',
  'all_saints',
  'armistice_1918',
  'christmas',
  'second_christmas_day',
] as const;
export type HolidayKey = (typeof HOLIDAY_KEYS)[number];

export interface PublicHoliday {
  date: IsoDate;
  key: HolidayKey;
  fr: string;
  en: string;
  /** The article that makes the day a holiday. */
  source: string;
}

const L3133 = 'Code du travail, art. L3133-1';
const L3134 = 'Code du travail, art. L3134-13';

/** How each holiday is placed in a year: a fixed month-day, or an offset from Easter Sunday. */
interface HolidayRule {
  key: HolidayKey;
  fr: string;
  en: string;
  at: { month: number; day: number } | { easterOffset: number };
  alsaceMoselleOnly: boolean;
}

const RULES: readonly HolidayRule[] = [
  { key: 'new_year', fr: '1er janvier', en: "New Year's Day", at: { month: 1, day: 1 }, alsaceMoselleOnly: false },
  { key: 'good_friday', fr: 'Vendredi saint', en: 'Good Friday', at: { easterOffset: -2 }, alsaceMoselleOnly: true },
  { key: 'easter_monday', fr: 'Lundi de Pâques', en: 'Easter Monday', at: { easterOffset: 1 }, alsaceMoselleOnly: false },
  { key: 'labour_day', fr: '1er mai', en: 'Labour Day', at: { month: 5, day: 1 }, alsaceMoselleOnly: false },
  { key: 'victory_1945', fr: '8 mai', en: 'Victory in Europe Day', at: { month: 5, day: 8 }, alsaceMoselleOnly: false },
  // Ascension is always the Thursday 39 days after Easter Sunday.
  { key: 'ascension', fr: 'Ascension', en: 'Ascension Day', at: { easterOffset: 39 }, alsaceMoselleOnly: false },
  // Whit Monday stays a « fête légale » even where it is used as the « journée de solidarité ».
  { key: 'whit_monday', fr: 'Lundi de Pentecôte', en: 'Whit Monday', at: { easterOffset: 50 }, alsaceMoselleOnly: false },
  { key: 'bastille_day', fr: '14 juillet', en: 'Bastille Day', at: { month: 7, day: 14 }, alsaceMoselleOnly: false },
  { key: 'assumption', fr: 'Assomption', en: 'Assumption Day', at: { month: 8, day: 15 }, alsaceMoselleOnly: false },
  { key: 'all_saints', fr: 'Toussaint', en: "All Saints' Day", at: { month: 11, day: 1 }, alsaceMoselleOnly: false },
  { key: 'armistice_1918', fr: '11 novembre', en: 'Armistice Day', at: { month: 11, day: 11 }, alsaceMoselleOnly: false },
  { key: 'christmas', fr: 'Noël', en: 'Christmas Day', at: { month: 12, day: 25 }, alsaceMoselleOnly: false },
  { key: 'second_christmas_day', fr: 'Second jour de Noël (26 décembre)', en: "St Stephen's Day (26 December)", at: { month: 12, day: 26 }, alsaceMoselleOnly: true },
];

/** The Gregorian calendar (and so the computus) applies from 1583; 9999 keeps dates 4-digit. */
const MIN_YEAR = 1583;
const MAX_YEAR = 9999;

function checkYear(year: number): void {
  if (!Number.isInteger(year) || year < MIN_YEAR || year > MAX_YEAR) {
    throw new DomainError('VALIDATION', `L'année ${year} est hors du calendrier grégorien pris en charge : indiquez une année entre ${MIN_YEAR} et ${MAX_YEAR}.`);
  }
}

/**
 * Easter Sunday by the Gregorian computus (anonymous algorithm, Meeus/Jones/Butcher).
 * Lundi de Pâques, Ascension and Lundi de Pentecôte (L3133-1) and Vendredi saint (L3134-13) follow it.
 */
export function easterSunday(year: number): IsoDate {
  checkYear(year);
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return calendarDate(year, month, day);
}

const cache = new Map<string, readonly PublicHoliday[]>();

/** The public holidays of `year` in `calendar`, sorted by date (11 for `fr`, 13 for Alsace-Moselle). */
export function publicHolidays(year: number, calendar: HolidayCalendar = 'fr'): readonly PublicHoliday[] {
  const cacheKey = `${calendar}:${year}`;
  const cached = cache.get(cacheKey);
  if (cached) return cached;
  const easter = easterSunday(year);
  const list = RULES.filter((rule) => calendar === 'fr-alsace-moselle' || !rule.alsaceMoselleOnly)
    .map((rule): PublicHoliday => {
      const date =
        'easterOffset' in rule.at
          ? addCalendarDays(easter, rule.at.easterOffset)
          : calendarDate(year, rule.at.month, rule.at.day);
      return { date, key: rule.key, fr: rule.fr, en: rule.en, source: rule.alsaceMoselleOnly ? L3134 : L3133 };
    })
    .sort((x, y) => (x.date < y.date ? -1 : x.date > y.date ? 1 : 0));
  const frozen = Object.freeze(list);
  cache.set(cacheKey, frozen);
  return frozen;
}

/** The holiday falling on `date`, if any. */
export function holidayOn(date: IsoDate, calendar: HolidayCalendar = 'fr'): PublicHoliday | undefined {
  const year = parseCalendarDate(date).year;
  return publicHolidays(year, calendar).find((h) => h.date === date);
}

/** Reg. 1182/71 art. 2(2): a working day is neither a public holiday, nor a Sunday, nor a Saturday. */
export function isWorkingDay(date: IsoDate, calendar: HolidayCalendar = 'fr'): boolean {
  return nonWorkingReason(date, calendar) === null;
}

/** Why `date` is not a working day, in French (`samedi`, `jour férié : Ascension`), or null. */
export function nonWorkingReason(date: IsoDate, calendar: HolidayCalendar = 'fr'): string | null {
  const holiday = holidayOn(date, calendar);
  if (holiday) return `jour férié : ${holiday.fr}`;
  const weekday = isoWeekday(date);
  if (weekday === 6) return 'samedi';
  if (weekday === 7) return 'dimanche';
  return null;
}

/** The first working day strictly after `date`. */
export function nextWorkingDay(date: IsoDate, calendar: HolidayCalendar = 'fr'): IsoDate {
  let day = addCalendarDays(date, 1);
  while (!isWorkingDay(day, calendar)) day = addCalendarDays(day, 1);
  return day;
}

export interface SkippedDay {
  date: IsoDate;
  /** French reason, e.g. `dimanche` or `jour férié : Lundi de Pâques`. */
  reason: string;
}

/** `date` itself when it is a working day, otherwise the next working day, with the days skipped. */
export function rollToWorkingDay(date: IsoDate, calendar: HolidayCalendar = 'fr'): { date: IsoDate; skipped: SkippedDay[] } {
  const skipped: SkippedDay[] = [];
  let day = date;
  for (let reason = nonWorkingReason(day, calendar); reason !== null; reason = nonWorkingReason(day, calendar)) {
    skipped.push({ date: day, reason });
    day = addCalendarDays(day, 1);
  }
  return { date: day, skipped };
}

/** Working days in the inclusive range [from, to]. */
export function countWorkingDays(from: IsoDate, to: IsoDate, calendar: HolidayCalendar = 'fr'): number {
  let count = 0;
  for (let day = from; day <= to; day = addCalendarDays(day, 1)) if (isWorkingDay(day, calendar)) count++;
  return count;
}

/** `jeudi 14 mai 2026 (Ascension)` — a date with its holiday name when it has one. */
export function describeDay(date: IsoDate, calendar: HolidayCalendar = 'fr'): string {
  const holiday = holidayOn(date, calendar);
  return holiday ? `${frenchLongDate(date)} (${holiday.fr})` : frenchLongDate(date);
}
