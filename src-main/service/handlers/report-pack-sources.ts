/**
 * The rows of each tab of the audit pack's workbook, read lazily from the snapshot while the sheet is
 * written: each source is a generator that builds a module's view of one record (register line,
 * processor or processing detail, action view) and hands it to the row mapper of reports/pack/sheets.
 * Every few hundred rows it reports progress and checks for a cancel (the job's `control`).
 */
import { AUDIT_ITEM_STATUS_LABELS } from '../../core/audit-plan';
import { endOfDay } from '../../core/eu-period';
import type { Action } from '../../shared/schemas/control';
import type { Dashboard } from '../../shared/schemas/dashboard';
import type { BreachRegisterEntry } from '../../reports/breaches/register-entry';
import type { PeriodFigures } from '../../reports/pack/pack-data';
import {
  actionRow,
  matrixRows,
  processingRow,
  processorRow,
  requestRow,
  type AuditItemRow,
  type AuditLogRow,
  type NotificationSheetRow,
  type Row,
  type SummaryRow,
} from '../../reports/pack/sheets';
import { registerLine } from '../../reports/requests/register-lines';
import { NOTIFICATION_KIND_LABELS } from '../../shared/schemas/breach';
import { auditTargets, overlappingPlans, planItems } from '../../store/repos/control';
import { listProcessings, processingsOfProcessor } from '../../store/repos/processings';
import { contractsByProcessor, documentMetas, listProcessors } from '../../store/repos/processors';
import { registerRequests } from '../../store/repos/requests';
import type { Db } from '../../store/sqlite';
import { registerEntries } from './breach-documents';
import { startOfParisDay } from './request-record';
import { registerContext } from './processing-record';
import { processingDetail } from './processing-view';
import { processorDetail } from './processor-view';
import type { AlertCounts, ProcessingFlags } from './dashboard-figures';
import { periodMonths, type RequestTally } from './report-pack-figures';

const pause = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

/** YYYY-MM-DD of the last day of a YYYY-MM month. */
function lastDayOf(month: string): string {
  const day = new Date(Date.UTC(Number(month.slice(0, 4)), Number(month.slice(5, 7)), 0)).getUTCDate();
  return `${month}-${String(day).padStart(2, '0')}`;
}
import { dayInPeriod, inPeriod, periodAuditPages, type PeriodBounds, type PeriodNotification } from './report-pack-scope';

/** What a source needs from the job: cancel checks and progress. */
export interface JobControl {
  /** Throws CANCELLED (a DomainError) once the job is cancelled or the vault locked. */
  check(): void;
  /** `units` more rows done; `label` names the step in French. */
  advance(units: number, label: string): void;
}

const TICK = 250;

/** Yields `items`, reporting progress and checking for a cancel every TICK items. */
export function* ticking<T>(items: Iterable<T>, control: JobControl, label: (n: number) => string): Generator<T> {
  let n = 0;
  for (const item of items) {
    yield item;
    n++;
    if (n % TICK === 0) {
      control.check();
      control.advance(TICK, label(n));
    }
  }
  control.check();
  control.advance(n % TICK, label(n));
}

const int = (n: number): string => new Intl.NumberFormat('fr-FR').format(n);
export const rowsLabel = (what: string, total: number) => (n: number) => `${what} : ${int(n)} / ${int(total)} lignes`;

export function summaryRows(f: PeriodFigures, d: Dashboard): SummaryRow[] {
  const period = 'Période';
  const now = `Au ${d.today.slice(8, 10)}/${d.today.slice(5, 7)}/${d.today.slice(0, 4)}`;
  const rows: [string, string, number | null, string][] = [
    ['Demandes (art. 12)', 'Demandes reçues', f.requests.received, period],
    ['Demandes (art. 12)', 'Répondues dans le délai', f.requests.onTime, period],
    ['Demandes (art. 12)', 'Répondues en retard', f.requests.late, period],
    ['Demandes (art. 12)', 'Taux de réponse dans le délai (%)', f.requests.onTimeRate === null ? null : Math.round(f.requests.onTimeRate * 1000) / 10, period],
    ['Demandes (art. 12)', 'Délai médian de réponse (jours)', f.requests.medianAnswerDays, period],
    ['Demandes (art. 12)', 'Reçues dans la période et sans réponse', f.requests.pendingAtEnd, now],
    ['Demandes (art. 12)', 'dont en retard', f.requests.overdueAtEnd, now],
    ['Violations (art. 33-34)', 'Violations découvertes', f.breaches.discovered, period],
    ['Violations (art. 33-34)', 'Incidents écartés', f.breaches.dismissed, period],
    ['Violations (art. 33-34)', 'Documentées sans notification', f.breaches.documentedOnly, period],
    ['Violations (art. 33-34)', 'Notifications initiales à la CNIL', f.breaches.initialNotifications, period],
    ['Violations (art. 33-34)', 'dont après 72 heures', f.breaches.notifiedLate, period],
    ['Violations (art. 33-34)', 'Notifications complémentaires', f.breaches.complementaryNotifications, period],
    ['Violations (art. 33-34)', 'Personnes informées (art. 34)', f.breaches.subjectsInformed, period],
    ['Sous-traitants (art. 28)', 'Sous-traitants', f.processors.total, now],
    ['Sous-traitants (art. 28)', 'Nouveaux dans la période', f.processors.newInPeriod, period],
    ['Sous-traitants (art. 28)', 'Avec au moins une alerte', f.processors.withAlerts, now],
    ['Registre (art. 30, 35)', 'Activités de traitement', f.processings.total, now],
    ['Registre (art. 30, 35)', 'Créées dans la période', f.processings.newInPeriod, period],
    ['Registre (art. 30, 35)', 'Fiches incomplètes', f.processings.incomplete, now],
    ['Registre (art. 30, 35)', 'AIPD réalisées', f.processings.dpiaDoneInPeriod, period],
    ['Registre (art. 30, 35)', 'AIPD requises non réalisées', f.processings.dpiaMissing, now],
    ['Actions', 'Créées', f.actions.createdInPeriod, period],
    ['Actions', 'Terminées', f.actions.doneInPeriod, period],
    ['Actions', 'Ouvertes', f.actions.openAtGeneration, now],
    ['Actions', 'En retard', f.actions.overdueAtGeneration, now],
    ['Tableau de bord', 'Violations ouvertes', d.breaches.open.value, now],
    ['Tableau de bord', 'Délais de 72 heures en cours', d.breaches.clockRunning.value, now],
    ['Journal d’audit', 'Entrées écrites dans la période', f.auditEntries, period],
  ];
  for (const m of f.requests.byMonth) rows.push(['Demandes par mois d’échéance', `${m.month} : dans le délai / en retard / en cours`, m.onTime, `${m.late} en retard, ${m.pending} en cours`]);
  for (const m of f.breaches.byMonth) {
    rows.push(['Violations par mois', `${m.month} : découvertes`, m.low + m.medium + m.high + m.veryHigh + m.unassessed, `faible ${m.low}, moyenne ${m.medium}, élevée ${m.high}, très élevée ${m.veryHigh}, non évaluée ${m.unassessed}`]);
  }
  return rows.map(([section, indicator, value, scope]) => ({ section, indicator, value, scope }));
}

export function notificationRows(list: readonly PeriodNotification[]): NotificationSheetRow[] {
  return list.map((n) => ({
    reference: n.breach.reference,
    title: n.breach.title,
    sequence: n.row.sequence,
    kind: NOTIFICATION_KIND_LABELS[n.row.kind].fr,
    at: n.row.notifiedAt,
    cnil: n.row.reference ?? '',
    late: n.row.kind === 'initial' ? n.row.late : null,
    delayReasons: n.row.delayReasons ?? '',
    sha256: n.row.snapshotSha256,
    verified: n.verified,
    dossier: n.problem ? `Non joint : ${n.problem}` : n.dossierName,
    recordedBy: n.row.recordedBy,
  }));
}

/**
 * The Art. 33(5) register entries, built a month at a time while the tab is written (breach-documents
 * `registerEntries` reads a whole range at once): memory holds one month, and the event loop gets a
 * turn between months.
 */
export function breachSource(db: Db, b: PeriodBounds, total: number, control: JobControl): AsyncIterable<BreachRegisterEntry> {
  const months = periodMonths(b);
  return (async function* () {
    const label = rowsLabel('Registre des violations', total);
    let n = 0;
    for (const month of months) {
      const first = month === b.period.from.slice(0, 7) ? b.period.from : `${month}-01`;
      const last = month === b.period.to.slice(0, 7) ? b.period.to : lastDayOf(month);
      for (const entry of registerEntries(db, startOfParisDay(first), endOfDay(last))) {
        yield entry;
        n++;
        if (n % 250 === 0) {
          control.check();
          control.advance(250, label(n));
        }
      }
      await pause();
    }
    control.check();
    control.advance(n % 250, label(n));
  })();
}

export function requestSource(db: Db, b: PeriodBounds, today: string, total: number, tally: RequestTally, control: JobControl): Iterable<Row> {
  return ticking(
    (function* () {
      for (const s of registerRequests(db, b.fromUtc, b.toUtc)) {
        const line = registerLine(s, today);
        tally.add(line);
        yield requestRow(line);
      }
    })(),
    control,
    rowsLabel('Registre des demandes', total),
  );
}

/** What the processor and processing tabs leave behind for the figures (light: no records). */
export interface RegisterViews {
  /** Alerts by severity, one entry per processor. */
  processorAlerts: AlertCounts[];
  /** One entry per processing. */
  processings: ProcessingFlags[];
  /** Clause-matrix rows, written as the tab after the processors. */
  matrix: Row[];
  processorList: ProcessorLight[];
  processingList: ProcessingLight[];
  contracts: number;
}

export interface ProcessorLight {
  reference: string;
  name: string;
  country: string;
  createdAt: string;
}

export interface ProcessingLight {
  reference: string;
  name: string;
  createdOn: string;
  dpiaDoneOn: string | null;
}

export const emptyViews = (): RegisterViews => ({ processorAlerts: [], processings: [], matrix: [], processorList: [], processingList: [], contracts: 0 });

/**
 * Processors with their Art. 28 view, read when the tab starts and released once it is written; the
 * clause-matrix rows, the alert counts and a light list are kept aside for the next tab and the figures.
 */
export function processorSource(db: Db, b: PeriodBounds, today: string, total: number, views: RegisterViews, control: JobControl): Iterable<Row> {
  return ticking(
    (function* () {
      const contracts = contractsByProcessor(db);
      const documents = documentMetas(db);
      for (const list of contracts.values()) views.contracts += list.length;
      for (const p of listProcessors(db)) {
        const detail = processorDetail(p, { contracts: contracts.get(p.id) ?? [], documents, today }, processingsOfProcessor(db, p.id));
        for (const row of matrixRows(detail)) views.matrix.push(row);
        const counts: AlertCounts = { critical: 0, high: 0, medium: 0, low: 0 };
        for (const a of detail.alerts) counts[a.severity] += 1;
        views.processorAlerts.push(counts);
        views.processorList.push({ reference: p.reference, name: p.record.name, country: p.record.country, createdAt: p.createdAt });
        yield processorRow(detail, inPeriod(b, p.createdAt));
      }
    })(),
    control,
    rowsLabel('Sous-traitants', total),
  );
}

/** The register of processing activities, read when the tab starts and released once it is written. */
export function processingSource(db: Db, b: PeriodBounds, today: string, total: number, views: RegisterViews, control: JobControl): Iterable<Row> {
  return ticking(
    (function* () {
      const rctx = registerContext(db, today);
      for (const e of listProcessings(db)) {
        const detail = processingDetail(e, rctx);
        // The same flags as processing-view `processingRow` (dpiaPending, missingCount > 0).
        views.processings.push({
          dpiaPending: detail.dpia.screening?.outcome === 'required' && detail.dpia.followUp.status !== 'done',
          incomplete: detail.completeness.missing.length > 0,
        });
        views.processingList.push({ reference: e.reference, name: e.record.name, createdOn: e.createdOn, dpiaDoneOn: e.dpia.doneOn });
        yield processingRow(detail, dayInPeriod(b, e.createdOn));
      }
    })(),
    control,
    rowsLabel('Registre des traitements', total),
  );
}

export function actionSource(actions: readonly Action[], control: JobControl): Iterable<Row> {
  return ticking(
    (function* () {
      for (const a of actions) yield actionRow(a);
    })(),
    control,
    rowsLabel('Plan d’actions', actions.length),
  );
}

/** Audits of the plans covering the period's years, planned in those years. */
export function auditItemRows(db: Db, b: PeriodBounds): AuditItemRow[] {
  const fromYear = Number(b.period.from.slice(0, 4));
  const toYear = Number(b.period.to.slice(0, 4));
  const labels = new Map([...(auditTargets(db, 'processing') ?? []), ...(auditTargets(db, 'processor') ?? [])].map((t) => [t.id, `${t.reference} — ${t.name}`]));
  const rows: AuditItemRow[] = [];
  for (const plan of overlappingPlans(db, fromYear, toYear, null)) {
    for (const i of planItems(db, plan.id)) {
      if (i.year < fromYear || i.year > toYear) continue;
      rows.push({
        plan: plan.title,
        title: i.title,
        target: i.target.kind === 'organisation' ? `Organisation : ${i.target.control}` : (labels.get(i.target.id) ?? i.target.id),
        year: i.year,
        quarter: i.quarter,
        auditor: i.auditor,
        status: AUDIT_ITEM_STATUS_LABELS[i.status].fr,
        completedOn: i.completedOn,
        findings: i.findingCount,
        conclusion: i.conclusion,
      });
    }
  }
  return rows;
}

/** Rows of the audit-log scan reported as one unit of progress (reading is cheaper than writing). */
export const AUDIT_SCAN_RATIO = 10;

export function auditLogSource(db: Db, b: PeriodBounds, headSeq: number, counter: { rows: number }, control: JobControl): AsyncIterable<AuditLogRow> {
  return (async function* (): AsyncGenerator<AuditLogRow> {
    let scanned = 0;
    for (const page of periodAuditPages(db, b, headSeq)) {
      for (const r of page.rows) {
        counter.rows++;
        yield { seq: r.seq, at: r.at, actor: r.actor, action: r.action, entityType: r.entityType, entityId: r.entityId, beforeDigest: r.beforeDigest, afterDigest: r.afterDigest, hash: r.hash };
      }
      scanned += page.scanned;
      control.check();
      control.advance(page.scanned / AUDIT_SCAN_RATIO, `Journal d’audit : ${int(scanned)} / ${int(headSeq)} entrées parcourues`);
      // A long log with few entries in the period yields few rows: the event loop gets a turn per page.
      await pause();
    }
  })();
}
