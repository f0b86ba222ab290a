/**
 * Personal-data breaches: the only SQL on `breaches`, `breach_assessments`, `breach_notifications` and
 * `breach_communications`. Columns hold what lists filter and sort on; `facts` and `workflow` are JSON
 * documents the service validates (zod) before they get here.
 */
import type { BreachNature } from '../../core/breach-vocabulary';
import type { BreachDecisionKind, BreachStatus } from '../../core/breach-workflow';
import type { Recommendation, SeverityBand } from '../../core/breach-risk';
import { prepared, type Db } from '../sqlite';
import { linkFilter } from './links';

/** One breach as stored, JSON documents as text. */
export interface BreachRow {
  id: string;
  reference: string;
  refYear: number;
  refSeq: number;
  title: string;
  status: BreachStatus;
  reportedAt: string;
  discoveredAt: string;
  awareAt: string | null;
  dueAt: string | null;
  clockApplies: boolean;
  notifiedAt: string | null;
  notificationCount: number;
  decision: BreachDecisionKind | null;
  recommendation: Recommendation | null;
  severity: SeverityBand | null;
  subjectsInformedAt: string | null;
  closedAt: string | null;
  natures: BreachNature[];
  specialCategories: boolean;
  subjectCount: number | null;
  /** Words a search matches: reference, title, description (lower case, no accents). */
  searchText: string;
  facts: string;
  workflow: string;
  createdAt: string;
  createdBy: string;
  updatedAt: string;
}

/** A row without its JSON documents: what list pages read. */
export type BreachSummary = Omit<BreachRow, 'facts' | 'workflow' | 'searchText'>;

interface Raw {
  id: string;
  reference: string;
  ref_year: number;
  ref_seq: number;
  title: string;
  status: BreachStatus;
  reported_at: string;
  discovered_at: string;
  aware_at: string | null;
  due_at: string | null;
  clock_applies: number;
  notified_at: string | null;
  notification_count: number;
  decision: BreachDecisionKind | null;
  recommendation: Recommendation | null;
  severity: SeverityBand | null;
  subjects_informed_at: string | null;
  closed_at: string | null;
  natures: string;
  special_categories: number;
  subject_count: number | null;
  search_text?: string;
  facts?: string;
  workflow?: string;
  created_at: string;
  created_by: string;
  updated_at: string;
}

const SEVERITY_RANK: Record<SeverityBand, number> = { low: 0, medium: 1, high: 2, very_high: 3 };

const SUMMARY_COLUMNS = `id, reference, ref_year, ref_seq, title, status, reported_at, discovered_at, aware_at, due_at, clock_applies,
  notified_at, notification_count, decision, recommendation, severity, subjects_informed_at, closed_at, natures, special_categories,
  subject_count, created_at, created_by, updated_at`;

function toSummary(r: Raw): BreachSummary {
  return {
    id: r.id,
    reference: r.reference,
    refYear: r.ref_year,
    refSeq: r.ref_seq,
    title: r.title,
    status: r.status,
    reportedAt: r.reported_at,
    discoveredAt: r.discovered_at,
    awareAt: r.aware_at,
    dueAt: r.due_at,
    clockApplies: r.clock_applies === 1,
    notifiedAt: r.notified_at,
    notificationCount: r.notification_count,
    decision: r.decision,
    recommendation: r.recommendation,
    severity: r.severity,
    subjectsInformedAt: r.subjects_informed_at,
    closedAt: r.closed_at,
    natures: JSON.parse(r.natures) as BreachNature[],
    specialCategories: r.special_categories === 1,
    subjectCount: r.subject_count,
    createdAt: r.created_at,
    createdBy: r.created_by,
    updatedAt: r.updated_at,
  };
}

function toRow(r: Raw): BreachRow {
  return { ...toSummary(r), searchText: r.search_text ?? '', facts: r.facts ?? '{}', workflow: r.workflow ?? '{}' };
}

/** Lower case, accents and punctuation removed: « Rançongiciel — VIO-2026-0001 » → « rancongiciel vio-2026-0001 ». */
export function breachSearchKey(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}-]+/gu, ' ')
    .trim();
}

function params(r: BreachRow): Record<string, string | number | null> {
  return {
    id: r.id,
    reference: r.reference,
    ref_year: r.refYear,
    ref_seq: r.refSeq,
    title: r.title,
    status: r.status,
    reported_at: r.reportedAt,
    discovered_at: r.discoveredAt,
    aware_at: r.awareAt,
    due_at: r.dueAt,
    clock_applies: r.clockApplies ? 1 : 0,
    notified_at: r.notifiedAt,
    notification_count: r.notificationCount,
    decision: r.decision,
    recommendation: r.recommendation,
    severity: r.severity,
    severity_rank: r.severity ? SEVERITY_RANK[r.severity] : null,
    subjects_informed_at: r.subjectsInformedAt,
    closed_at: r.closedAt,
    natures: JSON.stringify(r.natures),
    special_categories: r.specialCategories ? 1 : 0,
    subject_count: r.subjectCount,
    search_text: r.searchText,
    facts: r.facts,
    workflow: r.workflow,
    created_at: r.createdAt,
    created_by: r.createdBy,
    updated_at: r.updatedAt,
  };
}

const WRITABLE = [
  'title', 'status', 'discovered_at', 'aware_at', 'due_at', 'clock_applies', 'notified_at', 'notification_count', 'decision',
  'recommendation', 'severity', 'severity_rank', 'subjects_informed_at', 'closed_at', 'natures', 'special_categories',
  'subject_count', 'search_text', 'facts', 'workflow', 'updated_at',
] as const;
const INSERT_COLUMNS = ['id', 'reference', 'ref_year', 'ref_seq', 'reported_at', 'created_at', 'created_by', ...WRITABLE] as const;

export function insertBreach(db: Db, row: BreachRow): void {
  prepared(db, `INSERT INTO breaches (${INSERT_COLUMNS.join(', ')}) VALUES (${INSERT_COLUMNS.map((c) => `@${c}`).join(', ')})`).run(params(row));
}

/** Rewrites every mutable column (reference, report and creation stay). */
export function updateBreach(db: Db, row: BreachRow): void {
  const { changes } = prepared(db, `UPDATE breaches SET ${WRITABLE.map((c) => `${c} = @${c}`).join(', ')} WHERE id = @id`).run(params(row));
  if (changes !== 1) throw new Error(`updateBreach: breach ${row.id} not found`);
}

export function findBreach(db: Db, id: string): BreachRow | null {
  const r = prepared(db, `SELECT ${SUMMARY_COLUMNS}, search_text, facts, workflow FROM breaches WHERE id = ?`).get(id) as Raw | undefined;
  return r ? toRow(r) : null;
}

/** Next number of a year's sequence of references (`VIO-2026-0042`). */
export function nextBreachNumber(db: Db, year: number): number {
  const r = prepared(db, 'SELECT max(ref_seq) AS n FROM breaches WHERE ref_year = ?').get(year) as { n: number | null };
  return (r.n ?? 0) + 1;
}

export type BreachListFilter = 'open' | 'clock_running' | 'late' | 'to_notify' | 'all';

export interface BreachQuery {
  filter: BreachListFilter;
  statuses: readonly BreachStatus[];
  severities?: readonly SeverityBand[] | undefined;
  notified?: boolean | undefined;
  /** UTC instants bounding `discovered_at`, both included. */
  discoveredFrom?: string | undefined;
  discoveredTo?: string | undefined;
  search?: string | undefined;
  /** Only breaches linked to this processing / processor (migration 006). */
  processingId?: string | undefined;
  processorId?: string | undefined;
  /** UTC instant the clock filters are judged at. */
  now: string;
  sort: 'dueAt' | 'discoveredAt' | 'reference' | 'status' | 'updatedAt' | 'severity';
  direction: 'asc' | 'desc';
  offset: number;
  limit: number;
}

/** Art. 33(1) filters, on the stored due instant (same UTC ISO format as `now`, so text order is time order). */
const FILTERS: Record<BreachListFilter, string | null> = {
  all: null,
  open: `status NOT IN ('closed', 'dismissed')`,
  clock_running: 'clock_applies = 1 AND notified_at IS NULL AND due_at >= @now',
  late: 'clock_applies = 1 AND ((notified_at IS NULL AND due_at < @now) OR notified_at > due_at)',
  to_notify: `clock_applies = 1 AND notified_at IS NULL AND decision IN ('notify_authority', 'notify_authority_and_subjects')`,
};

const ORDER: Record<BreachQuery['sort'], readonly string[]> = {
  // Breaches without a due instant come after those with one, whatever the direction.
  dueAt: ['(due_at IS NULL) ASC', 'due_at'],
  discoveredAt: ['discovered_at'],
  reference: ['ref_year', 'ref_seq'],
  status: ['status', 'due_at'],
  updatedAt: ['updated_at'],
  severity: ['(severity_rank IS NULL) ASC', 'severity_rank'],
};

const escapeLike = (text: string): string => text.replace(/[\\%_]/g, (c) => `\\${c}`);

function whereClause(q: BreachQuery): { sql: string; values: Record<string, string | number> } {
  const parts: string[] = [];
  const values: Record<string, string | number> = {};
  const filter = FILTERS[q.filter];
  if (filter) {
    parts.push(filter);
    if (filter.includes('@now')) values.now = q.now;
  }
  if (q.statuses.length > 0) {
    parts.push(`status IN (${q.statuses.map((_, i) => `@s${i}`).join(', ')})`);
    q.statuses.forEach((s, i) => (values[`s${i}`] = s));
  }
  if (q.severities && q.severities.length > 0) {
    parts.push(`severity IN (${q.severities.map((_, i) => `@sev${i}`).join(', ')})`);
    q.severities.forEach((s, i) => (values[`sev${i}`] = s));
  }
  if (q.notified !== undefined) parts.push(q.notified ? 'notified_at IS NOT NULL' : 'notified_at IS NULL');
  if (q.discoveredFrom) {
    parts.push('discovered_at >= @discoveredFrom');
    values.discoveredFrom = q.discoveredFrom;
  }
  if (q.discoveredTo) {
    parts.push('discovered_at <= @discoveredTo');
    values.discoveredTo = q.discoveredTo;
  }
  const addLink = (link: { sql: string; values: Record<string, string> }): void => {
    parts.push(link.sql);
    Object.assign(values, link.values);
  };
  if (q.processingId) addLink(linkFilter('breach_processings', q.processingId));
  if (q.processorId) addLink(linkFilter('breach_processors', q.processorId));
  const search = q.search ? breachSearchKey(q.search) : '';
  if (search !== '') {
    parts.push(`search_text LIKE @search ESCAPE '\\'`);
    values.search = `%${escapeLike(search)}%`;
  }
  return { sql: parts.length > 0 ? `WHERE ${parts.join(' AND ')}` : '', values };
}

/** One page of breaches matching `q`, with the number of matches. */
export function listBreaches(db: Db, q: BreachQuery): { rows: BreachSummary[]; total: number } {
  const { sql: where, values } = whereClause(q);
  const dir = q.direction === 'desc' ? 'DESC' : 'ASC';
  const order = [...ORDER[q.sort], 'rowid'].map((c) => (c.endsWith(' ASC') ? c : `${c} ${dir}`)).join(', ');
  const rows = prepared(db, `SELECT ${SUMMARY_COLUMNS} FROM breaches ${where} ORDER BY ${order} LIMIT @limit OFFSET @offset`).all({
    ...values,
    limit: q.limit,
    offset: q.offset,
  }) as Raw[];
  const total = (prepared(db, `SELECT count(*) AS n FROM breaches ${where}`).get(values) as { n: number }).n;
  return { rows: rows.map(toSummary), total };
}

/** What the register reads of a breach: everything else it shows comes from the JSON documents. */
export type BreachRegisterRow = Pick<BreachRow, 'id' | 'reference' | 'dueAt' | 'facts' | 'workflow'>;

/**
 * Breaches discovered between two UTC instants (both included), oldest first: the Art. 33(5) register.
 * Only the columns the register uses: converting the list columns of 10 000 rows was wasted work.
 */
export function* registerBreaches(db: Db, fromUtc: string, toUtc: string): Generator<BreachRegisterRow> {
  const iter = prepared(db, 'SELECT id, reference, due_at, facts, workflow FROM breaches WHERE discovered_at BETWEEN ? AND ? ORDER BY discovered_at, rowid').iterate(
    fromUtc,
    toUtc,
  ) as IterableIterator<Pick<Raw, 'id' | 'reference' | 'due_at' | 'facts' | 'workflow'>>;
  for (const r of iter) yield { id: r.id, reference: r.reference, dueAt: r.due_at, facts: r.facts ?? '{}', workflow: r.workflow ?? '{}' };
}

export function countRegisterBreaches(db: Db, fromUtc: string, toUtc: string): number {
  return (prepared(db, 'SELECT count(*) AS n FROM breaches WHERE discovered_at BETWEEN ? AND ?').get(fromUtc, toUtc) as { n: number }).n;
}

// --- Risk assessments -------------------------------------------------------------------------

export interface AssessmentRow {
  id: string;
  breachId: string;
  assessedAt: string;
  assessedBy: string;
  recommendation: Recommendation;
  severity: SeverityBand;
  answers: string;
  result: string;
}

interface RawAssessment {
  id: string;
  breach_id: string;
  assessed_at: string;
  assessed_by: string;
  recommendation: Recommendation;
  severity: SeverityBand;
  answers: string;
  result: string;
}

const toAssessment = (r: RawAssessment): AssessmentRow => ({
  id: r.id,
  breachId: r.breach_id,
  assessedAt: r.assessed_at,
  assessedBy: r.assessed_by,
  recommendation: r.recommendation,
  severity: r.severity,
  answers: r.answers,
  result: r.result,
});

export function insertAssessment(db: Db, a: AssessmentRow): void {
  prepared(
    db,
    `INSERT INTO breach_assessments (id, breach_id, assessed_at, assessed_by, recommendation, severity, answers, result)
     VALUES (@id, @breachId, @assessedAt, @assessedBy, @recommendation, @severity, @answers, @result)`,
  ).run(a);
}

/** Every assessment of a breach, newest first (previous ones are kept: accountability, Art. 5(2)). */
export function listAssessments(db: Db, breachId: string): AssessmentRow[] {
  const rows = prepared(db, 'SELECT * FROM breach_assessments WHERE breach_id = ? ORDER BY assessed_at DESC, rowid DESC').all(breachId) as RawAssessment[];
  return rows.map(toAssessment);
}

/** The latest assessment of each breach discovered in a period (register). */
export function registerLatestAssessments(db: Db, fromUtc: string, toUtc: string): Map<string, AssessmentRow> {
  const rows = prepared(
    db,
    `SELECT a.* FROM breach_assessments a JOIN breaches b ON b.id = a.breach_id
     WHERE b.discovered_at BETWEEN ? AND ? ORDER BY a.breach_id, a.assessed_at, a.rowid`,
  ).all(fromUtc, toUtc) as RawAssessment[];
  const latest = new Map<string, AssessmentRow>();
  for (const r of rows) latest.set(r.breach_id, toAssessment(r));
  return latest;
}

// --- Notifications to the CNIL ----------------------------------------------------------------

export interface NotificationRow {
  id: string;
  breachId: string;
  sequence: number;
  kind: 'initial' | 'complementary';
  notifiedAt: string;
  reference: string | null;
  delayReasons: string | null;
  late: boolean;
  /** Canonical JSON of the content sent. */
  snapshot: string;
  snapshotSha256: string;
  recordedAt: string;
  recordedBy: string;
}

interface RawNotification {
  id: string;
  breach_id: string;
  sequence: number;
  kind: 'initial' | 'complementary';
  notified_at: string;
  reference: string | null;
  delay_reasons: string | null;
  late: number;
  snapshot?: string;
  snapshot_sha256: string;
  recorded_at: string;
  recorded_by: string;
}

const toNotification = (r: RawNotification): NotificationRow => ({
  id: r.id,
  breachId: r.breach_id,
  sequence: r.sequence,
  kind: r.kind,
  notifiedAt: r.notified_at,
  reference: r.reference,
  delayReasons: r.delay_reasons,
  late: r.late === 1,
  snapshot: r.snapshot ?? '',
  snapshotSha256: r.snapshot_sha256,
  recordedAt: r.recorded_at,
  recordedBy: r.recorded_by,
});

const NOTIFICATION_META = 'id, breach_id, sequence, kind, notified_at, reference, delay_reasons, late, snapshot_sha256, recorded_at, recorded_by';

export function insertNotification(db: Db, n: NotificationRow): void {
  prepared(
    db,
    `INSERT INTO breach_notifications (id, breach_id, sequence, kind, notified_at, reference, delay_reasons, late, snapshot, snapshot_sha256, recorded_at, recorded_by)
     VALUES (@id, @breachId, @sequence, @kind, @notifiedAt, @reference, @delayReasons, @late, @snapshot, @snapshotSha256, @recordedAt, @recordedBy)`,
  ).run({ ...n, late: n.late ? 1 : 0 });
}

/** A breach's notifications in order, without their (large) frozen copies. */
export function listNotifications(db: Db, breachId: string): NotificationRow[] {
  const rows = prepared(db, `SELECT ${NOTIFICATION_META} FROM breach_notifications WHERE breach_id = ? ORDER BY sequence`).all(breachId) as RawNotification[];
  return rows.map(toNotification);
}

/** One notification with its frozen copy. */
export function findNotification(db: Db, breachId: string, id: string): NotificationRow | null {
  const r = prepared(db, 'SELECT * FROM breach_notifications WHERE breach_id = ? AND id = ?').get(breachId, id) as RawNotification | undefined;
  return r ? toNotification(r) : null;
}

/** Notifications (without copies) of the breaches discovered in a period, grouped by breach. */
export function registerNotifications(db: Db, fromUtc: string, toUtc: string): Map<string, NotificationRow[]> {
  const rows = prepared(
    db,
    `SELECT ${NOTIFICATION_META.split(', ').map((c) => `n.${c}`).join(', ')} FROM breach_notifications n JOIN breaches b ON b.id = n.breach_id
     WHERE b.discovered_at BETWEEN ? AND ? ORDER BY n.breach_id, n.sequence`,
  ).all(fromUtc, toUtc) as RawNotification[];
  return groupBy(rows.map(toNotification), (n) => n.breachId);
}

// --- Communications to the people (Art. 34) ---------------------------------------------------

export interface CommunicationRow {
  id: string;
  breachId: string;
  communicatedAt: string;
  channel: string;
  numberInformed: number | null;
  allInformed: boolean;
  notAllReason: string;
  content: string;
  recordedAt: string;
  recordedBy: string;
}

interface RawCommunication {
  id: string;
  breach_id: string;
  communicated_at: string;
  channel: string;
  number_informed: number | null;
  all_informed: number;
  not_all_reason: string;
  content: string;
  recorded_at: string;
  recorded_by: string;
}

const toCommunication = (r: RawCommunication): CommunicationRow => ({
  id: r.id,
  breachId: r.breach_id,
  communicatedAt: r.communicated_at,
  channel: r.channel,
  numberInformed: r.number_informed,
  allInformed: r.all_informed === 1,
  notAllReason: r.not_all_reason,
  content: r.content,
  recordedAt: r.recorded_at,
  recordedBy: r.recorded_by,
});

export function insertCommunication(db: Db, c: CommunicationRow): void {
  prepared(
    db,
    `INSERT INTO breach_communications (id, breach_id, communicated_at, channel, number_informed, all_informed, not_all_reason, content, recorded_at, recorded_by)
     VALUES (@id, @breachId, @communicatedAt, @channel, @numberInformed, @allInformed, @notAllReason, @content, @recordedAt, @recordedBy)`,
  ).run({ ...c, allInformed: c.allInformed ? 1 : 0 });
}

export function listCommunications(db: Db, breachId: string): CommunicationRow[] {
  const rows = prepared(db, 'SELECT * FROM breach_communications WHERE breach_id = ? ORDER BY communicated_at, rowid').all(breachId) as RawCommunication[];
  return rows.map(toCommunication);
}

export function registerCommunications(db: Db, fromUtc: string, toUtc: string): Map<string, CommunicationRow[]> {
  const rows = prepared(
    db,
    `SELECT c.* FROM breach_communications c JOIN breaches b ON b.id = c.breach_id
     WHERE b.discovered_at BETWEEN ? AND ? ORDER BY c.breach_id, c.communicated_at, c.rowid`,
  ).all(fromUtc, toUtc) as RawCommunication[];
  return groupBy(rows.map(toCommunication), (c) => c.breachId);
}

// --- History ----------------------------------------------------------------------------------

/** The audit-log entries of one breach, oldest first: who changed what, when (Art. 5(2)). */
export function breachHistory(db: Db, breachId: string): { seq: number; at: string; actor: string; action: string }[] {
  return prepared(db, `SELECT seq, at, actor, action FROM audit_log WHERE entity_type = 'breach' AND entity_id = ? ORDER BY seq`).all(breachId) as {
    seq: number;
    at: string;
    actor: string;
    action: string;
  }[];
}

function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    const group = groups.get(k);
    if (group) group.push(item);
    else groups.set(k, [item]);
  }
  return groups;
}
