// The 256-bit PDQ hash as the field exchanges it: 64 lowercase hex digits, the big-endian
// rendering of Σ bit_k·2^k (word 15 first, as the reference prints `%04hx` per 16-bit word).
// Distance is the Hamming distance, which does not depend on how the bits are split into words.

import { SignalError } from '../errors.ts';

export const PDQ_HEX_LENGTH = 64;
const PDQ_HEX_PATTERN = /^[0-9a-f]{64}$/;

export const PDQ_ZERO_HEX = '0'.repeat(PDQ_HEX_LENGTH);

/** Renders the 16 words (bit k at bit k&15 of word k>>4) as 64 hex digits, word 15 first. */
export function wordsToHex(words: Uint16Array): string {
  let hex = '';
  for (let w = 15; w >= 0; w--) hex += (words[w] ?? 0).toString(16).padStart(4, '0');
  return hex;
}

/** Parses 64 lowercase hex digits into 16 words; the inverse of wordsToHex. */
export function hexToWords(hex: string): Uint16Array {
  assertPdqHex(hex);
  const words = new Uint16Array(16);
  for (let w = 0; w < 16; w++) {
    const start = PDQ_HEX_LENGTH - 4 * (w + 1);
    words[w] = Number.parseInt(hex.slice(start, start + 4), 16);
  }
  return words;
}

export function isPdqHex(value: string): boolean {
  return PDQ_HEX_PATTERN.test(value);
}

/** python-threatexchange accepts lowercase only; so do we, so values round-trip unchanged. */
export function assertPdqHex(value: string): void {
  if (!PDQ_HEX_PATTERN.test(value)) {
    throw new SignalError('SIGNAL_INVALID', 'a PDQ hash is exactly 64 lowercase hex digits');
  }
}

export function popcount32(v: number): number {
  v = v - ((v >>> 1) & 0x55555555);
  v = (v & 0x33333333) + ((v >>> 2) & 0x33333333);
  return (((v + (v >>> 4)) & 0x0f0f0f0f) * 0x01010101) >>> 24;
}

/** Hamming distance between two hex strings of equal length (any multiple of 8 digits). */
export function hammingDistanceHex(a: string, b: string): number {
  if (a.length !== b.length || a.length % 8 !== 0) {
    throw new SignalError('SIGNAL_INVALID', 'hashes of different lengths cannot be compared');
  }
  let distance = 0;
  for (let i = 0; i < a.length; i += 8) {
    const x = Number.parseInt(a.slice(i, i + 8), 16);
    const y = Number.parseInt(b.slice(i, i + 8), 16);
    if (Number.isNaN(x) || Number.isNaN(y)) {
      throw new SignalError('SIGNAL_INVALID', 'hashes must be hex');
    }
    distance += popcount32((x ^ y) >>> 0);
  }
  return distance;
}

export function pdqDistance(a: string, b: string): number {
  assertPdqHex(a);
  assertPdqHex(b);
  return hammingDistanceHex(a, b);
}

/** Number of set bits, reported by the reference CLI as `norm`. */
export function pdqNorm(hex: string): number {
  return hammingDistanceHex(hex, PDQ_ZERO_HEX);
}
