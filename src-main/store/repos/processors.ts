/**
 * Processors, their contracts and the contract documents (GDPR Art. 28). SQL only; records are
 * validated by the contract's zod schemas before they get here.
 */
import type { ContractRecord, DocumentMeta, ProcessorRecord, SubProcessorRecord } from '../../shared/schemas/processor';
import type { Db } from '../sqlite';
import { searchKey } from './requests';

/** A sub-processor as stored: every link of the chain has an id (alert keys point at it). */
export type StoredSubProcessor = Omit<SubProcessorRecord, 'id' | 'subProcessors'> & { id: string; subProcessors: StoredSubProcessor[] };

/** A processor as stored: ids on every certification, location and sub-processor. */
export type StoredProcessor = Omit<ProcessorRecord, 'certifications' | 'hostingLocations' | 'subProcessors'> & {
  certifications: (ProcessorRecord['certifications'][number] & { id: string })[];
  hostingLocations: (ProcessorRecord['hostingLocations'][number] & { id: string })[];
  subProcessors: StoredSubProcessor[];
};

export interface ProcessorEntity {
  id: string;
  reference: string;
  record: StoredProcessor;
  createdAt: string;
  updatedAt: string;
}

export interface ContractEntity {
  id: string;
  processorId: string;
  record: ContractRecord;
  createdAt: string;
  updatedAt: string;
}

interface ProcessorRow {
  id: string;
  reference: string;
  record: string;
  created_at: string;
  updated_at: string;
}

interface ContractRow {
  id: string;
  processor_id: string;
  record: string;
  created_at: string;
  updated_at: string;
}

const toProcessor = (r: ProcessorRow): ProcessorEntity => ({
  id: r.id,
  reference: r.reference,
  record: JSON.parse(r.record) as StoredProcessor,
  createdAt: r.created_at,
  updatedAt: r.updated_at,
});

const toContract = (r: ContractRow): ContractEntity => ({
  id: r.id,
  processorId: r.processor_id,
  record: JSON.parse(r.record) as ContractRecord,
  createdAt: r.created_at,
  updatedAt: r.updated_at,
});

/** `SST-2026-0007`: sub-traitant, year of creation (Europe/Paris), sequence within the year. */
export function processorReference(year: number, seq: number): string {
  return `SST-${year}-${String(seq).padStart(4, '0')}`;
}

export function nextProcessorSeq(db: Db, year: number): number {
  const r = db.prepare('SELECT max(ref_seq) AS n FROM processors WHERE ref_year = ?').get(year) as { n: number | null };
  return (r.n ?? 0) + 1;
}

function processorParams(record: StoredProcessor) {
  return {
    name: record.name,
    name_key: searchKey(record.name),
    country: record.country,
    hosts_health_data: record.hostsHealthData ? 1 : 0,
    search_text: searchKey([record.name, record.siren, record.foreignIdentifier].join(' ')),
    record: JSON.stringify(record),
  };
}

export function insertProcessor(db: Db, e: ProcessorEntity & { refYear: number; refSeq: number }): void {
  db.prepare(
    `INSERT INTO processors (id, reference, ref_year, ref_seq, name, name_key, country, hosts_health_data, search_text, record, created_at, updated_at)
     VALUES (@id, @reference, @ref_year, @ref_seq, @name, @name_key, @country, @hosts_health_data, @search_text, @record, @created_at, @updated_at)`,
  ).run({ id: e.id, reference: e.reference, ref_year: e.refYear, ref_seq: e.refSeq, ...processorParams(e.record), created_at: e.createdAt, updated_at: e.updatedAt });
}

export function updateProcessor(db: Db, id: string, record: StoredProcessor, updatedAt: string): void {
  db.prepare(
    `UPDATE processors SET name = @name, name_key = @name_key, country = @country, hosts_health_data = @hosts_health_data,
       search_text = @search_text, record = @record, updated_at = @updated_at WHERE id = @id`,
  ).run({ id, ...processorParams(record), updated_at: updatedAt });
}

export function deleteProcessor(db: Db, id: string): void {
  db.prepare('DELETE FROM processors WHERE id = ?').run(id);
}

export function findProcessor(db: Db, id: string): ProcessorEntity | null {
  const r = db.prepare('SELECT id, reference, record, created_at, updated_at FROM processors WHERE id = ?').get(id) as ProcessorRow | undefined;
  return r ? toProcessor(r) : null;
}

export interface ProcessorQuery {
  search?: string | undefined;
  country?: string | undefined;
  hostsHealthData?: boolean | undefined;
}

/** Processors matching the SQL-side filters, by name. Alerts are computed by the caller. */
export function listProcessors(db: Db, q: ProcessorQuery = {}): ProcessorEntity[] {
  const where: string[] = [];
  const values: Record<string, string | number> = {};
  if (q.search) {
    where.push("(search_text LIKE @search ESCAPE '\\' OR reference LIKE @search ESCAPE '\\')");
    values.search = `%${searchKey(q.search).replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
  }
  if (q.country) {
    where.push('country = @country');
    values.country = q.country;
  }
  if (q.hostsHealthData !== undefined) {
    where.push('hosts_health_data = @health');
    values.health = q.hostsHealthData ? 1 : 0;
  }
  const sql = `SELECT id, reference, record, created_at, updated_at FROM processors ${where.length ? `WHERE ${where.join(' AND ')}` : ''} ORDER BY name_key, reference`;
  return (db.prepare(sql).all(values) as ProcessorRow[]).map(toProcessor);
}

/** Id, reference and name of every processor: for matching names typed in an imported register. */
export function processorNames(db: Db): { id: string; reference: string; name: string; nameKey: string }[] {
  return (db.prepare('SELECT id, reference, name, name_key FROM processors ORDER BY name_key').all() as { id: string; reference: string; name: string; name_key: string }[]).map(
    (r) => ({ id: r.id, reference: r.reference, name: r.name, nameKey: r.name_key }),
  );
}

/** The processor whose name is `name` once accents, case and punctuation are ignored. */
export function findProcessorByName(db: Db, name: string): { id: string; reference: string; name: string } | null {
  return (db.prepare('SELECT id, reference, name FROM processors WHERE name_key = ? LIMIT 1').get(searchKey(name)) as { id: string; reference: string; name: string } | undefined) ?? null;
}

// ——— Contracts ———

export function insertContract(db: Db, c: ContractEntity): void {
  db.prepare(
    `INSERT INTO processor_contracts (id, processor_id, title, signed_on, review_date, record, created_at, updated_at)
     VALUES (@id, @processor_id, @title, @signed_on, @review_date, @record, @created_at, @updated_at)`,
  ).run({
    id: c.id,
    processor_id: c.processorId,
    title: c.record.title,
    signed_on: c.record.signedOn,
    review_date: c.record.reviewDate,
    record: JSON.stringify(c.record),
    created_at: c.createdAt,
    updated_at: c.updatedAt,
  });
}

export function updateContract(db: Db, id: string, record: ContractRecord, updatedAt: string): void {
  db.prepare('UPDATE processor_contracts SET title = ?, signed_on = ?, review_date = ?, record = ?, updated_at = ? WHERE id = ?').run(
    record.title,
    record.signedOn,
    record.reviewDate,
    JSON.stringify(record),
    updatedAt,
    id,
  );
}

export function deleteContract(db: Db, id: string): void {
  db.prepare('DELETE FROM processor_contracts WHERE id = ?').run(id);
}

export function findContract(db: Db, id: string): ContractEntity | null {
  const r = db.prepare('SELECT id, processor_id, record, created_at, updated_at FROM processor_contracts WHERE id = ?').get(id) as ContractRow | undefined;
  return r ? toContract(r) : null;
}

export function contractsOf(db: Db, processorId: string): ContractEntity[] {
  return (
    db.prepare('SELECT id, processor_id, record, created_at, updated_at FROM processor_contracts WHERE processor_id = ? ORDER BY created_at, id').all(processorId) as ContractRow[]
  ).map(toContract);
}

/** Every contract, grouped by processor (one query for the processor list and the register export). */
export function contractsByProcessor(db: Db): Map<string, ContractEntity[]> {
  const out = new Map<string, ContractEntity[]>();
  for (const r of db.prepare('SELECT id, processor_id, record, created_at, updated_at FROM processor_contracts ORDER BY processor_id, created_at, id').all() as ContractRow[]) {
    const list = out.get(r.processor_id) ?? [];
    list.push(toContract(r));
    out.set(r.processor_id, list);
  }
  return out;
}

// ——— Contract documents ———

interface DocumentRow {
  contract_id: string;
  filename: string;
  mime: string;
  size: number;
  sha256: string;
  uploaded_at: string;
  uploaded_by: string;
}

const toMeta = (r: DocumentRow): DocumentMeta => ({
  filename: r.filename,
  mime: r.mime,
  size: r.size,
  sha256: r.sha256,
  uploadedAt: r.uploaded_at,
  uploadedBy: r.uploaded_by,
});

const META_COLUMNS = 'contract_id, filename, mime, size, sha256, uploaded_at, uploaded_by';

export function putDocument(db: Db, contractId: string, meta: DocumentMeta, content: Buffer): void {
  db.prepare(
    `INSERT INTO contract_documents (contract_id, filename, mime, size, sha256, uploaded_at, uploaded_by, content)
     VALUES (@contract_id, @filename, @mime, @size, @sha256, @uploaded_at, @uploaded_by, @content)
     ON CONFLICT(contract_id) DO UPDATE SET filename = excluded.filename, mime = excluded.mime, size = excluded.size,
       sha256 = excluded.sha256, uploaded_at = excluded.uploaded_at, uploaded_by = excluded.uploaded_by, content = excluded.content`,
  ).run({
    contract_id: contractId,
    filename: meta.filename,
    mime: meta.mime,
    size: meta.size,
    sha256: meta.sha256,
    uploaded_at: meta.uploadedAt,
    uploaded_by: meta.uploadedBy,
    content,
  });
}

export function documentMeta(db: Db, contractId: string): DocumentMeta | null {
  const r = db.prepare(`SELECT ${META_COLUMNS} FROM contract_documents WHERE contract_id = ?`).get(contractId) as DocumentRow | undefined;
  return r ? toMeta(r) : null;
}

/** Document metadata of every contract (never the content). */
export function documentMetas(db: Db): Map<string, DocumentMeta> {
  const rows = db.prepare(`SELECT ${META_COLUMNS} FROM contract_documents`).all() as DocumentRow[];
  return new Map(rows.map((r) => [r.contract_id, toMeta(r)]));
}

export function readDocument(db: Db, contractId: string): { meta: DocumentMeta; content: Buffer } | null {
  const r = db.prepare(`SELECT ${META_COLUMNS}, content FROM contract_documents WHERE contract_id = ?`).get(contractId) as (DocumentRow & { content: Buffer }) | undefined;
  return r ? { meta: toMeta(r), content: r.content } : null;
}

export function deleteDocument(db: Db, contractId: string): void {
  db.prepare('DELETE FROM contract_documents WHERE contract_id = ?').run(contractId);
}
