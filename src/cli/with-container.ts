// Runs a command body against a migrated database and a container, closing both afterwards
// (including the hashing pool's worker threads, which would otherwise keep the process alive).
import { systemContext, type RequestContext } from '../core/auth/principal.ts';
import type { Clock } from '../core/clock/clock.ts';
import { migrate } from '../core/db/index.ts';
import { createContainer, type Container } from '../container.ts';
import { CliExit, configFrom, databaseFrom, EXIT_FAILURE, type CliIo } from './cli-context.ts';

/** `clock`: the container's clock instead of the system's (`seed-demo` drives one along its timeline). */
export async function withContainer<T>(io: CliIo, dataDir: string | undefined, fn: (c: Container) => Promise<T>, options: { clock?: Clock } = {}): Promise<T> {
  const config = configFrom(io, dataDir ? { dataDir } : {});
  const db = await databaseFrom(config);
  let container: Container | undefined;
  try {
    await migrate(db);
    container = createContainer({ config, db, ...(options.clock ? { clock: options.clock } : {}) });
    return await fn(container);
  } finally {
    await container?.hashing.close();
    await db.close();
  }
}

/** The operator's command acting for one organisation (`--org <id-or-name>`). */
export async function actingFor(c: Container, org: string): Promise<RequestContext> {
  const found = await c.organisations.findOrganisation(org);
  if (!found) throw new CliExit(`No organisation "${org}".`, EXIT_FAILURE);
  return { actor: { ...systemContext('cli').actor, organisationId: found.id } };
}
