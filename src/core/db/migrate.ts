// Applies the plain-SQL migrations in ./migrations, in order, once each. The same files serve PGlite
// and PostgreSQL. A checksum per file makes an edited, already-applied migration an error rather
// than silent drift, and an advisory lock lets several processes start at once safely.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Database } from './database.ts';

export const MIGRATIONS_DIR = fileURLToPath(new URL('./migrations/', import.meta.url));
const MIGRATION_LOCK_KEY = 7_203_811_455; // arbitrary, Vigil-specific advisory lock id

export interface Migration {
  version: string;
  name: string;
  sql: string;
  checksum: string;
}

export class MigrationError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'MigrationError';
  }
}

export function loadMigrations(dir: string = MIGRATIONS_DIR): Migration[] {
  return readdirSync(dir)
    .filter((f) => /^\d{4}_[a-z0-9_]+\.sql$/.test(f))
    .sort()
    .map((file) => {
      const sql = readFileSync(`${dir}/${file}`, 'utf8');
      return {
        version: file.slice(0, 4),
        name: file.slice(5, -4),
        sql,
        checksum: createHash('sha256').update(sql).digest('hex'),
      };
    });
}

export interface MigrateResult {
  applied: string[];
  alreadyApplied: number;
}

export async function migrate(db: Database, migrations: Migration[] = loadMigrations()): Promise<MigrateResult> {
  return db.transaction(async (tx) => {
    await tx.query('select pg_advisory_xact_lock($1)', [MIGRATION_LOCK_KEY]);
    await tx.exec(`create table if not exists schema_migrations (
      version text primary key,
      name text not null,
      checksum text not null,
      applied_at timestamptz not null default now()
    )`);
    const { rows } = await tx.query<{ version: string; name: string; checksum: string }>(
      'select version, name, checksum from schema_migrations order by version',
    );
    const known = new Map(migrations.map((m) => [m.version, m]));
    for (const row of rows) {
      const m = known.get(row.version);
      if (!m) {
        throw new MigrationError(`The database has migration ${row.version}_${row.name}, which this version of Vigil does not know; it is newer than this code.`);
      }
      if (m.checksum !== row.checksum) {
        throw new MigrationError(`Migration ${row.version}_${row.name} was changed after it was applied; migrations are never edited once released. Add a new one instead.`);
      }
    }
    const done = new Set(rows.map((r) => r.version));
    const applied: string[] = [];
    for (const m of migrations) {
      if (done.has(m.version)) continue;
      await tx.exec(m.sql);
      await tx.query('insert into schema_migrations (version, name, checksum) values ($1, $2, $3)', [m.version, m.name, m.checksum]);
      applied.push(`${m.version}_${m.name}`);
    }
    return { applied, alreadyApplied: rows.length };
  });
}

/** Versions in the code that the database has not applied yet (readiness check). */
export async function pendingMigrations(db: Database, migrations: Migration[] = loadMigrations()): Promise<string[]> {
  const exists = await db.query<{ present: boolean }>("select to_regclass('schema_migrations') is not null as present");
  if (!exists.rows[0]?.present) return migrations.map((m) => m.version);
  const { rows } = await db.query<{ version: string }>('select version from schema_migrations');
  const done = new Set(rows.map((r) => r.version));
  return migrations.filter((m) => !done.has(m.version)).map((m) => m.version);
}
