import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTestDatabase, onPostgres, type TestDatabase } from '../../../test/test-database.ts';
import { loadMigrations, migrate, MigrationError, pendingMigrations, type Migration } from './index.ts';

let db: TestDatabase;
beforeEach(async () => {
  db = await createTestDatabase();
});
afterEach(async () => {
  await db.close();
});

function extra(version: string, sql: string): Migration {
  return { version, name: 'extra', sql, checksum: `sum-${sql.length}` };
}

describe('migrations', () => {
  it('are plain SQL files named NNNN_name.sql, in order', () => {
    const all = loadMigrations();
    expect(all.length).toBeGreaterThan(0);
    expect(all.map((m) => m.version)).toEqual([...all.map((m) => m.version)].sort());
    expect(new Set(all.map((m) => m.version)).size).toBe(all.length);
  });

  it('apply nothing twice: a second run finds everything done', async () => {
    // The test database is already migrated by the real runner.
    expect(await pendingMigrations(db)).toEqual([]);
    const again = await migrate(db);
    expect(again.applied).toEqual([]);
    expect(again.alreadyApplied).toBe(loadMigrations().length);
    const { rows } = await db.query<{ n: number }>('select count(*) as n from schema_migrations');
    expect(rows[0]?.n).toBe(loadMigrations().length);
  });

  it('apply a new migration once and record it', async () => {
    const migrations = [...loadMigrations(), extra('9001', 'create table extra_t (id int primary key);')];
    expect((await migrate(db, migrations)).applied).toEqual(['9001_extra']);
    expect((await migrate(db, migrations)).applied).toEqual([]);
    await db.query('insert into extra_t values (1)');
  });

  it('roll back a failing migration whole', async () => {
    const bad = [...loadMigrations(), extra('9002', 'create table half_t (id int); select no_such_function();')];
    await expect(migrate(db, bad)).rejects.toThrow();
    const { rows } = await db.query<{ t: string | null }>("select to_regclass('half_t')::text as t");
    expect(rows[0]?.t).toBeNull();
    expect(await pendingMigrations(db, bad)).toEqual(['9002']);
  });

  it('refuse a migration edited after it was applied', async () => {
    const edited = loadMigrations().map((m, i) => (i === 0 ? { ...m, checksum: 'changed' } : m));
    await expect(migrate(db, edited)).rejects.toBeInstanceOf(MigrationError);
  });

  it('refuse a database that is newer than the code', async () => {
    const migrations = [...loadMigrations(), extra('9003', 'select 1;')];
    await migrate(db, migrations);
    await expect(migrate(db, loadMigrations())).rejects.toThrow(/newer than this code/);
  });

  it('read migration files from a folder', () => {
    const dir = mkdtempSync(join(tmpdir(), 'vigil-mig-'));
    writeFileSync(join(dir, '0002_b.sql'), 'select 2;');
    writeFileSync(join(dir, '0001_a.sql'), 'select 1;');
    writeFileSync(join(dir, 'README.md'), 'not a migration');
    expect(loadMigrations(dir).map((m) => `${m.version}_${m.name}`)).toEqual(['0001_a', '0002_b']);
  });

  it.runIf(onPostgres)('are safe when several processes start at once', async () => {
    const others = await Promise.all([db.openAnother(1), db.openAnother(1), db.openAnother(1)]);
    const migrations = [...loadMigrations(), extra('9004', 'create table race_t (id int primary key);')];
    try {
      const results = await Promise.all(others.map((o) => migrate(o, migrations)));
      expect(results.flatMap((r) => r.applied)).toEqual(['9004_extra']);
    } finally {
      await Promise.all(others.map((o) => o.close()));
    }
  });
});
