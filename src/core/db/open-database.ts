// Chooses the engine from config: PostgreSQL when DATABASE_URL is set, else PGlite in the data folder.
import type { Config } from '../config/index.ts';
import type { Database } from './database.ts';
import { openPglite } from './pglite-database.ts';
import { openPostgres } from './postgres-database.ts';

export async function openDatabase(config: Config, onError?: (error: Error) => void): Promise<Database> {
  if (config.databaseUrl) {
    return openPostgres({ url: config.databaseUrl, poolSize: config.databasePoolSize, ...(onError ? { onError } : {}) });
  }
  return openPglite({ dataDir: config.dataDir });
}
