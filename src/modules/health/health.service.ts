// Liveness and readiness. Live: the process answers. Ready: the database answers and has every
// migration this code expects, so a load balancer sends traffic only to instances that can serve it.
import type { Database } from '../../core/db/index.ts';
import { pendingMigrations } from '../../core/db/index.ts';
import { AppError } from '../../core/errors/app-error.ts';

export interface Readiness {
  status: 'ready';
  database: { engine: string; latencyMs: number };
}

export class HealthService {
  constructor(private readonly db: Database) {}

  async readiness(): Promise<Readiness> {
    const started = performance.now();
    try {
      await this.db.query('select 1');
    } catch (error) {
      throw new AppError('NOT_READY', 'The database does not answer.', undefined, { cause: error });
    }
    const latencyMs = Math.round((performance.now() - started) * 100) / 100;
    const pending = await pendingMigrations(this.db);
    if (pending.length > 0) throw new AppError('NOT_READY', `The database lacks migrations ${pending.join(', ')}; run \`vigil migrate\`.`);
    return { status: 'ready', database: { engine: this.db.engine, latencyMs } };
  }
}
