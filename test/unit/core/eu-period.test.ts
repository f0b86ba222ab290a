import { describe, expect, it } from 'vitest';
import { addDays, addMonths, endOfDay, receiptDate } from '../../../src-main/core/eu-period';

describe('Receipt date in Europe/Paris', () => {
  it('counts a request received at 23:30 UTC in winter as received the next day in Paris', () => {
    expect(receiptDate('2026-01-14T23:30:00Z')).toBe('2026-01-15');
    expect(receiptDate('2026-01-14T22:59:59Z')).toBe('2026-01-14');
  });

  it('moves the Paris midnight from 23:00 to 22:00 UTC on 29 March 2026 (summer time)', () => {
    expect(receiptDate('2026-03-28T23:30:00Z')).toBe('2026-03-29'); // 00:30 CET
    expect(receiptDate('2026-03-29T21:59:59Z')).toBe('2026-03-29'); // 23:59:59 CEST
    expect(receiptDate('2026-03-29T22:00:00Z')).toBe('2026-03-30');
  });

  it('moves it back on 25 October 2026 (winter time)', () => {
    expect(receiptDate('2026-10-24T22:00:00Z')).toBe('2026-10-25'); // 00:00 CEST
    expect(receiptDate('2026-10-25T22:59:59Z')).toBe('2026-10-25'); // 23:59:59 CET
    expect(receiptDate('2026-10-25T23:00:00Z')).toBe('2026-10-26');
  });

  it('reads an instant given with any offset, or a Date, as the same Paris day', () => {
    expect(receiptDate('2026-01-15T08:30:00+09:30')).toBe('2026-01-15');
    expect(receiptDate('2026-01-14T18:30:00-05:00')).toBe('2026-01-15');
    expect(receiptDate(new Date(Date.UTC(2026, 0, 14, 23, 30)))).toBe('2026-01-15');
  });

  it('refuses an instant without offset, whose meaning would depend on the machine', () => {
    expect(() => receiptDate('2026-01-14T23:30:00')).toThrow(/fuseau/);
  });
});

describe('End of the last day (Reg. 1182/71 art. 3(2))', () => {
  it('ends at 23:59:59.999 Paris time, in winter and in summer', () => {
    expect(endOfDay('2026-01-15')).toBe('2026-01-15T22:59:59.999Z');
    expect(endOfDay('2026-07-15')).toBe('2026-07-15T21:59:59.999Z');
  });

  it('ends on the days of the clock changes at the offset in force at midnight', () => {
    expect(endOfDay('2026-03-29')).toBe('2026-03-29T21:59:59.999Z');
    expect(endOfDay('2026-10-25')).toBe('2026-10-25T22:59:59.999Z');
  });

  it('refuses a date that does not exist', () => {
    expect(() => endOfDay('2026-02-30')).toThrow(/AAAA-MM-JJ/);
  });
});

describe('Periods in months (Reg. 1182/71 art. 3(2)(c), 3(4))', () => {
  it('ends on the same date one month later (5 March → 5 April, CJEU C-171/03)', () => {
    const p = addMonths('2026-03-05', 1, 'fr');
    expect(p.nominal).toBe('2026-04-05');
    expect(p.due).toBe('2026-04-07'); // Sunday 5, Easter Monday 6
    expect(p.rolledOver).toBe(true);
  });

  it('clamps to the last day of a shorter month and says so in the steps', () => {
    const p = addMonths('2026-03-31', 1, 'fr');
    expect(p.nominal).toBe('2026-04-30');
    expect(p.due).toBe('2026-04-30');
    expect(p.rolledOver).toBe(false);
    expect(p.steps.some((s) => s.rule.includes('2e phrase') && s.text.includes('avril 2026'))).toBe(true);
  });

  it('explains each day skipped by the roll-over', () => {
    const p = addMonths('2026-04-01', 1, 'fr');
    expect(p.due).toBe('2026-05-04');
    const rolls = p.steps.filter((s) => s.rule.endsWith('art. 3(4)'));
    expect(rolls.map((s) => s.text)).toEqual([
      "Le vendredi 1er mai 2026 n'est pas un jour ouvrable (jour férié : 1er mai) : le délai est reporté au jour suivant.",
      "Le samedi 2 mai 2026 n'est pas un jour ouvrable (samedi) : le délai est reporté au jour suivant.",
      "Le dimanche 3 mai 2026 n'est pas un jour ouvrable (dimanche) : le délai est reporté au jour suivant.",
    ]);
    expect(p.steps.at(-1)?.text).toBe('Échéance : lundi 4 mai 2026 à 23 h 59 (heure de Paris).');
    expect(p.dueAt).toBe('2026-05-04T21:59:59.999Z');
  });

  it('refuses a period that is not a positive whole number of months', () => {
    expect(() => addMonths('2026-03-05', 0, 'fr')).toThrow(/nombre entier/);
    expect(() => addMonths('2026-03-05', 1.5, 'fr')).toThrow(/nombre entier/);
  });
});

describe('Periods in days (Reg. 1182/71 art. 3(1), 3(4), 3(5))', () => {
  it('does not count the day of the event', () => {
    expect(addDays('2026-03-04', 8, 'fr').due).toBe('2026-03-12');
  });

  it('rolls a day period ending on a weekend to the Monday', () => {
    const p = addDays('2026-05-01', 8, 'fr');
    expect(p.nominal).toBe('2026-05-09');
    expect(p.due).toBe('2026-05-11');
  });

  it('makes a two-day period contain at least two working days (art. 3(5))', () => {
    // Thursday 24 December 2026: 25 (Noël) and 26 (Saturday) → rolled to Monday 28, only one working day.
    const p = addDays('2026-12-24', 2, 'fr');
    expect(p.due).toBe('2026-12-29');
    expect(p.steps.some((s) => s.rule.endsWith('art. 3(5)'))).toBe(true);
  });
});
