// The reference C++ `mih-query` run over the repository's needles and haystack: every match at
// distance 31 (the multi-index path) and 32 (the scan path) must come out identical.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { PdqIndex } from './pdq-index.ts';

const dir = new URL('../testdata/pdq/', import.meta.url);
const lines = (name: string): string[] => readFileSync(new URL(name, dir), 'utf8').split('\n').filter((l) => l.trim() !== '');

/** needle → sorted "distance,haystack line" strings. */
function expectedMatches(name: string): Map<string, string[]> {
  const out = new Map<string, string[]>();
  let needle = '';
  for (const line of lines(name)) {
    if (line.startsWith('needle=')) {
      needle = line.slice('needle='.length);
      out.set(needle, []);
    } else {
      const m = /^d=(\d+),match=([0-9a-f]{64}),idx=(\d+)$/.exec(line);
      if (m === null) throw new Error(`Unexpected line ${line}`);
      out.get(needle)!.push(`${m[1]},${m[3]}`);
    }
  }
  return out;
}

describe('PDQ reference vectors (mih-query, needles vs haystack)', () => {
  const haystack = lines('haystack.txt');
  const needles = lines('needles.txt');
  const index = new PdqIndex();
  haystack.forEach((hex, i) => index.add(i + 1, hex)); // ids are the 1-based line numbers
  index.compact();

  for (const distance of [31, 32]) {
    it(`reproduces every match at distance ${distance}`, () => {
      const expected = expectedMatches(`mih-query-d${distance}-needles-vs-haystack.txt`);
      expect(expected.size).toBe(needles.length);
      let total = 0;
      for (const needle of needles) {
        const got = index.query(needle, distance).map((m) => `${m.distance},${m.id}`);
        const want = expected.get(needle)!;
        expect(got.sort()).toEqual([...want].sort());
        total += got.length;
      }
      expect(total).toBe(250);
    });
  }
});
