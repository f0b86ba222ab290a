/**
 * Rights requests: the only SQL on the `requests` and `request_details` tables. Columns hold what
 * lists filter and sort on, including the due dates the service computes; `details` (its own table)
 * holds the rest of the file as JSON.
 */
import type { DeadlineProfile } from '../../core/request-deadline';
import type { RequestOutcome, RequestState, RequestType } from '../../core/request-workflow';
import { prepared, type Db } from '../sqlite';
import { linkFilter } from './links';

/** One request as stored: the indexed columns, and `details` (JSON text) for everything else. */
export interface RequestRecord {
  id: string;
  reference: string;
  refYear: number;
  refSeq: number;
  type: RequestType;
  state: RequestState;
  pending: boolean;
  profile: DeadlineProfile;
  channel: string;
  receivedAt: string;
  receivedDate: string;
  dueDate: string;
  extendedDueDate: string | null;
  effectiveDueDate: string;
  identityRequestedAt: string | null;
  identityReceivedAt: string | null;
  clarificationRequestedAt: string | null;
  clarificationReceivedAt: string | null;
  extendedAt: string | null;
  answeredAt: string | null;
  /** Europe/Paris day of the answer. */
  answeredDate: string | null;
  outcome: RequestOutcome | null;
  lateDays: number | null;
  closedAt: string | null;
  applicantName: string;
  subjectName: string | null;
  details: string;
  createdAt: string;
  updatedAt: string;
}

/** A record without its JSON document: what list rows and exports read. */
export type RequestSummary = Omit<RequestRecord, 'details'>;

interface Row {
  id: string;
  reference: string;
  ref_year: number;
  ref_seq: number;
  type: RequestType;
  state: RequestState;
  pending: number;
  profile: DeadlineProfile;
  channel: string;
  received_at: string;
  received_date: string;
  due_date: string;
  extended_due_date: string | null;
  effective_due_date: string;
  identity_requested_at: string | null;
  identity_received_at: string | null;
  clarification_requested_at: string | null;
  clarification_received_at: string | null;
  extended_at: string | null;
  answered_at: string | null;
  answered_date: string | null;
  outcome: RequestOutcome | null;
  late_days: number | null;
  closed_at: string | null;
  applicant_name: string;
  subject_name: string | null;
  details?: string;
  created_at: string;
  updated_at: string;
}

const SUMMARY_COLUMNS = `id, reference, ref_year, ref_seq, type, state, pending, profile, channel, received_at, received_date,
  due_date, extended_due_date, effective_due_date, identity_requested_at, identity_received_at,
  clarification_requested_at, clarification_received_at, extended_at, answered_at, answered_date, outcome, late_days, closed_at,
  applicant_name, subject_name, created_at, updated_at`;

function toSummary(r: Row): RequestSummary {
  return {
    id: r.id,
    reference: r.reference,
    refYear: r.ref_year,
    refSeq: r.ref_seq,
    type: r.type,
    state: r.state,
    pending: r.pending === 1,
    profile: r.profile,
    channel: r.channel,
    receivedAt: r.received_at,
    receivedDate: r.received_date,
    dueDate: r.due_date,
    extendedDueDate: r.extended_due_date,
    effectiveDueDate: r.effective_due_date,
    identityRequestedAt: r.identity_requested_at,
    identityReceivedAt: r.identity_received_at,
    clarificationRequestedAt: r.clarification_requested_at,
    clarificationReceivedAt: r.clarification_received_at,
    extendedAt: r.extended_at,
    answeredAt: r.answered_at,
    answeredDate: r.answered_date,
    outcome: r.outcome,
    lateDays: r.late_days,
    closedAt: r.closed_at,
    applicantName: r.applicant_name,
    subjectName: r.subject_name,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
  };
}

/** Lower case, accents and punctuation removed: « Éloïse  D'Aubigné » → « eloise d aubigne ». */
export function searchKey(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}-]+/gu, ' ')
    .trim();
}

function params(r: RequestRecord): Record<string, string | number | null> {
  return {
    id: r.id,
    reference: r.reference,
    ref_year: r.refYear,
    ref_seq: r.refSeq,
    type: r.type,
    state: r.state,
    pending: r.pending ? 1 : 0,
    profile: r.profile,
    channel: r.channel,
    received_at: r.receivedAt,
    received_date: r.receivedDate,
    due_date: r.dueDate,
    extended_due_date: r.extendedDueDate,
    effective_due_date: r.effectiveDueDate,
    identity_requested_at: r.identityRequestedAt,
    identity_received_at: r.identityReceivedAt,
    clarification_requested_at: r.clarificationRequestedAt,
    clarification_received_at: r.clarificationReceivedAt,
    extended_at: r.extendedAt,
    answered_at: r.answeredAt,
    answered_date: r.answeredDate,
    outcome: r.outcome,
    late_days: r.lateDays,
    closed_at: r.closedAt,
    applicant_name: r.applicantName,
    applicant_key: searchKey(r.applicantName),
    subject_name: r.subjectName,
    search_text: searchKey([r.reference, r.applicantName, r.subjectName ?? ''].join(' ')),
    created_at: r.createdAt,
    updated_at: r.updatedAt,
  };
}

const WRITABLE = [
  'type', 'state', 'pending', 'profile', 'channel', 'received_at', 'received_date', 'due_date', 'extended_due_date',
  'effective_due_date', 'identity_requested_at', 'identity_received_at', 'clarification_requested_at',
  'clarification_received_at', 'extended_at', 'answered_at', 'answered_date', 'outcome', 'late_days', 'closed_at', 'applicant_name',
  'applicant_key', 'subject_name', 'search_text', 'updated_at',
] as const;
const INSERT_COLUMNS = ['id', 'reference', 'ref_year', 'ref_seq', ...WRITABLE, 'created_at'] as const;

export function insertRequest(db: Db, record: RequestRecord): void {
  prepared(db, `INSERT INTO requests (${INSERT_COLUMNS.join(', ')}) VALUES (${INSERT_COLUMNS.map((c) => `@${c}`).join(', ')})`).run(params(record));
  prepared(db, 'INSERT INTO request_details (request_id, details) VALUES (?, ?)').run(record.id, record.details);
}

/** Rewrites every mutable column of an existing request and its document (reference and creation stay). */
export function updateRequest(db: Db, record: RequestRecord): void {
  const { changes } = prepared(db, `UPDATE requests SET ${WRITABLE.map((c) => `${c} = @${c}`).join(', ')} WHERE id = @id`).run(params(record));
  if (changes !== 1) throw new Error(`updateRequest: request ${record.id} not found`);
  prepared(db, 'UPDATE request_details SET details = ? WHERE request_id = ?').run(record.details, record.id);
}

export function findRequest(db: Db, id: string): RequestRecord | null {
  const r = prepared(db, `SELECT ${SUMMARY_COLUMNS}, details FROM requests JOIN request_details ON request_id = id WHERE id = ?`).get(id) as
    | Row
    | undefined;
  return r ? { ...toSummary(r), details: r.details ?? '{}' } : null;
}

/** Next number in a year's sequence of human references (`DEM-2026-0042`). */
export function nextReferenceNumber(db: Db, year: number): number {
  const r = prepared(db, 'SELECT max(ref_seq) AS n FROM requests WHERE ref_year = ?').get(year) as { n: number | null };
  return (r.n ?? 0) + 1;
}

export interface RequestQuery {
  states: readonly RequestState[];
  types: readonly RequestType[];
  /** UTC instants bounding `received_at`, both included. */
  receivedFrom?: string | undefined;
  receivedTo?: string | undefined;
  pending?: boolean | undefined;
  overdue?: boolean | undefined;
  /** Pending and due between `today` and this date, both included. */
  dueUntil?: string | undefined;
  search?: string | undefined;
  /** Only requests linked to this processing (migration 006). */
  processingId?: string | undefined;
  /** The Europe/Paris day "overdue" and "due until" are measured from. */
  today: string;
  sort: 'dueDate' | 'receivedAt' | 'reference' | 'state' | 'type' | 'applicantName' | 'updatedAt';
  direction: 'asc' | 'desc';
  offset: number;
  limit: number;
}

const ORDER: Record<RequestQuery['sort'], readonly string[]> = {
  dueDate: ['effective_due_date'],
  receivedAt: ['received_at'],
  reference: ['ref_year', 'ref_seq'],
  state: ['state', 'effective_due_date'],
  type: ['type', 'effective_due_date'],
  applicantName: ['applicant_key'],
  updatedAt: ['updated_at'],
};

const escapeLike = (text: string): string => text.replace(/[\\%_]/g, (c) => `\\${c}`);

function whereClause(q: RequestQuery): { sql: string; values: Record<string, string | number> } {
  const parts: string[] = [];
  const values: Record<string, string | number> = {};
  const inList = (column: string, prefix: string, items: readonly string[]): void => {
    if (items.length === 0) return;
    parts.push(`${column} IN (${items.map((_, i) => `@${prefix}${i}`).join(', ')})`);
    items.forEach((item, i) => (values[`${prefix}${i}`] = item));
  };
  inList('state', 's', q.states);
  inList('type', 't', q.types);
  if (q.receivedFrom) {
    parts.push('received_at >= @receivedFrom');
    values.receivedFrom = q.receivedFrom;
  }
  if (q.receivedTo) {
    parts.push('received_at <= @receivedTo');
    values.receivedTo = q.receivedTo;
  }
  if (q.pending !== undefined) {
    parts.push('pending = @pending');
    values.pending = q.pending ? 1 : 0;
  }
  if (q.overdue !== undefined) {
    parts.push(q.overdue ? '(pending = 1 AND effective_due_date < @today)' : 'NOT (pending = 1 AND effective_due_date < @today)');
    values.today = q.today;
  }
  if (q.dueUntil !== undefined) {
    parts.push('(pending = 1 AND effective_due_date BETWEEN @today AND @dueUntil)');
    values.today = q.today;
    values.dueUntil = q.dueUntil;
  }
  if (q.processingId) {
    const link = linkFilter('request_processings', q.processingId);
    parts.push(link.sql);
    Object.assign(values, link.values);
  }
  const search = q.search ? searchKey(q.search) : '';
  if (search !== '') {
    parts.push(`search_text LIKE @search ESCAPE '\\'`);
    values.search = `%${escapeLike(search)}%`;
  }
  return { sql: parts.length > 0 ? `WHERE ${parts.join(' AND ')}` : '', values };
}

/** One page of requests matching `q`, with the total count of matches. */
export function listRequests(db: Db, q: RequestQuery): { rows: RequestSummary[]; total: number } {
  const { sql: where, values } = whereClause(q);
  const dir = q.direction === 'desc' ? 'DESC' : 'ASC';
  // rowid breaks ties, so that paging is stable; every ORDER BY below is served by an index.
  const order = [...ORDER[q.sort], 'rowid'].map((c) => `${c} ${dir}`).join(', ');
  const rows = prepared(db, `SELECT ${SUMMARY_COLUMNS} FROM requests ${where} ORDER BY ${order} LIMIT @limit OFFSET @offset`).all({
    ...values,
    limit: q.limit,
    offset: q.offset,
  }) as Row[];
  const total = (prepared(db, `SELECT count(*) AS n FROM requests ${where}`).get(values) as { n: number }).n;
  return { rows: rows.map(toSummary), total };
}

/**
 * Requests received between two UTC instants (both included), oldest first: the register. Rows are
 * read one at a time; consume the iterator inside the transaction that reads the audit head.
 */
export function* registerRequests(db: Db, fromUtc: string, toUtc: string): Generator<RequestSummary> {
  const rows = db.prepare(`SELECT ${SUMMARY_COLUMNS} FROM requests WHERE received_at BETWEEN ? AND ? ORDER BY received_at, rowid`).iterate(fromUtc, toUtc);
  for (const row of rows) yield toSummary(row as Row);
}

/** Every request still awaiting an answer, by due date: the calendar export. */
export function pendingRequests(db: Db): RequestSummary[] {
  const rows = prepared(db, `SELECT ${SUMMARY_COLUMNS} FROM requests WHERE pending = 1 ORDER BY effective_due_date, rowid`).all() as Row[];
  return rows.map(toSummary);
}

/** Snapshot rows for core/dashboard-stats `requestStats` (dates only, no personal data). */
export function requestStatRows(db: Db): { id: string; receivedOn: string; dueDate: string; answeredOn: string | null; closed: boolean }[] {
  const rows = prepared(db, 'SELECT id, received_date, effective_due_date, answered_date, state FROM requests').all() as {
    id: string;
    received_date: string;
    effective_due_date: string;
    answered_date: string | null;
    state: RequestState;
  }[];
  return rows.map((r) => ({
    id: r.id,
    receivedOn: r.received_date,
    dueDate: r.effective_due_date,
    answeredOn: r.answered_date,
    closed: r.state === 'closed',
  }));
}

/** Snapshot rows for core/reminders (pending requests only). */
export function requestReminderRows(db: Db): { id: string; reference: string; dueDate: string; extended: boolean; closed: boolean }[] {
  const rows = prepared(db, 'SELECT id, reference, effective_due_date, extended_at FROM requests WHERE pending = 1 ORDER BY effective_due_date').all() as {
    id: string;
    reference: string;
    effective_due_date: string;
    extended_at: string | null;
  }[];
  return rows.map((r) => ({ id: r.id, reference: r.reference, dueDate: r.effective_due_date, extended: r.extended_at !== null, closed: false }));
}
