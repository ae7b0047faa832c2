// The reference CLI's pre-processing (CImg resize(512, 512), nearest neighbour): when either side
// exceeds 512, both sides become exactly 512 and the aspect ratio is lost. Only the CLI-compatible
// mode uses it; the library, HMA and vPDQ hash at full resolution.

import type { PixelImage } from './luma.ts';

export const CLI_MAX_DIMENSION = 512;

export function resizeForCli(image: PixelImage): PixelImage {
  const { width, height, channels, data } = image;
  if (width <= CLI_MAX_DIMENSION && height <= CLI_MAX_DIMENSION) return image;
  const size = CLI_MAX_DIMENSION;
  const out = new Uint8Array(size * size * channels);
  const sourceColumns = new Int32Array(size);
  for (let x = 0; x < size; x++) sourceColumns[x] = Math.floor((x * width) / size);
  for (let y = 0; y < size; y++) {
    const sourceRow = Math.floor((y * height) / size) * width;
    for (let x = 0; x < size; x++) {
      const from = (sourceRow + sourceColumns[x]!) * channels;
      const to = (y * size + x) * channels;
      for (let c = 0; c < channels; c++) out[to + c] = data[from + c]!;
    }
  }
  return { data: out, width: size, height: size, channels };
}
