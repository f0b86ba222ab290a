/**
 * Append-only, hash-chained audit log (GDPR Art. 5(2), 33(5)).
 * hash(n) = SHA-256(hash(n-1) ‖ canonical JSON of row n); the head (seq, hash) is also kept in `meta`
 * so that removing the last rows is detected too. Triggers forbid UPDATE and DELETE.
 */
import { canonicalJson } from './canonical-json';
import { sha256Hex } from './crypto';
import type { Statement } from 'better-sqlite3-multiple-ciphers';
import type { Db } from './sqlite';

export const GENESIS_HASH = '0'.repeat(64);

export interface AuditInput {
  actor: string;
  action: string;
  entityType: string;
  entityId: string;
  before?: unknown;
  after?: unknown;
}

export interface AuditRow {
  seq: number;
  at: string;
  actor: string;
  action: string;
  entityType: string;
  entityId: string;
  beforeDigest: string | null;
  afterDigest: string | null;
  prevHash: string;
  hash: string;
}

export interface AuditHead {
  seq: number;
  hash: string;
}

export function digest(value: unknown): string | null {
  return value === undefined || value === null ? null : sha256Hex(canonicalJson(value));
}

function rowHash(prevHash: string, row: Omit<AuditRow, 'hash' | 'prevHash'>): string {
  return sha256Hex(prevHash + canonicalJson(row));
}

interface Statements {
  head: Statement;
  insert: Statement;
  meta: Statement;
}
const cache = new WeakMap<Db, Statements>();

/** Prepared once per connection: the audit append is on every write path. */
function statements(db: Db): Statements {
  let s = cache.get(db);
  if (!s) {
    s = {
      head: db.prepare('SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1'),
      insert: db.prepare(
        `INSERT INTO audit_log (seq, at, actor, action, entity_type, entity_id, before_digest, after_digest, prev_hash, hash)
         VALUES (@seq, @at, @actor, @action, @entityType, @entityId, @beforeDigest, @afterDigest, @prevHash, @hash)`,
      ),
      meta: db.prepare(`INSERT INTO meta (key, value) VALUES ('audit_head', ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value`),
    };
    cache.set(db, s);
  }
  return s;
}

export function auditHead(db: Db): AuditHead {
  const r = statements(db).head.get() as { seq: number; hash: string } | undefined;
  return r ?? { seq: 0, hash: GENESIS_HASH };
}

/** Must be called inside the transaction of the change it records. */
export function appendAudit(db: Db, entry: AuditInput, at: string): AuditRow {
  if (!db.inTransaction) throw new Error('appendAudit must run inside the transaction of the change.');
  const head = auditHead(db);
  const base = {
    seq: head.seq + 1,
    at,
    actor: entry.actor,
    action: entry.action,
    entityType: entry.entityType,
    entityId: entry.entityId,
    beforeDigest: digest(entry.before),
    afterDigest: digest(entry.after),
  };
  const hash = rowHash(head.hash, base);
  const st = statements(db);
  st.insert.run({ ...base, prevHash: head.hash, hash });
  st.meta.run(`${base.seq}:${hash}`);
  return { ...base, prevHash: head.hash, hash };
}

export interface AuditVerification {
  ok: boolean;
  count: number;
  head: AuditHead;
  firstBad: { seq: number; reason: string } | null;
}

interface RawRow {
  seq: number;
  at: string;
  actor: string;
  action: string;
  entity_type: string;
  entity_id: string;
  before_digest: string | null;
  after_digest: string | null;
  prev_hash: string;
  hash: string;
}

/** Re-computes the whole chain and names the first row that does not fit. */
export function verifyAudit(db: Db): AuditVerification {
  let prev = GENESIS_HASH;
  let expectedSeq = 1;
  let count = 0;
  const iter = db.prepare('SELECT * FROM audit_log ORDER BY seq').iterate() as IterableIterator<RawRow>;
  for (const r of iter) {
    count++;
    const bad = (reason: string): AuditVerification => ({ ok: false, count, head: { seq: r.seq, hash: r.hash }, firstBad: { seq: r.seq, reason } });
    if (r.seq !== expectedSeq) return bad(`ligne ${expectedSeq} manquante (la suivante porte le n° ${r.seq})`);
    if (r.prev_hash !== prev) return bad('le chaînage avec la ligne précédente est rompu');
    const h = rowHash(prev, {
      seq: r.seq,
      at: r.at,
      actor: r.actor,
      action: r.action,
      entityType: r.entity_type,
      entityId: r.entity_id,
      beforeDigest: r.before_digest,
      afterDigest: r.after_digest,
    });
    if (h !== r.hash) return bad('le contenu de la ligne ne correspond plus à son empreinte');
    prev = r.hash;
    expectedSeq++;
  }
  const head = { seq: expectedSeq - 1, hash: prev };
  const meta = db.prepare(`SELECT value FROM meta WHERE key = 'audit_head'`).get() as { value: string } | undefined;
  if (meta && meta.value !== `${head.seq}:${head.hash}`) {
    const metaSeq = Number(meta.value.split(':')[0]);
    return { ok: false, count, head, firstBad: { seq: Math.min(metaSeq, head.seq + 1), reason: `la fin du journal a été supprimée ou modifiée (tête attendue n° ${metaSeq})` } };
  }
  if (!meta && count > 0) return { ok: false, count, head, firstBad: { seq: head.seq, reason: 'la tête du journal enregistrée est absente' } };
  return { ok: true, count, head, firstBad: null };
}

export function listAudit(db: Db, limit: number, beforeSeq?: number): AuditRow[] {
  const rows = (
    beforeSeq
      ? db.prepare('SELECT * FROM audit_log WHERE seq < ? ORDER BY seq DESC LIMIT ?').all(beforeSeq, limit)
      : db.prepare('SELECT * FROM audit_log ORDER BY seq DESC LIMIT ?').all(limit)
  ) as RawRow[];
  return rows.map((r) => ({
    seq: r.seq,
    at: r.at,
    actor: r.actor,
    action: r.action,
    entityType: r.entity_type,
    entityId: r.entity_id,
    beforeDigest: r.before_digest,
    afterDigest: r.after_digest,
    prevHash: r.prev_hash,
    hash: r.hash,
  }));
}
