import { describe, expect, it } from 'vitest';
import { requestStats, type RequestRow } from '../../src-main/core/dashboard-stats';

describe('requests on time (Art. 12(3)) — the dashboard’s statistics', () => {
  it('keeps the 12-month window of a 29 February (same day a year before, clamped)', () => {
    const rows: RequestRow[] = [
      { id: 'a', receivedOn: '2027-02-01', dueDate: '2027-03-01', answeredOn: '2027-02-28', closed: true },
      { id: 'b', receivedOn: '2027-02-01', dueDate: '2027-03-01', answeredOn: '2027-03-01', closed: true },
    ];
    expect(requestStats(rows, '2028-02-29').medianAnswerDays).toBe(28);
  });

  it('counts an answer sent on the due date as on time', () => {
    const stats = requestStats([{ id: 'a', receivedOn: '2026-07-06', dueDate: '2026-08-06', answeredOn: '2026-08-06', closed: false }], '2026-10-05');
    expect(stats.onTimeByMonth.find((m) => m.month === '2026-08')).toMatchObject({ onTime: 1, late: 0, rate: 1 });
  });
});
