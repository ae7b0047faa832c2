// Luma (H×W) to the 64×64 buffer PDQ transforms: two passes of a Jarosz box filter in each
// direction, then sampling of pixel centres. Bit-exactness with the reference hinges on the box
// filter's running float32 sum (add the new element, then subtract the old one, rounding after
// each step), so the arithmetic order below must not change.
//
// Only 64 rows and 64 columns of the final result are read, so the third pass (along rows) divides
// and stores only at the 64 sampled columns, and the fourth pass (along columns) runs on those 64
// columns alone. Filtering along columns is done as a sweep over whole rows (one running sum per
// column), which is cache-friendly and has no loop-carried dependency between columns.

export const PDQ_DIM = 64;

/** Jarosz window: ceil(dim / 128). */
export function jaroszWindow(dim: number): number {
  return Math.floor((dim + 127) / 128);
}

/** Sample positions floor((i + 0.5) · dim / 64), computed in double as the reference does. */
export function samplePositions(dim: number): Int32Array {
  const positions = new Int32Array(PDQ_DIM);
  for (let i = 0; i < PDQ_DIM; i++) positions[i] = Math.floor(((i + 0.5) * dim) / PDQ_DIM);
  return positions;
}

/** Reusable work buffers, so hashing many images of similar size allocates nothing per image. */
export class DownsampleScratch {
  private a = new Float32Array(0);
  private b = new Float32Array(0);
  private narrow = new Float32Array(0);
  private sums = new Float32Array(0);
  private row = new Float32Array(0);

  buffers(n: number, height: number, width: number) {
    if (this.a.length < n) {
      this.a = new Float32Array(n);
      this.b = new Float32Array(n);
    }
    if (this.narrow.length < height * PDQ_DIM) this.narrow = new Float32Array(height * PDQ_DIM);
    const sumsLength = Math.max(width, PDQ_DIM);
    if (this.sums.length < sumsLength) this.sums = new Float32Array(sumsLength);
    if (this.row.length < width) this.row = new Float32Array(width);
    return { a: this.a, b: this.b, narrow: this.narrow, sums: this.sums, row: this.row };
  }
}

/**
 * Box filter along each row of a row-major `height × width` buffer (the reference's
 * box1DFloat with stride 1). Window halves: h = floor((w + 2) / 2).
 */
function boxAlongRows(input: Float32Array, output: Float32Array, width: number, height: number, window: number): void {
  const half = (window + 2) >> 1;
  const p1 = half - 1;
  const p2 = window - half + 1;
  const p3 = width - window;
  for (let y = 0; y < height; y++) {
    const base = y * width;
    let ri = base;
    let li = base;
    let oi = base;
    let s = 0;
    let c = 0;
    for (let k = 0; k < p1; k++) {
      s = Math.fround(s + input[ri++]!);
      c++;
    }
    for (let k = 0; k < p2; k++) {
      s = Math.fround(s + input[ri++]!);
      c++;
      output[oi++] = s / c;
    }
    for (let k = 0; k < p3; k++) {
      s = Math.fround(s + input[ri++]!);
      s = Math.fround(s - input[li++]!);
      output[oi++] = s / c;
    }
    for (let k = 0; k < p1; k++) {
      s = Math.fround(s - input[li++]!);
      c--;
      output[oi++] = s / c;
    }
  }
}

/**
 * The same filter along rows, but keeping only the values at `columns` (ascending), written to
 * `output` as rows of 64. The running sum still visits every element, as it must for exactness.
 */
function boxAlongRowsSampled(
  input: Float32Array,
  output: Float32Array,
  width: number,
  height: number,
  window: number,
  columns: Int32Array,
  row: Float32Array,
): void {
  const half = (window + 2) >> 1;
  const p1 = half - 1;
  const p2 = window - half + 1;
  const p3 = width - window;
  for (let y = 0; y < height; y++) {
    let ri = y * width;
    let li = ri;
    let oi = 0;
    let s = 0;
    let c = 0;
    for (let k = 0; k < p1; k++) {
      s = Math.fround(s + input[ri++]!);
      c++;
    }
    for (let k = 0; k < p2; k++) {
      s = Math.fround(s + input[ri++]!);
      c++;
      row[oi++] = s / c;
    }
    for (let k = 0; k < p3; k++) {
      s = Math.fround(s + input[ri++]!);
      s = Math.fround(s - input[li++]!);
      row[oi++] = s / c;
    }
    for (let k = 0; k < p1; k++) {
      s = Math.fround(s - input[li++]!);
      c--;
      row[oi++] = s / c;
    }
    const outBase = y * PDQ_DIM;
    for (let j = 0; j < PDQ_DIM; j++) output[outBase + j] = row[columns[j]!]!;
  }
}

/**
 * Box filter along columns (stride = width), done as a sweep over rows with one float32 running
 * sum per column. When `rows` is given, only those output rows are written, compacted to 64 rows.
 */
function boxAlongColumns(
  input: Float32Array,
  output: Float32Array,
  width: number,
  height: number,
  window: number,
  sums: Float32Array,
  rows?: Int32Array,
): void {
  const half = (window + 2) >> 1;
  const p1 = half - 1;
  const p2 = window - half + 1;
  const p3 = height - window;
  sums.fill(0, 0, width);
  let ri = 0;
  let li = 0;
  let oi = 0;
  let c = 0;
  let nextSample = 0;
  // Writes the current sums / c as output row `oi`, or skips it when it is not sampled.
  const emit = (): void => {
    if (rows === undefined) {
      const base = oi * width;
      for (let x = 0; x < width; x++) output[base + x] = sums[x]! / c;
    } else {
      while (nextSample < PDQ_DIM && rows[nextSample] === oi) {
        const base = nextSample * width;
        for (let x = 0; x < width; x++) output[base + x] = sums[x]! / c;
        nextSample++;
      }
    }
    oi++;
  };
  for (let k = 0; k < p1; k++, ri++) {
    const base = ri * width;
    for (let x = 0; x < width; x++) sums[x] = sums[x]! + input[base + x]!;
    c++;
  }
  for (let k = 0; k < p2; k++, ri++) {
    const base = ri * width;
    for (let x = 0; x < width; x++) sums[x] = sums[x]! + input[base + x]!;
    c++;
    emit();
  }
  for (let k = 0; k < p3; k++, ri++, li++) {
    const addBase = ri * width;
    const subBase = li * width;
    for (let x = 0; x < width; x++) {
      sums[x] = sums[x]! + input[addBase + x]!;
      sums[x] = sums[x]! - input[subBase + x]!;
    }
    emit();
  }
  for (let k = 0; k < p1; k++, li++) {
    const base = li * width;
    for (let x = 0; x < width; x++) sums[x] = sums[x]! - input[base + x]!;
    c--;
    emit();
  }
}

export interface DownsampleOptions {
  /** The plain hash copies a 64×64 luma buffer unblurred; the dihedral path always blurs. */
  readonly skipBlurAt64?: boolean;
}

/** Blurs and decimates `luma` (height × width) into a new 64×64 row-major buffer. */
export function downsampleTo64(
  luma: Float32Array,
  width: number,
  height: number,
  options: DownsampleOptions = {},
  scratch: DownsampleScratch = new DownsampleScratch(),
): Float32Array {
  const out = new Float32Array(PDQ_DIM * PDQ_DIM);
  if (options.skipBlurAt64 !== false && width === PDQ_DIM && height === PDQ_DIM) {
    out.set(luma.subarray(0, PDQ_DIM * PDQ_DIM));
    return out;
  }
  const windowAlongRows = jaroszWindow(width);
  const windowAlongCols = jaroszWindow(height);
  const { a, b, narrow, sums, row } = scratch.buffers(width * height, height, width);
  const columns = samplePositions(width);
  const rows = samplePositions(height);
  boxAlongRows(luma, a, width, height, windowAlongRows);
  boxAlongColumns(a, b, width, height, windowAlongCols, sums);
  boxAlongRowsSampled(b, narrow, width, height, windowAlongRows, columns, row);
  boxAlongColumns(narrow, out, PDQ_DIM, height, windowAlongCols, sums, rows);
  return out;
}
