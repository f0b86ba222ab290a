import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  countWorkingDays,
  easterSunday,
  holidayOn,
  isWorkingDay,
  nextWorkingDay,
  nonWorkingReason,
  publicHolidays,
  rollToWorkingDay,
  type HolidayKey,
} from '../../../src-main/core/calendar-fr';
import { addCalendarDays, isoWeekday } from '../../../src-main/core/time';

/** REGULATORY.md §1c, copied column by column (MM-DD). */
const TABLE: Record<number, { easter: string } & Record<HolidayKey, string>> = {
  2025: { easter: '04-20', new_year: '01-01', easter_monday: '04-21', labour_day: '05-01', victory_1945: '05-08', ascension: '05-29', whit_monday: '06-09', bastille_day: '07-14', assumption: '08-15', all_saints: '11-01', armistice_1918: '11-11', christmas: '12-25', good_friday: '04-18', second_christmas_day: '12-26' },
  2026: { easter: '04-05', new_year: '01-01', easter_monday: '04-06', labour_day: '05-01', victory_1945: '05-08', ascension: '05-14', whit_monday: '05-25', bastille_day: '07-14', assumption: '08-15', all_saints: '11-01', armistice_1918: '11-11', christmas: '12-25', good_friday: '04-03', second_christmas_day: '12-26' },
  2027: { easter: '03-28', new_year: '01-01', easter_monday: '03-29', labour_day: '05-01', victory_1945: '05-08', ascension: '05-06', whit_monday: '05-17', bastille_day: '07-14', assumption: '08-15', all_saints: '11-01', armistice_1918: '11-11', christmas: '12-25', good_friday: '03-26', second_christmas_day: '12-26' },
  2028: { easter: '04-16', new_year: '01-01', easter_monday: '04-17', labour_day: '05-01', victory_1945: '05-08', ascension: '05-25', whit_monday: '06-05', bastille_day: '07-14', assumption: '08-15', all_saints: '11-01', armistice_1918: '11-11', christmas: '12-25', good_friday: '04-14', second_christmas_day: '12-26' },
  2029: { easter: '04-01', new_year: '01-01', easter_monday: '04-02', labour_day: '05-01', victory_1945: '05-08', ascension: '05-10', whit_monday: '05-21', bastille_day: '07-14', assumption: '08-15', all_saints: '11-01', armistice_1918: '11-11', christmas: '12-25', good_friday: '03-30', second_christmas_day: '12-26' },
  2030: { easter: '04-21', new_year: '01-01', easter_monday: '04-22', labour_day: '05-01', victory_1945: '05-08', ascension: '05-30', whit_monday: '06-10', bastille_day: '07-14', assumption: '08-15', all_saints: '11-01', armistice_1918: '11-11', christmas: '12-25', good_friday: '04-19', second_christmas_day: '12-26' },
};

/** Weekdays given in the same table (ISO: 1 = Monday … 7 = Sunday), to check the table itself. */
const WEEKDAYS: Record<number, Partial<Record<HolidayKey, number>>> = {
  2025: { new_year: 3, all_saints: 6, christmas: 4 },
  2026: { new_year: 4, assumption: 6, all_saints: 7, christmas: 5, second_christmas_day: 6 },
  2027: { labour_day: 6, victory_1945: 6, assumption: 7, christmas: 6, second_christmas_day: 7 },
  2028: { new_year: 6, armistice_1918: 6, christmas: 1 },
  2029: { bastille_day: 6, armistice_1918: 7 },
  2030: { bastille_day: 7, all_saints: 5 },
};

const NATIONAL: HolidayKey[] = ['new_year', 'easter_monday', 'labour_day', 'victory_1945', 'ascension', 'whit_monday', 'bastille_day', 'assumption', 'all_saints', 'armistice_1918', 'christmas'];

describe('French public holidays (Code du travail L3133-1, L3134-13)', () => {
  for (const [yearText, row] of Object.entries(TABLE)) {
    const year = Number(yearText);
    it(`computes Easter Sunday ${year} by the Gregorian computus`, () => {
      expect(easterSunday(year)).toBe(`${year}-${row.easter}`);
      expect(isoWeekday(easterSunday(year))).toBe(7);
    });

    it(`lists exactly the 11 national holidays of ${year} from L3133-1`, () => {
      const list = publicHolidays(year, 'fr');
      expect(list).toHaveLength(11);
      expect(Object.fromEntries(list.map((h) => [h.key, h.date]))).toEqual(Object.fromEntries(NATIONAL.map((k) => [k, `${year}-${row[k]}`])));
      expect(list.every((h) => h.source === 'Code du travail, art. L3133-1')).toBe(true);
    });

    it(`adds Good Friday and 26 December ${year} in Alsace-Moselle (L3134-13)`, () => {
      const list = publicHolidays(year, 'fr-alsace-moselle');
      expect(list).toHaveLength(13);
      expect(holidayOn(`${year}-${row.good_friday}`, 'fr-alsace-moselle')?.fr).toBe('Vendredi saint');
      expect(holidayOn(`${year}-${row.second_christmas_day}`, 'fr-alsace-moselle')?.key).toBe('second_christmas_day');
      expect(holidayOn(`${year}-${row.good_friday}`, 'fr')).toBeUndefined();
      expect(holidayOn(`${year}-12-26`, 'fr')).toBeUndefined();
    });

    it(`places Ascension ${year} on a Thursday and Easter and Whit Mondays on Mondays`, () => {
      expect(isoWeekday(`${year}-${row.ascension}`)).toBe(4);
      expect(isoWeekday(`${year}-${row.easter_monday}`)).toBe(1);
      expect(isoWeekday(`${year}-${row.whit_monday}`)).toBe(1);
      expect(isoWeekday(`${year}-${row.good_friday}`)).toBe(5);
      for (const [key, weekday] of Object.entries(WEEKDAYS[year] ?? {})) {
        expect(isoWeekday(`${year}-${row[key as HolidayKey]}`)).toBe(weekday);
      }
    });
  }

  it('gives holidays their French names', () => {
    expect(publicHolidays(2026).map((h) => h.fr)).toEqual([
      '1er janvier', 'Lundi de Pâques', '1er mai', '8 mai', 'Ascension', 'Lundi de Pentecôte', '14 juillet', 'Assomption', 'Toussaint', '11 novembre', 'Noël',
    ]);
  });

  it('finds the known extreme Easter dates (22 March 1818 and 2285, 25 April 1943 and 2038)', () => {
    expect(easterSunday(1818)).toBe('1818-03-22');
    expect(easterSunday(2285)).toBe('2285-03-22');
    expect(easterSunday(1943)).toBe('1943-04-25');
    expect(easterSunday(2038)).toBe('2038-04-25');
  });

  it('always puts Easter on a Sunday between 22 March and 25 April', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1583, max: 9999 }), (year) => {
        const easter = easterSunday(year);
        return isoWeekday(easter) === 7 && easter.slice(5) >= '03-22' && easter.slice(5) <= '04-25';
      }),
    );
  });

  it('refuses a year outside the Gregorian calendar with a French message', () => {
    expect(() => easterSunday(1500)).toThrow(/calendrier grégorien/);
  });
});

describe('Working days (Reg. 1182/71 art. 2(2))', () => {
  it('treats Saturdays, Sundays and holidays as non-working days', () => {
    expect(isWorkingDay('2026-03-06')).toBe(true); // Friday
    expect(nonWorkingReason('2026-03-07')).toBe('samedi');
    expect(nonWorkingReason('2026-03-08')).toBe('dimanche');
    expect(nonWorkingReason('2026-05-14')).toBe('jour férié : Ascension');
    expect(isWorkingDay('2026-04-03', 'fr')).toBe(true);
    expect(isWorkingDay('2026-04-03', 'fr-alsace-moselle')).toBe(false);
  });

  it('finds the next working day after the Easter weekend, later in Alsace-Moselle', () => {
    expect(nextWorkingDay('2026-04-02', 'fr')).toBe('2026-04-03');
    expect(nextWorkingDay('2026-04-02', 'fr-alsace-moselle')).toBe('2026-04-07');
    expect(nextWorkingDay('2026-12-24', 'fr')).toBe('2026-12-28');
    expect(nextWorkingDay('2027-12-24', 'fr-alsace-moselle')).toBe('2027-12-27');
  });

  it('keeps a working day and lists every day skipped when rolling forward', () => {
    expect(rollToWorkingDay('2026-03-06')).toEqual({ date: '2026-03-06', skipped: [] });
    expect(rollToWorkingDay('2026-05-01').skipped.map((s) => s.reason)).toEqual(['jour férié : 1er mai', 'samedi', 'dimanche']);
    expect(rollToWorkingDay('2026-05-01').date).toBe('2026-05-04');
  });

  it('counts working days in a range', () => {
    expect(countWorkingDays('2026-05-01', '2026-05-10')).toBe(4); // 4, 5, 6, 7 (8 May is a holiday)
    expect(countWorkingDays('2026-05-11', addCalendarDays('2026-05-11', 4))).toBe(4); // Ascension on the 14th
  });
});
