/**
 * Actions: the measures that answer a finding, a breach (measures planned, GDPR Art. 33(3)(d)) or a
 * processor alert (Art. 28). Each carries an owner, a due date, a priority, a status and a history:
 * postponing, cancelling or reopening must be explained (accountability, Art. 5(2)).
 */
import type { FindingSeverity } from '../../core/audit-plan';
import { DomainError } from '../../shared/errors';
import { ACTION_STATUS_LABELS, type ActionDetail, type ActionPriority } from '../../shared/schemas/control';
import { auditHead } from '../../store/audit-log';
import { newId } from '../../store/ids';
import { readOrganisation } from '../../store/repos/organisation';
import { entityExists, listChecks, tableExists } from '../../store/repos/control';
import {
  actionEvidence,
  exportActions,
  exportFindings,
  findAction,
  findFinding,
  insertAction,
  listActions,
  nextActionNumber,
  updateAction,
  type ActionHistoryItem,
  type ActionRecord,
  type ActionView,
} from '../../store/repos/control-actions';
import type { Db } from '../../store/sqlite';
import type { HandlerContext, PartialHandlers } from '../context';
import { ACTION_TRANSITIONS, actionView, assertActionInScope, checkView, evidenceView, findingView, frDate, notFound, todayOf } from './control-views';

/** A finding's severity sets the default priority of the actions it opens. */
const PRIORITY_FOR_SEVERITY: Readonly<Record<FindingSeverity, ActionPriority>> = { critical: 'urgent', high: 'high', medium: 'normal', low: 'low' };

export function requireAction(ctx: HandlerContext, db: Db, id: string): ActionView {
  const action = findAction(db, id);
  if (!action) throw notFound('Cette action');
  assertActionInScope(ctx, action);
  return action;
}

export function actionDetail(ctx: HandlerContext, db: Db, id: string): ActionDetail {
  const a = findAction(db, id);
  if (!a) throw notFound('Cette action');
  return {
    ...actionView(a, todayOf(ctx)),
    evidence: actionEvidence(db, a.id).map(evidenceView),
    history: a.history,
    allowedStatuses: [...ACTION_TRANSITIONS[a.status]],
  };
}

export function historyEntry(ctx: HandlerContext, kind: ActionHistoryItem['kind'], label: string, detail = ''): ActionHistoryItem {
  return { at: ctx.now.toISOString(), actor: ctx.session.user().username, kind, label, detail };
}

/** Breaches and processors are other modules: checked only once their table is in the vault. */
function assertSourceExists(db: Db, table: 'breaches' | 'processors', id: string, what: string): void {
  if (tableExists(db, table) && !entityExists(db, table, id)) {
    throw new DomainError('NOT_FOUND', `${what} « ${id} » est introuvable : choisissez-en un existant.`, [{ path: 'source.id', message: 'Origine introuvable.' }]);
  }
}

const dueText = (d: string | null): string => (d === null ? 'sans échéance' : frDate(d));

export const controlActionHandlers: PartialHandlers<'action.list' | 'action.get' | 'action.create' | 'action.update' | 'action.setStatus' | 'action.exportXlsx'> = {
  'action.list': (input, ctx) => {
    const today = todayOf(ctx);
    const db = ctx.session.vault().db;
    // The security officer sees the measures decided after breaches only (see control-views).
    if (ctx.session.user().role === 'security') {
      if (input.sourceType !== undefined && input.sourceType !== 'breach') return { today, rows: [], total: 0, offset: input.offset, limit: input.limit };
      input = { ...input, sourceType: 'breach' };
    }
    const { rows, total } = listActions(db, { today, ...input });
    return { today, rows: rows.map((a) => actionView(a, today)), total, offset: input.offset, limit: input.limit };
  },

  'action.get': (input, ctx) => {
    const db = ctx.session.vault().db;
    requireAction(ctx, db, input.id);
    return actionDetail(ctx, db, input.id);
  },

  'action.create': (input, ctx) => {
    const db = ctx.session.vault().db;
    const today = todayOf(ctx);
    let priority: ActionPriority = input.priority ?? 'normal';
    const source = input.source;
    if (source.type === 'finding') {
      const finding = findFinding(db, source.id, today);
      if (!finding) throw new DomainError('NOT_FOUND', 'Le constat d’origine est introuvable : choisissez un constat existant.', [{ path: 'source.id', message: 'Constat introuvable.' }]);
      priority = input.priority ?? PRIORITY_FOR_SEVERITY[finding.severity];
    } else if (source.type === 'breach') {
      assertSourceExists(db, 'breaches', source.id, 'La violation');
    } else {
      assertSourceExists(db, 'processors', source.id, 'Le sous-traitant');
    }
    const year = Number(today.slice(0, 4));
    const seq = nextActionNumber(db, year);
    const now = ctx.now.toISOString();
    const record: ActionRecord = {
      id: newId(),
      reference: `ACT-${year}-${String(seq).padStart(4, '0')}`,
      refYear: year,
      refSeq: seq,
      title: input.title,
      description: input.description,
      owner: input.owner,
      dueDate: input.dueDate,
      priority,
      status: 'open',
      source,
      completedOn: null,
      history: [historyEntry(ctx, 'created', 'Action créée', `Responsable : ${input.owner} ; échéance : ${dueText(input.dueDate)}.`)],
      createdAt: now,
      updatedAt: now,
    };
    insertAction(db, record);
    ctx.audit('action.create', 'action', record.id, null, record);
    return actionDetail(ctx, db, record.id);
  },

  'action.update': (input, ctx) => {
    const db = ctx.session.vault().db;
    const before = requireAction(ctx, db, input.id);
    if (before.status === 'done' || before.status === 'cancelled') {
      throw new DomainError('INVALID_STATE', `L’action ${before.reference} est « ${ACTION_STATUS_LABELS[before.status].fr} » : rouvrez-la avant de la modifier.`);
    }
    const dueDate = input.dueDate === undefined ? before.dueDate : input.dueDate;
    const history = [...before.history];
    if (dueDate !== before.dueDate) {
      // Postponing (later date, or no date any more) must be explained (core/reminders: « fixez une
      // nouvelle échéance en expliquant le report »).
      const postponed = before.dueDate !== null && (dueDate === null || dueDate > before.dueDate);
      if (postponed && input.reason === '') {
        throw new DomainError('VALIDATION', `Expliquez le report de l’échéance de l’action ${before.reference} (motif obligatoire).`, [{ path: 'reason', message: 'Motif du report obligatoire.' }]);
      }
      const detail = `Du ${dueText(before.dueDate)} au ${dueText(dueDate)}${input.reason ? ` : ${input.reason}` : '.'}`;
      history.push(historyEntry(ctx, 'due_date', postponed ? 'Échéance reportée' : 'Échéance modifiée', detail));
    }
    const fields = {
      title: input.title ?? before.title,
      description: input.description ?? before.description,
      owner: input.owner ?? before.owner,
      priority: input.priority ?? before.priority,
    };
    const changed = (['title', 'description', 'owner', 'priority'] as const).filter((k) => fields[k] !== before[k]);
    if (changed.length > 0) {
      const names = { title: 'intitulé', description: 'description', owner: 'responsable', priority: 'priorité' } as const;
      history.push(historyEntry(ctx, 'updated', 'Action modifiée', `Champs modifiés : ${changed.map((k) => names[k]).join(', ')}.`));
    }
    const after: ActionRecord = { ...before, ...fields, dueDate, updatedAt: ctx.now.toISOString(), history };
    updateAction(db, after);
    const { finding: _f, evidenceCount: _e, ...previous } = before;
    ctx.audit('action.update', 'action', after.id, previous, after);
    return actionDetail(ctx, db, after.id);
  },

  'action.setStatus': (input, ctx) => {
    const db = ctx.session.vault().db;
    const before = requireAction(ctx, db, input.id);
    const from = ACTION_STATUS_LABELS[before.status].fr;
    const to = ACTION_STATUS_LABELS[input.status].fr;
    if (before.status === input.status) throw new DomainError('INVALID_STATE', `L’action ${before.reference} est déjà « ${from} ».`);
    if (!ACTION_TRANSITIONS[before.status].includes(input.status)) {
      throw new DomainError('INVALID_STATE', `Une action « ${from} » ne peut pas passer à « ${to} » : ${before.status === 'cancelled' ? 'rouvrez-la d’abord (statut « À faire »).' : 'rouvrez-la d’abord (statut « En cours »).'}`);
    }
    const reopening = before.status === 'done' || before.status === 'cancelled';
    if ((input.status === 'cancelled' || reopening) && input.note === '') {
      throw new DomainError('VALIDATION', input.status === 'cancelled' ? 'Expliquez pourquoi l’action est abandonnée (motif obligatoire).' : 'Expliquez pourquoi l’action est rouverte (motif obligatoire).', [
        { path: 'note', message: 'Motif obligatoire.' },
      ]);
    }
    const today = todayOf(ctx);
    const after: ActionRecord = {
      ...before,
      status: input.status,
      completedOn: input.status === 'done' ? today : null,
      updatedAt: ctx.now.toISOString(),
      history: [...before.history, historyEntry(ctx, 'status', `Statut : ${from} → ${to}`, input.note)],
    };
    updateAction(db, after);
    ctx.audit('action.setStatus', 'action', after.id, { status: before.status, completedOn: before.completedOn }, { status: after.status, completedOn: after.completedOn, note: input.note });
    return actionDetail(ctx, db, after.id);
  },

  'action.exportXlsx': async (input, ctx) => {
    const vault = ctx.session.vault();
    const today = todayOf(ctx);
    const generatedAt = ctx.now.toISOString();
    // One read transaction: the rows and the audit head printed on the file describe the same state.
    const data = vault.transaction(() => ({
      organisation: readOrganisation(vault.db),
      auditHead: auditHead(vault.db),
      actions: exportActions(vault.db, { today, ...input }).map((a) => actionView(a, today)),
      findings: exportFindings(vault.db, today).map(findingView),
      checks: listChecks(vault.db, true).map((c) => checkView(c, today)),
    }));
    if (!data.organisation) throw new DomainError('NOT_FOUND', 'Renseignez d’abord l’organisme (Paramètres › Organisme) : il figure sur chaque export.');
    // Loaded on demand: exceljs is only needed when a file is produced.
    const { actionPlanXlsx } = await import('../../reports/control/action-plan-xlsx');
    const { MIME, toFileOutput } = await import('../../reports/file-output');
    const buffer = await actionPlanXlsx({ ...data, organisation: data.organisation, generatedAt, today, filtered: isFiltered(input) });
    return toFileOutput(`plan-d-actions-${today}.xlsx`, MIME.xlsx, buffer);
  },
};

function isFiltered(input: { statuses: readonly string[]; priorities: readonly string[]; [k: string]: unknown }): boolean {
  return input.statuses.length > 0 || input.priorities.length > 0 || Object.entries(input).some(([k, v]) => k !== 'statuses' && k !== 'priorities' && v !== undefined && v !== '');
}
