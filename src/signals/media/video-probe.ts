// What a video claims about itself, read from ffmpeg's stream summary (the bundled ffmpeg has no
// ffprobe). It is only used to refuse early (too long, frames too large) and to pick the frame
// rate; the decoder still enforces frame and time limits, since headers can lie.

import { SignalError } from '../errors.ts';
import { runFfmpeg, safeInputArgs } from './ffmpeg.ts';
import type { MediaLimits } from './limits.ts';

export interface VideoInfo {
  readonly width: number;
  readonly height: number;
  /** avg_frame_rate, or r_frame_rate (tbr) when the average is unknown. */
  readonly fps: number;
  /** Container duration in seconds, when stated. */
  readonly durationSeconds: number | undefined;
}

/**
 * ffmpeg prints rates with two decimals ("29.97"). NTSC-style rates are n·1000/1001, so a printed
 * value within rounding of one is taken to be that exact rational.
 */
export function parseRate(text: string): number | undefined {
  const match = /^(\d+(?:\.\d+)?)(k?)$/.exec(text);
  if (!match) return undefined;
  const value = Number(match[1]) * (match[2] ? 1000 : 1);
  if (!(value > 0)) return undefined;
  if (!Number.isInteger(value)) {
    const n = Math.round((value * 1001) / 1000);
    if (Math.abs((n * 1000) / 1001 - value) < 0.005) return (n * 1000) / 1001;
  }
  return value;
}

export function parseVideoInfo(stderr: string): VideoInfo | undefined {
  const stream = stderr.split('\n').find((line) => /Stream #\d+:\d+.*: Video: /.test(line));
  if (!stream) return undefined;
  const size = /, (\d{1,6})x(\d{1,6})(?=[ ,[]|$)/.exec(stream);
  if (!size) return undefined;
  const fps = /, ([\d.]+k?) fps/.exec(stream);
  const tbr = /, ([\d.]+k?) tbr/.exec(stream);
  const rate = (fps && parseRate(fps[1]!)) ?? (tbr && parseRate(tbr[1]!)) ?? undefined;
  if (rate === undefined) return undefined;
  const duration = /Duration: (\d+):(\d{2}):(\d{2}(?:\.\d+)?)/.exec(stderr);
  const durationSeconds = duration ? Number(duration[1]) * 3600 + Number(duration[2]) * 60 + Number(duration[3]) : undefined;
  return { width: Number(size[1]), height: Number(size[2]), fps: rate, durationSeconds };
}

export async function probeVideo(
  ffmpegPath: string,
  path: string,
  demuxer: string,
  limits: MediaLimits,
  hooks: { onSpawn?: (pid: number) => void; onExit?: (pid: number) => void } = {},
): Promise<VideoInfo> {
  // With no output ffmpeg prints the input summary and exits with an error; that is expected.
  const result = await runFfmpeg(ffmpegPath, ['-loglevel', 'info', ...safeInputArgs(path, demuxer)], {
    timeoutMs: limits.timeoutMs,
    maxMemoryMb: limits.maxMemoryMb,
    ...hooks,
  });
  if (result.stoppedBy === 'timeout') throw new SignalError('MEDIA_DECODE_TIMEOUT', 'probing the video timed out');
  const info = parseVideoInfo(result.stderr);
  if (!info) {
    if (/Stream #\d+:\d+/.test(result.stderr)) throw new SignalError('MEDIA_UNSUPPORTED', 'the file has no video stream');
    throw new SignalError('MEDIA_CORRUPT', `the video cannot be read: ${lastLine(result.stderr)}`);
  }
  if (info.width < 1 || info.height < 1) throw new SignalError('MEDIA_CORRUPT', 'the video has no frame size');
  if (info.width > limits.maxDimension || info.height > limits.maxDimension || info.width * info.height > limits.maxPixels) {
    throw new SignalError('MEDIA_DIMENSIONS_TOO_LARGE', `video frames of ${info.width}×${info.height} exceed the limits`);
  }
  if (info.durationSeconds !== undefined && info.durationSeconds > limits.maxVideoSeconds) {
    throw new SignalError('MEDIA_TOO_LONG', `the video lasts ${info.durationSeconds} s; the limit is ${limits.maxVideoSeconds} s`);
  }
  return info;
}

export function lastLine(text: string): string {
  const lines = text.trim().split('\n');
  return (lines[lines.length - 1] ?? '').trim().slice(0, 300);
}
