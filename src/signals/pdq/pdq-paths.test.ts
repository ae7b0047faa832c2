// The streaming SIMD path (production) against the scalar, non-fused path (the readable reference,
// which materialises the full-resolution luma and filtered images): identical 64×64 buffers, DCT,
// quality and hashes on every reference image and on edge-case sizes.

import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { referenceDataDir } from '../reference-data.ts';
import { lumaFromPixels, type PixelImage } from './luma.ts';
import {
  pdqDihedralFromPixels,
  pdqDihedralFromPixelsScalar,
  pdqFromPixels,
  pdqFromPixelsScalar,
  pdqIntermediatesFromLuma,
} from './pdq-hasher.ts';
import { SimdPdq } from './simd/simd-pdq.ts';

const pdqDir = join(referenceDataDir(), 'pdq');

function imagesUnder(dir: string): string[] {
  return readdirSync(dir)
    .sort()
    .flatMap((name) => {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) return imagesUnder(path);
      return /\.(png|jpe?g|webp)$/i.test(name) ? [path] : [];
    });
}

async function decode(path: string): Promise<PixelImage> {
  const { data, info } = await sharp(path).keepIccProfile().removeAlpha().raw().toBuffer({ resolveWithObject: true });
  return { data, width: info.width, height: info.height, channels: info.channels };
}

const simd = SimdPdq.create()!;

/**
 * Both paths on one image: the blurred 64×64 buffer, DCT and quality at full resolution (one
 * scalar run, the costly part), then the hashes, which at full resolution follow from those, on
 * the CLI's 512×512 input and in both luma formulas.
 */
function expectSamePaths(image: PixelImage): void {
  const { width, height, channels } = image;
  if (width >= 5 && height >= 5 && (channels === 1 || channels === 3)) {
    const scalar = pdqIntermediatesFromLuma(lumaFromPixels(image), width, height);
    const fast = simd.fromPixels(image.data, width, height, channels, 'auto', !(width === 64 && height === 64));
    expect(fast.buffer64).toEqual(scalar.buffer64);
    expect(fast.dct).toEqual(scalar.dct);
    expect(fast.quality).toBe(scalar.quality);
    expect(pdqFromPixels(image).hash).toBe(scalar.hash);
  }
  for (const options of [{ cliCompat512: true }, { cliCompat512: true, formula: 'rgb' as const }]) {
    expect(pdqFromPixels(image, options)).toEqual(pdqFromPixelsScalar(image, options));
    expect(pdqDihedralFromPixels(image, options)).toEqual(pdqDihedralFromPixelsScalar(image, options));
  }
}

describe('streaming SIMD path and scalar path', () => {
  const files = [...imagesUnder(join(pdqDir, 'exact')), ...imagesUnder(join(pdqDir, 'images'))];

  it('cover all 78 reference images', () => expect(files).toHaveLength(78));

  it.each(files.map((path) => [path.slice(pdqDir.length + 1), path]))('%s', async (_, path) => {
    expectSamePaths(await decode(path));
  });

  // Widths that are not multiples of 4, heights below one strip, windows from 1 to 9.
  it.each([
    [5, 5, 3],
    [7, 300, 3],
    [301, 9, 1],
    [1000, 13, 3],
    [130, 1030, 1],
    [64, 64, 1],
    [1153, 257, 3],
  ])('random %i×%i pixels, %i channel(s)', (width, height, channels) => {
    let seed = width * 7919 + height;
    const data = Uint8Array.from({ length: width * height * channels }, (_, i) => {
      seed = (seed * 1103515245 + 12345) & 0x7fffffff;
      // Smooth content plus noise, so the hash is not just noise.
      const p = Math.floor(i / channels);
      return (((p % width) + Math.floor(p / width)) * 3 + (seed >> 16) % 40) & 0xff;
    });
    expectSamePaths({ data, width, height, channels });
  });
});
