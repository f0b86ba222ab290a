/** Per-user reminder dismissals: the only SQL on `reminder_dismissals`. A dismissed key never fires again. */
import type { Db } from '../sqlite';
import { prepared } from '../sqlite';

export function dismissedKeys(db: Db, userId: string): Set<string> {
  const rows = prepared(db, 'SELECT key FROM reminder_dismissals WHERE user_id = ?').all(userId) as { key: string }[];
  return new Set(rows.map((r) => r.key));
}

/** Records the dismissal; returns the first dismissal instant (idempotent). */
export function dismissReminder(db: Db, userId: string, key: string, at: string): { dismissedAt: string; created: boolean } {
  const { changes } = prepared(db, 'INSERT INTO reminder_dismissals (user_id, key, dismissed_at) VALUES (?, ?, ?) ON CONFLICT DO NOTHING').run(userId, key, at);
  const r = prepared(db, 'SELECT dismissed_at FROM reminder_dismissals WHERE user_id = ? AND key = ?').get(userId, key) as { dismissed_at: string };
  return { dismissedAt: r.dismissed_at, created: changes === 1 };
}
