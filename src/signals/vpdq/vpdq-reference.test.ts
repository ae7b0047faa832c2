// vPDQ hashing against testdata/vpdq/expected-local: every video, at native size, at 128×128 and
// at one hash per second, line for line (frame, quality, hash, timestamp).

import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { resolveLimits } from '../media/limits.ts';
import { referenceDataDir } from '../reference-data.ts';
import { formatFrameLine } from './vpdq-format.ts';
import { hashVideo, type VpdqOptions } from './vpdq-hasher.ts';

const vpdqDir = join(referenceDataDir(), 'vpdq');
const videos = readdirSync(join(vpdqDir, 'videos')).filter((f) => f.endsWith('.mp4')).map((f) => f.replace(/\.mp4$/, ''));
const modes: [string, VpdqOptions][] = [
  ['', { secondsPerHash: 0 }],
  ['-128x128', { secondsPerHash: 0, downsampleSize: 128 }],
  ['-r1', { secondsPerHash: 1 }],
];
const cases = videos.flatMap((video) => modes.map(([suffix, options]) => [`${video}${suffix}`, video, options] as const));
// VIGIL_FFMPEG_PATH lets the same vectors be checked against a newer ffmpeg.
const ffmpegPath = process.env.VIGIL_FFMPEG_PATH || undefined;

describe('vPDQ against expected-local', () => {
  it('covers 4 videos in 3 modes', () => {
    expect(videos).toHaveLength(4);
    expect(cases).toHaveLength(12);
  });

  it.concurrent.each(cases)('%s', async (expectedName, video, options) => {
    const frames = await hashVideo({ path: join(vpdqDir, 'videos', `${video}.mp4`) }, { limits: resolveLimits(), ffmpegPath }, options);
    const expected = readFileSync(join(vpdqDir, 'expected-local', `${expectedName}.txt`), 'utf8');
    expect(frames.map(formatFrameLine).join('\n') + '\n').toBe(expected);
  }, 60_000);
});
