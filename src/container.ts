// The one place that wires config → database → repositories → services. Each service receives only
// what it uses; nothing reaches for globals. Every process role (api, worker) builds the same
// container and starts the parts it runs.
import { Gauge, type Registry } from 'prom-client';
import type { Config } from './core/config/index.ts';
import { systemClock, type Clock } from './core/clock/clock.ts';
import type { Database } from './core/db/index.ts';
import { JobQueue, JobRegistry, JobRepository, JobScheduler, JobWorker, type ScheduleDefinition } from './core/jobs/index.ts';
import { silentLogger, type Logger } from './core/logging/logger.ts';
import { createMetricsRegistry } from './http/metrics.ts';
import { HealthService } from './modules/health/health.service.ts';

export interface ContainerInput {
  config: Config;
  db: Database;
  clock?: Clock;
  logger?: Logger;
}

export interface Container {
  config: Config;
  db: Database;
  clock: Clock;
  logger: Logger;
  metrics: Registry;
  jobs: { registry: JobRegistry; repository: JobRepository; queue: JobQueue; schedules: ScheduleDefinition[] };
  health: HealthService;
}

const DAY_MS = 86_400_000;

export function createContainer(input: ContainerInput): Container {
  const { config, db } = input;
  const clock = input.clock ?? systemClock;
  const logger = input.logger ?? silentLogger;
  const metrics = createMetricsRegistry();

  const jobRegistry = new JobRegistry();
  const jobRepository = new JobRepository(db);
  const jobQueue = new JobQueue(jobRepository, jobRegistry, clock);
  const schedules: ScheduleDefinition[] = [];

  jobRegistry.define({
    kind: 'jobs.prune',
    handle: async () => {
      const removed = await jobRepository.pruneSucceeded(new Date(clock.now().getTime() - 7 * DAY_MS));
      logger.info({ removed }, 'pruned finished jobs');
    },
  });
  schedules.push({ name: 'jobs.prune', kind: 'jobs.prune', intervalMs: 3_600_000 });

  new Gauge({
    name: 'vigil_jobs',
    help: 'Durable jobs by status',
    labelNames: ['status'] as const,
    registers: [metrics],
    async collect() {
      const counts = await jobRepository.countByStatus();
      for (const [status, n] of Object.entries(counts)) this.set({ status }, n);
    },
  });

  return {
    config,
    db,
    clock,
    logger,
    metrics,
    jobs: { registry: jobRegistry, repository: jobRepository, queue: jobQueue, schedules },
    health: new HealthService(db),
  };
}

export function createJobWorker(c: Container, overrides: Partial<{ id: string; concurrency: number; leaseMs: number; pollIntervalMs: number; kinds: string[] }> = {}): JobWorker {
  return new JobWorker(
    { repository: c.jobs.repository, registry: c.jobs.registry, clock: c.clock, logger: c.logger, queue: c.jobs.queue },
    {
      concurrency: c.config.jobsConcurrency,
      pollIntervalMs: c.config.jobsPollIntervalMs,
      leaseMs: c.config.jobsLeaseMs,
      ...overrides,
    },
  );
}

export function createJobScheduler(c: Container): JobScheduler {
  return new JobScheduler({ db: c.db, repository: c.jobs.repository, queue: c.jobs.queue, clock: c.clock, logger: c.logger }, c.jobs.schedules);
}
