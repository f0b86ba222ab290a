/**
 * What belongs to an audit pack's period, read from the snapshot: the period as UTC instants, the
 * notifications made during it (with their frozen copies checked), the actions alive during it and
 * the audit-log entries written during it. Shared by the figures (summary PDF) and the workbook.
 */
import { endOfDay } from '../../core/eu-period';
import { parisDateOf } from '../../core/time';
import type { Action } from '../../shared/schemas/control';
import type { NotificationContent } from '../../shared/schemas/breach';
import type { PackPeriod } from '../../shared/schemas/pack';
import { listAudit, type AuditRow } from '../../store/audit-log';
import { findNotification, listBreaches, listNotifications, type BreachSummary, type NotificationRow } from '../../store/repos/breaches';
import { exportActions } from '../../store/repos/control-actions';
import type { Db } from '../../store/sqlite';
import { readNotificationContent } from './breach-documents';
import { actionView } from './control-views';
import { startOfParisDay } from './request-record';

export interface PeriodBounds {
  period: PackPeriod;
  /** First and last millisecond of the period in Europe/Paris, as stored (UTC ISO). */
  fromUtc: string;
  toUtc: string;
}

export function boundsOf(period: PackPeriod): PeriodBounds {
  return { period, fromUtc: startOfParisDay(period.from), toUtc: endOfDay(period.to) };
}

export const inPeriod = (b: PeriodBounds, instant: string | null | undefined): boolean => !!instant && instant >= b.fromUtc && instant <= b.toUtc;
export const dayInPeriod = (b: PeriodBounds, day: string | null | undefined): boolean => !!day && day >= b.period.from && day <= b.period.to;

/** A notification made during the period, and its frozen copy when it is intact and readable. */
export interface PeriodNotification {
  breach: BreachSummary;
  /** The notification without its frozen copy (the parsed copy is in `content`). */
  row: NotificationRow;
  content: NotificationContent | null;
  verified: boolean;
  /** French reason the dossier cannot be rendered, or null. */
  problem: string | null;
  /** Name of the dossier in the ZIP (also when it cannot be rendered, for the record). */
  dossierName: string;
}

export function dossierName(reference: string, n: Pick<NotificationRow, 'kind' | 'sequence'>): string {
  return `dossiers-cnil/${reference}-notification-${n.kind === 'initial' ? 'initiale' : `complementaire-${n.sequence - 1}`}.pdf`;
}

/** Every breach (light rows, no JSON documents), oldest reference first. */
export function allBreaches(db: Db, now: string): BreachSummary[] {
  return listBreaches(db, { filter: 'all', statuses: [], now, sort: 'reference', direction: 'asc', offset: 0, limit: 10_000_000 }).rows;
}

/**
 * Notifications to the CNIL made during the period, whichever period the breach was discovered in.
 * Each frozen copy is checked against its SHA-256 (Art. 33(5): what was sent must stay as sent).
 */
export async function periodNotifications(db: Db, bounds: PeriodBounds, breaches: readonly BreachSummary[]): Promise<PeriodNotification[]> {
  const out: PeriodNotification[] = [];
  let read = 0;
  for (const breach of breaches) {
    if (breach.notificationCount === 0) continue;
    // Each frozen copy is read, hashed and parsed: let other calls run every so often.
    if (++read % 200 === 0) await new Promise((resolve) => setImmediate(resolve));
    for (const meta of listNotifications(db, breach.id)) {
      if (!inPeriod(bounds, meta.notifiedAt)) continue;
      const full = findNotification(db, breach.id, meta.id);
      let content: NotificationContent | null = null;
      let verified = false;
      let problem: string | null = null;
      try {
        if (!full) throw new Error('absente');
        const read = readNotificationContent(full);
        verified = read.verified;
        content = read.content;
        if (!verified) problem = 'copie figée altérée (empreinte SHA-256 différente)';
      } catch {
        problem = 'copie figée illisible';
      }
      // Only the parsed copy is kept: the stored text goes as soon as it is checked.
      const row = meta;
      out.push({ breach, row, content: problem ? null : content, verified, problem, dossierName: dossierName(breach.reference, row) });
    }
  }
  return out.sort((a, b) => a.row.notifiedAt.localeCompare(b.row.notifiedAt) || a.breach.reference.localeCompare(b.breach.reference));
}

/** Actions alive during the period: created before its end, not completed before its start. */
export function periodActions(db: Db, bounds: PeriodBounds, today: string): Action[] {
  return exportActions(db, { today, statuses: [], priorities: [] })
    .filter((a) => a.createdAt <= bounds.toUtc && (a.completedOn === null || a.completedOn >= bounds.period.from))
    .map((a) => actionView(a, today));
}

export const AUDIT_PAGE = 1000;

/**
 * Audit-log entries written during the period, oldest first, a page at a time (possibly empty), read
 * through the log's own reader (the chain has no gaps: seq n..n+999 is one page).
 */
export function* periodAuditPages(db: Db, bounds: PeriodBounds, headSeq: number): Generator<{ scanned: number; rows: AuditRow[] }> {
  for (let start = 1; start <= headSeq; start += AUDIT_PAGE) {
    const page = listAudit(db, AUDIT_PAGE, start + AUDIT_PAGE).reverse();
    yield { scanned: page.length, rows: page.filter((r) => r.seq >= start && inPeriod(bounds, r.at)) };
  }
}

/** The calendar day the timeliness of unanswered items is judged on: the generation day. */
export const generationDay = (now: Date): string => parisDateOf(now);
