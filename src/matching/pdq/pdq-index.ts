// The PDQ index the application matches against: a log-structured set of immutable multi-index
// segments plus a small mutable delta.
//
// - add() writes to the delta, which is scanned, so a new hash matches on the very next query.
//   When the delta fills it is frozen into a small segment (a few milliseconds of work).
// - remove() and setEnabled() flip a flag byte in place; nothing is rebuilt.
// - Segments are merged in pairs of similar size, like a binary counter, so each entry is
//   rewritten O(log n) times and a query visits O(log n) segments. Merges of up to
//   `syncMergeLimit` entries run inline; larger ones run in time-bounded slices from maintain()
//   while queries keep using the old segments, and are swapped in when complete.
// - Queries at thresholds up to 31 probe the multi-index; above 31 they scan.
import { byDistanceThenId, checkId, type IndexMatch, type SignalIndex } from '../signal-index.ts';
import { DEFAULT_LAYOUT_OPTIONS, type LayoutOptions } from './chunk-layout.ts';
import { checkThreshold, PDQ_DEFAULT_THRESHOLD, toPdqWords, type PdqHashInput } from './hash-words.ts';
import { LinearScanIndex } from './linear-scan-index.ts';
import { FLAG_DISABLED, newSlotHits } from './scan.ts';
import { buildSegments, DEFAULT_SLICE, finish, mergeSegments, type BuildProgress, type SegmentBuild } from './segment-builder.ts';
import { MAX_SEGMENT_SIZE, type Segment } from './segment.ts';

export interface PdqIndexOptions {
  /** Entries the scanned delta holds before it is frozen into a segment. Default 4096. */
  deltaCapacity?: number;
  /** Merges of at most this many entries run inline (~15 ms); larger ones wait for maintain(). Default 16384. */
  syncMergeLimit?: number;
  /** A segment is rewritten once this share of it has been removed. Default 0.25. */
  rewriteRemovedShare?: number;
  /** Entry-passes of merge work per slice of maintain(); smaller slices mean shorter pauses. */
  mergeSlice?: number;
  /** Chunk layout tuning (memory bound, cost weights). */
  layout?: LayoutOptions;
}

interface MergeJob {
  sources: Segment[];
  build: SegmentBuild;
  progress: BuildProgress;
  /** Ids removed or re-enabled in a source while the merge runs, replayed at the swap. */
  touched: Set<number>;
}

export interface PdqIndexStats {
  /** Live entries per segment, oldest first. */
  segments: number[];
  delta: number;
  merging: boolean;
  /** Merges completed since the index was made. */
  merges: number;
}

export class PdqIndex implements SignalIndex<PdqHashInput, IndexMatch> {
  readonly #deltaCapacity: number;
  readonly #syncMergeLimit: number;
  readonly #rewriteShare: number;
  readonly #layout: LayoutOptions;
  readonly #slice: number;
  #segments: Segment[] = [];
  #delta: LinearScanIndex;
  #merge: MergeJob | null = null;
  #merges = 0;

  constructor(options: PdqIndexOptions = {}) {
    this.#deltaCapacity = Math.max(1, options.deltaCapacity ?? 4096);
    this.#syncMergeLimit = options.syncMergeLimit ?? 16384;
    this.#rewriteShare = options.rewriteRemovedShare ?? 0.25;
    this.#layout = options.layout ?? DEFAULT_LAYOUT_OPTIONS;
    this.#slice = Math.max(1, options.mergeSlice ?? DEFAULT_SLICE);
    this.#delta = new LinearScanIndex(this.#deltaCapacity);
  }

  /**
   * An index over a bulk load: `words` holds 8 words per id; ids are unique safe integers in any
   * order. Builds synchronously (on the reference machine 0.4 s for 1 M hashes, 4 s for 10 M);
   * the inputs are copied.
   */
  static fromArrays(ids: Float64Array | readonly number[], words: Uint32Array, options: PdqIndexOptions = {}): PdqIndex {
    const index = new PdqIndex(options);
    const idArray = ids instanceof Float64Array ? ids : Float64Array.from(ids);
    index.#segments = buildSegments(idArray, words, null, index.#layout, MAX_SEGMENT_SIZE);
    return index;
  }

  get size(): number {
    let n = this.#delta.size;
    for (const s of this.#segments) n += s.live;
    return n;
  }

  has(id: number): boolean {
    return this.#delta.has(id) || this.#find(id) !== null;
  }

  add(id: number, hash: PdqHashInput): void {
    checkId(id);
    const words = toPdqWords(hash);
    if (!this.#delta.has(id)) this.#removeFromSegments(id);
    this.#delta.add(id, words);
    if (this.#delta.size >= this.#deltaCapacity) this.flush();
  }

  remove(id: number): boolean {
    return this.#delta.remove(id) || this.#removeFromSegments(id);
  }

  setEnabled(id: number, enabled: boolean): boolean {
    if (this.#delta.setEnabled(id, enabled)) return true;
    const found = this.#find(id);
    if (found === null) return false;
    const [segment, slot] = found;
    if (enabled) segment.flags[slot]! &= ~FLAG_DISABLED;
    else segment.flags[slot]! |= FLAG_DISABLED;
    this.#touch(segment, id);
    return true;
  }

  query(hash: PdqHashInput, threshold: number = PDQ_DEFAULT_THRESHOLD): IndexMatch[] {
    checkThreshold(threshold);
    const q = toPdqWords(hash);
    const out = this.#delta.query(q, threshold);
    const hits = newSlotHits();
    for (const segment of this.#segments) {
      hits.slots.length = 0;
      hits.distances.length = 0;
      segment.search(q, threshold, hits);
      for (let i = 0; i < hits.slots.length; i++) out.push({ id: segment.ids[hits.slots[i]!]!, distance: hits.distances[i]! });
    }
    return out.sort(byDistanceThenId);
  }

  queryBatch(hashes: readonly PdqHashInput[], threshold: number = PDQ_DEFAULT_THRESHOLD): IndexMatch[][] {
    return hashes.map((h) => this.query(h, threshold));
  }

  /** Freezes the delta into a segment now (it is still merged by the usual policy). */
  flush(): void {
    if (this.#delta.size > 0) {
      const { ids, words, flags } = this.#delta.snapshot();
      this.#delta = new LinearScanIndex(this.#deltaCapacity);
      this.#segments.push(...buildSegments(ids, words, flags, this.#layout));
    }
    this.#mergeInline();
  }

  /**
   * Does up to `budgetMs` of pending merge work; true when more remains. Call it from a timer or
   * between requests (see startBackgroundCompaction).
   */
  maintain(budgetMs = 5): boolean {
    const deadline = performance.now() + budgetMs;
    for (;;) {
      if (this.#merge === null) {
        const sources = this.#pickMerge(MAX_SEGMENT_SIZE);
        if (sources === null) return false;
        this.#startMerge(sources);
      }
      const job = this.#merge!;
      for (;;) {
        const step = job.build.next();
        if (step.done === true) {
          this.#swap(job, step.value);
          break;
        }
        if (performance.now() >= deadline) return true;
      }
      if (performance.now() >= deadline) return this.#merge !== null || this.#pickMerge(MAX_SEGMENT_SIZE) !== null;
    }
  }

  /** Runs every pending merge to the end (after a bulk load, before a snapshot). */
  compact(): void {
    this.flush();
    while (this.maintain(Infinity));
  }

  memoryBytes(): number {
    let bytes = this.#delta.memoryBytes();
    for (const s of this.#segments) bytes += s.memoryBytes();
    if (this.#merge !== null) for (const a of this.#merge.progress.arrays) bytes += a.byteLength;
    return bytes;
  }

  stats(): PdqIndexStats {
    return { segments: this.#segments.map((s) => s.live), delta: this.#delta.size, merging: this.#merge !== null, merges: this.#merges };
  }

  #find(id: number): [Segment, number] | null {
    for (let k = this.#segments.length - 1; k >= 0; k--) {
      const segment = this.#segments[k]!;
      const slot = segment.liveSlotOf(id);
      if (slot >= 0) return [segment, slot];
    }
    return null;
  }

  #removeFromSegments(id: number): boolean {
    const found = this.#find(id);
    if (found === null) return false;
    const [segment, slot] = found;
    segment.markRemoved(slot);
    this.#touch(segment, id);
    if (segment.removed >= segment.size * this.#rewriteShare) this.#mergeInline();
    return true;
  }

  #touch(segment: Segment, id: number): void {
    if (this.#merge !== null && this.#merge.sources.includes(segment)) this.#merge.touched.add(id);
  }

  /**
   * The next merge of at most `limit` live entries among segments not already being merged, or
   * null: first any segment that is empty or a quarter removed (rewritten alone), then the smallest
   * pair of segments within 2x of each other in size (like a binary counter: each entry is
   * rewritten O(log n) times), and, should odd sizes ever leave too many segments, the two smallest.
   */
  #pickMerge(limit: number): Segment[] | null {
    const busy = this.#merge?.sources ?? [];
    const free = this.#segments.filter((s) => !busy.includes(s));
    for (const s of free) if ((s.live === 0 || s.removed >= s.size * this.#rewriteShare) && s.live <= limit) return [s];
    if (free.length < 2) return null;
    const bySize = [...free].sort((a, b) => a.live - b.live);
    for (let i = 1; i < bySize.length; i++) {
      const small = bySize[i - 1]!;
      const large = bySize[i]!;
      if (small.live + large.live > limit) break;
      if (large.live <= 2 * small.live) return [small, large];
    }
    let live = 0;
    for (const s of free) live += s.live;
    const cap = 4 + 2 * Math.ceil(Math.log2(2 + live / this.#deltaCapacity));
    const [a, b] = bySize;
    if (free.length > cap && a!.live + b!.live <= limit) return [a!, b!];
    return null;
  }

  /** Runs the merges small enough to do on the caller's time. */
  #mergeInline(): void {
    for (;;) {
      const sources = this.#pickMerge(Math.min(this.#syncMergeLimit, MAX_SEGMENT_SIZE));
      if (sources === null) return;
      this.#replace(sources, sources.every((s) => s.live === 0) ? null : finish(mergeSegments(sources, this.#layout)));
    }
  }

  #startMerge(sources: Segment[]): void {
    const progress: BuildProgress = { arrays: [] };
    this.#merge = { sources, build: mergeSegments(sources, this.#layout, progress, this.#slice), progress, touched: new Set() };
  }

  #swap(job: MergeJob, output: Segment): void {
    // Replay what changed in the sources while the merge ran: the output copied flags as they were.
    for (const id of job.touched) {
      const slot = output.slotOf(id);
      if (slot < 0) continue;
      let liveFlags = -1;
      for (const s of job.sources) {
        const j = s.liveSlotOf(id);
        if (j >= 0) liveFlags = s.flags[j]!;
      }
      if (liveFlags < 0) output.markRemoved(slot);
      else output.flags[slot] = liveFlags;
    }
    this.#merge = null;
    this.#replace(job.sources, output.size === 0 ? null : output);
  }

  #replace(sources: Segment[], output: Segment | null): void {
    this.#merges++;
    const at = this.#segments.indexOf(sources[0]!);
    const rest = this.#segments.filter((s) => !sources.includes(s));
    if (output !== null) rest.splice(Math.min(at, rest.length), 0, output);
    this.#segments = rest;
  }
}
