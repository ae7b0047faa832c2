import { describe, expect, it } from 'vitest';
import { hammingDistance } from '../pdq/hash-words.ts';
import { clusteredHashes, flipBits, mixedQueries, randomHashes, SeededRandom } from './synthetic-hashes.ts';

describe('synthetic hashes', () => {
  it('are reproducible from a seed', () => {
    expect(randomHashes(10, new SeededRandom(4))).toEqual(randomHashes(10, new SeededRandom(4)));
    expect(randomHashes(10, new SeededRandom(4))).not.toEqual(randomHashes(10, new SeededRandom(5)));
  });

  it('flip exactly the requested number of bits, call after call', () => {
    const rng = new SeededRandom(1);
    const base = randomHashes(1, rng);
    for (let i = 0; i < 500; i++) {
      const k = rng.between(0, 256);
      expect(hammingDistance(base, 0, flipBits(base, 0, k, rng), 0)).toBe(k);
    }
  });

  it('put family members within the family distance of their centre', () => {
    const words = clusteredHashes(2000, new SeededRandom(2), { maxFamily: 8, maxDistance: 40 });
    let near = 0;
    for (let i = 1; i < 2000; i++) if (hammingDistance(words, (i - 1) * 8, words, i * 8) <= 80) near++;
    expect(near).toBeGreaterThan(1000);
    expect(mixedQueries(words, 10, new SeededRandom(3)).length).toBe(80);
  });
});
