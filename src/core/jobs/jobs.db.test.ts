import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createJobsTestbed, type JobsTestbed } from '../../../test/jobs-testbed.ts';
import { onPostgres, type TestDatabase } from '../../../test/test-database.ts';
import type { ManualClock } from '../clock/clock.ts';
import { silentLogger } from '../logging/logger.ts';
import { JobQueue, JobRepository, JobScheduler, JobWorker, type JobRegistry } from './index.ts';

let db: TestDatabase;
let clock: ManualClock;
let registry: JobRegistry;
let repository: JobRepository;
let queue: JobQueue;
let worker: JobsTestbed['worker'];

beforeEach(async () => {
  ({ db, clock, registry, repository, queue, worker } = await createJobsTestbed());
});

afterEach(async () => {
  await db.close();
});

describe('durable jobs', () => {
  it('runs a job once and records success', async () => {
    const seen: unknown[] = [];
    registry.define<{ n: number }>({ kind: 'test.ok', handle: async ({ job }) => void seen.push(job.payload.n) });
    const job = await queue.enqueue('test.ok', { n: 7 });
    expect(await worker('w1').drain()).toBe(1);
    expect(seen).toEqual([7]);
    expect((await repository.get(job!.id))?.status).toBe('succeeded');
  });

  it('retries a throwing job with exponential backoff, then dead-letters it', async () => {
    let calls = 0;
    registry.define({
      kind: 'test.fail',
      retry: { maxAttempts: 3, backoffBaseMs: 1000, backoffCapMs: 60_000 },
      handle: async () => {
        calls++;
        throw new Error(`boom ${calls}`);
      },
    });
    const job = (await queue.enqueue('test.fail', {}))!;
    const w = worker('w1');

    expect(await w.drain()).toBe(1);
    let row = (await repository.get(job.id))!;
    expect(row).toMatchObject({ status: 'queued', attempts: 1, lastError: 'Error: boom 1' });
    expect(row.runAt.getTime() - clock.now().getTime()).toBe(1000);

    expect(await w.drain()).toBe(0); // not due yet
    clock.advance(1000);
    expect(await w.drain()).toBe(1);
    row = (await repository.get(job.id))!;
    expect(row).toMatchObject({ status: 'queued', attempts: 2 });
    expect(row.runAt.getTime() - clock.now().getTime()).toBe(2000);

    clock.advance(2000);
    expect(await w.drain()).toBe(1);
    row = (await repository.get(job.id))!;
    expect(row).toMatchObject({ status: 'dead', attempts: 3, lastError: 'Error: boom 3' });
    expect(calls).toBe(3);

    clock.advance(3_600_000);
    expect(await w.drain()).toBe(0);
    expect((await repository.list({ status: 'dead' })).map((j) => j.id)).toEqual([job.id]);

    // Manual redelivery from the dead-letter list.
    expect(await repository.requeue(job.id, clock.now())).toBe(true);
    expect(await w.drain()).toBe(1);
    expect(calls).toBe(4);
  });

  it('fails an attempt that outlives its timeout', async () => {
    registry.define({ kind: 'test.slow', timeoutMs: 50, retry: { maxAttempts: 1 }, handle: () => new Promise(() => {}) });
    const job = (await queue.enqueue('test.slow', {}))!;
    await worker('w1').drain();
    const row = (await repository.get(job.id))!;
    expect(row.status).toBe('dead');
    expect(row.lastError).toMatch(/TimeoutError|timed? ?out/i);
  });

  it('ignores a second enqueue with the same dedupe key while the first is pending', async () => {
    registry.define({ kind: 'test.ok', handle: async () => {} });
    expect(await queue.enqueue('test.ok', {}, { dedupeKey: 'k' })).not.toBeNull();
    expect(await queue.enqueue('test.ok', {}, { dedupeKey: 'k' })).toBeNull();
    await worker('w1').drain();
    expect(await queue.enqueue('test.ok', {}, { dedupeKey: 'k' })).not.toBeNull();
  });

  it('enqueues inside a transaction: rolled back with it', async () => {
    registry.define({ kind: 'test.ok', handle: async () => {} });
    await expect(
      db.transaction(async (tx) => {
        await queue.enqueue('test.ok', {}, { tx });
        throw new Error('abort');
      }),
    ).rejects.toThrow('abort');
    expect(await repository.list()).toEqual([]);
  });

  it('makes a job whose worker vanished claimable again once its lease expires', async () => {
    registry.define({ kind: 'test.ok', handle: async () => {} });
    const job = (await queue.enqueue('test.ok', {}))!;
    const now = clock.now();
    // A worker claims the job and is never heard of again.
    const claimed = await repository.claim(['test.ok'], 'vanished', 1, now, new Date(now.getTime() + 30_000));
    expect(claimed.map((j) => j.id)).toEqual([job.id]);

    const rescuer = worker('rescuer');
    expect(await rescuer.drain()).toBe(0); // lease still held
    clock.advance(30_000);
    expect(await rescuer.drain()).toBe(1);
    expect(await repository.get(job.id)).toMatchObject({ status: 'succeeded', attempts: 2 });
    // The vanished worker cannot overwrite the outcome.
    expect(await repository.complete(job.id, 'vanished', clock.now())).toBe(false);
  });

  it('dead-letters a job whose worker died on its last attempt', async () => {
    registry.define({ kind: 'test.ok', retry: { maxAttempts: 1 }, handle: async () => {} });
    const job = (await queue.enqueue('test.ok', {}))!;
    const now = clock.now();
    await repository.claim(['test.ok'], 'vanished', 1, now, new Date(now.getTime() + 1000));
    clock.advance(1000);
    await worker('rescuer').drain();
    expect(await repository.get(job.id)).toMatchObject({ status: 'dead' });
  });

  it('fires each schedule once per interval, however many schedulers run', async () => {
    registry.define({ kind: 'test.tick', handle: async () => {} });
    const deps = { db, repository, queue, clock, logger: silentLogger };
    const schedules = [{ name: 'tick', kind: 'test.tick', intervalMs: 60_000 }];
    const a = new JobScheduler(deps, schedules);
    const b = new JobScheduler(deps, schedules);
    await a.register();
    await b.register();
    const fired = [...(await a.tick()), ...(await b.tick())];
    expect(fired).toEqual(['tick']);
    clock.advance(30_000);
    expect([...(await a.tick()), ...(await b.tick())]).toEqual([]);
    clock.advance(30_000);
    expect([...(await b.tick()), ...(await a.tick())]).toEqual(['tick']);
    expect((await repository.list({ kind: 'test.tick' })).length).toBe(1); // deduped while pending
  });

  it('runs the worker loop continuously and stops gracefully', async () => {
    const done: number[] = [];
    registry.define<{ n: number }>({ kind: 'test.ok', handle: async ({ job }) => void done.push(job.payload.n) });
    const w = worker('loop', { concurrency: 3 });
    w.start();
    for (let n = 0; n < 10; n++) await queue.enqueue('test.ok', { n });
    await expect.poll(() => done.length, { timeout: 10_000 }).toBe(10);
    await w.stop(1000);
    expect(done.sort((x, y) => x - y)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
  });
});

describe.runIf(onPostgres)('durable jobs on PostgreSQL with several processes', () => {
  it('never runs the same job in two workers at once', async () => {
    const running = new Set<number>();
    const runs = new Map<number, number>();
    const byWorker = new Map<string | null, number>();
    let overlap = 0;
    registry.define({
      kind: 'test.race',
      handle: async ({ job }) => {
        if (running.has(job.id)) overlap++;
        running.add(job.id);
        runs.set(job.id, (runs.get(job.id) ?? 0) + 1);
        byWorker.set(job.lockedBy, (byWorker.get(job.lockedBy) ?? 0) + 1);
        await new Promise((r) => setTimeout(r, Math.random() * 5));
        running.delete(job.id);
      },
    });
    for (let i = 0; i < 200; i++) await queue.enqueue('test.race', { i });
    const poolA = await db.openAnother(5);
    const poolB = await db.openAnother(5);
    const a = worker('A', { concurrency: 4, repository: new JobRepository(poolA) });
    const b = worker('B', { concurrency: 4, repository: new JobRepository(poolB) });
    try {
      await Promise.all([a.drain(), b.drain(), a.drain(), b.drain()]);
    } finally {
      await poolA.close();
      await poolB.close();
    }
    expect(overlap).toBe(0);
    expect(byWorker.get('A')).toBeGreaterThan(0); // both workers really competed
    expect(byWorker.get('B')).toBeGreaterThan(0);
    expect(runs.size).toBe(200);
    expect([...runs.values()].every((n) => n === 1)).toBe(true);
    expect((await repository.countByStatus()).succeeded).toBe(200);
  });

  it('recovers a job from a worker process killed mid-job once the lease expires', async () => {
    registry.define({ kind: 'test.slow', handle: async () => {} });
    const realClockQueue = new JobQueue(repository, registry, { now: () => new Date() });
    const job = (await realClockQueue.enqueue('test.slow', {}))!;
    const child = spawn(process.execPath, ['--import', 'tsx', 'test/fixtures/claim-and-hang.ts', process.env.DATABASE_URL!, db.schema!, '1500'], {
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    const [line] = (await once(child.stdout, 'data')) as [Buffer];
    expect(line.toString()).toContain(`claimed ${job.id}`);
    child.kill('SIGKILL');
    await once(child, 'exit');
    expect(await repository.get(job.id)).toMatchObject({ status: 'running', lockedBy: 'doomed-worker' });

    const rescuer = new JobWorker(
      { repository, registry, clock: { now: () => new Date() }, logger: silentLogger },
      { id: 'rescuer', concurrency: 1, pollIntervalMs: 20, leaseMs: 30_000 },
    );
    expect(await rescuer.drain()).toBe(0);
    await new Promise((r) => setTimeout(r, 1600));
    expect(await rescuer.drain()).toBe(1);
    expect(await repository.get(job.id)).toMatchObject({ status: 'succeeded', attempts: 2, lockedBy: null });
  });
});
