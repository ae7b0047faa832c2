// "A hash added under load is matchable within a second": queries run back to back while new
// hashes are added between them and merge work proceeds in bounded slices (as the background
// scheduler would run it). For each added hash we time from the add() call until a query for it
// first returns it.
import { PDQ_WORDS, type PdqIndex } from '../../src/matching/index.ts';
import { randomHashes, type SeededRandom } from '../../src/matching/testing/synthetic-hashes.ts';
import { percentile } from './measure.ts';

export interface Freshness {
  adds: number;
  addsPerSecond: number;
  visibleP50: number;
  visibleMax: number;
  queriesPerSecond: number;
  queryP99: number;
  merges: number;
  longestSlice: number;
}

export function measureFreshness(
  index: PdqIndex,
  stored: Uint32Array,
  rng: SeededRandom,
  options: { seconds: number; threshold: number; addsPerRound?: number; sliceMs?: number },
): Freshness {
  const addsPerRound = options.addsPerRound ?? 8;
  const sliceMs = options.sliceMs ?? 2;
  const n = stored.length / PDQ_WORDS;
  const fresh = randomHashes(1 << 20, rng);
  let nextId = 1e12;
  let freshAt = 0;
  const visible: number[] = [];
  const queryLat: number[] = [];
  let longestSlice = 0;
  const mergesBefore = index.stats().merges;
  const end = performance.now() + options.seconds * 1000;
  const start = performance.now();
  while (performance.now() < end) {
    // Load: a query near a stored hash.
    const at = rng.below(n) * PDQ_WORDS;
    const s = performance.now();
    index.query(stored.subarray(at, at + PDQ_WORDS), options.threshold);
    queryLat.push(performance.now() - s);
    // New hashes, then the time until a query finds the last of them.
    let h = fresh.subarray(0, PDQ_WORDS);
    const addedAt = performance.now();
    for (let k = 0; k < addsPerRound; k++) {
      h = fresh.subarray((freshAt % (1 << 20)) * PDQ_WORDS, ((freshAt % (1 << 20)) + 1) * PDQ_WORDS);
      freshAt++;
      index.add(nextId++, h);
    }
    const id = nextId - 1;
    while (!index.query(h, options.threshold).some((m) => m.id === id)) {
      // Never expected: every add is visible to the next query.
    }
    visible.push(performance.now() - addedAt);
    // Background merge work, bounded per slice.
    const m = performance.now();
    index.maintain(sliceMs);
    longestSlice = Math.max(longestSlice, performance.now() - m);
  }
  const seconds = (performance.now() - start) / 1000;
  visible.sort((a, b) => a - b);
  queryLat.sort((a, b) => a - b);
  return {
    adds: freshAt,
    addsPerSecond: freshAt / seconds,
    visibleP50: percentile(visible, 50),
    visibleMax: visible[visible.length - 1] ?? NaN,
    queriesPerSecond: queryLat.length / seconds,
    queryP99: percentile(queryLat, 99),
    merges: index.stats().merges - mergesBefore,
    longestSlice,
  };
}
