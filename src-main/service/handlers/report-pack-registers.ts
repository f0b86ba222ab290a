/**
 * The audit pack's workbook (every register of the period) and its summary PDF, whose figures are
 * counted while the registers are written. Everything read here stays local: once the ZIP has both
 * files, the registers' data can be collected (memory stays bounded).
 */
import type { PackFileEntry, PackSummaryInput } from '../../reports/pack/pack-data';
import { MIME } from '../../reports/file-output';
import { SUMMARY_DESCRIPTION, summaryFileName, WORKBOOK_DESCRIPTION, workbookFileName } from '../../reports/pack/names';
import { summaryPdf } from '../../reports/pack/summary-pdf';
import { writePackWorkbook } from '../../reports/pack/workbook';
import type { PackZip } from '../../reports/pack/zip-writer';
import { appVersion } from '../../store/app-version';
import { referenceIndex } from '../../store/repos/processings';
import { processorNames } from '../../store/repos/processors';
import { listRequests, requestStatRows } from '../../store/repos/requests';
import { userVersion } from '../../store/sqlite';
import { dashboardFigures } from './dashboard-figures';
import { FIXED_UNITS, pause, type BreachScope, type Frame } from './report-pack-frame';
import { actionFigures, auditPlanProgress, breachFigures, registerScan, RequestTally } from './report-pack-figures';
import { periodActions } from './report-pack-scope';
import {
  actionSource,
  auditItemRows,
  auditLogSource,
  breachSource,
  emptyViews,
  notificationRows,
  processingSource,
  processorSource,
  requestSource,
  summaryRows,
  type RegisterViews,
} from './report-pack-sources';

/**
 * The workbook, then the summary PDF (its figures are counted while the registers are written).
 * Everything it reads stays local and can be collected once it returns (memory stays bounded).
 */
export async function writeRegisters(f: Frame, zip: PackZip, scope: BreachScope): Promise<void> {
  const { run, db, bounds, now, generatedAt, today, organisation, head, control } = f;
  const { job } = run;
  const { breaches, notifications, dossiers } = scope;
  await pause();
  control.check();
  const requestsInPeriod = listRequests(db, { states: [], types: [], receivedFrom: bounds.fromUtc, receivedTo: bounds.toUtc, today, sort: 'receivedAt', direction: 'asc', offset: 0, limit: 1 }).total;
  const processorCount = processorNames(db).length;
  const processingCount = referenceIndex(db).size;
  const actions = periodActions(db, bounds, today);
  const auditPlan = auditPlanProgress(db, bounds);
  const discovered = breaches.filter((b) => b.discoveredAt >= bounds.fromUtc && b.discoveredAt <= bounds.toUtc).length;
  control.advance(FIXED_UNITS.figures, 'Registre des violations');
  await pause();
  control.check();

  const files: PackFileEntry[] = [{ name: workbookFileName(job.period), description: WORKBOOK_DESCRIPTION }, ...dossiers.map((d) => ({ name: d.name, description: d.description }))];
  const tally = new RequestTally();
  const views: RegisterViews = emptyViews();
  const audit = { rows: 0 };
  // Built once every register tab is written (the « Synthèse » tab, then the summary PDF).
  let summary: PackSummaryInput | null = null;
  const summarise = async (): Promise<PackSummaryInput> => {
    if (summary) return summary;
    // Read once the registers are written, not before: 100 000 request rows are not held in memory
    // while the workbook streams.
    const requestRows = requestStatRows(db);
    await pause();
    const dashboard = dashboardFigures(db, now, run.role, { requestRows, processorAlerts: views.processorAlerts, processings: views.processings });
    await pause();
    const registers = registerScan(bounds, views, dashboard);
    const requests = tally.figures(requestRows, bounds, today);
    await pause();
    summary = {
      organisation,
      auditHead: head,
      generatedAt,
      generatedBy: run.generatedBy,
      appVersion: appVersion(),
      schemaVersion: userVersion(db),
      period: job.period,
      figures: {
        requests,
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
      processors: processorSource(db, bounds, today, processorCount, views, control),
      matrix: views.matrix,
      processings: processingSource(db, bounds, today, processingCount, views, control),
      actions: actionSource(actions, control),
      audits: auditItemRows(db, bounds),
      auditLog: auditLogSource(db, bounds, head.seq, audit, control),
      summary: async function* () {
        const s = await summarise();
        yield* summaryRows(s.figures, s.dashboard);
      },
    }),
  );
  control.check();
  job.step = 'Synthèse de la période (PDF)';
  zip.addBuffer(summaryFileName(job.period), MIME.pdf, SUMMARY_DESCRIPTION, await summaryPdf(await summarise()));
  control.advance(FIXED_UNITS.summary, 'Manifeste et empreintes');
}

