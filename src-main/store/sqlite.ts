/**
 * The only module that opens SQLite connections. Every connection is opened the same way: cipher
 * settings and key before any other statement, then a first read that proves the key, then the
 * pragmas we rely on, asserted.
 */
import Database from 'better-sqlite3-multiple-ciphers';
import { DomainError } from '../shared/errors';
import { keyToHex } from './crypto';

export type Db = Database.Database;

const statements = new WeakMap<Db, Map<string, Database.Statement>>();

/** Prepared once per connection and SQL text: the repositories run the same few shapes over and over. */
export function prepared(db: Db, sql: string): Database.Statement {
  let cache = statements.get(db);
  if (!cache) {
    cache = new Map();
    statements.set(db, cache);
  }
  let statement = cache.get(sql);
  if (!statement) {
    statement = db.prepare(sql);
    cache.set(sql, statement);
  }
  return statement;
}

export interface OpenOptions {
  nativeBinding?: string | undefined;
  readonly?: boolean;
  /** Page cache in KiB (negative pragma value): SQLCipher is ~3× slower when the cache is starved. */
  cacheKiB?: number;
}

export type KeyCheck = 'ok' | 'wrong-key';

function applyCipher(db: Db, key: Buffer): void {
  // SQLCipher v4 settings, then the raw 32-byte key (our own KDF is in the keyring).
  db.pragma(`cipher='sqlcipher'`);
  db.pragma('legacy=4');
  db.pragma(`key="x'${keyToHex(key)}'"`);
}

function isNotADb(err: unknown): boolean {
  const code = (err as { code?: string } | null)?.code;
  return code === 'SQLITE_NOTADB';
}

/**
 * Opens an encrypted database; returns null when the key does not open it (SQLITE_NOTADB on the first
 * read). Nothing is written before the key is proven.
 */
export function openEncrypted(path: string, key: Buffer, options: OpenOptions = {}): Db | null {
  const db = new Database(path, {
    fileMustExist: true,
    readonly: options.readonly ?? false,
    ...(options.nativeBinding ? { nativeBinding: options.nativeBinding } : {}),
  });
  try {
    applyCipher(db, key);
    db.prepare('SELECT count(*) FROM sqlite_master').get();
  } catch (err) {
    db.close();
    if (isNotADb(err)) return null;
    throw err;
  }
  return db;
}

/** Creates a new, empty encrypted database file (fails if it exists). */
export function createEncrypted(path: string, key: Buffer, options: OpenOptions = {}): Db {
  const db = new Database(path, { ...(options.nativeBinding ? { nativeBinding: options.nativeBinding } : {}) });
  applyCipher(db, key);
  return db;
}

/** WAL + synchronous=FULL + foreign keys, asserted: a silent fallback would void our durability promise. */
export function applyRuntimePragmas(db: Db, options: OpenOptions = {}): void {
  const mode = db.pragma('journal_mode = WAL', { simple: true });
  db.pragma('synchronous = FULL');
  db.pragma('foreign_keys = ON');
  db.pragma(`cache_size = ${-(options.cacheKiB ?? 64 * 1024)}`);
  db.pragma('busy_timeout = 5000');
  const sync = db.pragma('synchronous', { simple: true });
  const fk = db.pragma('foreign_keys', { simple: true });
  if (String(mode).toLowerCase() !== 'wal' || sync !== 2 || fk !== 1) {
    db.close();
    throw new DomainError('INTERNAL', `Réglages SQLite inattendus (journal=${String(mode)}, synchronous=${String(sync)}, foreign_keys=${String(fk)}).`);
  }
}

export function userVersion(db: Db): number {
  return Number(db.pragma('user_version', { simple: true }));
}
