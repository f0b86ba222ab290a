import type { Settings } from '../../shared/schemas/vault';
import type { Db } from '../sqlite';

export const DEFAULT_SETTINGS: Settings = { autoLockMinutes: 10, backupKeep: 14 };

export function readSettings(db: Db): Settings {
  const rows = db.prepare('SELECT key, value FROM settings').all() as { key: string; value: string }[];
  const out: Settings = { ...DEFAULT_SETTINGS };
  for (const r of rows) {
    if (r.key === 'autoLockMinutes' || r.key === 'backupKeep') out[r.key] = Number(JSON.parse(r.value));
  }
  return out;
}

export function writeSettings(db: Db, s: Settings): void {
  const stmt = db.prepare('INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value');
  for (const [k, v] of Object.entries(s)) stmt.run(k, JSON.stringify(v));
}
