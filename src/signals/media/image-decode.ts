// Image decoding with sharp (libvips), set up to hand PDQ the same pixels as the reference's
// ImageMagick decode: embedded ICC profiles are NOT applied (keepIccProfile), EXIF orientation is
// ignored (no rotate), alpha is dropped without compositing. Output is always 8-bit, so 16-bit
// images are reduced by libvips' proper 16→8 scaling rather than the reference CLI's low-byte cast.
//
// Hostile input: the header is read first (sharp's metadata does not decode pixels) and the
// declared size is checked against the limits before any pixel buffer is allocated; sharp's own
// limitInputPixels backs this up, and failOn 'warning' rejects truncated or damaged data.

import sharp, { type SharpOptions } from 'sharp';
import { SignalError } from '../errors.ts';
import type { PixelImage } from '../pdq/luma.ts';
import { withDeadline } from './deadline.ts';
import type { MediaLimits } from './limits.ts';
import { inspectSource, type InspectedSource, type MediaSource } from './source.ts';

export interface DecodedImage extends PixelImage {
  readonly format: string;
}

const DECODABLE_FORMATS = new Set(['jpeg', 'png', 'webp', 'gif', 'tiff', 'heif']);

function sharpOptions(limits: MediaLimits): SharpOptions {
  return { limitInputPixels: limits.maxPixels, failOn: 'warning', sequentialRead: true, animated: false };
}

export function checkDimensions(width: number, height: number, limits: MediaLimits): void {
  if (width > limits.maxDimension || height > limits.maxDimension || width * height > limits.maxPixels) {
    throw new SignalError(
      'MEDIA_DIMENSIONS_TOO_LARGE',
      `${width}×${height} exceeds the limits (${limits.maxDimension} px per side, ${limits.maxPixels} px in all)`,
    );
  }
}

// libvips loaders that hashing never needs and that have a history of vulnerabilities or can
// reach outside the file (SVG, PDF, ImageMagick). Content is sniffed before decoding anyway;
// this is defence in depth for processes that only hash.
const BLOCKED_LOADERS = [
  'VipsForeignLoadSvg',
  'VipsForeignLoadPdf',
  'VipsForeignLoadMagick',
  'VipsForeignLoadVips',
  'VipsForeignLoadFits',
  'VipsForeignLoadOpenslide',
  'VipsForeignLoadMatrix',
  'VipsForeignLoadCsv',
  'VipsForeignLoadPpm',
  'VipsForeignLoadRad',
];

/** Process-wide: blocks unneeded libvips loaders and disables sharp's cache (hashing workers). */
export function hardenSharpForHashing(options: { concurrency?: number } = {}): void {
  sharp.block({ operation: BLOCKED_LOADERS });
  sharp.cache(false);
  if (options.concurrency !== undefined) sharp.concurrency(options.concurrency);
}

/** Maps libvips' messages onto our codes; anything unrecognised is treated as corrupt data. */
function mapSharpError(error: unknown): SignalError {
  if (error instanceof SignalError) return error;
  const message = error instanceof Error ? error.message : String(error);
  if (/pixel limit|too large|exceeds/i.test(message)) {
    return new SignalError('MEDIA_DIMENSIONS_TOO_LARGE', message, { cause: error });
  }
  if (/unsupported image format|not in a supported|no decode/i.test(message)) {
    return new SignalError('MEDIA_UNSUPPORTED', message, { cause: error });
  }
  return new SignalError('MEDIA_CORRUPT', `the image cannot be decoded: ${message}`, { cause: error });
}

async function decode(source: MediaSource, limits: MediaLimits, inspected: InspectedSource): Promise<DecodedImage> {
  if (inspected.media?.kind !== 'photo') {
    throw new SignalError('MEDIA_UNSUPPORTED', 'the content is not an image format we decode');
  }
  const input = 'path' in source ? source.path : Buffer.from(source.bytes.buffer, source.bytes.byteOffset, source.bytes.byteLength);
  try {
    const metadata = await sharp(input, sharpOptions(limits)).metadata();
    if (!DECODABLE_FORMATS.has(metadata.format ?? '')) {
      throw new SignalError('MEDIA_UNSUPPORTED', `image format ${metadata.format ?? 'unknown'} is not accepted`);
    }
    if (!metadata.width || !metadata.height) throw new SignalError('MEDIA_CORRUPT', 'the image has no dimensions');
    checkDimensions(metadata.width, metadata.height, limits);
    const { data, info } = await sharp(input, sharpOptions(limits))
      .keepIccProfile()
      .removeAlpha()
      .raw({ depth: 'uchar' })
      .toBuffer({ resolveWithObject: true });
    const pixels = new Uint8Array(data.buffer, data.byteOffset, data.byteLength);
    return { data: pixels, width: info.width, height: info.height, channels: info.channels, format: metadata.format! };
  } catch (error) {
    throw mapSharpError(error);
  }
}

/** Decodes an image to 8-bit pixels within the limits (bytes, dimensions, wall time). */
export async function decodeImage(
  source: MediaSource,
  limits: MediaLimits,
  inspected?: InspectedSource,
): Promise<DecodedImage> {
  const checked = inspected ?? (await inspectSource(source, limits));
  return withDeadline(decode(source, limits, checked), limits.timeoutMs, 'decoding the image');
}
