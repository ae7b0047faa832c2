// Bit-exactness against the reference vectors in testdata/pdq: every listed file, every vector.

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import sharp from 'sharp';
import { beforeAll, describe, expect, it } from 'vitest';
import { referenceDataDir } from '../reference-data.ts';
import { DIHEDRAL_NAMES } from './dihedral.ts';
import { hammingDistanceHex, pdqNorm } from './hash256.ts';
import { pdqDihedralFromPixels, pdqDihedralFromPixelsScalar, pdqFromPixels, pdqFromPixelsScalar } from './pdq-hasher.ts';
import type { PixelImage } from './luma.ts';

const pdqDir = join(referenceDataDir(), 'pdq');

/** The reference decode per the brief: raw values, ICC not applied, no rotation, alpha dropped. */
async function referencePixels(path: string): Promise<PixelImage> {
  const { data, info } = await sharp(path).keepIccProfile().removeAlpha().raw().toBuffer({ resolveWithObject: true });
  return { data, width: info.width, height: info.height, channels: info.channels };
}

function readLines(path: string): string[][] {
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((line) => line.length > 0)
    .map((line) => line.split(','));
}

describe('exact/ vectors (pixels exactly as the reference hashed them)', () => {
  const exactDir = join(pdqDir, 'exact');
  const plain = readLines(join(exactDir, 'expected-plain.txt'));
  const details = new Map(readLines(join(exactDir, 'expected-details.txt')).map((f) => [f[4]!.slice(9), f]));
  const dihedral = new Map(readLines(join(exactDir, 'expected-pdqdih-across.txt')).map((f) => [f[9]!, f]));

  it('lists 26 vectors', () => {
    expect(plain).toHaveLength(26);
    expect(details.size).toBe(26);
    expect(dihedral.size).toBe(26);
  });

  // Both implementations: the SIMD kernels (default) and the scalar fallback.
  const backends = [
    ['simd', pdqFromPixels, pdqDihedralFromPixels],
    ['scalar', pdqFromPixelsScalar, pdqDihedralFromPixelsScalar],
  ] as const;
  const cases = plain.flatMap((f) => backends.map(([name, plainFn, dihFn]) => [`${f[2]!} (${name})`, f[2]!, f[0]!, Number(f[1]), plainFn, dihFn] as const));

  it.each(cases)('%s', async (_, file, hash, quality, hashFn, dihedralFn) => {
    const image = await referencePixels(join(exactDir, file));
    const result = hashFn(image, { cliCompat512: true });
    expect(result).toEqual({ hash, quality });
    const detail = details.get(file)!;
    expect(`norm=${pdqNorm(result.hash)}`).toBe(detail[1]);
    const expected = dihedral.get(file)!;
    const dih = dihedralFn(image, { cliCompat512: true });
    expect(DIHEDRAL_NAMES.map((name) => dih.hashes[name])).toEqual(expected.slice(0, 8));
    expect(dih.quality).toBe(Number(expected[8]));
    // Full resolution: the two implementations agree bit for bit.
    expect(hashFn(image)).toEqual(backends[0][1](image));
  });
});

describe('sample images through sharp', () => {
  const imagesDir = join(pdqDir, 'images');
  const cli = readLines(join(pdqDir, 'expected', 'cli-plain.txt'));
  const library = new Map(readLines(join(pdqDir, 'expected', 'library-fullres-plain.txt')).map((f) => [f[2]!, f]));
  const across = new Map(readLines(join(pdqDir, 'expected', 'cli-pdqdih-across.txt')).map((f) => [f[9]!, f]));
  // Documented deviations (see docs/adr/0002-signals.md): the CLI hashes 16-bit PNGs from the low
  // byte of each sample, and converts CMYK with ImageMagick's own transform.
  const SIXTEEN_BIT = 'python-threatexchange-resources/I16.png';
  const CMYK = 'misc-images/modes/CMYK.jpg';
  const pixels = new Map<string, PixelImage>();

  beforeAll(async () => {
    for (const [, , file] of cli) pixels.set(file!, await referencePixels(join(imagesDir, file!)));
  }, 60_000);

  it('lists 52 images in each expected file', () => {
    expect(cli).toHaveLength(52);
    expect(library.size).toBe(52);
    expect(across.size).toBe(52);
  });

  it.each(cli.map((f) => f[2]!).filter((f) => f !== SIXTEEN_BIT && f !== CMYK))('%s', (file) => {
    const image = pixels.get(file)!;
    const [fullHash, fullQuality] = library.get(file)!;
    expect(pdqFromPixels(image)).toEqual({ hash: fullHash, quality: Number(fullQuality) });
    const [cliHash, cliQuality] = cli.find((f) => f[2] === file)!;
    expect(pdqFromPixels(image, { cliCompat512: true })).toEqual({ hash: cliHash, quality: Number(cliQuality) });
    const expected = across.get(file)!;
    const dih = pdqDihedralFromPixels(image, { cliCompat512: true });
    expect(DIHEDRAL_NAMES.map((name) => dih.hashes[name])).toEqual(expected.slice(0, 8));
    expect(dih.quality).toBe(Number(expected[8]));
  });

  it('hashes the CMYK JPEG within distance 10 of the reference', () => {
    const image = pixels.get(CMYK)!;
    const [fullHash] = library.get(CMYK)!;
    const [cliHash] = cli.find((f) => f[2] === CMYK)!;
    expect(hammingDistanceHex(pdqFromPixels(image).hash, fullHash!)).toBeLessThanOrEqual(10);
    expect(hammingDistanceHex(pdqFromPixels(image, { cliCompat512: true }).hash, cliHash!)).toBeLessThanOrEqual(10);
  });

  it('hashes the 16-bit PNG from its high-order bits, where the references read it differently', async () => {
    const ours = pdqFromPixels(pixels.get(SIXTEEN_BIT)!);
    const { data, info } = await sharp(join(imagesDir, SIXTEEN_BIT))
      .toColourspace('grey16')
      .raw({ depth: 'ushort' })
      .toBuffer({ resolveWithObject: true });
    const samples = new Uint16Array(data.buffer, data.byteOffset, data.byteLength / 2);
    const eightBit = (f: (v: number) => number): PixelImage => ({
      data: Uint8Array.from(samples, f),
      width: info.width,
      height: info.height,
      channels: 1,
    });
    // Our decode: proper 16→8-bit scaling, i.e. the high byte.
    expect(ours).toEqual(pdqFromPixels(eightBit((v) => v >> 8)));
    expect(ours.quality).toBe(100);
    // The reference CLI keeps the low byte (CImg cast), giving a hash unrelated to the picture.
    const [cliJunk] = library.get(SIXTEEN_BIT)!;
    expect(pdqFromPixels(eightBit((v) => v & 0xff)).hash).toBe(cliJunk);
    // python-threatexchange (PIL I;16 → RGB) clips at 255: its recorded hash and quality 36.
    expect(pdqFromPixels(eightBit((v) => Math.min(v, 255)))).toEqual({
      hash: 'de2ef0e99ecdfc1d248a0eb055f023d1d61e79c3920cbb55d561c02accab1763',
      quality: 36,
    });
  });
});
