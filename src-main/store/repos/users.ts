import type { Role } from '../../shared/roles';
import type { User } from '../../shared/schemas/users';
import { newId } from '../ids';
import type { Db } from '../sqlite';

interface UserRow {
  id: string;
  username: string;
  display_name: string;
  role: Role;
  created_at: string;
}

const toUser = (r: UserRow): User => ({ id: r.id, username: r.username, displayName: r.display_name, role: r.role, createdAt: r.created_at });

export function insertUser(db: Db, u: { username: string; displayName: string; role: Role }, now: string): User {
  const row: UserRow = { id: newId(), username: u.username, display_name: u.displayName, role: u.role, created_at: now };
  db.prepare('INSERT INTO users (id, username, display_name, role, created_at) VALUES (@id, @username, @display_name, @role, @created_at)').run(row);
  return toUser(row);
}

export function findActiveUser(db: Db, username: string): User | null {
  const r = db.prepare('SELECT * FROM users WHERE username = ? AND removed_at IS NULL').get(username) as UserRow | undefined;
  return r ? toUser(r) : null;
}

export function listActiveUsers(db: Db): User[] {
  return (db.prepare('SELECT * FROM users WHERE removed_at IS NULL ORDER BY username').all() as UserRow[]).map(toUser);
}

export function markUserRemoved(db: Db, id: string, now: string): void {
  db.prepare('UPDATE users SET removed_at = ? WHERE id = ? AND removed_at IS NULL').run(now, id);
}

export function countActiveWithRole(db: Db, role: Role): number {
  return (db.prepare('SELECT count(*) AS n FROM users WHERE role = ? AND removed_at IS NULL').get(role) as { n: number }).n;
}
