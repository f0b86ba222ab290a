import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  addCalendarDays,
  addCalendarMonths,
  daysBetween,
  frenchLongDate,
  isoWeekday,
  parisDateOf,
  parseCalendarDate,
  parseInstant,
  toParisIso,
  toUtcIso,
} from '../../../src-main/core/time';

describe('Calendar dates', () => {
  it('refuses dates that do not exist, with a French sentence saying the format', () => {
    expect(() => parseCalendarDate('2026-02-29')).toThrow(/AAAA-MM-JJ/);
    expect(() => parseCalendarDate('2026-13-01')).toThrow(/invalide/);
    expect(() => parseCalendarDate('5/3/2026')).toThrow(/invalide/);
    expect(parseCalendarDate('2028-02-29')).toEqual({ year: 2028, month: 2, day: 29 });
  });

  it('adds months with the clamp of the last day of the month', () => {
    expect(addCalendarMonths('2026-01-31', 1)).toEqual({ date: '2026-02-28', clamped: true });
    expect(addCalendarMonths('2028-01-31', 1)).toEqual({ date: '2028-02-29', clamped: true });
    expect(addCalendarMonths('2026-03-05', 1)).toEqual({ date: '2026-04-05', clamped: false });
    expect(addCalendarMonths('2026-11-30', 3)).toEqual({ date: '2027-02-28', clamped: true });
    expect(addCalendarMonths('2026-12-15', 1)).toEqual({ date: '2027-01-15', clamped: false });
  });

  it('counts days and weekdays across the clock changes without losing a day', () => {
    expect(daysBetween('2026-03-28', '2026-03-30')).toBe(2);
    expect(daysBetween('2026-10-24', '2026-10-26')).toBe(2);
    expect(addCalendarDays('2026-03-28', 2)).toBe('2026-03-30');
    expect(isoWeekday('2026-03-29')).toBe(7);
    expect(isoWeekday('1970-01-01')).toBe(4);
  });

  it('writes dates in French with « 1er » for the first of the month', () => {
    expect(frenchLongDate('2026-05-01')).toBe('vendredi 1er mai 2026');
    expect(frenchLongDate('2026-08-15')).toBe('samedi 15 août 2026');
  });

  it('agrees with the JavaScript calendar on weekdays and day offsets', () => {
    fc.assert(
      fc.property(fc.integer({ min: -200_000, max: 200_000 }), fc.integer({ min: -1000, max: 1000 }), (dayNumber, delta) => {
        const date = new Date(dayNumber * 86_400_000).toISOString().slice(0, 10);
        const expected = new Date((dayNumber + delta) * 86_400_000).toISOString().slice(0, 10);
        return addCalendarDays(date, delta) === expected && isoWeekday(date) === (new Date(dayNumber * 86_400_000).getUTCDay() || 7);
      }),
    );
  });
});

describe('Instants', () => {
  it('normalises any offset to UTC and shows Paris time with its offset', () => {
    expect(toUtcIso('2026-03-31T11:00:00+02:00')).toBe('2026-03-31T09:00:00.000Z');
    expect(toParisIso('2026-03-31T09:00:00Z')).toBe('2026-03-31T11:00:00.000+02:00');
    expect(toParisIso('2026-01-31T09:00:00Z')).toBe('2026-01-31T10:00:00.000+01:00');
  });

  it('refuses an instant without offset and an invalid Date', () => {
    expect(() => parseInstant('2026-03-31T11:00:00')).toThrow(/fuseau/);
    expect(() => parseInstant(new Date(Number.NaN))).toThrow(/invalide/);
  });

  it('gives the Paris calendar date of an instant', () => {
    expect(parisDateOf('2026-07-14T22:30:00Z')).toBe('2026-07-15');
  });
});
