// How a segment cuts the 256 bits into chunks, and how a query spends its threshold over them.
//
// Multi-index hashing rests on the pigeonhole principle: if d(q, x) <= T and the chunks get radii
// r_i with sum(r_i + 1) >= T + 1, then some chunk i has d_i(q, x) <= r_i. A chunk with radius -1
// is not probed at all. The classic scheme (16 chunks of 16 bits, radius 1 each at T = 31) gives
// about n / 240 candidates per query, which at 10 M hashes is ~40 k random reads. Wider chunks
// (about log2(n) bits, after Norouzi et al.) cut the candidates by orders of magnitude at the price
// of more neighbours to enumerate. To keep wide chunks cheap in memory, each chunk's key is split:
// the top `tableBits` address a CSR offset table, and the remaining `lowBits` (<= 8) ride in the
// low byte of each posting, where a byte popcount filters them before any hash is read.
//
// Chunk widths and table sizes are chosen per segment size with a small cost model whose weights
// were measured on the benchmark (see docs/adr/0003-pdq-index.md); radii are allocated per query
// threshold greedily, which is optimal because each chunk's cost is convex in its radius.
import { PDQ_BITS } from './hash-words.ts';

export interface ChunkLayout {
  /** Number of chunks. */
  readonly count: number;
  /** First bit of each chunk. */
  readonly start: readonly number[];
  /** Bits in each chunk (tableBits + lowBits). */
  readonly width: readonly number[];
  /** Bits of each chunk's key that index its offset table. */
  readonly tableBits: readonly number[];
  /** Bits of each chunk's key stored in the posting's low byte (0..8). */
  readonly lowBits: readonly number[];
}

/** Relative costs (ns) of the three kinds of work in a probe; measured, see the ADR. */
export interface CostWeights {
  /** Reading one offset-table block (two table words, usually a cache miss when large). */
  block: number;
  /** Testing one posting's low byte. */
  posting: number;
  /** Verifying one candidate against its full hash (a random read of 32 bytes). */
  candidate: number;
}

export const DEFAULT_WEIGHTS: CostWeights = { block: 80, posting: 3, candidate: 45 };

export interface LayoutOptions {
  /** Upper bound on postings plus offset tables, in bytes per hash. Default 56. */
  maxBytesPerHash?: number;
  /** Threshold the layout is tuned for. Default 31. */
  tuneThreshold?: number;
  weights?: CostWeights;
  /** Forces the number of chunks (tests and experiments). */
  chunks?: number;
  /** Forces the table bits of the widest chunks (tests and experiments). */
  tableBits?: number;
}

const MAX_TABLE_BITS = 24;
const MAX_LOW_BITS = 8;
const MAX_RADIUS = 4;
const SMALL_SEGMENT = 1 << 16;
const SMALL_TABLE_BYTES = 1 << 20;

/** Builds a layout of `count` near-equal chunks whose table bits are at most `tableBits`. */
export function makeLayout(count: number, tableBits: number): ChunkLayout {
  const start: number[] = [];
  const width: number[] = [];
  const tbits: number[] = [];
  const lbits: number[] = [];
  const base = Math.floor(PDQ_BITS / count);
  const wider = PDQ_BITS % count;
  let at = 0;
  for (let i = 0; i < count; i++) {
    const w = base + (i < wider ? 1 : 0);
    const t = Math.max(Math.min(tableBits, w), w - MAX_LOW_BITS);
    start.push(at);
    width.push(w);
    tbits.push(t);
    lbits.push(w - t);
    at += w;
  }
  return { count, start, width, tableBits: tbits, lowBits: lbits };
}

const binomials: number[][] = [];
export function binomial(n: number, k: number): number {
  if (k < 0 || k > n) return 0;
  let row = binomials[n];
  if (row === undefined) {
    row = [];
    let c = 1;
    for (let j = 0; j <= n; j++) {
      row.push(c);
      c = (c * (n - j)) / (j + 1);
    }
    binomials[n] = row;
  }
  return row[k]!;
}

/** Expected work (ns) of probing one chunk at `radius` over `n` uniformly spread hashes. */
export function chunkCost(t: number, l: number, radius: number, n: number, w: CostWeights): number {
  if (radius < 0) return 0;
  let blocks = 0;
  let cands = 0;
  for (let e = 0; e <= radius; e++) {
    const c = binomial(t, e);
    blocks += c;
    let low = 0;
    for (let f = 0; f <= radius - e; f++) low += binomial(l, f);
    cands += c * low;
  }
  const perBlock = n / 2 ** t;
  return blocks * w.block + blocks * perBlock * w.posting + (cands * n) / 2 ** (t + l) * w.candidate;
}

/**
 * Radii per chunk for `threshold` (-1 = chunk not probed), such that sum(r_i + 1) >= threshold + 1,
 * minimising the modelled cost. Null when the threshold is beyond what the layout can search
 * (the caller then scans).
 */
export function allocateRadii(layout: ChunkLayout, threshold: number, n: number, w: CostWeights = DEFAULT_WEIGHTS): Int8Array | null {
  // Chunks share few (tableBits, lowBits) shapes: tabulate each shape's cost by radius once.
  const byShape = new Map<number, Float64Array>();
  const costs = layout.tableBits.map((t, i) => {
    const l = layout.lowBits[i]!;
    let row = byShape.get(t * 64 + l);
    if (row === undefined) {
      row = new Float64Array(MAX_RADIUS + 2);
      for (let r = 0; r <= MAX_RADIUS; r++) row[r + 1] = chunkCost(t, l, r, n, w);
      byShape.set(t * 64 + l, row);
    }
    return row;
  });
  const radii = new Int8Array(layout.count).fill(-1);
  for (let unit = 0; unit <= threshold; unit++) {
    let best = -1;
    let bestCost = Infinity;
    for (let i = 0; i < layout.count; i++) {
      const r = radii[i]!;
      if (r >= MAX_RADIUS || r + 1 >= layout.width[i]!) continue;
      const row = costs[i]!;
      const marginal = row[r + 2]! - row[r + 1]!;
      if (marginal < bestCost) {
        bestCost = marginal;
        best = i;
      }
    }
    if (best < 0) return null;
    radii[best]!++;
  }
  return radii;
}

/** Modelled cost of one query at `threshold` (Infinity when the layout cannot serve it). */
export function layoutCost(layout: ChunkLayout, threshold: number, n: number, w: CostWeights = DEFAULT_WEIGHTS): number {
  const radii = allocateRadii(layout, threshold, n, w);
  if (radii === null) return Infinity;
  let cost = 0;
  for (let i = 0; i < layout.count; i++) {
    cost += chunkCost(layout.tableBits[i]!, layout.lowBits[i]!, radii[i]!, n, w);
  }
  return cost;
}

/** Bytes of the offset tables of a layout. */
export function tableBytes(layout: ChunkLayout): number {
  let bytes = 0;
  for (const t of layout.tableBits) bytes += 4 * (2 ** t + 1);
  return bytes;
}

/** Bytes of postings and offset tables per hash for a segment of `n` hashes. */
export function layoutBytesPerHash(layout: ChunkLayout, n: number): number {
  return 4 * layout.count + tableBytes(layout) / Math.max(1, n);
}

const layoutCache = new WeakMap<LayoutOptions, Map<number, ChunkLayout>>();
/** The shared default options object (the layout search is cached per options object). */
export const DEFAULT_LAYOUT_OPTIONS: LayoutOptions = {};

/**
 * The cheapest layout for a segment of about `n` hashes within the memory bound. The search takes
 * milliseconds, so results are cached per options object for sizes a quarter-octave apart.
 */
export function chooseLayout(n: number, options: LayoutOptions = DEFAULT_LAYOUT_OPTIONS): ChunkLayout {
  const bucket = Math.round(4 * Math.log2(Math.max(n, 1)));
  let cache = layoutCache.get(options);
  if (cache === undefined) {
    cache = new Map();
    layoutCache.set(options, cache);
  }
  let layout = cache.get(bucket);
  if (layout === undefined) {
    layout = searchLayout(Math.round(2 ** (bucket / 4)), options);
    cache.set(bucket, layout);
  }
  return layout;
}

function searchLayout(n: number, options: LayoutOptions): ChunkLayout {
  const maxBytes = options.maxBytesPerHash ?? 56;
  const threshold = options.tuneThreshold ?? 31;
  const w = options.weights ?? DEFAULT_WEIGHTS;
  const size = Math.max(n, 1);
  if (options.chunks !== undefined && !(Number.isInteger(options.chunks) && options.chunks >= 8 && options.chunks <= 16)) {
    // 16 at most: a probe tags each block with its chunk in 4 bits. 8 at least: keys fit 32 bits.
    throw new RangeError(`chunks must be an integer in 8..16, got ${options.chunks}`);
  }
  let best: ChunkLayout | null = null;
  let bestCost = Infinity;
  const counts = options.chunks !== undefined ? [options.chunks] : range(8, 16);
  for (const m of counts) {
    const tRange = options.tableBits !== undefined ? [options.tableBits] : range(4, MAX_TABLE_BITS);
    for (const t of tRange) {
      const layout = makeLayout(m, t);
      // Small segments may exceed the per-hash bound as long as their tables stay small.
      const fits = layoutBytesPerHash(layout, size) <= maxBytes;
      const small = size < SMALL_SEGMENT && tableBytes(layout) <= SMALL_TABLE_BYTES;
      if (!fits && !small) continue;
      const cost = layoutCost(layout, threshold, size, w);
      if (cost < bestCost) {
        bestCost = cost;
        best = layout;
      }
    }
  }
  return best ?? makeLayout(16, 16);
}

function range(lo: number, hi: number): number[] {
  const out: number[] = [];
  for (let i = lo; i <= hi; i++) out.push(i);
  return out;
}

const flipMaskCache = new Map<number, Uint32Array>();

/** Every `bits`-bit mask with exactly `weight` bits set (the neighbours at that distance). */
export function flipMasks(bits: number, weight: number): Uint32Array {
  const key = bits * 16 + weight;
  let masks = flipMaskCache.get(key);
  if (masks === undefined) {
    const list: number[] = [];
    const rec = (from: number, left: number, mask: number): void => {
      if (left === 0) {
        list.push(mask >>> 0);
        return;
      }
      for (let b = from; b <= bits - left; b++) rec(b + 1, left - 1, mask | (1 << b));
    };
    rec(0, weight, 0);
    masks = Uint32Array.from(list);
    flipMaskCache.set(key, masks);
  }
  return masks;
}
