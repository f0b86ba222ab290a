/**
 * Findings (« constats »): what an audit of the plan or a failed permanent control revealed, with a
 * severity. Each finding opens actions; its state follows them. GDPR Art. 24(1): measures are
 * reviewed and updated where necessary; Art. 5(2): the DPO can show what was found and what was done.
 */
import type { FindingSeverity } from '../../core/audit-plan';
import { DomainError } from '../../shared/errors';
import type { FindingDetail } from '../../shared/schemas/control';
import { newId } from '../../store/ids';
import { findExecution, findItem } from '../../store/repos/control';
import { findFinding, findingActions, insertFinding, listFindings, nextFindingNumber, updateFinding, type FindingRecord, type FindingView } from '../../store/repos/control-actions';
import type { Db } from '../../store/sqlite';
import type { HandlerContext, PartialHandlers } from '../context';
import { actionView, findingView, notFound, notInFuture, todayOf } from './control-views';

export interface NewFinding {
  title: string;
  description: string;
  severity: FindingSeverity;
  observedOn: string;
  source: FindingRecord['source'];
}

/** Records a finding (reference CST-YYYY-NNNN, year of recording) after checking where it comes from. */
export function createFinding(ctx: HandlerContext, db: Db, input: NewFinding): FindingView {
  const today = todayOf(ctx);
  notInFuture(input.observedOn, today, 'observedOn', 'La date du constat');
  if (input.source.type === 'audit') {
    const item = findItem(db, input.source.itemId);
    if (!item) throw notFound('L’audit d’origine du constat');
    if (item.status === 'cancelled') {
      throw new DomainError('INVALID_STATE', `L’audit « ${item.title} » est annulé : rétablissez-le avant d’y rattacher un constat.`);
    }
  } else {
    const execution = findExecution(db, input.source.executionId);
    if (!execution) throw notFound('L’exécution de contrôle d’origine du constat');
    if (execution.result !== 'ko') {
      throw new DomainError('INVALID_STATE', 'Cette exécution du contrôle est conforme : un constat ne peut suivre qu’une exécution non conforme.');
    }
  }
  const year = Number(today.slice(0, 4));
  const seq = nextFindingNumber(db, year);
  const now = ctx.now.toISOString();
  const record: FindingRecord = {
    id: newId(),
    reference: `CST-${year}-${String(seq).padStart(4, '0')}`,
    refYear: year,
    refSeq: seq,
    title: input.title,
    description: input.description,
    severity: input.severity,
    observedOn: input.observedOn,
    source: input.source,
    createdAt: now,
    updatedAt: now,
  };
  insertFinding(db, record);
  ctx.audit('finding.create', 'finding', record.id, null, record);
  const saved = findFinding(db, record.id, today);
  if (!saved) throw new DomainError('INTERNAL');
  return saved;
}

function detail(db: Db, id: string, today: string): FindingDetail {
  const f = findFinding(db, id, today);
  if (!f) throw notFound('Ce constat');
  return { ...findingView(f), actions: findingActions(db, id).map((a) => actionView(a, today)) };
}

export const controlFindingHandlers: PartialHandlers<'finding.list' | 'finding.get' | 'finding.create' | 'finding.update'> = {
  'finding.list': (input, ctx) => {
    const today = todayOf(ctx);
    const { rows, total } = listFindings(ctx.session.vault().db, { today, ...input });
    return { today, rows: rows.map(findingView), total, offset: input.offset, limit: input.limit };
  },

  'finding.get': (input, ctx) => detail(ctx.session.vault().db, input.id, todayOf(ctx)),

  'finding.create': (input, ctx) => {
    const db = ctx.session.vault().db;
    const source: FindingRecord['source'] =
      input.source.type === 'audit' ? { type: 'audit', itemId: input.source.itemId } : { type: 'check', executionId: input.source.executionId };
    const f = createFinding(ctx, db, { ...input, source });
    return detail(db, f.id, todayOf(ctx));
  },

  'finding.update': (input, ctx) => {
    const db = ctx.session.vault().db;
    const today = todayOf(ctx);
    const before = findFinding(db, input.id, today);
    if (!before) throw notFound('Ce constat');
    const after = {
      id: before.id,
      title: input.title ?? before.title,
      description: input.description ?? before.description,
      severity: input.severity ?? before.severity,
      updatedAt: ctx.now.toISOString(),
    };
    updateFinding(db, after);
    ctx.audit('finding.update', 'finding', before.id, { title: before.title, description: before.description, severity: before.severity }, after);
    return detail(db, before.id, today);
  },
};
