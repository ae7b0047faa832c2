// Luma, the 64×64 downsample and the 16×16 DCT through the SIMD kernels, bit-identical to the
// scalar code in luma.ts, downsample.ts and dct.ts (the tests run every reference vector through
// both). One instance owns one WebAssembly memory and reuses it; not thread-safe: one per thread.
//
// The four box-filter passes are streamed over strips of 4·STRIP_GROUPS image rows, so no
// full-size float image ever exists: per strip, the RGB rows are copied in, converted to luma in
// strip layout (one f32x4 per column holding four rows), filtered along rows (pass 1), pushed
// through the running column sums of pass 2 (a ring of `window + 1` rows keeps what must later
// leave the sums), filtered along rows again computing only the 64 sampled columns (pass 3),
// and finally each of those narrow rows goes through pass 4's column sums. Everything a strip
// touches stays in cache; the image's pixels are read once. Pass 2's outputs lag its inputs by
// the fill phase p1, so the loop runs p1 rows past the image with zero rows, which is what the
// reference's shrink phase amounts to (see filter-kernels.ts).

import { DCT_DIM, DCT_MATRIX } from '../dct.ts';
import { PDQ_DIM, jaroszWindow, samplePositions } from '../downsample.ts';
import { lumaFromPixels } from '../luma.ts';
import { STRIP_GROUPS, compileKernels, type PdqKernels } from './kernels.ts';
import type { LumaMode } from './pixel-kernels.ts';

const PAGE = 65536;
const align16 = (n: number): number => (n + 15) & ~15;
const pad4 = (n: number): number => (n + 3) & ~3;
const ROWS = 4 * STRIP_GROUPS; // image rows per strip
const COLUMN_BYTES = 16 * STRIP_GROUPS; // one column of a strip
const ROW64 = PDQ_DIM * 4; // bytes in a row of 64 floats
/** The grey test scans this many pixels per call (a multiple of the kernel's groups of 5). */
const GREY_CHUNK = 5 * 4096;

// Fixed regions at the start of memory.
const D = 0;
const DT = D + DCT_DIM * PDQ_DIM * 4;
const T = DT + DCT_DIM * PDQ_DIM * 4;
const B = T + DCT_DIM * PDQ_DIM * 4;
const BUFFER64 = B + DCT_DIM * DCT_DIM * 4;
const ENDS = BUFFER64 + PDQ_DIM * ROW64; // i32 × 64: pass 3's step limits
const PARAMS = ENDS + ROW64; // pass 2's per-row addresses and counts
const NARROW = PARAMS + ROWS * 12; // pass 3's output: ROWS rows of 64
const SUMS64 = NARROW + ROWS * ROW64;
const ZERO64 = SUMS64 + ROW64;
const SCRATCH64 = ZERO64 + ROW64; // pass 4 output rows that are not sampled
const RESULT = SCRATCH64 + ROW64; // i32 outputs: the grey flag, the gradient sum
const DYNAMIC = align16(RESULT + 16);

interface Layout {
  stage: number;
  counts: number;
  strip: number;
  pass1: number;
  sums: number;
  ring: number;
  ring64: number;
  end: number;
}

export interface SimdPdqOutput {
  readonly buffer64: Float32Array;
  readonly dct: Float32Array;
  readonly quality: number;
}

const half = (window: number): number => ((window + 2) >> 1) - 1; // the fill phase p1
/** Elements in the running sum after step i of a 1-D filter of length n (never below 1). */
const count = (i: number, window: number, n: number): number => Math.max(1, Math.min(i + 1, window) - Math.max(0, i - n + 1));
const mod = (a: number, m: number): number => ((a % m) + m) % m;

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

  /** Memory for one image: a few strips and rings, proportional to the width, not the area. */
  private layout(width: number, channels: number, windowAlongRows: number, windowAlongCols: number): Layout {
    const stage = DYNAMIC;
    // The luma kernel reads up to 16 bytes past a row's last pixel.
    const counts = align16(stage + Math.max(ROWS * width * channels, GREY_CHUNK * 3) + 64);
    const strip = align16(counts + (width + windowAlongRows + 8) * 4);
    const pass1 = strip + (windowAlongRows + width + half(windowAlongRows) + 8) * COLUMN_BYTES;
    const sums = pass1 + (half(windowAlongRows) + pad4(width) + 4) * COLUMN_BYTES;
    const ring = sums + pad4(width) * 4;
    const ring64 = ring + (windowAlongCols + 1) * pad4(width) * 4;
    const end = ring64 + (windowAlongCols + 1) * ROW64;
    const memory = this.kernels.memory;
    if (memory.buffer.byteLength < end) memory.grow(Math.ceil((end - memory.buffer.byteLength) / PAGE));
    return { stage, counts, strip, pass1, sums, ring, ring64, end };
  }

  /** R = G = B everywhere, tested a chunk at a time (most colour photos fail in the first). */
  private allGrey(rgb: Uint8Array, pixels: number, stage: number): boolean {
    const k = this.kernels;
    for (let start = 0; start < pixels; start += GREY_CHUNK) {
      const n = Math.min(GREY_CHUNK, pixels - start);
      new Uint8Array(k.memory.buffer, stage, n * 3).set(rgb.subarray(start * 3, (start + n) * 3));
      k.isGrey(stage, n, RESULT);
      if (new Int32Array(k.memory.buffer, RESULT, 1)[0] !== 1) return false;
      // The kernel checks whole groups of 5 pixels; the last few are checked here.
      for (let p = start + n - (n % 5); p < start + n; p++) if (rgb[3 * p] !== rgb[3 * p + 1] || rgb[3 * p] !== rgb[3 * p + 2]) return false;
    }
    return true;
  }

  /**
   * 8-bit pixels, 1 (grey) or 3 (RGB) channels. For RGB, 'auto' takes the grey path (luma = first
   * channel) when every pixel has R = G = B, as the reference decoder does; 'rgb' and 'grey'
   * force one path.
   */
  fromPixels(
    pixels: Uint8Array,
    width: number,
    height: number,
    channels: 1 | 3,
    formula: 'auto' | 'rgb' | 'grey',
    blurAt64: boolean,
  ): SimdPdqOutput {
    const windowAlongRows = jaroszWindow(width);
    const windowAlongCols = jaroszWindow(height);
    const at = this.layout(width, channels, windowAlongRows, windowAlongCols);
    const grey = channels === 1 || formula === 'grey' || (formula === 'auto' && this.allGrey(pixels, width * height, at.stage));
    const mode: LumaMode = channels === 1 ? 'grey1' : grey ? 'grey3' : 'rgb';
    if (!blurAt64 && width === PDQ_DIM && height === PDQ_DIM) {
      // The plain hash takes a 64×64 image unblurred.
      const luma = lumaFromPixels({ data: pixels, width, height, channels }, { formula: grey ? 'grey' : 'rgb' });
      new Float32Array(this.kernels.memory.buffer, BUFFER64, PDQ_DIM * PDQ_DIM).set(luma.subarray(0, PDQ_DIM * PDQ_DIM));
    } else {
      this.downsample(pixels, width, height, channels, mode, at, windowAlongRows, windowAlongCols);
    }
    return this.finish();
  }

  private downsample(
    pixels: Uint8Array,
    width: number,
    height: number,
    channels: number,
    mode: LumaMode,
    at: Layout,
    wr: number,
    wc: number,
  ): void {
    const k = this.kernels;
    const buffer = k.memory.buffer;
    const u8 = new Uint8Array(buffer);
    const f32 = new Float32Array(buffer);
    const i32 = new Int32Array(buffer);
    const p1r = half(wr);
    const p1c = half(wc);
    const ringRows = wc + 1; // row i − window is read before row i overwrites its slot
    const ringRowBytes = pad4(width) * 4;
    // Padding columns and rings must start at zero: they stand for the reference's empty phases.
    u8.fill(0, at.strip, at.end);
    u8.fill(0, SUMS64, SCRATCH64);
    for (let x = 0; x < width + p1r; x++) f32[at.counts / 4 + x] = count(x, wr, width);
    const columns = samplePositions(width);
    for (let j = 0; j < PDQ_DIM; j++) i32[ENDS / 4 + j] = columns[j]! + p1r + 1;
    const rows = samplePositions(height);
    let nextRow = 0;

    // Pass 4 for one narrow row entering at index r (zero rows past the image).
    const narrow = (r: number, row: number): void => {
      const out = r - p1c;
      const sampled = nextRow < PDQ_DIM && rows[nextRow] === out;
      const target = sampled ? BUFFER64 + nextRow * ROW64 : SCRATCH64;
      k.narrowColumn(row, at.ring64 + mod(r - wc, ringRows) * ROW64, at.ring64 + (r % ringRows) * ROW64, SUMS64, count(r, wc, height), target);
      if (!sampled) return;
      // Images under 64 rows sample a row more than once.
      for (nextRow++; nextRow < PDQ_DIM && rows[nextRow] === out; nextRow++) f32.copyWithin((BUFFER64 + nextRow * ROW64) / 4, target / 4, target / 4 + PDQ_DIM);
    };

    const rowBytes = width * channels;
    const luma = mode === 'rgb' ? k.lumaStripRgb : mode === 'grey3' ? k.lumaStripGrey3 : k.lumaStripGrey1;
    const data = at.strip + wr * COLUMN_BYTES; // column 0 of the strip buffer
    for (let r0 = 0; r0 < height + p1c; r0 += ROWS) {
      const real = Math.max(0, Math.min(ROWS, height - r0));
      if (real > 0) u8.set(pixels.subarray(r0 * rowBytes, (r0 + real) * rowBytes), at.stage);
      if (real < ROWS) u8.fill(0, at.stage + real * rowBytes, at.stage + ROWS * rowBytes + 64);
      luma(at.stage, data, width, rowBytes);
      k.rowPassAll(at.strip, at.pass1, at.counts, width + p1r, wr); // pass 1, output shifted by p1
      for (let i = 0; i < ROWS; i++) {
        const r = r0 + i;
        i32[PARAMS / 4 + 3 * i] = at.ring + mod(r - wc, ringRows) * ringRowBytes;
        i32[PARAMS / 4 + 3 * i + 1] = at.ring + (r % ringRows) * ringRowBytes;
        f32[PARAMS / 4 + 3 * i + 2] = count(r, wc, height);
      }
      k.columnPass(at.pass1 + p1r * COLUMN_BYTES, data, at.sums, width, PARAMS); // pass 2
      k.rowPassSampled(at.strip, NARROW, at.counts, ENDS, wr); // pass 3
      for (let i = 0; i < ROWS; i++) {
        const r = r0 + i - p1c; // pass 2's output lags its input by p1
        if (r >= 0 && r < height) narrow(r, NARROW + i * ROW64);
      }
    }
    for (let r = height; r < height + p1c; r++) narrow(r, ZERO64);
  }

  /** From the 64×64 buffer to the results. */
  private finish(): SimdPdqOutput {
    const k = this.kernels;
    k.dct(BUFFER64, D, DT, T, B);
    k.quality(BUFFER64, RESULT + 4);
    const memory = k.memory.buffer;
    const gradientSum = new Int32Array(memory, RESULT + 4, 1)[0]!;
    return {
      buffer64: new Float32Array(memory.slice(BUFFER64, BUFFER64 + PDQ_DIM * PDQ_DIM * 4)),
      dct: new Float32Array(memory.slice(B, B + DCT_DIM * DCT_DIM * 4)),
      quality: Math.min(100, Math.floor(gradientSum / 90)),
    };
  }
}
