import Database from 'better-sqlite3-multiple-ciphers';
import { describe, expect, it } from 'vitest';
import { migrate } from '../../src-main/store/migrate';
import { MIGRATIONS } from '../../src-main/store/migrations';
import { linkFilter, type LinkFilterTable } from '../../src-main/store/repos/links';

/** Each link a list filters on, the table whose rows it keeps, and the fragment it must build. */
const KNOWN: { table: LinkFilterTable; owner: 'breaches' | 'requests'; sql: string; param: string }[] = [
  { table: 'breach_processings', owner: 'breaches', sql: 'id IN (SELECT breach_id FROM breach_processings WHERE processing_id = @processingId)', param: 'processingId' },
  { table: 'breach_processors', owner: 'breaches', sql: 'id IN (SELECT breach_id FROM breach_processors WHERE processor_id = @processorId)', param: 'processorId' },
  { table: 'request_processings', owner: 'requests', sql: 'id IN (SELECT request_id FROM request_processings WHERE processing_id = @processingId)', param: 'processingId' },
];

describe('linkFilter: the list filter on a link table (migration 006)', () => {
  it.each(KNOWN)('builds the fragment for $table, the id bound as a parameter and never written into the SQL', ({ table, sql, param }) => {
    const id = "x' OR 1=1 --";
    const fragment = linkFilter(table, id);
    expect(fragment.sql).toBe(sql);
    expect(fragment.values).toEqual({ [param]: id });
    expect(fragment.sql).not.toContain(id);
  });

  it.each(KNOWN)('names only columns that exist: the fragment for $table prepares against the migrated schema', ({ table, owner }) => {
    const db = new Database(':memory:');
    migrate(db, MIGRATIONS);
    expect(() => db.prepare(`SELECT id FROM ${owner} WHERE ${linkFilter(table, 'p1').sql}`)).not.toThrow();
    db.close();
  });

  it('refuses a table outside its list, whatever a caller casts it to', () => {
    for (const table of ['users', 'breaches; DROP TABLE breaches', 'constructor', '__proto__']) {
      expect(() => linkFilter(table as LinkFilterTable, 'p1')).toThrow(/unknown link table/);
    }
  });
});
