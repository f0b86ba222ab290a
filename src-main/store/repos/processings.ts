/**
 * The register of processing activities (GDPR Art. 30), the processors each one uses, and the
 * DPIA screenings (Art. 35). SQL only; records are validated by the contract's zod schemas first.
 */
import type { DpiaFollowUp, DpiaScreening, ProcessingRecord, ProcessingStatus } from '../../shared/schemas/processing';
import type { Db } from '../sqlite';
import { searchKey } from './requests';

/** The fiche as stored: the processors live in processing_processors, the reference in its column. */
export type StoredProcessing = Omit<ProcessingRecord, 'processorIds' | 'reference'>;

export interface ProcessingEntity {
  id: string;
  reference: string;
  status: ProcessingStatus;
  record: StoredProcessing;
  dpia: DpiaFollowUp;
  dpiaOutcome: DpiaScreening['outcome'] | null;
  processorIds: string[];
  /** CNIL « Date de création » (YYYY-MM-DD). */
  createdOn: string;
  validatedAt: string | null;
  validatedBy: string | null;
  createdAt: string;
  updatedAt: string;
}

interface Row {
  id: string;
  reference: string;
  status: ProcessingStatus;
  record: string;
  dpia: string;
  dpia_outcome: DpiaScreening['outcome'] | null;
  created_on: string;
  validated_at: string | null;
  validated_by: string | null;
  created_at: string;
  updated_at: string;
}

const COLUMNS = 'id, reference, status, record, dpia, dpia_outcome, created_on, validated_at, validated_by, created_at, updated_at';

const toEntity = (r: Row, processorIds: string[]): ProcessingEntity => ({
  id: r.id,
  reference: r.reference,
  status: r.status,
  record: JSON.parse(r.record) as StoredProcessing,
  dpia: JSON.parse(r.dpia) as DpiaFollowUp,
  dpiaOutcome: r.dpia_outcome,
  processorIds,
  createdOn: r.created_on,
  validatedAt: r.validated_at,
  validatedBy: r.validated_by,
  createdAt: r.created_at,
  updatedAt: r.updated_at,
});

/** References are unique whatever their case and surrounding spaces: « trt-1 » is « TRT-1 ». */
export function referenceKey(reference: string): string {
  return reference.trim().toUpperCase();
}

/** `TRT-2026-0012`: traitement, year of creation (Europe/Paris), first free number of that year. */
export function nextProcessingReference(db: Db, year: number): string {
  const prefix = `TRT-${year}-`;
  const rows = db.prepare("SELECT reference_key FROM processings WHERE reference_key LIKE ? ESCAPE '\\'").all(`${prefix}%`) as { reference_key: string }[];
  let max = 0;
  for (const r of rows) {
    const n = Number(r.reference_key.slice(prefix.length));
    if (Number.isInteger(n) && n > max) max = n;
  }
  return `${prefix}${String(max + 1).padStart(4, '0')}`;
}

export function findByReference(db: Db, reference: string): { id: string; name: string } | null {
  return (db.prepare('SELECT id, name FROM processings WHERE reference_key = ?').get(referenceKey(reference)) as { id: string; name: string } | undefined) ?? null;
}

/** Every reference in the register (upper case) with its id: import checks duplicates against it. */
export function referenceIndex(db: Db): Map<string, { id: string; name: string }> {
  const rows = db.prepare('SELECT id, name, reference_key FROM processings').all() as { id: string; name: string; reference_key: string }[];
  return new Map(rows.map((r) => [r.reference_key, { id: r.id, name: r.name }]));
}

function params(e: ProcessingEntity) {
  return {
    id: e.id,
    reference: e.reference,
    reference_key: referenceKey(e.reference),
    name: e.record.name,
    name_key: searchKey(e.record.name),
    role: e.record.role,
    status: e.status,
    review_date: e.record.reviewDate,
    dpia_outcome: e.dpiaOutcome,
    dpia_status: e.dpia.status,
    created_on: e.createdOn,
    record: JSON.stringify(e.record),
    dpia: JSON.stringify(e.dpia),
    validated_at: e.validatedAt,
    validated_by: e.validatedBy,
    created_at: e.createdAt,
    updated_at: e.updatedAt,
  };
}

function setLinks(db: Db, id: string, processorIds: readonly string[]): void {
  db.prepare('DELETE FROM processing_processors WHERE processing_id = ?').run(id);
  const insert = db.prepare('INSERT INTO processing_processors (processing_id, processor_id) VALUES (?, ?)');
  for (const pid of processorIds) insert.run(id, pid);
}

export function insertProcessing(db: Db, e: ProcessingEntity): void {
  db.prepare(
    `INSERT INTO processings (id, reference, reference_key, name, name_key, role, status, review_date, dpia_outcome, dpia_status,
       created_on, record, dpia, validated_at, validated_by, created_at, updated_at)
     VALUES (@id, @reference, @reference_key, @name, @name_key, @role, @status, @review_date, @dpia_outcome, @dpia_status,
       @created_on, @record, @dpia, @validated_at, @validated_by, @created_at, @updated_at)`,
  ).run(params(e));
  setLinks(db, e.id, e.processorIds);
}

/** Rewrites every column of the fiche (the id and creation instant stay). */
export function replaceProcessing(db: Db, e: ProcessingEntity): void {
  db.prepare(
    `UPDATE processings SET reference = @reference, reference_key = @reference_key, name = @name, name_key = @name_key, role = @role,
       status = @status, review_date = @review_date, dpia_outcome = @dpia_outcome, dpia_status = @dpia_status, created_on = @created_on,
       record = @record, dpia = @dpia, validated_at = @validated_at, validated_by = @validated_by, updated_at = @updated_at
     WHERE id = @id`,
  ).run(params(e));
  setLinks(db, e.id, e.processorIds);
}

export function deleteProcessing(db: Db, id: string): void {
  db.prepare('DELETE FROM processings WHERE id = ?').run(id);
}

function linksOf(db: Db, id: string): string[] {
  return (db.prepare('SELECT processor_id FROM processing_processors WHERE processing_id = ? ORDER BY processor_id').all(id) as { processor_id: string }[]).map((r) => r.processor_id);
}

/** processing id → processor ids, for the whole register (one query). */
export function allLinks(db: Db): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const r of db.prepare('SELECT processing_id, processor_id FROM processing_processors ORDER BY processing_id, processor_id').all() as { processing_id: string; processor_id: string }[]) {
    const list = out.get(r.processing_id) ?? [];
    list.push(r.processor_id);
    out.set(r.processing_id, list);
  }
  return out;
}

export function findProcessing(db: Db, id: string): ProcessingEntity | null {
  const r = db.prepare(`SELECT ${COLUMNS} FROM processings WHERE id = ?`).get(id) as Row | undefined;
  return r ? toEntity(r, linksOf(db, r.id)) : null;
}

export interface ProcessingQuery {
  search?: string | undefined;
  roles?: readonly string[] | undefined;
  status?: ProcessingStatus | undefined;
  dpiaOutcome?: DpiaScreening['outcome'] | 'unscreened' | undefined;
  processorId?: string | undefined;
  ids?: readonly string[] | undefined;
}

/** Fiches matching the SQL-side filters, by reference. Completeness and transfers are computed by the caller. */
export function listProcessings(db: Db, q: ProcessingQuery = {}): ProcessingEntity[] {
  const where: string[] = [];
  const values: Record<string, string> = {};
  if (q.search) {
    where.push("(name_key LIKE @search ESCAPE '\\' OR reference_key LIKE @ref ESCAPE '\\')");
    const escape = (s: string) => s.replace(/[\\%_]/g, (c) => `\\${c}`);
    values.search = `%${escape(searchKey(q.search))}%`;
    values.ref = `%${escape(referenceKey(q.search))}%`;
  }
  if (q.roles && q.roles.length > 0) {
    where.push(`role IN (${q.roles.map((_, i) => `@role${i}`).join(', ')})`);
    q.roles.forEach((r, i) => (values[`role${i}`] = r));
  }
  if (q.status) {
    where.push('status = @status');
    values.status = q.status;
  }
  if (q.dpiaOutcome === 'unscreened') where.push('dpia_outcome IS NULL');
  else if (q.dpiaOutcome) {
    where.push('dpia_outcome = @dpia');
    values.dpia = q.dpiaOutcome;
  }
  if (q.processorId) {
    where.push('id IN (SELECT processing_id FROM processing_processors WHERE processor_id = @processor)');
    values.processor = q.processorId;
  }
  if (q.ids) {
    where.push(`id IN (SELECT value FROM json_each(@ids))`);
    values.ids = JSON.stringify(q.ids);
  }
  const sql = `SELECT ${COLUMNS} FROM processings ${where.length ? `WHERE ${where.join(' AND ')}` : ''} ORDER BY reference_key`;
  const rows = db.prepare(sql).all(values) as Row[];
  const links = allLinks(db);
  return rows.map((r) => toEntity(r, links.get(r.id) ?? []));
}

/** Processings using a processor (its « traitements concernés »). */
export function processingsOfProcessor(db: Db, processorId: string): { id: string; reference: string; name: string }[] {
  return db
    .prepare(
      `SELECT p.id, p.reference, p.name FROM processing_processors l JOIN processings p ON p.id = l.processing_id
       WHERE l.processor_id = ? ORDER BY p.reference_key`,
    )
    .all(processorId) as { id: string; reference: string; name: string }[];
}

/** processor id → number of processings using it. */
export function processingCounts(db: Db): Map<string, number> {
  const rows = db.prepare('SELECT processor_id, count(*) AS n FROM processing_processors GROUP BY processor_id').all() as { processor_id: string; n: number }[];
  return new Map(rows.map((r) => [r.processor_id, r.n]));
}

// ——— DPIA screenings ———

interface ScreeningRow {
  record: string;
}

export function insertScreening(db: Db, s: DpiaScreening): void {
  db.prepare('INSERT INTO dpia_screenings (id, processing_id, screened_at, screened_by, outcome, record) VALUES (?, ?, ?, ?, ?, ?)').run(
    s.id,
    s.processingId,
    s.screenedAt,
    s.screenedBy,
    s.outcome,
    JSON.stringify(s),
  );
  db.prepare('UPDATE processings SET dpia_outcome = ? WHERE id = ?').run(s.outcome, s.processingId);
}

/** Every screening of a processing, most recent first. */
export function screeningsOf(db: Db, processingId: string): DpiaScreening[] {
  return (db.prepare('SELECT record FROM dpia_screenings WHERE processing_id = ? ORDER BY screened_at DESC, id DESC').all(processingId) as ScreeningRow[]).map(
    (r) => JSON.parse(r.record) as DpiaScreening,
  );
}

/** The latest screening of every processing screened at least once. */
export function latestScreenings(db: Db): Map<string, DpiaScreening> {
  const rows = db
    .prepare(
      `SELECT s.record FROM dpia_screenings s
       WHERE s.id = (SELECT id FROM dpia_screenings t WHERE t.processing_id = s.processing_id ORDER BY screened_at DESC, id DESC LIMIT 1)`,
    )
    .all() as ScreeningRow[];
  const out = new Map<string, DpiaScreening>();
  for (const r of rows) {
    const s = JSON.parse(r.record) as DpiaScreening;
    out.set(s.processingId, s);
  }
  return out;
}
