/**
 * The dashboard's figures, from any connection to a vault (the session's, or the audit pack's
 * snapshot). Each count is the `total` of the very query its list method runs, with the input given
 * in its link: the number on screen and the list behind it cannot disagree (Art. 5(2)).
 *
 * Rules come from the modules: the 72-hour clock (core/breach-clock, Art. 33(1)), the Art. 12(3) due
 * dates stored with each request, the on-time rate and median of core/dashboard-stats, the processor
 * alerts (core/processor-alerts through processor-view), DPIA screening (Art. 35) and register
 * completeness (Art. 30) through processing-view, audit-plan coverage (core/audit-plan).
 */
import { coverage, type AuditItemStatus } from '../../core/audit-plan';
import { clockState } from '../../core/breach-clock';
import { requestStats, type RequestRow } from '../../core/dashboard-stats';
import { addCalendarDays, parisDateOf } from '../../core/time';
import type { Role } from '../../shared/roles';
import type { BreachCountdown, Dashboard, Figure, ListLink } from '../../shared/schemas/dashboard';
import { listBreaches, type BreachListFilter } from '../../store/repos/breaches';
import { auditTargets, listPlans, planItems, type PlanRecord } from '../../store/repos/control';
import { listActions } from '../../store/repos/control-actions';
import { listProcessings, processingCounts } from '../../store/repos/processings';
import { contractsByProcessor, documentMetas, listProcessors } from '../../store/repos/processors';
import { listRequests, requestStatRows, type RequestQuery } from '../../store/repos/requests';
import type { Db } from '../../store/sqlite';
import { registerContext } from './processing-record';
import { processingRow } from './processing-view';
import { processorRow, severityRank } from './processor-view';

/** Countdown rows returned at most (the list link shows them all). */
export const COUNTDOWN_LIMIT = 50;

/** Every figure is the `total` of its list call: the link is exact, no row is left to pick by hand. */
const link = (method: string, input: Record<string, unknown>): ListLink => ({ method, input, exact: true, note: null });
const figure = (value: number, l: ListLink | null): Figure => ({ value, link: l });

function breachPart(db: Db, now: Date): Dashboard['breaches'] {
  const at = now.toISOString();
  const total = (filter: BreachListFilter): number =>
    listBreaches(db, { filter, statuses: [], now: at, sort: 'dueAt', direction: 'asc', offset: 0, limit: 1 }).total;
  const count = (filter: BreachListFilter): Figure => figure(total(filter), link('breach.list', { filter }));

  // Art. 33(1): open, aware, not notified, and a notification still expected (not « document only »).
  const open = listBreaches(db, { filter: 'open', statuses: [], now: at, sort: 'dueAt', direction: 'asc', offset: 0, limit: 100_000 });
  const countdowns: BreachCountdown[] = [];
  for (const b of open.rows) {
    if (!b.clockApplies || !b.awareAt || !b.dueAt || b.notifiedAt !== null || b.decision === 'document_only') continue;
    const clock = clockState(now, b.awareAt, null);
    countdowns.push({
      id: b.id,
      reference: b.reference,
      title: b.title,
      status: b.status,
      awareAt: clock.awareAt,
      dueAt: clock.dueAt,
      remainingMs: clock.remainingMs,
      late: clock.state === 'late',
      lateByMs: clock.lateByMs,
      severity: b.severity,
    });
  }
  return {
    open: figure(open.total, link('breach.list', { filter: 'open' })),
    clockRunning: count('clock_running'),
    late: count('late'),
    toNotify: count('to_notify'),
    countdowns: countdowns.slice(0, COUNTDOWN_LIMIT),
    countdownsTotal: countdowns.length,
  };
}

function requestPart(db: Db, today: string, statRows: readonly RequestRow[] = requestStatRows(db)): NonNullable<Dashboard['requests']> {
  const base: RequestQuery = { states: [], types: [], today, sort: 'dueDate', direction: 'asc', offset: 0, limit: 1 };
  const count = (query: Partial<RequestQuery>, input: Record<string, unknown>): Figure => figure(listRequests(db, { ...base, ...query }).total, link('request.list', input));
  // core/dashboard-stats rules: 12 months by month of the due date in force; median over answers of the last 12 months.
  const stats = requestStats(statRows, today);
  const decided = stats.onTimeByMonth.reduce((acc, m) => ({ onTime: acc.onTime + m.onTime, all: acc.all + m.onTime + m.late }), { onTime: 0, all: 0 });
  return {
    pending: count({ pending: true }, { pending: true }),
    dueWithin7Days: count({ dueUntil: addCalendarDays(today, 7) }, { dueWithinDays: 7 }),
    overdue: count({ overdue: true }, { overdue: true }),
    onTimeByMonth: stats.onTimeByMonth,
    onTimeRate12Months: decided.all === 0 ? null : decided.onTime / decided.all,
    medianAnswerDays: stats.medianAnswerDays,
  };
}

/** Alerts of one processor by severity (processor-view `processorRow().alerts`). */
export type AlertCounts = Record<'critical' | 'high' | 'medium' | 'low', number>;

function processorAlertCounts(db: Db, today: string): AlertCounts[] {
  const contracts = contractsByProcessor(db);
  const documents = documentMetas(db);
  const counts = processingCounts(db);
  return listProcessors(db).map((p) => processorRow(p, { contracts: contracts.get(p.id) ?? [], documents, today }, counts.get(p.id) ?? 0).alerts);
}

function processorPart(alerts: readonly AlertCounts[]): NonNullable<Dashboard['processors']> {
  // Same rule as processor.list `withAlerts`: an alert of this severity or worse.
  const atLeast = (worst: 'low' | 'high' | 'critical'): number =>
    alerts.filter((a) => (Object.keys(a) as (keyof AlertCounts)[]).some((s) => a[s] > 0 && severityRank(s) <= severityRank(worst))).length;
  return {
    total: figure(alerts.length, link('processor.list', {})),
    withAlerts: figure(atLeast('low'), link('processor.list', { withAlerts: 'any' })),
    critical: figure(atLeast('critical'), link('processor.list', { withAlerts: 'critical' })),
    highOrCritical: figure(atLeast('high'), link('processor.list', { withAlerts: 'high' })),
  };
}

/** What the dashboard needs of a fiche (processing-view `processingRow`: dpiaPending, missingCount > 0). */
export interface ProcessingFlags {
  dpiaPending: boolean;
  incomplete: boolean;
}

function processingFlags(db: Db, today: string): ProcessingFlags[] {
  const rctx = registerContext(db, today);
  return listProcessings(db).map((e) => {
    const r = processingRow(e, rctx);
    return { dpiaPending: r.dpiaPending, incomplete: r.missingCount > 0 };
  });
}

function processingPart(rows: readonly ProcessingFlags[]): NonNullable<Dashboard['processings']> {
  return {
    total: figure(rows.length, link('processing.list', {})),
    // Art. 35(1): required by the latest screening, follow-up not done — processing.list `dpiaPending`.
    dpiaMissing: figure(rows.filter((r) => r.dpiaPending).length, link('processing.list', { dpiaPending: true })),
    incomplete: figure(rows.filter((r) => r.incomplete).length, link('processing.list', { incompleteOnly: true })),
  };
}

/** The plan whose years contain `year` (plans never overlap: control-plan refuses it). */
export function planCovering(db: Db, year: number): PlanRecord | null {
  return listPlans(db).find((p) => p.startYear <= year && year <= p.startYear + p.years - 1) ?? null;
}

function auditPlanPart(db: Db, today: string): Dashboard['auditPlan'] {
  const year = Number(today.slice(0, 4));
  const plan = planCovering(db, year);
  if (!plan) return null;
  const items = planItems(db, plan.id);
  const cycle = { fromYear: plan.startYear, toYear: plan.startYear + plan.years - 1 };
  const ids = (kind: 'processing' | 'processor'): string[] => (auditTargets(db, kind) ?? []).map((t) => t.id);
  const c = coverage({ items }, ids('processing'), ids('processor'), cycle);
  const count = (s: AuditItemStatus): number => items.filter((i) => i.status === s).length;
  const thisYear = items.filter((i) => i.year === year && i.status !== 'cancelled');
  const share = (t: typeof c.processings) => ({ total: t.total, audited: t.audited.length, covered: t.covered.length, auditedShare: t.auditedShare, coveredShare: t.coveredShare });
  return {
    planId: plan.id,
    title: plan.title,
    cycle,
    items: { planned: count('planned'), inProgress: count('in_progress'), done: count('done'), cancelled: count('cancelled') },
    currentYear: { year, total: thisYear.length, done: thisYear.filter((i) => i.status === 'done').length },
    processings: share(c.processings),
    processors: share(c.processors),
    link: link('control.coverage', { planId: plan.id }),
  };
}

function actionPart(db: Db, today: string, breachOnly: boolean): Dashboard['actions'] {
  const scope = breachOnly ? { sourceType: 'breach' as const } : {};
  const count = (query: { statuses?: ('open' | 'in_progress')[]; overdue?: boolean }): Figure =>
    figure(
      listActions(db, { today, statuses: query.statuses ?? [], priorities: [], overdue: query.overdue, ...scope, sort: 'dueDate', direction: 'asc', offset: 0, limit: 1 }).total,
      link('action.list', { ...query, ...scope }),
    );
  return { scope: breachOnly ? 'breach' : 'all', open: count({ statuses: ['open', 'in_progress'] }), overdue: count({ overdue: true }) };
}

/**
 * What a caller already computed from the same state (the audit pack builds every processor and
 * processing view for its workbook): given, it is not computed again.
 */
export interface DashboardGiven {
  requestRows?: readonly RequestRow[];
  processorAlerts?: readonly AlertCounts[];
  processings?: readonly ProcessingFlags[];
}

/**
 * Every part the role may see. The security officer follows incidents: the breach part and the
 * actions decided after breaches; the requests (they name members), processors, register and audit
 * plan are the DPO's and the compliance officer's (data minimisation, Art. 5(1)(c)).
 */
export function dashboardFigures(db: Db, now: Date, role: Role, given: DashboardGiven = {}): Dashboard {
  const today = parisDateOf(now);
  const full = role !== 'security';
  return {
    now: now.toISOString(),
    today,
    role,
    breaches: breachPart(db, now),
    requests: full ? requestPart(db, today, given.requestRows) : null,
    processors: full ? processorPart(given.processorAlerts ?? processorAlertCounts(db, today)) : null,
    processings: full ? processingPart(given.processings ?? processingFlags(db, today)) : null,
    auditPlan: full ? auditPlanPart(db, today) : null,
    actions: actionPart(db, today, !full),
  };
}
