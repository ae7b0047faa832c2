import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { formatPdqHex } from '../pdq/hash-words.ts';
import { flipBits, randomHashes, SeededRandom } from '../testing/synthetic-hashes.ts';
import { VpdqFrameIndex, type VpdqFrame } from './vpdq-frame-index.ts';

const dir = new URL('../testdata/vpdq/', import.meta.url);

/** `<frame>,<quality>,<hex>,<seconds>` lines → frames. */
function readFrames(name: string): VpdqFrame[] {
  return readFileSync(new URL(`${name}.txt`, dir), 'utf8')
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((l) => {
      const [, quality, value] = l.split(',');
      return { value: value!, quality: Number(quality) };
    });
}

const videos = readdirSync(dir).filter((f) => f.endsWith('.txt')).map((f) => f.slice(0, -4)).sort();

function syntheticFrames(seed: number, count: number): VpdqFrame[] {
  const words = randomHashes(count, new SeededRandom(seed));
  return Array.from({ length: count }, (_, i) => ({ value: formatPdqHex(words, i * 8), quality: 100 }));
}

describe('VpdqFrameIndex against the python-threatexchange table', () => {
  const index = new VpdqFrameIndex();
  videos.forEach((name, i) => index.add(i, readFrames(name)));
  const rows = readFileSync(new URL('threatexchange-semantics-d31-q50.csv', dir), 'utf8').split('\n').slice(1).filter(Boolean);

  it('reproduces the query and compared percentages of every pair of sample videos', () => {
    let checked = 0;
    for (const [q, name] of videos.entries()) {
      const got = index.query(readFrames(name), { queryMatchPercent: 0, comparedMatchPercent: 0 });
      const gotByName = new Map(got.map((m) => [videos[m.id]!, m]));
      for (const row of rows) {
        const [query, target, , , queryPct, comparedPct] = row.split(',');
        if (query !== name || !videos.includes(target!)) continue;
        const match = gotByName.get(target!);
        if (Number(queryPct) === 0) {
          expect(match, `${query} → ${target}`).toBeUndefined();
          continue;
        }
        expect(match, `${query} → ${target}`).toBeDefined();
        expect(match!.queryMatchPercent.toFixed(4)).toBe(queryPct);
        expect(match!.comparedMatchPercent.toFixed(4)).toBe(comparedPct);
        checked++;
      }
      expect(got.every((m) => m.id !== q || m.queryMatchPercent === 100)).toBe(true);
    }
    expect(checked).toBeGreaterThan(20);
  });

  it('applies the default rule: query match >= 80 %, compared match >= 0 %', () => {
    const id = (name: string): number => videos.indexOf(name);
    const hits = (name: string): string[] => index.query(readFrames(name)).map((m) => videos[m.id]!).sort();
    // 82.80 % of chair-22-with-small-logo-bar's frames are in chair-19-sd-bar: a match.
    expect(hits('chair-22-with-small-logo-bar')).toContain('chair-19-sd-bar');
    // The large-logo variant shares about 10 % of frames with the others: no match.
    expect(hits('chair-22-with-large-logo-bar')).toEqual(['chair-22-with-large-logo-bar']);
    // Requiring 90 % on the compared side drops the 82.80 % pair the other way round.
    const strict = index.query(readFrames('chair-19-sd-bar'), { comparedMatchPercent: 90 }).map((m) => m.id);
    expect(strict).toContain(id('chair-19-sd-bar'));
    expect(strict).not.toContain(id('chair-22-with-small-logo-bar'));
  });
});

describe('VpdqFrameIndex bookkeeping', () => {
  it('counts duplicate frames once and ignores low-quality frames on both sides', () => {
    const index = new VpdqFrameIndex();
    const frames = syntheticFrames(1, 10);
    const stored = [...frames, frames[0]!, { ...frames[1]!, quality: 10 }, { value: formatPdqHex(randomHashes(1, new SeededRandom(2))), quality: 49 }];
    index.add(1, stored);
    expect(index.frameCount).toBe(10);
    // 5 of the query's 5 usable frames are in video 1; 5 of video 1's 10 frames are matched.
    const query = [...frames.slice(0, 5), frames[0]!, { value: frames[9]!.value, quality: 3 }];
    expect(index.query(query)).toEqual([{ id: 1, queryMatchPercent: 100, comparedMatchPercent: 50 }]);
    expect(index.query([{ value: frames[0]!.value, quality: 49 }])).toEqual([]);
    expect(index.query([])).toEqual([]);
  });

  it('lets two videos share frames without either overwriting the other', () => {
    const index = new VpdqFrameIndex();
    const a = syntheticFrames(3, 8);
    const b = [...a.slice(0, 4), ...syntheticFrames(4, 4)];
    index.add(10, a);
    index.add(20, b);
    expect(index.frameCount).toBe(12);
    expect(index.query(a.slice(0, 4)).map((m) => m.id)).toEqual([10, 20]);
    index.remove(10);
    expect(index.frameCount).toBe(8);
    expect(index.query(a.slice(0, 4))).toEqual([{ id: 20, queryMatchPercent: 100, comparedMatchPercent: 50 }]);
    index.remove(20);
    expect(index.frameCount).toBe(0);
    expect(index.size).toBe(0);
  });

  it('matches near-duplicate frames within the distance threshold, inclusive', () => {
    const rng = new SeededRandom(6);
    const words = randomHashes(20, rng);
    const index = new VpdqFrameIndex();
    index.add(1, Array.from({ length: 20 }, (_, i) => ({ value: formatPdqHex(words, i * 8), quality: 90 })));
    const at = (d: number): VpdqFrame[] =>
      Array.from({ length: 20 }, (_, i) => ({ value: formatPdqHex(flipBits(words, i * 8, d, rng)), quality: 90 }));
    expect(index.query(at(31))).toHaveLength(1);
    expect(index.query(at(32))).toEqual([]);
    expect(index.query(at(32), { distanceThreshold: 32 })).toHaveLength(1);
  });

  it('replaces a video on re-add and honours disabling', () => {
    const index = new VpdqFrameIndex();
    const a = syntheticFrames(7, 5);
    const b = syntheticFrames(8, 5);
    index.add(1, a);
    index.add(1, b);
    expect(index.query(a)).toEqual([]);
    expect(index.query(b)).toHaveLength(1);
    expect(index.setEnabled(1, false)).toBe(true);
    expect(index.query(b)).toEqual([]);
    index.setEnabled(1, true);
    expect(index.query(b)).toHaveLength(1);
    expect(index.setEnabled(2, true)).toBe(false);
    expect(() => index.add(3, [{ value: 'nope', quality: 100 }])).toThrow(RangeError);
    expect(index.has(3)).toBe(false);
  });
});
