/**
 * What every step of an audit pack's generation shares (the frame), and the first reading: the breaches
 * and the notifications made during the period, whose frozen copies become the CNIL dossiers.
 */
import type { NotificationContent } from '../../shared/schemas/breach';
import type { Organisation } from '../../shared/schemas/organisation';
import { dossierDescription } from '../../reports/pack/names';
import type { AuditHead } from '../../store/audit-log';
import type { BreachSummary } from '../../store/repos/breaches';
import { referenceIndex } from '../../store/repos/processings';
import { processorNames } from '../../store/repos/processors';
import { listRequests } from '../../store/repos/requests';
import type { Db } from '../../store/sqlite';
import type { PackRun } from './report-pack-job';
import { allBreaches, periodNotifications, type PeriodBounds, type PeriodNotification } from './report-pack-scope';
import { AUDIT_SCAN_RATIO, type JobControl } from './report-pack-sources';

/** Relative cost of one dossier against one register row (pdfkit lays out and subsets fonts per PDF). */
export const DOSSIER_UNITS = 300;
export const FIXED_UNITS = { figures: 2000, summary: 1500 };

export const pause = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

/** What every step of a generation shares. */
export interface Frame {
  run: PackRun;
  db: Db;
  bounds: PeriodBounds;
  now: Date;
  generatedAt: string;
  today: string;
  organisation: Organisation;
  head: AuditHead;
  control: JobControl;
  /** Adds work to the progress bar's total once it is known. */
  addUnits(units: number): void;
}

/** A dossier to render: its frozen copy, checked, and its place in the ZIP. */
export interface DossierJob {
  name: string;
  description: string;
  content: NotificationContent;
  frozen: { sha256: string; recordedAt: string; recordedBy: string };
}

/** The breaches and the notifications made during the period, read first: the dossiers come from them. */
export interface BreachScope {
  breaches: BreachSummary[];
  notifications: PeriodNotification[];
  dossiers: DossierJob[];
}

export async function readBreachScope(f: Frame): Promise<BreachScope> {
  const breaches = allBreaches(f.db, f.generatedAt);
  const notifications = await periodNotifications(f.db, f.bounds, breaches);
  const dossiers: DossierJob[] = notifications.flatMap((n) =>
    n.content
      ? [
          {
            name: n.dossierName,
            description: dossierDescription(n.breach.reference, n.row.kind, n.row.sequence),
            content: n.content,
            frozen: { sha256: n.row.snapshotSha256, recordedAt: n.row.recordedAt, recordedBy: n.row.recordedBy },
          },
        ]
      : [],
  );
  return { breaches, notifications, dossiers };
}

/** The registers' rows, counted without loading them (the progress bar's share of each step). */
export function registerUnits(f: Frame, scope: BreachScope): number {
  const { db, bounds, today } = f;
  const discovered = scope.breaches.filter((b) => b.discoveredAt >= bounds.fromUtc && b.discoveredAt <= bounds.toUtc).length;
  const requests = listRequests(db, { states: [], types: [], receivedFrom: bounds.fromUtc, receivedTo: bounds.toUtc, today, sort: 'receivedAt', direction: 'asc', offset: 0, limit: 1 }).total;
  return discovered + requests + processorNames(db).length + referenceIndex(db).size + f.head.seq / AUDIT_SCAN_RATIO;
}

