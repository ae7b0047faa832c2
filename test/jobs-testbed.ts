// What the job tests run on: a fresh test database, a manual clock at 2026-03-01T10:00Z, an empty
// job registry, the repository and queue over them, and workers that poll every 20 ms and never
// jitter their backoff.
import { ManualClock } from '../src/core/clock/clock.ts';
import { JobQueue, JobRegistry, JobRepository, JobWorker } from '../src/core/jobs/index.ts';
import { silentLogger } from '../src/core/logging/logger.ts';
import { createTestDatabase, type TestDatabase } from './test-database.ts';

export interface JobsTestbed {
  db: TestDatabase;
  clock: ManualClock;
  registry: JobRegistry;
  repository: JobRepository;
  queue: JobQueue;
  /** A worker `id` (2 jobs at a time, 30 s leases unless overridden; `repository` for one on another pool). */
  worker(id: string, overrides?: Partial<{ concurrency: number; leaseMs: number; repository: JobRepository }>): JobWorker;
}

export async function createJobsTestbed(): Promise<JobsTestbed> {
  const db = await createTestDatabase();
  const clock = new ManualClock('2026-03-01T10:00:00Z');
  const registry = new JobRegistry();
  const repository = new JobRepository(db);
  const queue = new JobQueue(repository, registry, clock);
  const worker: JobsTestbed['worker'] = (id, overrides = {}) =>
    new JobWorker(
      { repository: overrides.repository ?? repository, registry, clock, logger: silentLogger, queue },
      { id, concurrency: overrides.concurrency ?? 2, pollIntervalMs: 20, leaseMs: overrides.leaseMs ?? 30_000, random: () => 1 },
    );
  return { db, clock, registry, repository, queue, worker };
}
