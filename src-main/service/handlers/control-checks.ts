/**
 * Permanent controls (« contrôles permanents »): recurring checks with a frequency, an owner and a
 * checklist, and the record of each execution. GDPR Art. 24(1) and 32(1)(d): measures are reviewed
 * and their effectiveness regularly tested. A non-compliant execution can open a finding.
 */
import { nextDue } from '../../core/audit-plan';
import { DomainError } from '../../shared/errors';
import type { CheckDetail } from '../../shared/schemas/control';
import { newId } from '../../store/ids';
import {
  checkExecutions,
  findCheck,
  findExecution,
  insertCheck,
  insertExecution,
  latestExecution,
  listChecks,
  updateCheck,
  type CheckRecord,
  type ExecutionRecord,
} from '../../store/repos/control';
import type { Db } from '../../store/sqlite';
import type { PartialHandlers } from '../context';
import { createFinding } from './control-findings';
import { checkView, executionView, findingView, notFound, notInFuture, todayOf } from './control-views';

function detail(db: Db, check: CheckRecord, today: string): CheckDetail {
  return { ...checkView(check, today), executions: checkExecutions(db, check.id).map(executionView) };
}

function requireCheck(db: Db, id: string): CheckRecord {
  const check = findCheck(db, id);
  if (!check) throw notFound('Ce contrôle permanent');
  return check;
}

/** Stored next due date (for the index); the view recomputes it with the state at today. */
const dueOf = (c: Pick<CheckRecord, 'lastDone' | 'frequency'>): string | null => (c.lastDone === null ? null : nextDue(c.lastDone, c.frequency));

export const controlCheckHandlers: PartialHandlers<'check.list' | 'check.get' | 'check.create' | 'check.update' | 'check.record'> = {
  'check.list': (input, ctx) => {
    const today = todayOf(ctx);
    const rows = listChecks(ctx.session.vault().db, input.includeInactive)
      .map((c) => checkView(c, today))
      .filter((c) => input.states.length === 0 || (c.active && input.states.includes(c.state)));
    return { today, rows };
  },

  'check.get': (input, ctx) => {
    const db = ctx.session.vault().db;
    return detail(db, requireCheck(db, input.id), todayOf(ctx));
  },

  'check.create': (input, ctx) => {
    const db = ctx.session.vault().db;
    const today = todayOf(ctx);
    notInFuture(input.lastDone, today, 'lastDone', 'La date de dernière réalisation');
    const now = ctx.now.toISOString();
    const check: CheckRecord = {
      id: newId(),
      title: input.title,
      description: input.description,
      frequency: input.frequency,
      owner: input.owner,
      checklist: input.checklist,
      lastDone: input.lastDone,
      lastResult: null,
      nextDue: dueOf(input),
      active: true,
      createdAt: now,
      updatedAt: now,
    };
    insertCheck(db, check);
    ctx.audit('check.create', 'control_check', check.id, null, check);
    return detail(db, check, today);
  },

  'check.update': (input, ctx) => {
    const db = ctx.session.vault().db;
    const before = requireCheck(db, input.id);
    const after: CheckRecord = {
      ...before,
      title: input.title ?? before.title,
      description: input.description ?? before.description,
      frequency: input.frequency ?? before.frequency,
      owner: input.owner ?? before.owner,
      checklist: input.checklist ?? before.checklist,
      active: input.active ?? before.active,
      updatedAt: ctx.now.toISOString(),
    };
    after.nextDue = dueOf(after);
    updateCheck(db, after);
    ctx.audit('check.update', 'control_check', after.id, before, after);
    return detail(db, after, todayOf(ctx));
  },

  'check.record': (input, ctx) => {
    const db = ctx.session.vault().db;
    const today = todayOf(ctx);
    const before = requireCheck(db, input.checkId);
    if (!before.active) throw new DomainError('INVALID_STATE', `Le contrôle « ${before.title} » est désactivé : réactivez-le avant d’enregistrer une exécution.`);
    notInFuture(input.performedOn, today, 'performedOn', 'La date de réalisation du contrôle');
    const user = ctx.session.user();
    const execution: ExecutionRecord = {
      id: newId(),
      checkId: before.id,
      performedOn: input.performedOn,
      result: input.result,
      comment: input.comment,
      performedBy: input.performedBy === '' ? user.displayName : input.performedBy,
      recordedBy: user.username,
      createdAt: ctx.now.toISOString(),
    };
    insertExecution(db, execution);
    ctx.audit('check.record', 'control_execution', execution.id, null, execution);

    // « Last done » is the latest execution by date: recording an older one (catching up on paper
    // records) does not move the next due date back. A date given at creation counts as well.
    const latest = latestExecution(db, before.id);
    const lastDone = [before.lastDone, latest?.performedOn ?? null].filter((d): d is string => d !== null).sort().at(-1) ?? null;
    const after: CheckRecord = {
      ...before,
      lastDone,
      lastResult: latest && latest.performedOn === lastDone ? latest.result : before.lastResult,
      updatedAt: ctx.now.toISOString(),
    };
    after.nextDue = dueOf(after);
    updateCheck(db, after);
    ctx.audit('check.update', 'control_check', after.id, before, after);

    const finding = input.finding
      ? createFinding(ctx, db, { ...input.finding, observedOn: input.performedOn, source: { type: 'check', executionId: execution.id } })
      : null;
    const saved = findExecution(db, execution.id);
    if (!saved) throw new DomainError('INTERNAL');
    return { check: detail(db, after, today), execution: executionView(saved), finding: finding ? findingView(finding) : null };
  },
};
