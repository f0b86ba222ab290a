/**
 * The audit pack's figures for its period, from the snapshot: requests (Art. 12(3) timeliness, by the
 * register's own line rules), breaches (Art. 33 notifications, 72-hour lateness as recorded, Art. 34),
 * processors (Art. 28), processings and DPIAs (Art. 30, 35), actions and audits (Art. 5(2), 39(1)(b)).
 * Month series reuse core/dashboard-stats (timeliness by month of the due date in force).
 */
import { DateTime } from 'luxon';
import { coverage } from '../../core/audit-plan';
import { median, requestStats, type RequestRow } from '../../core/dashboard-stats';
import { daysBetween, PARIS_ZONE } from '../../core/time';
import type { Action } from '../../shared/schemas/control';
import type { Dashboard } from '../../shared/schemas/dashboard';
import type { AuditPlanProgress, BreachMonth, NotableEvents, PeriodFigures, RequestMonth } from '../../reports/pack/pack-data';
import { LIST_CAP } from '../../reports/pack/summary-pdf';
import type { RegisterLine } from '../../reports/requests/register-lines';
import type { BreachSummary } from '../../store/repos/breaches';
import { auditTargets, overlappingPlans, planItems } from '../../store/repos/control';
import type { Db } from '../../store/sqlite';
import { dayInPeriod, inPeriod, type PeriodBounds, type PeriodNotification } from './report-pack-scope';
import type { RegisterViews } from './report-pack-sources';

/** YYYY-MM of every month the period touches, in order. */
export function periodMonths(b: PeriodBounds): string[] {
  const out: string[] = [];
  let m = DateTime.fromISO(b.period.from.slice(0, 7) + '-01', { zone: 'utc' });
  const last = b.period.to.slice(0, 7);
  while (m.toFormat('yyyy-MM') <= last) {
    out.push(m.toFormat('yyyy-MM'));
    m = m.plus({ months: 1 });
  }
  return out;
}

/** Paris month of each UTC hour seen (the month can only change on the hour): 10 000 breaches, a few thousand luxon calls. */
const parisMonths = new Map<string, string>();
const UTC_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?Z$/;

function parisMonth(instant: string): string {
  const hour = UTC_INSTANT.test(instant) ? instant.slice(0, 13) : null;
  const known = hour === null ? undefined : parisMonths.get(hour);
  if (known !== undefined) return known;
  const month = DateTime.fromISO(instant, { setZone: true }).setZone(PARIS_ZONE).toFormat('yyyy-MM');
  if (hour !== null) {
    if (parisMonths.size >= 50_000) parisMonths.clear();
    parisMonths.set(hour, month);
  }
  return month;
}

/**
 * Requests by month of their due date: core requestStats gives 12 months ending at
 * « today »; it is called once per 12-month window of the period, with « today » the end of that
 * window (or the generation day when earlier), so that an unanswered request is late only once its
 * due date has passed.
 */
export function requestMonths(rows: readonly RequestRow[], b: PeriodBounds, today: string): RequestMonth[] {
  const months = periodMonths(b);
  const found = new Map<string, RequestMonth>();
  for (let end = months.length - 1; end >= 0; end -= 12) {
    const month = months[end] ?? '';
    const lastDay = DateTime.fromISO(`${month}-01`, { zone: 'utc' }).endOf('month').toISODate() ?? '';
    const day = [lastDay, b.period.to, today].sort()[0] ?? today;
    // The latest judgement of a month wins (windows run from the last one back).
    for (const m of requestStats(rows, day).onTimeByMonth) {
      if (!found.has(m.month)) found.set(m.month, { month: m.month, onTime: m.onTime, late: m.late, pending: m.pending });
    }
  }
  return months.map((m) => found.get(m) ?? { month: m, onTime: 0, late: 0, pending: 0 });
}

/**
 * Requests received during the period, counted line by line while the register tab is written, by the
 * register's own rules (reports/requests/register-lines: timeliness judged at the generation day).
 */
export class RequestTally {
  private received = 0;
  private onTime = 0;
  private late = 0;
  private pending = 0;
  private overdue = 0;
  private extended = 0;
  private lateTotal = 0;
  private readonly lateItems: NotableEvents['lateRequests']['items'] = [];

  add(line: RegisterLine): void {
    this.received++;
    if (line.extended) this.extended++;
    if (line.timeliness === 'on_time') this.onTime++;
    else if (line.timeliness === 'late') this.late++;
    else {
      this.pending++;
      if (line.timeliness === 'overdue') this.overdue++;
    }
    if (line.timeliness === 'late' || line.timeliness === 'overdue') {
      this.lateTotal++;
      if (this.lateItems.length < LIST_CAP) {
        this.lateItems.push({ reference: line.reference, type: line.type, dueDate: line.effectiveDueDate, answeredDate: line.answeredDate, lateDays: line.lateDays });
      }
    }
  }

  /** The figures, with the months and the median from every request of the vault (`rows`). */
  figures(rows: readonly RequestRow[], b: PeriodBounds, today: string): PeriodFigures['requests'] {
    // Median over the answers sent during the period (core/dashboard-stats `median`).
    const answerDays = rows.filter((r): r is RequestRow & { answeredOn: string } => dayInPeriod(b, r.answeredOn)).map((r) => daysBetween(r.receivedOn, r.answeredOn));
    return {
      received: this.received,
      answered: this.onTime + this.late,
      onTime: this.onTime,
      late: this.late,
      pendingAtEnd: this.pending,
      overdueAtEnd: this.overdue,
      extended: this.extended,
      onTimeRate: this.onTime + this.late === 0 ? null : this.onTime / (this.onTime + this.late),
      medianAnswerDays: median(answerDays),
      byMonth: requestMonths(rows, b, today),
    };
  }

  lateRequests(): NotableEvents['lateRequests'] {
    return { total: this.lateTotal, items: [...this.lateItems] };
  }
}

/** Breaches discovered during the period, notifications and communications made during it. */
export function breachFigures(b: PeriodBounds, breaches: readonly BreachSummary[], notifications: readonly PeriodNotification[]): PeriodFigures['breaches'] {
  const discovered = breaches.filter((x) => inPeriod(b, x.discoveredAt));
  const months = new Map<string, BreachMonth>(periodMonths(b).map((m) => [m, { month: m, low: 0, medium: 0, high: 0, veryHigh: 0, unassessed: 0 }]));
  for (const x of discovered) {
    const m = months.get(parisMonth(x.discoveredAt));
    if (!m) continue;
    if (x.severity === 'low') m.low++;
    else if (x.severity === 'medium') m.medium++;
    else if (x.severity === 'high') m.high++;
    else if (x.severity === 'very_high') m.veryHigh++;
    else m.unassessed++;
  }
  const initial = notifications.filter((n) => n.row.kind === 'initial');
  return {
    discovered: discovered.length,
    dismissed: discovered.filter((x) => x.status === 'dismissed').length,
    documentedOnly: discovered.filter((x) => x.decision === 'document_only').length,
    initialNotifications: initial.length,
    notifiedLate: initial.filter((n) => n.row.late).length,
    complementaryNotifications: notifications.length - initial.length,
    subjectsInformed: breaches.filter((x) => inPeriod(b, x.subjectsInformedAt)).length,
    byMonth: [...months.values()],
  };
}

export interface RegisterScan {
  processors: PeriodFigures['processors'];
  processings: PeriodFigures['processings'];
  newProcessors: NotableEvents['newProcessors'];
  dpiasDone: NotableEvents['dpiasDone'];
}

/** Processors and processings are current registers: counted whole, with what changed during the period. */
export function registerScan(b: PeriodBounds, views: RegisterViews, dashboard: Dashboard): RegisterScan {
  const fresh = views.processorList.filter((p) => inPeriod(b, p.createdAt)).sort((x, y) => x.createdAt.localeCompare(y.createdAt));
  const dpias = views.processingList.filter((p) => dayInPeriod(b, p.dpiaDoneOn)).sort((x, y) => (x.dpiaDoneOn ?? '').localeCompare(y.dpiaDoneOn ?? ''));
  return {
    processors: { total: views.processorList.length, newInPeriod: fresh.length, withAlerts: dashboard.processors?.withAlerts.value ?? 0, contracts: views.contracts },
    processings: {
      total: views.processingList.length,
      newInPeriod: views.processingList.filter((p) => dayInPeriod(b, p.createdOn)).length,
      dpiaDoneInPeriod: dpias.length,
      dpiaMissing: dashboard.processings?.dpiaMissing.value ?? 0,
      incomplete: dashboard.processings?.incomplete.value ?? 0,
    },
    newProcessors: { total: fresh.length, items: fresh.slice(0, LIST_CAP).map((p) => ({ reference: p.reference, name: p.name, country: p.country, createdAt: p.createdAt })) },
    dpiasDone: { total: dpias.length, items: dpias.slice(0, LIST_CAP).map((p) => ({ reference: p.reference, name: p.name, doneOn: p.dpiaDoneOn ?? '' })) },
  };
}

export function actionFigures(b: PeriodBounds, actions: readonly Action[], dashboard: Dashboard): PeriodFigures['actions'] {
  return {
    createdInPeriod: actions.filter((a) => inPeriod(b, a.createdAt)).length,
    doneInPeriod: actions.filter((a) => a.status === 'done' && dayInPeriod(b, a.completedOn)).length,
    openAtGeneration: dashboard.actions.open.value,
    overdueAtGeneration: dashboard.actions.overdue.value,
  };
}

/** The plan covering the period's last year (or, failing that, its first), its cycle and coverage. */
export function auditPlanProgress(db: Db, b: PeriodBounds): AuditPlanProgress | null {
  const fromYear = Number(b.period.from.slice(0, 4));
  const toYear = Number(b.period.to.slice(0, 4));
  const plans = overlappingPlans(db, fromYear, toYear, null);
  const plan = plans.find((p) => p.startYear <= toYear && toYear <= p.startYear + p.years - 1) ?? plans[0];
  if (!plan) return null;
  const items = planItems(db, plan.id);
  const cycle = { fromYear: plan.startYear, toYear: plan.startYear + plan.years - 1 };
  const targets = { processing: auditTargets(db, 'processing') ?? [], processor: auditTargets(db, 'processor') ?? [] };
  const c = coverage({ items }, targets.processing.map((t) => t.id), targets.processor.map((t) => t.id), cycle);
  const labels = new Map([...targets.processing, ...targets.processor].map((t) => [t.id, `${t.reference} — ${t.name}`]));
  const byYear = [];
  for (let year = cycle.fromYear; year <= cycle.toYear; year++) {
    const of = items.filter((i) => i.year === year);
    const n = (s: string): number => of.filter((i) => i.status === s).length;
    byYear.push({ year, planned: n('planned'), inProgress: n('in_progress'), done: n('done'), cancelled: n('cancelled') });
  }
  const share = (t: typeof c.processings) => ({ total: t.total, audited: t.audited.length, covered: t.covered.length, auditedShare: t.auditedShare, coveredShare: t.coveredShare });
  return {
    title: plan.title,
    cycle,
    byYear,
    processings: share(c.processings),
    processors: share(c.processors),
    doneInPeriod: items
      .filter((i) => i.status === 'done' && dayInPeriod(b, i.completedOn))
      .map((i) => ({
        title: i.title,
        target: i.target.kind === 'organisation' ? i.target.control : (labels.get(i.target.id) ?? i.target.id),
        completedOn: i.completedOn ?? '',
        auditor: i.auditor,
      })),
  };
}
