import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3-multiple-ciphers';
import { describe, expect, it } from 'vitest';
import { migrate } from '../../src-main/store/migrate';
import { LATEST_VERSION, MIGRATIONS } from '../../src-main/store/migrations';
import type { Migration } from '../../src-main/store/migrations/types';
import { createService } from '../../src-main/service/service';
import { newVault, PASSPHRASE, unwrap } from '../helpers/vault';
import { openRaw } from '../helpers/raw';

const tables = (db: Database.Database): string[] =>
  (db.prepare(`SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name`).all() as { name: string }[]).map((r) => r.name);

describe('the migrations runner', () => {
  it('numbers the migration files 1, 2, 3… without gap', () => {
    expect(MIGRATIONS.map((m) => m.version)).toEqual(MIGRATIONS.map((_, i) => i + 1));
    expect(LATEST_VERSION).toBe(MIGRATIONS.length);
  });

  it('applies every pending version in one transaction: a failing one leaves the database as it was', () => {
    const db = new Database(':memory:');
    const list: Migration[] = [
      { version: 1, name: 'a', up: (d) => d.exec('CREATE TABLE a (x INTEGER) STRICT') },
      { version: 2, name: 'b', up: () => { throw new Error('échec simulé'); } },
    ];
    expect(() => migrate(db, list)).toThrow(/échec simulé/);
    expect(tables(db)).toEqual([]);
    expect(db.pragma('user_version', { simple: true })).toBe(0);
    migrate(db, list.slice(0, 1));
    expect(tables(db)).toEqual(['a']);
    expect(db.pragma('user_version', { simple: true })).toBe(1);
  });

  it('creates every table STRICT (a value of the wrong type is refused, never converted)', () => {
    const db = new Database(':memory:');
    migrate(db);
    const list = db.prepare(`SELECT name, strict FROM pragma_table_list WHERE schema = 'main' AND name NOT LIKE 'sqlite_%'`).all() as { name: string; strict: number }[];
    expect(list.length).toBeGreaterThan(10);
    expect(list.filter((t) => t.strict !== 1).map((t) => t.name)).toEqual([]);
  });

  it('refuses a database whose version is newer than the code', () => {
    const db = new Database(':memory:');
    db.pragma('user_version = 7');
    expect(() => migrate(db, MIGRATIONS.slice(0, 2))).toThrow(/plus récente|format 7/);
  });

  it('takes a backup before migrating an existing vault, then brings it to the latest version with its data', async () => {
    // Which tables the last migration creates: replay the list on an empty database.
    const probe = new Database(':memory:');
    migrate(probe, MIGRATIONS.slice(0, -1));
    const before = new Set(tables(probe));
    migrate(probe, MIGRATIONS);
    const lastTables = tables(probe).filter((t) => !before.has(t));
    expect(lastTables.length).toBeGreaterThan(0);

    const { dir, service, kit } = await newVault();
    unwrap(await service.call('settings.update', { autoLockMinutes: 42 }));
    service.close();
    // Put the vault back at version N-1, as an older release left it.
    const raw = openRaw(dir, kit);
    raw.pragma('foreign_keys = OFF');
    for (const t of lastTables) raw.exec(`DROP TABLE "${t}"`);
    raw.pragma(`user_version = ${LATEST_VERSION - 1}`);
    raw.close();

    const s = createService({ vaultDir: dir });
    unwrap(await s.call('session.unlock', { username: 'claire', passphrase: PASSPHRASE }));
    const status = unwrap(await s.call('vault.status', {})) as { schemaVersion: number };
    expect(status.schemaVersion).toBe(LATEST_VERSION);
    expect((unwrap(await s.call('settings.get', {})) as { autoLockMinutes: number }).autoLockMinutes).toBe(42);
    const backups = unwrap(await s.call('backup.list', {})) as { kind: string; schemaVersion: number }[];
    const pre = backups.find((b) => b.kind === 'pre-migration');
    expect(pre?.schemaVersion).toBe(LATEST_VERSION - 1);
    expect((unwrap(await s.call('vault.verify', {})) as { ok: boolean }).ok).toBe(true);
    s.close();
    expect(existsSync(join(dir, 'backups')) && readdirSync(join(dir, 'backups')).some((f) => f.includes('pre-migration'))).toBe(true);
  });
});
