import { describe, expect, it } from 'vitest';
import type { Service } from '../../src-main/service/types';
import type { Reminder } from '../../src-main/shared/schemas/control';
import { action, breachId, call, controlVault, failure, finding, hasMethod, sessionAs, unlock } from './control-fixtures';

interface ReminderList {
  now: string;
  reminders: Reminder[];
  sources: Record<string, boolean>;
}

const actionReminders = async (service: Service): Promise<Reminder[]> =>
  (await call<ReminderList>(service, 'reminder.list', {})).reminders.filter((r) => r.entity.kind === 'action');

describe('reminders fire once per user', () => {
  it('reminds of an action due today, and after dismissal only when it becomes overdue', async () => {
    const { service, clock } = await controlVault('2026-03-30T08:00:00Z');
    const f = await finding(service);
    const a = await action(service, { type: 'finding', id: f.id }, { dueDate: '2026-03-31' });
    expect(await actionReminders(service)).toEqual([]);

    clock.set('2026-03-31T06:00:00Z');
    const due = await actionReminders(service);
    expect(due).toHaveLength(1);
    expect(due[0]).toMatchObject({ key: `action:${a.id}:2026-03-31:due`, level: 'warning', titleFr: "Action à terminer aujourd'hui : Désactiver les comptes orphelins" });

    const dismissed = await call<{ key: string; dismissedAt: string }>(service, 'reminder.dismiss', { key: due[0]?.key });
    expect(dismissed.dismissedAt).toBe('2026-03-31T06:00:00.000Z');
    expect(await actionReminders(service)).toEqual([]);
    clock.set('2026-03-31T20:00:00Z');
    expect(await actionReminders(service)).toEqual([]);

    clock.set('2026-04-01T08:00:00Z');
    const late = await actionReminders(service);
    expect(late.map((r) => [r.key, r.level])).toEqual([[`action:${a.id}:2026-03-31:overdue`, 'critical']]);
    await call(service, 'reminder.dismiss', { key: late[0]?.key });
    clock.set('2026-04-20T08:00:00Z');
    expect(await actionReminders(service)).toEqual([]);
  });

  it('fires again when the due date is postponed (a new deadline is a new reminder)', async () => {
    const { service, clock } = await controlVault('2026-04-01T08:00:00Z');
    const f = await finding(service);
    const a = await action(service, { type: 'finding', id: f.id }, { dueDate: '2026-03-31' });
    await call(service, 'reminder.dismiss', { key: `action:${a.id}:2026-03-31:overdue` });
    await call(service, 'action.update', { id: a.id, dueDate: '2026-04-10', reason: 'Attente du prestataire.' });
    clock.set('2026-04-10T08:00:00Z');
    expect((await actionReminders(service)).map((r) => r.key)).toEqual([`action:${a.id}:2026-04-10:due`]);
  });

  it('counts a dismissal once in the audit log and keeps it per user', async () => {
    const { dir, service, clock } = await controlVault('2026-04-01T08:00:00Z');
    const f = await finding(service);
    const a = await action(service, { type: 'finding', id: f.id }, { dueDate: '2026-03-31' });
    const key = `action:${a.id}:2026-03-31:overdue`;
    const before = (await call<{ count: number }>(service, 'audit.verify', {})).count;
    await call(service, 'reminder.dismiss', { key });
    const first = await call<{ dismissedAt: string }>(service, 'reminder.dismiss', { key });
    clock.set('2026-04-02T08:00:00Z');
    const again = await call<{ dismissedAt: string }>(service, 'reminder.dismiss', { key });
    expect(again.dismissedAt).toBe(first.dismissedAt);
    expect((await call<{ count: number }>(service, 'audit.verify', {})).count).toBe(before + 1);

    const compliance = await sessionAs(service, dir, clock, 'compliance');
    await unlock(compliance, 'compliance');
    expect((await actionReminders(compliance)).map((r) => r.key)).toEqual([key]);
  });

  it('shows the security officer the breach measures only, not the requests or the audit actions', async () => {
    const { dir, service, clock } = await controlVault('2026-04-01T08:00:00Z');
    const f = await finding(service);
    await action(service, { type: 'finding', id: f.id }, { dueDate: '2026-03-31' });
    const measure = await action(service, { type: 'breach', id: await breachId(service) }, { dueDate: '2026-03-31', title: 'Purger la liste de diffusion' });
    const security = await sessionAs(service, dir, clock, 'security');
    await unlock(security, 'security');
    const list = await call<ReminderList>(security, 'reminder.list', {});
    expect(list.sources).toMatchObject({ requests: false, contracts: false, certifications: false, actions: true });
    expect(list.reminders.filter((r) => r.entity.kind === 'action').map((r) => r.entity.id)).toEqual([measure.id]);
  });

  it('reminds of a rights request 7 days before its Art. 12(3) date and of a breach 12 h before its Art. 33(1) deadline', async (ctx) => {
    const { dir, service, clock } = await controlVault('2026-03-02T09:00:00Z');
    if (!hasMethod(service, 'request.create') || !hasMethod(service, 'breach.confirm')) {
      ctx.skip('request.create / breach.confirm ne sont pas encore dans le contrat : rappels des autres modules non testés.');
      return;
    }
    const request = await call<{ id: string; reference: string }>(service, 'request.create', {
      type: 'access',
      receivedAt: '2026-03-02T09:00:00Z',
      channel: 'email',
      applicant: { name: 'Adhérente fictive' },
    });
    clock.set('2026-03-26T09:00:00Z');
    const breach = await call<{ id: string }>(service, 'breach.create', { title: 'Perte d’un ordinateur portable', discoveredAt: '2026-03-23T19:00:00Z' });
    await call(service, 'breach.startAssessment', { id: breach.id });
    await call(service, 'breach.confirm', { id: breach.id, awareAt: '2026-03-23T20:00:00Z' });
    // 26 March 09:00 UTC: 61 h after awareness, 11 h before the 72 h deadline (26 March 20:00 UTC).
    const list = await call<ReminderList>(service, 'reminder.list', {});
    expect(list.sources).toMatchObject({ breaches: true, requests: true });
    const keys = list.reminders.map((r) => r.key);
    expect(keys).toContain(`request:${request.id}:d7`);
    expect(keys).toContain(`breach:${breach.id}:h12`);

    const security = await sessionAs(service, dir, clock, 'security');
    await unlock(security, 'security');
    const forSecurity = (await call<ReminderList>(security, 'reminder.list', {})).reminders.map((r) => r.key);
    expect(forSecurity).toContain(`breach:${breach.id}:h12`);
    expect(forSecurity.some((k) => k.startsWith('request:'))).toBe(false);
  });

  it('refuses a key that is not a reminder key', async () => {
    const { service } = await controlVault();
    const e = await failure(service, 'reminder.dismiss', { key: 'n’importe quoi' });
    expect(e.code).toBe('VALIDATION');
    expect(e.issues?.[0]?.message).toMatch(/Clé de rappel inconnue/);
  });
});
