/**
 * Handlers of the requests module (issue 5): record, correct, advance, import, read, list, dashboard
 * lists, and the documents (request-exports.ts). Every change writes its audit row in the same
 * transaction (the service runs `write` handlers inside one).
 */
import { addCalendarDays, parisDateOf } from '../../core/time';
import { endOfDay } from '../../core/eu-period';
import { DomainError } from '../../shared/errors';
import { processingsOfRequest, setRequestProcessings } from '../../store/repos/links';
import { readOrganisation } from '../../store/repos/organisation';
import { findRequest, insertRequest, listRequests, updateRequest, type RequestQuery } from '../../store/repos/requests';
import type { Db } from '../../store/sqlite';
import type { HandlerContext, PartialHandlers } from '../context';
import { assertProcessingsExist } from './processing-links';
import { applyAction, createRecord, materialize, updateRecord, type Change } from './request-operations';
import { requestExportHandlers } from './request-exports';
import { readDetails, startOfParisDay } from './request-record';
import { detailView, rowView } from './request-view';

function load(db: Db, id: string): Change {
  const record = findRequest(db, id);
  if (!record) throw new DomainError('NOT_FOUND', `Aucune demande ne porte l’identifiant « ${id} » : vérifiez-le dans la liste des demandes.`);
  return { record, details: readDetails(record) };
}

function view(ctx: HandlerContext, change: Change) {
  const db = ctx.session.vault().db;
  const alsaceMoselle = readOrganisation(db)?.alsaceMoselle ?? false;
  return detailView(change.record, change.details, ctx.now, alsaceMoselle, processingsOfRequest(db, change.record.id));
}

/** Ids of the processings of the register a request names, in reference order (what the audit log records). */
const linkedIds = (db: Db, requestId: string): string[] => processingsOfRequest(db, requestId).map((p) => p.id);

/** Audit payload: the row as stored, its JSON document included as text (the log keeps only its digest), and its links. */
const snapshot = (c: Change, processingIds: readonly string[]) => ({ ...c.record, processingIds });

export const requestHandlers: PartialHandlers<
  | 'request.create'
  | 'request.update'
  | 'request.act'
  | 'request.importBatch'
  | 'request.get'
  | 'request.list'
  | 'request.dueSoon'
  | 'request.letter'
  | 'request.register'
  | 'request.calendar'
> = {
  'request.create': (input, ctx) => {
    const db = ctx.session.vault().db;
    assertProcessingsExist(db, input.processingIds);
    const created = createRecord(db, input, ctx.now, ctx.session.user().username);
    insertRequest(db, created.record);
    setRequestProcessings(db, created.record.id, input.processingIds);
    ctx.audit('request.create', 'request', created.record.id, null, snapshot(created, linkedIds(db, created.record.id)));
    return view(ctx, created);
  },

  'request.update': (input, ctx) => {
    const db = ctx.session.vault().db;
    const before = load(db, input.id);
    if (input.processingIds) assertProcessingsExist(db, input.processingIds);
    const after = updateRecord(before, input, ctx.now, ctx.session.user().username);
    const linksBefore = linkedIds(db, input.id);
    updateRequest(db, after.record);
    if (input.processingIds) setRequestProcessings(db, input.id, input.processingIds);
    ctx.audit('request.update', 'request', input.id, snapshot(before, linksBefore), snapshot(after, linkedIds(db, input.id)));
    return view(ctx, after);
  },

  'request.act': (input, ctx) => {
    const db = ctx.session.vault().db;
    const before = load(db, input.id);
    const after = applyAction(before, input.action, ctx.now, ctx.session.user().username);
    updateRequest(db, after.record);
    const links = linkedIds(db, input.id);
    ctx.audit(`request.${input.action.type}`, 'request', input.id, snapshot(before, links), snapshot(after, links));
    return view(ctx, after);
  },

  'request.importBatch': (input, ctx) => {
    const db = ctx.session.vault().db;
    const actor = ctx.session.user().username;
    const ids: string[] = [];
    const references: string[] = [];
    input.requests.forEach((item, i) => {
      const prefix = `requests.${i}`;
      assertProcessingsExist(db, item.processingIds, `${prefix}.processingIds`);
      let change = createRecord(db, item, ctx.now, actor, prefix);
      item.actions.forEach((action, j) => {
        change = applyAction(change, action, ctx.now, actor, `${prefix}.actions.${j}`, false);
      });
      if (item.actions.length > 0) change = materialize(change, ctx.now);
      insertRequest(db, change.record);
      setRequestProcessings(db, change.record.id, item.processingIds);
      // One audit row per request, as for a single create; the whole batch commits or none of it.
      ctx.audit('request.import', 'request', change.record.id, null, snapshot(change, item.processingIds));
      ids.push(change.record.id);
      references.push(change.record.reference);
    });
    return { count: ids.length, ids, references };
  },

  'request.get': (input, ctx) => view(ctx, load(ctx.session.vault().db, input.id)),

  'request.list': (input, ctx) => {
    const today = parisDateOf(ctx.now);
    const query: RequestQuery = {
      states: input.states,
      types: input.types,
      receivedFrom: input.receivedFrom ? startOfParisDay(input.receivedFrom) : undefined,
      receivedTo: input.receivedTo ? endOfDay(input.receivedTo) : undefined,
      pending: input.pending,
      overdue: input.overdue,
      dueUntil: input.dueWithinDays !== undefined ? addCalendarDays(today, input.dueWithinDays) : undefined,
      search: input.search,
      processingId: input.processingId,
      today,
      sort: input.sort,
      direction: input.direction,
      offset: input.offset,
      limit: input.limit,
    };
    const { rows, total } = listRequests(ctx.session.vault().db, query);
    return { rows: rows.map((r) => rowView(r, ctx.now, today)), total, offset: input.offset, limit: input.limit, today };
  },

  'request.dueSoon': (input, ctx) => {
    const db = ctx.session.vault().db;
    const today = parisDateOf(ctx.now);
    const base = { states: [], types: [], today, sort: 'dueDate', direction: 'asc', offset: 0, limit: input.limit } as const;
    const soon = listRequests(db, { ...base, dueUntil: addCalendarDays(today, input.days) });
    const late = listRequests(db, { ...base, overdue: true });
    return {
      today,
      days: input.days,
      dueSoon: { total: soon.total, rows: soon.rows.map((r) => rowView(r, ctx.now, today)) },
      overdue: { total: late.total, rows: late.rows.map((r) => rowView(r, ctx.now, today)) },
    };
  },

  ...requestExportHandlers,
};
