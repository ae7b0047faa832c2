// Kernels on pixels: 8-bit RGB or grey to float32 luma for one strip of rows, and the R = G = B
// test that picks the grey path. See kernels.ts for why WebAssembly SIMD reproduces the
// reference's float32.

import { transpose4 } from './filter-kernels.ts';
import { FunctionBody, ValType } from './wasm-builder.ts';

const { i32, v128 } = ValType;
const Z = 0xff; // swizzle index out of range: yields a zero byte

/**
 * Swizzle mask putting channel `c` of 4 pixels (`channels` bytes each) into the low byte of each
 * 32-bit lane and zeros elsewhere. A constant swizzle compiles to a single byte shuffle (with a
 * two-operand shuffle against a zero vector instead, the luma kernel ran three times slower), and
 * the lanes are then small positive integers, so the cheap signed conversion to f32 is exact.
 */
const channelMask = (c: number, channels: number): number[] => [0, 1, 2, 3].flatMap((p) => [p * channels + c, Z, Z, Z]);

/** 'rgb': the luma formula on 3-byte pixels; 'grey3': the first of 3 bytes; 'grey1': 1-byte pixels. */
export type LumaMode = 'rgb' | 'grey3' | 'grey1';

/**
 * Luma of one strip of 4·groups rows (rows `rowBytes` apart from `src`), written in
 * strip layout: for column x and group g, one f32x4 at dst + (x·groups + g)·16 holding rows
 * 4g..4g+3. The row filters then run down that layout four rows per vector. The four columns
 * after the last are written as zeros: they are the right-hand padding the filter reads.
 */
export function lumaStripKernel(mode: LumaMode, groups: number): FunctionBody {
  const channels = mode === 'grey1' ? 1 : 3;
  // (src, dst, width, rowBytes)
  const f = new FunctionBody([i32, i32, i32, i32]);
  const [src, dst, width, rowBytes] = [0, 1, 2, 3];
  const rows = Array.from({ length: 4 * groups }, () => f.local(i32));
  const x = f.local(i32);
  const offset = f.local(i32); // byte offset of column x in a row
  const p = f.local(i32);
  const v = f.local(v128);
  const zero = f.local(v128); // locals start at zero
  const r = [f.local(v128), f.local(v128), f.local(v128), f.local(v128)];
  const t = [f.local(v128), f.local(v128), f.local(v128), f.local(v128)];
  rows.forEach((row, i) => void f.get(src).get(rowBytes).i32(i).mul().add().set(row));
  f.get(dst).set(p);
  // The last step reads up to 16 bytes past a row's last pixel (the next row, or slack after the
  // strip); what it computes lands in the padding columns, which are zeroed below.
  f.whileLess(x, width, () => {
    for (let g = 0; g < groups; g++) {
      for (let q = 0; q < 4; q++) {
        f.get(rows[4 * g + q]!).get(offset).add().v128Load().set(v);
        const channel = (c: number): void => {
          f.get(v).v128Const(channelMask(c, channels)).swizzle().f32x4ConvertI32x4S();
        };
        channel(0);
        if (mode === 'rgb') {
          // Y = ((cR·R + cG·G) + cB·B), each step rounded to float32, as in the reference.
          f.f32(0.299).f32x4Splat().f32x4Mul();
          channel(1);
          f.f32(0.587).f32x4Splat().f32x4Mul().f32x4Add();
          channel(2);
          f.f32(0.114).f32x4Splat().f32x4Mul().f32x4Add();
        }
        f.set(r[q]!);
      }
      transpose4(f, r, t);
      for (let q = 0; q < 4; q++) f.get(p).get(r[q]!).v128Store((q * groups + g) * 16);
    }
    f.get(x).i32(4).add().set(x);
    f.get(offset).i32(4 * channels).add().set(offset);
    f.get(p).i32(64 * groups).add().set(p);
  });
  f.get(dst).get(width).i32(16 * groups).mul().add().set(p);
  for (let k = 0; k < 4 * groups; k++) f.get(p).get(zero).v128Store(16 * k);
  return f;
}

/**
 * Writes 1 at `flag` when every whole group of 5 pixels in src[0 .. 3·pixels) has R = G = B, else
 * 0. The caller checks the last (pixels mod 5) pixels itself.
 */
export function greyKernel(): FunctionBody {
  // (src, pixels, flag)
  const f = new FunctionBody([i32, i32, i32]);
  const [src, pixels, flag] = [0, 1, 2];
  const p = f.local(i32);
  const end = f.local(i32);
  const v = f.local(v128);
  const five = (c: number): number[] => [...[0, 3, 6, 9, 12].map((q) => q + c), Z, Z, Z, Z, Z, Z, Z, Z, Z, Z, Z];
  f.get(src).set(p);
  f.get(src).get(pixels).i32(5).divU().i32(15).mul().add().set(end);
  f.get(flag).i32(1).i32Store();
  f.whileLess(p, end, () => {
    f.get(p).v128Load().set(v);
    f.get(v).v128Const(five(0)).swizzle();
    f.get(v).v128Const(five(1)).swizzle();
    f.v128Xor();
    f.get(v).v128Const(five(0)).swizzle();
    f.get(v).v128Const(five(2)).swizzle();
    f.v128Xor().v128Or().v128AnyTrue();
    f.when(() => {
      f.get(flag).i32(0).i32Store();
      f.ret();
    });
    f.get(p).i32(15).add().set(p);
  });
  return f;
}

