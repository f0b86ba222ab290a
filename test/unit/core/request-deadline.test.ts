import { afterEach, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { DateTime, Settings } from 'luxon';
import { isWorkingDay, publicHolidays, type HolidayCalendar } from '../../../src-main/core/calendar-fr';
import { extensionRefusal, lateness, requestDeadlines, type DeadlineInput } from '../../../src-main/core/request-deadline';
import { addCalendarDays, daysBetween } from '../../../src-main/core/time';

const gdpr = (receivedAt: string, calendar: HolidayCalendar = 'fr', extra: Partial<DeadlineInput> = {}) =>
  requestDeadlines({ receivedAt, profile: 'gdpr', calendar, ...extra });

describe('One-month deadline of GDPR Art. 12(3)', () => {
  it('ends on 28 February for a request received on 31 January (non-leap year), rolled off the Saturday', () => {
    const d = gdpr('2026-01-31T10:00:00+01:00');
    expect(d.strict.nominal).toBe('2026-02-28');
    expect(d.strict.due).toBe('2026-03-02');
    expect(d.strict.dueAt).toBe('2026-03-02T22:59:59.999Z');
  });

  it('ends on 29 February in a leap year', () => {
    expect(gdpr('2028-01-31T10:00:00+01:00').strict.due).toBe('2028-02-29'); // Tuesday
    expect(gdpr('2028-01-29T10:00:00+01:00').strict.nominal).toBe('2028-02-29');
    expect(gdpr('2027-01-29T10:00:00+01:00').strict.nominal).toBe('2027-02-28');
  });

  it('rolls a deadline falling on a Saturday or a Sunday to the Monday', () => {
    expect(gdpr('2026-02-07T09:00:00Z').strict.due).toBe('2026-03-09'); // Sat 7 March
    expect(gdpr('2026-02-08T09:00:00Z').strict.due).toBe('2026-03-09'); // Sun 8 March
  });

  it('rolls a deadline falling on Ascension to the Friday', () => {
    const d = gdpr('2026-04-14T09:00:00Z');
    expect(d.strict.nominal).toBe('2026-05-14');
    expect(d.strict.due).toBe('2026-05-15');
  });

  it('rolls a deadline falling on Whit Monday to the Tuesday', () => {
    expect(gdpr('2026-04-25T09:00:00Z').strict.due).toBe('2026-05-26');
  });

  it('rolls a deadline falling on Friday 1 May 2026 over the weekend to Monday 4 May', () => {
    expect(gdpr('2026-04-01T09:00:00Z').strict.due).toBe('2026-05-04');
  });

  it('rolls a deadline falling on Good Friday only in Alsace-Moselle, past Easter Monday', () => {
    expect(gdpr('2026-03-03T09:00:00Z', 'fr').strict.due).toBe('2026-04-03');
    expect(gdpr('2026-03-03T09:00:00Z', 'fr-alsace-moselle').strict.due).toBe('2026-04-07');
  });

  it('crosses the year: received 1 December 2025, due Friday 2 January 2026 (1 January is a holiday)', () => {
    expect(gdpr('2025-12-01T09:00:00Z').strict.due).toBe('2026-01-02');
  });

  describe('with every French public holiday of 2025-2030 as the nominal end date', () => {
    for (const calendar of ['fr', 'fr-alsace-moselle'] as const) {
      for (let year = 2025; year <= 2030; year++) {
        for (const holiday of publicHolidays(year, calendar)) {
          it(`moves a deadline off ${holiday.fr} ${holiday.date} (${calendar})`, () => {
            // Received the same date one month earlier; a 29 or 30 March holiday cannot be reached from
            // February, so those are reached as the 2-month period of the old-medical-record profile.
            const from = DateTime.fromISO(holiday.date, { zone: 'utc' });
            const oneMonth = from.minus({ months: 1 });
            const d =
              oneMonth.day === from.day
                ? gdpr(`${oneMonth.toISODate()}T12:00:00Z`, calendar)
                : requestDeadlines({ receivedAt: `${from.minus({ months: 2 }).toISODate()}T12:00:00Z`, profile: 'health-record-old', calendar });
            expect(d.strict.nominal).toBe(holiday.date);
            expect(d.strict.due > holiday.date).toBe(true);
            expect(isWorkingDay(d.strict.due, calendar)).toBe(true);
            for (let day2 = addCalendarDays(holiday.date, 1); day2 < d.strict.due; day2 = addCalendarDays(day2, 1)) {
              expect(isWorkingDay(day2, calendar)).toBe(false);
            }
          });
        }
      }
    }
  });

  it('counts a request received at 23:30 UTC as received the next day in Paris', () => {
    const d = gdpr('2026-01-30T23:30:00Z');
    expect(d.receivedDate).toBe('2026-01-31');
    expect(d.strict.due).toBe('2026-03-02');
  });

  it('handles the spring clock change: received just after midnight on 29 March 2026', () => {
    const d = gdpr('2026-03-28T23:30:00Z');
    expect(d.receivedDate).toBe('2026-03-29');
    expect(d.strict.due).toBe('2026-04-29');
    expect(d.strict.dueAt).toBe('2026-04-29T21:59:59.999Z');
  });

  it('handles the autumn clock change: due on Monday 26 October 2026 ends at 22:59:59.999 UTC', () => {
    const d = gdpr('2026-09-25T21:59:00Z'); // 23:59 CEST on Friday 25 September
    expect(d.receivedDate).toBe('2026-09-25');
    expect(d.strict.nominal).toBe('2026-10-25'); // Sunday, day of the change
    expect(d.strict.due).toBe('2026-10-26');
    expect(d.strict.dueAt).toBe('2026-10-26T22:59:59.999Z');
  });
});

describe('Extension by two further months (Art. 12(3))', () => {
  const d = gdpr('2026-01-31T10:00:00+01:00');

  it('computes receipt + 3 months as one period and lists the other readings of REGULATORY.md §1b', () => {
    expect(d.extension?.extended.due).toBe('2026-04-30');
    expect(d.extension?.alternatives.map((a) => [a.reading, a.due])).toEqual([
      ['single_period', '2026-04-30'],
      ['chained_on_nominal', '2026-04-28'],
      ['chained_on_due', '2026-05-04'],
    ]);
  });

  it('warns at the earliest reading', () => {
    expect(d.extension?.warnAt).toBe('2026-04-28');
  });

  it('requires the extension notice by the one-month due date', () => {
    expect(d.extension?.noticeDue).toBe('2026-03-02');
    expect(extensionRefusal(d, '2026-03-02T22:30:00Z')).toBeNull(); // 23:30 in Paris
    expect(extensionRefusal(d, '2026-03-02T23:00:00Z')).toMatch(/art\. 12\(3\)/); // midnight in Paris
  });
});

describe('Medical record profiles (Code de la santé publique L1111-7, documented choice)', () => {
  it('gives 8 days computed as a day period, the day of receipt not counted', () => {
    const d = requestDeadlines({ receivedAt: '2026-03-04T10:00:00+01:00', profile: 'health-record', calendar: 'fr' });
    expect(d.strict.due).toBe('2026-03-12');
    expect(d.extension).toBeNull();
    expect(d.healthReflectionEndsAt).toBe('2026-03-06T09:00:00.000Z');
  });

  it('rolls an 8-day deadline ending on a Saturday to the Monday', () => {
    expect(requestDeadlines({ receivedAt: '2026-05-01T09:00:00+02:00', profile: 'health-record', calendar: 'fr' }).strict.due).toBe('2026-05-11');
  });

  it('gives 2 months when the information is more than five years old', () => {
    const d = requestDeadlines({ receivedAt: '2026-03-04T10:00:00+01:00', profile: 'health-record-old', calendar: 'fr' });
    expect(d.strict.due).toBe('2026-05-04');
  });

  it('refuses any extension of a medical-record deadline', () => {
    const d = requestDeadlines({ receivedAt: '2026-03-04T10:00:00+01:00', profile: 'health-record', calendar: 'fr' });
    expect(extensionRefusal(d, '2026-03-05T10:00:00Z')).toMatch(/ne prévoit pas de prolongation/);
  });
});

describe('Identity verification (Art. 12(6)) never pauses the strict deadline', () => {
  it('keeps the strict due date and adds the days waited only to the information date', () => {
    const d = gdpr('2026-03-05T09:00:00Z', 'fr', { identityRequestedAt: '2026-03-10T09:00:00Z', identityReceivedAt: '2026-03-20T09:00:00Z' });
    expect(d.strict.due).toBe('2026-04-07');
    expect(d.pauseAdjusted?.pausedDays).toBe(10);
    expect(d.pauseAdjusted?.due).toBe('2026-04-17');
    expect(d.pauseAdjusted?.informationOnly).toBe(true);
    expect(d.pauseAdjusted?.ongoing).toBe(false);
  });

  it('counts a pending identity check up to now', () => {
    const d = gdpr('2026-03-05T09:00:00Z', 'fr', { identityRequestedAt: '2026-03-10T09:00:00Z', now: '2026-03-13T09:00:00Z' });
    expect(d.pauseAdjusted?.pausedDays).toBe(3);
    expect(d.pauseAdjusted?.ongoing).toBe(true);
    expect(d.pauseAdjusted?.due).toBe('2026-04-10');
  });
});

describe('Lateness of an answer', () => {
  it('is 0 on or before the due date and counts calendar days after it', () => {
    expect(lateness('2026-04-07', '2026-04-07')).toBe(0);
    expect(lateness('2026-04-01', '2026-04-07')).toBe(0);
    expect(lateness('2026-04-10', '2026-04-07')).toBe(3);
  });

  it('reads an answer instant in Paris: 22:30 UTC on the due date in summer is already one day late', () => {
    expect(lateness('2026-04-07T21:30:00Z', '2026-04-07')).toBe(0);
    expect(lateness('2026-04-07T22:30:00Z', '2026-04-07')).toBe(1);
  });
});

describe('Properties of the one-month deadline', () => {
  const calendars = fc.constantFrom<HolidayCalendar>('fr', 'fr-alsace-moselle');
  // Instants between 2000 and 2100, to the minute.
  const instants = fc.integer({ min: Date.UTC(2000, 0, 1) / 60000, max: Date.UTC(2100, 0, 1) / 60000 }).map((m) => m * 60000);

  it('always falls on a working day, on or after the nominal date and at most 4 days later', () => {
    fc.assert(
      fc.property(instants, calendars, fc.constantFrom('gdpr', 'health-record', 'health-record-old' as const), (ms, calendar, profile) => {
        const d = requestDeadlines({ receivedAt: new Date(ms), profile, calendar });
        const gap = daysBetween(d.strict.nominal, d.strict.due);
        const ext = d.extension?.extended;
        return isWorkingDay(d.strict.due, calendar) && gap >= 0 && gap <= 4 && (!ext || (isWorkingDay(ext.due, calendar) && ext.due >= ext.nominal));
      }),
      { numRuns: 500 },
    );
  });

  /** Independent oracle: the Paris calendar date through Intl (not luxon), then same date n months later, clamped. */
  const parisDay = (ms: number) => new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Paris', year: 'numeric', month: '2-digit', day: '2-digit' }).format(ms);
  const sameDateLater = (date: string, months: number) => {
    const [y = 0, m = 0, d = 0] = date.split('-').map(Number);
    const lastDay = new Date(Date.UTC(y, m - 1 + months + 1, 0)).getUTCDate();
    return new Date(Date.UTC(y, m - 1 + months, Math.min(d, lastDay))).toISOString().slice(0, 10);
  };

  it('runs from the Paris date of receipt to the same date one month (extension: three months) later, clamped to the last day of the month, then to the first working day', () => {
    fc.assert(
      fc.property(instants, calendars, (ms, calendar) => {
        const d = gdpr(new Date(ms).toISOString(), calendar);
        expect(d.receivedDate).toBe(parisDay(ms));
        for (const [period, months] of [[d.strict, 1], [d.extension?.extended, 3]] as const) {
          expect(period?.nominal).toBe(sameDateLater(d.receivedDate, months));
          if (!period) continue;
          // Art. 3(4): the first working day on or after the nominal end, not any later one.
          for (let day = period.nominal; day < period.due; day = addCalendarDays(day, 1)) expect(isWorkingDay(day, calendar)).toBe(false);
          expect(isWorkingDay(period.due, calendar)).toBe(true);
        }
        expect(d.extension?.noticeDue).toBe(d.strict.due);
      }),
      { numRuns: 500 },
    );
  });

  const zones = ['UTC', 'America/Los_Angeles', 'Asia/Tokyo', 'Pacific/Kiritimati', 'Pacific/Pago_Pago', 'Australia/Lord_Howe'];
  const offsets = fc.integer({ min: -12 * 4, max: 14 * 4 }).map((q) => q * 15); // minutes, quarter hours

  afterEach(() => {
    Settings.defaultZone = 'system';
    delete process.env.TZ;
  });

  it('gives the same result whatever the caller’s time zone and the offset the instant is written with', () => {
    fc.assert(
      fc.property(instants, offsets, fc.constantFrom(...zones), (ms, offsetMinutes, zone) => {
        const reference = requestDeadlines({ receivedAt: new Date(ms).toISOString(), profile: 'gdpr', calendar: 'fr' });
        const local = new Date(ms + offsetMinutes * 60000).toISOString().slice(0, 19);
        const sign = offsetMinutes < 0 ? '-' : '+';
        const abs = Math.abs(offsetMinutes);
        const withOffset = `${local}${sign}${String(Math.floor(abs / 60)).padStart(2, '0')}:${String(abs % 60).padStart(2, '0')}`;
        process.env.TZ = zone;
        Settings.defaultZone = zone;
        try {
          const other = requestDeadlines({ receivedAt: withOffset, profile: 'gdpr', calendar: 'fr' });
          expect(other).toEqual(reference);
        } finally {
          Settings.defaultZone = 'system';
          delete process.env.TZ;
        }
      }),
      { numRuns: 200 },
    );
  });
});
