// A fresh, migrated database for one test file: a copy of the migrated PGlite snapshot, or, when
// DATABASE_URL is set, a new PostgreSQL schema that is dropped afterwards. Each test owns its data.
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { inject } from 'vitest';
import { migrate, openPglite, openPostgres, type Database } from '../src/core/db/index.ts';

export interface TestDatabase extends Database {
  /** The schema (PostgreSQL) this database lives in; undefined on PGlite. */
  readonly schema: string | undefined;
  /** Opens another, independent connection pool to the same data (PostgreSQL only). */
  openAnother(poolSize?: number): Promise<Database>;
}

export const onPostgres = Boolean(process.env.DATABASE_URL);

export async function createTestDatabase(): Promise<TestDatabase> {
  const url = process.env.DATABASE_URL;
  if (url) {
    const schema = `vigil_t_${randomBytes(6).toString('hex')}`;
    const admin = await openPostgres({ url, poolSize: 1 });
    await admin.exec(`create schema ${schema}`);
    await admin.close();
    const db = await openPostgres({ url, schema, poolSize: 10 });
    await migrate(db);
    return {
      ...db,
      schema,
      openAnother: (poolSize = 10) => openPostgres({ url, schema, poolSize }),
      async close() {
        await db.close();
        const cleanup = await openPostgres({ url, poolSize: 1 });
        await cleanup.exec(`drop schema if exists ${schema} cascade`);
        await cleanup.close();
      },
    };
  }
  const snapshot = new Blob([readFileSync(inject('pgliteSnapshot'))]);
  const db = await openPglite({ loadDataDir: snapshot });
  return {
    ...db,
    schema: undefined,
    openAnother: () => Promise.reject(new Error('PGlite serves one connection; use PostgreSQL for multi-connection tests')),
  };
}
