// SQL for the durable job queue. Every time comes from the caller's clock, so leases, backoff and
// schedules are testable without sleeping.
import type { Queryable } from '../db/index.ts';
import type { Job, JobStatus } from './job.ts';

interface JobRow {
  id: number;
  kind: string;
  payload: unknown;
  status: JobStatus;
  attempts: number;
  max_attempts: number;
  run_at: Date;
  locked_by: string | null;
  locked_until: Date | null;
  last_error: string | null;
  dedupe_key: string | null;
  created_at: Date;
  updated_at: Date;
  finished_at: Date | null;
}

function toJob(r: JobRow): Job {
  return {
    id: r.id,
    kind: r.kind,
    payload: r.payload,
    status: r.status,
    attempts: r.attempts,
    maxAttempts: r.max_attempts,
    runAt: r.run_at,
    lockedBy: r.locked_by,
    lockedUntil: r.locked_until,
    lastError: r.last_error,
    dedupeKey: r.dedupe_key,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
    finishedAt: r.finished_at,
  };
}

export interface NewJob {
  kind: string;
  payload: unknown;
  runAt: Date;
  maxAttempts: number;
  dedupeKey?: string | null;
}

export class JobRepository {
  constructor(private readonly db: Queryable) {}

  /** Inserts a job; with a dedupe key that is already queued or running, returns null instead. */
  async insert(job: NewJob, now: Date, db: Queryable = this.db): Promise<Job | null> {
    const { rows } = await db.query<JobRow>(
      `insert into jobs (kind, payload, run_at, max_attempts, dedupe_key, created_at, updated_at)
       values ($1, $2::jsonb, $3, $4, $5, $6, $6)
       on conflict (kind, dedupe_key) where dedupe_key is not null and status in ('queued', 'running') do nothing
       returning *`,
      [job.kind, JSON.stringify(job.payload ?? {}), job.runAt, job.maxAttempts, job.dedupeKey ?? null, now],
    );
    return rows[0] ? toJob(rows[0]) : null;
  }

  /**
   * Claims up to `limit` due jobs of the given kinds for one worker: queued jobs whose time has come,
   * and running jobs whose lease has run out (their worker died). SKIP LOCKED makes concurrent
   * claimers take disjoint rows.
   */
  async claim(kinds: readonly string[], workerId: string, limit: number, now: Date, leaseUntil: Date): Promise<Job[]> {
    const { rows } = await this.db.query<JobRow>(
      `with due as (
         select id from jobs
          where kind = any($1::text[])
            and ((status = 'queued' and run_at <= $2) or (status = 'running' and locked_until <= $2))
          order by run_at, id
          limit $3
          for update skip locked
       )
       update jobs j
          set status = 'running', attempts = j.attempts + 1, locked_by = $4, locked_until = $5, updated_at = $2
         from due
        where j.id = due.id
       returning j.*`,
      [kinds, now, limit, workerId, leaseUntil],
    );
    return rows.map(toJob).sort((a, b) => a.id - b.id);
  }

  async extendLease(id: number, workerId: string, leaseUntil: Date): Promise<boolean> {
    const { rowCount } = await this.db.query(
      `update jobs set locked_until = $3 where id = $1 and locked_by = $2 and status = 'running'`,
      [id, workerId, leaseUntil],
    );
    return rowCount === 1;
  }

  /** Marks success; false when the lease was lost to another worker meanwhile. */
  async complete(id: number, workerId: string, now: Date): Promise<boolean> {
    const { rowCount } = await this.db.query(
      `update jobs set status = 'succeeded', finished_at = $3, updated_at = $3, locked_by = null, locked_until = null, last_error = null
        where id = $1 and locked_by = $2 and status = 'running'`,
      [id, workerId, now],
    );
    return rowCount === 1;
  }

  /** Records a failed attempt: back to the queue at retryAt, or dead when attempts are used up. */
  async fail(id: number, workerId: string, error: string, now: Date, retryAt: Date): Promise<JobStatus | null> {
    const { rows } = await this.db.query<{ status: JobStatus }>(
      `update jobs
          set status = case when attempts >= max_attempts then 'dead' else 'queued' end,
              run_at = case when attempts >= max_attempts then run_at else $5 end,
              finished_at = case when attempts >= max_attempts then $4::timestamptz else null end,
              last_error = $3, updated_at = $4, locked_by = null, locked_until = null
        where id = $1 and locked_by = $2 and status = 'running'
        returning status`,
      [id, workerId, error.slice(0, 4000), now, retryAt],
    );
    return rows[0]?.status ?? null;
  }

  async get(id: number): Promise<Job | null> {
    const { rows } = await this.db.query<JobRow>('select * from jobs where id = $1', [id]);
    return rows[0] ? toJob(rows[0]) : null;
  }

  async list(filter: { status?: JobStatus; kind?: string; limit?: number } = {}): Promise<Job[]> {
    const { rows } = await this.db.query<JobRow>(
      `select * from jobs
        where ($1::text is null or status = $1) and ($2::text is null or kind = $2)
        order by id desc limit $3`,
      [filter.status ?? null, filter.kind ?? null, filter.limit ?? 100],
    );
    return rows.map(toJob);
  }

  /** Puts a dead job back in the queue with fresh attempts (manual redelivery). */
  async requeue(id: number, now: Date): Promise<boolean> {
    const { rowCount } = await this.db.query(
      `update jobs set status = 'queued', attempts = 0, run_at = $2, updated_at = $2, finished_at = null
        where id = $1 and status = 'dead'`,
      [id, now],
    );
    return rowCount === 1;
  }

  async countByStatus(): Promise<Record<JobStatus, number>> {
    const { rows } = await this.db.query<{ status: JobStatus; n: number }>('select status, count(*) as n from jobs group by status');
    const out: Record<JobStatus, number> = { queued: 0, running: 0, succeeded: 0, dead: 0 };
    for (const r of rows) out[r.status] = r.n;
    return out;
  }

  /** Removes finished jobs older than `before` (dead ones are kept for inspection). */
  async pruneSucceeded(before: Date): Promise<number> {
    const { rowCount } = await this.db.query(`delete from jobs where status = 'succeeded' and finished_at < $1`, [before]);
    return rowCount;
  }

  async upsertSchedule(s: { name: string; kind: string; payload: unknown; intervalMs: number; firstRunAt: Date }): Promise<void> {
    await this.db.query(
      `insert into job_schedules (name, kind, payload, interval_ms, next_run_at)
       values ($1, $2, $3::jsonb, $4, $5)
       on conflict (name) do update set kind = excluded.kind, payload = excluded.payload, interval_ms = excluded.interval_ms,
         next_run_at = least(job_schedules.next_run_at, excluded.next_run_at)`,
      [s.name, s.kind, JSON.stringify(s.payload ?? {}), s.intervalMs, s.firstRunAt],
    );
  }

  /**
   * Fires every due schedule once: moves its next run forward and returns it, in one statement, so
   * two schedulers racing on the same row cannot both fire it.
   */
  async fireDueSchedules(now: Date, db: Queryable = this.db): Promise<Array<{ name: string; kind: string; payload: unknown }>> {
    const { rows } = await db.query<{ name: string; kind: string; payload: unknown }>(
      `update job_schedules
          set last_run_at = $1,
              next_run_at = $1 + (interval_ms * interval '1 millisecond')
        where next_run_at <= $1
       returning name, kind, payload`,
      [now],
    );
    return rows;
  }
}
