// Kernels for the Jarosz box filter: a sweep down the columns of a buffer with one running
// float32 sum per column, and a 4×4-block transpose so that filtering along rows is the same
// sweep on a transposed buffer. See kernels.ts for why this reproduces the reference exactly.

import { FunctionBody, ValType } from './wasm-builder.ts';

const { i32, f32, v128 } = ValType;

/**
 * Transposes the 4×4 block whose rows are in locals r[0..3] and leaves the four transposed rows
 * in the same locals (via t[0..3] as scratch).
 */
function transpose4(f: FunctionBody, r: readonly number[], t: readonly number[]): void {
  f.get(r[0]!).get(r[1]!).shuffleLanes([0, 4, 1, 5]).set(t[0]!);
  f.get(r[0]!).get(r[1]!).shuffleLanes([2, 6, 3, 7]).set(t[1]!);
  f.get(r[2]!).get(r[3]!).shuffleLanes([0, 4, 1, 5]).set(t[2]!);
  f.get(r[2]!).get(r[3]!).shuffleLanes([2, 6, 3, 7]).set(t[3]!);
  f.get(t[0]!).get(t[2]!).shuffleLanes([0, 1, 4, 5]).set(r[0]!);
  f.get(t[0]!).get(t[2]!).shuffleLanes([2, 3, 6, 7]).set(r[1]!);
  f.get(t[1]!).get(t[3]!).shuffleLanes([0, 1, 4, 5]).set(r[2]!);
  f.get(t[1]!).get(t[3]!).shuffleLanes([2, 3, 6, 7]).set(r[3]!);
}

/** Transposes a rows × cols block (both multiples of 4) from src (srcStride) to dst (dstStride). */
export function transposeKernel(): FunctionBody {
  // (src, dst, rows, cols, srcStride, dstStride)
  const f = new FunctionBody([i32, i32, i32, i32, i32, i32]);
  const [src, dst, rows, cols, srcStride, dstStride] = [0, 1, 2, 3, 4, 5];
  const i = f.local(i32);
  const j = f.local(i32);
  const p = f.local(i32);
  const q = f.local(i32);
  const srcRowBytes = f.local(i32);
  const dstRowBytes = f.local(i32);
  const r = [f.local(v128), f.local(v128), f.local(v128), f.local(v128)];
  const t = [f.local(v128), f.local(v128), f.local(v128), f.local(v128)];
  f.get(srcStride).i32(2).shl().set(srcRowBytes);
  f.get(dstStride).i32(2).shl().set(dstRowBytes);
  f.i32(0).set(i);
  f.whileLess(i, rows, () => {
    f.i32(0).set(j);
    f.whileLess(j, cols, () => {
      f.get(src).get(i).get(srcStride).mul().get(j).add().i32(2).shl().add().set(p);
      for (let k = 0; k < 4; k++) {
        f.get(p).v128Load().set(r[k]!);
        f.get(p).get(srcRowBytes).add().set(p);
      }
      transpose4(f, r, t);
      f.get(dst).get(j).get(dstStride).mul().get(i).add().i32(2).shl().add().set(q);
      for (let k = 0; k < 4; k++) {
        f.get(q).get(r[k]!).v128Store();
        f.get(q).get(dstRowBytes).add().set(q);
      }
      f.get(j).i32(4).add().set(j);
    });
    f.get(i).i32(4).add().set(i);
  });
  return f;
}

/** Computes the box filter's phase lengths, in elements: p1 = p4 = half − 1, p2 = w − half + 1, p3 = n − w. */
function phases(f: FunctionBody, window: number, n: number, p1: number, p2: number, p3: number): void {
  f.get(window).i32(2).add().i32(1).shrS().i32(1).sub().set(p1); // half - 1
  f.get(window).get(p1).sub().set(p2); // window - half + 1 = window - (half - 1)
  f.get(n).get(window).sub().set(p3);
}

/**
 * Box filter along the columns of a height × stride buffer. With `sampled`, output rows are
 * written only where the output index equals the next entry of the 64 sorted indices at
 * `samples`, compacted to 64 rows: the later passes need nothing else.
 */
export function boxColsKernel(mode: 'all' | 'sampled' | 'transposed'): FunctionBody {
  // (src, dst, stride, height, window, sums, samples | ring, dstStride)
  const f = new FunctionBody([i32, i32, i32, i32, i32, i32, i32, i32]);
  const [src, dst, stride, height, window, sums, samples, dstStride] = [0, 1, 2, 3, 4, 5, 6, 7];
  const sampled = mode === 'sampled';
  const transposed = mode === 'transposed';
  const ring = samples;
  const rowBytes = f.local(i32);
  const p1 = f.local(i32);
  const p2 = f.local(i32);
  const p3 = f.local(i32);
  const k = f.local(i32);
  const x = f.local(i32);
  const add = f.local(i32);
  const sub = f.local(i32);
  const out = f.local(i32);
  const oi = f.local(i32);
  const next = f.local(i32);
  const cv = f.local(v128);
  const sum = f.local(v128);
  const c = f.local(f32);
  const p = f.local(i32);
  const dstRowBytes = f.local(i32);
  const r = [f.local(v128), f.local(v128), f.local(v128), f.local(v128)];
  const t = [f.local(v128), f.local(v128), f.local(v128), f.local(v128)];

  /**
   * Transposed output: the last four output rows, kept in `ring`, become four columns of dst
   * starting at column `first` (4×4 blocks transposed in registers).
   */
  const flush = (first: () => void): void => {
    f.get(dst);
    first();
    f.i32(2).shl().add().set(p);
    f.i32(0).set(x);
    f.whileLess(x, rowBytes, () => {
      for (let q = 0; q < 4; q++) f.get(ring).get(rowBytes).i32(q).mul().add().get(x).add().v128Load().set(r[q]!);
      transpose4(f, r, t);
      for (let q = 0; q < 4; q++) {
        f.get(p).get(r[q]!).v128Store();
        f.get(p).get(dstRowBytes).add().set(p);
      }
      f.get(x).i32(16).add().set(x);
    });
  };

  const writeRow = (): void => {
    f.i32(0).set(x);
    f.whileLess(x, rowBytes, () => {
      f.get(out).get(x).add().get(sums).get(x).add().v128Load().get(cv).f32x4Div().v128Store();
      f.get(x).i32(16).add().set(x);
    });
    f.get(out).get(rowBytes).add().set(out);
  };
  /** Writes the output row(s) for output index oi: every row, or only the sampled ones. */
  const emit = (): void => {
    if (transposed) {
      // After every fourth row, move the four rows from the ring into dst as columns.
      f.get(oi).i32(3).and().i32(3).eq();
      f.when(() => flush(() => void f.get(oi).i32(3).sub()));
      // The next row goes to the next ring slot.
      f.get(ring).get(oi).i32(1).add().i32(3).and().get(rowBytes).mul().add().set(out);
    }
    if (sampled) {
      // while (next < 64 && samples[next] == oi) { write; next++ }. Both sides are evaluated;
      // reading one entry past the list is harmless (it is followed by other buffers).
      f.whileTrue(
        () => {
          f.get(next).i32(64).ltS();
          f.get(samples).get(next).i32(2).shl().add().i32Load().get(oi).eq().and();
        },
        () => {
          writeRow();
          f.get(next).i32(1).add().set(next);
        },
      );
    }
    f.get(oi).i32(1).add().set(oi);
  };
  /**
   * Updates the running sums with one row added and/or one removed; without sampling, also
   * writes the output row in the same loop when `withOut`.
   */
  const update = (withAdd: boolean, withSub: boolean, withOut = false): void => {
    const fused = withOut && !sampled; // 'transposed' writes to the ring slot
    f.i32(0).set(x);
    f.whileLess(x, rowBytes, () => {
      f.get(sums).get(x).add().v128Load();
      if (withAdd) f.get(add).get(x).add().v128Load().f32x4Add();
      if (withSub) f.get(sub).get(x).add().v128Load().f32x4Sub();
      f.set(sum);
      f.get(sums).get(x).add().get(sum).v128Store();
      if (fused) f.get(out).get(x).add().get(sum).get(cv).f32x4Div().v128Store();
      f.get(x).i32(16).add().set(x);
    });
    if (withAdd) f.get(add).get(rowBytes).add().set(add);
    if (withSub) f.get(sub).get(rowBytes).add().set(sub);
    if (fused) f.get(out).get(rowBytes).add().set(out);
    if (withOut) emit();
  };
  const count = (delta: number): void => {
    f.get(c).f32(1)[delta > 0 ? 'f32Add' : 'f32Sub']().tee(c).f32x4Splat().set(cv);
  };
  const times = (n: number, body: () => void): void => {
    f.i32(0).set(k);
    f.whileLess(k, n, () => {
      body();
      f.get(k).i32(1).add().set(k);
    });
  };

  f.get(stride).i32(2).shl().set(rowBytes);
  phases(f, window, height, p1, p2, p3);
  f.i32(0).set(x);
  f.whileLess(x, rowBytes, () => {
    f.get(sums).get(x).add().f32(0).f32x4Splat().v128Store();
    f.get(x).i32(16).add().set(x);
  });
  f.get(src).tee(add).set(sub);
  f.get(transposed ? ring : dst).set(out);
  f.get(dstStride).i32(2).shl().set(dstRowBytes);
  f.i32(0).set(oi).i32(0).set(next);
  f.f32(0).set(c);
  times(p1, () => {
    update(true, false);
    count(1);
  });
  times(p2, () => {
    count(1);
    update(true, false, true);
  });
  // Main phase: add the entering row, then subtract the leaving one (the order matters).
  times(p3, () => update(true, true, true));
  times(p1, () => {
    count(-1);
    update(false, true, true);
  });
  if (transposed) {
    // A last partial group: its stale ring rows land in dst's padding columns.
    f.get(oi).i32(3).and();
    f.when(() => flush(() => void f.get(oi).i32(-4).and()));
  }
  return f;
}

