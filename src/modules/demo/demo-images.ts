// Benign synthetic pictures for the demo: each base image is a coloured gradient with a handful of
// random shapes, encoded with sharp. Re-uploads are variants of a base (re-encoded,
// resized, slightly cropped), as platforms transform uploads; PDQ still finds them near each other,
// so every base becomes one cluster. Small sizes keep hashing ~1,200 of them quick.
import sharp from 'sharp';
import { Prng } from './prng.ts';

export const IMAGE_WIDTH = 320;
export const IMAGE_HEIGHT = 240;

export const IMAGE_VARIANTS = ['original', 'jpeg_high', 'jpeg_low', 'resized', 'small', 'cropped'] as const;
export type ImageVariant = (typeof IMAGE_VARIANTS)[number];

/** How often each variant turns up among re-uploads. */
export const VARIANT_WEIGHTS: ReadonlyArray<readonly [ImageVariant, number]> = [
  ['original', 3],
  ['jpeg_high', 3],
  ['jpeg_low', 2],
  ['resized', 2],
  ['small', 1],
  ['cropped', 2],
];

type Rgb = readonly [number, number, number];
const colour = (rng: Prng): Rgb => [rng.int(256), rng.int(256), rng.int(256)];

/**
 * The raw RGB pixels of one base image, deterministic in (seed, index). Drawn here rather than from
 * SVG because Vigil blocks sharp's SVG loader process-wide (uploads are untrusted).
 */
export function baseImagePixels(seed: number, index: number, width = IMAGE_WIDTH, height = IMAGE_HEIGHT): Buffer {
  const rng = Prng.of(seed, `image:${index}`);
  const px = Buffer.alloc(width * height * 3);
  const [from, to, slant] = [colour(rng), colour(rng), rng.next()];
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const t = Math.min(1, (y / height + (slant * x) / width) / (1 + slant));
      const i = (y * width + x) * 3;
      for (let c = 0; c < 3; c++) px[i + c] = Math.round(from[c]! + (to[c]! - from[c]!) * t);
    }
  }
  for (let n = rng.between(14, 22); n > 0; n--) {
    const fill = colour(rng);
    const alpha = 0.6 + rng.next() * 0.4;
    const cx = rng.int(width);
    const cy = rng.int(height);
    let box: [number, number, number, number];
    let inside: (x: number, y: number) => boolean;
    switch (rng.int(4)) {
      case 0: {
        const [w, h] = [rng.between(10, 120), rng.between(10, 90)];
        box = [cx - 40, cy - 30, cx - 40 + w, cy - 30 + h];
        inside = () => true;
        break;
      }
      case 1:
      case 2: {
        const rx = rng.between(6, 90);
        const ry = rng.between(6, 60);
        box = [cx - rx, cy - ry, cx + rx, cy + ry];
        inside = (x, y) => ((x - cx) / rx) ** 2 + ((y - cy) / ry) ** 2 <= 1;
        break;
      }
      default: {
        const [bx, by, qx, qy] = [rng.int(width), rng.int(height), rng.int(width), rng.int(height)];
        const edge = (ax: number, ay: number, ex: number, ey: number, x: number, y: number) => (ex - ax) * (y - ay) - (ey - ay) * (x - ax);
        box = [Math.min(cx, bx, qx), Math.min(cy, by, qy), Math.max(cx, bx, qx), Math.max(cy, by, qy)];
        inside = (x, y) => {
          const [e1, e2, e3] = [edge(cx, cy, bx, by, x, y), edge(bx, by, qx, qy, x, y), edge(qx, qy, cx, cy, x, y)];
          return (e1 >= 0 && e2 >= 0 && e3 >= 0) || (e1 <= 0 && e2 <= 0 && e3 <= 0);
        };
      }
    }
    for (let y = Math.max(0, box[1]); y < Math.min(height, box[3]); y++) {
      for (let x = Math.max(0, box[0]); x < Math.min(width, box[2]); x++) {
        if (!inside(x, y)) continue;
        const i = (y * width + x) * 3;
        for (let c = 0; c < 3; c++) px[i + c] = Math.round(px[i + c]! * (1 - alpha) + fill[c]! * alpha);
      }
    }
  }
  return px;
}

export async function renderBaseImage(seed: number, index: number): Promise<Buffer> {
  return sharp(baseImagePixels(seed, index), { raw: { width: IMAGE_WIDTH, height: IMAGE_HEIGHT, channels: 3 } }).png().toBuffer();
}

/** A re-upload of a base image, as a platform might have transformed it, with a file extension. */
export async function renderVariant(base: Buffer, variant: ImageVariant): Promise<{ bytes: Buffer; extension: 'png' | 'jpg' }> {
  const image = sharp(base);
  switch (variant) {
    case 'original':
      return { bytes: base, extension: 'png' };
    case 'jpeg_high':
      return { bytes: await image.jpeg({ quality: 90 }).toBuffer(), extension: 'jpg' };
    case 'jpeg_low':
      return { bytes: await image.jpeg({ quality: 55 }).toBuffer(), extension: 'jpg' };
    case 'resized':
      return { bytes: await image.resize(240, 180).jpeg({ quality: 80 }).toBuffer(), extension: 'jpg' };
    case 'small':
      return { bytes: await image.resize(200, 150).png().toBuffer(), extension: 'png' };
    case 'cropped':
      return { bytes: await image.extract({ left: 2, top: 2, width: IMAGE_WIDTH - 4, height: IMAGE_HEIGHT - 4 }).jpeg({ quality: 85 }).toBuffer(), extension: 'jpg' };
  }
}

/**
 * Renders each base and variant once and keeps the bytes: a popular base is re-uploaded dozens of
 * times, and re-rendering it each time would cost more than hashing it.
 */
export class DemoImageCache {
  readonly #bases = new Map<number, Promise<Buffer>>();
  readonly #variants = new Map<string, Promise<{ bytes: Buffer; extension: 'png' | 'jpg' }>>();

  constructor(private readonly seed: number) {}

  base(index: number): Promise<Buffer> {
    let p = this.#bases.get(index);
    if (!p) this.#bases.set(index, (p = renderBaseImage(this.seed, index)));
    return p;
  }

  variant(index: number, variant: ImageVariant): Promise<{ bytes: Buffer; extension: 'png' | 'jpg' }> {
    const key = `${index}:${variant}`;
    let p = this.#variants.get(key);
    if (!p) this.#variants.set(key, (p = this.base(index).then((b) => renderVariant(b, variant))));
    return p;
  }
}
