// Kernels on pixels: RGB (3 bytes a pixel) to float32 luma, and the R = G = B test that picks
// the grey path. See kernels.ts for why WebAssembly SIMD reproduces the reference's float32.

import { FunctionBody, ValType } from './wasm-builder.ts';

const { i32, v128 } = ValType;
const Z = 0xff; // swizzle index out of range: yields a zero byte
const ZERO_LANE = 16; // shuffle index of a byte of the all-zero second operand

/**
 * Shuffle mask putting channel `c` of 4 RGB pixels into the low byte of each 32-bit lane, the
 * other bytes taken from a zero vector. A constant shuffle compiles to one byte shuffle, and the
 * lanes are then small positive integers, so the cheap signed conversion to f32 is exact.
 */
const channelMask = (c: number): number[] => [0, 3, 6, 9].flatMap((p) => [p + c, ZERO_LANE, ZERO_LANE, ZERO_LANE]);

/** Luma of 3-byte pixels into a row-major buffer whose stride is the width padded to 8. */
export function lumaKernel(grey: boolean): FunctionBody {
  // (src, dst, width, height, stride)
  const f = new FunctionBody([i32, i32, i32, i32, i32]);
  const [src, dst, width, height, stride] = [0, 1, 2, 3, 4];
  const y = f.local(i32);
  const s = f.local(i32);
  const d = f.local(i32);
  const dEnd = f.local(i32);
  const v = f.local(v128);
  const zero = f.local(v128); // locals start at zero
  f.i32(0).set(y);
  f.whileLess(y, height, () => {
    f.get(src).get(y).get(width).mul().i32(3).mul().add().set(s);
    f.get(dst).get(y).get(stride).mul().i32(2).shl().add().tee(d);
    f.get(stride).i32(2).shl().add().set(dEnd);
    // The last step of a row reads into the next row (or the slack after the image) and writes
    // the padding columns, which nothing reads.
    f.whileLess(d, dEnd, () => {
      // Two groups of 4 pixels per step (the stride is padded to 8 for this).
      for (const half of [0, 1]) {
        f.get(s).v128Load(12 * half).set(v);
        f.get(d);
        const channel = (c: number): void => {
          f.get(v).get(zero).shuffleBytes(channelMask(c)).f32x4ConvertI32x4S();
        };
        channel(0);
        if (!grey) {
          // Y = ((cR·R + cG·G) + cB·B), each step rounded to float32, as in the reference.
          f.f32(0.299).f32x4Splat().f32x4Mul();
          channel(1);
          f.f32(0.587).f32x4Splat().f32x4Mul().f32x4Add();
          channel(2);
          f.f32(0.114).f32x4Splat().f32x4Mul().f32x4Add();
        }
        f.v128Store(16 * half);
      }
      f.get(s).i32(24).add().set(s);
      f.get(d).i32(32).add().set(d);
    });
    f.get(y).i32(1).add().set(y);
  });
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

