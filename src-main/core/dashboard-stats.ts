/**
 * Pure aggregations for the dashboard, from row snapshots the store hands over.
 * Dates are `YYYY-MM-DD`, instants ISO strings; « today » is the calendar day in Europe/Paris.
 */
import { DateTime } from 'luxon';
import { DomainError } from '../shared/errors';

const PARIS = 'Europe/Paris';

export interface RequestRow {
  id: string;
  receivedOn: string;
  /** Art. 12(3) due date (extended when applicable), from the deadline rules. */
  dueDate: string;
  /** Date the answer (or the reasoned refusal, Art. 12(4)) was sent; null if none. */
  answeredOn: string | null;
  closed: boolean;
}

export interface BreachRow {
  id: string;
  notificationDueAt: string;
  notifiedAt: string | null;
  /** false = assessed as unlikely to result in a risk, not notified (Art. 33(1)); null = undecided. */
  notificationRequired: boolean | null;
  closed: boolean;
}

export interface ActionRow {
  id: string;
  status: 'open' | 'in_progress' | 'done' | 'cancelled';
  dueDate: string | null;
}

export interface MonthOnTime {
  /** `YYYY-MM`. */
  month: string;
  onTime: number;
  late: number;
  /** Not answered yet, due date not passed. */
  pending: number;
  /** onTime / (onTime + late); null when nothing was due and decided that month. */
  rate: number | null;
}

export interface RequestStats {
  open: number;
  dueWithin7Days: number;
  overdue: number;
  /** Month of the due date, oldest first, the current month last (12 entries). */
  onTimeByMonth: MonthOnTime[];
  /** Median of calendar days from receipt to answer, over answers sent in the last 12 months. */
  medianAnswerDays: number | null;
}

export interface BreachStats {
  open: number;
  /** Open, notification required or undecided, not yet notified, deadline not passed. */
  awaitingNotification: number;
  /** Not notified and the Art. 33(1) deadline has passed. */
  notificationLate: number;
  /** Notified breaches: share notified by the deadline (null if none). */
  notifiedOnTimeRate: number | null;
}

export interface ActionStats {
  open: number;
  inProgress: number;
  overdue: number;
}

function date(value: string): DateTime {
  const d = DateTime.fromISO(value, { zone: 'utc' });
  if (!d.isValid || !/^\d{4}-\d{2}-\d{2}$/.test(value)) throw new DomainError('VALIDATION', `Date invalide « ${value} » : format AAAA-MM-JJ attendu.`);
  return d;
}
function instant(value: string): DateTime {
  const d = DateTime.fromISO(value, { setZone: true });
  if (!d.isValid) throw new DomainError('VALIDATION', `Date et heure invalides « ${value} » : format ISO 8601 attendu.`);
  return d;
}
const days = (from: string, to: string): number => Math.round(date(to).diff(date(from), 'days').days);

/** Calendar day in Paris of an instant. */
export function parisDay(now: string): string {
  return instant(now).setZone(PARIS).toISODate() ?? '';
}

export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const s = [...values].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  const hi = s[mid] ?? 0;
  return s.length % 2 === 1 ? hi : ((s[mid - 1] ?? hi) + hi) / 2;
}

/** Requests: due within 7 days, overdue, on-time rate per due month over 12 months, median answer time. */
export function requestStats(rows: readonly RequestRow[], today: string): RequestStats {
  const open = rows.filter((r) => !r.closed);
  const months: MonthOnTime[] = [];
  const current = date(today).startOf('month');
  for (let i = 11; i >= 0; i--) months.push({ month: current.minus({ months: i }).toFormat('yyyy-MM'), onTime: 0, late: 0, pending: 0, rate: null });
  const byMonth = new Map(months.map((m) => [m.month, m]));

  for (const r of rows) {
    const m = byMonth.get(r.dueDate.slice(0, 7));
    if (!m) continue;
    if (r.answeredOn !== null) {
      if (days(r.answeredOn, r.dueDate) >= 0) m.onTime += 1;
      else m.late += 1;
    } else if (!r.closed) {
      if (days(r.dueDate, today) > 0) m.late += 1;
      else m.pending += 1;
    }
    // Closed without an answer (withdrawn): neither on time nor late.
  }
  for (const m of months) m.rate = m.onTime + m.late === 0 ? null : m.onTime / (m.onTime + m.late);

  const windowStart = date(today).minus({ months: 12 });
  const answerDays = rows
    .filter((r): r is RequestRow & { answeredOn: string } => r.answeredOn !== null && date(r.answeredOn) > windowStart)
    .map((r) => days(r.receivedOn, r.answeredOn));

  return {
    open: open.length,
    dueWithin7Days: open.filter((r) => {
      const left = days(today, r.dueDate);
      return left >= 0 && left <= 7;
    }).length,
    overdue: open.filter((r) => days(today, r.dueDate) < 0).length,
    onTimeByMonth: months,
    medianAnswerDays: median(answerDays),
  };
}

/** Breaches: open, awaiting notification, late (GDPR Art. 33(1)), on-time notification rate. */
export function breachStats(rows: readonly BreachRow[], now: string): BreachStats {
  const n = instant(now);
  const toNotify = rows.filter((b) => !b.closed && b.notifiedAt === null && b.notificationRequired !== false);
  const notified = rows.filter((b): b is BreachRow & { notifiedAt: string } => b.notifiedAt !== null);
  const onTime = notified.filter((b) => instant(b.notifiedAt) <= instant(b.notificationDueAt)).length;
  return {
    open: rows.filter((b) => !b.closed).length,
    awaitingNotification: toNotify.filter((b) => instant(b.notificationDueAt) >= n).length,
    notificationLate: toNotify.filter((b) => instant(b.notificationDueAt) < n).length,
    notifiedOnTimeRate: notified.length === 0 ? null : onTime / notified.length,
  };
}

/** Actions: open, in progress, overdue (the day after the due date, while not done or cancelled). */
export function actionStats(rows: readonly ActionRow[], today: string): ActionStats {
  const active = rows.filter((a) => a.status === 'open' || a.status === 'in_progress');
  return {
    open: rows.filter((a) => a.status === 'open').length,
    inProgress: rows.filter((a) => a.status === 'in_progress').length,
    overdue: active.filter((a) => a.dueDate !== null && days(a.dueDate, today) > 0).length,
  };
}

export interface DashboardInput {
  requests: readonly RequestRow[];
  breaches: readonly BreachRow[];
  actions: readonly ActionRow[];
  /** Register completeness percentages (ropa-completeness), one per processing. */
  registerPercents?: readonly number[];
  /** Processor alert severities (processor-alerts), one per alert. */
  processorAlertSeverities?: readonly ('low' | 'medium' | 'high' | 'critical')[];
}

export interface DashboardStats {
  today: string;
  requests: RequestStats;
  breaches: BreachStats;
  actions: ActionStats;
  register: { processings: number; complete: number; averagePercent: number | null };
  processorAlerts: Record<'low' | 'medium' | 'high' | 'critical', number>;
}

export function dashboardStats(input: DashboardInput, now: string): DashboardStats {
  const today = parisDay(now);
  const percents = input.registerPercents ?? [];
  const alerts = { low: 0, medium: 0, high: 0, critical: 0 };
  for (const s of input.processorAlertSeverities ?? []) alerts[s] += 1;
  return {
    today,
    requests: requestStats(input.requests, today),
    breaches: breachStats(input.breaches, now),
    actions: actionStats(input.actions, today),
    register: {
      processings: percents.length,
      complete: percents.filter((p) => p >= 100).length,
      averagePercent: percents.length === 0 ? null : Math.round(percents.reduce((a, b) => a + b, 0) / percents.length),
    },
    processorAlerts: alerts,
  };
}
