/**
 * The tabs of the audit pack's workbook that are not a module's own register export: each maps a
 * view the modules already compute (request register lines, processor and processing details, action
 * views) to one spreadsheet row. Labels come from the modules (reports/*, shared/schemas); nothing is
 * recomputed here.
 */
import { ART28_CHECKLIST } from '../../core/art28';
import { DPIA_OUTCOME_LABELS } from '../../core/dpia-screening';
import { PROCESSING_ROLES, vocabularyLabel } from '../../core/ropa-vocabulary';
import type { Action } from '../../shared/schemas/control';
import { DPIA_STATUS_LABELS, PROCESSING_STATUS_LABELS, type ProcessingDetail } from '../../shared/schemas/processing';
import type { ProcessorDetail } from '../../shared/schemas/processor';
import { addressFr, certificationsFr, CLAUSE_STATUS_FR, SEVERITY_FR } from '../processors/labels';
import type { RegisterLine } from '../requests/register-lines';
import type { CellInput } from '../xlsx/cells';
import type { SheetColumn } from '../xlsx/workbook';

export type Row = Record<string, CellInput>;

export const PACK_SHEETS = {
  summary: 'Synthèse',
  notifications: 'Notifications CNIL',
  requests: 'Demandes',
  processors: 'Sous-traitants',
  matrix: 'Matrice art. 28',
  processings: 'Traitements',
  actions: 'Plan d’actions',
  audits: 'Audits',
  auditLog: 'Journal d’audit',
} as const;

// ---- Synthèse --------------------------------------------------------------------------------

export interface SummaryRow extends Row {
  section: string;
  indicator: string;
  value: number | null;
  scope: string;
}

export const SUMMARY_COLUMNS: SheetColumn<keyof SummaryRow & string>[] = [
  { key: 'section', header: 'Rubrique', type: 'text', width: 30 },
  { key: 'indicator', header: 'Indicateur', type: 'text', width: 60 },
  { key: 'value', header: 'Valeur', type: 'number', width: 12 },
  { key: 'scope', header: 'Portée', type: 'text', width: 40 },
];

// ---- Notifications made during the period --------------------------------------------------

export interface NotificationSheetRow extends Row {
  reference: string;
  title: string;
  sequence: number;
  kind: string;
  at: string;
  cnil: string;
  late: boolean | null;
  delayReasons: string;
  sha256: string;
  verified: boolean;
  dossier: string;
  recordedBy: string;
}

export const NOTIFICATION_COLUMNS: SheetColumn<keyof NotificationSheetRow & string>[] = [
  { key: 'reference', header: 'Violation', type: 'text', width: 15 },
  { key: 'title', header: 'Intitulé', type: 'text', width: 40 },
  { key: 'sequence', header: 'N° d’ordre', type: 'number', width: 10 },
  { key: 'kind', header: 'Type', type: 'text', width: 28 },
  { key: 'at', header: 'Notifiée le', type: 'datetime' },
  { key: 'cnil', header: 'N° CNIL', type: 'text', width: 18 },
  { key: 'late', header: 'Après 72 h', type: 'boolean' },
  { key: 'delayReasons', header: 'Motifs du retard (art. 33(1))', type: 'text', width: 50 },
  { key: 'sha256', header: 'SHA-256 de la copie figée', type: 'text', width: 66 },
  { key: 'verified', header: 'Copie figée intègre', type: 'boolean', width: 12 },
  { key: 'dossier', header: 'Dossier dans le paquet', type: 'text', width: 50 },
  { key: 'recordedBy', header: 'Enregistrée par', type: 'text', width: 14 },
];

// ---- Demandes (the module's register line) --------------------------------------------------

export const REQUEST_COLUMNS: SheetColumn[] = [
  { header: 'Référence', key: 'reference', type: 'text', width: 16 },
  // The Paris day of receipt is what the deadline counts from (Reg. 1182/71 art. 3(1)).
  { header: 'Reçue le', key: 'receivedDate', type: 'date', width: 12 },
  { header: 'Canal', key: 'channel', type: 'text', width: 18 },
  { header: 'Type', key: 'type', type: 'text', width: 34 },
  { header: 'Article', key: 'article', type: 'text', width: 18 },
  { header: 'Profil de délai', key: 'profile', type: 'text', width: 30 },
  { header: 'Échéance (un mois)', key: 'dueDate', type: 'date', width: 14 },
  { header: 'Prolongée', key: 'extended', type: 'boolean' },
  { header: 'Échéance prolongée', key: 'extendedDueDate', type: 'date', width: 14 },
  { header: 'Échéance en vigueur', key: 'effectiveDueDate', type: 'date', width: 14 },
  { header: 'Répondue le', key: 'answeredDate', type: 'date', width: 14 },
  { header: 'Respect du délai', key: 'timeliness', type: 'text', width: 26 },
  { header: 'Jours de retard', key: 'lateDays', type: 'number' },
  { header: 'Issue', key: 'outcome', type: 'text', width: 34 },
  { header: 'État', key: 'state', type: 'text', width: 26 },
];

export function requestRow(l: RegisterLine): Row {
  return { ...l, timeliness: l.timelinessLabel };
}

// ---- Sous-traitants and the Art. 28 clause matrix --------------------------------------------

export const PROCESSOR_COLUMNS: SheetColumn[] = [
  { key: 'reference', header: 'Réf.', type: 'text', width: 15 },
  { key: 'name', header: 'Sous-traitant', type: 'text', width: 30 },
  { key: 'identifier', header: 'SIREN ou identifiant', type: 'text', width: 18 },
  { key: 'address', header: 'Adresse', type: 'text', width: 40 },
  { key: 'service', header: 'Prestation', type: 'text', width: 40 },
  { key: 'health', header: 'Héberge des données de santé', type: 'boolean', width: 14 },
  { key: 'certifications', header: 'Certifications', type: 'list', width: 45 },
  { key: 'contracts', header: 'Contrats', type: 'number', width: 10 },
  { key: 'completeness', header: 'Complétude art. 28 (%)', type: 'number', width: 12 },
  { key: 'alerts', header: 'Alertes', type: 'number', width: 9 },
  { key: 'alertMessages', header: 'Alertes (gravité et motif)', type: 'list', width: 80 },
  { key: 'transfers', header: 'Transferts hors EEE', type: 'list', width: 40 },
  { key: 'processings', header: 'Traitements concernés', type: 'list', width: 40 },
  { key: 'createdAt', header: 'Enregistré le', type: 'datetime' },
  { key: 'newInPeriod', header: 'Nouveau dans la période', type: 'boolean', width: 12 },
];

export function processorRow(p: ProcessorDetail, newInPeriod: boolean): Row {
  const completeness = p.contracts.map((c) => c.completeness);
  return {
    reference: p.reference,
    name: p.name,
    identifier: p.siren || p.foreignIdentifier,
    address: addressFr(p),
    service: p.service,
    health: p.hostsHealthData,
    certifications: certificationsFr(p),
    contracts: p.contracts.length,
    completeness: completeness.length === 0 ? null : Math.min(...completeness),
    alerts: p.alerts.length,
    alertMessages: p.alerts.map((a) => `${SEVERITY_FR[a.severity] ?? a.severity} — ${a.messageFr} (${a.article})`),
    transfers: p.transfers.map((t) => `${t.recipientName} (${t.countryNameFr}) : ${t.mechanismFr}`),
    processings: p.processings.map((x) => `${x.reference} ${x.name}`),
    createdAt: p.createdAt,
    newInPeriod,
  };
}

/** One column per Art. 28 checklist key (REGULATORY.md §4), headed by its article and label. */
export const MATRIX_COLUMNS: SheetColumn[] = [
  { key: 'processorRef', header: 'Réf. sous-traitant', type: 'text', width: 15 },
  { key: 'processor', header: 'Sous-traitant', type: 'text', width: 28 },
  { key: 'contract', header: 'Contrat', type: 'text', width: 30 },
  { key: 'signedOn', header: 'Signé le', type: 'date' },
  { key: 'completeness', header: 'Complétude art. 28 (%)', type: 'number', width: 12 },
  ...ART28_CHECKLIST.map((item) => ({ key: item.key, header: `${item.article} — ${item.labelFr}`, type: 'text' as const, width: 16 })),
];

export function* matrixRows(p: ProcessorDetail): Generator<Row> {
  for (const c of p.contracts) {
    const row: Row = { processorRef: p.reference, processor: p.name, contract: c.title, signedOn: c.signedOn, completeness: c.completeness };
    for (const clause of c.clauses) row[clause.key] = CLAUSE_STATUS_FR[clause.status] ?? clause.status;
    yield row;
  }
}

// ---- Traitements (register of processing activities, Art. 30) --------------------------------

export const PROCESSING_COLUMNS: SheetColumn[] = [
  { key: 'reference', header: 'N° / RÉF', type: 'text', width: 16 },
  { key: 'name', header: 'Nom du traitement', type: 'text', width: 40 },
  { key: 'role', header: 'Rôle de l’organisme', type: 'text', width: 22 },
  { key: 'status', header: 'Statut de la fiche', type: 'text', width: 12 },
  { key: 'purpose', header: 'Finalité principale', type: 'text', width: 45 },
  { key: 'sensitive', header: 'Données sensibles', type: 'boolean', width: 11 },
  { key: 'completeness', header: 'Complétude art. 30 (%)', type: 'number', width: 12 },
  { key: 'missing', header: 'Éléments manquants (art. 30)', type: 'list', width: 60 },
  { key: 'screening', header: 'Résultat du test AIPD', type: 'text', width: 24 },
  { key: 'dpiaStatus', header: 'AIPD', type: 'text', width: 14 },
  { key: 'dpiaDoneOn', header: 'AIPD réalisée le', type: 'date' },
  { key: 'dpiaMissing', header: 'AIPD requise non réalisée', type: 'boolean', width: 12 },
  { key: 'processors', header: 'Sous-traitants', type: 'list', width: 40 },
  { key: 'transfers', header: 'Transferts hors UE', type: 'list', width: 40 },
  { key: 'createdOn', header: 'Date de création de la fiche', type: 'date', width: 14 },
  { key: 'updatedAt', header: 'Dernière mise à jour', type: 'datetime' },
  { key: 'newInPeriod', header: 'Créée dans la période', type: 'boolean', width: 12 },
];

export function processingRow(p: ProcessingDetail, newInPeriod: boolean): Row {
  const s = p.dpia.screening;
  return {
    reference: p.reference,
    name: p.name,
    role: vocabularyLabel(PROCESSING_ROLES, p.role),
    status: PROCESSING_STATUS_LABELS[p.status].fr,
    purpose: p.purposes[0]?.label ?? '',
    sensitive: p.sensitive,
    completeness: p.completeness.percent,
    missing: p.completeness.missing.map((m) => `${m.article} : ${m.messageFr}`),
    screening: s ? DPIA_OUTCOME_LABELS[s.outcome].fr : 'Test non réalisé',
    dpiaStatus: DPIA_STATUS_LABELS[p.dpia.followUp.status].fr,
    dpiaDoneOn: p.dpia.followUp.doneOn,
    dpiaMissing: s?.outcome === 'required' && p.dpia.followUp.status !== 'done',
    processors: p.processors.map((x) => `${x.reference} ${x.name}`),
    transfers: p.transfers.map((t) => `${t.recipientName} (${t.countryNameFr})`),
    createdOn: p.createdOn,
    updatedAt: p.updatedAt,
    newInPeriod,
  };
}

// ---- Plan d'actions ---------------------------------------------------------------------------

export const ACTION_COLUMNS: SheetColumn[] = [
  { header: 'Référence', key: 'reference', type: 'text', width: 15 },
  { header: 'Action', key: 'title', type: 'text', width: 45 },
  { header: 'Origine', key: 'origin', type: 'text', width: 28 },
  { header: 'Responsable', key: 'owner', type: 'text', width: 24 },
  { header: 'Priorité', key: 'priority', type: 'text', width: 11 },
  { header: 'Statut', key: 'status', type: 'text', width: 12 },
  { header: 'Échéance', key: 'dueDate', type: 'date' },
  { header: 'En retard', key: 'overdue', type: 'boolean' },
  { header: 'Jours de retard', key: 'daysOverdue', type: 'number' },
  { header: 'Terminée le', key: 'completedOn', type: 'date' },
  { header: 'Preuves jointes', key: 'evidence', type: 'number' },
  { header: 'Créée le', key: 'createdAt', type: 'datetime' },
];

export function actionRow(a: Action): Row {
  const origin =
    a.source.type === 'finding' ? `Constat ${a.source.reference}` : a.source.type === 'breach' ? `Violation ${a.source.id}` : `Sous-traitant ${a.source.id} (alerte ${a.source.alert})`;
  return {
    reference: a.reference,
    title: a.title,
    origin,
    owner: a.owner,
    priority: a.priorityLabel.fr,
    status: a.statusLabel.fr,
    dueDate: a.dueDate,
    overdue: a.overdue,
    daysOverdue: a.daysOverdue,
    completedOn: a.completedOn,
    evidence: a.evidenceCount,
    createdAt: a.createdAt,
  };
}

// ---- Audits of the plan -----------------------------------------------------------------------

export interface AuditItemRow extends Row {
  plan: string;
  title: string;
  target: string;
  year: number;
  quarter: number | null;
  auditor: string;
  status: string;
  completedOn: string | null;
  findings: number;
  conclusion: string;
}

export const AUDIT_ITEM_COLUMNS: SheetColumn<keyof AuditItemRow & string>[] = [
  { key: 'plan', header: 'Plan', type: 'text', width: 28 },
  { key: 'title', header: 'Audit', type: 'text', width: 40 },
  { key: 'target', header: 'Cible', type: 'text', width: 36 },
  { key: 'year', header: 'Année', type: 'number', width: 8 },
  { key: 'quarter', header: 'Trimestre', type: 'number', width: 9 },
  { key: 'auditor', header: 'Auditeur', type: 'text', width: 20 },
  { key: 'status', header: 'Statut', type: 'text', width: 12 },
  { key: 'completedOn', header: 'Terminé le', type: 'date' },
  { key: 'findings', header: 'Constats', type: 'number', width: 9 },
  { key: 'conclusion', header: 'Conclusion', type: 'text', width: 60 },
];

// ---- Journal d'audit ----------------------------------------------------------------------------

export interface AuditLogRow extends Row {
  seq: number;
  at: string;
  actor: string;
  action: string;
  entityType: string;
  entityId: string;
  beforeDigest: string | null;
  afterDigest: string | null;
  hash: string;
}

export const AUDIT_LOG_COLUMNS: SheetColumn<keyof AuditLogRow & string>[] = [
  { key: 'seq', header: 'N°', type: 'number', width: 9 },
  { key: 'at', header: 'Date et heure', type: 'datetime' },
  { key: 'actor', header: 'Utilisateur', type: 'text', width: 14 },
  { key: 'action', header: 'Opération', type: 'text', width: 30 },
  { key: 'entityType', header: 'Objet', type: 'text', width: 16 },
  { key: 'entityId', header: 'Identifiant', type: 'text', width: 28 },
  { key: 'beforeDigest', header: 'Empreinte avant', type: 'text', width: 20 },
  { key: 'afterDigest', header: 'Empreinte après', type: 'text', width: 20 },
  { key: 'hash', header: 'Empreinte chaînée (SHA-256)', type: 'text', width: 66 },
];
