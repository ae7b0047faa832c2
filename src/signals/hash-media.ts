// Hashing one piece of content with a chosen set of signal types. This is what a pool worker
// runs per file, and what callers without a pool can call directly. The content is classified
// from its bytes (photo, video, or any other file); signal types that do not apply to that
// class are skipped, but a file that is not media while a perceptual signal was asked for is an
// error (MEDIA_UNSUPPORTED): a "photo" that cannot be decoded must not pass silently.

import { SignalError } from './errors.ts';
import { resolveLimits, type MediaLimits } from './media/limits.ts';
import { inspectSource, type MediaSource } from './media/source.ts';
import type { PdqSignalOptions } from './pdq/pdq.signal.ts';
import { defaultRegistry, type SignalRegistry } from './registry.ts';
import type { ContentType, HashContext, SignalHash, SignalType } from './signal-type.ts';
import type { VpdqOptions } from './vpdq/vpdq-hasher.ts';

export interface SignalOptions {
  readonly pdq?: PdqSignalOptions;
  readonly vpdq?: VpdqOptions;
  readonly [signal: string]: unknown;
}

export interface HashOptions {
  readonly limits?: Partial<MediaLimits>;
  /** ffmpeg for video; the application passes VIGIL_FFMPEG_PATH. Default: @ffmpeg-installer/ffmpeg. */
  readonly ffmpegPath?: string;
  readonly signalOptions?: SignalOptions;
  readonly registry?: SignalRegistry;
  /** Reports ffmpeg child pids (the pool uses this to kill them if a worker is terminated). */
  readonly onSpawn?: (pid: number) => void;
  readonly onExit?: (pid: number) => void;
}

export interface HashResult {
  readonly contentType: ContentType;
  /** Detected format (jpeg, png, mp4, ...), when the content is media. */
  readonly format?: string;
  /** Keyed by signal type name; only the requested types that apply to the content. */
  readonly signals: Readonly<Record<string, SignalHash>>;
}

const isPerceptual = (type: SignalType): boolean => !type.contentTypes.includes('file') && !type.contentTypes.includes('text');

function resolveTypes(signals: readonly string[], registry: SignalRegistry): SignalType[] {
  if (signals.length === 0) throw new SignalError('SIGNAL_TYPE_UNKNOWN', 'no signal type requested');
  return [...new Set(signals)].map((name) => registry.get(name));
}

function contextFrom(options: HashOptions, limits: MediaLimits): HashContext {
  return {
    limits,
    ffmpegPath: options.ffmpegPath,
    options: options.signalOptions ?? {},
    onSpawn: options.onSpawn,
    onExit: options.onExit,
  };
}

export async function hashMedia(source: MediaSource, signals: readonly string[], options: HashOptions = {}): Promise<HashResult> {
  const registry = options.registry ?? defaultRegistry;
  const types = resolveTypes(signals, registry);
  const limits = resolveLimits(options.limits);
  const inspected = await inspectSource(source, limits);
  const contentType: ContentType = inspected.media?.kind ?? 'file';
  if (contentType === 'file' && types.some(isPerceptual)) {
    throw new SignalError('MEDIA_UNSUPPORTED', 'the content is not an image or video format we decode');
  }
  const applicable = types.filter((type) => type.contentTypes.includes(contentType));
  if (applicable.length === 0) {
    throw new SignalError('MEDIA_UNSUPPORTED', `none of the requested signals (${signals.join(', ')}) applies to a ${contentType}`);
  }
  // Perceptual hashes first: if the media is corrupt, fail before spending time on digests.
  applicable.sort((a, b) => Number(isPerceptual(b)) - Number(isPerceptual(a)));
  const context = contextFrom(options, limits);
  const results: Record<string, SignalHash> = {};
  for (const type of applicable) results[type.name] = await type.hash({ kind: 'media', source }, context);
  return { contentType, ...(inspected.media ? { format: inspected.media.format } : {}), signals: results };
}

export async function hashText(text: string, signals: readonly string[], options: HashOptions = {}): Promise<HashResult> {
  const registry = options.registry ?? defaultRegistry;
  const types = resolveTypes(signals, registry).filter((type) => type.contentTypes.includes('text'));
  if (types.length === 0) throw new SignalError('MEDIA_UNSUPPORTED', 'none of the requested signals applies to text');
  const context = contextFrom(options, resolveLimits(options.limits));
  const results: Record<string, SignalHash> = {};
  for (const type of types) results[type.name] = await type.hash({ kind: 'text', text }, context);
  return { contentType: 'text', signals: results };
}
