/**
 * Pure helpers of the notification centre: where a reminder leads (the item it is about, when the
 * role may open it) and in which order reminders are listed (most urgent first).
 */
import type { Reminder } from '../../src-main/shared/schemas/control';
import type { Role } from '../../src-main/shared/roles';
import { canCall, moduleAccess } from '../navigation';

export function reminderHref(entity: Reminder['entity'], role: Role): string | null {
  switch (entity.kind) {
    case 'breach':
      return moduleAccess(role, 'breaches') === 'none' ? null : `/violations/${entity.id}`;
    case 'request':
      return moduleAccess(role, 'requests') === 'none' ? null : `/demandes/${entity.id}`;
    case 'contract':
    case 'certification':
      return moduleAccess(role, 'processors') === 'none' || !entity.processorId ? null : `/sous-traitants/${entity.processorId}`;
    case 'action':
      // The security officer follows the actions decided after breaches (Art. 33(3)(d)).
      return canCall(role, 'action.get') ? `/controle/actions/${entity.id}` : null;
  }
}

const LEVEL_RANK: Readonly<Record<Reminder['level'], number>> = { critical: 0, warning: 1, info: 2 };

/** Critical first, then warnings, then information; within a level, the earliest due first. */
export function sortReminders(reminders: readonly Reminder[]): Reminder[] {
  return [...reminders].sort((a, b) => LEVEL_RANK[a.level] - LEVEL_RANK[b.level] || a.dueAt.localeCompare(b.dueAt) || a.key.localeCompare(b.key));
}

/** The figure on the bell: every reminder, and how many are critical (the bell turns red then). */
export function bellCount(reminders: readonly Reminder[]): { total: number; critical: number } {
  return { total: reminders.length, critical: reminders.filter((r) => r.level === 'critical').length };
}

/** `dueAt` is a calendar day (`YYYY-MM-DD`) for most reminders, an instant for a breach's 72 hours. */
export function isCalendarDay(dueAt: string): boolean {
  return /^\d{4}-\d{2}-\d{2}$/.test(dueAt);
}
