/**
 * Contrôle, first half: the only SQL on the audit plan (plans, items) and the permanent controls
 * (checks, executions). Findings, actions and evidence are in control-actions.ts.
 */
import type { AuditItemStatus, AuditTarget, ControlFrequency } from '../../core/audit-plan';
import { prepared, type Db } from '../sqlite';

/** Whether another module's table is in this vault yet (its migration may not be registered). */
export function tableExists(db: Db, name: string): boolean {
  return prepared(db, "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?").get(name) !== undefined;
}

// ---- Plans -----------------------------------------------------------------------------------

export interface PlanRecord {
  id: string;
  title: string;
  startYear: number;
  years: number;
  notes: string;
  createdAt: string;
  updatedAt: string;
}

interface PlanRow {
  id: string;
  title: string;
  start_year: number;
  years: number;
  notes: string;
  created_at: string;
  updated_at: string;
}

const toPlan = (r: PlanRow): PlanRecord => ({
  id: r.id,
  title: r.title,
  startYear: r.start_year,
  years: r.years,
  notes: r.notes,
  createdAt: r.created_at,
  updatedAt: r.updated_at,
});

const planParams = (p: PlanRecord) => ({
  id: p.id,
  title: p.title,
  start_year: p.startYear,
  years: p.years,
  notes: p.notes,
  created_at: p.createdAt,
  updated_at: p.updatedAt,
});

export function insertPlan(db: Db, p: PlanRecord): void {
  prepared(db, `INSERT INTO audit_plans (id, title, start_year, years, notes, created_at, updated_at)
    VALUES (@id, @title, @start_year, @years, @notes, @created_at, @updated_at)`).run(planParams(p));
}

export function updatePlan(db: Db, p: PlanRecord): void {
  prepared(db, `UPDATE audit_plans SET title = @title, start_year = @start_year, years = @years, notes = @notes,
    updated_at = @updated_at WHERE id = @id`).run(planParams(p));
}

export function findPlan(db: Db, id: string): PlanRecord | null {
  const r = prepared(db, 'SELECT * FROM audit_plans WHERE id = ?').get(id) as PlanRow | undefined;
  return r ? toPlan(r) : null;
}

export function listPlans(db: Db): PlanRecord[] {
  return (prepared(db, 'SELECT * FROM audit_plans ORDER BY start_year DESC, created_at DESC').all() as PlanRow[]).map(toPlan);
}

/** Plans whose years intersect [fromYear, toYear], except `exceptId`. */
export function overlappingPlans(db: Db, fromYear: number, toYear: number, exceptId: string | null): PlanRecord[] {
  const rows = prepared(
    db,
    'SELECT * FROM audit_plans WHERE start_year <= @to AND start_year + years - 1 >= @from AND id <> @except ORDER BY start_year',
  ).all({ from: fromYear, to: toYear, except: exceptId ?? '' }) as PlanRow[];
  return rows.map(toPlan);
}

// ---- Audit items -----------------------------------------------------------------------------

export interface ItemRecord {
  id: string;
  planId: string;
  title: string;
  target: AuditTarget;
  year: number;
  quarter: 1 | 2 | 3 | 4 | null;
  auditor: string;
  status: AuditItemStatus;
  completedOn: string | null;
  conclusion: string;
  createdAt: string;
  updatedAt: string;
}

interface ItemRow {
  id: string;
  plan_id: string;
  title: string;
  target_kind: AuditTarget['kind'];
  target_id: string | null;
  target_control: string | null;
  year: number;
  quarter: number | null;
  auditor: string;
  status: AuditItemStatus;
  completed_on: string | null;
  conclusion: string;
  created_at: string;
  updated_at: string;
  finding_count?: number;
}

function toItem(r: ItemRow): ItemRecord {
  const target: AuditTarget =
    r.target_kind === 'organisation' ? { kind: 'organisation', control: r.target_control ?? '' } : { kind: r.target_kind, id: r.target_id ?? '' };
  return {
    id: r.id,
    planId: r.plan_id,
    title: r.title,
    target,
    year: r.year,
    quarter: r.quarter === 1 || r.quarter === 2 || r.quarter === 3 || r.quarter === 4 ? r.quarter : null,
    auditor: r.auditor,
    status: r.status,
    completedOn: r.completed_on,
    conclusion: r.conclusion,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
  };
}

function itemParams(i: ItemRecord) {
  return {
    id: i.id,
    plan_id: i.planId,
    title: i.title,
    target_kind: i.target.kind,
    target_id: i.target.kind === 'organisation' ? null : i.target.id,
    target_control: i.target.kind === 'organisation' ? i.target.control : null,
    year: i.year,
    quarter: i.quarter,
    auditor: i.auditor,
    status: i.status,
    completed_on: i.completedOn,
    conclusion: i.conclusion,
    created_at: i.createdAt,
    updated_at: i.updatedAt,
  };
}

const ITEM_COLUMNS = ['plan_id', 'title', 'target_kind', 'target_id', 'target_control', 'year', 'quarter', 'auditor', 'status', 'completed_on', 'conclusion', 'updated_at'] as const;

export function insertItem(db: Db, i: ItemRecord): void {
  const cols = ['id', ...ITEM_COLUMNS, 'created_at'];
  prepared(db, `INSERT INTO audit_items (${cols.join(', ')}) VALUES (${cols.map((c) => `@${c}`).join(', ')})`).run(itemParams(i));
}

export function updateItem(db: Db, i: ItemRecord): void {
  prepared(db, `UPDATE audit_items SET ${ITEM_COLUMNS.map((c) => `${c} = @${c}`).join(', ')} WHERE id = @id`).run(itemParams(i));
}

export function deleteItem(db: Db, id: string): void {
  prepared(db, 'DELETE FROM audit_items WHERE id = ?').run(id);
}

export interface ItemWithCount extends ItemRecord {
  findingCount: number;
}

const ITEM_SELECT = `SELECT i.*, (SELECT count(*) FROM findings f WHERE f.audit_item_id = i.id) AS finding_count FROM audit_items i`;

export function findItem(db: Db, id: string): ItemWithCount | null {
  const r = prepared(db, `${ITEM_SELECT} WHERE i.id = ?`).get(id) as ItemRow | undefined;
  return r ? { ...toItem(r), findingCount: r.finding_count ?? 0 } : null;
}

export function planItems(db: Db, planId: string): ItemWithCount[] {
  const rows = prepared(db, `${ITEM_SELECT} WHERE i.plan_id = ? ORDER BY i.year, coalesce(i.quarter, 5), i.title`).all(planId) as ItemRow[];
  return rows.map((r) => ({ ...toItem(r), findingCount: r.finding_count ?? 0 }));
}

export function planCounts(db: Db, planId: string): { items: number; done: number } {
  const r = prepared(db, "SELECT count(*) AS items, coalesce(sum(status = 'done'), 0) AS done FROM audit_items WHERE plan_id = ?").get(planId) as { items: number; done: number };
  return r;
}

export interface AuditTargetRow {
  id: string;
  reference: string;
  name: string;
}

/**
 * The processings or processors an audit can target (id, reference, name), from their module's
 * table; null while that module is not in the vault yet (its migration is not applied).
 */
export function auditTargets(db: Db, kind: 'processing' | 'processor'): AuditTargetRow[] | null {
  const table = kind === 'processing' ? 'processings' : 'processors';
  if (!tableExists(db, table)) return null;
  return prepared(db, `SELECT id, reference, name FROM ${table} ORDER BY reference, id`).all() as AuditTargetRow[];
}

/** Tables of other modules an audit or an action may point to (fixed names, never user input). */
export type SourceTable = 'processings' | 'processors' | 'breaches';

/** Whether a row of another module's table exists (call only once `tableExists` said the table does). */
export function entityExists(db: Db, table: SourceTable, id: string): boolean {
  return prepared(db, `SELECT 1 FROM ${table} WHERE id = ?`).get(id) !== undefined;
}

/** Whether the target exists; null when its module is not in the vault yet (nothing to check against). */
export function targetExists(db: Db, kind: 'processing' | 'processor', id: string): boolean | null {
  const table = kind === 'processing' ? 'processings' : 'processors';
  if (!tableExists(db, table)) return null;
  return entityExists(db, table, id);
}

// ---- Permanent controls ----------------------------------------------------------------------

export interface CheckRecord {
  id: string;
  title: string;
  description: string;
  frequency: ControlFrequency;
  owner: string;
  checklist: string[];
  lastDone: string | null;
  lastResult: 'ok' | 'ko' | null;
  nextDue: string | null;
  active: boolean;
  createdAt: string;
  updatedAt: string;
}

interface CheckRow {
  id: string;
  title: string;
  description: string;
  frequency: ControlFrequency;
  owner: string;
  checklist: string;
  last_done: string | null;
  last_result: 'ok' | 'ko' | null;
  next_due: string | null;
  active: number;
  created_at: string;
  updated_at: string;
}

function toCheck(r: CheckRow): CheckRecord {
  const parsed: unknown = JSON.parse(r.checklist);
  return {
    id: r.id,
    title: r.title,
    description: r.description,
    frequency: r.frequency,
    owner: r.owner,
    checklist: Array.isArray(parsed) ? parsed.filter((x): x is string => typeof x === 'string') : [],
    lastDone: r.last_done,
    lastResult: r.last_result,
    nextDue: r.next_due,
    active: r.active === 1,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
  };
}

const checkParams = (c: CheckRecord) => ({
  id: c.id,
  title: c.title,
  description: c.description,
  frequency: c.frequency,
  owner: c.owner,
  checklist: JSON.stringify(c.checklist),
  last_done: c.lastDone,
  last_result: c.lastResult,
  next_due: c.nextDue,
  active: c.active ? 1 : 0,
  created_at: c.createdAt,
  updated_at: c.updatedAt,
});

const CHECK_COLUMNS = ['title', 'description', 'frequency', 'owner', 'checklist', 'last_done', 'last_result', 'next_due', 'active', 'updated_at'] as const;

export function insertCheck(db: Db, c: CheckRecord): void {
  const cols = ['id', ...CHECK_COLUMNS, 'created_at'];
  prepared(db, `INSERT INTO control_checks (${cols.join(', ')}) VALUES (${cols.map((x) => `@${x}`).join(', ')})`).run(checkParams(c));
}

export function updateCheck(db: Db, c: CheckRecord): void {
  prepared(db, `UPDATE control_checks SET ${CHECK_COLUMNS.map((x) => `${x} = @${x}`).join(', ')} WHERE id = @id`).run(checkParams(c));
}

export function findCheck(db: Db, id: string): CheckRecord | null {
  const r = prepared(db, 'SELECT * FROM control_checks WHERE id = ?').get(id) as CheckRow | undefined;
  return r ? toCheck(r) : null;
}

/** Active controls first by due date (never done first), then inactive ones if asked. */
export function listChecks(db: Db, includeInactive: boolean): CheckRecord[] {
  const sql = `SELECT * FROM control_checks ${includeInactive ? '' : 'WHERE active = 1'}
    ORDER BY active DESC, next_due IS NOT NULL, next_due, title`;
  return (prepared(db, sql).all() as CheckRow[]).map(toCheck);
}

export interface ExecutionRecord {
  id: string;
  checkId: string;
  performedOn: string;
  result: 'ok' | 'ko';
  comment: string;
  performedBy: string;
  recordedBy: string;
  createdAt: string;
}

interface ExecutionRow {
  id: string;
  check_id: string;
  performed_on: string;
  result: 'ok' | 'ko';
  comment: string;
  performed_by: string;
  recorded_by: string;
  created_at: string;
  finding_id?: string | null;
  finding_reference?: string | null;
}

export interface ExecutionWithFinding extends ExecutionRecord {
  findingId: string | null;
  findingReference: string | null;
}

const toExecution = (r: ExecutionRow): ExecutionWithFinding => ({
  id: r.id,
  checkId: r.check_id,
  performedOn: r.performed_on,
  result: r.result,
  comment: r.comment,
  performedBy: r.performed_by,
  recordedBy: r.recorded_by,
  createdAt: r.created_at,
  findingId: r.finding_id ?? null,
  findingReference: r.finding_reference ?? null,
});

export function insertExecution(db: Db, e: ExecutionRecord): void {
  prepared(db, `INSERT INTO control_executions (id, check_id, performed_on, result, comment, performed_by, recorded_by, created_at)
    VALUES (@id, @checkId, @performedOn, @result, @comment, @performedBy, @recordedBy, @createdAt)`).run(e);
}

const EXECUTION_SELECT = `SELECT e.*,
    (SELECT f.id FROM findings f WHERE f.execution_id = e.id ORDER BY f.ref_year, f.ref_seq LIMIT 1) AS finding_id,
    (SELECT f.reference FROM findings f WHERE f.execution_id = e.id ORDER BY f.ref_year, f.ref_seq LIMIT 1) AS finding_reference
  FROM control_executions e`;

export function findExecution(db: Db, id: string): ExecutionWithFinding | null {
  const r = prepared(db, `${EXECUTION_SELECT} WHERE e.id = ?`).get(id) as ExecutionRow | undefined;
  return r ? toExecution(r) : null;
}

/** Most recent first. */
export function checkExecutions(db: Db, checkId: string): ExecutionWithFinding[] {
  return (prepared(db, `${EXECUTION_SELECT} WHERE e.check_id = ? ORDER BY e.performed_on DESC, e.created_at DESC`).all(checkId) as ExecutionRow[]).map(toExecution);
}

/** The latest execution by date (the one that sets « last done » and « last result »). */
export function latestExecution(db: Db, checkId: string): ExecutionRecord | null {
  const r = prepared(db, 'SELECT * FROM control_executions WHERE check_id = ? ORDER BY performed_on DESC, created_at DESC LIMIT 1').get(checkId) as ExecutionRow | undefined;
  return r ? toExecution(r) : null;
}
