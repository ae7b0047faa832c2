// The part of the 64×64 DCT-II that PDQ keeps: frequencies 1..16 in each direction (DC dropped),
// B = D·A·Dᵀ with D the 16×64 cosine matrix. Sums accumulate in float32 with k ascending, as the
// reference does; re-associating them would change low bits and so, rarely, hash bits.

import { PDQ_DIM } from './downsample.ts';

export const DCT_DIM = 16;

function buildDctMatrix(): Float32Array {
  const matrix = new Float32Array(DCT_DIM * PDQ_DIM);
  const scale = Math.fround(Math.sqrt(2 / PDQ_DIM));
  for (let i = 0; i < DCT_DIM; i++) {
    for (let j = 0; j < PDQ_DIM; j++) {
      // Evaluated in double, left to right, and rounded once, like the reference's initialiser.
      matrix[i * PDQ_DIM + j] = scale * Math.cos((Math.PI / 2 / PDQ_DIM) * (i + 1) * (2 * j + 1));
    }
  }
  return matrix;
}

/** D[i][j] at index i·64 + j. */
export const DCT_MATRIX: Float32Array = buildDctMatrix();

/** Computes the 16×16 coefficients (row i = vertical frequency i+1) of a 64×64 buffer. */
export function dct16(buffer64: Float32Array, out: Float32Array = new Float32Array(DCT_DIM * DCT_DIM)): Float32Array {
  const d = DCT_MATRIX;
  const t = new Float32Array(DCT_DIM * PDQ_DIM);
  // T = D·A: T[i][j] = Σ_k D[i][k]·A[k][j]. Looping j innermost keeps the per-(i,j) order of
  // additions (k ascending) while reading A row by row.
  const acc = new Float32Array(PDQ_DIM);
  for (let i = 0; i < DCT_DIM; i++) {
    acc.fill(0);
    const dRow = i * PDQ_DIM;
    for (let k = 0; k < PDQ_DIM; k++) {
      const dik = d[dRow + k]!;
      const aRow = k * PDQ_DIM;
      for (let j = 0; j < PDQ_DIM; j++) acc[j] = acc[j]! + Math.fround(dik * buffer64[aRow + j]!);
    }
    t.set(acc, dRow);
  }
  // B = T·Dᵀ: B[i][j] = Σ_k T[i][k]·D[j][k].
  for (let i = 0; i < DCT_DIM; i++) {
    const tRow = i * PDQ_DIM;
    for (let j = 0; j < DCT_DIM; j++) {
      const dRow = j * PDQ_DIM;
      let s = 0;
      for (let k = 0; k < PDQ_DIM; k++) s = Math.fround(s + Math.fround(t[tRow + k]! * d[dRow + k]!));
      out[i * DCT_DIM + j] = s;
    }
  }
  return out;
}
