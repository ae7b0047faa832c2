// Kernels on the 64×64 buffer: the 16×16 DCT block and the gradient sum behind PDQ quality, both
// in float32 in the reference's order. See kernels.ts.

import { FunctionBody, ValType } from './wasm-builder.ts';

const { i32, v128 } = ValType;

/**
 * The 16×16 DCT block: T = D·A, then B = T·Dᵀ, accumulating in float32 with k ascending like the
 * reference, four output columns at a time. `dt` is D transposed (64 × 16).
 */
export function dctKernel(): FunctionBody {
  // (a, d, dt, t, b)
  const f = new FunctionBody([i32, i32, i32, i32, i32]);
  const [a, d, dt, t, b] = [0, 1, 2, 3, 4];
  const i = f.local(i32);
  const j = f.local(i32);
  const k = f.local(i32);
  const acc = f.local(v128);
  const loops = (rows: number, inner: number, cols: number, left: number, right: number, out: number): void => {
    f.i32(0).set(i);
    f.whileTrue(
      () => void f.get(i).i32(rows).ltS(),
      () => {
        f.i32(0).set(j);
        f.whileTrue(
          () => void f.get(j).i32(cols).ltS(),
          () => {
            f.f32(0).f32x4Splat().set(acc);
            f.i32(0).set(k);
            f.whileTrue(
              () => void f.get(k).i32(inner).ltS(),
              () => {
                f.get(acc);
                f.get(left).get(i).i32(inner).mul().get(k).add().i32(2).shl().add().f32Load().f32x4Splat();
                f.get(right).get(k).i32(cols).mul().get(j).add().i32(2).shl().add().v128Load();
                f.f32x4Mul().f32x4Add().set(acc);
                f.get(k).i32(1).add().set(k);
              },
            );
            f.get(out).get(i).i32(cols).mul().get(j).add().i32(2).shl().add().get(acc).v128Store();
            f.get(j).i32(4).add().set(j);
          },
        );
        f.get(i).i32(1).add().set(i);
      },
    );
  };
  loops(16, 64, 64, d, a, t);
  loops(16, 64, 16, t, dt, b);
  return f;
}

/**
 * The gradient sum behind PDQ quality, written as an i32 at `out`: Σ |trunc(f32(f32(Δ·100)/255))|
 * over vertical and horizontal neighbours of the 64×64 buffer, in float32 like the reference.
 */
export function qualityKernel(): FunctionBody {
  // (a, out)
  const f = new FunctionBody([i32, i32]);
  const [a, out] = [0, 1];
  const i = f.local(i32);
  const j = f.local(i32);
  const row = f.local(i32);
  const acc = f.local(v128);
  /** acc += |trunc(Δ·100/255)| for the f32x4 Δ on the stack (acc must be below it). */
  const accumulate = (): void => {
    f.f32(100).f32x4Splat().f32x4Mul().f32(255).f32x4Splat().f32x4Div().i32x4TruncSatF32x4S().i32x4Abs();
    f.i32x4Add().set(acc);
  };
  const forRows = (count: number, body: () => void): void => {
    f.i32(0).set(i);
    f.whileTrue(
      () => void f.get(i).i32(count).ltS(),
      () => {
        f.get(a).get(i).i32(256).mul().add().set(row);
        body();
        f.get(i).i32(1).add().set(i);
      },
    );
  };
  const forColumns = (endBytes: number, body: () => void): void => {
    f.i32(0).set(j);
    f.whileTrue(
      () => void f.get(j).i32(endBytes).ltS(),
      () => {
        body();
        f.get(j).i32(16).add().set(j);
      },
    );
  };
  f.v128Const(new Array(16).fill(0)).set(acc);
  // Vertical neighbours: rows i and i + 1 for i < 63.
  forRows(63, () =>
    forColumns(256, () => {
      f.get(acc);
      f.get(row).get(j).add().v128Load().get(row).get(j).add().v128Load(256).f32x4Sub();
      accumulate();
    }),
  );
  // Horizontal neighbours: columns j and j + 1 for j < 63; the last block drops j = 63.
  forRows(64, () => {
    forColumns(240, () => {
      f.get(acc);
      f.get(row).get(j).add().v128Load().get(row).get(j).add().v128Load(4).f32x4Sub();
      accumulate();
    });
    f.get(acc);
    f.get(row).v128Load(240).get(row).v128Load(244).f32x4Sub();
    f.v128Const([...new Array(12).fill(0xff), 0, 0, 0, 0]).v128And();
    accumulate();
  });
  f.get(out);
  f.get(acc).i32x4ExtractLane(0).get(acc).i32x4ExtractLane(1).add().get(acc).i32x4ExtractLane(2).add().get(acc).i32x4ExtractLane(3).add();
  f.i32Store();
  return f;
}

