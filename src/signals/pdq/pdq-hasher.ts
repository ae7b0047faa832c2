// PDQ from pixels, bit-exact with the reference library (facebook/ThreatExchange pdq/cpp).
// Default is the library's full-resolution mode, which python-threatexchange and HMA use; the
// `cliCompat512` option first applies the reference CLI's nearest-neighbour resize to 512×512
// (aspect ratio not kept) for images larger than 512 on either side.

import { DCT_DIM, dct16 } from './dct.ts';
import { DIHEDRAL_NAMES, transformDct, type DihedralName } from './dihedral.ts';
import { DownsampleScratch, downsampleTo64, jaroszWindow } from './downsample.ts';
import { PDQ_ZERO_HEX, wordsToHex } from './hash256.ts';
import { isAllGrey, lumaFromPixels, type LumaOptions, type PixelImage } from './luma.ts';
import { lowerMedian256 } from './median.ts';
import { pdqQuality } from './quality.ts';
import { resizeForCli } from './cli-resize.ts';
import { SimdPdq, type SimdPdqOutput } from './simd/simd-pdq.ts';

/** Below this many pixels on either side the reference returns the all-zero hash, quality 0. */
export const PDQ_MIN_DIMENSION = 5;

export interface PdqHash {
  /** 64 lowercase hex digits. */
  readonly hash: string;
  /** 0..100; the field discards hashes below 50. */
  readonly quality: number;
}

export interface PdqDihedralHashes {
  readonly hashes: Readonly<Record<DihedralName, string>>;
  readonly quality: number;
}

export interface PdqPixelOptions {
  /** Reproduce `pdq-photo-hasher`: resize to 512×512 first when either side exceeds 512. */
  readonly cliCompat512?: boolean;
  /** Luma formula; see LumaOptions. vPDQ frames use 'rgb'. */
  readonly formula?: LumaOptions['formula'];
}

/** Intermediate values, exposed for tests against the reference's dumps. */
export interface PdqIntermediates extends PdqHash {
  readonly width: number;
  readonly height: number;
  readonly windowAlongRows: number;
  readonly windowAlongCols: number;
  readonly luma: Float32Array;
  readonly buffer64: Float32Array;
  readonly dct: Float32Array;
  readonly median: number;
}

/** Sets bit 16i+j (word i, bit j) when B[i][j] is strictly above the median. */
export function dctToHex(b: Float32Array): string {
  const median = lowerMedian256(b);
  const words = new Uint16Array(16);
  for (let i = 0; i < DCT_DIM; i++) {
    let word = 0;
    for (let j = 0; j < DCT_DIM; j++) if (b[i * DCT_DIM + j]! > median) word |= 1 << j;
    words[i] = word;
  }
  return wordsToHex(words);
}

/**
 * Hashes a float32 luma buffer (height rows × width columns). The scratch buffers are reused
 * across calls, so a long-lived hasher allocates almost nothing per image.
 */
export function pdqFromLuma(
  luma: Float32Array,
  width: number,
  height: number,
  scratch?: DownsampleScratch,
): PdqHash {
  if (width < PDQ_MIN_DIMENSION || height < PDQ_MIN_DIMENSION) return { hash: PDQ_ZERO_HEX, quality: 0 };
  const buffer64 = downsampleTo64(luma, width, height, { skipBlurAt64: true }, scratch);
  return { hash: dctToHex(dct16(buffer64)), quality: pdqQuality(buffer64) };
}

export function pdqIntermediatesFromLuma(luma: Float32Array, width: number, height: number): PdqIntermediates {
  const buffer64 = downsampleTo64(luma, width, height, { skipBlurAt64: true });
  const dct = dct16(buffer64);
  return {
    width,
    height,
    windowAlongRows: jaroszWindow(width),
    windowAlongCols: jaroszWindow(height),
    luma,
    buffer64,
    dct,
    median: lowerMedian256(dct),
    hash: dctToHex(dct),
    quality: pdqQuality(buffer64),
  };
}

/** The 8 dihedral hashes. The reference's dihedral path blurs even a 64×64 input. */
export function pdqDihedralFromLuma(luma: Float32Array, width: number, height: number): PdqDihedralHashes {
  if (width < PDQ_MIN_DIMENSION || height < PDQ_MIN_DIMENSION) {
    const zero = Object.fromEntries(DIHEDRAL_NAMES.map((name) => [name, PDQ_ZERO_HEX]));
    return { hashes: zero as Record<DihedralName, string>, quality: 0 };
  }
  const buffer64 = downsampleTo64(luma, width, height, { skipBlurAt64: false });
  return dihedralFromDct(dct16(buffer64), pdqQuality(buffer64));
}

function dihedralFromDct(dct: Float32Array, quality: number): PdqDihedralHashes {
  const transformed = new Float32Array(DCT_DIM * DCT_DIM);
  const hashes = {} as Record<DihedralName, string>;
  for (const name of DIHEDRAL_NAMES) hashes[name] = dctToHex(transformDct(name, dct, transformed));
  return { hashes, quality };
}

/**
 * Applies the CLI resize when asked. The grey decision is taken on the decoded image, before the
 * resize, because the reference's decoder makes it there: a resized sample of a mostly grey image
 * may look all grey when the whole image is not.
 */
function prepare(image: PixelImage, options: PdqPixelOptions): [PixelImage, LumaOptions] {
  const formula = options.formula ?? 'auto';
  if (!options.cliCompat512) return [image, { formula }];
  const resolved = formula === 'auto' ? (isAllGrey(image) ? 'grey' : 'rgb') : formula;
  return [resizeForCli(image), { formula: resolved }];
}

/**
 * A reusable hasher for decoded pixels. It runs the SIMD kernels where WebAssembly SIMD is
 * available and the scalar code otherwise; both give identical bits.
 */
export class PdqHasher {
  private readonly scratch = new DownsampleScratch();
  private luma = new Float32Array(0);
  private simd: SimdPdq | undefined | null = null;

  constructor(private readonly useSimd = true) {}

  // The SIMD path streams strips of rows, so its memory follows the widest image seen, not the
  // pixel count: about (vertical window + 34) × width × 4 bytes, ~1 MB for a 4032×3024 photo.
  private simdInstance(): SimdPdq | undefined {
    if (!this.useSimd) return undefined;
    if (this.simd === null) this.simd = SimdPdq.create();
    return this.simd;
  }

  /** The SIMD path for grey or RGB pixels, or undefined to fall back to the scalar code. */
  private viaSimd(input: PixelImage, luma: LumaOptions, blurAt64: boolean): SimdPdqOutput | undefined {
    if (input.channels !== 3 && input.channels !== 1) return undefined;
    const simd = this.simdInstance();
    if (!simd) return undefined;
    try {
      return simd.fromPixels(input.data, input.width, input.height, input.channels, luma.formula ?? 'auto', blurAt64);
    } catch (error) {
      // Growing WebAssembly memory can fail under memory pressure; the scalar path needs less.
      if (error instanceof RangeError) return undefined;
      throw error;
    }
  }

  hashPixels(image: PixelImage, options: PdqPixelOptions = {}): PdqHash {
    const [input, luma] = prepare(image, options);
    if (input.width < PDQ_MIN_DIMENSION || input.height < PDQ_MIN_DIMENSION) return { hash: PDQ_ZERO_HEX, quality: 0 };
    const fast = this.viaSimd(input, luma, false);
    if (fast) return { hash: dctToHex(fast.dct), quality: fast.quality };
    const n = input.width * input.height;
    if (this.luma.length < n) this.luma = new Float32Array(n);
    return pdqFromLuma(lumaFromPixels(input, luma, this.luma), input.width, input.height, this.scratch);
  }

  dihedralPixels(image: PixelImage, options: PdqPixelOptions = {}): PdqDihedralHashes {
    const [input, luma] = prepare(image, options);
    if (input.width < PDQ_MIN_DIMENSION || input.height < PDQ_MIN_DIMENSION) return pdqDihedralFromLuma(new Float32Array(0), input.width, input.height);
    const fast = this.viaSimd(input, luma, true);
    if (fast) return dihedralFromDct(fast.dct, fast.quality);
    return pdqDihedralFromLuma(lumaFromPixels(input, luma), input.width, input.height);
  }
}

const sharedHasher = new PdqHasher();
const scalarHasher = new PdqHasher(false);

/** The scalar implementation alone; the tests compare it with the SIMD path bit for bit. */
export function pdqFromPixelsScalar(image: PixelImage, options: PdqPixelOptions = {}): PdqHash {
  return scalarHasher.hashPixels(image, options);
}

export function pdqDihedralFromPixelsScalar(image: PixelImage, options: PdqPixelOptions = {}): PdqDihedralHashes {
  return scalarHasher.dihedralPixels(image, options);
}

export function pdqFromPixels(image: PixelImage, options: PdqPixelOptions = {}): PdqHash {
  return sharedHasher.hashPixels(image, options);
}

export function pdqDihedralFromPixels(image: PixelImage, options: PdqPixelOptions = {}): PdqDihedralHashes {
  return sharedHasher.dihedralPixels(image, options);
}
