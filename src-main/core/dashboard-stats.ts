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

const DAY_MS = 86_400_000;
const CALENDAR_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * A vault's dates repeat (a few hundred distinct days for 100 000 requests): each is parsed once.
 * A pure memo (same input, same output), so core stays free of state that matters.
 */
const epochDays = new Map<string, number>();
const MAX_CACHED_DAYS = 100_000;

/** Days since 1970-01-01 of a YYYY-MM-DD calendar date (UTC: no time zone can shift a calendar day). */
function epochDay(value: string): number {
  const cached = epochDays.get(value);
  if (cached !== undefined) return cached;
  const m = CALENDAR_DATE.exec(value);
  const ms = m ? Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])) : NaN;
  // Rejects 2026-02-31 and the like instead of letting Date roll them into March.
  if (!m || Number.isNaN(ms) || new Date(ms).toISOString().slice(0, 10) !== value) {
    throw new DomainError('VALIDATION', `Date invalide « ${value} » : format AAAA-MM-JJ attendu.`);
  }
  if (epochDays.size >= MAX_CACHED_DAYS) epochDays.clear();
  epochDays.set(value, ms / DAY_MS);
  return ms / DAY_MS;
}

/** YYYY-MM of `months` months after the month of `date` (negative: before). */
function shiftMonth(date: string, months: number): string {
  const index = Number(date.slice(0, 4)) * 12 + Number(date.slice(5, 7)) - 1 + months;
  return `${String(Math.floor(index / 12)).padStart(4, '0')}-${String((index % 12) + 1).padStart(2, '0')}`;
}

/** The same day `months` earlier, clamped to that month's last day (29 February → 28 February). */
function sameDayMonthsBefore(date: string, months: number): string {
  const month = shiftMonth(date, -months);
  const last = new Date(Date.UTC(Number(month.slice(0, 4)), Number(month.slice(5, 7)), 0)).getUTCDate();
  return `${month}-${String(Math.min(Number(date.slice(8, 10)), last)).padStart(2, '0')}`;
}

/**
 * Requests (GDPR Art. 12(3)): open, due within 7 days, overdue; on time when answered on or before
 * the due date in force, late when answered after it or still unanswered once it has passed, by month
 * of the due date over the 12 months ending with today's; median of calendar days from receipt to
 * answer over the answers sent in the last 12 months. One pass over the rows, on epoch days (a
 * 100 000-request vault in a few milliseconds; the earlier luxon version took ~0.3 ms a request).
 * Accepts any iterable, so a caller may stream rows instead of holding them in an array.
 */
export function requestStats(rows: Iterable<RequestRow>, today: string): RequestStats {
  const todayDay = epochDay(today);
  const months: MonthOnTime[] = [];
  for (let i = 11; i >= 0; i--) months.push({ month: shiftMonth(today, -i), onTime: 0, late: 0, pending: 0, rate: null });
  const byMonth = new Map(months.map((m) => [m.month, m]));
  const windowStart = epochDay(sameDayMonthsBefore(today, 12));
  const answerDays: number[] = [];
  let open = 0;
  let dueWithin7Days = 0;
  let overdue = 0;

  for (const r of rows) {
    const due = epochDay(r.dueDate);
    const answered = r.answeredOn === null ? null : epochDay(r.answeredOn);
    const m = byMonth.get(r.dueDate.slice(0, 7));
    if (m) {
      if (answered !== null) {
        if (due - answered >= 0) m.onTime += 1;
        else m.late += 1;
      } else if (!r.closed) {
        if (todayDay - due > 0) m.late += 1;
        else m.pending += 1;
      }
      // Closed without an answer (withdrawn): neither on time nor late.
    }
    if (answered !== null && answered > windowStart) answerDays.push(answered - epochDay(r.receivedOn));
    if (!r.closed) {
      open += 1;
      const left = due - todayDay;
      if (left >= 0 && left <= 7) dueWithin7Days += 1;
      if (left < 0) overdue += 1;
    }
  }
  for (const m of months) m.rate = m.onTime + m.late === 0 ? null : m.onTime / (m.onTime + m.late);
  return { open, dueWithin7Days, overdue, onTimeByMonth: months, medianAnswerDays: median(answerDays) };
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
