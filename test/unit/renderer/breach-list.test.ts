/** The breach list's query (breach-list-query.ts) and the Paris-time inputs (paris-time.ts). */
import { describe, expect, it } from 'vitest';
import { BreachListInput, type BreachListRow } from '../../../src-main/shared/schemas/breach';
import { applyLocalFilters, DEFAULT_BREACH_FILTERS, nextSort, toBreachListInput } from '../../../src-renderer/pages/breaches/breach-list-query';
import { formatCalendarDate, parisLocalToIso, parisToday, toParisLocalInput } from '../../../src-renderer/pages/breaches/paris-time';

function row(patch: Partial<BreachListRow>): BreachListRow {
  return {
    id: 'b', reference: 'VIO-2026-001', title: 't', status: 'confirmed', discoveredAt: '2026-03-01T10:00:00Z', awareAt: null, dueAt: null,
    clock: null, severity: null, recommendation: null, decision: null, notified: false, notifiedAt: null, notificationCount: 0,
    subjectsInformedAt: null, natures: [], specialCategories: false, subjectCount: null, updatedAt: '2026-03-01T10:00:00Z', ...patch,
  };
}

describe('breach list query', () => {
  it('sends only the filters that are set, in the contract’s shape', () => {
    const input = toBreachListInput({ ...DEFAULT_BREACH_FILTERS, from: '2026-01-01', search: '  VIO ', page: 2 });
    expect(input).toEqual({
      filter: 'open', statuses: [], discoveredFrom: '2026-01-01', search: 'VIO', sort: 'dueAt', direction: 'asc', offset: 1000, limit: 500,
    });
    expect(BreachListInput.safeParse(input).success).toBe(true);
  });

  it('filters the loaded rows by severity and by notification', () => {
    const rows = [row({ id: 'a', severity: 'high', notified: true }), row({ id: 'b', severity: null }), row({ id: 'c', severity: 'low' })];
    expect(applyLocalFilters(rows, { severity: 'high', notified: 'all' }).map((r) => r.id)).toEqual(['a']);
    expect(applyLocalFilters(rows, { severity: 'none', notified: 'all' }).map((r) => r.id)).toEqual(['b']);
    expect(applyLocalFilters(rows, { severity: 'any', notified: 'no' }).map((r) => r.id)).toEqual(['b', 'c']);
  });

  it('sorts by a new column ascending, and flips the direction on the same column', () => {
    expect(nextSort({ sort: 'dueAt', direction: 'asc' }, 'severity')).toEqual({ sort: 'severity', direction: 'asc' });
    expect(nextSort({ sort: 'severity', direction: 'asc' }, 'severity')).toEqual({ sort: 'severity', direction: 'desc' });
  });
});

describe('times typed in Paris, whatever the computer’s zone', () => {
  it('reads a winter and a summer wall-clock time with their offsets', () => {
    expect(parisLocalToIso('2026-01-15T10:05')).toBe('2026-01-15T10:05:00.000+01:00');
    expect(parisLocalToIso('2026-07-15T10:05')).toBe('2026-07-15T10:05:00.000+02:00');
  });

  it('moves a time skipped by the spring change forward rather than inventing it', () => {
    expect(parisLocalToIso('2026-03-29T02:30')).toBe('2026-03-29T03:30:00.000+02:00');
  });

  it('refuses what is not a date and time', () => {
    expect(parisLocalToIso('')).toBeNull();
    expect(parisLocalToIso('2026-02-30T10:00')).toBeNull();
  });

  it('shows a UTC instant as the Paris wall clock, and late evening UTC as the next Paris day', () => {
    expect(toParisLocalInput('2026-07-14T22:30:00Z')).toBe('2026-07-15T00:30');
    expect(parisToday(new Date('2026-07-14T22:30:00Z'))).toBe('2026-07-15');
  });

  it('writes a calendar date without shifting it by a zone', () => {
    expect(formatCalendarDate('2026-04-06', 'fr')).toBe('6 avril 2026');
    expect(formatCalendarDate('2026-04-06', 'en', 'full')).toBe('Monday, 6 April 2026');
  });
});
