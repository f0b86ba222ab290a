/**
 * Contrôle, second half: the only SQL on findings, actions and their evidence (BLOBs in the
 * encrypted database). A finding's state is derived from its actions, in SQL, so lists can filter on it.
 */
import type { ActionStatus, FindingSeverity } from '../../core/audit-plan';
import type { ActionPriority, ActionSourceType, EvidenceKind, FindingState } from '../../shared/schemas/control';
import type { Db } from '../sqlite';
import { prepared } from '../sqlite';

/** Lower case, accents and punctuation removed, for the action search. */
export function searchKey(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}-]+/gu, ' ')
    .trim();
}

export function nextFindingNumber(db: Db, year: number): number {
  const r = prepared(db, 'SELECT max(ref_seq) AS n FROM findings WHERE ref_year = ?').get(year) as { n: number | null };
  return (r.n ?? 0) + 1;
}

export function nextActionNumber(db: Db, year: number): number {
  const r = prepared(db, 'SELECT max(ref_seq) AS n FROM actions WHERE ref_year = ?').get(year) as { n: number | null };
  return (r.n ?? 0) + 1;
}

// ---- Findings --------------------------------------------------------------------------------

export interface FindingRecord {
  id: string;
  reference: string;
  refYear: number;
  refSeq: number;
  title: string;
  description: string;
  severity: FindingSeverity;
  observedOn: string;
  source: { type: 'audit'; itemId: string } | { type: 'check'; executionId: string };
  createdAt: string;
  updatedAt: string;
}

export interface FindingView extends FindingRecord {
  /** Plan of the audit item, or control of the execution. */
  sourceParentId: string;
  sourceLabel: string;
  counts: { total: number; open: number; inProgress: number; done: number; cancelled: number; overdue: number };
  state: FindingState;
}

export function insertFinding(db: Db, f: FindingRecord): void {
  prepared(db, `INSERT INTO findings (id, reference, ref_year, ref_seq, title, description, severity, observed_on, source_type,
      audit_item_id, execution_id, created_at, updated_at)
    VALUES (@id, @reference, @refYear, @refSeq, @title, @description, @severity, @observedOn, @sourceType, @itemId, @executionId, @createdAt, @updatedAt)`).run({
    id: f.id,
    reference: f.reference,
    refYear: f.refYear,
    refSeq: f.refSeq,
    title: f.title,
    description: f.description,
    severity: f.severity,
    observedOn: f.observedOn,
    sourceType: f.source.type,
    itemId: f.source.type === 'audit' ? f.source.itemId : null,
    executionId: f.source.type === 'check' ? f.source.executionId : null,
    createdAt: f.createdAt,
    updatedAt: f.updatedAt,
  });
}

export function updateFinding(db: Db, f: Pick<FindingRecord, 'id' | 'title' | 'description' | 'severity' | 'updatedAt'>): void {
  prepared(db, 'UPDATE findings SET title = @title, description = @description, severity = @severity, updated_at = @updatedAt WHERE id = @id').run(f);
}

interface FindingRow {
  id: string;
  reference: string;
  ref_year: number;
  ref_seq: number;
  title: string;
  description: string;
  severity: FindingSeverity;
  observed_on: string;
  source_type: 'audit' | 'check';
  audit_item_id: string | null;
  execution_id: string | null;
  created_at: string;
  updated_at: string;
  parent_id: string;
  source_label: string;
  total: number;
  open: number;
  in_progress: number;
  done: number;
  cancelled: number;
  overdue: number;
  state: FindingState;
}

/** Findings with their source's label and their actions counted; `@today` dates « overdue ». */
const FINDING_VIEW = `
  SELECT f.*,
    coalesce(i.plan_id, e.check_id, '') AS parent_id,
    coalesce(i.title, c.title, '') AS source_label,
    count(a.id) AS total,
    coalesce(sum(a.status = 'open'), 0) AS open,
    coalesce(sum(a.status = 'in_progress'), 0) AS in_progress,
    coalesce(sum(a.status = 'done'), 0) AS done,
    coalesce(sum(a.status = 'cancelled'), 0) AS cancelled,
    coalesce(sum(a.status IN ('open', 'in_progress') AND a.due_date < @today), 0) AS overdue,
    CASE
      WHEN coalesce(sum(a.status IN ('open', 'in_progress')), 0) > 0 THEN 'in_treatment'
      WHEN coalesce(sum(a.status = 'done'), 0) > 0 THEN 'treated'
      ELSE 'no_action'
    END AS state
  FROM findings f
  LEFT JOIN audit_items i ON i.id = f.audit_item_id
  LEFT JOIN control_executions e ON e.id = f.execution_id
  LEFT JOIN control_checks c ON c.id = e.check_id
  LEFT JOIN actions a ON a.finding_id = f.id
  GROUP BY f.id`;

function toFinding(r: FindingRow): FindingView {
  return {
    id: r.id,
    reference: r.reference,
    refYear: r.ref_year,
    refSeq: r.ref_seq,
    title: r.title,
    description: r.description,
    severity: r.severity,
    observedOn: r.observed_on,
    source: r.source_type === 'audit' ? { type: 'audit', itemId: r.audit_item_id ?? '' } : { type: 'check', executionId: r.execution_id ?? '' },
    createdAt: r.created_at,
    updatedAt: r.updated_at,
    sourceParentId: r.parent_id,
    sourceLabel: r.source_label,
    counts: { total: r.total, open: r.open, inProgress: r.in_progress, done: r.done, cancelled: r.cancelled, overdue: r.overdue },
    state: r.state,
  };
}

export function findFinding(db: Db, id: string, today: string): FindingView | null {
  const r = prepared(db, `SELECT * FROM (${FINDING_VIEW}) WHERE id = @id`).get({ id, today }) as FindingRow | undefined;
  return r ? toFinding(r) : null;
}

export interface FindingQuery {
  today: string;
  severities: readonly FindingSeverity[];
  states: readonly FindingState[];
  sourceType?: 'audit' | 'check' | undefined;
  itemId?: string | undefined;
  checkId?: string | undefined;
  offset: number;
  limit: number;
}

const inList = (name: string, values: readonly string[], params: Record<string, unknown>): string => {
  values.forEach((v, i) => {
    params[`${name}${i}`] = v;
  });
  return `(${values.map((_, i) => `@${name}${i}`).join(', ')})`;
};

/** Most severe first, then most recent. */
export function listFindings(db: Db, q: FindingQuery): { rows: FindingView[]; total: number } {
  const params: Record<string, unknown> = { today: q.today };
  const where: string[] = [];
  if (q.severities.length > 0) where.push(`severity IN ${inList('sev', q.severities, params)}`);
  if (q.states.length > 0) where.push(`state IN ${inList('st', q.states, params)}`);
  if (q.sourceType) {
    where.push('source_type = @sourceType');
    params.sourceType = q.sourceType;
  }
  if (q.itemId) {
    where.push('audit_item_id = @itemId');
    params.itemId = q.itemId;
  }
  if (q.checkId) {
    where.push("source_type = 'check' AND parent_id = @checkId");
    params.checkId = q.checkId;
  }
  const clause = where.length > 0 ? `WHERE ${where.join(' AND ')}` : '';
  const total = (prepared(db, `SELECT count(*) AS n FROM (${FINDING_VIEW}) ${clause}`).get(params) as { n: number }).n;
  const rows = prepared(
    db,
    `SELECT * FROM (${FINDING_VIEW}) ${clause}
     ORDER BY CASE severity WHEN 'critical' THEN 0 WHEN 'high' THEN 1 WHEN 'medium' THEN 2 ELSE 3 END, observed_on DESC, ref_year DESC, ref_seq DESC
     LIMIT @limit OFFSET @offset`,
  ).all({ ...params, limit: q.limit, offset: q.offset }) as FindingRow[];
  return { rows: rows.map(toFinding), total };
}

// ---- Actions ---------------------------------------------------------------------------------

export interface ActionHistoryItem {
  at: string;
  actor: string;
  kind: 'created' | 'updated' | 'status' | 'due_date' | 'evidence_added' | 'evidence_removed';
  label: string;
  detail: string;
}

export type ActionSourceRecord = { type: 'finding'; id: string } | { type: 'breach'; id: string } | { type: 'processor'; id: string; alert: string };

export interface ActionRecord {
  id: string;
  reference: string;
  refYear: number;
  refSeq: number;
  title: string;
  description: string;
  owner: string;
  dueDate: string | null;
  priority: ActionPriority;
  status: ActionStatus;
  source: ActionSourceRecord;
  completedOn: string | null;
  history: ActionHistoryItem[];
  createdAt: string;
  updatedAt: string;
}

export interface ActionView extends ActionRecord {
  finding: { reference: string; severity: FindingSeverity; title: string } | null;
  evidenceCount: number;
}

const PRIORITY_RANK: Record<ActionPriority, number> = { urgent: 0, high: 1, normal: 2, low: 3 };

function actionParams(a: ActionRecord) {
  return {
    id: a.id,
    reference: a.reference,
    ref_year: a.refYear,
    ref_seq: a.refSeq,
    title: a.title,
    description: a.description,
    owner: a.owner,
    due_date: a.dueDate,
    priority: a.priority,
    priority_rank: PRIORITY_RANK[a.priority],
    status: a.status,
    source_type: a.source.type,
    finding_id: a.source.type === 'finding' ? a.source.id : null,
    breach_id: a.source.type === 'breach' ? a.source.id : null,
    processor_id: a.source.type === 'processor' ? a.source.id : null,
    processor_alert: a.source.type === 'processor' ? a.source.alert : null,
    completed_on: a.completedOn,
    search_text: searchKey([a.reference, a.title, a.owner].join(' ')),
    history: JSON.stringify(a.history),
    created_at: a.createdAt,
    updated_at: a.updatedAt,
  };
}

const ACTION_WRITABLE = [
  'title', 'description', 'owner', 'due_date', 'priority', 'priority_rank', 'status', 'completed_on', 'search_text', 'history', 'updated_at',
] as const;
const ACTION_INSERT = [
  'id', 'reference', 'ref_year', 'ref_seq', 'source_type', 'finding_id', 'breach_id', 'processor_id', 'processor_alert', ...ACTION_WRITABLE, 'created_at',
] as const;

export function insertAction(db: Db, a: ActionRecord): void {
  prepared(db, `INSERT INTO actions (${ACTION_INSERT.join(', ')}) VALUES (${ACTION_INSERT.map((c) => `@${c}`).join(', ')})`).run(actionParams(a));
}

/** Rewrites the mutable columns; the reference and the source never change. */
export function updateAction(db: Db, a: ActionRecord): void {
  prepared(db, `UPDATE actions SET ${ACTION_WRITABLE.map((c) => `${c} = @${c}`).join(', ')} WHERE id = @id`).run(actionParams(a));
}

interface ActionRow {
  id: string;
  reference: string;
  ref_year: number;
  ref_seq: number;
  title: string;
  description: string;
  owner: string;
  due_date: string | null;
  priority: ActionPriority;
  status: ActionStatus;
  source_type: ActionSourceType;
  finding_id: string | null;
  breach_id: string | null;
  processor_id: string | null;
  processor_alert: string | null;
  completed_on: string | null;
  history: string;
  created_at: string;
  updated_at: string;
  f_reference: string | null;
  f_severity: FindingSeverity | null;
  f_title: string | null;
  evidence_count: number;
}

function toAction(r: ActionRow): ActionView {
  const source: ActionSourceRecord =
    r.source_type === 'finding'
      ? { type: 'finding', id: r.finding_id ?? '' }
      : r.source_type === 'breach'
        ? { type: 'breach', id: r.breach_id ?? '' }
        : { type: 'processor', id: r.processor_id ?? '', alert: r.processor_alert ?? '' };
  const history: unknown = JSON.parse(r.history);
  return {
    id: r.id,
    reference: r.reference,
    refYear: r.ref_year,
    refSeq: r.ref_seq,
    title: r.title,
    description: r.description,
    owner: r.owner,
    dueDate: r.due_date,
    priority: r.priority,
    status: r.status,
    source,
    completedOn: r.completed_on,
    history: Array.isArray(history) ? (history as ActionHistoryItem[]) : [],
    createdAt: r.created_at,
    updatedAt: r.updated_at,
    finding: r.f_reference !== null && r.f_severity !== null ? { reference: r.f_reference, severity: r.f_severity, title: r.f_title ?? '' } : null,
    evidenceCount: r.evidence_count,
  };
}

const ACTION_SELECT = `SELECT a.*, f.reference AS f_reference, f.severity AS f_severity, f.title AS f_title,
    (SELECT count(*) FROM action_evidence v WHERE v.action_id = a.id) AS evidence_count
  FROM actions a LEFT JOIN findings f ON f.id = a.finding_id`;

export function findAction(db: Db, id: string): ActionView | null {
  const r = prepared(db, `${ACTION_SELECT} WHERE a.id = ?`).get(id) as ActionRow | undefined;
  return r ? toAction(r) : null;
}

export function findingActions(db: Db, findingId: string): ActionView[] {
  return (prepared(db, `${ACTION_SELECT} WHERE a.finding_id = ? ORDER BY a.ref_year, a.ref_seq`).all(findingId) as ActionRow[]).map(toAction);
}

export interface ActionQuery {
  today: string;
  statuses: readonly ActionStatus[];
  priorities: readonly ActionPriority[];
  sourceType?: ActionSourceType | undefined;
  findingId?: string | undefined;
  breachId?: string | undefined;
  processorId?: string | undefined;
  overdue?: boolean | undefined;
  search?: string | undefined;
  sort: 'dueDate' | 'priority' | 'reference' | 'status' | 'updatedAt';
  direction: 'asc' | 'desc';
  offset: number;
  limit: number;
}

const ACTION_ORDER: Record<ActionQuery['sort'], readonly string[]> = {
  dueDate: ['a.due_date IS NULL', 'a.due_date', 'a.priority_rank'],
  priority: ['a.priority_rank', 'a.due_date IS NULL', 'a.due_date'],
  reference: ['a.ref_year', 'a.ref_seq'],
  status: ["CASE a.status WHEN 'open' THEN 0 WHEN 'in_progress' THEN 1 WHEN 'done' THEN 2 ELSE 3 END", 'a.due_date'],
  updatedAt: ['a.updated_at'],
};

function actionWhere(q: Omit<ActionQuery, 'sort' | 'direction' | 'offset' | 'limit'>): { clause: string; params: Record<string, unknown> } {
  const params: Record<string, unknown> = {};
  const where: string[] = [];
  if (q.statuses.length > 0) where.push(`a.status IN ${inList('st', q.statuses, params)}`);
  if (q.priorities.length > 0) where.push(`a.priority IN ${inList('pr', q.priorities, params)}`);
  if (q.sourceType) {
    where.push('a.source_type = @sourceType');
    params.sourceType = q.sourceType;
  }
  if (q.findingId) {
    where.push('a.finding_id = @findingId');
    params.findingId = q.findingId;
  }
  if (q.breachId) {
    where.push('a.breach_id = @breachId');
    params.breachId = q.breachId;
  }
  if (q.processorId) {
    where.push('a.processor_id = @processorId');
    params.processorId = q.processorId;
  }
  if (q.overdue !== undefined) {
    // core/audit-plan isOverdue: the day after the due date, while open or in progress.
    where.push(q.overdue ? "a.status IN ('open', 'in_progress') AND a.due_date < @today" : "NOT (a.status IN ('open', 'in_progress') AND coalesce(a.due_date < @today, 0))");
    params.today = q.today;
  }
  const search = q.search ? searchKey(q.search) : '';
  if (search !== '') {
    where.push('instr(a.search_text, @search) > 0');
    params.search = search;
  }
  return { clause: where.length > 0 ? `WHERE ${where.join(' AND ')}` : '', params };
}

export function listActions(db: Db, q: ActionQuery): { rows: ActionView[]; total: number } {
  const { clause, params } = actionWhere(q);
  const total = (prepared(db, `SELECT count(*) AS n FROM actions a ${clause}`).get(params) as { n: number }).n;
  const dir = q.direction === 'desc' ? 'DESC' : 'ASC';
  const order = [...ACTION_ORDER[q.sort].map((c) => `${c} ${dir}`), 'a.ref_year', 'a.ref_seq'].join(', ');
  const rows = prepared(db, `${ACTION_SELECT} ${clause} ORDER BY ${order} LIMIT @limit OFFSET @offset`).all({ ...params, limit: q.limit, offset: q.offset }) as ActionRow[];
  return { rows: rows.map(toAction), total };
}

/** Every action matching the filter, by reference: the XLSX export. */
export function exportActions(db: Db, q: Omit<ActionQuery, 'sort' | 'direction' | 'offset' | 'limit'>): ActionView[] {
  const { clause, params } = actionWhere(q);
  return (prepared(db, `${ACTION_SELECT} ${clause} ORDER BY a.ref_year, a.ref_seq`).all(params) as ActionRow[]).map(toAction);
}

/** Snapshot rows for core/reminders: open actions due today or earlier. */
export function actionReminderRows(db: Db, today: string, breachOnly: boolean): { id: string; title: string; dueDate: string; status: ActionStatus }[] {
  const rows = prepared(
    db,
    `SELECT id, title, due_date, status FROM actions
     WHERE status IN ('open', 'in_progress') AND due_date IS NOT NULL AND due_date <= @today ${breachOnly ? "AND source_type = 'breach'" : ''}
     ORDER BY due_date, ref_year, ref_seq`,
  ).all({ today }) as { id: string; title: string; due_date: string; status: ActionStatus }[];
  return rows.map((r) => ({ id: r.id, title: r.title, dueDate: r.due_date, status: r.status }));
}

/** Every finding, for the export. */
export function exportFindings(db: Db, today: string): FindingView[] {
  return (prepared(db, `SELECT * FROM (${FINDING_VIEW}) ORDER BY ref_year, ref_seq`).all({ today }) as FindingRow[]).map(toFinding);
}

// ---- Evidence --------------------------------------------------------------------------------

export interface EvidenceMeta {
  id: string;
  actionId: string;
  filename: string;
  mime: string;
  kind: EvidenceKind;
  sizeBytes: number;
  sha256: string;
  uploadedAt: string;
  uploadedBy: string;
}

interface EvidenceRow {
  id: string;
  action_id: string;
  filename: string;
  mime: string;
  kind: EvidenceKind;
  size_bytes: number;
  sha256: string;
  uploaded_at: string;
  uploaded_by: string;
  content?: Buffer;
}

const toEvidence = (r: EvidenceRow): EvidenceMeta => ({
  id: r.id,
  actionId: r.action_id,
  filename: r.filename,
  mime: r.mime,
  kind: r.kind,
  sizeBytes: r.size_bytes,
  sha256: r.sha256,
  uploadedAt: r.uploaded_at,
  uploadedBy: r.uploaded_by,
});

const EVIDENCE_META = 'id, action_id, filename, mime, kind, size_bytes, sha256, uploaded_at, uploaded_by';

export function insertEvidence(db: Db, e: EvidenceMeta, content: Buffer): void {
  prepared(db, `INSERT INTO action_evidence (${EVIDENCE_META}, content)
    VALUES (@id, @actionId, @filename, @mime, @kind, @sizeBytes, @sha256, @uploadedAt, @uploadedBy, @content)`).run({ ...e, content });
}

export function actionEvidence(db: Db, actionId: string): EvidenceMeta[] {
  return (prepared(db, `SELECT ${EVIDENCE_META} FROM action_evidence WHERE action_id = ? ORDER BY uploaded_at, id`).all(actionId) as EvidenceRow[]).map(toEvidence);
}

export function findEvidence(db: Db, id: string): EvidenceMeta | null {
  const r = prepared(db, `SELECT ${EVIDENCE_META} FROM action_evidence WHERE id = ?`).get(id) as EvidenceRow | undefined;
  return r ? toEvidence(r) : null;
}

export function evidenceContent(db: Db, id: string): Buffer | null {
  const r = prepared(db, 'SELECT content FROM action_evidence WHERE id = ?').get(id) as { content: Buffer } | undefined;
  return r ? r.content : null;
}

export function deleteEvidence(db: Db, id: string): void {
  prepared(db, 'DELETE FROM action_evidence WHERE id = ?').run(id);
}

export function countEvidence(db: Db): number {
  return (prepared(db, 'SELECT count(*) AS n FROM action_evidence').get() as { n: number }).n;
}
