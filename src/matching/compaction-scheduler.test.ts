import { describe, expect, it } from 'vitest';
import { startBackgroundCompaction } from './compaction-scheduler.ts';
import { PdqIndex } from './pdq/pdq-index.ts';
import { randomHashes, SeededRandom } from './testing/synthetic-hashes.ts';

describe('startBackgroundCompaction', () => {
  it('finishes pending merges between event-loop turns and stops cleanly', async () => {
    const words = randomHashes(4000, new SeededRandom(1));
    const index = new PdqIndex({ deltaCapacity: 100, syncMergeLimit: 0, mergeSlice: 2000 });
    for (let i = 0; i < 4000; i++) index.add(i, words.subarray(i * 8, i * 8 + 8));
    expect(index.stats().segments.length).toBe(40);
    let turns = 0;
    const counting = { maintain: (ms: number): boolean => (turns++, index.maintain(ms)) };
    const job = startBackgroundCompaction(counting, { sliceMs: 1, idleMs: 5 });
    while (index.stats().segments.length > 1 || index.stats().merging) await new Promise((r) => setTimeout(r, 2));
    job.stop();
    expect(turns).toBeGreaterThan(1);
    expect(index.size).toBe(4000);
    expect(index.query(words.subarray(0, 8), 0)).toEqual([{ id: 0, distance: 0 }]);
  });
});
