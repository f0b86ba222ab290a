/**
 * The audit pack's generation, run as a background job on a consistent read-only view of the vault
 * (report-snapshot.ts, opened by report.auditPackStart): every figure, register row and dossier comes
 * from the same state, the one the audit-log head in the manifest names (Art. 5(2)).
 *
 * The ZIP is streamed into a temporary file renamed into place at the end (reports/file-output.ts
 * `writeFileAtomic`): a failure, a cancel or a locked vault leaves no file behind. The work yields to
 * the event loop every few hundred rows (exceljs batches, dossier by dossier), so other calls still run.
 */
import { createHash } from 'node:crypto';
import { createReadStream, rmSync, statSync } from 'node:fs';
import { DomainError } from '../../shared/errors';
import type { Role } from '../../shared/roles';
import { PACK_FORMAT, type PackManifest } from '../../shared/schemas/pack';
import { breachDossierPdf } from '../../reports/breaches/dossier-pdf';
import { MIME, writeFileAtomic } from '../../reports/file-output';
import {
  dossierDescription,
  packFileName,
  SUMMARY_DESCRIPTION,
  summaryFileName,
  WORKBOOK_DESCRIPTION,
  workbookFileName,
} from '../../reports/pack/names';
import type { PackFileEntry, PackSummaryInput } from '../../reports/pack/pack-data';
import { summaryPdf } from '../../reports/pack/summary-pdf';
import { writePackWorkbook } from '../../reports/pack/workbook';
import { PackZip } from '../../reports/pack/zip-writer';
import { appVersion } from '../../store/app-version';
import { readOrganisation } from '../../store/repos/organisation';
import { listProcessings } from '../../store/repos/processings';
import { contractsByProcessor, listProcessors } from '../../store/repos/processors';
import { listRequests, requestStatRows } from '../../store/repos/requests';
import { userVersion, type Db } from '../../store/sqlite';
import { toFailure } from '../errors';
import { dashboardFigures } from './dashboard-figures';
import { guardUncollected, type PackJob } from './report-jobs';
import type { ReadSnapshot } from './report-snapshot';
import type { Organisation } from '../../shared/schemas/organisation';
import type { NotificationContent } from '../../shared/schemas/breach';
import type { AuditHead } from '../../store/audit-log';
import { actionFigures, auditPlanProgress, breachFigures, registerScan, RequestTally } from './report-pack-figures';
import { allBreaches, boundsOf, generationDay, periodActions, periodNotifications } from './report-pack-scope';
import {
  actionSource,
  auditItemRows,
  auditLogSource,
  breachSource,
  notificationRows,
  processingSource,
  processorSource,
  AUDIT_SCAN_RATIO,
  requestSource,
  summaryRows,
  type JobControl,
  type RegisterViews,
} from './report-pack-sources';

export interface PackRun {
  job: PackJob;
  /** The consistent read-only view of the vault, closed when the job ends. */
  snapshot: ReadSnapshot;
  /** The instant of the request: printed on every document and in the manifest. */
  generatedAt: Date;
  generatedBy: string;
  role: Role;
  /** Where the finished ZIP is written (atomically). */
  target: string;
}

/** Relative cost of one dossier against one register row (pdfkit lays out and subsets fonts per PDF). */
const DOSSIER_UNITS = 300;
const FIXED_UNITS = { figures: 2000, summary: 1500 };

const pause = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

function controlOf(job: PackJob, totalUnits: () => number): JobControl & { done: number } {
  const control = {
    done: 0,
    check(): void {
      if (job.abort.signal.aborted) throw new DomainError('CANCELLED', 'Génération du paquet d’audit annulée : aucun fichier n’a été écrit.');
      if (!job.vault.isOpen) throw new DomainError('CANCELLED', 'Le coffre a été verrouillé pendant la génération : elle a été arrêtée et aucun fichier n’a été écrit.');
    },
    advance(units: number, label: string): void {
      control.done += units;
      // 3 % for the snapshot, taken before the job starts; 100 % only once the file is in place.
      job.progress = Math.min(99, 3 + (96 * control.done) / Math.max(1, totalUnits()));
      job.step = label;
    },
  };
  return control;
}

/** What every step of a generation shares. */
interface Frame {
  run: PackRun;
  db: Db;
  bounds: ReturnType<typeof boundsOf>;
  now: Date;
  generatedAt: string;
  today: string;
  organisation: Organisation;
  head: AuditHead;
  control: JobControl;
  setTotal(units: number): void;
}

/** A dossier to render: its frozen copy, checked, and its place in the ZIP. */
interface DossierJob {
  name: string;
  description: string;
  content: NotificationContent;
  frozen: { sha256: string; recordedAt: string; recordedBy: string };
}

/**
 * The workbook, then the summary PDF (its figures are counted while the registers are written).
 * Everything it reads stays local: once it returns, the registers' data can be collected before
 * the dossiers are rendered (memory stays bounded).
 */
async function writeRegisters(f: Frame, zip: PackZip): Promise<DossierJob[]> {
  const { run, db, bounds, now, generatedAt, today, organisation, head, control } = f;
  const { job } = run;
  const breaches = allBreaches(db, generatedAt);
  const notifications = await periodNotifications(db, bounds, breaches);
  await pause();
  control.check();
  const requestRows = requestStatRows(db);
  const requestsInPeriod = listRequests(db, { states: [], types: [], receivedFrom: bounds.fromUtc, receivedTo: bounds.toUtc, today, sort: 'receivedAt', direction: 'asc', offset: 0, limit: 1 }).total;
  const processors = listProcessors(db);
  const contracts = contractsByProcessor(db);
  const processings = listProcessings(db);
  const actions = periodActions(db, bounds, today);
  const auditPlan = auditPlanProgress(db, bounds);
  const discovered = breaches.filter((b) => b.discoveredAt >= bounds.fromUtc && b.discoveredAt <= bounds.toUtc).length;
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
  f.setTotal(
    FIXED_UNITS.figures +
      FIXED_UNITS.summary +
      discovered +
      requestsInPeriod +
      processors.length +
      processings.length +
      actions.length +
      head.seq / AUDIT_SCAN_RATIO +
      dossiers.length * DOSSIER_UNITS,
  );
  control.advance(FIXED_UNITS.figures, 'Registre des violations');
  await pause();
  control.check();

  const files: PackFileEntry[] = [{ name: workbookFileName(job.period), description: WORKBOOK_DESCRIPTION }, ...dossiers.map((d) => ({ name: d.name, description: d.description }))];
  const tally = new RequestTally();
  const views: RegisterViews = { processorAlerts: [], processings: [], matrix: [] };
  const audit = { rows: 0 };
  // Built once every register tab is written (the « Synthèse » tab, then the summary PDF).
  let summary: PackSummaryInput | null = null;
  const summarise = (): PackSummaryInput => {
    const dashboard = dashboardFigures(db, now, run.role, { requestRows, processorAlerts: views.processorAlerts, processings: views.processings });
    const registers = registerScan(bounds, processors, contracts, processings, dashboard);
    summary = {
      organisation,
      auditHead: head,
      generatedAt,
      generatedBy: run.generatedBy,
      appVersion: appVersion(),
      schemaVersion: userVersion(db),
      period: job.period,
      figures: {
        requests: tally.figures(requestRows, bounds, today),
        breaches: breachFigures(bounds, breaches, notifications),
        processors: registers.processors,
        processings: registers.processings,
        actions: actionFigures(bounds, actions, dashboard),
        auditEntries: audit.rows,
      },
      dashboard,
      events: {
        notifications: notifications.map((n) => ({
          breachReference: n.breach.reference,
          title: n.breach.title,
          kind: n.row.kind,
          sequence: n.row.sequence,
          at: n.row.notifiedAt,
          late: n.row.kind === 'initial' && n.row.late,
          cnilReference: n.row.reference,
          dossier: n.content ? n.dossierName : null,
          problem: n.problem,
        })),
        lateRequests: tally.lateRequests(),
        newProcessors: registers.newProcessors,
        dpiasDone: registers.dpiasDone,
      },
      auditPlan,
      files,
    };
    return summary;
  };

  await zip.addStream(workbookFileName(job.period), MIME.xlsx, WORKBOOK_DESCRIPTION, (sink) =>
    writePackWorkbook(sink, {
      organisation,
      auditHead: head,
      generatedAt,
      period: job.period,
      notes: [
        { label: 'Violations', value: 'Découvertes dans la période (registre de l’art. 33(5), incidents écartés et non notifiés compris).' },
        { label: 'Notifications CNIL', value: 'Faites dans la période, quelle que soit la date de découverte ; le dossier de chacune est dans le paquet.' },
        { label: 'Demandes', value: 'Reçues dans la période ; respect du délai apprécié au jour de la génération.' },
        { label: 'Sous-traitants, traitements', value: 'Registres en vigueur à la génération ; la colonne « dans la période » signale les ajouts.' },
        { label: 'Plan d’actions', value: 'Actions ouvertes à un moment de la période.' },
        { label: 'Journal d’audit', value: 'Entrées écrites pendant la période, avec leur empreinte chaînée.' },
        { label: 'Synthèse', value: 'Dernier onglet : les chiffres de la période et du tableau de bord.' },
      ],
      breaches: breachSource(db, bounds, discovered, control),
      notifications: notificationRows(notifications),
      requests: requestSource(db, bounds, today, requestsInPeriod, tally, control),
      processors: processorSource(db, bounds, today, processors, contracts, views, control),
      matrix: views.matrix,
      processings: processingSource(db, bounds, today, processings, views, control),
      actions: actionSource(actions, control),
      audits: auditItemRows(db, bounds),
      auditLog: auditLogSource(db, bounds, head.seq, audit, control),
      summary: () => {
        const s = summarise();
        return summaryRows(s.figures, s.dashboard);
      },
    }),
  );
  control.check();
  job.step = 'Synthèse de la période (PDF)';
  zip.addBuffer(summaryFileName(job.period), MIME.pdf, SUMMARY_DESCRIPTION, await summaryPdf(summary ?? summarise()));
  control.advance(FIXED_UNITS.summary, dossiers.length > 0 ? `Dossiers de notification à la CNIL : 0 / ${dossiers.length}` : 'Manifeste et empreintes');
  return dossiers;
}

/** Each dossier rendered from its frozen copy (Art. 33(3), 33(5)), one at a time, yielding in between. */
async function writeDossiers(f: Frame, zip: PackZip, dossiers: readonly DossierJob[]): Promise<void> {
  let i = 0;
  for (const d of dossiers) {
    f.control.check();
    const pdf = await breachDossierPdf({ content: d.content, organisation: f.organisation, auditHead: f.head, generatedAt: f.generatedAt, frozen: d.frozen });
    zip.addBuffer(d.name, MIME.pdf, d.description, pdf);
    i++;
    f.control.advance(DOSSIER_UNITS, `Dossiers de notification à la CNIL : ${i} / ${dossiers.length}`);
    await pause();
  }
}

async function generate(run: PackRun, db: Db): Promise<{ size: number; sha256: string }> {
  const { job } = run;
  let total = 1;
  const control = controlOf(job, () => total);
  control.check();
  job.step = 'Lecture du coffre';
  const organisation = readOrganisation(db);
  if (!organisation) throw new DomainError('NOT_FOUND', 'Renseignez d’abord l’organisme (écran « Organisme ») : il figure sur chaque document du paquet.');
  const frame: Frame = {
    run,
    db,
    bounds: boundsOf(job.period),
    now: run.generatedAt,
    generatedAt: run.generatedAt.toISOString(),
    today: generationDay(run.generatedAt),
    organisation,
    head: run.snapshot.head,
    control,
    setTotal: (units) => (total = units),
  };

  await writeFileAtomic(run.target, async (out) => {
    const zip = new PackZip(out, frame.generatedAt);
    try {
      const dossiers = await writeRegisters(frame, zip);
      await writeDossiers(frame, zip, dossiers);
      control.check();
      job.step = 'Manifeste et empreintes';
      const manifest: Omit<PackManifest, 'files'> = {
        format: PACK_FORMAT,
        formatVersion: 1,
        organisation: { name: organisation.name, siren: organisation.siren },
        period: { spec: job.period.spec, kind: job.period.kind, from: job.period.from, to: job.period.to, label: job.period.label },
        generatedAt: frame.generatedAt,
        generatedBy: run.generatedBy,
        application: { name: 'DPO Workbench', version: appVersion() },
        schemaVersion: userVersion(db),
        auditHead: frame.head,
      };
      await zip.finish(manifest);
    } catch (error) {
      zip.abort();
      throw error;
    }
  });
  // The ZIP as written: its size and hash, re-read once from disk (what the user will receive).
  const hash = createHash('sha256');
  for await (const chunk of createReadStream(run.target)) hash.update(chunk as Buffer);
  return { size: statSync(run.target).size, sha256: hash.digest('hex') };
}

/** Runs the job to its end; never rejects (the outcome is in the job's state). */
export async function runAuditPack(run: PackRun): Promise<void> {
  const { job } = run;
  try {
    await pause(); // let report.auditPackStart return its job id first
    const written = await generate(run, run.snapshot.db);
    job.result = { path: run.target, filename: packFileName(job.period), size: written.size, sha256: written.sha256 };
    job.progress = 100;
    job.step = 'Paquet d’audit prêt';
    job.state = 'done';
    guardUncollected(job);
  } catch (error) {
    rmSync(run.target, { force: true });
    const failure = toFailure(error);
    const e = failure.ok ? null : failure.error;
    job.state = e?.code === 'CANCELLED' ? 'cancelled' : 'failed';
    job.error = { code: e?.code ?? 'INTERNAL', message: e?.message ?? 'Erreur inattendue.' };
    job.step = job.state === 'cancelled' ? 'Génération annulée' : 'Génération échouée';
  } finally {
    try {
      run.snapshot.close();
    } catch {
      // the connection goes with the job whatever happens
    }
    job.finishedAt = job.vault.now().toISOString();
  }
}
