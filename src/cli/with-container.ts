// Runs a command body against a migrated database and a container, closing both afterwards.
import { migrate } from '../core/db/index.ts';
import { createContainer, type Container } from '../container.ts';
import { configFrom, databaseFrom, type CliIo } from './cli-context.ts';

export async function withContainer<T>(io: CliIo, dataDir: string | undefined, fn: (c: Container) => Promise<T>): Promise<T> {
  const config = configFrom(io, dataDir ? { dataDir } : {});
  const db = await databaseFrom(config);
  try {
    await migrate(db);
    return await fn(createContainer({ config, db }));
  } finally {
    await db.close();
  }
}
