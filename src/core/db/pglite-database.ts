// Embedded PostgreSQL (PGlite, WebAssembly) for the two-command start and for fast tests. It serves
// exactly one process; a lock file in the data folder refuses a second one instead of corrupting it.
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { DatabaseUnavailableError, type Database, type Queryable, type QueryResult } from './database.ts';

export interface PgliteOptions {
  /** Data folder; omit for an in-memory database. */
  dataDir?: string;
  /** A tarball from dumpDataDir() to start from (tests load a migrated snapshot this way). */
  loadDataDir?: Blob;
}

function wrap(q: Pick<PGlite, 'query' | 'exec'>): Queryable {
  return {
    async query<T>(sql: string, params: readonly unknown[] = []): Promise<QueryResult<T>> {
      const res = await q.query<T>(sql, params as unknown[]);
      return { rows: res.rows, rowCount: res.affectedRows ?? res.rows.length };
    },
    async exec(sql: string): Promise<void> {
      await q.exec(sql);
    },
  };
}

export async function openPglite(options: PgliteOptions = {}): Promise<Database & { dump(): Promise<Blob> }> {
  let releaseLock: () => void = () => {};
  let pg: PGlite;
  try {
    if (options.dataDir) {
      mkdirSync(options.dataDir, { recursive: true });
      releaseLock = acquireDataDirLock(options.dataDir);
    }
    pg = await PGlite.create({
      ...(options.dataDir ? { dataDir: join(options.dataDir, 'pgdata') } : {}),
      ...(options.loadDataDir ? { loadDataDir: options.loadDataDir } : {}),
    });
  } catch (error) {
    releaseLock();
    if (error instanceof DatabaseUnavailableError) throw error;
    throw new DatabaseUnavailableError(`Cannot open the embedded database in ${options.dataDir ?? 'memory'}: ${(error as Error).message}`, { cause: error });
  }
  const base = wrap(pg);
  return {
    engine: 'pglite',
    ...base,
    transaction: (fn) => pg.transaction((tx) => fn(wrap(tx))),
    async close() {
      await pg.close();
      releaseLock();
    },
    dump: () => pg.dumpDataDir('none'),
  };
}

function acquireDataDirLock(dataDir: string): () => void {
  const lockPath = join(dataDir, 'vigil.lock');
  try {
    writeFileSync(lockPath, String(process.pid), { flag: 'wx' });
  } catch {
    const holder = Number.parseInt(readFileSync(lockPath, 'utf8'), 10);
    if (Number.isInteger(holder) && holder !== process.pid && isAlive(holder)) {
      throw new DatabaseUnavailableError(
        `The data folder ${dataDir} is in use by another Vigil process (pid ${holder}). The embedded database serves one process; set DATABASE_URL to run several.`,
      );
    }
    writeFileSync(lockPath, String(process.pid));
  }
  return () => rmSync(lockPath, { force: true });
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
