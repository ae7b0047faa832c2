// The straightforward PDQ index: every query compares against every hash. It is the oracle the
// tests check the multi-index against, and the baseline the benchmark measures it by, so it stays
// deliberately plain: packed Uint32Array words, SWAR popcount, early exit after 128 bits.
import { byDistanceThenId, checkId, type IndexMatch, type SignalIndex } from '../signal-index.ts';
import { checkThreshold, PDQ_DEFAULT_THRESHOLD, PDQ_WORDS, toPdqWords, type PdqHashInput } from './hash-words.ts';
import { FLAG_DISABLED, newSlotHits, scanSlots } from './scan.ts';

export class LinearScanIndex implements SignalIndex<PdqHashInput, IndexMatch> {
  #ids: Float64Array;
  #words: Uint32Array;
  #flags: Uint8Array;
  #count = 0;
  /** id → slot, built on the first mutation after a bulk load (queries never need it). */
  #slotOf: Map<number, number> | null = null;

  constructor(initialCapacity = 1024) {
    const cap = Math.max(1, initialCapacity);
    this.#ids = new Float64Array(cap);
    this.#words = new Uint32Array(cap * PDQ_WORDS);
    this.#flags = new Uint8Array(cap);
    this.#slotOf = new Map();
  }

  /**
   * Wraps existing arrays without copying them (ids[i] owns words[8i..8i+8)); the caller must not
   * change them afterwards. Ids must be unique.
   */
  static fromArrays(ids: Float64Array, words: Uint32Array): LinearScanIndex {
    if (words.length !== ids.length * PDQ_WORDS) throw new RangeError('words must hold 8 words per id');
    const index = new LinearScanIndex(1);
    index.#ids = ids;
    index.#words = words;
    index.#flags = new Uint8Array(ids.length);
    index.#count = ids.length;
    index.#slotOf = null;
    return index;
  }

  get size(): number {
    return this.#count;
  }

  has(id: number): boolean {
    return this.#map().has(id);
  }

  add(id: number, hash: PdqHashInput): void {
    checkId(id);
    const w = toPdqWords(hash);
    const map = this.#map();
    let slot = map.get(id);
    if (slot === undefined) {
      slot = this.#count++;
      this.#grow(this.#count);
      map.set(id, slot);
      this.#ids[slot] = id;
    }
    this.#words.set(w, slot * PDQ_WORDS);
    this.#flags[slot] = 0;
  }

  remove(id: number): boolean {
    const map = this.#map();
    const slot = map.get(id);
    if (slot === undefined) return false;
    const last = --this.#count;
    if (slot !== last) {
      // Move the last entry into the hole so the scanned range stays dense.
      const lastId = this.#ids[last]!;
      this.#ids[slot] = lastId;
      this.#words.copyWithin(slot * PDQ_WORDS, last * PDQ_WORDS, (last + 1) * PDQ_WORDS);
      this.#flags[slot] = this.#flags[last]!;
      map.set(lastId, slot);
    }
    map.delete(id);
    return true;
  }

  setEnabled(id: number, enabled: boolean): boolean {
    const slot = this.#map().get(id);
    if (slot === undefined) return false;
    this.#flags[slot] = enabled ? 0 : FLAG_DISABLED;
    return true;
  }

  query(hash: PdqHashInput, threshold: number = PDQ_DEFAULT_THRESHOLD): IndexMatch[] {
    checkThreshold(threshold);
    const hits = newSlotHits();
    scanSlots(this.#words, this.#flags, 0, this.#count, toPdqWords(hash), threshold, hits);
    const out: IndexMatch[] = [];
    for (let i = 0; i < hits.slots.length; i++) out.push({ id: this.#ids[hits.slots[i]!]!, distance: hits.distances[i]! });
    return out.sort(byDistanceThenId);
  }

  queryBatch(hashes: readonly PdqHashInput[], threshold: number = PDQ_DEFAULT_THRESHOLD): IndexMatch[][] {
    return hashes.map((h) => this.query(h, threshold));
  }

  /** Copies of the entries (ids, packed words, flag bytes), in slot order. */
  snapshot(): { ids: Float64Array; words: Uint32Array; flags: Uint8Array } {
    return {
      ids: this.#ids.slice(0, this.#count),
      words: this.#words.slice(0, this.#count * PDQ_WORDS),
      flags: this.#flags.slice(0, this.#count),
    };
  }

  memoryBytes(): number {
    const maps = this.#slotOf === null ? 0 : this.#slotOf.size * 40;
    return this.#ids.byteLength + this.#words.byteLength + this.#flags.byteLength + maps;
  }

  #map(): Map<number, number> {
    if (this.#slotOf === null) {
      const map = new Map<number, number>();
      for (let i = 0; i < this.#count; i++) {
        if (map.has(this.#ids[i]!)) throw new RangeError(`Duplicate id ${this.#ids[i]}`);
        map.set(this.#ids[i]!, i);
      }
      this.#slotOf = map;
    }
    return this.#slotOf;
  }

  #grow(needed: number): void {
    if (needed <= this.#ids.length) return;
    const cap = Math.max(needed, this.#ids.length * 2);
    const ids = new Float64Array(cap);
    ids.set(this.#ids.subarray(0, this.#count));
    const words = new Uint32Array(cap * PDQ_WORDS);
    words.set(this.#words.subarray(0, this.#count * PDQ_WORDS));
    const flags = new Uint8Array(cap);
    flags.set(this.#flags.subarray(0, this.#count));
    this.#ids = ids;
    this.#words = words;
    this.#flags = flags;
  }
}
