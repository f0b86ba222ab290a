/**
 * Links from breaches and requests to processings and processors (migration 006). The only place
 * that reads or writes breach_processings, breach_processors and request_processings.
 */
import type { BreachStatus } from '../../core/breach-workflow';
import type { RequestState, RequestType } from '../../core/request-workflow';
import { prepared, type Db } from '../sqlite';

export interface LinkedRef {
  id: string;
  reference: string;
  name: string;
}
export interface BreachRef {
  id: string;
  reference: string;
  title: string;
  status: BreachStatus;
  discoveredAt: string;
}
export interface RequestRef {
  id: string;
  reference: string;
  type: RequestType;
  state: RequestState;
  receivedAt: string;
}

/**
 * The link tables a list can be filtered on, with their columns and the name of the bound parameter.
 * Table and column names are interpolated into SQL, so they come from this fixed list, never from input.
 */
const LINK_FILTERS = {
  breach_processings: { owner: 'breach_id', target: 'processing_id', param: 'processingId' },
  breach_processors: { owner: 'breach_id', target: 'processor_id', param: 'processorId' },
  request_processings: { owner: 'request_id', target: 'processing_id', param: 'processingId' },
} as const satisfies Record<string, { owner: string; target: string; param: string }>;

export type LinkFilterTable = keyof typeof LINK_FILTERS;

/**
 * A WHERE fragment keeping the rows (breaches, requests: their `id`) linked to `targetId` through
 * `table`, and its bound parameter: `id IN (SELECT breach_id FROM breach_processings WHERE processing_id = @processingId)`.
 * Throws on a table outside the list (a programming error: callers name the table in code).
 */
export function linkFilter(table: LinkFilterTable, targetId: string): { sql: string; values: Record<string, string> } {
  if (!Object.hasOwn(LINK_FILTERS, table)) throw new Error(`linkFilter: unknown link table ${String(table)}`);
  const { owner, target, param } = LINK_FILTERS[table];
  return { sql: `id IN (SELECT ${owner} FROM ${table} WHERE ${target} = @${param})`, values: { [param]: targetId } };
}

/** The ids among `ids` that name no processing of the register. */
export function missingProcessings(db: Db, ids: readonly string[]): string[] {
  const find = prepared(db, 'SELECT 1 FROM processings WHERE id = ?');
  return ids.filter((id) => find.get(id) === undefined);
}

/** The ids among `ids` that name no processor. */
export function missingProcessors(db: Db, ids: readonly string[]): string[] {
  const find = prepared(db, 'SELECT 1 FROM processors WHERE id = ?');
  return ids.filter((id) => find.get(id) === undefined);
}

// --- Writes: replace the whole list --------------------------------------------------------------

export function setBreachProcessings(db: Db, breachId: string, processingIds: readonly string[]): void {
  prepared(db, 'DELETE FROM breach_processings WHERE breach_id = ?').run(breachId);
  const insert = prepared(db, 'INSERT INTO breach_processings (breach_id, processing_id) VALUES (?, ?)');
  for (const id of processingIds) insert.run(breachId, id);
}

export function setBreachProcessors(db: Db, breachId: string, processorIds: readonly string[]): void {
  prepared(db, 'DELETE FROM breach_processors WHERE breach_id = ?').run(breachId);
  const insert = prepared(db, 'INSERT INTO breach_processors (breach_id, processor_id) VALUES (?, ?)');
  for (const id of processorIds) insert.run(breachId, id);
}

export function setRequestProcessings(db: Db, requestId: string, processingIds: readonly string[]): void {
  prepared(db, 'DELETE FROM request_processings WHERE request_id = ?').run(requestId);
  const insert = prepared(db, 'INSERT INTO request_processings (request_id, processing_id) VALUES (?, ?)');
  for (const id of processingIds) insert.run(requestId, id);
}

// --- From a breach or a request: what it names, ordered by reference ------------------------------

export function processingsOfBreach(db: Db, breachId: string): LinkedRef[] {
  return prepared(
    db,
    `SELECT p.id, p.reference, p.name FROM breach_processings l JOIN processings p ON p.id = l.processing_id
     WHERE l.breach_id = ? ORDER BY p.reference_key`,
  ).all(breachId) as LinkedRef[];
}

export function processorsOfBreach(db: Db, breachId: string): LinkedRef[] {
  return prepared(
    db,
    `SELECT p.id, p.reference, p.name FROM breach_processors l JOIN processors p ON p.id = l.processor_id
     WHERE l.breach_id = ? ORDER BY p.ref_year, p.ref_seq`,
  ).all(breachId) as LinkedRef[];
}

export function processingsOfRequest(db: Db, requestId: string): LinkedRef[] {
  return prepared(
    db,
    `SELECT p.id, p.reference, p.name FROM request_processings l JOIN processings p ON p.id = l.processing_id
     WHERE l.request_id = ? ORDER BY p.reference_key`,
  ).all(requestId) as LinkedRef[];
}

/** breach id → linked processings, for the breaches discovered between two UTC instants (the register, one query). */
export function processingsOfBreachesDiscovered(db: Db, fromUtc: string, toUtc: string): Map<string, LinkedRef[]> {
  return groupBy(
    prepared(
      db,
      `SELECT l.breach_id AS owner, p.id, p.reference, p.name FROM breaches b
         JOIN breach_processings l ON l.breach_id = b.id JOIN processings p ON p.id = l.processing_id
       WHERE b.discovered_at BETWEEN ? AND ? ORDER BY l.breach_id, p.reference_key`,
    ).all(fromUtc, toUtc) as (LinkedRef & { owner: string })[],
  );
}

/** request id → linked processings, for the requests received between two UTC instants (the register, one query). */
export function processingsOfRequestsReceived(db: Db, fromUtc: string, toUtc: string): Map<string, LinkedRef[]> {
  return groupBy(
    prepared(
      db,
      `SELECT l.request_id AS owner, p.id, p.reference, p.name FROM requests r
         JOIN request_processings l ON l.request_id = r.id JOIN processings p ON p.id = l.processing_id
       WHERE r.received_at BETWEEN ? AND ? ORDER BY l.request_id, p.reference_key`,
    ).all(fromUtc, toUtc) as (LinkedRef & { owner: string })[],
  );
}

function groupBy(rows: readonly (LinkedRef & { owner: string })[]): Map<string, LinkedRef[]> {
  const out = new Map<string, LinkedRef[]>();
  for (const { owner, ...ref } of rows) {
    const list = out.get(owner) ?? [];
    list.push(ref);
    out.set(owner, list);
  }
  return out;
}

// --- From a processing or a processor: what names it, most recent first ----------------------------

interface RawBreachRef {
  id: string;
  reference: string;
  title: string;
  status: BreachStatus;
  discovered_at: string;
}
const toBreachRef = (r: RawBreachRef): BreachRef => ({ id: r.id, reference: r.reference, title: r.title, status: r.status, discoveredAt: r.discovered_at });

/** The breaches linked to `targetId` through one of the breach link tables (names from LINK_FILTERS). */
function linkedBreaches(db: Db, table: 'breach_processings' | 'breach_processors', targetId: string, limit: number): { rows: BreachRef[]; total: number } {
  const { target } = LINK_FILTERS[table];
  const rows = prepared(
    db,
    `SELECT b.id, b.reference, b.title, b.status, b.discovered_at FROM ${table} l JOIN breaches b ON b.id = l.breach_id
     WHERE l.${target} = ? ORDER BY b.discovered_at DESC, b.reference DESC LIMIT ?`,
  ).all(targetId, limit) as RawBreachRef[];
  const total = (prepared(db, `SELECT count(*) AS n FROM ${table} WHERE ${target} = ?`).get(targetId) as { n: number }).n;
  return { rows: rows.map(toBreachRef), total };
}

export const breachesOfProcessing = (db: Db, processingId: string, limit: number) => linkedBreaches(db, 'breach_processings', processingId, limit);
export const breachesOfProcessor = (db: Db, processorId: string, limit: number) => linkedBreaches(db, 'breach_processors', processorId, limit);

export function requestsOfProcessing(db: Db, processingId: string, limit: number): { rows: RequestRef[]; total: number } {
  const rows = prepared(
    db,
    `SELECT r.id, r.reference, r.type, r.state, r.received_at FROM request_processings l JOIN requests r ON r.id = l.request_id
     WHERE l.processing_id = ? ORDER BY r.received_at DESC, r.reference DESC LIMIT ?`,
  ).all(processingId, limit) as { id: string; reference: string; type: RequestType; state: RequestState; received_at: string }[];
  const total = (prepared(db, 'SELECT count(*) AS n FROM request_processings WHERE processing_id = ?').get(processingId) as { n: number }).n;
  return { rows: rows.map((r) => ({ id: r.id, reference: r.reference, type: r.type, state: r.state, receivedAt: r.received_at })), total };
}
