// The PDQ pixel passes as WebAssembly SIMD kernels. WebAssembly's f32 arithmetic is IEEE
// binary32 with round-to-nearest and no fused multiply-add, so four lanes of f32x4 do exactly
// what the reference's scalar float code does, in the same order, without the float32↔float64
// conversions that Math.fround costs in JavaScript. Buffers are row-major with a stride padded
// to a multiple of 8 floats; padding columns hold junk that no output ever reads.
//
// - luma_rgb / luma_grey, is_grey (pixel-kernels.ts): RGB to float32 luma; the R = G = B test.
// - transpose, box_cols(_sampled) (filter-kernels.ts): the Jarosz box filter along columns, as a
//   sweep over rows with one running float32 sum per column; along rows on a transposed buffer.
// - dct, quality (dct-kernels.ts): the 16×16 DCT block; the gradient sum behind quality.

import { dctKernel, qualityKernel } from './dct-kernels.ts';
import { boxColsKernel, transposeKernel } from './filter-kernels.ts';
import { greyKernel, lumaKernel } from './pixel-kernels.ts';
import { buildModule } from './wasm-builder.ts';

// The few WebAssembly JS-API members used here (the project's TypeScript libs omit the DOM ones).
interface WasmMemory {
  readonly buffer: ArrayBuffer;
  grow(pages: number): number;
}
interface WasmApi {
  Module: new (bytes: Uint8Array) => object;
  Instance: new (module: object) => { exports: Record<string, unknown> };
  validate(bytes: Uint8Array): boolean;
}
const wasm = (globalThis as unknown as { WebAssembly?: WasmApi }).WebAssembly;

export interface PdqKernels {
  readonly memory: WasmMemory;
  lumaRgb(src: number, dst: number, width: number, height: number, stride: number): void;
  lumaGrey(src: number, dst: number, width: number, height: number, stride: number): void;
  transpose(src: number, dst: number, rows: number, cols: number, srcStride: number, dstStride: number): void;
  boxCols(src: number, dst: number, stride: number, height: number, window: number, sums: number, unused: 0, unused2: 0): void;
  boxColsSampled(src: number, dst: number, stride: number, height: number, window: number, sums: number, samples: number, unused: 0): void;
  /** Writes the filtered buffer transposed (dst is stride rows × dstStride columns); ring: 4 rows of scratch. */
  boxColsTransposed(src: number, dst: number, stride: number, height: number, window: number, sums: number, ring: number, dstStride: number): void;
  dct(a: number, d: number, dt: number, t: number, b: number): void;
  isGrey(src: number, pixels: number, flag: number): void;
  quality(a: number, out: number): void;
}

/** Compiles the kernels, or returns undefined where WebAssembly SIMD is unavailable. */
export function compileKernels(): PdqKernels | undefined {
  if (!wasm) return undefined;
  const bytes = buildModule(
    [
      { name: 'luma_rgb', body: lumaKernel(false) },
      { name: 'luma_grey', body: lumaKernel(true) },
      { name: 'transpose', body: transposeKernel() },
      { name: 'box_cols', body: boxColsKernel('all') },
      { name: 'box_cols_sampled', body: boxColsKernel('sampled') },
      { name: 'box_cols_t', body: boxColsKernel('transposed') },
      { name: 'dct', body: dctKernel() },
      { name: 'is_grey', body: greyKernel() },
      { name: 'quality', body: qualityKernel() },
    ],
    1,
  );
  if (!wasm.validate(bytes)) return undefined;
  const e = new wasm.Instance(new wasm.Module(bytes)).exports;
  return {
    memory: e.memory as WasmMemory,
    lumaRgb: e.luma_rgb as PdqKernels['lumaRgb'],
    lumaGrey: e.luma_grey as PdqKernels['lumaGrey'],
    transpose: e.transpose as PdqKernels['transpose'],
    boxCols: e.box_cols as PdqKernels['boxCols'],
    boxColsSampled: e.box_cols_sampled as PdqKernels['boxColsSampled'],
    boxColsTransposed: e.box_cols_t as PdqKernels['boxColsTransposed'],
    dct: e.dct as PdqKernels['dct'],
    isGrey: e.is_grey as PdqKernels['isGrey'],
    quality: e.quality as PdqKernels['quality'],
  };
}
