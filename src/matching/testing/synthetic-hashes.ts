// Seeded synthetic PDQ data for the randomized tests and the benchmark: uniformly random hashes,
// and "families" of near-duplicates around random centres (re-uploads, crops, re-encodes), which
// is how real hash banks look and what stresses an index's buckets and result sets.
import { PDQ_BITS, PDQ_WORDS } from '../pdq/hash-words.ts';

/** A small, fast, seedable PRNG (sfc32) returning uint32s; reproducible across runs. */
export class SeededRandom {
  #a: number;
  #b: number;
  #c: number;
  #d: number;

  constructor(seed: number) {
    this.#a = 0x9e3779b9;
    this.#b = 0x243f6a88;
    this.#c = 0xb7e15162;
    this.#d = seed >>> 0;
    for (let i = 0; i < 15; i++) this.nextUint32();
  }

  nextUint32(): number {
    const t = (((this.#a + this.#b) | 0) + this.#d) | 0;
    this.#d = (this.#d + 1) | 0;
    this.#a = this.#b ^ (this.#b >>> 9);
    this.#b = (this.#c + (this.#c << 3)) | 0;
    this.#c = (this.#c << 21) | (this.#c >>> 11);
    this.#c = (this.#c + t) | 0;
    return t >>> 0;
  }

  /** An integer in [0, n). */
  below(n: number): number {
    return Math.floor((this.nextUint32() / 4294967296) * n);
  }

  /** An integer in [lo, hi]. */
  between(lo: number, hi: number): number {
    return lo + this.below(hi - lo + 1);
  }
}

/** `count` uniformly random hashes, packed 8 words apart. */
export function randomHashes(count: number, rng: SeededRandom): Uint32Array {
  const words = new Uint32Array(count * PDQ_WORDS);
  for (let i = 0; i < words.length; i++) words[i] = rng.nextUint32();
  return words;
}

const positions = Uint16Array.from({ length: PDQ_BITS }, (_, i) => i);

/** Writes into `out` at `outBase` the hash at `base` of `src` with exactly `k` distinct bits flipped. */
export function flipBits(
  src: Uint32Array,
  base: number,
  k: number,
  rng: SeededRandom,
  out: Uint32Array = new Uint32Array(PDQ_WORDS),
  outBase = 0,
): Uint32Array {
  for (let j = 0; j < PDQ_WORDS; j++) out[outBase + j] = src[base + j]!;
  // Partial Fisher-Yates over bit positions keeps the k flips distinct. The permutation is kept
  // between calls: a partial shuffle picks uniformly whatever order it starts from.
  for (let i = 0; i < k; i++) {
    const j = i + rng.below(PDQ_BITS - i);
    const bit = positions[j]!;
    positions[j] = positions[i]!;
    positions[i] = bit;
    out[outBase + (bit >>> 5)]! ^= 1 << (bit & 31);
  }
  return out;
}

export interface ClusterOptions {
  /** Largest family (centre included); sizes are uniform in [1, maxFamily]. Default 16. */
  maxFamily?: number;
  /** Members sit at a distance uniform in [0, maxDistance] from their centre. Default 40. */
  maxDistance?: number;
}

/**
 * `count` hashes in families: each family is a random centre plus members at distances 0..40 from
 * it, so members are within 80 of one another and many pairs fall on either side of 31.
 */
export function clusteredHashes(count: number, rng: SeededRandom, options: ClusterOptions = {}): Uint32Array {
  const maxFamily = options.maxFamily ?? 16;
  const maxDistance = options.maxDistance ?? 40;
  const words = new Uint32Array(count * PDQ_WORDS);
  const centre = new Uint32Array(PDQ_WORDS);
  let i = 0;
  while (i < count) {
    for (let j = 0; j < PDQ_WORDS; j++) centre[j] = rng.nextUint32();
    words.set(centre, i * PDQ_WORDS);
    i++;
    const members = rng.below(maxFamily);
    for (let m = 0; m < members && i < count; m++, i++) {
      flipBits(centre, 0, rng.between(0, maxDistance), rng, words, i * PDQ_WORDS);
    }
  }
  return words;
}

/**
 * Query hashes: the first half near stored hashes (distance uniform in [0, maxDistance]), the
 * rest uniformly random.
 */
export function mixedQueries(stored: Uint32Array, count: number, rng: SeededRandom, maxDistance = 40): Uint32Array {
  const n = stored.length / PDQ_WORDS;
  const out = new Uint32Array(count * PDQ_WORDS);
  const near = Math.ceil(count / 2);
  for (let i = 0; i < count; i++) {
    if (i < near) flipBits(stored, rng.below(n) * PDQ_WORDS, rng.between(0, maxDistance), rng, out, i * PDQ_WORDS);
    else for (let j = 0; j < PDQ_WORDS; j++) out[i * PDQ_WORDS + j] = rng.nextUint32();
  }
  return out;
}
