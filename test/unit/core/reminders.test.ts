import { describe, it, expect } from 'vitest';
import { dueReminders, type BreachReminderSnapshot, type RequestReminderSnapshot } from '../../../src-main/core/reminders';

// Breach notification due 5 March 2026 at 14:30 Paris time (13:30 UTC).
const DUE = '2026-03-05T13:30:00.000Z';
const breach = (over: Partial<BreachReminderSnapshot> = {}): BreachReminderSnapshot => ({
  id: 'B1', reference: 'V-2026-003', notificationDueAt: DUE, notifiedAt: null, notificationRequired: null, closed: false, ...over,
});
const keysAt = (now: string, b = breach()) => dueReminders({ breaches: [b] }, now).map((r) => r.key);

describe('breach reminders (GDPR Art. 33(1), 72 h)', () => {
  it('does not fire more than 24 h before the notification deadline', () => {
    expect(keysAt('2026-03-04T13:29:00.000Z')).toEqual([]);
  });

  it('fires at 24 h before the deadline', () => {
    const [r] = dueReminders({ breaches: [breach()] }, '2026-03-04T13:30:00.000Z');
    expect(r?.key).toBe('breach:B1:h24');
    expect(r?.level).toBe('info');
    expect(r?.bodyFr).toContain('5 mars 2026 à 14h30');
    expect(r?.entity).toEqual({ kind: 'breach', id: 'B1' });
  });

  it('fires at 12 h before the deadline, alone even if the 24 h reminder was never shown', () => {
    expect(keysAt('2026-03-05T01:30:00.000Z')).toEqual(['breach:B1:h12']);
  });

  it('fires at 1 h before the deadline as critical', () => {
    const [r] = dueReminders({ breaches: [breach()] }, '2026-03-05T12:45:00.000Z');
    expect(r?.key).toBe('breach:B1:h1');
    expect(r?.level).toBe('critical');
  });

  it('fires when the notification is late, not at the deadline itself', () => {
    expect(keysAt(DUE)).toEqual(['breach:B1:h1']);
    expect(keysAt('2026-03-05T13:31:00.000Z')).toEqual(['breach:B1:late']);
  });

  it('does not fire once notified, when notification is not required, or when closed', () => {
    const now = '2026-03-05T12:45:00.000Z';
    expect(keysAt(now, breach({ notifiedAt: '2026-03-05T10:00:00.000Z' }))).toEqual([]);
    expect(keysAt(now, breach({ notificationRequired: false }))).toEqual([]);
    expect(keysAt(now, breach({ closed: true }))).toEqual([]);
  });

  it('fires once per key', () => {
    const now = '2026-03-05T01:30:00.000Z';
    const first = dueReminders({ breaches: [breach()] }, now);
    const fired = new Set(first.map((r) => r.key));
    expect(dueReminders({ breaches: [breach()] }, '2026-03-05T02:30:00.000Z', fired)).toEqual([]);
    expect(dueReminders({ breaches: [breach()] }, '2026-03-05T12:45:00.000Z', fired).map((r) => r.key)).toEqual(['breach:B1:h1']);
  });
});

describe('request reminders (Art. 12(3))', () => {
  const request = (over: Partial<RequestReminderSnapshot> = {}): RequestReminderSnapshot => ({
    id: 'R1', reference: 'D-2026-010', dueDate: '2026-04-15', extended: false, closed: false, ...over,
  });
  const at = (now: string, r = request()) => dueReminders({ requests: [r] }, now).map((x) => x.key);

  it('does not fire 8 days before the due date', () => {
    expect(at('2026-04-07T08:00:00+02:00')).toEqual([]);
  });

  it('fires 7 days before the due date', () => {
    expect(at('2026-04-08T08:00:00+02:00')).toEqual(['request:R1:d7']);
  });

  it('fires 2 days before the due date, and on the due date itself', () => {
    expect(at('2026-04-13T08:00:00+02:00')).toEqual(['request:R1:d2']);
    const [r] = dueReminders({ requests: [request()] }, '2026-04-15T08:00:00+02:00');
    expect(r?.key).toBe('request:R1:d2');
    expect(r?.titleFr).toContain("aujourd'hui");
  });

  it('uses the Paris calendar day: 23:30 UTC on the 7th is already the 8th in Paris', () => {
    expect(at('2026-04-07T22:30:00.000Z')).toEqual(['request:R1:d7']);
  });

  it('fires when overdue, and not for a closed request', () => {
    const [r] = dueReminders({ requests: [request()] }, '2026-04-16T08:00:00+02:00');
    expect(r?.key).toBe('request:R1:overdue');
    expect(r?.level).toBe('critical');
    expect(at('2026-04-16T08:00:00+02:00', request({ closed: true }))).toEqual([]);
  });

  it('does not suggest an extension for a request already extended', () => {
    const [r] = dueReminders({ requests: [request({ extended: true })] }, '2026-04-13T08:00:00+02:00');
    expect(r?.bodyFr).toContain('déjà été prolongé');
  });
});

describe('contract, certification and action reminders', () => {
  const NOW = '2026-03-10T09:00:00+01:00';
  const contract = (reviewDate: string) => ({ id: 'C1', processorId: 'P1', processorName: 'Héberg', title: 'Contrat cadre', reviewDate });
  const cert = (validUntil: string) => ({ id: 'K1', processorId: 'P1', processorName: 'Héberg', label: 'HDS', validUntil });

  it('fires a contract review 30 days ahead, not 31, and when overdue', () => {
    expect(dueReminders({ contracts: [contract('2026-04-09')] }, NOW).map((r) => r.key)).toEqual(['contract:C1:review:2026-04-09:d30']);
    expect(dueReminders({ contracts: [contract('2026-04-10')] }, NOW)).toEqual([]);
    const [late] = dueReminders({ contracts: [contract('2026-03-01')] }, NOW);
    expect(late?.key).toBe('contract:C1:review:2026-03-01:overdue');
    expect(late?.entity).toEqual({ kind: 'contract', id: 'C1', processorId: 'P1' });
  });

  it('fires a certification expiring within 30 days, and again once expired', () => {
    expect(dueReminders({ certifications: [cert('2026-03-31')] }, NOW).map((r) => r.key)).toEqual(['certification:K1:2026-03-31:d30']);
    expect(dueReminders({ certifications: [cert('2026-05-31')] }, NOW)).toEqual([]);
    expect(dueReminders({ certifications: [cert('2026-03-09')] }, NOW).map((r) => r.level)).toEqual(['critical']);
  });

  it('fires an action due today and an overdue one, not a future or finished one', () => {
    const actions = [
      { id: 'A1', title: 'Mettre à jour la politique', dueDate: '2026-03-10', status: 'open' as const },
      { id: 'A2', title: 'Former les gestionnaires', dueDate: '2026-03-01', status: 'in_progress' as const },
      { id: 'A3', title: 'Plus tard', dueDate: '2026-03-11', status: 'open' as const },
      { id: 'A4', title: 'Terminée', dueDate: '2026-03-01', status: 'done' as const },
    ];
    expect(dueReminders({ actions }, NOW).map((r) => r.key)).toEqual(['action:A2:2026-03-01:overdue', 'action:A1:2026-03-10:due']);
  });

  it('re-arms a review reminder when the review date changes', () => {
    const fired = new Set(['contract:C1:review:2026-03-20:d30']);
    expect(dueReminders({ contracts: [contract('2026-03-20')] }, NOW, fired)).toEqual([]);
    expect(dueReminders({ contracts: [contract('2026-03-25')] }, NOW, fired)).toHaveLength(1);
  });
});
