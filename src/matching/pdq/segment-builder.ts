// Building segments, as generators that yield every few milliseconds of work. Run to the end they
// are an ordinary synchronous build (bulk loads, small merges); stepped under a time budget they
// let a large merge proceed between queries on the single JavaScript thread, so no rebuild ever
// blocks matching for long. The output is always a new segment; sources are only read.
import { chooseLayout, DEFAULT_LAYOUT_OPTIONS, type LayoutOptions } from './chunk-layout.ts';
import { buildChunkPostings, Pace, PARTITION_MIN, type PartitionScratch } from './chunk-postings.ts';
import { PDQ_WORDS } from './hash-words.ts';
import { sortedOrder } from './id-order.ts';
import { FLAG_DISABLED, FLAG_REMOVED } from './scan.ts';
import { MAX_SEGMENT_SIZE, Segment } from './segment.ts';

/** Default entry-passes of work between two yields (about a millisecond). */
export const DEFAULT_SLICE = 1 << 15;

/** Typed arrays a build has allocated so far (for memory accounting while it runs). */
export interface BuildProgress {
  arrays: ArrayBufferView[];
}

export type SegmentBuild = Generator<void, Segment, void>;

/** Runs a build to the end. */
export function finish<T>(build: Generator<void, T, void>): T {
  for (;;) {
    const step = build.next();
    if (step.done === true) return step.value;
  }
}

/**
 * Builds the multi-index over entries already sorted by id (ids are unique). Takes ownership of
 * the arrays.
 */
export function* indexSorted(
  ids: Float64Array,
  words: Uint32Array,
  flags: Uint8Array,
  layoutOptions: LayoutOptions = DEFAULT_LAYOUT_OPTIONS,
  progress: BuildProgress = { arrays: [] },
  slice = DEFAULT_SLICE,
): SegmentBuild {
  const n = ids.length;
  if (n > MAX_SEGMENT_SIZE) throw new RangeError(`A segment holds at most ${MAX_SEGMENT_SIZE} entries`);
  const layout = chooseLayout(n, layoutOptions);
  // Yield after `slice` entry-passes of work, so small builds finish in one step.
  const pace = new Pace(slice);
  let scratch: PartitionScratch | null = null;
  if (n >= PARTITION_MIN) {
    scratch = { top: new Uint32Array(n), value: new Uint32Array(n) };
    progress.arrays.push(scratch.top, scratch.value);
  }
  const offsets: Uint32Array[] = [];
  const postings: Uint32Array[] = [];
  for (let i = 0; i < layout.count; i++) {
    const off = new Uint32Array(2 ** layout.tableBits[i]! + 1);
    const post = new Uint32Array(n);
    progress.arrays.push(off, post);
    yield* buildChunkPostings(words, n, layout, i, off, post, scratch, pace);
    offsets.push(off);
    postings.push(post);
  }
  if (scratch !== null) progress.arrays.splice(progress.arrays.indexOf(scratch.top), 2);
  return new Segment(ids, words, flags, layout, offsets, postings, layoutOptions.weights);
}

/**
 * Copies live entries in id order from `sources` into the output, from `out` up to `stop`; returns
 * where it stopped (short of `stop` only when the sources ran out). A plain function, not part of
 * the generator, so the compiler optimises the loop.
 */
function gather(
  sources: readonly Segment[],
  heads: Int32Array,
  ids: Float64Array,
  words: Uint32Array,
  flags: Uint8Array,
  out: number,
  stop: number,
): number {
  while (out < stop) {
    // Pick the source whose next live entry has the smallest id (sources are few).
    let best = -1;
    let bestId = Infinity;
    for (let k = 0; k < sources.length; k++) {
      const s = sources[k]!;
      let h = heads[k]!;
      while (h < s.size && (s.flags[h]! & FLAG_REMOVED) !== 0) h++;
      heads[k] = h;
      if (h < s.size && s.ids[h]! < bestId) {
        bestId = s.ids[h]!;
        best = k;
      }
    }
    if (best < 0) break;
    const s = sources[best]!;
    const h = heads[best]!;
    ids[out] = bestId;
    copyHash(s.words, h * PDQ_WORDS, words, out * PDQ_WORDS);
    flags[out] = s.flags[h]! & FLAG_DISABLED;
    heads[best] = h + 1;
    out++;
  }
  return out;
}

/** Copies one hash; a plain loop, as a subarray per entry would allocate. */
function copyHash(from: Uint32Array, a: number, to: Uint32Array, b: number): void {
  for (let j = 0; j < PDQ_WORDS; j++) to[b + j] = from[a + j]!;
}

/**
 * Segments holding the given entries (any id order, ids unique; `flags` may carry FLAG_DISABLED),
 * split at the segment size limit. Copies its inputs.
 */
export function buildSegments(
  ids: Float64Array,
  words: Uint32Array,
  flags: Uint8Array | null,
  layoutOptions: LayoutOptions = DEFAULT_LAYOUT_OPTIONS,
  maxSegmentSize = MAX_SEGMENT_SIZE,
): Segment[] {
  const n = ids.length;
  if (words.length !== n * PDQ_WORDS) throw new RangeError('words must hold 8 words per id');
  const order = sortedOrder(ids);
  const segments: Segment[] = [];
  for (let from = 0; from < n; from += maxSegmentSize) {
    const to = Math.min(n, from + maxSegmentSize);
    const sIds = new Float64Array(to - from);
    const sWords = new Uint32Array((to - from) * PDQ_WORDS);
    const sFlags = new Uint8Array(to - from);
    for (let i = from; i < to; i++) {
      const src = order === null ? i : order[i]!;
      const id = ids[src]!;
      if (!Number.isSafeInteger(id) || id < 0) throw new RangeError(`An index id is a non-negative safe integer, got ${id}`);
      if (i > from && sIds[i - from - 1] === id) throw new RangeError(`Duplicate id ${id}`);
      sIds[i - from] = id;
      copyHash(words, src * PDQ_WORDS, sWords, (i - from) * PDQ_WORDS);
      sFlags[i - from] = flags === null ? 0 : flags[src]! & FLAG_DISABLED;
    }
    if (from > 0 && ids[order === null ? from - 1 : order[from - 1]!] === sIds[0]) throw new RangeError(`Duplicate id ${sIds[0]}`);
    segments.push(finish(indexSorted(sIds, sWords, sFlags, layoutOptions)));
  }
  return segments;
}

/**
 * Merges the live entries of `sources` (each sorted by id) into one new segment, keeping disabled
 * flags. Removals made while this runs are not seen; the caller replays them at the swap.
 */
export function* mergeSegments(
  sources: readonly Segment[],
  layoutOptions: LayoutOptions = DEFAULT_LAYOUT_OPTIONS,
  progress: BuildProgress = { arrays: [] },
  slice = DEFAULT_SLICE,
): SegmentBuild {
  let live = 0;
  for (const s of sources) live += s.live;
  const ids = new Float64Array(live);
  const words = new Uint32Array(live * PDQ_WORDS);
  const flags = new Uint8Array(live);
  progress.arrays.push(ids, words, flags);
  const heads = new Int32Array(sources.length);
  let out = 0;
  while (out < live) {
    const stop = Math.min(live, out + slice);
    const reached = gather(sources, heads, ids, words, flags, out, stop);
    if (reached < stop) {
      out = reached; // entries were removed since `live` was counted
      break;
    }
    out = reached;
    yield;
  }
  // Removals before the gather reached an entry shrink the output; trim rather than keep holes.
  const n = out;
  return yield* indexSorted(
    n === live ? ids : ids.slice(0, n),
    n === live ? words : words.slice(0, n * PDQ_WORDS),
    n === live ? flags : flags.slice(0, n),
    layoutOptions,
    progress,
    slice,
  );
}
