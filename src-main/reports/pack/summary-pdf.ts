/**
 * « Synthèse » of the audit pack: the period's figures with their charts, the state of the vault at
 * generation (the dashboard), the notable events and the audit-plan progress — the first document a
 * CNIL auditor or a management committee opens (accountability, GDPR Art. 5(2) and 24(1); DPO's
 * monitoring of compliance, Art. 39(1)(b)).
 */
import { DateTime } from 'luxon';
import { formatFrenchDate, formatParisDateTime } from '../format';
import { renderPdf, type ReportDocument } from '../pdf/document';
import { CHART_COLORS, shareBars, stackedBarChart } from './charts';
import type { AuditPlanProgress, Capped, PackSummaryInput, PeriodFigures } from './pack-data';

export const SUMMARY_TITLE = 'Paquet d’audit';

/** Items printed per list of notable events; the workbook holds them all. */
export const LIST_CAP = 40;

const NUMBER = new Intl.NumberFormat('fr-FR', { maximumFractionDigits: 1 });
const n = (value: number): string => NUMBER.format(value);
const percent = (share: number | null): string => (share === null ? 'sans objet' : `${NUMBER.format(Math.round(share * 1000) / 10)} %`);
const days = (value: number | null): string => (value === null ? 'sans objet' : `${n(value)} jour${value > 1 ? 's' : ''}`);
const monthLabel = (month: string): string => DateTime.fromISO(`${month}-01`, { zone: 'utc' }).setLocale('fr').toFormat('LLL yyyy');

/** Bar labels that fit under a bar: « juil. 2026 » up to six months, « juil. » within one year, « 07/26 » beyond. */
function barLabels(months: readonly string[]): string[] {
  const format = months.length <= 6 ? 'LLL yyyy' : new Set(months.map((m) => m.slice(0, 4))).size === 1 ? 'LLL' : 'LL/yy';
  return months.map((m) => DateTime.fromISO(`${m}-01`, { zone: 'utc' }).setLocale('fr').toFormat(format));
}

/** « (2026) » after a chart title whose bars are named by month only. */
const yearNote = (months: readonly string[]): string => {
  const years = [...new Set(months.map((m) => m.slice(0, 4)))];
  return months.length > 6 && years.length === 1 ? ` (${years[0] ?? ''})` : '';
};
const hours = (ms: number): string => `${n(Math.floor(ms / 3_600_000))} h ${String(Math.floor((ms % 3_600_000) / 60_000)).padStart(2, '0')}`;

export function summaryTitle(input: Pick<PackSummaryInput, 'period'>): string {
  return `${SUMMARY_TITLE} — ${input.period.label}`;
}

function contents(doc: ReportDocument, input: PackSummaryInput): void {
  doc.heading('Objet et contenu du paquet');
  doc.paragraph(
    'Ce paquet rassemble, pour la période, les registres tenus par le délégué à la protection des données et les pièces qui permettent de démontrer la conformité (RGPD, art. 5(2) et 24(1)) : registre des violations (art. 33(5)), demandes d’exercice des droits (art. 12), sous-traitants (art. 28), registre des activités de traitement (art. 30), plan d’actions et extrait du journal d’audit. Il peut être remis à la CNIL sur demande (art. 30(4) et 58(1)(a)).',
  );
  doc.keyValues([
    { label: 'Période couverte', value: `${input.period.label} (du ${formatFrenchDate(input.period.from)} au ${formatFrenchDate(input.period.to)} inclus, heure de Paris)` },
    { label: 'Généré le', value: `${formatParisDateTime(input.generatedAt)} (heure de Paris)` },
    { label: 'Généré par', value: input.generatedBy },
    { label: 'Empreinte du journal d’audit', value: `${input.auditHead.hash} (entrée n° ${input.auditHead.seq})` },
    { label: 'Application', value: `DPO Workbench ${input.appVersion}, schéma de données n° ${input.schemaVersion}` },
  ]);
  doc.paragraph('Fichiers du paquet (leur empreinte SHA-256 et leur taille figurent dans manifest.json ; « dpo verify-pack » signale tout fichier modifié, manquant ou ajouté) :');
  const shown = input.files.slice(0, LIST_CAP);
  doc.bullets(shown.map((f) => `${f.name} — ${f.description}`));
  if (input.files.length > shown.length) doc.paragraph(`… et ${n(input.files.length - shown.length)} autres dossiers de notification : liste complète dans manifest.json.`, { muted: true });
  doc.paragraph(
    'Les données de la période sont celles d’un instantané cohérent du coffre pris au lancement de la génération : les chiffres de ce document, du classeur et des dossiers proviennent du même état, identifié par l’empreinte du journal d’audit ci-dessus.',
    { muted: true },
  );
}

function requestsSection(doc: ReportDocument, f: PeriodFigures, today: string): void {
  const r = f.requests;
  doc.heading('Demandes d’exercice des droits (art. 12 à 22)', 2);
  doc.keyValues([
    { label: 'Demandes reçues', value: n(r.received) },
    { label: 'Répondues dans le délai', value: n(r.onTime) },
    { label: 'Répondues en retard', value: n(r.late) },
    { label: 'Taux de réponse dans le délai', value: percent(r.onTimeRate) },
    { label: 'Délai médian de réponse', value: days(r.medianAnswerDays) },
    { label: `Reçues dans la période, sans réponse au ${formatFrenchDate(today)}`, value: `${n(r.pendingAtEnd)}, dont ${n(r.overdueAtEnd)} en retard` },
    { label: 'Délai prolongé de deux mois (art. 12(3))', value: n(r.extended) },
  ]);
  const months = r.byMonth;
  stackedBarChart(doc, {
    title: `Demandes par mois d’échéance : dans le délai, en retard, en cours${yearNote(months.map((m) => m.month))}`,
    categories: barLabels(months.map((m) => m.month)),
    series: [
      { label: 'Dans le délai', color: CHART_COLORS.onTime },
      { label: 'En retard', color: CHART_COLORS.late },
      { label: 'En cours', color: CHART_COLORS.pending },
    ],
    values: months.map((m) => [m.onTime, m.late, m.pending]),
    alt: `Demandes par mois d’échéance. ${months.map((m) => `${monthLabel(m.month)} : ${m.onTime} dans le délai, ${m.late} en retard, ${m.pending} en cours`).join(' ; ')}.`,
  });
  doc.paragraph('Échéance : un mois à compter de la réception, trois mois en cas de prolongation notifiée dans le premier mois (art. 12(3)) ; calcul selon le règlement 1182/71 avec les jours fériés.', { muted: true });
}

function breachesSection(doc: ReportDocument, f: PeriodFigures): void {
  const b = f.breaches;
  doc.heading('Violations de données personnelles (art. 33 et 34)', 2);
  doc.keyValues([
    { label: 'Violations découvertes', value: n(b.discovered) },
    { label: 'Incidents écartés (pas une violation)', value: n(b.dismissed) },
    { label: 'Documentées sans notification (risque improbable, art. 33(1))', value: n(b.documentedOnly) },
    { label: 'Notifications initiales à la CNIL', value: n(b.initialNotifications) },
    { label: 'dont après le délai de 72 heures', value: n(b.notifiedLate) },
    { label: 'Notifications complémentaires (art. 33(4))', value: n(b.complementaryNotifications) },
    { label: 'Violations dont les personnes ont été informées (art. 34)', value: n(b.subjectsInformed) },
  ]);
  const months = b.byMonth;
  stackedBarChart(doc, {
    title: `Violations découvertes par mois, selon la gravité (méthode ENISA)${yearNote(months.map((m) => m.month))}`,
    categories: barLabels(months.map((m) => m.month)),
    series: [
      { label: 'Faible', color: CHART_COLORS.low },
      { label: 'Moyenne', color: CHART_COLORS.medium },
      { label: 'Élevée', color: CHART_COLORS.high },
      { label: 'Très élevée', color: CHART_COLORS.veryHigh },
      { label: 'Non évaluée', color: CHART_COLORS.unassessed },
    ],
    values: months.map((m) => [m.low, m.medium, m.high, m.veryHigh, m.unassessed]),
    alt: `Violations découvertes par mois selon la gravité. ${months
      .map((m) => `${monthLabel(m.month)} : ${m.low} faible, ${m.medium} moyenne, ${m.high} élevée, ${m.veryHigh} très élevée, ${m.unassessed} non évaluée`)
      .join(' ; ')}.`,
  });
}

function registersSection(doc: ReportDocument, f: PeriodFigures): void {
  doc.heading('Sous-traitants, registre des traitements et actions', 2);
  doc.keyValues([
    { label: 'Sous-traitants (art. 28)', value: `${n(f.processors.total)}, dont ${n(f.processors.newInPeriod)} nouveaux dans la période` },
    { label: 'Contrats de sous-traitance', value: n(f.processors.contracts) },
    { label: 'Sous-traitants avec au moins une alerte', value: n(f.processors.withAlerts) },
    { label: 'Activités de traitement au registre (art. 30)', value: `${n(f.processings.total)}, dont ${n(f.processings.newInPeriod)} créées dans la période` },
    { label: 'Fiches incomplètes (art. 30)', value: n(f.processings.incomplete) },
    { label: 'AIPD réalisées dans la période (art. 35)', value: n(f.processings.dpiaDoneInPeriod) },
    { label: 'AIPD requises non réalisées', value: n(f.processings.dpiaMissing) },
    { label: 'Actions créées dans la période', value: n(f.actions.createdInPeriod) },
    { label: 'Actions terminées dans la période', value: n(f.actions.doneInPeriod) },
    { label: 'Actions ouvertes à la génération', value: `${n(f.actions.openAtGeneration)}, dont ${n(f.actions.overdueAtGeneration)} en retard` },
    { label: 'Entrées du journal d’audit dans la période', value: n(f.auditEntries) },
  ]);
}

function stateSection(doc: ReportDocument, input: PackSummaryInput): void {
  const d = input.dashboard;
  doc.heading(`Situation au ${formatFrenchDate(d.today)}`);
  doc.paragraph('Les chiffres du tableau de bord au moment de la génération, quelle que soit la période.', { muted: true });
  const pairs = [
    { label: 'Violations ouvertes', value: n(d.breaches.open.value) },
    { label: 'Délais de 72 heures en cours', value: n(d.breaches.clockRunning.value) },
    { label: 'Violations notifiées en retard ou non notifiées après 72 heures', value: n(d.breaches.late.value) },
    { label: 'Violations à notifier (décision prise)', value: n(d.breaches.toNotify.value) },
  ];
  if (d.requests) {
    pairs.push(
      { label: 'Demandes en attente de réponse', value: n(d.requests.pending.value) },
      { label: 'Demandes à échéance dans les 7 jours', value: n(d.requests.dueWithin7Days.value) },
      { label: 'Demandes en retard', value: n(d.requests.overdue.value) },
      { label: 'Taux de réponse dans le délai sur 12 mois', value: percent(d.requests.onTimeRate12Months) },
      { label: 'Délai médian de réponse sur 12 mois', value: days(d.requests.medianAnswerDays) },
    );
  }
  if (d.processors) pairs.push({ label: 'Sous-traitants avec alerte', value: `${n(d.processors.withAlerts.value)} (dont ${n(d.processors.critical.value)} critiques)` });
  if (d.processings) pairs.push({ label: 'Traitements sans l’AIPD requise', value: n(d.processings.dpiaMissing.value) });
  pairs.push({ label: 'Actions en retard', value: n(d.actions.overdue.value) });
  doc.keyValues(pairs);
  if (d.breaches.countdowns.length > 0) {
    doc.paragraph('Violations dont la notification reste à faire :');
    doc.table({
      columns: [
        { header: 'Violation', width: 16 },
        { header: 'Intitulé', width: 44 },
        { header: 'Échéance (72 h)', width: 20 },
        { header: 'Reste / retard', width: 20 },
      ],
      rows: d.breaches.countdowns.map((c) => [c.reference, c.title, formatParisDateTime(c.dueAt), c.late ? `en retard de ${hours(c.lateByMs)}` : `reste ${hours(c.remainingMs)}`]),
    });
  }
}

function capNote<T>(doc: ReportDocument, list: Capped<T>, sheet: string): void {
  if (list.total > list.items.length) doc.paragraph(`… et ${n(list.total - list.items.length)} autres : voir l’onglet « ${sheet} » du classeur.`, { muted: true });
}

function eventsSection(doc: ReportDocument, input: PackSummaryInput): void {
  const e = input.events;
  doc.heading('Événements notables de la période');
  doc.heading('Notifications à la CNIL', 2);
  if (e.notifications.length === 0) doc.paragraph('Aucune notification à la CNIL pendant la période.');
  else {
    const shown = e.notifications.slice(0, LIST_CAP);
    doc.table({
      columns: [
        { header: 'Violation', width: 15 },
        { header: 'Intitulé', width: 33 },
        { header: 'Notification', width: 17 },
        { header: 'Le', width: 15 },
        { header: 'Dossier joint', width: 20 },
      ],
      rows: shown.map((x) => [
        x.breachReference,
        x.title,
        `${x.kind === 'initial' ? 'initiale' : `complémentaire n° ${x.sequence - 1}`}${x.late ? ' — après 72 h' : ''}${x.cnilReference ? ` (${x.cnilReference})` : ''}`,
        formatParisDateTime(x.at),
        x.dossier ?? `non joint : ${x.problem ?? 'copie illisible'}`,
      ]),
    });
    capNote(doc, { total: e.notifications.length, items: shown }, 'Notifications CNIL');
  }
  doc.heading('Demandes répondues ou restées sans réponse après l’échéance', 2);
  if (e.lateRequests.total === 0) doc.paragraph('Aucune demande en retard pendant la période.');
  else {
    doc.table({
      columns: [
        { header: 'Demande', width: 18 },
        { header: 'Type', width: 34 },
        { header: 'Échéance', width: 16 },
        { header: 'Répondue le', width: 16 },
        { header: 'Retard', width: 16 },
      ],
      rows: e.lateRequests.items.map((r) => [r.reference, r.type, formatFrenchDate(r.dueDate), r.answeredDate ? formatFrenchDate(r.answeredDate) : 'sans réponse', `${n(r.lateDays)} j`]),
    });
    capNote(doc, e.lateRequests, 'Demandes');
  }
  doc.heading('Nouveaux sous-traitants', 2);
  if (e.newProcessors.total === 0) doc.paragraph('Aucun nouveau sous-traitant pendant la période.');
  else {
    doc.table({
      columns: [
        { header: 'Réf.', width: 18 },
        { header: 'Sous-traitant', width: 50 },
        { header: 'Pays', width: 14 },
        { header: 'Enregistré le', width: 18 },
      ],
      rows: e.newProcessors.items.map((p) => [p.reference, p.name, p.country, formatFrenchDate(p.createdAt)]),
    });
    capNote(doc, e.newProcessors, 'Sous-traitants');
  }
  doc.heading('Analyses d’impact (AIPD) réalisées', 2);
  if (e.dpiasDone.total === 0) doc.paragraph('Aucune AIPD réalisée pendant la période.');
  else {
    doc.table({
      columns: [
        { header: 'Réf.', width: 18 },
        { header: 'Traitement', width: 62 },
        { header: 'Réalisée le', width: 20 },
      ],
      rows: e.dpiasDone.items.map((d) => [d.reference, d.name, formatFrenchDate(d.doneOn)]),
    });
    capNote(doc, e.dpiasDone, 'Traitements');
  }
}

function auditPlanSection(doc: ReportDocument, plan: AuditPlanProgress | null): void {
  doc.heading('Plan d’audit (art. 39(1)(b))');
  if (!plan) {
    doc.paragraph('Aucun plan d’audit ne couvre la période : établissez-en un (module Contrôle) pour suivre la couverture des traitements et des sous-traitants.');
    return;
  }
  doc.paragraph(`${plan.title} — cycle ${plan.cycle.fromYear}-${plan.cycle.toYear}.`);
  doc.table({
    columns: [
      { header: 'Année', width: 16, align: 'center' },
      { header: 'Planifiés', width: 21, align: 'right' },
      { header: 'En cours', width: 21, align: 'right' },
      { header: 'Réalisés', width: 21, align: 'right' },
      { header: 'Annulés', width: 21, align: 'right' },
    ],
    rows: plan.byYear.map((y) => [String(y.year), n(y.planned), n(y.inProgress), n(y.done), n(y.cancelled)]),
  });
  const share = (label: string, audited: number, total: number, value: number | null) => ({ label, share: value, text: `${n(audited)} / ${n(total)} (${percent(value)})` });
  shareBars(doc, {
    title: 'Couverture du cycle',
    bars: [
      share('Traitements audités', plan.processings.audited, plan.processings.total, plan.processings.auditedShare),
      share('Traitements couverts (audit prévu ou fait)', plan.processings.covered, plan.processings.total, plan.processings.coveredShare),
      share('Sous-traitants audités', plan.processors.audited, plan.processors.total, plan.processors.auditedShare),
      share('Sous-traitants couverts', plan.processors.covered, plan.processors.total, plan.processors.coveredShare),
    ],
    alt: `Couverture du cycle : traitements audités ${percent(plan.processings.auditedShare)}, couverts ${percent(plan.processings.coveredShare)} ; sous-traitants audités ${percent(plan.processors.auditedShare)}, couverts ${percent(plan.processors.coveredShare)}.`,
  });
  if (plan.doneInPeriod.length > 0) {
    doc.paragraph('Audits réalisés pendant la période :');
    doc.table({
      columns: [
        { header: 'Audit', width: 38 },
        { header: 'Cible', width: 32 },
        { header: 'Auditeur', width: 15 },
        { header: 'Terminé le', width: 15 },
      ],
      rows: plan.doneInPeriod.map((a) => [a.title, a.target, a.auditor, formatFrenchDate(a.completedOn)]),
    });
  }
}

export function buildSummary(doc: ReportDocument, input: PackSummaryInput): void {
  doc.title(summaryTitle(input), `Du ${formatFrenchDate(input.period.from)} au ${formatFrenchDate(input.period.to)} — ${input.organisation.name}`);
  contents(doc, input);
  doc.heading('Indicateurs de la période');
  requestsSection(doc, input.figures, input.dashboard.today);
  breachesSection(doc, input.figures);
  registersSection(doc, input.figures);
  stateSection(doc, input);
  eventsSection(doc, input);
  auditPlanSection(doc, input.auditPlan);
}

export function summaryPdf(input: PackSummaryInput): Promise<Buffer> {
  const title = summaryTitle(input);
  return renderPdf(
    { organisation: input.organisation, auditHead: input.auditHead, generatedAt: input.generatedAt, title, subject: `${title} (${input.period.from} — ${input.period.to})` },
    (doc) => buildSummary(doc, input),
  );
}
