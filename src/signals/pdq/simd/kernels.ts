// The PDQ pixel passes as WebAssembly SIMD kernels. WebAssembly's f32 arithmetic is IEEE
// binary32 with round-to-nearest and no fused multiply-add, so four lanes of f32x4 do exactly
// what the reference's scalar float code does, in the same order, without the float32↔float64
// conversions that Math.fround costs in JavaScript.
//
// - luma_strip_rgb / _grey3 / _grey1, is_grey (pixel-kernels.ts): RGB or grey pixels to float32
//   luma for one strip of rows; the R = G = B test.
// - row_pass_all / row_pass_sampled, column_pass, narrow_column (filter-kernels.ts): the Jarosz
//   box filter's four passes, streamed strip by strip (see simd-pdq.ts).
// - dct, quality (dct-kernels.ts): the 16×16 DCT block; the gradient sum behind quality.

import { dctKernel, qualityKernel } from './dct-kernels.ts';
import { columnPassKernel, narrowColumnKernel, rowPassKernel } from './filter-kernels.ts';
import { greyKernel, lumaStripKernel } from './pixel-kernels.ts';
import { buildModule } from './wasm-builder.ts';

/**
 * A strip is 4·STRIP_GROUPS image rows. Each group is one f32x4 running sum along rows, a serial
 * chain of dependent additions; several groups let the CPU overlap the chains. Measured on a
 * 12 MP photo: 2 groups 2.6 ms for pass 3 alone, 3 groups 1.7 ms; 4 groups gain there but lose
 * more in pass 2, whose buffers then outgrow the L2 cache.
 */
export const STRIP_GROUPS = 3;

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
  lumaStripRgb(src: number, dst: number, width: number, rowBytes: number): void;
  lumaStripGrey3(src: number, dst: number, width: number, rowBytes: number): void;
  lumaStripGrey1(src: number, dst: number, width: number, rowBytes: number): void;
  rowPassAll(src: number, dst: number, counts: number, steps: number, window: number): void;
  rowPassSampled(src: number, dst: number, counts: number, ends: number, window: number): void;
  columnPass(src: number, dst: number, sums: number, width: number, params: number): void;
  narrowColumn(row: number, leave: number, store: number, sums: number, count: number, out: number): void;
  dct(a: number, d: number, dt: number, t: number, b: number): void;
  isGrey(src: number, pixels: number, flag: number): void;
  quality(a: number, out: number): void;
}

/** Compiles the kernels, or returns undefined where WebAssembly SIMD is unavailable. */
export function compileKernels(): PdqKernels | undefined {
  if (!wasm) return undefined;
  const bytes = buildModule(
    [
      { name: 'luma_strip_rgb', body: lumaStripKernel('rgb', STRIP_GROUPS) },
      { name: 'luma_strip_grey3', body: lumaStripKernel('grey3', STRIP_GROUPS) },
      { name: 'luma_strip_grey1', body: lumaStripKernel('grey1', STRIP_GROUPS) },
      { name: 'row_pass_all', body: rowPassKernel('all', STRIP_GROUPS) },
      { name: 'row_pass_sampled', body: rowPassKernel('sampled', STRIP_GROUPS) },
      { name: 'column_pass', body: columnPassKernel(STRIP_GROUPS) },
      { name: 'narrow_column', body: narrowColumnKernel() },
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
    lumaStripRgb: e.luma_strip_rgb as PdqKernels['lumaStripRgb'],
    lumaStripGrey3: e.luma_strip_grey3 as PdqKernels['lumaStripGrey3'],
    lumaStripGrey1: e.luma_strip_grey1 as PdqKernels['lumaStripGrey1'],
    rowPassAll: e.row_pass_all as PdqKernels['rowPassAll'],
    rowPassSampled: e.row_pass_sampled as PdqKernels['rowPassSampled'],
    columnPass: e.column_pass as PdqKernels['columnPass'],
    narrowColumn: e.narrow_column as PdqKernels['narrowColumn'],
    dct: e.dct as PdqKernels['dct'],
    isGrey: e.is_grey as PdqKernels['isGrey'],
    quality: e.quality as PdqKernels['quality'],
  };
}
