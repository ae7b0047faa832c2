// The DCT threshold: the lower median (128th smallest of 256) that the reference finds with
// Torben's method. Quickselect on a scratch copy returns the same element without a full sort.

const scratch = new Float64Array(256);

/** Returns the k-th smallest (0-based) of `values`; `values` is not modified. */
export function selectKth(values: ArrayLike<number>, k: number): number {
  const n = values.length;
  const a = n <= scratch.length ? scratch : new Float64Array(n);
  for (let i = 0; i < n; i++) a[i] = values[i]!;
  let lo = 0;
  let hi = n - 1;
  while (hi > lo) {
    // Median-of-three pivot keeps already-ordered inputs (flat images) from going quadratic.
    const mid = (lo + hi) >> 1;
    const x = a[lo]!;
    const y = a[mid]!;
    const z = a[hi]!;
    const pivot = x < y ? (y < z ? y : x < z ? z : x) : x < z ? x : y < z ? z : y;
    let i = lo;
    let j = hi;
    while (i <= j) {
      while (a[i]! < pivot) i++;
      while (a[j]! > pivot) j--;
      if (i <= j) {
        const tmp = a[i]!;
        a[i] = a[j]!;
        a[j] = tmp;
        i++;
        j--;
      }
    }
    if (k <= j) hi = j;
    else if (k >= i) lo = i;
    else return a[k]!;
  }
  return a[k]!;
}

/** The lower median of 256 DCT coefficients. */
export function lowerMedian256(values: ArrayLike<number>): number {
  return selectKth(values, 127);
}
