/**
 * Reminders of the connected user: the rules of core/reminders.ts (Art. 33(1) 72 h, Art. 12(3) one
 * month, Art. 28 contract reviews and certifications, actions due) applied to what the vault holds,
 * minus the keys this user dismissed — each reminder fires once per user.
 *
 * Each role sees what concerns it: the security officer gets breaches and the actions decided after
 * them, not the rights requests (they name members: data minimisation, Art. 5(1)(c)) nor the
 * processors' contract follow-up (the DPO's).
 * Other modules are read through their repositories, and only once their table is in the vault.
 */
import { CERTIFICATION_LABELS } from '../../core/processor-alerts';
import { dueReminders, type BreachReminderSnapshot, type ReminderInput } from '../../core/reminders';
import { listBreaches } from '../../store/repos/breaches';
import { contractsByProcessor, listProcessors } from '../../store/repos/processors';
import { dismissedKeys, dismissReminder } from '../../store/repos/control-reminders';
import { actionReminderRows } from '../../store/repos/control-actions';
import { tableExists } from '../../store/repos/control';
import { requestReminderRows } from '../../store/repos/requests';
import type { Db } from '../../store/sqlite';
import type { PartialHandlers } from '../context';
import { todayOf } from './control-views';

/** Open breaches whose Art. 33(1) clock runs (a stored due instant), as core/reminders snapshots. */
function breachSnapshots(db: Db, now: string): BreachReminderSnapshot[] {
  const { rows } = listBreaches(db, { filter: 'open', statuses: [], now, sort: 'dueAt', direction: 'asc', offset: 0, limit: 100_000 });
  return rows
    .filter((b): b is typeof b & { dueAt: string } => b.clockApplies && b.dueAt !== null)
    .map((b) => ({
      id: b.id,
      reference: b.reference,
      notificationDueAt: b.dueAt,
      notifiedAt: b.notifiedAt,
      // « Document only » = assessed as unlikely to result in a risk: no notification (Art. 33(1)).
      notificationRequired: b.decision === null ? null : b.decision !== 'document_only',
      closed: b.status === 'closed' || b.status === 'dismissed',
    }));
}

/** Contract reviews and certification ends of every processor (Art. 28(1), CSP L1111-8 for HDS). */
function processorSnapshots(db: Db): Pick<ReminderInput, 'contracts' | 'certifications'> {
  const processors = listProcessors(db);
  const names = new Map(processors.map((p) => [p.id, p.record.name]));
  const contracts: NonNullable<ReminderInput['contracts']> = [];
  for (const [processorId, list] of contractsByProcessor(db)) {
    for (const c of list) {
      contracts.push({ id: c.id, processorId, processorName: names.get(processorId) ?? processorId, title: c.record.title, reviewDate: c.record.reviewDate ?? null });
    }
  }
  const certifications = processors.flatMap((p) =>
    p.record.certifications.map((c) => ({
      id: c.id,
      processorId: p.id,
      processorName: p.record.name,
      label: c.label.trim() === '' ? CERTIFICATION_LABELS[c.kind].fr : c.label,
      validUntil: c.validUntil ?? null,
    })),
  );
  return { contracts, certifications };
}

export const controlReminderHandlers: PartialHandlers<'reminder.list' | 'reminder.dismiss'> = {
  'reminder.list': (_input, ctx) => {
    const db = ctx.session.vault().db;
    const user = ctx.session.user();
    const now = ctx.now.toISOString();
    const today = todayOf(ctx);
    const input: ReminderInput = {};
    const sources = { breaches: false, requests: false, contracts: false, certifications: false, actions: true };
    if (tableExists(db, 'breaches')) {
      input.breaches = breachSnapshots(db, now);
      sources.breaches = true;
    }
    if (user.role !== 'security' && tableExists(db, 'requests')) {
      input.requests = requestReminderRows(db);
      sources.requests = true;
    }
    // Contract reviews and certifications are the DPO's follow-up of processors, not the security officer's.
    if (user.role !== 'security' && tableExists(db, 'processors')) {
      Object.assign(input, processorSnapshots(db));
      sources.contracts = true;
      sources.certifications = true;
    }
    input.actions = actionReminderRows(db, today, user.role === 'security');
    return { now, reminders: dueReminders(input, now, dismissedKeys(db, user.id)), sources };
  },

  'reminder.dismiss': (input, ctx) => {
    const db = ctx.session.vault().db;
    const user = ctx.session.user();
    const { dismissedAt, created } = dismissReminder(db, user.id, input.key, ctx.now.toISOString());
    if (created) ctx.audit('reminder.dismiss', 'reminder', input.key, null, { user: user.username, key: input.key });
    return { key: input.key, dismissedAt };
  },
};
