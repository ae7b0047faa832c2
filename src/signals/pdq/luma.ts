// Pixels to PDQ luma: one float32 per pixel, row-major. The reference multiplies in float32 with
// its own rounded coefficients; the three products only ever take 256 values each, so they are
// tabulated once and every pixel costs two float32 additions.

export interface PixelImage {
  /** Interleaved 8-bit samples, row-major, `channels` per pixel. */
  readonly data: Uint8Array;
  readonly width: number;
  readonly height: number;
  /** 1 = grey, 2 = grey + alpha, 3 = RGB, 4 = RGBA; alpha is ignored without compositing. */
  readonly channels: number;
}

const C_R = Math.fround(0.299);
const C_G = Math.fround(0.587);
const C_B = Math.fround(0.114);

function productTable(coefficient: number): Float32Array {
  const table = new Float32Array(256);
  for (let v = 0; v < 256; v++) table[v] = Math.fround(coefficient * v);
  return table;
}

const TABLE_R = productTable(C_R);
const TABLE_G = productTable(C_G);
const TABLE_B = productTable(C_B);

/**
 * True when every pixel has R = G = B. The reference decoder (ImageMagick writing PNM) emits such
 * images as greyscale, and the grey path differs from the RGB formula by one ulp on some levels.
 */
export function isAllGrey(image: PixelImage): boolean {
  const { data, channels } = image;
  if (channels < 3) return true;
  const end = image.width * image.height * channels;
  for (let i = 0; i < end; i += channels) {
    const r = data[i]!;
    if (data[i + 1] !== r || data[i + 2] !== r) return false;
  }
  return true;
}

export interface LumaOptions {
  /**
   * 'auto' (default) takes the grey path when every pixel has R = G = B, like the reference's
   * decoder; 'rgb' always applies the formula (vPDQ frames); 'grey' reads the first channel.
   */
  readonly formula?: 'auto' | 'rgb' | 'grey';
}

/** Returns the float32 luma buffer (H rows × W columns), reusing `out` when it is big enough. */
export function lumaFromPixels(image: PixelImage, options: LumaOptions = {}, out?: Float32Array): Float32Array {
  const { data, width, height, channels } = image;
  const n = width * height;
  const luma = out && out.length >= n ? out : new Float32Array(n);
  const formula = options.formula ?? 'auto';
  const grey = channels < 3 || formula === 'grey' || (formula === 'auto' && isAllGrey(image));
  if (grey) {
    for (let p = 0, i = 0; p < n; p++, i += channels) luma[p] = data[i]!;
    return luma;
  }
  for (let p = 0, i = 0; p < n; p++, i += channels) {
    luma[p] = Math.fround(Math.fround(TABLE_R[data[i]!]! + TABLE_G[data[i + 1]!]!) + TABLE_B[data[i + 2]!]!);
  }
  return luma;
}
