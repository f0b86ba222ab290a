/** The notification centre: where a reminder leads for each role, its order, and the bell's count. */
import { describe, expect, it } from 'vitest';
import type { Reminder } from '../../../src-main/shared/schemas/control';
import { bellCount, isCalendarDay, reminderHref, sortReminders } from '../../../src-renderer/notifications/reminder-view';

const reminder = (key: string, level: Reminder['level'], dueAt: string, entity: Reminder['entity'] = { kind: 'action', id: key }): Reminder => ({
  key,
  level,
  titleFr: key,
  bodyFr: '',
  entity,
  dueAt,
});

describe('where a reminder leads', () => {
  it('opens the breach, the request, the processor or the action it is about', () => {
    expect(reminderHref({ kind: 'breach', id: 'B1' }, 'dpo')).toBe('/violations/B1');
    expect(reminderHref({ kind: 'request', id: 'R1' }, 'dpo')).toBe('/demandes/R1');
    expect(reminderHref({ kind: 'contract', id: 'C1', processorId: 'P1' }, 'dpo')).toBe('/sous-traitants/P1');
    expect(reminderHref({ kind: 'certification', id: 'X1', processorId: 'P1' }, 'compliance')).toBe('/sous-traitants/P1');
    expect(reminderHref({ kind: 'action', id: 'A1' }, 'dpo')).toBe('/controle/actions/A1');
  });

  it('lets the security officer open a breach and the actions decided after it (Art. 33(3)(d)), not a request', () => {
    expect(reminderHref({ kind: 'breach', id: 'B1' }, 'security')).toBe('/violations/B1');
    expect(reminderHref({ kind: 'action', id: 'A1' }, 'security')).toBe('/controle/actions/A1');
    expect(reminderHref({ kind: 'request', id: 'R1' }, 'security')).toBeNull();
  });

  it('shows a contract reminder without a link when the processor is not named', () => {
    expect(reminderHref({ kind: 'contract', id: 'C1' }, 'dpo')).toBeNull();
  });
});

describe('order and count', () => {
  const list = [
    reminder('info', 'info', '2026-01-01'),
    reminder('late-action', 'critical', '2026-03-20'),
    reminder('soon', 'warning', '2026-03-25'),
    reminder('breach', 'critical', '2026-03-18T10:00:00.000Z', { kind: 'breach', id: 'B1' }),
  ];

  it('lists critical reminders first, the earliest due first within a level', () => {
    expect(sortReminders(list).map((r) => r.key)).toEqual(['breach', 'late-action', 'soon', 'info']);
  });

  it('counts every reminder on the bell and the critical ones apart', () => {
    expect(bellCount(list)).toEqual({ total: 4, critical: 2 });
    expect(bellCount([])).toEqual({ total: 0, critical: 0 });
  });

  it('tells a calendar day from the instant of a 72-hour deadline', () => {
    expect(isCalendarDay('2026-03-20')).toBe(true);
    expect(isCalendarDay('2026-03-18T10:00:00.000Z')).toBe(false);
  });
});
