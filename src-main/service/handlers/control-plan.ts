/**
 * The multi-year audit plan (GDPR Art. 39(1)(b): the DPO monitors compliance, including the related
 * audits) and its coverage of the register's processings and of the processors (Art. 30, 28).
 */
import { AuditPlan, coverage, type AuditTarget } from '../../core/audit-plan';
import { DomainError } from '../../shared/errors';
import type { AuditPlanDetail } from '../../shared/schemas/control';
import { newId } from '../../store/ids';
import {
  deleteItem,
  findItem,
  findPlan,
  insertItem,
  insertPlan,
  listPlans,
  overlappingPlans,
  planItems,
  targetExists,
  auditTargets,
  type AuditTargetRow,
  updateItem,
  updatePlan,
  type ItemRecord,
  type PlanRecord,
} from '../../store/repos/control';
import type { Db } from '../../store/sqlite';
import type { PartialHandlers } from '../context';
import { itemView, notFound, notInFuture, planSummary, todayOf, type TargetLabeller } from './control-views';

const labelOfRow = (t: AuditTargetRow): string => `${t.reference} — ${t.name}`;

/** Names the targets from the register and the processor list (when those modules are in the vault). */
function labeller(db: Db): TargetLabeller {
  const maps = {
    processing: new Map((auditTargets(db, 'processing') ?? []).map((t) => [t.id, labelOfRow(t)])),
    processor: new Map((auditTargets(db, 'processor') ?? []).map((t) => [t.id, labelOfRow(t)])),
  };
  return (target) => (target.kind === 'organisation' ? target.control : (maps[target.kind].get(target.id) ?? target.id));
}

function planDetail(db: Db, plan: PlanRecord): AuditPlanDetail {
  const labelOf = labeller(db);
  return { ...planSummary(db, plan), items: planItems(db, plan.id).map((i) => itemView(i, labelOf)) };
}

function requirePlan(db: Db, id: string): PlanRecord {
  const plan = findPlan(db, id);
  if (!plan) throw notFound('Ce plan d’audit');
  return plan;
}

/** Plans do not overlap: one audit cycle at a time, so « what did we audit this year » has one answer. */
function assertNoOverlap(db: Db, startYear: number, years: number, exceptId: string | null): void {
  const end = startYear + years - 1;
  const other = overlappingPlans(db, startYear, end, exceptId)[0];
  if (other) {
    throw new DomainError(
      'CONFLICT',
      `Le plan « ${other.title} » couvre déjà ${other.startYear}-${other.startYear + other.years - 1} : choisissez une période qui ne le chevauche pas, ou modifiez ce plan.`,
    );
  }
}

/** Every item must fall within the plan's years (core/audit-plan AuditPlan); issues name the items to move. */
function assertItemsInPlan(startYear: number, years: number, items: readonly ItemRecord[], pathOf: (index: number) => string): void {
  const parsed = AuditPlan.safeParse({ startYear, years, items });
  if (parsed.success) return;
  const issues = parsed.error.issues.map((i) => ({ path: i.path[0] === 'items' && typeof i.path[1] === 'number' ? pathOf(i.path[1]) : i.path.join('.'), message: i.message }));
  throw new DomainError('VALIDATION', issues[0]?.message ?? 'Le plan est invalide : corrigez les champs signalés.', issues);
}

function assertTarget(db: Db, target: AuditTarget): void {
  if (target.kind === 'organisation') return;
  const exists = targetExists(db, target.kind, target.id);
  if (exists === false) {
    throw new DomainError(
      'NOT_FOUND',
      target.kind === 'processing'
        ? `Le traitement « ${target.id} » n’est pas dans le registre : choisissez un traitement existant.`
        : `Le sous-traitant « ${target.id} » n’est pas enregistré : choisissez un sous-traitant existant.`,
      [{ path: 'target.id', message: 'Cible introuvable.' }],
    );
  }
}

/** « done » carries the day it was completed (today by default); other statuses carry none. */
function completion(status: ItemRecord['status'], completedOn: string | null, today: string): string | null {
  if (status !== 'done') return null;
  const day = completedOn ?? today;
  notInFuture(day, today, 'completedOn', 'La date de réalisation de l’audit');
  return day;
}

/** The item fits the plan's years; a new or changed target must exist (a deleted one stays readable). */
function validateItem(db: Db, item: ItemRecord, plan: PlanRecord, targetChanged: boolean): void {
  const others = planItems(db, plan.id).filter((i) => i.id !== item.id);
  assertItemsInPlan(plan.startYear, plan.years, [item, ...others], (i) => (i === 0 ? 'year' : `items.${i}.year`));
  if (targetChanged) assertTarget(db, item.target);
}

export const controlPlanHandlers: PartialHandlers<
  | 'control.planList'
  | 'control.planGet'
  | 'control.planCreate'
  | 'control.planUpdate'
  | 'control.itemAdd'
  | 'control.itemUpdate'
  | 'control.itemRemove'
  | 'control.coverage'
> = {
  'control.planList': (_input, ctx) => {
    const db = ctx.session.vault().db;
    return listPlans(db).map((p) => planSummary(db, p));
  },

  'control.planGet': (input, ctx) => {
    const db = ctx.session.vault().db;
    return planDetail(db, requirePlan(db, input.id));
  },

  'control.planCreate': (input, ctx) => {
    const db = ctx.session.vault().db;
    assertNoOverlap(db, input.startYear, input.years, null);
    const now = ctx.now.toISOString();
    const plan: PlanRecord = { id: newId(), title: input.title, startYear: input.startYear, years: input.years, notes: input.notes, createdAt: now, updatedAt: now };
    insertPlan(db, plan);
    ctx.audit('control.planCreate', 'audit_plan', plan.id, null, plan);
    return planDetail(db, plan);
  },

  'control.planUpdate': (input, ctx) => {
    const db = ctx.session.vault().db;
    const before = requirePlan(db, input.id);
    const after: PlanRecord = {
      ...before,
      title: input.title ?? before.title,
      startYear: input.startYear ?? before.startYear,
      years: input.years ?? before.years,
      notes: input.notes ?? before.notes,
      updatedAt: ctx.now.toISOString(),
    };
    assertNoOverlap(db, after.startYear, after.years, after.id);
    assertItemsInPlan(after.startYear, after.years, planItems(db, after.id), (i) => `items.${i}.year`);
    updatePlan(db, after);
    ctx.audit('control.planUpdate', 'audit_plan', after.id, before, after);
    return planDetail(db, after);
  },

  'control.itemAdd': (input, ctx) => {
    const db = ctx.session.vault().db;
    const plan = requirePlan(db, input.planId);
    const today = todayOf(ctx);
    const now = ctx.now.toISOString();
    const item: ItemRecord = {
      id: newId(),
      planId: plan.id,
      title: input.title,
      target: input.target,
      year: input.year,
      quarter: input.quarter,
      auditor: input.auditor,
      status: input.status,
      completedOn: completion(input.status, input.completedOn, today),
      conclusion: input.conclusion,
      createdAt: now,
      updatedAt: now,
    };
    validateItem(db, item, plan, true);
    insertItem(db, item);
    ctx.audit('control.itemAdd', 'audit_item', item.id, null, item);
    const saved = findItem(db, item.id);
    if (!saved) throw new DomainError('INTERNAL');
    return itemView(saved, labeller(db));
  },

  'control.itemUpdate': (input, ctx) => {
    const db = ctx.session.vault().db;
    const before = findItem(db, input.id);
    if (!before) throw notFound('Cet audit');
    const plan = requirePlan(db, before.planId);
    const today = todayOf(ctx);
    const status = input.status ?? before.status;
    const { findingCount: _count, ...record } = before;
    const after: ItemRecord = {
      ...record,
      title: input.title ?? before.title,
      target: input.target ?? before.target,
      year: input.year ?? before.year,
      quarter: input.quarter === undefined ? before.quarter : input.quarter,
      auditor: input.auditor ?? before.auditor,
      status,
      completedOn: completion(status, input.completedOn === undefined ? before.completedOn : input.completedOn, today),
      conclusion: input.conclusion ?? before.conclusion,
      updatedAt: ctx.now.toISOString(),
    };
    validateItem(db, after, plan, input.target !== undefined);
    updateItem(db, after);
    ctx.audit('control.itemUpdate', 'audit_item', after.id, record, after);
    const saved = findItem(db, after.id);
    if (!saved) throw new DomainError('INTERNAL');
    return itemView(saved, labeller(db));
  },

  'control.itemRemove': (input, ctx) => {
    const db = ctx.session.vault().db;
    const item = findItem(db, input.id);
    if (!item) throw notFound('Cet audit');
    if (item.findingCount > 0) {
      throw new DomainError('INVALID_STATE', `L’audit « ${item.title} » a donné lieu à ${item.findingCount} constat(s) : il ne peut pas être retiré du plan. Passez-le au statut « Annulé » si nécessaire.`);
    }
    deleteItem(db, item.id);
    ctx.audit('control.itemRemove', 'audit_item', item.id, item, null);
    return null;
  },

  'control.coverage': (input, ctx) => {
    const db = ctx.session.vault().db;
    const plan = requirePlan(db, input.planId);
    const fromYear = input.fromYear ?? plan.startYear;
    const toYear = input.toYear ?? plan.startYear + plan.years - 1;
    if (fromYear > toYear) {
      throw new DomainError('VALIDATION', `Cycle invalide : l’année de début (${fromYear}) est après l’année de fin (${toYear}).`, [{ path: 'toYear', message: 'Doit être postérieure ou égale à l’année de début.' }]);
    }
    const items = planItems(db, plan.id);
    const processings = auditTargets(db, 'processing');
    const processors = auditTargets(db, 'processor');
    const ids = (rows: AuditTargetRow[] | null): string[] => (rows ?? []).map((t) => t.id);
    const labels = (rows: AuditTargetRow[] | null): Record<string, string> => Object.fromEntries((rows ?? []).map((t) => [t.id, labelOfRow(t)]));
    const result = coverage({ items }, ids(processings), ids(processors), { fromYear, toYear });
    const inCycle = items.filter((i) => i.year >= fromYear && i.year <= toYear);
    const organisation = inCycle.filter((i) => i.target.kind === 'organisation');
    const byYear = [];
    for (let year = fromYear; year <= toYear; year++) {
      const ofYear = inCycle.filter((i) => i.year === year);
      const count = (s: ItemRecord['status']): number => ofYear.filter((i) => i.status === s).length;
      byYear.push({ year, planned: count('planned'), inProgress: count('in_progress'), done: count('done'), cancelled: count('cancelled') });
    }
    return {
      planId: plan.id,
      cycle: { fromYear, toYear },
      processings: { available: processings !== null, ...result.processings, labels: labels(processings) },
      processors: { available: processors !== null, ...result.processors, labels: labels(processors) },
      organisation: { planned: organisation.filter((i) => i.status !== 'cancelled').length, done: organisation.filter((i) => i.status === 'done').length },
      byYear,
    };
  },
};
