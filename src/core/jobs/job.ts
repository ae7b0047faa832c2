// What a job is, and how a kind of job is defined: its handler, its retry policy and its timeout.

export type JobStatus = 'queued' | 'running' | 'succeeded' | 'dead';

export interface Job<P = unknown> {
  id: number;
  kind: string;
  payload: P;
  status: JobStatus;
  attempts: number;
  maxAttempts: number;
  runAt: Date;
  lockedBy: string | null;
  lockedUntil: Date | null;
  lastError: string | null;
  dedupeKey: string | null;
  createdAt: Date;
  updatedAt: Date;
  finishedAt: Date | null;
}

export interface JobContext<P> {
  job: Job<P>;
  /** Aborted when the job's timeout passes or the worker shuts down. */
  signal: AbortSignal;
}

export interface RetryPolicy {
  maxAttempts: number;
  /** Delay before the second attempt; doubles with every further attempt. */
  backoffBaseMs: number;
  backoffCapMs: number;
}

export interface JobDefinition<P = unknown> {
  kind: string;
  handle(ctx: JobContext<P>): Promise<void>;
  retry?: Partial<RetryPolicy>;
  /** Wall-time limit of one attempt. */
  timeoutMs?: number;
  /**
   * Called once the job is dead, whatever the cause: its last attempt failed, or the worker running
   * the last attempt stopped and the lease ran out. Lets the owner of the work record the outcome
   * (a delivery marked dead). Errors are logged, not retried.
   */
  onDead?(job: Job<P>, error: string): Promise<void>;
}

export const DEFAULT_RETRY: RetryPolicy = { maxAttempts: 5, backoffBaseMs: 1000, backoffCapMs: 3_600_000 };

/**
 * Exponential backoff with "equal jitter": half the delay is fixed, half random, so retries of many
 * jobs that failed together spread out while each still waits at least half its nominal delay.
 */
export function backoffDelayMs(attempt: number, policy: RetryPolicy, random: () => number = Math.random): number {
  const nominal = Math.min(policy.backoffCapMs, policy.backoffBaseMs * 2 ** Math.max(0, attempt - 1));
  return Math.round(nominal / 2 + (nominal / 2) * random());
}
