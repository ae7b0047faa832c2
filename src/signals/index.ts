// The signals library's public surface: signal types and their registry, hashing of media and
// text (in-process or on a pool of worker threads), PDQ/vPDQ primitives, and the error codes.
// Pure: nothing here imports from elsewhere in Vigil; limits, paths and options are passed in.

export { SignalError, SIGNAL_ERROR_CODES, isSignalError, type SignalErrorCode } from './errors.ts';
export type {
  ContentType,
  HashContext,
  SignalContent,
  SignalHash,
  SignalThresholds,
  SignalType,
  VpdqFrame,
} from './signal-type.ts';
export { BUILT_IN_SIGNAL_TYPES, SignalRegistry, defaultRegistry } from './registry.ts';
export { hashMedia, hashText, type HashOptions, type HashResult, type SignalOptions } from './hash-media.ts';
export { createHashPool, type HashPool, type HashPoolOptions } from './pool.ts';
export { DEFAULT_MEDIA_LIMITS, resolveLimits, type MediaLimits } from './media/limits.ts';
export type { MediaSource } from './media/source.ts';
export { resolveFfmpegPath } from './media/ffmpeg.ts';

export { pdqSignal, PDQ_MATCH_DISTANCE, PDQ_MIN_QUALITY, type PdqSignalOptions } from './pdq/pdq.signal.ts';
export {
  PdqHasher,
  pdqDihedralFromPixels,
  pdqFromLuma,
  pdqFromPixels,
  type PdqDihedralHashes,
  type PdqHash,
  type PdqPixelOptions,
} from './pdq/pdq-hasher.ts';
export { DIHEDRAL_NAMES, type DihedralName } from './pdq/dihedral.ts';
export { hexToWords, pdqDistance, pdqNorm, wordsToHex, PDQ_ZERO_HEX } from './pdq/hash256.ts';
export type { PixelImage } from './pdq/luma.ts';

export { vpdqSignal } from './vpdq/vpdq.signal.ts';
export { hashVideo, type VpdqOptions } from './vpdq/vpdq-hasher.ts';
export {
  isVpdqMatch,
  matchVpdq,
  VPDQ_DEFAULT_DECISION,
  type VpdqDecisionThresholds,
  type VpdqMatchOptions,
  type VpdqMatchResult,
  type VpdqMatchRules,
} from './vpdq/vpdq-match.ts';
export { formatFrameLine, parseFrameLine, parseVpdq, serializeVpdq } from './vpdq/vpdq-format.ts';

export { md5Signal } from './md5/md5.signal.ts';
export { sha256Signal } from './sha256/sha256.signal.ts';
export { textSha256Signal, textSha256 } from './text/text-sha256.signal.ts';
export { textTlshSignal, TLSH_MATCH_DISTANCE } from './text/text-tlsh.signal.ts';
export { normaliseText } from './text/normalise.ts';
export { tlshHash, tlshDistanceNoLength } from './text/tlsh.ts';
