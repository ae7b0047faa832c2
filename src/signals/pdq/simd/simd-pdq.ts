// Luma, the 64×64 downsample and the 16×16 DCT through the SIMD kernels, bit-identical to the
// scalar code in luma.ts, downsample.ts and dct.ts (the tests run every reference vector through
// both). One instance owns one WebAssembly memory, grown to the largest image seen and reused,
// so hashing allocates nothing per image beyond its results. Not thread-safe: one per thread.
//
// Pipeline, with S the width padded to 8 and Hs the height padded to 4. Filtering along columns
// is a sweep over rows with one running sum per column (box_cols); filtering along rows is the
// same sweep on a transposed buffer. Luma (H × S); transpose; pass 1, writing its output
// transposed back (H × S); pass 2, writing transposed (S × H); pass 3, writing only the 64
// sampled columns; transpose those; pass 4, writing only the 64 sampled rows; DCT; quality. (Working on strips of rows that stay in cache was tried and
// measured slower: many small kernel calls and short inner loops cost more than memory traffic.)

import { DCT_DIM, DCT_MATRIX } from '../dct.ts';
import { PDQ_DIM, jaroszWindow, samplePositions } from '../downsample.ts';
import { compileKernels, type PdqKernels } from './kernels.ts';

const PAGE = 65536;
const align16 = (n: number): number => (n + 15) & ~15;
// Row-major buffers are padded to 8 floats: the luma kernel converts 8 pixels per step.
const pad8 = (n: number): number => (n + 7) & ~7;

// Fixed regions at the start of memory.
const D = 0;
const DT = D + DCT_DIM * PDQ_DIM * 4;
const COLUMN_SAMPLES = DT + DCT_DIM * PDQ_DIM * 4;
const ROW_SAMPLES = COLUMN_SAMPLES + PDQ_DIM * 4;
const T = ROW_SAMPLES + PDQ_DIM * 4 + 64; // +64: the sampled kernel may read one entry past a list
const B = T + DCT_DIM * PDQ_DIM * 4;
const BUFFER64 = B + DCT_DIM * DCT_DIM * 4;
const RESULT = BUFFER64 + PDQ_DIM * PDQ_DIM * 4; // i32 outputs: the grey flag, the gradient sum
const DYNAMIC = align16(RESULT + 16);

interface Layout {
  rgb: number;
  x: number;
  y: number;
  narrowT: number;
  narrow: number;
  sums: number;
  ring: number;
}

const pad4 = (n: number): number => (n + 3) & ~3;

export interface SimdPdqOutput {
  readonly buffer64: Float32Array;
  readonly dct: Float32Array;
  readonly quality: number;
}

export class SimdPdq {
  private constructor(private readonly kernels: PdqKernels) {
    const memory = new Float32Array(kernels.memory.buffer);
    memory.set(DCT_MATRIX, D / 4);
    for (let i = 0; i < DCT_DIM; i++) for (let k = 0; k < PDQ_DIM; k++) memory[DT / 4 + k * DCT_DIM + i] = DCT_MATRIX[i * PDQ_DIM + k]!;
  }

  /** undefined where WebAssembly SIMD is unavailable; callers then use the scalar code. */
  static create(): SimdPdq | undefined {
    try {
      const kernels = compileKernels();
      return kernels ? new SimdPdq(kernels) : undefined;
    } catch {
      return undefined;
    }
  }

  private layout(width: number, height: number): Layout {
    const big = pad8(width) * pad4(height) * 4;
    const rgb = DYNAMIC;
    // The luma kernel reads 16 bytes for every 4 pixels, up to a few pixels past the last one.
    const x = align16(rgb + width * height * 3 + 64);
    const y = align16(x + big);
    const narrowT = align16(y + big);
    const narrow = align16(narrowT + PDQ_DIM * pad4(height) * 4);
    const sums = align16(narrow + PDQ_DIM * pad4(height) * 4);
    const rowMax = Math.max(pad8(width), pad4(height), PDQ_DIM) * 4;
    const ring = align16(sums + rowMax);
    const end = ring + 4 * rowMax;
    const memory = this.kernels.memory;
    if (memory.buffer.byteLength < end) memory.grow(Math.ceil((end - memory.buffer.byteLength) / PAGE));
    return { rgb, x, y, narrowT, narrow, sums, ring };
  }

  /**
   * 3-channel 8-bit pixels. 'auto' takes the grey path (luma = first channel) when every pixel
   * has R = G = B, as the reference decoder does; 'rgb' and 'grey' force one path.
   */
  fromRgb(rgb: Uint8Array, width: number, height: number, formula: 'auto' | 'rgb' | 'grey', blurAt64: boolean): SimdPdqOutput {
    const at = this.layout(width, height);
    const k = this.kernels;
    const pixels = width * height;
    new Uint8Array(k.memory.buffer, at.rgb, pixels * 3).set(rgb.subarray(0, pixels * 3));
    let grey = formula === 'grey';
    if (formula === 'auto') {
      k.isGrey(at.rgb, pixels, RESULT);
      grey = new Int32Array(k.memory.buffer, RESULT, 1)[0] === 1;
      // The kernel checks whole groups of 5 pixels; the last few are checked here.
      for (let p = pixels - (pixels % 5); grey && p < pixels; p++) grey = rgb[3 * p] === rgb[3 * p + 1] && rgb[3 * p] === rgb[3 * p + 2];
    }
    (grey ? k.lumaGrey : k.lumaRgb)(at.rgb, at.y, width, height, pad8(width));
    return this.finish(at, width, height, blurAt64);
  }

  /** A float32 luma buffer (height × width, unpadded). */
  fromLuma(luma: Float32Array, width: number, height: number, blurAt64: boolean): SimdPdqOutput {
    const at = this.layout(width, height);
    const stride = pad8(width);
    const staging = new Float32Array(this.kernels.memory.buffer, at.y, height * stride);
    for (let row = 0; row < height; row++) staging.set(luma.subarray(row * width, (row + 1) * width), row * stride);
    return this.finish(at, width, height, blurAt64);
  }

  /** From luma in `y` (H × S) to the results. */
  private finish(at: Layout, width: number, height: number, blurAt64: boolean): SimdPdqOutput {
    const k = this.kernels;
    const S = pad8(width);
    const Hs = pad4(height);
    const memory = k.memory.buffer;
    if (!blurAt64 && width === PDQ_DIM && height === PDQ_DIM) {
      // The plain hash takes a 64×64 image unblurred (its stride is pad8(64) = 64).
      new Float32Array(memory, BUFFER64, PDQ_DIM * PDQ_DIM).set(new Float32Array(memory, at.y, PDQ_DIM * PDQ_DIM));
    } else {
      const windowAlongRows = jaroszWindow(width);
      const windowAlongCols = jaroszWindow(height);
      new Int32Array(memory, COLUMN_SAMPLES, PDQ_DIM).set(samplePositions(width));
      new Int32Array(memory, ROW_SAMPLES, PDQ_DIM).set(samplePositions(height));
      k.transpose(at.y, at.x, Hs, S, S, Hs); // x: S × Hs
      k.boxColsTransposed(at.x, at.y, Hs, width, windowAlongRows, at.sums, at.ring, S); // pass 1 → y: Hs × S
      k.boxColsTransposed(at.y, at.x, S, height, windowAlongCols, at.sums, at.ring, Hs); // pass 2 → x: S × Hs
      k.boxColsSampled(at.x, at.narrowT, Hs, width, windowAlongRows, at.sums, COLUMN_SAMPLES, 0); // pass 3
      k.transpose(at.narrowT, at.narrow, PDQ_DIM, Hs, Hs, PDQ_DIM);
      k.boxColsSampled(at.narrow, BUFFER64, PDQ_DIM, height, windowAlongCols, at.sums, ROW_SAMPLES, 0); // pass 4
    }
    k.dct(BUFFER64, D, DT, T, B);
    k.quality(BUFFER64, RESULT + 4);
    const gradientSum = new Int32Array(memory, RESULT + 4, 1)[0]!;
    return {
      buffer64: new Float32Array(memory.slice(BUFFER64, BUFFER64 + PDQ_DIM * PDQ_DIM * 4)),
      dct: new Float32Array(memory.slice(B, B + DCT_DIM * DCT_DIM * 4)),
      quality: Math.min(100, Math.floor(gradientSum / 90)),
    };
  }
}
