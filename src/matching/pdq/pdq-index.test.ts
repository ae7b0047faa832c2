import { describe, expect, it } from 'vitest';
import type { IndexMatch } from '../signal-index.ts';
import { clusteredHashes, flipBits, mixedQueries, randomHashes, SeededRandom } from '../testing/synthetic-hashes.ts';
import { allocateRadii, chooseLayout, type LayoutOptions } from './chunk-layout.ts';
import { formatPdqHex, PDQ_WORDS } from './hash-words.ts';
import { LinearScanIndex } from './linear-scan-index.ts';
import { PdqIndex } from './pdq-index.ts';

const THRESHOLDS = [0, 1, 4, 8, 15, 16, 17, 24, 30, 31, 32, 40];

function sequentialIds(n: number): Float64Array {
  return Float64Array.from({ length: n }, (_, i) => i * 3 + 1);
}

function hashAt(words: Uint32Array, i: number): Uint32Array {
  return words.subarray(i * PDQ_WORDS, (i + 1) * PDQ_WORDS);
}

function expectSameAsOracle(index: PdqIndex, oracle: LinearScanIndex, queries: Uint32Array, thresholds: number[]): number {
  let hits = 0;
  for (let i = 0; i < queries.length / PDQ_WORDS; i++) {
    const q = hashAt(queries, i);
    for (const t of thresholds) {
      const expected: IndexMatch[] = oracle.query(q, t);
      expect(index.query(q, t), `query ${i} at ${t}`).toEqual(expected);
      hits += expected.length;
    }
  }
  return hits;
}

describe('PdqIndex recall against a linear scan', () => {
  const cases: [string, (n: number, rng: SeededRandom) => Uint32Array][] = [
    ['uniform', randomHashes],
    ['clustered', (n, rng) => clusteredHashes(n, rng, { maxFamily: 24, maxDistance: 40 })],
  ];
  for (const [name, generate] of cases) {
    it(`finds exactly the brute-force matches on ${name} data`, () => {
      const rng = new SeededRandom(name.length);
      const n = 40_000;
      const words = generate(n, rng);
      const ids = sequentialIds(n);
      const index = PdqIndex.fromArrays(ids, words);
      const oracle = LinearScanIndex.fromArrays(ids, words);
      const hits = expectSameAsOracle(index, oracle, mixedQueries(words, 120, rng), THRESHOLDS);
      expect(hits).toBeGreaterThan(100);
    });
  }

  const layouts: LayoutOptions[] = [
    { chunks: 16, tableBits: 16, maxBytesPerHash: 1e9 },
    { chunks: 8, tableBits: 24, maxBytesPerHash: 1e9 }, // radius 3 chunks, 8 low bits
    { chunks: 11, tableBits: 18, maxBytesPerHash: 1e9 },
    { chunks: 13, tableBits: 8, maxBytesPerHash: 1e9 }, // many postings per block
    { chunks: 16, tableBits: 4, maxBytesPerHash: 1e9 },
  ];
  for (const layout of layouts) {
    it(`is exact with ${layout.chunks} chunks and ${layout.tableBits}-bit tables`, () => {
      const rng = new SeededRandom(layout.chunks! * 100 + layout.tableBits!);
      const words = clusteredHashes(20_000, rng);
      const ids = sequentialIds(20_000);
      const index = PdqIndex.fromArrays(ids, words, { layout });
      const oracle = LinearScanIndex.fromArrays(ids, words);
      expectSameAsOracle(index, oracle, mixedQueries(words, 60, rng), [0, 7, 16, 23, 31]);
    });
  }

  it('is exact on a segment large enough for the partitioned build', () => {
    const rng = new SeededRandom(300);
    const n = 300_000;
    const words = clusteredHashes(n, rng, { maxFamily: 8, maxDistance: 40 });
    const ids = sequentialIds(n);
    const index = PdqIndex.fromArrays(ids, words);
    const oracle = LinearScanIndex.fromArrays(ids, words);
    expect(expectSameAsOracle(index, oracle, mixedQueries(words, 40, rng), [16, 31])).toBeGreaterThan(20);
  });

  it('finds a hash whose differences are spread so that only one chunk is within its radius', () => {
    // The worst case for the pigeonhole argument: every probed chunk but one carries radius + 1
    // differing bits, and the remaining chunk exactly its radius, for a total of the threshold.
    const rng = new SeededRandom(99);
    const n = 30_000;
    const words = randomHashes(n, rng);
    const ids = sequentialIds(n);
    const index = PdqIndex.fromArrays(ids, words);
    const layout = chooseLayout(n);
    for (const threshold of [0, 5, 16, 24, 31]) {
      const radii = allocateRadii(layout, threshold, n)!;
      for (let only = 0; only < layout.count; only++) {
        if (radii[only]! < 0) continue;
        const target = rng.below(n);
        const q = Uint32Array.from(hashAt(words, target));
        let flipped = 0;
        for (let c = 0; c < layout.count; c++) {
          const flips = c === only ? radii[c]! : radii[c]! + 1;
          const positions = new Set<number>();
          while (positions.size < flips) positions.add(layout.start[c]! + rng.below(layout.width[c]!));
          for (const bit of positions) q[bit >>> 5]! ^= 1 << (bit & 31);
          flipped += flips;
        }
        expect(flipped).toBe(threshold);
        expect(index.query(q, threshold)).toContainEqual({ id: ids[target]!, distance: threshold });
      }
    }
  });
});

describe('PdqIndex mutations', () => {
  it('stays equal to the oracle under random adds, removes, disables and merges', () => {
    const rng = new SeededRandom(2024);
    const pool = clusteredHashes(4000, rng);
    const index = new PdqIndex({ deltaCapacity: 64, syncMergeLimit: 400 });
    const oracle = new LinearScanIndex();
    const randomHash = (): Uint32Array => flipBits(pool, rng.below(4000) * PDQ_WORDS, rng.between(0, 12), rng);
    for (let step = 0; step < 8000; step++) {
      const op = rng.below(100);
      const id = rng.below(3000);
      if (op < 55) {
        const h = randomHash();
        index.add(id, h);
        oracle.add(id, h);
      } else if (op < 70) {
        expect(index.remove(id)).toBe(oracle.remove(id));
      } else if (op < 82) {
        const enabled = rng.below(3) > 0;
        expect(index.setEnabled(id, enabled)).toBe(oracle.setEnabled(id, enabled));
      } else if (op < 88) {
        index.maintain(0.3);
      } else {
        const q = randomHash();
        const t = rng.between(0, 40);
        expect(index.query(q, t)).toEqual(oracle.query(q, t));
        expect(index.size).toBe(oracle.size);
        expect(index.has(id)).toBe(oracle.has(id));
      }
    }
    index.compact();
    expect(index.stats().delta).toBe(0);
    expect(index.size).toBe(oracle.size);
    expectSameAsOracle(index, oracle, mixedQueries(pool, 100, rng, 20), [0, 10, 31, 32]);
  });

  it('keeps changes made while a merge runs in slices', () => {
    const rng = new SeededRandom(5);
    const pool = randomHashes(3000, rng);
    const index = new PdqIndex({ deltaCapacity: 100, syncMergeLimit: 0, mergeSlice: 400 });
    const oracle = new LinearScanIndex();
    for (let i = 0; i < 3000; i++) {
      index.add(i, hashAt(pool, i));
      oracle.add(i, hashAt(pool, i));
    }
    expect(index.stats().segments.length).toBe(30);
    let steps = 0;
    while (index.maintain(0)) {
      steps++;
      // Between two slices: remove, disable, re-enable and re-add entries of the merging segments.
      for (let k = 0; k < (steps < 300 ? 5 : 0); k++) {
        const id = rng.below(3000);
        const op = rng.below(4);
        if (op === 0) expect(index.remove(id)).toBe(oracle.remove(id));
        else if (op === 1) expect(index.setEnabled(id, false)).toBe(oracle.setEnabled(id, false));
        else if (op === 2) expect(index.setEnabled(id, true)).toBe(oracle.setEnabled(id, true));
        else {
          const h = flipBits(pool, id * PDQ_WORDS, 3, rng);
          index.add(id, h);
          oracle.add(id, h);
        }
      }
      const probe = rng.below(3000);
      expect(index.query(hashAt(pool, probe), 31)).toEqual(oracle.query(hashAt(pool, probe), 31));
    }
    expect(steps).toBeGreaterThan(30);
    expect(index.stats().merging).toBe(false);
    expect(index.size).toBe(oracle.size);
    expectSameAsOracle(index, oracle, mixedQueries(pool, 200, rng, 10), [31]);
  });

  it('makes an added hash matchable by the next query and a removed one unmatchable', () => {
    const rng = new SeededRandom(8);
    const words = randomHashes(50_000, rng);
    const index = PdqIndex.fromArrays(sequentialIds(50_000), words);
    const fresh = randomHashes(1, rng);
    expect(index.query(fresh, 31)).toEqual([]);
    index.add(10 ** 12, fresh);
    expect(index.query(formatPdqHex(fresh), 31)).toEqual([{ id: 10 ** 12, distance: 0 }]);
    index.setEnabled(10 ** 12, false);
    expect(index.query(fresh, 31)).toEqual([]);
    index.setEnabled(10 ** 12, true);
    expect(index.query(fresh, 0)).toHaveLength(1);
    index.remove(10 ** 12);
    expect(index.query(fresh, 31)).toEqual([]);
    // An id from the bulk load: disabling and replacing it act in place.
    const target = hashAt(words, 123);
    expect(index.query(target, 0)).toEqual([{ id: 123 * 3 + 1, distance: 0 }]);
    index.add(123 * 3 + 1, fresh);
    expect(index.query(target, 0)).toEqual([]);
    expect(index.query(fresh, 0)).toEqual([{ id: 370, distance: 0 }]);
    expect(index.size).toBe(50_000);
  });

  it('rewrites a segment once a quarter of it is removed', () => {
    const rng = new SeededRandom(9);
    const words = randomHashes(8000, rng);
    const index = PdqIndex.fromArrays(sequentialIds(8000), words, { syncMergeLimit: 10_000 });
    for (let i = 0; i < 2000; i++) index.remove(i * 3 + 1);
    expect(index.stats().segments).toEqual([6000]);
    expect(index.memoryBytes()).toBeLessThan(6000 * 200);
  });
});

describe('PdqIndex bulk loads', () => {
  it('sorts ids given in any order and answers with them', () => {
    const rng = new SeededRandom(11);
    const n = 5000;
    const words = randomHashes(n, rng);
    const ids = Float64Array.from({ length: n }, (_, i) => (i * 7919) % n + 2 ** 40);
    const index = PdqIndex.fromArrays(ids, words);
    for (let i = 0; i < n; i += 97) expect(index.query(hashAt(words, i), 0)).toEqual([{ id: ids[i]!, distance: 0 }]);
    expect(index.remove(ids[5]!)).toBe(true);
    expect(index.has(ids[5]!)).toBe(false);
  });

  it('rejects duplicate and invalid ids', () => {
    const words = randomHashes(3, new SeededRandom(1));
    expect(() => PdqIndex.fromArrays([1, 2, 1], words)).toThrow(/Duplicate id 1/);
    expect(() => PdqIndex.fromArrays([1, 2, -1], words)).toThrow(RangeError);
    expect(() => new PdqIndex().add(1.5, words.subarray(0, 8))).toThrow(RangeError);
    expect(() => new PdqIndex().query('abc')).toThrow(RangeError);
    expect(() => new PdqIndex().query(words.subarray(0, 8), 257)).toThrow(RangeError);
  });

  it('answers batches in order', () => {
    const rng = new SeededRandom(12);
    const words = randomHashes(1000, rng);
    const index = PdqIndex.fromArrays(sequentialIds(1000), words);
    const batch = [hashAt(words, 1), formatPdqHex(hashAt(words, 2)), randomHashes(1, rng)];
    expect(index.queryBatch(batch, 10).map((r) => r.map((m) => m.id))).toEqual([[4], [7], []]);
  });
});
