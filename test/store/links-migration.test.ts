import Database from 'better-sqlite3-multiple-ciphers';
import { describe, expect, it } from 'vitest';
import { migrate } from '../../src-main/store/migrate';
import { MIGRATIONS } from '../../src-main/store/migrations';

/** A version-5 database (before the links) holding one breach and one processor. */
function version5(): Database.Database {
  const db = new Database(':memory:');
  db.pragma('foreign_keys = ON');
  migrate(db, MIGRATIONS.slice(0, 5));
  db.prepare(
    `INSERT INTO breaches (id, reference, ref_year, ref_seq, title, status, reported_at, discovered_at, clock_applies, natures, special_categories,
       search_text, facts, workflow, created_at, created_by, updated_at)
     VALUES ('b1', 'VIO-2026-0001', 2026, 1, 'Rançongiciel', 'reported', '2026-06-01T08:00:00.000Z', '2026-06-01T07:00:00.000Z', 0, '[]', 0,
       'rancongiciel', '{}', '{}', '2026-06-01T08:00:00.000Z', 'claire', '2026-06-01T08:00:00.000Z')`,
  ).run();
  db.prepare(
    `INSERT INTO processors (id, reference, ref_year, ref_seq, name, name_key, country, hosts_health_data, search_text, record, created_at, updated_at)
     VALUES ('p1', 'ST-2026-0001', 2026, 1, 'Imprimerie du Rhône', 'imprimerie du rhone', 'FR', 0, 'imprimerie', '{}', '2026-06-01T08:00:00.000Z', '2026-06-01T08:00:00.000Z')`,
  ).run();
  return db;
}

describe('migration 006: links from breaches and requests to processings and processors', () => {
  it('adds the three STRICT link tables to a version-5 vault and keeps its rows', () => {
    const db = version5();
    migrate(db, MIGRATIONS);
    expect(db.pragma('user_version', { simple: true })).toBe(6);
    for (const table of ['breach_processings', 'breach_processors', 'request_processings']) {
      const sql = (db.prepare(`SELECT sql FROM sqlite_master WHERE name = ?`).get(table) as { sql: string }).sql;
      expect(sql).toMatch(/STRICT/);
    }
    const indexes = (db.prepare(`SELECT name FROM sqlite_master WHERE type = 'index' AND (name LIKE '%_processing' OR name LIKE '%_processor')`).all() as { name: string }[]).map((r) => r.name);
    expect(indexes).toEqual(expect.arrayContaining(['breach_processings_processing', 'breach_processors_processor', 'request_processings_processing']));
    expect((db.prepare('SELECT title FROM breaches').get() as { title: string }).title).toBe('Rançongiciel');
  });

  it('keeps a processor named by a breach (RESTRICT) and drops the link with the breach (CASCADE)', () => {
    const db = version5();
    migrate(db, MIGRATIONS);
    db.prepare(`INSERT INTO breach_processors (breach_id, processor_id) VALUES ('b1', 'p1')`).run();
    expect(() => db.prepare(`INSERT INTO breach_processors (breach_id, processor_id) VALUES ('b1', 'p1')`).run()).toThrow(/UNIQUE|PRIMARY KEY/);
    expect(() => db.prepare(`INSERT INTO breach_processors (breach_id, processor_id) VALUES ('b1', 'nope')`).run()).toThrow(/FOREIGN KEY/);
    expect(() => db.prepare(`DELETE FROM processors WHERE id = 'p1'`).run()).toThrow(/FOREIGN KEY/);
    db.prepare(`DELETE FROM breaches WHERE id = 'b1'`).run();
    expect((db.prepare('SELECT count(*) AS n FROM breach_processors').get() as { n: number }).n).toBe(0);
    db.prepare(`DELETE FROM processors WHERE id = 'p1'`).run();
  });
});
