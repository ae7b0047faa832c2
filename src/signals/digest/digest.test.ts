import { createHash } from 'node:crypto';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { resolveLimits } from '../media/limits.ts';
import { md5Signal } from '../md5/md5.signal.ts';
import { sha256Signal } from '../sha256/sha256.signal.ts';

let dir: string;
let path: string;
// 3 MiB and a bit, so the stream delivers several chunks.
const content = Buffer.from(Array.from({ length: 3 * 1024 * 1024 + 17 }, (_, i) => (i * 31 + (i >> 11)) & 0xff));

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'vigil-digest-'));
  path = join(dir, 'blob.bin');
  await writeFile(path, content);
});
afterAll(() => rm(dir, { recursive: true, force: true }));

describe.each([
  ['md5', md5Signal],
  ['sha256', sha256Signal],
] as const)('%s', (algorithm, signal) => {
  const limits = resolveLimits();
  const expected = createHash(algorithm).update(content).digest('hex');

  it('streams a file', async () => {
    expect((await signal.hash({ kind: 'media', source: { path } }, { limits })).value).toBe(expected);
  });

  it('hashes bytes in memory the same way', async () => {
    expect((await signal.hash({ kind: 'media', source: { bytes: content } }, { limits })).value).toBe(expected);
  });

  it('canonicalises upper case and matches only equal values', () => {
    expect(signal.validate(expected.toUpperCase())).toBe(expected);
    expect(signal.matches(expected, expected.toUpperCase())).toBe(true);
    expect(signal.matches(expected, expected.replace(/^./, (c) => (c === '0' ? '1' : '0')))).toBe(false);
  });
});
