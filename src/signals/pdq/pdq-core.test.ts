// The PDQ core against the reference's intermediate dumps, bit layout and edge cases.

import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { referenceDataDir } from '../reference-data.ts';
import { DCT_MATRIX } from './dct.ts';
import { hexToWords, pdqDistance, PDQ_ZERO_HEX, wordsToHex } from './hash256.ts';
import { lumaFromPixels } from './luma.ts';
import { lowerMedian256, selectKth } from './median.ts';
import { pdqDihedralFromPixels, pdqFromPixels, pdqIntermediatesFromLuma } from './pdq-hasher.ts';
import { SimdPdq } from './simd/simd-pdq.ts';

const exactDir = join(referenceDataDir(), 'pdq', 'exact');
const intermediatesDir = join(exactDir, 'intermediates');

const f32hex = (v: number): string => {
  const view = new DataView(new ArrayBuffer(4));
  view.setFloat32(0, v);
  return view.getUint32(0).toString(16).padStart(8, '0');
};

describe('SIMD kernels', () => {
  it('are available here, so the reference tests exercise both implementations', () => {
    expect(SimdPdq.create()).toBeDefined();
  });

  it('agree with the scalar intermediates on the 64×64 buffer and the DCT', async () => {
    for (const name of ['syn-300x200-rgb', 'syn-129x130-rgb', 'syn-34x21-rgb', 'canon-bridge-1-original']) {
      const { data, info } = await sharp(join(exactDir, `${name}.png`)).keepIccProfile().removeAlpha().raw().toBuffer({ resolveWithObject: true });
      const reference = pdqIntermediatesFromLuma(lumaFromPixels({ data, width: info.width, height: info.height, channels: 3 }), info.width, info.height);
      const simd = SimdPdq.create()!.fromPixels(data, info.width, info.height, 3, 'auto', false);
      expect(simd.buffer64).toEqual(reference.buffer64);
      expect(simd.dct).toEqual(reference.dct);
      expect(simd.quality).toBe(reference.quality);
    }
  });
});

describe('DCT matrix', () => {
  it('equals the reference float32 bit patterns', () => {
    const expected = JSON.parse(readFileSync(join(intermediatesDir, 'dct-matrix-16x64-float32-hex.json'), 'utf8')) as string[][];
    const ours = Array.from({ length: 16 }, (_, i) => Array.from(DCT_MATRIX.subarray(i * 64, i * 64 + 64), f32hex));
    expect(ours).toEqual(expected);
  });
});

interface Dump {
  file: string;
  w: number;
  h: number;
  luma_first8: number[];
  window_along_rows: number;
  window_along_cols: number;
  quality: number;
  hash: string;
  dct_median: number;
  downsampled64x64: number[][];
  dct16x16: number[][];
}

const dumps = readdirSync(intermediatesDir).filter((f) => f.endsWith('.json') && !f.startsWith('dct-matrix'));

describe('intermediates', () => {
  it('covers the 7 dumped vectors', () => expect(dumps).toHaveLength(7));

  it.each(dumps)('%s', async (name) => {
    const dump = JSON.parse(readFileSync(join(intermediatesDir, name), 'utf8')) as Dump;
    const { data, info } = await sharp(join(exactDir, name.replace('.json', '.png')))
      .keepIccProfile()
      .removeAlpha()
      .raw()
      .toBuffer({ resolveWithObject: true });
    const image = { data, width: info.width, height: info.height, channels: info.channels };
    const luma = lumaFromPixels(image);
    const result = pdqIntermediatesFromLuma(luma, info.width, info.height);
    // %.9g round-trips float32, so converting the printed value back to float32 must be exact.
    const f32 = (rows: number[][]): number[] => rows.flat().map((v) => Math.fround(v));
    expect(Array.from(luma.subarray(0, 8))).toEqual(dump.luma_first8.map((v) => Math.fround(v)));
    expect([result.width, result.height]).toEqual([dump.w, dump.h]);
    expect([result.windowAlongRows, result.windowAlongCols]).toEqual([dump.window_along_rows, dump.window_along_cols]);
    expect(Array.from(result.buffer64)).toEqual(f32(dump.downsampled64x64));
    expect(Array.from(result.dct)).toEqual(f32(dump.dct16x16));
    expect(result.median).toBe(Math.fround(dump.dct_median));
    expect([result.hash, result.quality]).toEqual([dump.hash, dump.quality]);
  });
});

describe('hash layout', () => {
  it('puts bit k at the k-th least significant bit of the hex number (test-bits)', () => {
    const lines = readFileSync(join(referenceDataDir(), 'pdq', 'expected', 'regtest', 'test-bits-section.txt'), 'utf8')
      .split('\n')
      .map((l) => /^([0-9a-f]{64}) (set|clear) (\d+)$/.exec(l))
      .filter((m): m is RegExpExecArray => m !== null);
    expect(lines).toHaveLength(512);
    const words = new Uint16Array(16);
    for (const [, hex, op, k] of lines) {
      const bit = Number(k);
      if (op === 'set') words[bit >> 4]! |= 1 << (bit & 15);
      else words[bit >> 4]! &= ~(1 << (bit & 15));
      expect(wordsToHex(words)).toBe(hex);
      expect(wordsToHex(hexToWords(hex!))).toBe(hex);
    }
  });

  it('measures Hamming distance', () => {
    expect(pdqDistance(PDQ_ZERO_HEX, 'f'.repeat(64))).toBe(256);
    expect(pdqDistance(PDQ_ZERO_HEX, '0'.repeat(63) + '7')).toBe(3);
  });
});

describe('median', () => {
  it('returns the lower median like a full sort', () => {
    let seed = 7;
    const random = (): number => ((seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff) * 200 - 100;
    for (let trial = 0; trial < 200; trial++) {
      const values = Float32Array.from({ length: 256 }, () => (trial % 3 === 0 ? Math.round(random() / 20) + 0 : random()));
      const sorted = Float32Array.from(values).sort();
      expect(lowerMedian256(values)).toBe(sorted[127]);
      expect(selectKth(values, 0)).toBe(sorted[0]);
      expect(selectKth(values, 255)).toBe(sorted[255]);
    }
  });
});

describe('small images', () => {
  it.each([
    [4, 100],
    [100, 4],
    [1, 1],
  ])('%i×%i gives the all-zero hash with quality 0', (width, height) => {
    const image = { data: new Uint8Array(width * height * 3).fill(77), width, height, channels: 3 };
    expect(pdqFromPixels(image)).toEqual({ hash: PDQ_ZERO_HEX, quality: 0 });
    expect(pdqDihedralFromPixels(image).hashes.rot90).toBe(PDQ_ZERO_HEX);
  });
});
