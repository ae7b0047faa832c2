// Limits applied to every piece of media before and while it is decoded. Uploads are untrusted
// and may be crafted against decoders, so each limit turns an attack (decompression bomb,
// endless video, hanging decoder) into a stable SignalError instead of exhausted memory or time.

export interface MediaLimits {
  /** Largest accepted file or buffer, in bytes. */
  readonly maxBytes: number;
  /** Largest image (or video frame) area, in pixels; passed to sharp's limitInputPixels. */
  readonly maxPixels: number;
  /** Largest width or height, in pixels. */
  readonly maxDimension: number;
  /** Longest accepted video, in seconds (container duration). */
  readonly maxVideoSeconds: number;
  /** Most decoded video frames accepted, whatever the container claims. */
  readonly maxVideoFrames: number;
  /** Wall-clock budget for decoding and hashing one file, in milliseconds. */
  readonly timeoutMs: number;
  /** Address-space cap for an ffmpeg child and heap cap for a hashing worker, in MiB. */
  readonly maxMemoryMb: number;
}

export const DEFAULT_MEDIA_LIMITS: MediaLimits = Object.freeze({
  maxBytes: 512 * 1024 * 1024,
  // 100 MP covers 12 000 × 8 000 camera images; a 16-bit RGBA decode of that is still < 1 GiB.
  maxPixels: 100_000_000,
  maxDimension: 30_000,
  maxVideoSeconds: 3 * 60 * 60,
  maxVideoFrames: 400_000,
  timeoutMs: 10 * 60 * 1000,
  maxMemoryMb: 4096,
});

export function resolveLimits(overrides: Partial<MediaLimits> = {}): MediaLimits {
  const limits = { ...DEFAULT_MEDIA_LIMITS };
  for (const [key, value] of Object.entries(overrides) as [keyof MediaLimits, number | undefined][]) {
    if (value === undefined) continue;
    if (!Number.isFinite(value) || value <= 0) throw new RangeError(`media limit ${key} must be a positive number`);
    limits[key] = value;
  }
  return Object.freeze(limits);
}
