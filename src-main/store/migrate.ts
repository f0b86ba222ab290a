/**
 * Migration runner: forward only, one transaction for all pending versions (with `user_version`
 * set inside it), and a refusal — without touching the file — of a database from a newer version.
 */
import { DomainError } from '../shared/errors';
import { MIGRATIONS, type Migration } from './migrations';
import { userVersion, type Db } from './sqlite';

export function checkMigrationList(list: readonly Migration[]): void {
  list.forEach((m, i) => {
    if (m.version !== i + 1) throw new Error(`Migration list out of order at index ${i} (version ${m.version}).`);
  });
}

export function assertNotNewer(db: Db, list: readonly Migration[] = MIGRATIONS): number {
  const current = userVersion(db);
  if (current > list.length) throw new DomainError('VAULT_TOO_NEW', `Ce coffre est au format ${current}, cette version de DPO Workbench ne connaît que le format ${list.length}. Il n'a pas été modifié : installez la dernière version de l'application.`);
  return current;
}

/** Applies pending migrations; returns the versions applied. The caller takes a backup first. */
export function migrate(db: Db, list: readonly Migration[] = MIGRATIONS): number[] {
  checkMigrationList(list);
  const current = assertNotNewer(db, list);
  const pending = list.slice(current);
  if (pending.length === 0) return [];
  db.transaction(() => {
    for (const m of pending) m.up(db);
    // user_version is transactional in SQLite: it commits or rolls back with the schema.
    db.pragma(`user_version = ${list.length}`);
  })();
  return pending.map((m) => m.version);
}
