// The vPDQ index, after python-threatexchange's VPDQIndex: every distinct frame hash of every
// indexed video goes once into one PDQ index, pointing at the videos that contain it (the same
// frame in two videos must not overwrite either). A query video's frames are looked up there, and
// for each video reached:
//   query match % = query frames with a match in that video / the query's frames
//   compared match % = that video's frames matched by some query frame / the video's frames
// both over unique (exact-duplicate hex dropped, first kept) frames of quality >= the threshold.
// A video matches when query % >= its threshold (default 80) and compared % >= its threshold
// (default 0), the python-threatexchange defaults; the C++ tool's README swaps the two sides, so
// both are options. Frame distance is `<=` the threshold (default 31), as in python-threatexchange.
import { PdqIndex, type PdqIndexOptions } from '../pdq/pdq-index.ts';
import { parsePdqHex } from '../pdq/hash-words.ts';
import { checkId, type SignalIndex } from '../signal-index.ts';

/** One frame of a vPDQ hash: its PDQ hash (64 hex) and PDQ quality (0–100). */
export interface VpdqFrame {
  value: string;
  quality: number;
}

export interface VpdqMatch {
  id: number;
  queryMatchPercent: number;
  comparedMatchPercent: number;
}

export interface VpdqQueryOptions {
  /** Frames match at Hamming distance <= this. Default: the index's (31). */
  distanceThreshold?: number;
  /** Minimum share (0–100) of the query's frames matched in the video. Default: the index's (80). */
  queryMatchPercent?: number;
  /** Minimum share (0–100) of the video's frames matched by the query. Default: the index's (0). */
  comparedMatchPercent?: number;
}

export interface VpdqIndexOptions extends VpdqQueryOptions {
  /** Frames below this PDQ quality are ignored, stored or queried. Default 50. */
  qualityThreshold?: number;
  /** Options of the underlying frame index. */
  pdq?: PdqIndexOptions;
}

const FREE = -2;
const SHARED = -1;

/** Unique frames (exact hex duplicates dropped, first kept) at or above `quality`, lowercased. */
export function uniqueQualityFrames(frames: readonly VpdqFrame[], quality: number): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const f of frames) {
    const hex = f.value.toLowerCase();
    if (seen.has(hex)) continue;
    seen.add(hex);
    if (f.quality >= quality) out.push(hex);
  }
  return out;
}

export class VpdqFrameIndex implements SignalIndex<readonly VpdqFrame[], VpdqMatch, VpdqQueryOptions> {
  readonly #quality: number;
  readonly #defaults: Required<VpdqQueryOptions>;
  readonly #frames: PdqIndex;
  /** Video id owning each frame id, SHARED when several do (see #shared), FREE when unused. */
  #owner = new Float64Array(1024).fill(FREE);
  readonly #shared = new Map<number, number[]>();
  readonly #freeFrames: number[] = [];
  #nextFrame = 0;
  /** Frame ids of each video, in its own frame order. */
  readonly #videos = new Map<number, Uint32Array>();
  readonly #disabled = new Set<number>();

  constructor(options: VpdqIndexOptions = {}) {
    this.#quality = options.qualityThreshold ?? 50;
    this.#defaults = {
      distanceThreshold: options.distanceThreshold ?? 31,
      queryMatchPercent: options.queryMatchPercent ?? 80,
      comparedMatchPercent: options.comparedMatchPercent ?? 0,
    };
    this.#frames = new PdqIndex(options.pdq);
  }

  get size(): number {
    return this.#videos.size;
  }

  /** Distinct frame hashes held. */
  get frameCount(): number {
    return this.#frames.size;
  }

  has(id: number): boolean {
    return this.#videos.has(id);
  }

  add(id: number, frames: readonly VpdqFrame[]): void {
    checkId(id);
    const hexes = uniqueQualityFrames(frames, this.#quality);
    const words = hexes.map((h) => parsePdqHex(h)); // validate everything before changing anything
    this.remove(id);
    const frameIds = new Uint32Array(words.length);
    words.forEach((w, k) => {
      const same = this.#frames.query(w, 0);
      let f: number;
      if (same.length > 0) {
        f = same[0]!.id;
        this.#addOwner(f, id);
      } else {
        f = this.#freeFrames.pop() ?? this.#nextFrame++;
        this.#reserve(f + 1);
        this.#owner[f] = id;
        this.#frames.add(f, w);
      }
      frameIds[k] = f;
    });
    this.#videos.set(id, frameIds);
    this.#disabled.delete(id);
  }

  remove(id: number): boolean {
    const frameIds = this.#videos.get(id);
    if (frameIds === undefined) return false;
    for (const f of frameIds) {
      if (this.#removeOwner(f, id)) {
        this.#frames.remove(f);
        this.#freeFrames.push(f);
      }
    }
    this.#videos.delete(id);
    this.#disabled.delete(id);
    return true;
  }

  setEnabled(id: number, enabled: boolean): boolean {
    if (!this.#videos.has(id)) return false;
    if (enabled) this.#disabled.delete(id);
    else this.#disabled.add(id);
    return true;
  }

  query(frames: readonly VpdqFrame[], options: VpdqQueryOptions = {}): VpdqMatch[] {
    const opts = { ...this.#defaults, ...definedOnly(options) };
    const hexes = uniqueQualityFrames(frames, this.#quality);
    if (hexes.length === 0) return [];
    const results = this.#frames.queryBatch(hexes, opts.distanceThreshold);
    // Query side: count each query frame once per video it reaches.
    const queryMatched = new Map<number, number>();
    const lastFrame = new Map<number, number>();
    // Compared side: each matched frame once, however many query frames reached it.
    const matchedFrames = new Set<number>();
    results.forEach((hits, k) => {
      for (const hit of hits) {
        matchedFrames.add(hit.id);
        this.#forOwners(hit.id, (video) => {
          if (lastFrame.get(video) === k) return;
          lastFrame.set(video, k);
          queryMatched.set(video, (queryMatched.get(video) ?? 0) + 1);
        });
      }
    });
    const comparedMatched = new Map<number, number>();
    for (const f of matchedFrames) this.#forOwners(f, (video) => comparedMatched.set(video, (comparedMatched.get(video) ?? 0) + 1));
    const out: VpdqMatch[] = [];
    for (const [video, q] of queryMatched) {
      if (this.#disabled.has(video)) continue;
      const queryMatchPercent = (q * 100) / hexes.length;
      const comparedMatchPercent = (comparedMatched.get(video)! * 100) / this.#videos.get(video)!.length;
      if (queryMatchPercent >= opts.queryMatchPercent && comparedMatchPercent >= opts.comparedMatchPercent) {
        out.push({ id: video, queryMatchPercent, comparedMatchPercent });
      }
    }
    return out.sort((a, b) => b.queryMatchPercent - a.queryMatchPercent || b.comparedMatchPercent - a.comparedMatchPercent || a.id - b.id);
  }

  queryBatch(values: readonly (readonly VpdqFrame[])[], options?: VpdqQueryOptions): VpdqMatch[][] {
    return values.map((v) => this.query(v, options));
  }

  /** Pending merge work of the frame index (see PdqIndex.maintain). */
  maintain(budgetMs = 5): boolean {
    return this.#frames.maintain(budgetMs);
  }

  memoryBytes(): number {
    let bytes = this.#frames.memoryBytes() + this.#owner.byteLength + this.#freeFrames.length * 8;
    for (const ids of this.#videos.values()) bytes += ids.byteLength + 80;
    for (const owners of this.#shared.values()) bytes += 64 + owners.length * 8;
    return bytes + this.#disabled.size * 40;
  }

  #forOwners(frame: number, visit: (video: number) => void): void {
    const owner = this.#owner[frame]!;
    if (owner >= 0) visit(owner);
    else if (owner === SHARED) for (const v of this.#shared.get(frame)!) visit(v);
  }

  #addOwner(frame: number, video: number): void {
    const owner = this.#owner[frame]!;
    if (owner === SHARED) this.#shared.get(frame)!.push(video);
    else {
      this.#shared.set(frame, [owner, video]);
      this.#owner[frame] = SHARED;
    }
  }

  /** Drops `video` from the frame's owners; true when no owner is left. */
  #removeOwner(frame: number, video: number): boolean {
    if (this.#owner[frame] === video) {
      this.#owner[frame] = FREE;
      return true;
    }
    const owners = this.#shared.get(frame)!;
    owners.splice(owners.indexOf(video), 1);
    if (owners.length === 1) {
      this.#owner[frame] = owners[0]!;
      this.#shared.delete(frame);
    }
    return false;
  }

  #reserve(n: number): void {
    if (n <= this.#owner.length) return;
    const owner = new Float64Array(Math.max(n, this.#owner.length * 2)).fill(FREE);
    owner.set(this.#owner);
    this.#owner = owner;
  }
}

function definedOnly<T extends object>(o: T): Partial<T> {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as Partial<T>;
}

