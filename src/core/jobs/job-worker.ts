// Runs durable jobs: claims due rows under a lease, keeps the lease alive while a handler runs,
// records success, or schedules a retry with backoff until the attempts are spent (dead letter).
import { hostname } from 'node:os';
import { randomUUID } from 'node:crypto';
import type { Clock } from '../clock/clock.ts';
import type { Logger } from '../logging/logger.ts';
import { backoffDelayMs, type Job } from './job.ts';
import type { JobRegistry } from './job-registry.ts';
import type { JobRepository } from './job.repository.ts';
import type { JobQueue } from './job-queue.ts';

export interface JobWorkerOptions {
  id?: string;
  concurrency: number;
  pollIntervalMs: number;
  leaseMs: number;
  /** Kinds this worker runs; default every registered kind. */
  kinds?: string[];
  random?: () => number;
}

export interface JobWorkerDeps {
  repository: JobRepository;
  registry: JobRegistry;
  clock: Clock;
  logger: Logger;
  queue?: JobQueue;
}

export class JobWorker {
  readonly id: string;
  readonly #deps: JobWorkerDeps;
  readonly #options: JobWorkerOptions;
  readonly #active = new Map<number, { controller: AbortController; done: Promise<void> }>();
  readonly #shutdown = new AbortController();
  #running = false;
  #loop: Promise<void> | undefined;
  #wake: (() => void) | undefined;
  #unsubscribe: (() => void) | undefined;

  constructor(deps: JobWorkerDeps, options: JobWorkerOptions) {
    this.#deps = deps;
    this.#options = options;
    this.id = options.id ?? `${hostname()}:${process.pid}:${randomUUID().slice(0, 8)}`;
  }

  start(): void {
    if (this.#running) return;
    this.#running = true;
    this.#unsubscribe = this.#deps.queue?.onEnqueued(() => this.#wake?.());
    this.#loop = this.#run();
  }

  /** Stops claiming, waits up to graceMs for running jobs, then aborts them (their leases lapse). */
  async stop(graceMs = 10_000): Promise<void> {
    this.#running = false;
    this.#unsubscribe?.();
    this.#wake?.();
    await this.#loop;
    const all = Promise.all([...this.#active.values()].map((a) => a.done));
    const timer = new Promise<void>((resolve) => setTimeout(resolve, graceMs).unref());
    await Promise.race([all, timer]);
    this.#shutdown.abort(new Error('worker stopped'));
    await all;
  }

  /** Claims and runs due jobs until none is due; returns how many attempts ran. For tests and CLI. */
  async drain(maxRounds = 1000): Promise<number> {
    let ran = 0;
    for (let round = 0; round < maxRounds; round++) {
      const jobs = await this.#claim(this.#options.concurrency);
      if (jobs.length === 0) break;
      await Promise.all(jobs.map((job) => this.#execute(job)));
      ran += jobs.length;
    }
    return ran;
  }

  get activeCount(): number {
    return this.#active.size;
  }

  async #run(): Promise<void> {
    while (this.#running) {
      const free = this.#options.concurrency - this.#active.size;
      let claimed: Job[] = [];
      if (free > 0) {
        try {
          claimed = await this.#claim(free);
        } catch (error) {
          this.#deps.logger.error({ err: error }, 'job claim failed');
        }
        for (const job of claimed) this.#track(job);
      }
      if (claimed.length === 0 || free - claimed.length <= 0) await this.#sleep();
    }
  }

  #track(job: Job): void {
    const controller = new AbortController();
    const done = this.#execute(job, controller).finally(() => {
      this.#active.delete(job.id);
      this.#wake?.();
    });
    this.#active.set(job.id, { controller, done });
  }

  #sleep(): Promise<void> {
    return new Promise((resolve) => {
      const timer = setTimeout(done, this.#options.pollIntervalMs);
      function done() {
        clearTimeout(timer);
        resolve();
      }
      this.#wake = () => {
        this.#wake = undefined;
        done();
      };
    });
  }

  #claim(limit: number): Promise<Job[]> {
    const now = this.#deps.clock.now();
    const kinds = this.#options.kinds ?? this.#deps.registry.kinds();
    if (kinds.length === 0) return Promise.resolve([]);
    return this.#deps.repository.claim(kinds, this.id, limit, now, new Date(now.getTime() + this.#options.leaseMs));
  }

  async #execute(job: Job, controller = new AbortController()): Promise<void> {
    const { repository, registry, clock, logger } = this.#deps;
    const log = logger.child({ jobId: job.id, kind: job.kind, attempt: job.attempts });
    if (job.attempts > job.maxAttempts) {
      // Reclaimed after its lease ran out on its last attempt: the worker running it died.
      const reason = 'attempts exhausted: the worker running the last attempt stopped before finishing';
      if ((await repository.fail(job.id, this.id, reason, clock.now(), clock.now())) === 'dead') await this.#dead(job, reason, log);
      log.warn('job dead-lettered after its worker stopped on the last attempt');
      return;
    }
    const definition = registry.get(job.kind);
    const signal = AbortSignal.any([controller.signal, this.#shutdown.signal, ...(definition.timeoutMs ? [AbortSignal.timeout(definition.timeoutMs)] : [])]);
    const heartbeat = setInterval(() => {
      const until = new Date(clock.now().getTime() + this.#options.leaseMs);
      repository.extendLease(job.id, this.id, until).catch((error: unknown) => log.warn({ err: error }, 'lease extension failed'));
    }, Math.max(250, Math.floor(this.#options.leaseMs / 3)));
    heartbeat.unref();
    try {
      await Promise.race([definition.handle({ job, signal }), rejectOnAbort(signal)]);
      if (!(await repository.complete(job.id, this.id, clock.now()))) log.warn('job finished after its lease was taken over');
    } catch (error) {
      const policy = registry.retryPolicy(job.kind);
      const now = clock.now();
      const retryAt = new Date(now.getTime() + backoffDelayMs(job.attempts, policy, this.#options.random));
      const message = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
      const status = await repository.fail(job.id, this.id, message, now, retryAt);
      if (status === 'dead') {
        log.error({ err: error }, 'job dead-lettered');
        await this.#dead(job, message, log);
      } else log.warn({ err: error, retryAt }, 'job attempt failed; will retry');
    } finally {
      clearInterval(heartbeat);
    }
  }

  /** The kind's onDead hook, if it has one; its failure is logged, never thrown. */
  async #dead(job: Job, error: string, log: Logger): Promise<void> {
    const { registry } = this.#deps;
    if (!registry.has(job.kind)) return;
    try {
      await registry.get(job.kind).onDead?.(job, error);
    } catch (e) {
      log.error({ err: e }, 'the onDead hook of a dead-lettered job failed');
    }
  }
}

function rejectOnAbort(signal: AbortSignal): Promise<never> {
  return new Promise((_, reject) => {
    const fail = () => reject(signal.reason instanceof Error ? signal.reason : new Error('job aborted'));
    if (signal.aborted) fail();
    else signal.addEventListener('abort', fail, { once: true });
  });
}
