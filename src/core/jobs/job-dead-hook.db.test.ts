import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../../../test/test-database.ts';
import { ManualClock } from '../clock/clock.ts';
import { silentLogger } from '../logging/logger.ts';
import { JobQueue, JobRegistry, JobRepository, JobWorker } from './index.ts';

let db: TestDatabase;
let clock: ManualClock;
let registry: JobRegistry;
let repository: JobRepository;
let queue: JobQueue;
const worker = () => new JobWorker({ repository, registry, clock, logger: silentLogger, queue }, { id: 'w', concurrency: 1, pollIntervalMs: 20, leaseMs: 30_000, random: () => 1 });

beforeEach(async () => {
  db = await createTestDatabase();
  clock = new ManualClock('2026-03-01T10:00:00Z');
  registry = new JobRegistry();
  repository = new JobRepository(db);
  queue = new JobQueue(repository, registry, clock);
});
afterEach(async () => {
  await db.close();
});

describe('the onDead hook of a job kind', () => {
  it('runs once when the last attempt fails, with its error, and never for a retried or successful attempt', async () => {
    const dead: Array<{ payload: unknown; error: string }> = [];
    registry.define<{ n: number }>({ kind: 'test.fail', retry: { maxAttempts: 2, backoffBaseMs: 1000 }, handle: async () => { throw new Error('boom'); }, onDead: async (job, error) => void dead.push({ payload: job.payload, error }) });
    registry.define({ kind: 'test.ok', handle: async () => {}, onDead: async () => void dead.push({ payload: 'ok', error: '' }) });
    await queue.enqueue('test.fail', { n: 1 });
    await queue.enqueue('test.ok', {});
    await worker().drain();
    expect(dead).toEqual([]);
    clock.advance(1000);
    await worker().drain();
    expect(dead).toEqual([{ payload: { n: 1 }, error: 'Error: boom' }]);
  });

  it('runs when the worker running the last attempt died and the job is dead-lettered on reclaim', async () => {
    const dead: string[] = [];
    registry.define({ kind: 'test.slow', retry: { maxAttempts: 1 }, handle: async () => {}, onDead: async (_job, error) => void dead.push(error) });
    const job = (await queue.enqueue('test.slow', {}))!;
    const now = clock.now();
    await repository.claim(['test.slow'], 'vanished', 1, now, new Date(now.getTime() + 1000));
    clock.advance(1000);
    await worker().drain();
    expect(await repository.get(job.id)).toMatchObject({ status: 'dead' });
    expect(dead).toEqual([expect.stringMatching(/worker running the last attempt stopped/)]);
  });

  it('logs a failing hook without undoing the dead letter', async () => {
    registry.define({ kind: 'test.fail', retry: { maxAttempts: 1 }, handle: async () => { throw new Error('boom'); }, onDead: async () => { throw new Error('hook broke'); } });
    const job = (await queue.enqueue('test.fail', {}))!;
    await worker().drain();
    expect(await repository.get(job.id)).toMatchObject({ status: 'dead', lastError: 'Error: boom' });
  });
});
