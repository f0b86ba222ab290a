/**
 * Desktop reminders (issue 7): every minute while the vault is unlocked, asks the service for the
 * current user's reminders (computed in core/reminders.ts from the clock) and shows each new one once
 * as a system notification. Locked vault → nothing is read and nothing is shown.
 */
import type { Service } from '../service/types';
import type { Notifier } from './notifications';

interface ReminderLike {
  key: string;
  titleFr: string;
  bodyFr: string;
}

export interface ReminderPoller {
  /** One polling round; resolves to the number of notifications shown. */
  tick(): Promise<number>;
  start(): void;
  stop(): void;
}

export function createReminderPoller(service: Service, notifier: Notifier, intervalMs = 60_000): ReminderPoller {
  const shown = new Set<string>();
  let timer: ReturnType<typeof setInterval> | null = null;

  async function tick(): Promise<number> {
    if (!notifier.isSupported()) return 0;
    const r = await service.call('reminder.list', {});
    if (!r.ok) {
      // Locked or the role has nothing to show: forget what was shown, the next user starts afresh.
      if (r.error.code === 'VAULT_LOCKED') shown.clear();
      return 0;
    }
    const reminders = (r.value as { reminders: ReminderLike[] }).reminders;
    let count = 0;
    for (const reminder of reminders) {
      if (shown.has(reminder.key)) continue;
      shown.add(reminder.key);
      if (notifier.notify({ title: reminder.titleFr, body: reminder.bodyFr })) count++;
    }
    return count;
  }

  return {
    tick,
    start() {
      if (timer) return;
      timer = setInterval(() => void tick(), intervalMs);
      timer.unref?.();
    },
    stop() {
      if (timer) clearInterval(timer);
      timer = null;
    },
  };
}
