// The eight dihedral PDQ hashes, derived from one DCT: rotating or flipping an image permutes
// and negates DCT coefficients, so no second pass over pixels is needed. Order and sign rules
// follow the reference CLI's --pdqdih output.

import { DCT_DIM } from './dct.ts';

export const DIHEDRAL_NAMES = ['orig', 'rot90', 'rot180', 'rot270', 'flipx', 'flipy', 'flipp', 'flipm'] as const;
export type DihedralName = (typeof DIHEDRAL_NAMES)[number];

const odd = (n: number): boolean => (n & 1) === 1;

/** Writes the transformed 16×16 matrix B' for `name` into `out`. */
export function transformDct(name: DihedralName, b: Float32Array, out: Float32Array): Float32Array {
  for (let i = 0; i < DCT_DIM; i++) {
    for (let j = 0; j < DCT_DIM; j++) {
      const v = b[i * DCT_DIM + j]!;
      switch (name) {
        case 'orig':
          out[i * DCT_DIM + j] = v;
          break;
        case 'rot90':
          out[j * DCT_DIM + i] = odd(j) ? v : -v;
          break;
        case 'rot180':
          out[i * DCT_DIM + j] = odd(i + j) ? -v : v;
          break;
        case 'rot270':
          out[j * DCT_DIM + i] = odd(i) ? v : -v;
          break;
        case 'flipx':
          out[i * DCT_DIM + j] = odd(i) ? v : -v;
          break;
        case 'flipy':
          out[i * DCT_DIM + j] = odd(j) ? v : -v;
          break;
        case 'flipp':
          out[j * DCT_DIM + i] = v;
          break;
        case 'flipm':
          out[j * DCT_DIM + i] = odd(i + j) ? -v : v;
          break;
      }
    }
  }
  return out;
}
