// The benchmarks' database: with DATABASE_URL, a fresh schema on that PostgreSQL, dropped at the
// end; without it, an in-memory PGlite (the target figures are for PostgreSQL).
import { randomBytes } from 'node:crypto';
import { openPglite, openPostgres, type Database } from '../../src/core/db/index.ts';

export interface BenchDatabase {
  db: Database;
  engine: 'postgres' | 'pglite';
  /** Closes the database and drops the schema (PostgreSQL). */
  close(): Promise<void>;
}

export async function openBenchDatabase(options: { poolSize?: number } = {}): Promise<BenchDatabase> {
  const url = process.env.DATABASE_URL;
  if (!url) {
    console.warn('DATABASE_URL is not set: running on in-memory PGlite (the target figures are for PostgreSQL).');
    const db = await openPglite();
    return { db, engine: 'pglite', close: () => db.close() };
  }
  const schema = `vigil_bench_${randomBytes(4).toString('hex')}`;
  const admin = await openPostgres({ url, poolSize: 1 });
  await admin.exec(`create schema ${schema}`);
  const db = await openPostgres({ url, schema, poolSize: options.poolSize ?? 20 });
  return {
    db,
    engine: 'postgres',
    async close() {
      await db.close();
      await admin.exec(`drop schema ${schema} cascade`);
      await admin.close();
    },
  };
}
