/**
 * The audit pack's consistent view of the vault: a second, read-only connection holding one read
 * transaction. With the vault in WAL mode, SQLite gives that transaction a snapshot of the database
 * as of its first read (snapshot isolation): every row the pack reads comes from that instant, while
 * the service goes on writing through its own connection.
 *
 * Chosen over a `VACUUM INTO` copy (store/backup.ts `snapshotTo`): the copy re-encrypts the whole file
 * inside the service's call, 16 s for a 570 MB vault during which every other call waits; the read
 * transaction is taken in a millisecond and writes nothing to disk (docs/decisions.md).
 */
import { DomainError } from '../../shared/errors';
import { auditHead, type AuditHead } from '../../store/audit-log';
import { openEncrypted, type Db } from '../../store/sqlite';

export interface ReadSnapshot {
  db: Db;
  /** The audit-log head the snapshot sees: printed on every document and in the manifest. */
  head: AuditHead;
  close(): void;
}

export function openReadSnapshot(path: string, key: Buffer, nativeBinding?: string): ReadSnapshot {
  const db = openEncrypted(path, key, { readonly: true, nativeBinding });
  if (!db) throw new DomainError('INTERNAL', 'Le coffre ne s’ouvre pas en lecture pour la génération : réessayez.');
  try {
    // A 16 MB page cache (the service's own connection keeps 64 MB). Issue 7 measured the pack's
    // 128 803 register rows read and written with 16 MB against 64 MB: about 1 s more work, 65 MB
    // less peak memory — the cache is native memory held for the whole job, and the pack's memory
    // target (400 MB) was the one furthest out of reach.
    db.pragma('cache_size = -16384');
    // A deferred transaction takes its snapshot at its first read, done at once: the state of now.
    db.exec('BEGIN');
    const head = auditHead(db);
    return {
      db,
      head,
      close() {
        try {
          if (db.inTransaction) db.exec('COMMIT');
        } finally {
          db.close();
        }
      },
    };
  } catch (error) {
    db.close();
    throw error;
  }
}
