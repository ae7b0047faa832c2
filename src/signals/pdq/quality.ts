// PDQ quality (0..100): the summed absolute gradient of the 64×64 buffer, in the reference's
// mixed float32/integer arithmetic (float32 difference, ×100, ÷255, then truncation toward zero).

import { PDQ_DIM } from './downsample.ts';

export function pdqQuality(buffer64: Float32Array): number {
  let gradientSum = 0;
  for (let i = 0; i < PDQ_DIM - 1; i++) {
    for (let j = 0; j < PDQ_DIM; j++) {
      const diff = Math.fround(buffer64[i * PDQ_DIM + j]! - buffer64[(i + 1) * PDQ_DIM + j]!);
      gradientSum += Math.abs(Math.trunc(Math.fround(Math.fround(diff * 100) / 255)));
    }
  }
  for (let i = 0; i < PDQ_DIM; i++) {
    for (let j = 0; j < PDQ_DIM - 1; j++) {
      const diff = Math.fround(buffer64[i * PDQ_DIM + j]! - buffer64[i * PDQ_DIM + j + 1]!);
      gradientSum += Math.abs(Math.trunc(Math.fround(Math.fround(diff * 100) / 255)));
    }
  }
  return Math.min(100, Math.floor(gradientSum / 90));
}
