/**
 * The Contrôle module (issue 7): multi-year audit plan, permanent controls, findings, actions with
 * their evidence, and reminders. GDPR Art. 39(1)(b): the DPO monitors compliance « including … the
 * related audits »; Art. 5(2) and 24(1): the controller demonstrates compliance and reviews its measures.
 * Statuses, severities and frequencies come from core/audit-plan.ts (single source of truth).
 */
import { z } from 'zod';
import {
  ACTION_STATUS_LABELS,
  ACTION_STATUSES,
  AUDIT_ITEM_STATUS_LABELS,
  AUDIT_ITEM_STATUSES,
  AuditTarget,
  CONTROL_FREQUENCIES,
  CONTROL_FREQUENCY_LABELS,
  FINDING_SEVERITIES,
  FINDING_SEVERITY_LABELS,
} from '../../core/audit-plan';
import { CalendarDate, Id, NonEmpty, OptionalText } from './common';

export {
  ACTION_STATUS_LABELS,
  ACTION_STATUSES,
  AUDIT_ITEM_STATUS_LABELS,
  AUDIT_ITEM_STATUSES,
  CONTROL_FREQUENCIES,
  CONTROL_FREQUENCY_LABELS,
  FINDING_SEVERITIES,
  FINDING_SEVERITY_LABELS,
};

const Label = z.object({ fr: z.string(), en: z.string() });
const Year = z.number({ message: 'Année attendue (ex. 2026).' }).int('Année attendue (ex. 2026).').min(2000, 'Année antérieure à 2000 : vérifiez la saisie.').max(2100, 'Année postérieure à 2100 : vérifiez la saisie.');
const Quarter = z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4)], { message: 'Trimestre attendu : 1, 2, 3 ou 4 (ou rien).' });
const Paging = {
  offset: z.number().int().min(0).default(0),
  limit: z.number().int().min(1).max(500).default(100),
};

// ---- Audit plan ------------------------------------------------------------------------------

/** A plan covers 3 to 5 consecutive years (the audit cycle). */
export const PlanYears = z
  .number({ message: 'Durée du plan attendue : 3, 4 ou 5 ans.' })
  .int('Durée du plan attendue : 3, 4 ou 5 ans.')
  .min(3, 'Un plan d’audit couvre au moins 3 ans.')
  .max(5, 'Un plan d’audit couvre au plus 5 ans.');

export const PlanCreateInput = z.object({
  title: NonEmpty(200),
  startYear: Year,
  years: PlanYears,
  notes: OptionalText(5000),
});

export const PlanUpdateInput = z.object({
  id: Id,
  title: NonEmpty(200).optional(),
  startYear: Year.optional(),
  years: PlanYears.optional(),
  notes: OptionalText(5000).optional(),
});

export const IdInput = z.object({ id: Id });

export const AuditItemInput = z.object({
  planId: Id,
  title: NonEmpty(200),
  /** A processing, a processor (by id) or an organisation-level control (by label). */
  target: AuditTarget,
  year: Year,
  quarter: Quarter.nullable().default(null),
  auditor: NonEmpty(200),
  status: z.enum(AUDIT_ITEM_STATUSES).default('planned'),
  /** Day the audit was completed; defaults to today when the status becomes « done ». */
  completedOn: CalendarDate.nullable().default(null),
  conclusion: OptionalText(10000),
});

export const AuditItemUpdateInput = z.object({
  id: Id,
  title: NonEmpty(200).optional(),
  target: AuditTarget.optional(),
  year: Year.optional(),
  quarter: Quarter.nullable().optional(),
  auditor: NonEmpty(200).optional(),
  status: z.enum(AUDIT_ITEM_STATUSES).optional(),
  completedOn: CalendarDate.nullable().optional(),
  conclusion: OptionalText(10000).optional(),
});

export const AuditItem = z.object({
  id: z.string(),
  planId: z.string(),
  title: z.string(),
  target: AuditTarget,
  /** « TRT-2026-0003 — Gestion des remboursements », or the control's label; the id when the target is gone. */
  targetLabel: z.string(),
  year: z.number().int(),
  quarter: z.number().int().nullable(),
  auditor: z.string(),
  status: z.enum(AUDIT_ITEM_STATUSES),
  statusLabel: Label,
  completedOn: z.string().nullable(),
  conclusion: z.string(),
  findingCount: z.number().int(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type AuditItem = z.infer<typeof AuditItem>;

export const AuditPlanSummary = z.object({
  id: z.string(),
  title: z.string(),
  startYear: z.number().int(),
  years: z.number().int(),
  endYear: z.number().int(),
  notes: z.string(),
  itemCount: z.number().int(),
  doneCount: z.number().int(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type AuditPlanSummary = z.infer<typeof AuditPlanSummary>;

export const AuditPlanDetail = AuditPlanSummary.extend({ items: z.array(AuditItem) });
export type AuditPlanDetail = z.infer<typeof AuditPlanDetail>;

export const CoverageInput = z.object({
  planId: Id,
  /** Defaults to the plan's first and last years. */
  fromYear: Year.optional(),
  toYear: Year.optional(),
});

const TargetCoverageOut = z.object({
  /** False while the module holding these targets (register, processors) is not in the vault yet. */
  available: z.boolean(),
  total: z.number().int(),
  audited: z.array(z.string()),
  covered: z.array(z.string()),
  auditedShare: z.number().nullable(),
  coveredShare: z.number().nullable(),
  neverCovered: z.array(z.string()),
  /** id → « reference — name », for every target counted. */
  labels: z.record(z.string(), z.string()),
});

export const CoverageOutput = z.object({
  planId: z.string(),
  cycle: z.object({ fromYear: z.number().int(), toYear: z.number().int() }),
  processings: TargetCoverageOut,
  processors: TargetCoverageOut,
  organisation: z.object({ planned: z.number().int(), done: z.number().int() }),
  byYear: z.array(
    z.object({
      year: z.number().int(),
      planned: z.number().int(),
      inProgress: z.number().int(),
      done: z.number().int(),
      cancelled: z.number().int(),
    }),
  ),
});
export type CoverageOutput = z.infer<typeof CoverageOutput>;

// ---- Permanent controls ----------------------------------------------------------------------

export const CONTROL_STATES = ['never_done', 'upcoming', 'due_today', 'overdue'] as const;
export const CONTROL_STATE_LABELS: Readonly<Record<(typeof CONTROL_STATES)[number], { fr: string; en: string }>> = {
  never_done: { fr: 'Jamais réalisé', en: 'Never done' },
  upcoming: { fr: 'À venir', en: 'Upcoming' },
  due_today: { fr: 'À faire aujourd’hui', en: 'Due today' },
  overdue: { fr: 'En retard', en: 'Overdue' },
};
export const CHECK_RESULTS = ['ok', 'ko'] as const;
export const CHECK_RESULT_LABELS: Readonly<Record<(typeof CHECK_RESULTS)[number], { fr: string; en: string }>> = {
  ok: { fr: 'Conforme', en: 'Compliant' },
  ko: { fr: 'Non conforme', en: 'Non-compliant' },
};

const Checklist = z.array(NonEmpty(300)).max(50, 'Au plus 50 points de contrôle : regroupez-en certains.');

export const CheckCreateInput = z.object({
  title: NonEmpty(200),
  description: OptionalText(5000),
  frequency: z.enum(CONTROL_FREQUENCIES),
  owner: NonEmpty(200),
  checklist: Checklist.default([]),
  /** When the control was last performed before it was recorded here (YYYY-MM-DD), if known. */
  lastDone: CalendarDate.nullable().default(null),
});

export const CheckUpdateInput = z.object({
  id: Id,
  title: NonEmpty(200).optional(),
  description: OptionalText(5000).optional(),
  frequency: z.enum(CONTROL_FREQUENCIES).optional(),
  owner: NonEmpty(200).optional(),
  checklist: Checklist.optional(),
  /** An inactive control is kept with its history but no longer falls due. */
  active: z.boolean().optional(),
});

export const CheckListInput = z.object({
  states: z.array(z.enum(CONTROL_STATES)).default([]),
  includeInactive: z.boolean().default(false),
});

export const FindingDraft = z.object({
  title: NonEmpty(200),
  description: OptionalText(10000),
  severity: z.enum(FINDING_SEVERITIES),
});

export const CheckRecordInput = z
  .object({
    checkId: Id,
    performedOn: CalendarDate,
    result: z.enum(CHECK_RESULTS),
    comment: OptionalText(5000),
    /** Who performed the control; the connected user's name when empty. */
    performedBy: OptionalText(200),
    /** Only with a « ko » result: the finding the anomaly opens. */
    finding: FindingDraft.optional(),
  })
  .superRefine((v, ctx) => {
    if (v.result === 'ok' && v.finding) {
      ctx.addIssue({ code: 'custom', path: ['finding'], message: 'Un contrôle conforme n’ouvre pas de constat : choisissez « non conforme » ou retirez le constat.' });
    }
    if (v.result === 'ko' && v.comment === '') {
      ctx.addIssue({ code: 'custom', path: ['comment'], message: 'Décrivez l’anomalie constatée : un contrôle non conforme doit être commenté.' });
    }
  });

export const CheckExecution = z.object({
  id: z.string(),
  checkId: z.string(),
  performedOn: z.string(),
  result: z.enum(CHECK_RESULTS),
  resultLabel: Label,
  comment: z.string(),
  performedBy: z.string(),
  recordedBy: z.string(),
  findingId: z.string().nullable(),
  findingReference: z.string().nullable(),
  createdAt: z.string(),
});
export type CheckExecution = z.infer<typeof CheckExecution>;

export const Check = z.object({
  id: z.string(),
  title: z.string(),
  description: z.string(),
  frequency: z.enum(CONTROL_FREQUENCIES),
  frequencyLabel: Label,
  owner: z.string(),
  checklist: z.array(z.string()),
  lastDone: z.string().nullable(),
  lastResult: z.enum(CHECK_RESULTS).nullable(),
  nextDue: z.string().nullable(),
  state: z.enum(CONTROL_STATES),
  stateLabel: Label,
  daysOverdue: z.number().int(),
  active: z.boolean(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type Check = z.infer<typeof Check>;

export const CheckListOutput = z.object({ today: z.string(), rows: z.array(Check) });
export type CheckListOutput = z.infer<typeof CheckListOutput>;
export const CheckDetail = Check.extend({ executions: z.array(CheckExecution) });
export type CheckDetail = z.infer<typeof CheckDetail>;

// ---- Findings --------------------------------------------------------------------------------

/** Where a finding was made: during an audit of the plan, or when a permanent control failed. */
export const FindingSourceInput = z.discriminatedUnion('type', [
  z.object({ type: z.literal('audit'), itemId: Id }),
  z.object({ type: z.literal('check'), executionId: Id }),
]);

export const FindingCreateInput = FindingDraft.extend({
  observedOn: CalendarDate,
  source: FindingSourceInput,
});

export const FindingUpdateInput = z.object({
  id: Id,
  title: NonEmpty(200).optional(),
  description: OptionalText(10000).optional(),
  severity: z.enum(FINDING_SEVERITIES).optional(),
});

/** Derived from the finding's actions: none yet, some still open, all closed with at least one done. */
export const FINDING_STATES = ['no_action', 'in_treatment', 'treated'] as const;
export type FindingState = (typeof FINDING_STATES)[number];
export const FINDING_STATE_LABELS: Readonly<Record<FindingState, { fr: string; en: string }>> = {
  no_action: { fr: 'Sans action', en: 'No action' },
  in_treatment: { fr: 'En traitement', en: 'Being treated' },
  treated: { fr: 'Traité', en: 'Treated' },
};

export const FindingListInput = z.object({
  severities: z.array(z.enum(FINDING_SEVERITIES)).default([]),
  states: z.array(z.enum(FINDING_STATES)).default([]),
  sourceType: z.enum(['audit', 'check']).optional(),
  itemId: Id.optional(),
  checkId: Id.optional(),
  ...Paging,
});

const FindingSourceOut = z.discriminatedUnion('type', [
  z.object({ type: z.literal('audit'), itemId: z.string(), planId: z.string(), label: z.string() }),
  z.object({ type: z.literal('check'), executionId: z.string(), checkId: z.string(), label: z.string() }),
]);

const ActionCounts = z.object({
  total: z.number().int(),
  open: z.number().int(),
  inProgress: z.number().int(),
  done: z.number().int(),
  cancelled: z.number().int(),
  overdue: z.number().int(),
});

export const Finding = z.object({
  id: z.string(),
  reference: z.string(),
  title: z.string(),
  description: z.string(),
  severity: z.enum(FINDING_SEVERITIES),
  severityLabel: Label,
  observedOn: z.string(),
  source: FindingSourceOut,
  state: z.enum(FINDING_STATES),
  stateLabel: Label,
  actionCounts: ActionCounts,
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type Finding = z.infer<typeof Finding>;

export const FindingListOutput = z.object({ today: z.string(), rows: z.array(Finding), total: z.number().int(), offset: z.number().int(), limit: z.number().int() });
export type FindingListOutput = z.infer<typeof FindingListOutput>;

// ---- Actions ---------------------------------------------------------------------------------

export const ACTION_PRIORITIES = ['low', 'normal', 'high', 'urgent'] as const;
export type ActionPriority = (typeof ACTION_PRIORITIES)[number];
export const ACTION_PRIORITY_LABELS: Readonly<Record<ActionPriority, { fr: string; en: string }>> = {
  low: { fr: 'Basse', en: 'Low' },
  normal: { fr: 'Normale', en: 'Normal' },
  high: { fr: 'Haute', en: 'High' },
  urgent: { fr: 'Urgente', en: 'Urgent' },
};

export const ACTION_SOURCE_TYPES = ['finding', 'breach', 'processor'] as const;
export type ActionSourceType = (typeof ACTION_SOURCE_TYPES)[number];
export const ACTION_SOURCE_LABELS: Readonly<Record<ActionSourceType, { fr: string; en: string }>> = {
  finding: { fr: 'Constat d’audit ou de contrôle', en: 'Audit or control finding' },
  breach: { fr: 'Violation de données (mesure prévue)', en: 'Data breach (planned measure)' },
  processor: { fr: 'Alerte sous-traitant', en: 'Processor alert' },
};

/**
 * Why an action exists: a finding, a breach (the measures planned, Art. 33(3)(d)) or a processor
 * alert (Art. 28). `alert` is the stable key of the processor alert (core/processor-alerts.ts).
 */
export const ActionSourceInput = z.discriminatedUnion('type', [
  z.object({ type: z.literal('finding'), id: Id }),
  z.object({ type: z.literal('breach'), id: Id }),
  z.object({ type: z.literal('processor'), id: Id, alert: NonEmpty(300) }),
]);
export type ActionSourceInput = z.infer<typeof ActionSourceInput>;

export const ActionCreateInput = z.object({
  source: ActionSourceInput,
  title: NonEmpty(300),
  description: OptionalText(10000),
  owner: NonEmpty(200),
  dueDate: CalendarDate.nullable().default(null),
  /** Defaults to the finding's severity (critical → urgent…), « normale » otherwise. */
  priority: z.enum(ACTION_PRIORITIES).optional(),
});

export const ActionUpdateInput = z.object({
  id: Id,
  title: NonEmpty(300).optional(),
  description: OptionalText(10000).optional(),
  owner: NonEmpty(200).optional(),
  dueDate: CalendarDate.nullable().optional(),
  priority: z.enum(ACTION_PRIORITIES).optional(),
  /** Required when the due date moves later or is removed: why the action is postponed. */
  reason: OptionalText(2000),
});

export const ActionSetStatusInput = z.object({
  id: Id,
  status: z.enum(ACTION_STATUSES),
  /** Required to cancel or to reopen. */
  note: OptionalText(2000),
});

export const ACTION_SORTS = ['dueDate', 'priority', 'reference', 'status', 'updatedAt'] as const;

export const ActionFilter = z.object({
  statuses: z.array(z.enum(ACTION_STATUSES)).default([]),
  priorities: z.array(z.enum(ACTION_PRIORITIES)).default([]),
  sourceType: z.enum(ACTION_SOURCE_TYPES).optional(),
  findingId: Id.optional(),
  breachId: Id.optional(),
  processorId: Id.optional(),
  /** Only actions past their due date (still open or in progress). */
  overdue: z.boolean().optional(),
  search: z.string().trim().max(200).optional(),
});

export const ActionListInput = ActionFilter.extend({
  sort: z.enum(ACTION_SORTS).default('dueDate'),
  direction: z.enum(['asc', 'desc']).default('asc'),
  ...Paging,
});

export const ActionExportInput = ActionFilter;

const ActionSourceOut = z.discriminatedUnion('type', [
  z.object({ type: z.literal('finding'), id: z.string(), reference: z.string(), severity: z.enum(FINDING_SEVERITIES), title: z.string() }),
  z.object({ type: z.literal('breach'), id: z.string() }),
  z.object({ type: z.literal('processor'), id: z.string(), alert: z.string() }),
]);

export const Action = z.object({
  id: z.string(),
  reference: z.string(),
  title: z.string(),
  description: z.string(),
  owner: z.string(),
  dueDate: z.string().nullable(),
  priority: z.enum(ACTION_PRIORITIES),
  priorityLabel: Label,
  status: z.enum(ACTION_STATUSES),
  statusLabel: Label,
  overdue: z.boolean(),
  daysOverdue: z.number().int(),
  source: ActionSourceOut,
  sourceLabel: Label,
  completedOn: z.string().nullable(),
  evidenceCount: z.number().int(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type Action = z.infer<typeof Action>;

export const ActionListOutput = z.object({ today: z.string(), rows: z.array(Action), total: z.number().int(), offset: z.number().int(), limit: z.number().int() });
export type ActionListOutput = z.infer<typeof ActionListOutput>;

export const EVIDENCE_KINDS = ['pdf', 'png', 'jpeg', 'docx', 'xlsx', 'txt'] as const;
export type EvidenceKind = (typeof EVIDENCE_KINDS)[number];
/** 20 Mo per document (issue 7). */
export const EVIDENCE_MAX_BYTES = 20 * 1024 * 1024;
const EVIDENCE_MAX_BASE64 = Math.ceil(EVIDENCE_MAX_BYTES / 3) * 4;

export const Evidence = z.object({
  id: z.string(),
  actionId: z.string(),
  filename: z.string(),
  mime: z.string(),
  kind: z.enum(EVIDENCE_KINDS),
  sizeBytes: z.number().int(),
  sha256: z.string(),
  uploadedAt: z.string(),
  uploadedBy: z.string(),
});
export type Evidence = z.infer<typeof Evidence>;

export const EvidenceAddInput = z.object({
  actionId: Id,
  filename: NonEmpty(200).refine(
    (name) => !/[\\/]/.test(name) && [...name].every((ch) => ch.charCodeAt(0) >= 0x20),
    'Nom de fichier invalide : retirez les barres obliques et les caractères de contrôle.',
  ),
  base64: z
    .string()
    .min(1, 'Le fichier est vide : choisissez un document.')
    .max(EVIDENCE_MAX_BASE64, 'Le fichier dépasse 20 Mo : réduisez-le (PDF compressé, image redimensionnée) ou découpez-le avant de le joindre.')
    .regex(/^[A-Za-z0-9+/]+={0,2}$/, 'Contenu invalide : le fichier doit être transmis encodé en base64.'),
});

export const ActionHistoryEntry = z.object({
  at: z.string(),
  actor: z.string(),
  kind: z.enum(['created', 'updated', 'status', 'due_date', 'evidence_added', 'evidence_removed']),
  label: z.string(),
  detail: z.string(),
});
export type ActionHistoryEntry = z.infer<typeof ActionHistoryEntry>;

export const ActionDetail = Action.extend({
  evidence: z.array(Evidence),
  history: z.array(ActionHistoryEntry),
  /** Statuses the action may move to now (a UI shows these buttons only). */
  allowedStatuses: z.array(z.enum(ACTION_STATUSES)),
});
export type ActionDetail = z.infer<typeof ActionDetail>;

export const FindingDetail = Finding.extend({ actions: z.array(Action) });
export type FindingDetail = z.infer<typeof FindingDetail>;

export const CheckRecordOutput = z.object({ check: CheckDetail, execution: CheckExecution, finding: Finding.nullable() });
export type CheckRecordOutput = z.infer<typeof CheckRecordOutput>;

// ---- Reminders -------------------------------------------------------------------------------

export const REMINDER_KINDS = ['breach', 'request', 'contract', 'certification', 'action'] as const;

export const Reminder = z.object({
  key: z.string(),
  level: z.enum(['info', 'warning', 'critical']),
  titleFr: z.string(),
  bodyFr: z.string(),
  entity: z.object({ kind: z.enum(REMINDER_KINDS), id: z.string(), processorId: z.string().optional() }),
  dueAt: z.string(),
});
export type Reminder = z.infer<typeof Reminder>;

export const ReminderListOutput = z.object({
  now: z.string(),
  reminders: z.array(Reminder),
  /** Which modules were read: false while a module is not in the vault (or not readable by this role). */
  sources: z.object({
    breaches: z.boolean(),
    requests: z.boolean(),
    contracts: z.boolean(),
    certifications: z.boolean(),
    actions: z.boolean(),
  }),
});
export type ReminderListOutput = z.infer<typeof ReminderListOutput>;

export const ReminderDismissInput = z.object({
  key: z
    .string()
    .trim()
    .max(400)
    .regex(/^(breach|request|contract|certification|action):[0-9A-Za-z_:.-]+$/, 'Clé de rappel inconnue : reprenez la clé donnée par la liste des rappels.'),
});
export const ReminderDismissOutput = z.object({ key: z.string(), dismissedAt: z.string() });
