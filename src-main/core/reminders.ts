/**
 * Reminders due at `now`, computed from snapshots whose deadlines are already known (the breach
 * notification instant and the request due date come from the deadline rules, not from here).
 * Each reminder has a stable key: the caller stores the keys it has shown and passes them back, so
 * each one fires once. Per entity only the most urgent threshold crossed is returned: a vault opened
 * 10 hours before a breach deadline shows the 12 h reminder, not the 24 h one as well.
 */
import { DateTime } from 'luxon';
import { DomainError } from '../shared/errors';

export const PARIS = 'Europe/Paris';

export type ReminderLevel = 'info' | 'warning' | 'critical';
export type ReminderEntityKind = 'breach' | 'request' | 'contract' | 'certification' | 'action';

export interface Reminder {
  key: string;
  level: ReminderLevel;
  titleFr: string;
  bodyFr: string;
  entity: { kind: ReminderEntityKind; id: string; processorId?: string };
  /** The deadline the reminder is about: an instant (breach) or a date (others). */
  dueAt: string;
}

export interface BreachReminderSnapshot {
  id: string;
  reference: string;
  /** GDPR Art. 33(1): 72 h after awareness, computed by the breach clock. */
  notificationDueAt: string;
  notifiedAt: string | null;
  /** false when the risk assessment concluded no notification is needed; null = not decided yet. */
  notificationRequired: boolean | null;
  closed: boolean;
}

export interface RequestReminderSnapshot {
  id: string;
  reference: string;
  /** Art. 12(3) due date (one month, or three when extended), computed by the request deadline rules. */
  dueDate: string;
  /** Art. 12(3): already extended by two months (the person was told). */
  extended: boolean;
  closed: boolean;
}

export interface ContractReminderSnapshot {
  id: string;
  processorId: string;
  processorName: string;
  title: string;
  reviewDate: string | null;
}

export interface CertificationReminderSnapshot {
  id: string;
  processorId: string;
  processorName: string;
  label: string;
  validUntil: string | null;
}

export interface ActionReminderSnapshot {
  id: string;
  title: string;
  dueDate: string | null;
  status: 'open' | 'in_progress' | 'done' | 'cancelled';
}

export interface ReminderInput {
  breaches?: BreachReminderSnapshot[];
  requests?: RequestReminderSnapshot[];
  contracts?: ContractReminderSnapshot[];
  certifications?: CertificationReminderSnapshot[];
  actions?: ActionReminderSnapshot[];
}

/** Hours before the Art. 33(1) deadline at which a breach reminder fires. */
export const BREACH_THRESHOLDS_HOURS = [24, 12, 1] as const;
/** Days before an Art. 12(3) due date at which a request reminder fires. */
export const REQUEST_THRESHOLDS_DAYS = [7, 2] as const;
/** Days before a contract review or a certification end. */
export const EXPIRY_WARNING_DAYS = 30;

function instant(value: string): DateTime {
  const d = DateTime.fromISO(value, { setZone: true });
  if (!d.isValid) throw new DomainError('VALIDATION', `Date et heure invalides « ${value} » : format ISO 8601 attendu.`);
  return d;
}
function date(value: string): DateTime {
  const d = DateTime.fromISO(value, { zone: 'utc' });
  if (!d.isValid || !/^\d{4}-\d{2}-\d{2}$/.test(value)) throw new DomainError('VALIDATION', `Date invalide « ${value} » : format AAAA-MM-JJ attendu.`);
  return d;
}
const frDate = (d: string): string => date(d).setLocale('fr').toFormat('d MMMM yyyy');
const frInstant = (i: string): string => instant(i).setZone(PARIS).setLocale('fr').toFormat("d MMMM yyyy 'à' HH'h'mm");
const plural = (n: number, word: string): string => `${n} ${word}${n > 1 ? 's' : ''}`;

const LEVEL_ORDER: Record<ReminderLevel, number> = { critical: 0, warning: 1, info: 2 };

/** Reminders due at `now` whose key is not in `fired`, most urgent first. */
export function dueReminders(input: ReminderInput, now: string, fired: ReadonlySet<string> = new Set()): Reminder[] {
  const n = instant(now);
  const today = n.setZone(PARIS).toISODate() ?? '';
  const daysUntil = (d: string): number => Math.round(date(d).diff(date(today), 'days').days);
  const out: Reminder[] = [];
  const add = (r: Reminder): void => {
    if (!fired.has(r.key)) out.push(r);
  };

  for (const b of input.breaches ?? []) {
    if (b.closed || b.notifiedAt !== null || b.notificationRequired === false) continue;
    const hoursLeft = instant(b.notificationDueAt).diff(n, 'hours').hours;
    const due = frInstant(b.notificationDueAt);
    const base = { entity: { kind: 'breach' as const, id: b.id }, dueAt: b.notificationDueAt };
    if (hoursLeft < 0) {
      add({ ...base, key: `breach:${b.id}:late`, level: 'critical',
        titleFr: `Violation ${b.reference} : notification à la CNIL en retard`,
        bodyFr: `Le délai de 72 heures a expiré le ${due} (heure de Paris). Notifiez la CNIL sans attendre et joignez les motifs du retard (art. 33(1) RGPD).` });
      continue;
    }
    const threshold = [...BREACH_THRESHOLDS_HOURS].reverse().find((h) => hoursLeft <= h);
    if (threshold === undefined) continue;
    add({ ...base, key: `breach:${b.id}:h${threshold}`, level: threshold === 24 ? 'info' : threshold === 12 ? 'warning' : 'critical',
      titleFr: `Violation ${b.reference} : notification à la CNIL dans moins de ${threshold} h`,
      bodyFr: `La notification à la CNIL est due le ${due} (heure de Paris), 72 heures après la prise de connaissance (art. 33(1) RGPD). Si des informations manquent, notifiez par phases (art. 33(4)).` });
  }

  for (const r of input.requests ?? []) {
    if (r.closed) continue;
    const left = daysUntil(r.dueDate);
    const base = { entity: { kind: 'request' as const, id: r.id }, dueAt: r.dueDate };
    if (left < 0) {
      add({ ...base, key: `request:${r.id}:overdue`, level: 'critical',
        titleFr: `Demande ${r.reference} : délai de réponse dépassé`,
        bodyFr: `La réponse était due le ${frDate(r.dueDate)} (art. 12(3) RGPD). Répondez au plus vite et consignez la date d'envoi.` });
      continue;
    }
    const threshold = [...REQUEST_THRESHOLDS_DAYS].reverse().find((d) => left <= d);
    if (threshold === undefined) continue;
    const when = left === 0 ? "aujourd'hui" : `dans ${plural(left, 'jour')}, le ${frDate(r.dueDate)}`;
    add({ ...base, key: `request:${r.id}:d${threshold}`, level: threshold === 7 ? 'info' : 'warning',
      titleFr: `Demande ${r.reference} : réponse due ${left === 0 ? "aujourd'hui" : `dans ${plural(left, 'jour')}`}`,
      bodyFr: `La réponse est due ${when} (art. 12(3) RGPD).` + (r.extended ? ' Le délai a déjà été prolongé : il ne peut plus l’être.'
        : ' Si la demande est complexe, la prolongation de deux mois doit être annoncée à la personne, motifs à l’appui, avant cette date.') });
  }

  for (const c of input.contracts ?? []) {
    if (c.reviewDate === null) continue;
    const left = daysUntil(c.reviewDate);
    if (left > EXPIRY_WARNING_DAYS) continue;
    const late = left < 0;
    add({ key: `contract:${c.id}:review:${c.reviewDate}:${late ? 'overdue' : 'd30'}`, level: late ? 'warning' : 'info',
      entity: { kind: 'contract', id: c.id, processorId: c.processorId }, dueAt: c.reviewDate,
      titleFr: late ? `Revue du contrat « ${c.title} » en retard` : `Revue du contrat « ${c.title} » à prévoir`,
      bodyFr: `${late ? 'La revue était prévue' : 'La revue est prévue'} le ${frDate(c.reviewDate)} pour ${c.processorName} : vérifiez les clauses de l'article 28 et les garanties du sous-traitant.` });
  }

  for (const c of input.certifications ?? []) {
    if (c.validUntil === null) continue;
    const left = daysUntil(c.validUntil);
    if (left > EXPIRY_WARNING_DAYS) continue;
    const expired = left < 0;
    add({ key: `certification:${c.id}:${c.validUntil}:${expired ? 'expired' : 'd30'}`, level: expired ? 'critical' : 'warning',
      entity: { kind: 'certification', id: c.id, processorId: c.processorId }, dueAt: c.validUntil,
      titleFr: expired ? `Certification « ${c.label} » de ${c.processorName} expirée` : `Certification « ${c.label} » de ${c.processorName} bientôt expirée`,
      bodyFr: `${expired ? 'Elle a expiré' : 'Elle expire'} le ${frDate(c.validUntil)} : demandez au sous-traitant son certificat renouvelé.` });
  }

  for (const a of input.actions ?? []) {
    if (a.dueDate === null || a.status === 'done' || a.status === 'cancelled') continue;
    const left = daysUntil(a.dueDate);
    if (left > 0) continue;
    const late = left < 0;
    add({ key: `action:${a.id}:${a.dueDate}:${late ? 'overdue' : 'due'}`, level: late ? 'critical' : 'warning',
      entity: { kind: 'action', id: a.id }, dueAt: a.dueDate,
      titleFr: late ? `Action en retard : ${a.title}` : `Action à terminer aujourd'hui : ${a.title}`,
      bodyFr: late
        ? `L'échéance était le ${frDate(a.dueDate)} : terminez l'action ou fixez une nouvelle échéance en expliquant le report.`
        : `L'échéance est aujourd'hui, le ${frDate(a.dueDate)}.` });
  }

  return out.sort((a, b) => LEVEL_ORDER[a.level] - LEVEL_ORDER[b.level] || a.dueAt.localeCompare(b.dueAt) || a.key.localeCompare(b.key));
}
