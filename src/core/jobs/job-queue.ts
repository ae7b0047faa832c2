// Enqueues durable jobs. Pass the caller's transaction to make the job part of the same commit as the
// change that caused it (a referral and its delivery are saved together or not at all).
import { EventEmitter } from 'node:events';
import type { Clock } from '../clock/clock.ts';
import type { Queryable } from '../db/index.ts';
import type { Job } from './job.ts';
import type { JobRegistry } from './job-registry.ts';
import type { JobRepository } from './job.repository.ts';

export interface EnqueueOptions {
  runAt?: Date;
  delayMs?: number;
  /** While a job with this key and kind is queued or running, another enqueue is a no-op. */
  dedupeKey?: string;
  maxAttempts?: number;
  /** Run inside this transaction. */
  tx?: Queryable;
}

export class JobQueue {
  readonly #events = new EventEmitter();

  constructor(
    private readonly repository: JobRepository,
    private readonly registry: JobRegistry,
    private readonly clock: Clock,
  ) {}

  async enqueue<P>(kind: string, payload: P, options: EnqueueOptions = {}): Promise<Job | null> {
    const policy = this.registry.retryPolicy(kind);
    const now = this.clock.now();
    const runAt = options.runAt ?? new Date(now.getTime() + (options.delayMs ?? 0));
    const job = await this.repository.insert(
      { kind, payload, runAt, maxAttempts: options.maxAttempts ?? policy.maxAttempts, dedupeKey: options.dedupeKey ?? null },
      now,
      options.tx,
    );
    // In-process workers wake at once instead of waiting for their next poll (after the commit,
    // when a transaction was given, the poll finds it anyway).
    if (job) this.#events.emit('enqueued', job);
    return job;
  }

  onEnqueued(listener: (job: Job) => void): () => void {
    this.#events.on('enqueued', listener);
    return () => this.#events.off('enqueued', listener);
  }
}
