// The hashing pool, started from TypeScript sources (as in development, tests and the CLI).

import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hashMedia } from './hash-media.ts';
import { createHashPool, type HashPool } from './pool.ts';
import { referenceDataDir } from './reference-data.ts';

const images = join(referenceDataDir(), 'pdq', 'images');
const files = [
  join(images, 'reg-test-input', 'dih', 'bridge-1-original.jpg'),
  join(images, 'misc-images', 'wee.jpg'),
  join(images, 'reg-test-input', 'labelme-subset', 'q0122.jpg'),
  join(images, 'pdq_blue_transparent.png'),
  join(images, 'misc-images', 'c.png'),
];
const video = join(referenceDataDir(), 'vpdq', 'videos', 'test-padded-dimensions.mp4');

let pool: HashPool;
beforeAll(() => {
  pool = createHashPool({ threads: 2 });
});
afterAll(async () => {
  await pool.close();
});

describe('createHashPool', () => {
  it('hashes files on worker threads with the same results as in-process hashing', async () => {
    const results = await Promise.all(files.map((f) => pool.hashFile(f, ['pdq', 'md5'])));
    for (const [i, result] of results.entries()) expect(result).toEqual(await hashMedia({ path: files[i]! }, ['pdq', 'md5']));
    expect(pool.threads).toBe(2);
  });

  it('hashes buffers and videos', async () => {
    const bytes = await readFile(files[1]!);
    expect((await pool.hashBuffer(bytes, ['pdq'])).signals.pdq?.value).toBe('6227401f601ff4ccafcc9fad4b0d95d371a2eb7265a3285234d228ca94deeb2d');
    const result = await pool.hashFile(video, ['vpdq', 'md5']);
    expect(result.contentType).toBe('video');
    expect(result.signals.vpdq?.frames?.map((f) => f.frame)).toEqual([0, 30, 60, 90, 120]);
  });

  it('passes SignalErrors back with their code and keeps working', async () => {
    await expect(pool.hashBuffer(new Uint8Array(0), ['md5'])).rejects.toMatchObject({ name: 'SignalError', code: 'MEDIA_EMPTY' });
    await expect(pool.hashFile(files[0]!, ['nope'])).rejects.toMatchObject({ code: 'SIGNAL_TYPE_UNKNOWN' });
    expect((await pool.hashFile(files[1]!, ['md5'])).signals.md5?.value).toMatch(/^[0-9a-f]{32}$/);
  });

  it('survives a job that runs out of time', async () => {
    const strict = createHashPool({ threads: 1, limits: { timeoutMs: 30 } });
    try {
      await expect(strict.hashFile(video, ['vpdq'])).rejects.toMatchObject({ code: 'MEDIA_DECODE_TIMEOUT' });
      expect((await strict.hashFile(files[1]!, ['md5'])).signals.md5).toBeDefined();
    } finally {
      await strict.close();
    }
  });

  it('refuses work after close()', async () => {
    const closing = createHashPool({ threads: 1 });
    await closing.close();
    await expect(closing.hashFile(files[1]!, ['md5'])).rejects.toThrow(/closed/);
  });
});

describe('running from TypeScript through tsx', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'vigil-pool-'));
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));

  it('starts .ts workers in a plain `node --import tsx` process, from any directory', async () => {
    const script = join(dir, 'run.mts');
    const poolUrl = new URL('./pool.ts', import.meta.url).href;
    await writeFile(
      script,
      `import { createHashPool } from ${JSON.stringify(poolUrl)};
const pool = createHashPool({ threads: 2 });
const results = await Promise.all(${JSON.stringify(files.slice(0, 3))}.map((f) => pool.hashFile(f, ['pdq'])));
await pool.close();
console.log(JSON.stringify(results.map((r) => r.signals.pdq.value)));
`,
    );
    const { stdout } = await promisify(execFile)(process.execPath, ['--import', import.meta.resolve('tsx'), script], { cwd: dir, timeout: 60_000 });
    const direct = await Promise.all(files.slice(0, 3).map((f) => hashMedia({ path: f }, ['pdq'])));
    expect(JSON.parse(stdout)).toEqual(direct.map((r) => r.signals.pdq!.value));
  });
});
