// Runs a command body against a migrated database and a container, closing both afterwards
// (including the hashing pool's worker threads, which would otherwise keep the process alive).
import { migrate } from '../core/db/index.ts';
import { createContainer, type Container } from '../container.ts';
import { configFrom, databaseFrom, type CliIo } from './cli-context.ts';

export async function withContainer<T>(io: CliIo, dataDir: string | undefined, fn: (c: Container) => Promise<T>): Promise<T> {
  const config = configFrom(io, dataDir ? { dataDir } : {});
  const db = await databaseFrom(config);
  let container: Container | undefined;
  try {
    await migrate(db);
    container = createContainer({ config, db });
    return await fn(container);
  } finally {
    await container?.hashing.close();
    await db.close();
  }
}
