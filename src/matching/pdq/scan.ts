// The flat scan over packed hashes: the brute-force oracle, the search of the small mutable delta,
// and the fallback for thresholds too large for multi-index hashing. It stops comparing a hash
// after its first 128 bits when those alone already exceed the threshold, which rejects almost
// every unrelated hash at half the cost.
import { popcount32 } from './hash-words.ts';

/** Where a scan puts its hits: parallel arrays of slot numbers and distances. */
export interface SlotHits {
  slots: number[];
  distances: number[];
}

export function newSlotHits(): SlotHits {
  return { slots: [], distances: [] };
}

/** Entry flags shared by every store: a removed or disabled slot never matches. */
export const FLAG_REMOVED = 1;
export const FLAG_DISABLED = 2;

/**
 * Appends to `hits` every slot in [from, to) of `words` within `threshold` of `q` whose flag byte
 * is 0 (`flags` may be null when no slot is ever flagged).
 */
export function scanSlots(
  words: Uint32Array,
  flags: Uint8Array | null,
  from: number,
  to: number,
  q: Uint32Array,
  threshold: number,
  hits: SlotHits,
): void {
  const q0 = q[0]!, q1 = q[1]!, q2 = q[2]!, q3 = q[3]!, q4 = q[4]!, q5 = q[5]!, q6 = q[6]!, q7 = q[7]!;
  for (let slot = from, b = from << 3; slot < to; slot++, b += 8) {
    let d =
      popcount32(words[b]! ^ q0) + popcount32(words[b + 1]! ^ q1) +
      popcount32(words[b + 2]! ^ q2) + popcount32(words[b + 3]! ^ q3);
    if (d > threshold) continue;
    d +=
      popcount32(words[b + 4]! ^ q4) + popcount32(words[b + 5]! ^ q5) +
      popcount32(words[b + 6]! ^ q6) + popcount32(words[b + 7]! ^ q7);
    if (d > threshold) continue;
    if (flags !== null && flags[slot] !== 0) continue;
    hits.slots.push(slot);
    hits.distances.push(d);
  }
}
