/**
 * core/dashboard-stats `requestStats`, computed on calendar-day strings and epoch days instead of
 * luxon objects: the same rules (GDPR Art. 12(3): on time when answered on or before the due date in
 * force; late when unanswered after it; by month of the due date over the last 12 months; median of
 * calendar days from receipt to answer over the answers of the last 12 months), about a hundred times
 * faster — the core version costs ~0.3 ms a request, 30 s for a 100 000-request vault.
 * test/service/dashboard-stats.test.ts checks, on random vaults, that both give the same result.
 */
import { median, type MonthOnTime, type RequestRow, type RequestStats } from '../../core/dashboard-stats';
import { DomainError } from '../../shared/errors';

const DAY_MS = 86_400_000;
const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A vault's dates repeat (a few hundred distinct days for 100 000 requests): each is parsed once. */
const epochDays = new Map<string, number>();
const MAX_CACHED = 100_000;

/** Days since 1970-01-01 of a YYYY-MM-DD calendar date (UTC: no time zone can shift a calendar day). */
function epochDay(value: string): number {
  const cached = epochDays.get(value);
  if (cached !== undefined) return cached;
  const day = parseEpochDay(value);
  if (epochDays.size >= MAX_CACHED) epochDays.clear();
  epochDays.set(value, day);
  return day;
}

function parseEpochDay(value: string): number {
  const m = DATE.exec(value);
  const ms = m ? Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])) : NaN;
  if (!m || Number.isNaN(ms) || new Date(ms).toISOString().slice(0, 10) !== value) {
    throw new DomainError('VALIDATION', `Date invalide « ${value} » : format AAAA-MM-JJ attendu.`);
  }
  return ms / DAY_MS;
}

/** YYYY-MM of `month` months after the month of `date` (negative: before). */
function shiftMonth(date: string, months: number): string {
  const index = Number(date.slice(0, 4)) * 12 + Number(date.slice(5, 7)) - 1 + months;
  return `${String(Math.floor(index / 12)).padStart(4, '0')}-${String((index % 12) + 1).padStart(2, '0')}`;
}

/** The same day `months` earlier, clamped to the month's last day (luxon's rule for minus({ months })). */
function sameDayMonthsBefore(date: string, months: number): string {
  const month = shiftMonth(date, -months);
  const last = new Date(Date.UTC(Number(month.slice(0, 4)), Number(month.slice(5, 7)), 0)).getUTCDate();
  return `${month}-${String(Math.min(Number(date.slice(8, 10)), last)).padStart(2, '0')}`;
}

export function requestStatsFast(rows: readonly RequestRow[], today: string): RequestStats {
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
