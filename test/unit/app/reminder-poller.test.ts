import { describe, expect, it } from 'vitest';
import { createReminderPoller } from '../../../src-main/app/reminder-poller';
import { InMemoryNotifier } from '../../../src-main/app/notifications';
import type { Service } from '../../../src-main/service/types';
import type { Result } from '../../../src-main/shared/result';

function fakeService(results: Result<unknown>[]): Service {
  let i = 0;
  return {
    methods: [],
    close() {},
    async call(method: string) {
      expect(method).toBe('reminder.list');
      const r = results[Math.min(i, results.length - 1)];
      i++;
      if (!r) throw new Error('no result');
      return r;
    },
  };
}

const reminder = (key: string) => ({ key, level: 'critical', titleFr: `Échéance ${key}`, bodyFr: 'Notification CNIL dans 1 h', entity: { kind: 'breach', id: 'x' }, dueAt: '2026-11-23T12:00:00Z' });

describe('desktop reminders', () => {
  it('shows each reminder once, even when the service keeps returning it', async () => {
    const notifier = new InMemoryNotifier();
    const list = { ok: true as const, value: { reminders: [reminder('breach:1:h1'), reminder('request:2:d7')] } };
    const poller = createReminderPoller(fakeService([list, list]), notifier);
    expect(await poller.tick()).toBe(2);
    expect(await poller.tick()).toBe(0);
    expect(notifier.sent.map((n) => n.title)).toEqual(['Échéance breach:1:h1', 'Échéance request:2:d7']);
  });

  it('shows nothing while the vault is locked, and starts afresh after it', async () => {
    const notifier = new InMemoryNotifier();
    const locked = { ok: false as const, error: { code: 'VAULT_LOCKED' as const, message: 'verrouillé' } };
    const list = { ok: true as const, value: { reminders: [reminder('breach:1:h1')] } };
    const poller = createReminderPoller(fakeService([list, locked, list]), notifier);
    expect(await poller.tick()).toBe(1);
    expect(await poller.tick()).toBe(0);
    expect(await poller.tick()).toBe(1);
  });

  it('does nothing where the system cannot show notifications', async () => {
    const poller = createReminderPoller(fakeService([{ ok: true, value: { reminders: [reminder('k')] } }]), new InMemoryNotifier(false));
    expect(await poller.tick()).toBe(0);
  });
});
