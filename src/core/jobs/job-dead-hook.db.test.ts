import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createJobsTestbed, type JobsTestbed } from '../../../test/jobs-testbed.ts';

let bed: JobsTestbed;
const worker = () => bed.worker('w', { concurrency: 1 });

beforeEach(async () => {
  bed = await createJobsTestbed();
});
afterEach(async () => {
  await bed.db.close();
});

describe('the onDead hook of a job kind', () => {
  it('runs once when the last attempt fails, with its error, and never for a retried or successful attempt', async () => {
    const dead: Array<{ payload: unknown; error: string }> = [];
    bed.registry.define<{ n: number }>({ kind: 'test.fail', retry: { maxAttempts: 2, backoffBaseMs: 1000 }, handle: async () => { throw new Error('boom'); }, onDead: async (job, error) => void dead.push({ payload: job.payload, error }) });
    bed.registry.define({ kind: 'test.ok', handle: async () => {}, onDead: async () => void dead.push({ payload: 'ok', error: '' }) });
    await bed.queue.enqueue('test.fail', { n: 1 });
    await bed.queue.enqueue('test.ok', {});
    await worker().drain();
    expect(dead).toEqual([]);
    bed.clock.advance(1000);
    await worker().drain();
    expect(dead).toEqual([{ payload: { n: 1 }, error: 'Error: boom' }]);
  });

  it('runs when the worker running the last attempt died and the job is dead-lettered on reclaim', async () => {
    const dead: string[] = [];
    bed.registry.define({ kind: 'test.slow', retry: { maxAttempts: 1 }, handle: async () => {}, onDead: async (_job, error) => void dead.push(error) });
    const job = (await bed.queue.enqueue('test.slow', {}))!;
    const now = bed.clock.now();
    await bed.repository.claim(['test.slow'], 'vanished', 1, now, new Date(now.getTime() + 1000));
    bed.clock.advance(1000);
    await worker().drain();
    expect(await bed.repository.get(job.id)).toMatchObject({ status: 'dead' });
    expect(dead).toEqual([expect.stringMatching(/worker running the last attempt stopped/)]);
  });

  it('logs a failing hook without undoing the dead letter', async () => {
    bed.registry.define({ kind: 'test.fail', retry: { maxAttempts: 1 }, handle: async () => { throw new Error('boom'); }, onDead: async () => { throw new Error('hook broke'); } });
    const job = (await bed.queue.enqueue('test.fail', {}))!;
    await worker().drain();
    expect(await bed.repository.get(job.id)).toMatchObject({ status: 'dead', lastError: 'Error: boom' });
  });
});
