/**
 * The action plan as a spreadsheet (issue 7): what was found, what is being done about it, by whom and
 * by when, and which permanent controls are late. GDPR Art. 5(2) and 24(1): the controller shows its
 * measures and their follow-up; the first tab ties the file to the vault's audit-log head.
 */
import type { Writable } from 'node:stream';
import { FINDING_SEVERITY_LABELS, type Action, type Check, type Finding } from '../../shared/schemas/control';
import type { Organisation } from '../../shared/schemas/organisation';
import type { AuditHead } from '../pdf/page-frame';
import { addInfoSheet } from '../xlsx/info-sheet';
import { addTableSheet, renderWorkbook, writeWorkbook, type SheetColumn, type WorkbookWriter } from '../xlsx/workbook';

export interface ActionPlanInput {
  organisation: Organisation;
  auditHead: AuditHead;
  generatedAt: string;
  /** Europe/Paris day the « overdue » columns were computed for. */
  today: string;
  actions: readonly Action[];
  findings: readonly Finding[];
  checks: readonly Check[];
  /** True when the actions were filtered (said on the first tab). */
  filtered?: boolean;
}

export const ACTION_SHEET = 'Plan d’actions';
export const FINDING_SHEET = 'Constats';
export const CHECK_SHEET = 'Contrôles permanents';

function origin(a: Action): string {
  switch (a.source.type) {
    case 'finding':
      return `Constat ${a.source.reference}`;
    case 'breach':
      return `Violation ${a.source.id}`;
    case 'processor':
      return `Sous-traitant ${a.source.id} (alerte ${a.source.alert})`;
  }
}

type ActionCells = {
  reference: string;
  title: string;
  origin: string;
  severity: string | null;
  owner: string;
  priority: string;
  status: string;
  dueDate: string | null;
  overdue: boolean;
  daysOverdue: number;
  completedOn: string | null;
  evidence: number;
  description: string;
  createdAt: string;
  updatedAt: string;
};

const ACTION_COLUMNS: readonly SheetColumn<keyof ActionCells>[] = [
  { header: 'Référence', key: 'reference', type: 'text', width: 15 },
  { header: 'Action', key: 'title', type: 'text', width: 45 },
  { header: 'Origine', key: 'origin', type: 'text', width: 28 },
  { header: 'Gravité du constat', key: 'severity', type: 'text', width: 16 },
  { header: 'Responsable', key: 'owner', type: 'text', width: 24 },
  { header: 'Priorité', key: 'priority', type: 'text', width: 11 },
  { header: 'Statut', key: 'status', type: 'text', width: 12 },
  { header: 'Échéance', key: 'dueDate', type: 'date' },
  { header: 'En retard', key: 'overdue', type: 'boolean' },
  { header: 'Jours de retard', key: 'daysOverdue', type: 'number' },
  { header: 'Terminée le', key: 'completedOn', type: 'date' },
  { header: 'Preuves jointes', key: 'evidence', type: 'number' },
  { header: 'Description', key: 'description', type: 'text', width: 60 },
  { header: 'Créée le', key: 'createdAt', type: 'datetime' },
  { header: 'Mise à jour le', key: 'updatedAt', type: 'datetime' },
];

type FindingCells = {
  reference: string;
  title: string;
  severity: string;
  observedOn: string;
  origin: string;
  state: string;
  actions: number;
  open: number;
  overdue: number;
  description: string;
};

const FINDING_COLUMNS: readonly SheetColumn<keyof FindingCells>[] = [
  { header: 'Référence', key: 'reference', type: 'text', width: 15 },
  { header: 'Constat', key: 'title', type: 'text', width: 45 },
  { header: 'Gravité', key: 'severity', type: 'text', width: 11 },
  { header: 'Constaté le', key: 'observedOn', type: 'date' },
  { header: 'Origine', key: 'origin', type: 'text', width: 40 },
  { header: 'État', key: 'state', type: 'text', width: 14 },
  { header: 'Actions', key: 'actions', type: 'number', width: 9 },
  { header: 'Actions ouvertes', key: 'open', type: 'number' },
  { header: 'Actions en retard', key: 'overdue', type: 'number' },
  { header: 'Description', key: 'description', type: 'text', width: 60 },
];

type CheckCells = {
  title: string;
  frequency: string;
  owner: string;
  lastDone: string | null;
  lastResult: string | null;
  nextDue: string | null;
  state: string;
  daysOverdue: number;
  active: boolean;
  checklist: readonly string[];
};

const CHECK_COLUMNS: readonly SheetColumn<keyof CheckCells>[] = [
  { header: 'Contrôle', key: 'title', type: 'text', width: 40 },
  { header: 'Périodicité', key: 'frequency', type: 'text', width: 13 },
  { header: 'Responsable', key: 'owner', type: 'text', width: 24 },
  { header: 'Dernière réalisation', key: 'lastDone', type: 'date', width: 14 },
  { header: 'Dernier résultat', key: 'lastResult', type: 'text', width: 14 },
  { header: 'Prochaine échéance', key: 'nextDue', type: 'date', width: 14 },
  { header: 'État', key: 'state', type: 'text', width: 18 },
  { header: 'Jours de retard', key: 'daysOverdue', type: 'number' },
  { header: 'Actif', key: 'active', type: 'boolean' },
  { header: 'Points de contrôle', key: 'checklist', type: 'list', width: 60 },
];

const RESULT_FR = { ok: 'Conforme', ko: 'Non conforme' } as const;

function build(input: ActionPlanInput): (wb: WorkbookWriter) => Promise<void> {
  return async (wb) => {
    const late = input.actions.filter((a) => a.overdue).length;
    await addInfoSheet(wb, {
      organisation: input.organisation,
      title: 'Plan d’actions (audits, contrôles permanents, violations, sous-traitants)',
      generatedAt: input.generatedAt,
      auditHead: input.auditHead,
      notes: [
        { label: 'Retards calculés au', value: `${input.today.slice(8, 10)}/${input.today.slice(5, 7)}/${input.today.slice(0, 4)} (heure de Paris)` },
        { label: 'Actions', value: `${input.actions.length}${input.filtered ? ' (sélection filtrée)' : ''}, dont ${late} en retard` },
        { label: 'Constats', value: String(input.findings.length) },
        { label: 'Contrôles permanents en retard', value: String(input.checks.filter((c) => c.active && c.state === 'overdue').length) },
      ],
    });
    await addTableSheet<ActionCells>(wb, {
      name: ACTION_SHEET,
      columns: ACTION_COLUMNS,
      rows: input.actions.map((a) => ({
        reference: a.reference,
        title: a.title,
        origin: origin(a),
        severity: a.source.type === 'finding' ? FINDING_SEVERITY_LABELS[a.source.severity].fr : null,
        owner: a.owner,
        priority: a.priorityLabel.fr,
        status: a.statusLabel.fr,
        dueDate: a.dueDate,
        overdue: a.overdue,
        daysOverdue: a.daysOverdue,
        completedOn: a.completedOn,
        evidence: a.evidenceCount,
        description: a.description,
        createdAt: a.createdAt,
        updatedAt: a.updatedAt,
      })),
    });
    await addTableSheet<FindingCells>(wb, {
      name: FINDING_SHEET,
      columns: FINDING_COLUMNS,
      rows: input.findings.map((f) => ({
        reference: f.reference,
        title: f.title,
        severity: f.severityLabel.fr,
        observedOn: f.observedOn,
        origin: `${f.source.type === 'audit' ? 'Audit' : 'Contrôle permanent'} : ${f.source.label}`,
        state: f.stateLabel.fr,
        actions: f.actionCounts.total,
        open: f.actionCounts.open + f.actionCounts.inProgress,
        overdue: f.actionCounts.overdue,
        description: f.description,
      })),
    });
    await addTableSheet<CheckCells>(wb, {
      name: CHECK_SHEET,
      columns: CHECK_COLUMNS,
      rows: input.checks.map((c) => ({
        title: c.title,
        frequency: c.frequencyLabel.fr,
        owner: c.owner,
        lastDone: c.lastDone,
        lastResult: c.lastResult ? RESULT_FR[c.lastResult] : null,
        nextDue: c.nextDue,
        state: c.stateLabel.fr,
        daysOverdue: c.daysOverdue,
        active: c.active,
        checklist: c.checklist,
      })),
    });
  };
}

/** The workbook in memory (API responses: FileOutput). */
export function actionPlanXlsx(input: ActionPlanInput): Promise<Buffer> {
  return renderWorkbook({ generatedAt: input.generatedAt }, build(input));
}

/** The workbook streamed into `out` (a file through writeFileAtomic). */
export function writeActionPlanXlsx(out: Writable, input: ActionPlanInput): Promise<void> {
  return writeWorkbook(out, { generatedAt: input.generatedAt }, build(input));
}
