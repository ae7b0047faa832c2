// Public surface of the matching library: pure indexes over signal values, importing nothing else
// from Vigil. One index per signal type, all behind SignalIndex.
export { byDistanceThenId, checkId, type IndexMatch, type SignalIndex } from './signal-index.ts';
export {
  checkThreshold,
  formatPdqHex,
  hammingDistance,
  isPdqHex,
  parsePdqHex,
  pdqDistance,
  PDQ_BITS,
  PDQ_DEFAULT_THRESHOLD,
  PDQ_WORDS,
  popcount32,
  toPdqWords,
  type PdqHashInput,
  type PdqWords,
} from './pdq/hash-words.ts';
export { LinearScanIndex } from './pdq/linear-scan-index.ts';
export { PdqIndex, type PdqIndexOptions, type PdqIndexStats } from './pdq/pdq-index.ts';
export { MIH_MAX_THRESHOLD, MAX_SEGMENT_SIZE } from './pdq/segment.ts';
export type { CostWeights, LayoutOptions } from './pdq/chunk-layout.ts';
export { ExactIndex } from './exact/exact-index.ts';
export {
  uniqueQualityFrames,
  VpdqFrameIndex,
  type VpdqFrame,
  type VpdqIndexOptions,
  type VpdqMatch,
  type VpdqQueryOptions,
} from './vpdq/vpdq-frame-index.ts';
export {
  startBackgroundCompaction,
  type BackgroundCompaction,
  type BackgroundCompactionOptions,
  type Maintainable,
} from './compaction-scheduler.ts';
