// Kernels for the Jarosz box filter, streamed over strips of 4·groups image rows (see
// simd-pdq.ts). Each 1-D pass keeps the reference's running float32 sum: add the entering
// element, then subtract the leaving one, rounding after each step, and divide by the count.
//
// The reference runs that sum in four phases (fill, grow, slide, shrink). Here every step does
// the same `s = (s + entering) − leaving` and reads zeros where a phase has nothing to add or
// subtract: buffers carry `window` zero columns on the left and zero padding on the right, and
// rings of rows start zeroed. Adding or subtracting +0 leaves a float unchanged (the sums are
// never −0: they start at +0, and x − x rounds to +0), so the results are the reference's, bit
// for bit. Counts come from a table, so the division is the reference's s / c as well.

import { FunctionBody, ValType } from './wasm-builder.ts';

const { i32, f32, v128 } = ValType;

/**
 * Transposes the 4×4 block whose rows are in locals r[0..3] and leaves the four transposed rows
 * in the same locals (via t[0..3] as scratch).
 */
export function transpose4(f: FunctionBody, r: readonly number[], t: readonly number[]): void {
  f.get(r[0]!).get(r[1]!).shuffleLanes([0, 4, 1, 5]).set(t[0]!);
  f.get(r[0]!).get(r[1]!).shuffleLanes([2, 6, 3, 7]).set(t[1]!);
  f.get(r[2]!).get(r[3]!).shuffleLanes([0, 4, 1, 5]).set(t[2]!);
  f.get(r[2]!).get(r[3]!).shuffleLanes([2, 6, 3, 7]).set(t[3]!);
  f.get(t[0]!).get(t[2]!).shuffleLanes([0, 1, 4, 5]).set(r[0]!);
  f.get(t[0]!).get(t[2]!).shuffleLanes([2, 3, 6, 7]).set(r[1]!);
  f.get(t[1]!).get(t[3]!).shuffleLanes([0, 1, 4, 5]).set(r[2]!);
  f.get(t[1]!).get(t[3]!).shuffleLanes([2, 3, 6, 7]).set(r[3]!);
}

/**
 * The filter along image rows for one strip in strip layout (one f32x4 per column and group,
 * lanes = 4 rows). `src` is the first of `window` zero columns before the data. Step x adds
 * column x and subtracts column x − window, then divides by counts[x]; its output is column
 * x − p1, where p1 = half − 1 is the reference's fill phase.
 *
 * - 'all' (pass 1) runs `n` = width + p1 steps and stores every output at dst + x·16·groups
 *   (the caller passes dst shifted back by p1 columns).
 * - 'sampled' (pass 3) needs only 64 outputs: it runs up to step ends[j] − 1 for each j and
 *   writes that output as element j of four rows of 64 floats (row 4g + lane at dst + row·256),
 *   which is the row-major form pass 4 reads. Steps after the last sample are skipped.
 *
 * With two or more groups the independent running sums overlap, hiding the add latency of
 * the serial chain.
 */
export function rowPassKernel(mode: 'all' | 'sampled', groups: number): FunctionBody {
  // (src, dst, counts, n | ends, window)
  const f = new FunctionBody([i32, i32, i32, i32, i32]);
  const [src, dst, counts, limit, window] = [0, 1, 2, 3, 4];
  const enter = f.local(i32);
  const leave = f.local(i32);
  const out = f.local(i32);
  const x = f.local(i32);
  const j = f.local(i32);
  const end = f.local(i32);
  const cv = f.local(v128);
  const o = f.local(v128);
  const sums = Array.from({ length: groups }, () => f.local(v128));
  const stride = 16 * groups;
  const step = (): void => {
    for (let g = 0; g < groups; g++) {
      f.get(sums[g]!).get(enter).v128Load(16 * g).f32x4Add().get(leave).v128Load(16 * g).f32x4Sub().set(sums[g]!);
    }
    f.get(enter).i32(stride).add().set(enter);
    f.get(leave).i32(stride).add().set(leave);
  };
  f.get(src).tee(leave).get(window).i32(stride).mul().add().set(enter);
  if (mode === 'all') {
    f.get(dst).set(out);
    f.whileLess(x, limit, () => {
      f.get(counts).get(x).i32(2).shl().add().f32Load().f32x4Splat().set(cv);
      step();
      for (let g = 0; g < groups; g++) f.get(out).get(sums[g]!).get(cv).f32x4Div().v128Store(16 * g);
      f.get(out).i32(stride).add().set(out);
      f.get(x).i32(1).add().set(x);
    });
    return f;
  }
  f.i32(0).set(j);
  f.whileTrue(
    () => void f.get(j).i32(64).ltS(),
    () => {
      f.get(limit).get(j).i32(2).shl().add().i32Load().set(end);
      f.whileLess(x, end, () => {
        step();
        f.get(x).i32(1).add().set(x);
      });
      // The output of step end − 1 divides by counts[end − 1].
      f.get(counts).get(end).i32(2).shl().add().i32(4).sub().f32Load().f32x4Splat().set(cv);
      f.get(dst).get(j).i32(2).shl().add().set(out);
      for (let g = 0; g < groups; g++) {
        f.get(sums[g]!).get(cv).f32x4Div().set(o);
        for (let q = 0; q < 4; q++) f.get(out).get(o).f32x4ExtractLane(q).f32Store((4 * g + q) * 256);
      }
      f.get(j).i32(1).add().set(j);
    },
  );
  return f;
}

/**
 * The filter along image columns (pass 2) for the 4·groups rows of one strip, in order. `src` is
 * pass 1's output in strip layout; every row is transposed in registers to row-major form, four
 * columns at a time, and for each row i: sum = (sum + row) − ring[leave_i]; ring[store_i] = row;
 * output = sum / c_i. The outputs are transposed back to strip layout at `dst` for pass 3, and
 * the four columns after the last are zeroed (they are pass 3's right-hand padding).
 * `params` holds, per row, the byte addresses leave_i and store_i (rows of the ring) and c_i.
 */
export function columnPassKernel(groups: number): FunctionBody {
  // (src, dst, sums, width, params)
  const f = new FunctionBody([i32, i32, i32, i32, i32]);
  const [src, dst, sums, width, params] = [0, 1, 2, 3, 4];
  const rows = 4 * groups;
  const leave = Array.from({ length: rows }, () => f.local(i32));
  const store = Array.from({ length: rows }, () => f.local(i32));
  const count = Array.from({ length: rows }, () => f.local(v128));
  const xb = f.local(i32);
  const endBytes = f.local(i32);
  const ps = f.local(i32);
  const pd = f.local(i32);
  const sum = f.local(v128);
  const zero = f.local(v128);
  const r = [f.local(v128), f.local(v128), f.local(v128), f.local(v128)];
  const t = [f.local(v128), f.local(v128), f.local(v128), f.local(v128)];
  for (let i = 0; i < rows; i++) {
    f.get(params).i32Load(12 * i).set(leave[i]!);
    f.get(params).i32Load(12 * i + 4).set(store[i]!);
    f.get(params).f32Load(12 * i + 8).f32x4Splat().set(count[i]!);
  }
  // Columns are processed in blocks of four up to the width rounded up; the ring, the sums and
  // pass 1's output have room for that padding, and what it computes is discarded.
  f.get(width).i32(3).add().i32(-4).and().i32(2).shl().set(endBytes);
  f.get(src).set(ps);
  f.get(dst).set(pd);
  f.whileLess(xb, endBytes, () => {
    f.get(sums).get(xb).add().v128Load().set(sum);
    for (let g = 0; g < groups; g++) {
      for (let q = 0; q < 4; q++) f.get(ps).v128Load((q * groups + g) * 16).set(r[q]!);
      transpose4(f, r, t);
      for (let q = 0; q < 4; q++) {
        const i = 4 * g + q;
        f.get(sum).get(r[q]!).f32x4Add().get(leave[i]!).get(xb).add().v128Load().f32x4Sub().set(sum);
        f.get(store[i]!).get(xb).add().get(r[q]!).v128Store();
        f.get(sum).get(count[i]!).f32x4Div().set(r[q]!);
      }
      transpose4(f, r, t);
      for (let q = 0; q < 4; q++) f.get(pd).get(r[q]!).v128Store((q * groups + g) * 16);
    }
    f.get(sums).get(xb).add().get(sum).v128Store();
    f.get(ps).i32(64 * groups).add().set(ps);
    f.get(pd).i32(64 * groups).add().set(pd);
    f.get(xb).i32(16).add().set(xb);
  });
  f.get(dst).get(width).i32(16 * groups).mul().add().set(pd);
  for (let k = 0; k < rows; k++) f.get(pd).get(zero).v128Store(16 * k);
  return f;
}

/**
 * The filter along columns on the 64 sampled columns (pass 4), one row per call:
 * sums = (sums + row) − ring[leave]; ring[store] = row; out = sums / c. 64 floats per row.
 */
export function narrowColumnKernel(): FunctionBody {
  // (row, leave, store, sums, c, out)
  const f = new FunctionBody([i32, i32, i32, i32, f32, i32]);
  const [row, leave, store, sums, c, out] = [0, 1, 2, 3, 4, 5];
  const cv = f.local(v128);
  const sum = f.local(v128);
  const v = f.local(v128);
  f.get(c).f32x4Splat().set(cv);
  for (let k = 0; k < 16; k++) {
    f.get(row).v128Load(16 * k).set(v);
    f.get(sums).v128Load(16 * k).get(v).f32x4Add().get(leave).v128Load(16 * k).f32x4Sub().set(sum);
    f.get(sums).get(sum).v128Store(16 * k);
    f.get(store).get(v).v128Store(16 * k);
    f.get(out).get(sum).get(cv).f32x4Div().v128Store(16 * k);
  }
  return f;
}
