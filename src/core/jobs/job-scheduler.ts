// Periodic jobs. Schedules live in the database, so however many worker processes run, each
// schedule fires once per interval; firing enqueues an ordinary durable job.
import type { Clock } from '../clock/clock.ts';
import type { Database } from '../db/index.ts';
import type { Logger } from '../logging/logger.ts';
import type { JobQueue } from './job-queue.ts';
import type { JobRepository } from './job.repository.ts';

export interface ScheduleDefinition {
  name: string;
  kind: string;
  intervalMs: number;
  payload?: unknown;
}

export class JobScheduler {
  #timer: NodeJS.Timeout | undefined;

  constructor(
    private readonly deps: { db: Database; repository: JobRepository; queue: JobQueue; clock: Clock; logger: Logger },
    private readonly schedules: readonly ScheduleDefinition[],
  ) {}

  async register(): Promise<void> {
    const now = this.deps.clock.now();
    for (const s of this.schedules) {
      await this.deps.repository.upsertSchedule({ name: s.name, kind: s.kind, payload: s.payload ?? {}, intervalMs: s.intervalMs, firstRunAt: now });
    }
  }

  /** Fires due schedules once; returns the names that fired. */
  async tick(): Promise<string[]> {
    const now = this.deps.clock.now();
    return this.deps.db.transaction(async (tx) => {
      const due = await this.deps.repository.fireDueSchedules(now, tx);
      for (const s of due) {
        await this.deps.queue.enqueue(s.kind, s.payload, { dedupeKey: `schedule:${s.name}`, tx });
      }
      return due.map((s) => s.name);
    });
  }

  start(tickMs: number): void {
    const loop = () => {
      this.tick()
        .catch((error: unknown) => this.deps.logger.error({ err: error }, 'scheduler tick failed'))
        .finally(() => {
          if (this.#timer) this.#timer = setTimeout(loop, tickMs);
        });
    };
    this.#timer = setTimeout(loop, 0);
  }

  stop(): void {
    clearTimeout(this.#timer);
    this.#timer = undefined;
  }
}
