/**
 * The DPO's control programme: a multi-year audit plan, recurring control checklists, findings and
 * actions. GDPR Art. 39(1)(b): the DPO monitors compliance, « including … the related audits »;
 * Art. 5(2) and 24(1): the controller must be able to demonstrate compliance and review its measures.
 */
import { DateTime } from 'luxon';
import { z } from 'zod';
import { DomainError } from '../shared/errors';

export const AUDIT_ITEM_STATUSES = ['planned', 'in_progress', 'done', 'cancelled'] as const;
export type AuditItemStatus = (typeof AUDIT_ITEM_STATUSES)[number];
export const AUDIT_ITEM_STATUS_LABELS: Readonly<Record<AuditItemStatus, { fr: string; en: string }>> = {
  planned: { fr: 'Planifié', en: 'Planned' },
  in_progress: { fr: 'En cours', en: 'In progress' },
  done: { fr: 'Réalisé', en: 'Done' },
  cancelled: { fr: 'Annulé', en: 'Cancelled' },
};

/** What an audit looks at: a processing, a processor, or an organisation-level control (« gouvernance »). */
export const AuditTarget = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('processing'), id: z.string().min(1) }),
  z.object({ kind: z.literal('processor'), id: z.string().min(1) }),
  z.object({ kind: z.literal('organisation'), control: z.string().trim().min(1, 'Décrivez le contrôle organisationnel audité.') }),
]);
export type AuditTarget = z.infer<typeof AuditTarget>;

export const AuditPlanItem = z.object({
  id: z.string().min(1),
  title: z.string().trim().min(1, "Donnez un intitulé à l'audit."),
  target: AuditTarget,
  year: z.number().int(),
  quarter: z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4)]).nullable().default(null),
  auditor: z.string().trim().min(1, "Indiquez qui réalise l'audit."),
  status: z.enum(AUDIT_ITEM_STATUSES),
});
export type AuditPlanItem = z.infer<typeof AuditPlanItem>;

/** A plan covers 3 to 5 consecutive years; every item is planned inside them. */
export const AuditPlan = z
  .object({
    startYear: z.number().int().min(2000).max(2100),
    years: z.number().int().min(3, 'Un plan d’audit couvre au moins 3 ans.').max(5, 'Un plan d’audit couvre au plus 5 ans.'),
    items: z.array(AuditPlanItem),
  })
  .superRefine((plan, ctx) => {
    const last = plan.startYear + plan.years - 1;
    plan.items.forEach((it, i) => {
      if (it.year < plan.startYear || it.year > last) {
        ctx.addIssue({
          code: 'custom',
          path: ['items', i, 'year'],
          message: `L'audit « ${it.title} » est prévu en ${it.year}, hors de la période du plan (${plan.startYear}-${last}) : changez son année.`,
        });
      }
    });
  });
export type AuditPlan = z.infer<typeof AuditPlan>;

export interface CoverageCycle {
  fromYear: number;
  toYear: number;
}

export interface TargetCoverage {
  total: number;
  /** Ids with at least one audit done within the cycle. */
  audited: string[];
  /** Ids with at least one audit planned, in progress or done within the cycle. */
  covered: string[];
  auditedShare: number | null;
  coveredShare: number | null;
  /** Ids with no audit (other than cancelled) within the cycle. */
  neverCovered: string[];
}

export interface PlanCoverage {
  processings: TargetCoverage;
  processors: TargetCoverage;
}

function coverageOf(kind: 'processing' | 'processor', ids: readonly string[], items: readonly AuditPlanItem[]): TargetCoverage {
  const unique = [...new Set(ids)];
  const known = new Set(unique);
  const audited = new Set<string>();
  const covered = new Set<string>();
  for (const it of items) {
    if (it.target.kind !== kind || !known.has(it.target.id) || it.status === 'cancelled') continue;
    covered.add(it.target.id);
    if (it.status === 'done') audited.add(it.target.id);
  }
  const share = (n: number): number | null => (unique.length === 0 ? null : n / unique.length);
  return {
    total: unique.length,
    audited: unique.filter((id) => audited.has(id)),
    covered: unique.filter((id) => covered.has(id)),
    auditedShare: share(audited.size),
    coveredShare: share(covered.size),
    neverCovered: unique.filter((id) => !covered.has(id)),
  };
}

/** Share of processings and processors audited (done) and covered (not cancelled) within the cycle. */
export function coverage(plan: Pick<AuditPlan, 'items'>, processingIds: readonly string[], processorIds: readonly string[], cycle: CoverageCycle): PlanCoverage {
  const inCycle = plan.items.filter((it) => it.year >= cycle.fromYear && it.year <= cycle.toYear);
  return { processings: coverageOf('processing', processingIds, inCycle), processors: coverageOf('processor', processorIds, inCycle) };
}

// ---- Recurring controls ---------------------------------------------------------------------

export const CONTROL_FREQUENCIES = ['monthly', 'quarterly', 'half_yearly', 'yearly'] as const;
export type ControlFrequency = (typeof CONTROL_FREQUENCIES)[number];
const FREQUENCY_MONTHS: Readonly<Record<ControlFrequency, number>> = { monthly: 1, quarterly: 3, half_yearly: 6, yearly: 12 };
export const CONTROL_FREQUENCY_LABELS: Readonly<Record<ControlFrequency, { fr: string; en: string }>> = {
  monthly: { fr: 'Mensuel', en: 'Monthly' },
  quarterly: { fr: 'Trimestriel', en: 'Quarterly' },
  half_yearly: { fr: 'Semestriel', en: 'Half-yearly' },
  yearly: { fr: 'Annuel', en: 'Yearly' },
};

export interface RecurringControl {
  id: string;
  title: string;
  frequency: ControlFrequency;
  checklist: string[];
  /** Date the control was last completed (YYYY-MM-DD), null if never. */
  lastDone: string | null;
}

function parseDate(value: string): DateTime {
  const d = DateTime.fromISO(value, { zone: 'utc' });
  if (!d.isValid || !/^\d{4}-\d{2}-\d{2}$/.test(value)) {
    throw new DomainError('VALIDATION', `Date invalide « ${value} » : utilisez le format AAAA-MM-JJ.`);
  }
  return d;
}
const iso = (d: DateTime): string => d.toISODate() ?? '';

/**
 * Next due date: same day 1, 3, 6 or 12 months later, clamped to the month's last day
 * (31 Jan + 1 month → 28/29 Feb). Internal deadline: no weekend or holiday roll.
 */
export function nextDue(lastDone: string, frequency: ControlFrequency): string {
  return iso(parseDate(lastDone).plus({ months: FREQUENCY_MONTHS[frequency] }));
}

export type ControlState = 'never_done' | 'upcoming' | 'due_today' | 'overdue';

export interface ControlStatus {
  nextDue: string | null;
  state: ControlState;
  /** Days past the due date (0 unless overdue). */
  daysOverdue: number;
}

export function controlStatus(control: Pick<RecurringControl, 'lastDone' | 'frequency'>, today: string): ControlStatus {
  const t = parseDate(today);
  if (control.lastDone === null) return { nextDue: null, state: 'never_done', daysOverdue: 0 };
  const due = nextDue(control.lastDone, control.frequency);
  const diff = Math.round(t.diff(parseDate(due), 'days').days);
  return { nextDue: due, state: diff > 0 ? 'overdue' : diff === 0 ? 'due_today' : 'upcoming', daysOverdue: Math.max(0, diff) };
}

export function isControlOverdue(control: Pick<RecurringControl, 'lastDone' | 'frequency'>, today: string): boolean {
  return controlStatus(control, today).state === 'overdue';
}

// ---- Findings and actions -------------------------------------------------------------------

export const FINDING_SEVERITIES = ['low', 'medium', 'high', 'critical'] as const;
export type FindingSeverity = (typeof FINDING_SEVERITIES)[number];
export const FINDING_SEVERITY_LABELS: Readonly<Record<FindingSeverity, { fr: string; en: string }>> = {
  low: { fr: 'Faible', en: 'Low' },
  medium: { fr: 'Moyenne', en: 'Medium' },
  high: { fr: 'Élevée', en: 'High' },
  critical: { fr: 'Critique', en: 'Critical' },
};

export const ACTION_STATUSES = ['open', 'in_progress', 'done', 'cancelled'] as const;
export type ActionStatus = (typeof ACTION_STATUSES)[number];
export const ACTION_STATUS_LABELS: Readonly<Record<ActionStatus, { fr: string; en: string }>> = {
  open: { fr: 'À faire', en: 'Open' },
  in_progress: { fr: 'En cours', en: 'In progress' },
  done: { fr: 'Terminée', en: 'Done' },
  cancelled: { fr: 'Abandonnée', en: 'Cancelled' },
};

export interface ActionSnapshot {
  id: string;
  status: ActionStatus;
  /** YYYY-MM-DD; null = no due date. */
  dueDate: string | null;
}

/** An action is overdue the day after its due date while it is still open or in progress. */
export function isOverdue(action: ActionSnapshot, today: string): boolean {
  if (action.dueDate === null || action.status === 'done' || action.status === 'cancelled') return false;
  return parseDate(today) > parseDate(action.dueDate);
}
