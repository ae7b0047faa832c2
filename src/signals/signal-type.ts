// The signal-type plug-in contract, after python-threatexchange's SignalType: a name, the content
// types it applies to, validation of exchanged values, hashing, distance, thresholds, and example
// values that the shared tests run every type against. Adding a signal type means adding one
// folder that exports one of these and listing it in registry.ts.

import type { MediaLimits } from './media/limits.ts';
import type { MediaSource } from './media/source.ts';

export type ContentType = 'photo' | 'video' | 'text' | 'file';

/** What a signal type hashes: media (a file or bytes) or text. */
export type SignalContent =
  | { readonly kind: 'media'; readonly source: MediaSource }
  | { readonly kind: 'text'; readonly text: string };

/** Everything hash() may need besides the content; passed in, never read from config. */
export interface HashContext {
  readonly limits: MediaLimits;
  /** ffmpeg binary for video; defaults to the one shipped by @ffmpeg-installer/ffmpeg. */
  readonly ffmpegPath?: string;
  /** Signal-specific options, e.g. `{ pdq: { cliCompat512: true } }`. */
  readonly options?: Readonly<Record<string, unknown>>;
  /** Reports child processes started for this hash (ffmpeg), so a supervisor can kill them. */
  readonly onSpawn?: (pid: number) => void;
  readonly onExit?: (pid: number) => void;
}

/** A video frame hash (vPDQ). */
export interface VpdqFrame {
  readonly frame: number;
  readonly quality: number;
  /** PDQ hash of the frame, 64 lowercase hex digits. */
  readonly value: string;
  /** Seconds, float32(frame) / float32(fps), rounded to 3 decimals. */
  readonly timestamp: number;
}

export interface SignalHash {
  /** The signal value as exchanged (validate(value) === value). */
  readonly value: string;
  /** 0..100 for perceptual hashes. */
  readonly quality?: number;
  /** Per-frame hashes, for video signals. */
  readonly frames?: readonly VpdqFrame[];
}

export interface SignalThresholds {
  /** Two values match when distance(query, candidate) <= matchDistance. */
  readonly matchDistance: number;
  /** Hashes below this quality are not used for matching. */
  readonly minQuality?: number;
}

export interface SignalType {
  readonly name: string;
  readonly description: string;
  readonly contentTypes: readonly ContentType[];
  readonly thresholds: SignalThresholds;
  /** Returns the canonical form of an exchanged value, or throws SignalError SIGNAL_INVALID. */
  validate(value: string): string;
  /** Hashes content this type applies to; throws SignalError (MEDIA_*) for content it cannot use. */
  hash(content: SignalContent, context: HashContext): Promise<SignalHash>;
  /** A distance where 0 means identical; compared against thresholds.matchDistance. */
  distance(query: string, candidate: string): number;
  /** distance(query, candidate) <= thresholds.matchDistance. */
  matches(query: string, candidate: string): boolean;
  /** Valid values, used by the shared signal-type tests and by demo data. */
  readonly examples: readonly string[];
  /** Values validate() must reject. */
  readonly invalidExamples: readonly string[];
}
