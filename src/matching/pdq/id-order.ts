// Ordering entries by id. Segments keep their entries sorted by id so that a removal finds its slot
// by binary search instead of through a per-entry map (which at 10 M entries would cost more memory
// than the index itself). Bulk loads usually arrive in id order already; otherwise an LSD radix
// sort over 16-bit digits orders 10 M safe-integer ids in well under a second.

/** The permutation that sorts `ids` ascending, or null when they are already in order. */
export function sortedOrder(ids: Float64Array): Uint32Array | null {
  const n = ids.length;
  let sorted = true;
  for (let i = 1; i < n; i++) {
    if (ids[i - 1]! > ids[i]!) {
      sorted = false;
      break;
    }
  }
  if (sorted) return null;
  let order = new Uint32Array(n);
  for (let i = 0; i < n; i++) order[i] = i;
  let spare = new Uint32Array(n);
  const counts = new Uint32Array(1 << 16);
  // Digits 0-1 are the low 32 bits, 2-3 the high 21 bits of a safe integer.
  for (let digit = 0; digit < 4; digit++) {
    counts.fill(0);
    for (let i = 0; i < n; i++) counts[digitOf(ids[i]!, digit)]!++;
    if (counts.includes(n)) continue; // every id shares this digit: the pass would change nothing
    let sum = 0;
    for (let d = 0; d < counts.length; d++) {
      const c = counts[d]!;
      counts[d] = sum;
      sum += c;
    }
    for (let i = 0; i < n; i++) {
      const idx = order[i]!;
      spare[counts[digitOf(ids[idx]!, digit)]!++] = idx;
    }
    [order, spare] = [spare, order];
  }
  return order;
}

function digitOf(id: number, digit: number): number {
  switch (digit) {
    case 0:
      return id & 0xffff;
    case 1:
      return (id >>> 16) & 0xffff;
    case 2:
      return Math.floor(id / 4294967296) & 0xffff;
    default:
      return Math.floor(id / 281474976710656) & 0xffff;
  }
}
