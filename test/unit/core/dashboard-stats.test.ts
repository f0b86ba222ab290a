import { describe, it, expect } from 'vitest';
import {
  actionStats,
  breachStats,
  dashboardStats,
  median,
  parisDay,
  requestStats,
  type RequestRow,
} from '../../../src-main/core/dashboard-stats';

const TODAY = '2026-03-10';
const req = (id: string, receivedOn: string, dueDate: string, answeredOn: string | null, closed = answeredOn !== null): RequestRow => ({
  id, receivedOn, dueDate, answeredOn, closed,
});

describe('request statistics', () => {
  it('counts open requests due within 7 days and overdue ones', () => {
    const s = requestStats([
      req('R1', '2026-02-10', '2026-03-10', null),
      req('R2', '2026-02-17', '2026-03-17', null),
      req('R3', '2026-02-18', '2026-03-18', null),
      req('R4', '2026-02-09', '2026-03-09', null),
      req('R5', '2026-02-09', '2026-03-09', '2026-03-01'),
    ], TODAY);
    expect(s.open).toBe(4);
    expect(s.dueWithin7Days).toBe(2);
    expect(s.overdue).toBe(1);
  });

  it('computes the on-time rate by month of the due date over the last 12 months', () => {
    const s = requestStats([
      req('R1', '2026-01-05', '2026-02-05', '2026-02-05'),
      req('R2', '2026-01-10', '2026-02-10', '2026-02-12'),
      req('R3', '2026-01-20', '2026-02-20', null),
      req('R4', '2026-02-20', '2026-03-20', null),
      req('R5', '2025-01-20', '2025-02-20', '2025-02-01'),
    ], TODAY);
    expect(s.onTimeByMonth).toHaveLength(12);
    expect(s.onTimeByMonth[0]?.month).toBe('2025-04');
    expect(s.onTimeByMonth[11]?.month).toBe('2026-03');
    const feb = s.onTimeByMonth.find((m) => m.month === '2026-02');
    expect(feb).toMatchObject({ onTime: 1, late: 2, pending: 0 });
    expect(feb?.rate).toBeCloseTo(1 / 3);
    expect(s.onTimeByMonth[11]).toMatchObject({ pending: 1, rate: null });
  });

  it('leaves a request withdrawn without answer out of the on-time rate', () => {
    const s = requestStats([req('R1', '2026-01-20', '2026-02-20', null, true)], TODAY);
    expect(s.onTimeByMonth.find((m) => m.month === '2026-02')).toMatchObject({ onTime: 0, late: 0, rate: null });
  });

  it('gives the median answer time in calendar days over answers of the last 12 months', () => {
    const s = requestStats([
      req('R1', '2026-01-01', '2026-02-01', '2026-01-11'),
      req('R2', '2026-01-01', '2026-02-01', '2026-01-21'),
      req('R3', '2026-01-01', '2026-02-01', '2026-01-31'),
      req('R4', '2024-01-01', '2024-02-01', '2024-03-01'),
    ], TODAY);
    expect(s.medianAnswerDays).toBe(20);
    expect(median([])).toBeNull();
    expect(median([1, 2, 3, 10])).toBe(2.5);
  });
});

describe('breach and action statistics', () => {
  const NOW = '2026-03-10T12:00:00.000Z';
  it('separates breaches awaiting notification from late ones (Art. 33(1))', () => {
    const s = breachStats([
      { id: 'B1', notificationDueAt: '2026-03-11T12:00:00.000Z', notifiedAt: null, notificationRequired: null, closed: false },
      { id: 'B2', notificationDueAt: '2026-03-09T12:00:00.000Z', notifiedAt: null, notificationRequired: true, closed: false },
      { id: 'B3', notificationDueAt: '2026-03-09T12:00:00.000Z', notifiedAt: null, notificationRequired: false, closed: false },
      { id: 'B4', notificationDueAt: '2026-03-01T12:00:00.000Z', notifiedAt: '2026-03-01T10:00:00.000Z', notificationRequired: true, closed: true },
      { id: 'B5', notificationDueAt: '2026-03-01T12:00:00.000Z', notifiedAt: '2026-03-02T10:00:00.000Z', notificationRequired: true, closed: true },
    ], NOW);
    expect(s).toEqual({ open: 3, awaitingNotification: 1, notificationLate: 1, notifiedOnTimeRate: 0.5 });
  });

  it('counts open, in-progress and overdue actions', () => {
    expect(actionStats([
      { id: 'A1', status: 'open', dueDate: '2026-03-09' },
      { id: 'A2', status: 'in_progress', dueDate: '2026-03-10' },
      { id: 'A3', status: 'done', dueDate: '2026-01-01' },
      { id: 'A4', status: 'open', dueDate: null },
    ], TODAY)).toEqual({ open: 2, inProgress: 1, overdue: 1 });
  });

  it('takes today as the calendar day in Paris', () => {
    expect(parisDay('2026-03-09T23:30:00.000Z')).toBe('2026-03-10');
    const s = dashboardStats({ requests: [], breaches: [], actions: [], registerPercents: [100, 50], processorAlertSeverities: ['high', 'high', 'low'] }, '2026-03-09T23:30:00.000Z');
    expect(s.today).toBe('2026-03-10');
    expect(s.register).toEqual({ processings: 2, complete: 1, averagePercent: 75 });
    expect(s.processorAlerts).toEqual({ low: 1, medium: 0, high: 2, critical: 0 });
  });
});
