/**
 * Contrôle: how stored records become contract outputs (labels, computed due states), and the small
 * guards every Contrôle handler shares (today in Paris, no future dates, the security officer's scope).
 */
import {
  ACTION_STATUS_LABELS,
  AUDIT_ITEM_STATUS_LABELS,
  CONTROL_FREQUENCY_LABELS,
  FINDING_SEVERITY_LABELS,
  controlStatus,
  isOverdue,
  type ActionStatus,
} from '../../core/audit-plan';
import { parisDay } from '../../core/dashboard-stats';
import { DomainError } from '../../shared/errors';
import {
  ACTION_PRIORITY_LABELS,
  ACTION_SOURCE_LABELS,
  CHECK_RESULT_LABELS,
  CONTROL_STATE_LABELS,
  FINDING_STATE_LABELS,
  type Action,
  type AuditItem,
  type AuditPlanSummary,
  type Check,
  type CheckExecution,
  type Evidence,
  type Finding,
} from '../../shared/schemas/control';
import type { ActionView, EvidenceMeta, FindingView } from '../../store/repos/control-actions';
import { planCounts, type CheckRecord, type ExecutionWithFinding, type ItemWithCount, type PlanRecord } from '../../store/repos/control';
import type { Db } from '../../store/sqlite';
import type { HandlerContext } from '../context';

/** The calendar day in Europe/Paris at the service clock (DESIGN.md, « Time and deadlines »). */
export const todayOf = (ctx: HandlerContext): string => parisDay(ctx.now.toISOString());

const frDate = (d: string): string => `${d.slice(8, 10)}/${d.slice(5, 7)}/${d.slice(0, 4)}`;
export { frDate };

/** Refuses a date after today: what was done or observed cannot be in the future. */
export function notInFuture(date: string | null, today: string, path: string, what: string): void {
  if (date !== null && date > today) {
    throw new DomainError('VALIDATION', `${what} (${frDate(date)}) est dans le futur : indiquez une date passée ou celle d’aujourd’hui.`, [
      { path, message: `Date postérieure à aujourd’hui (${frDate(today)}).` },
    ]);
  }
}

export function notFound(what: string): DomainError {
  return new DomainError('NOT_FOUND', `${what} n’existe pas ou a été supprimé : rechargez la liste.`);
}

/**
 * The security officer carries out the measures decided after a breach (GDPR Art. 33(3)(d)); the
 * other actions (audit findings, processor alerts) are the DPO's and stay out of its reach.
 */
export function assertActionInScope(ctx: HandlerContext, action: Pick<ActionView, 'source'>): void {
  if (ctx.session.user().role === 'security' && action.source.type !== 'breach') {
    throw new DomainError('FORBIDDEN', 'Le RSSI n’accède qu’aux actions issues des violations de données ; celle-ci relève du DPO.');
  }
}

/** How an audit target is named in lists: « reference — name », from its module's table. */
export type TargetLabeller = (target: AuditItem['target']) => string;

export function itemView(i: ItemWithCount, labelOf: TargetLabeller): AuditItem {
  return {
    id: i.id,
    planId: i.planId,
    title: i.title,
    target: i.target,
    targetLabel: labelOf(i.target),
    year: i.year,
    quarter: i.quarter,
    auditor: i.auditor,
    status: i.status,
    statusLabel: AUDIT_ITEM_STATUS_LABELS[i.status],
    completedOn: i.completedOn,
    conclusion: i.conclusion,
    findingCount: i.findingCount,
    createdAt: i.createdAt,
    updatedAt: i.updatedAt,
  };
}

export function planSummary(db: Db, p: PlanRecord): AuditPlanSummary {
  const counts = planCounts(db, p.id);
  return {
    id: p.id,
    title: p.title,
    startYear: p.startYear,
    years: p.years,
    endYear: p.startYear + p.years - 1,
    notes: p.notes,
    itemCount: counts.items,
    doneCount: counts.done,
    createdAt: p.createdAt,
    updatedAt: p.updatedAt,
  };
}

/** Next due date and state from core/audit-plan (same day 1, 3, 6 or 12 months after the last execution). */
export function checkView(c: CheckRecord, today: string): Check {
  const status = controlStatus(c, today);
  return {
    id: c.id,
    title: c.title,
    description: c.description,
    frequency: c.frequency,
    frequencyLabel: CONTROL_FREQUENCY_LABELS[c.frequency],
    owner: c.owner,
    checklist: c.checklist,
    lastDone: c.lastDone,
    lastResult: c.lastResult,
    nextDue: status.nextDue,
    state: status.state,
    stateLabel: CONTROL_STATE_LABELS[status.state],
    daysOverdue: status.daysOverdue,
    active: c.active,
    createdAt: c.createdAt,
    updatedAt: c.updatedAt,
  };
}

export function executionView(e: ExecutionWithFinding): CheckExecution {
  return { ...e, resultLabel: CHECK_RESULT_LABELS[e.result] };
}

export function findingView(f: FindingView): Finding {
  return {
    id: f.id,
    reference: f.reference,
    title: f.title,
    description: f.description,
    severity: f.severity,
    severityLabel: FINDING_SEVERITY_LABELS[f.severity],
    observedOn: f.observedOn,
    source:
      f.source.type === 'audit'
        ? { type: 'audit', itemId: f.source.itemId, planId: f.sourceParentId, label: f.sourceLabel }
        : { type: 'check', executionId: f.source.executionId, checkId: f.sourceParentId, label: f.sourceLabel },
    state: f.state,
    stateLabel: FINDING_STATE_LABELS[f.state],
    actionCounts: f.counts,
    createdAt: f.createdAt,
    updatedAt: f.updatedAt,
  };
}

function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

export function actionView(a: ActionView, today: string): Action {
  const overdue = isOverdue(a, today);
  const source: Action['source'] =
    a.source.type === 'finding'
      ? { type: 'finding', id: a.source.id, reference: a.finding?.reference ?? '', severity: a.finding?.severity ?? 'medium', title: a.finding?.title ?? '' }
      : a.source;
  return {
    id: a.id,
    reference: a.reference,
    title: a.title,
    description: a.description,
    owner: a.owner,
    dueDate: a.dueDate,
    priority: a.priority,
    priorityLabel: ACTION_PRIORITY_LABELS[a.priority],
    status: a.status,
    statusLabel: ACTION_STATUS_LABELS[a.status],
    overdue,
    daysOverdue: overdue && a.dueDate !== null ? daysBetween(a.dueDate, today) : 0,
    source,
    sourceLabel: ACTION_SOURCE_LABELS[a.source.type],
    completedOn: a.completedOn,
    evidenceCount: a.evidenceCount,
    createdAt: a.createdAt,
    updatedAt: a.updatedAt,
  };
}

export const evidenceView = (e: EvidenceMeta): Evidence => ({ ...e });

/**
 * Status moves an action allows. Reopening a done or cancelled action is possible (a measure proved
 * ineffective) but must be explained, like a cancellation: the history is the DPO's proof (Art. 5(2)).
 */
export const ACTION_TRANSITIONS: Readonly<Record<ActionStatus, readonly ActionStatus[]>> = {
  open: ['in_progress', 'done', 'cancelled'],
  in_progress: ['open', 'done', 'cancelled'],
  done: ['in_progress'],
  cancelled: ['open'],
};
