// Matching two videos as bags of frame hashes (order and timestamps ignored). Two reference
// variants disagree in details, and both are reproduced:
//
// - 'threatexchange' (default; python-threatexchange match_VPDQ_hash_brute, what HMA runs):
//   drop frames whose hash repeats an earlier one, keep quality ≥ q, a frame matches at
//   distance ≤ d; percentages are over the unique kept frames.
// - 'cpp' (vpdq match-hashes-brute): no dedupe, keep quality ≥ q, match at distance < d (strict).
//
// A side with no frames left has 0 % (python-threatexchange would divide by zero).

import { hexToWords, popcount32 } from '../pdq/hash256.ts';

export type VpdqMatchRules = 'threatexchange' | 'cpp';

export interface VpdqFrameHash {
  readonly value: string;
  readonly quality: number;
}

export interface VpdqMatchOptions {
  readonly rules?: VpdqMatchRules;
  /** Frame distance threshold; 31 in both references. */
  readonly distance?: number;
  /** Minimum frame quality; 50 in both references. */
  readonly quality?: number;
}

export interface VpdqMatchResult {
  /** Share of the query's (kept) frames that match some compared frame, 0..100. */
  readonly queryMatchPercent: number;
  /** Share of the compared video's (kept) frames that match some query frame, 0..100. */
  readonly comparedMatchPercent: number;
  readonly queryFrames: number;
  readonly comparedFrames: number;
}

export interface VpdqDecisionThresholds {
  /** python-threatexchange VPDQ_QUERY_MATCH_THRESHOLD_PERCENT. */
  readonly queryPercent: number;
  /** python-threatexchange VPDQ_INDEX_MATCH_THRESHOLD_PERCENT. */
  readonly comparedPercent: number;
}

export const VPDQ_DEFAULT_DECISION: VpdqDecisionThresholds = { queryPercent: 80, comparedPercent: 0 };
export const VPDQ_FRAME_DISTANCE = 31;
export const VPDQ_FRAME_QUALITY = 50;

function prepare(frames: readonly VpdqFrameHash[], rules: VpdqMatchRules, quality: number): Uint32Array[] {
  const seen = new Set<string>();
  const kept: Uint32Array[] = [];
  for (const frame of frames) {
    // python-threatexchange dedupes before filtering on quality.
    if (rules === 'threatexchange') {
      if (seen.has(frame.value)) continue;
      seen.add(frame.value);
    }
    if (frame.quality < quality) continue;
    kept.push(new Uint32Array(hexToWords(frame.value).buffer));
  }
  return kept;
}

function distance(a: Uint32Array, b: Uint32Array): number {
  let d = 0;
  for (let i = 0; i < 8; i++) d += popcount32((a[i]! ^ b[i]!) >>> 0);
  return d;
}

export function matchVpdq(
  query: readonly VpdqFrameHash[],
  compared: readonly VpdqFrameHash[],
  options: VpdqMatchOptions = {},
): VpdqMatchResult {
  const rules = options.rules ?? 'threatexchange';
  const threshold = options.distance ?? VPDQ_FRAME_DISTANCE;
  const within = rules === 'cpp' ? (d: number) => d < threshold : (d: number) => d <= threshold;
  const q = prepare(query, rules, options.quality ?? VPDQ_FRAME_QUALITY);
  const c = prepare(compared, rules, options.quality ?? VPDQ_FRAME_QUALITY);
  const queryMatched = new Uint8Array(q.length);
  const comparedMatched = new Uint8Array(c.length);
  for (let i = 0; i < q.length; i++) {
    for (let j = 0; j < c.length; j++) {
      if (queryMatched[i] && comparedMatched[j]) continue;
      if (within(distance(q[i]!, c[j]!))) {
        queryMatched[i] = 1;
        comparedMatched[j] = 1;
      }
    }
  }
  const percent = (flags: Uint8Array): number => (flags.length === 0 ? 0 : (flags.reduce((s, f) => s + f, 0) * 100) / flags.length);
  return {
    queryMatchPercent: percent(queryMatched),
    comparedMatchPercent: percent(comparedMatched),
    queryFrames: q.length,
    comparedFrames: c.length,
  };
}

/** python-threatexchange's decision: query ≥ 80 % and compared ≥ 0 % by default. */
export function isVpdqMatch(result: VpdqMatchResult, thresholds: VpdqDecisionThresholds = VPDQ_DEFAULT_DECISION): boolean {
  return result.queryMatchPercent >= thresholds.queryPercent && result.comparedMatchPercent >= thresholds.comparedPercent;
}
