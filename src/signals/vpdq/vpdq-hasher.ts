// vPDQ hashing, matching the reference `vpdq-hash-video`: decode the first video stream, number
// decoded frames from 0 in output order, keep frames whose number is a multiple of
// int(secondsPerHash · fps), convert each to RGB24 with swscale's area filter, and PDQ-hash it at
// full resolution with the RGB luma formula. ffmpeg does the decode and the conversion in a child
// process (see media/ffmpeg.ts for its confinement); frames stream through a pipe and are hashed
// as they arrive, so memory stays at about one frame.

import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SignalError } from '../errors.ts';
import { resolveFfmpegPath, runFfmpeg, safeInputArgs } from '../media/ffmpeg.ts';
import type { MediaLimits } from '../media/limits.ts';
import { inspectSource, type MediaSource } from '../media/source.ts';
import { lastLine, probeVideo } from '../media/video-probe.ts';
import { PdqHasher, PDQ_MIN_DIMENSION } from '../pdq/pdq-hasher.ts';
import type { VpdqFrame } from '../signal-type.ts';
import { formatMillis, frameTimestamp } from './vpdq-format.ts';

export interface VpdqOptions {
  /** Seconds between hashed frames; 0 hashes every frame. python-threatexchange uses 1. */
  readonly secondsPerHash?: number;
  /** 0 keeps the native frame size; N scales every frame to N×N (aspect ratio not kept). */
  readonly downsampleSize?: number;
}

export interface VideoHashContext {
  readonly limits: MediaLimits;
  readonly ffmpegPath?: string;
  readonly onSpawn?: (pid: number) => void;
  readonly onExit?: (pid: number) => void;
}

export const DEFAULT_SECONDS_PER_HASH = 1;

const CONTAINER_DAMAGE = /partial file|Invalid data found when processing input|moov atom not found|Truncating packet/i;

export function frameModulus(secondsPerHash: number, fps: number): number {
  return Math.max(1, Math.trunc(secondsPerHash * fps));
}

/** Hashes a video file or buffer; buffers go through a private temporary file (ffmpeg needs to seek). */
export async function hashVideo(source: MediaSource, context: VideoHashContext, options: VpdqOptions = {}): Promise<VpdqFrame[]> {
  const inspected = await inspectSource(source, context.limits);
  if (inspected.media?.kind !== 'video') throw new SignalError('MEDIA_UNSUPPORTED', 'the content is not a video format we decode');
  const { demuxer } = inspected.media;
  if ('path' in source) return hashVideoFile(source.path, demuxer!, context, options);
  const dir = await mkdtemp(join(tmpdir(), 'vigil-vpdq-'));
  try {
    const path = join(dir, 'input');
    await writeFile(path, source.bytes, { mode: 0o600 });
    return await hashVideoFile(path, demuxer!, context, options);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

async function hashVideoFile(path: string, demuxer: string, context: VideoHashContext, options: VpdqOptions): Promise<VpdqFrame[]> {
  const { limits } = context;
  const started = Date.now();
  const ffmpegPath = resolveFfmpegPath(context.ffmpegPath);
  const hooks = { onSpawn: context.onSpawn, onExit: context.onExit };
  const info = await probeVideo(ffmpegPath, path, demuxer, limits, hooks);
  const size = options.downsampleSize ?? 0;
  const width = size > 0 ? size : info.width;
  const height = size > 0 ? size : info.height;
  if (width < PDQ_MIN_DIMENSION || height < PDQ_MIN_DIMENSION) {
    throw new SignalError('MEDIA_UNSUPPORTED', `video frames of ${width}×${height} are too small to hash`);
  }
  const modulus = frameModulus(options.secondsPerHash ?? DEFAULT_SECONDS_PER_HASH, info.fps);
  // Frames past this many outputs mean more decoded frames than the limit allows.
  const maxOutputs = Math.floor(limits.maxVideoFrames / modulus) + 1;
  const filters = [
    ...(modulus > 1 ? [`select=not(mod(n\\,${modulus}))`] : []),
    `scale=${width}:${height}:flags=area`,
    'format=rgb24',
  ];
  const args = [
    '-loglevel', 'error',
    '-noautorotate',
    ...safeInputArgs(path, demuxer),
    '-map', '0:v:0', '-an', '-sn', '-dn',
    // Pass decoded frames through unchanged: no duplication or dropping to a constant rate, so
    // output frame k is decoded frame k·modulus, as the reference numbers them.
    '-vsync', 'passthrough',
    '-vf', filters.join(','),
    '-frames:v', String(maxOutputs + 1),
    '-f', 'rawvideo', '-pix_fmt', 'rgb24', 'pipe:1',
  ];

  const frameBytes = width * height * 3;
  const buffer = Buffer.allocUnsafe(frameBytes);
  const hasher = new PdqHasher();
  const frames: VpdqFrame[] = [];
  let filled = 0;
  let tooLong = false;
  const onStdout = (chunk: Buffer): boolean => {
    let offset = 0;
    while (offset < chunk.length) {
      const n = Math.min(frameBytes - filled, chunk.length - offset);
      chunk.copy(buffer, filled, offset, offset + n);
      filled += n;
      offset += n;
      if (filled < frameBytes) break;
      filled = 0;
      if (frames.length >= maxOutputs) {
        tooLong = true;
        return false;
      }
      const frame = frames.length * modulus;
      const { hash, quality } = hasher.hashPixels({ data: buffer, width, height, channels: 3 }, { formula: 'rgb' });
      frames.push({ frame, quality, value: hash, timestamp: Number(formatMillis(frameTimestamp(frame, info.fps))) });
    }
    return true;
  };
  const remainingMs = Math.max(1, limits.timeoutMs - (Date.now() - started));
  const result = await runFfmpeg(ffmpegPath, args, { timeoutMs: remainingMs, maxMemoryMb: limits.maxMemoryMb, onStdout, ...hooks });
  if (tooLong) throw new SignalError('MEDIA_TOO_LONG', `the video has more than ${limits.maxVideoFrames} frames`);
  if (result.stoppedBy === 'timeout') throw new SignalError('MEDIA_DECODE_TIMEOUT', `decoding the video took longer than ${limits.timeoutMs} ms`);
  if (result.code !== 0) throw new SignalError('MEDIA_CORRUPT', `the video cannot be decoded: ${lastLine(result.stderr)}`);
  // ffmpeg reads a truncated or damaged container to the end and still exits 0. Truncation is
  // refused; isolated decoder errors inside a stream (common in re-encoded uploads) are not.
  if (CONTAINER_DAMAGE.test(result.stderr)) {
    throw new SignalError('MEDIA_CORRUPT', `the video file is truncated or damaged: ${lastLine(result.stderr)}`);
  }
  if (frames.length === 0) throw new SignalError('MEDIA_CORRUPT', 'no video frame could be decoded');
  return frames;
}
