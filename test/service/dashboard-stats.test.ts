import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { requestStats, type RequestRow } from '../../src-main/core/dashboard-stats';
import { requestStatsFast } from '../../src-main/service/handlers/dashboard-request-stats';

const DAY = 86_400_000;
const BASE = Date.UTC(2024, 0, 1);
/** A calendar day between 2024 and mid-2028 (leap days and month ends included). */
const day = fc.integer({ min: 0, max: 1650 }).map((n) => new Date(BASE + n * DAY).toISOString().slice(0, 10));

const row = fc.record({
  id: fc.string({ minLength: 1, maxLength: 4 }),
  receivedOn: day,
  dueDate: day,
  answeredOn: fc.option(day, { nil: null }),
  closed: fc.boolean(),
}) satisfies fc.Arbitrary<RequestRow>;

describe('requests on time (Art. 12(3)) — the dashboard’s fast computation', () => {
  it('gives the same figures as core/dashboard-stats on any vault and any day', () => {
    fc.assert(
      fc.property(fc.array(row, { maxLength: 60 }), day, (rows, today) => {
        expect(requestStatsFast(rows, today)).toEqual(requestStats(rows, today));
      }),
      { numRuns: 400 },
    );
  });

  it('keeps the 12-month window of a 29 February like core does (same day a year before, clamped)', () => {
    const rows: RequestRow[] = [
      { id: 'a', receivedOn: '2027-02-01', dueDate: '2027-03-01', answeredOn: '2027-02-28', closed: true },
      { id: 'b', receivedOn: '2027-02-01', dueDate: '2027-03-01', answeredOn: '2027-03-01', closed: true },
    ];
    expect(requestStatsFast(rows, '2028-02-29')).toEqual(requestStats(rows, '2028-02-29'));
    expect(requestStatsFast(rows, '2028-02-29').medianAnswerDays).toBe(28);
  });

  it('counts an answer sent on the due date as on time', () => {
    const stats = requestStatsFast([{ id: 'a', receivedOn: '2026-07-06', dueDate: '2026-08-06', answeredOn: '2026-08-06', closed: false }], '2026-10-05');
    expect(stats.onTimeByMonth.find((m) => m.month === '2026-08')).toMatchObject({ onTime: 1, late: 0, rate: 1 });
  });
});
