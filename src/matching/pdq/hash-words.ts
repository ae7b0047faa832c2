// The in-memory form of a 256-bit PDQ hash: eight uint32 words, word j holding hex characters
// [8j, 8j + 8). Hamming distance does not depend on which bit is which, so this order is simply
// the cheapest to parse and print. Indexes keep many hashes in one Uint32Array, 8 words apart.

/** Eight uint32 words of one PDQ hash. */
export type PdqWords = Uint32Array;

/** A PDQ hash as the field writes it (64 hex characters) or already parsed into words. */
export type PdqHashInput = string | PdqWords;

export const PDQ_WORDS = 8;
export const PDQ_BITS = 256;
/** The distance at which PDQ hashes are conventionally considered a match. */
export const PDQ_DEFAULT_THRESHOLD = 31;

const HEX64 = /^[0-9a-fA-F]{64}$/;

export function isPdqHex(value: string): boolean {
  return HEX64.test(value);
}

/** Parses 64 hex characters (either case) into words; throws a RangeError on anything else. */
export function parsePdqHex(hex: string, out: PdqWords = new Uint32Array(PDQ_WORDS)): PdqWords {
  if (!HEX64.test(hex)) throw new RangeError(`Not a PDQ hash (64 hex characters): ${JSON.stringify(hex.slice(0, 80))}`);
  for (let j = 0; j < PDQ_WORDS; j++) out[j] = parseInt(hex.slice(8 * j, 8 * j + 8), 16);
  return out;
}

/** Formats words (at `offset` in a packed array) as 64 lowercase hex characters. */
export function formatPdqHex(words: Uint32Array, offset = 0): string {
  let s = '';
  for (let j = 0; j < PDQ_WORDS; j++) s += (words[offset + j]! >>> 0).toString(16).padStart(8, '0');
  return s;
}

/** Words of `hash`, parsing it when it is a string; a Uint32Array must hold exactly 8 words. */
export function toPdqWords(hash: PdqHashInput): PdqWords {
  if (typeof hash === 'string') return parsePdqHex(hash);
  if (hash.length !== PDQ_WORDS) throw new RangeError(`A PDQ hash has ${PDQ_WORDS} words, got ${hash.length}`);
  return hash;
}

/** Number of set bits in a 32-bit integer (SWAR; V8 inlines it into the scan loops). */
export function popcount32(x: number): number {
  x = x - ((x >>> 1) & 0x55555555);
  x = (x & 0x33333333) + ((x >>> 2) & 0x33333333);
  x = (x + (x >>> 4)) & 0x0f0f0f0f;
  return Math.imul(x, 0x01010101) >>> 24;
}

/** Hamming distance between the hash at word offset `a` of `x` and at `b` of `y`. */
export function hammingDistance(x: Uint32Array, a: number, y: Uint32Array, b: number): number {
  let d = 0;
  for (let j = 0; j < PDQ_WORDS; j++) d += popcount32((x[a + j]! ^ y[b + j]!) >>> 0);
  return d;
}

/** Hamming distance between two hashes given as hex or words. */
export function pdqDistance(x: PdqHashInput, y: PdqHashInput): number {
  return hammingDistance(toPdqWords(x), 0, toPdqWords(y), 0);
}

/** Extracts `width` (1..32) bits starting at bit `start` (bit k is bit k%32 of word k/32). */
export function extractBits(words: Uint32Array, base: number, start: number, width: number): number {
  const w = start >>> 5;
  const s = start & 31;
  let v = words[base + w]! >>> s;
  if (s + width > 32) v |= words[base + w + 1]! << (32 - s);
  return width === 32 ? v >>> 0 : (v & ((1 << width) - 1)) >>> 0;
}

/** Validates a threshold: an integer distance in 0..256. */
export function checkThreshold(threshold: number): number {
  if (!Number.isInteger(threshold) || threshold < 0 || threshold > PDQ_BITS) {
    throw new RangeError(`A PDQ threshold is an integer in 0..${PDQ_BITS}, got ${threshold}`);
  }
  return threshold;
}
