import { describe, expect, it } from 'vitest';
import { clusteredHashes, SeededRandom } from '../testing/synthetic-hashes.ts';
import { makeLayout } from './chunk-layout.ts';
import { buildChunkPostings, Pace } from './chunk-postings.ts';
import { extractBits } from './hash-words.ts';
import { finish } from './segment-builder.ts';

/** Index of the first differing element, or -1 (deep equality on megabyte arrays is slow). */
function firstDifference(a: Uint32Array, b: Uint32Array): number {
  if (a.length !== b.length) return Math.min(a.length, b.length);
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return i;
  return -1;
}

describe('buildChunkPostings', () => {
  const n = 30_000;
  const words = clusteredHashes(n, new SeededRandom(17));

  for (const [chunks, tableBits] of [[11, 21], [12, 17], [16, 12], [16, 8]] as const) {
    it(`partitioned and direct builds agree (${chunks} chunks, ${tableBits}-bit tables)`, () => {
      const layout = makeLayout(chunks, tableBits);
      for (const chunk of [0, chunks - 1]) {
        const size = 2 ** layout.tableBits[chunk]! + 1;
        const direct = { off: new Uint32Array(size), post: new Uint32Array(n) };
        const parted = { off: new Uint32Array(size), post: new Uint32Array(n) };
        finish(buildChunkPostings(words, n, layout, chunk, direct.off, direct.post, null, new Pace(4096)));
        const scratch = { top: new Uint32Array(n), value: new Uint32Array(n) };
        finish(buildChunkPostings(words, n, layout, chunk, parted.off, parted.post, scratch, new Pace(4096)));
        expect(firstDifference(parted.off, direct.off)).toBe(-1);
        expect(firstDifference(parted.post, direct.post)).toBe(-1);
        // Every posting sits in the block of its key's top bits and carries its low bits.
        const l = layout.lowBits[chunk]!;
        for (let block = 0; block < size - 1; block += 97) {
          for (let p = direct.off[block]!; p < direct.off[block + 1]!; p++) {
            const v = direct.post[p]!;
            const key = extractBits(words, (v >>> 8) * 8, layout.start[chunk]!, layout.width[chunk]!);
            expect(key >>> l).toBe(block);
            expect(v & 0xff).toBe(key & ((1 << l) - 1));
          }
        }
      }
    });
  }
});
