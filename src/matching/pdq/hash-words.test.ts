import { describe, expect, it } from 'vitest';
import { SeededRandom } from '../testing/synthetic-hashes.ts';
import { extractBits, formatPdqHex, hammingDistance, parsePdqHex, pdqDistance, popcount32 } from './hash-words.ts';

const A = 'f8f8f0cee0f4a84f06370a22038f63f0b36e2ed596621e1d33e6b39c4e9c9b22';
const B = 'f8f8f0cee0f4a84f06370a22038f63f0b36e2ed596621e1d33e6b39c4e9c9b23';

describe('PDQ hash words', () => {
  it('round-trips hex and accepts either case', () => {
    expect(formatPdqHex(parsePdqHex(A))).toBe(A);
    expect(formatPdqHex(parsePdqHex(A.toUpperCase()))).toBe(A);
  });

  it('rejects anything that is not 64 hex characters', () => {
    for (const bad of ['', A.slice(1), `${A}0`, A.replace('f', 'g'), ` ${A.slice(1)}`]) {
      expect(() => parsePdqHex(bad)).toThrow(RangeError);
    }
  });

  it('counts bits like a naive loop', () => {
    const rng = new SeededRandom(7);
    for (let i = 0; i < 1000; i++) {
      const x = rng.nextUint32();
      let naive = 0;
      for (let b = 0; b < 32; b++) naive += (x >>> b) & 1;
      expect(popcount32(x)).toBe(naive);
    }
    expect(popcount32(0xffffffff)).toBe(32);
  });

  it('measures Hamming distance over all 256 bits', () => {
    expect(pdqDistance(A, B)).toBe(1);
    expect(pdqDistance(A, A)).toBe(0);
    const x = parsePdqHex('0'.repeat(64));
    const y = parsePdqHex('f'.repeat(64));
    expect(hammingDistance(x, 0, y, 0)).toBe(256);
  });

  it('extracts bit ranges, including ranges that straddle two words', () => {
    const rng = new SeededRandom(3);
    const words = new Uint32Array(8).map(() => rng.nextUint32());
    const bit = (k: number): number => (words[k >>> 5]! >>> (k & 31)) & 1;
    for (const [start, width] of [[0, 16], [20, 23], [30, 5], [232, 24], [250, 6], [0, 32], [64, 32]] as const) {
      let expected = 0;
      for (let k = width - 1; k >= 0; k--) expected = expected * 2 + bit(start + k);
      expect(extractBits(words, 0, start, width)).toBe(expected);
    }
  });
});
