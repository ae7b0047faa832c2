// The index for exact signals (MD5, SHA-256, text SHA-256, SHA-512): digests in typed arrays with
// two open-addressing tables (digest → entries, id → entry), about 60 bytes per SHA-256 entry
// against some 200 for a Map of strings to Sets. Several ids may share a digest (the same file in
// two banks); each is its own entry. Linear probing with backward-shift deletion means removals
// leave no tombstones, so a long-lived index never degrades.
import { byDistanceThenId, checkId, type IndexMatch, type SignalIndex } from '../signal-index.ts';

const EMPTY = 0;

export class ExactIndex implements SignalIndex<string, IndexMatch, void> {
  readonly digestBits: number;
  readonly #w: number;
  readonly #pattern: RegExp;
  readonly #seed: number;
  #ids = new Float64Array(16);
  #digests: Uint32Array;
  #disabled = new Uint8Array(16);
  #count = 0;
  /** entry + 1 per slot, 0 when empty; both tables keep a load factor of at most 1/2. */
  #byDigest = new Int32Array(32);
  #byId = new Int32Array(32);
  readonly #probe: Uint32Array;

  /** An index of hex digests of `digestBits` bits (a multiple of 32: 128 MD5, 256 SHA-256). */
  constructor(digestBits: number) {
    if (!Number.isInteger(digestBits) || digestBits <= 0 || digestBits % 32 !== 0) {
      throw new RangeError(`Digest bits must be a positive multiple of 32, got ${digestBits}`);
    }
    this.digestBits = digestBits;
    this.#w = digestBits / 32;
    this.#pattern = new RegExp(`^[0-9a-fA-F]{${digestBits / 4}}$`);
    // A per-index seed keeps crafted digests from piling into one probe run.
    this.#seed = (Math.random() * 2 ** 32) >>> 0;
    this.#digests = new Uint32Array(16 * this.#w);
    this.#probe = new Uint32Array(this.#w);
  }

  static md5(): ExactIndex {
    return new ExactIndex(128);
  }

  static sha256(): ExactIndex {
    return new ExactIndex(256);
  }

  get size(): number {
    return this.#count;
  }

  has(id: number): boolean {
    return this.#findId(id) >= 0;
  }

  add(id: number, digest: string): void {
    checkId(id);
    this.#parse(digest);
    const existing = this.#findId(id);
    if (existing >= 0) {
      if (this.#sameDigest(existing)) {
        this.#disabled[existing] = 0;
        return;
      }
      this.#removeEntry(existing);
    }
    this.#reserve(this.#count + 1);
    const e = this.#count++;
    this.#ids[e] = id;
    this.#digests.set(this.#probe, e * this.#w);
    this.#disabled[e] = 0;
    this.#insert(this.#byDigest, this.#digestHash(e), e);
    this.#insert(this.#byId, this.#idHash(id), e);
  }

  remove(id: number): boolean {
    const e = this.#findId(id);
    if (e < 0) return false;
    this.#removeEntry(e);
    return true;
  }

  setEnabled(id: number, enabled: boolean): boolean {
    const e = this.#findId(id);
    if (e < 0) return false;
    this.#disabled[e] = enabled ? 0 : 1;
    return true;
  }

  /** Every enabled entry with exactly this digest (either hex case), at distance 0. */
  query(digest: string): IndexMatch[] {
    this.#parse(digest);
    const out: IndexMatch[] = [];
    const table = this.#byDigest;
    const mask = table.length - 1;
    for (let s = this.#probeHash() & mask; table[s] !== EMPTY; s = (s + 1) & mask) {
      const e = table[s]! - 1;
      if (this.#disabled[e] === 0 && this.#sameDigest(e)) out.push({ id: this.#ids[e]!, distance: 0 });
    }
    return out.sort(byDistanceThenId);
  }

  queryBatch(digests: readonly string[]): IndexMatch[][] {
    return digests.map((d) => this.query(d));
  }

  memoryBytes(): number {
    return this.#ids.byteLength + this.#digests.byteLength + this.#disabled.byteLength + this.#byDigest.byteLength + this.#byId.byteLength;
  }

  #parse(hex: string): void {
    if (!this.#pattern.test(hex)) throw new RangeError(`Not a ${this.digestBits}-bit hex digest: ${JSON.stringify(hex.slice(0, 140))}`);
    for (let j = 0; j < this.#w; j++) this.#probe[j] = parseInt(hex.slice(8 * j, 8 * j + 8), 16);
  }

  #sameDigest(e: number): boolean {
    const base = e * this.#w;
    for (let j = 0; j < this.#w; j++) if (this.#digests[base + j] !== this.#probe[j]) return false;
    return true;
  }

  #mix(words: Uint32Array, base: number): number {
    let h = this.#seed;
    for (let j = 0; j < this.#w; j++) {
      h = Math.imul(h ^ words[base + j]!, 0x9e3779b1);
      h ^= h >>> 15;
    }
    return h >>> 0;
  }

  #probeHash(): number {
    return this.#mix(this.#probe, 0);
  }

  #digestHash(e: number): number {
    return this.#mix(this.#digests, e * this.#w);
  }

  #idHash(id: number): number {
    let h = Math.imul((id >>> 0) ^ this.#seed, 0x85ebca6b);
    h = Math.imul(h ^ (h >>> 13) ^ Math.floor(id / 4294967296), 0xc2b2ae35);
    return (h ^ (h >>> 16)) >>> 0;
  }

  #findId(id: number): number {
    const table = this.#byId;
    const mask = table.length - 1;
    for (let s = this.#idHash(id) & mask; table[s] !== EMPTY; s = (s + 1) & mask) {
      const e = table[s]! - 1;
      if (this.#ids[e] === id) return e;
    }
    return -1;
  }

  #insert(table: Int32Array, hash: number, e: number): void {
    const mask = table.length - 1;
    let s = hash & mask;
    while (table[s] !== EMPTY) s = (s + 1) & mask;
    table[s] = e + 1;
  }

  /** Slot of entry `e` in `table`, starting from its home slot. */
  #slotOf(table: Int32Array, hash: number, e: number): number {
    const mask = table.length - 1;
    let s = hash & mask;
    while (table[s] !== e + 1) s = (s + 1) & mask;
    return s;
  }

  /** Empties `slot` and shifts later members of its probe run back, so no tombstone remains. */
  #deleteSlot(table: Int32Array, slot: number, home: (e: number) => number): void {
    const mask = table.length - 1;
    let hole = slot;
    for (let j = (slot + 1) & mask; table[j] !== EMPTY; j = (j + 1) & mask) {
      const k = home(table[j]! - 1) & mask;
      // The entry at j may move into the hole only if its home is not cyclically in (hole, j].
      const stays = hole <= j ? hole < k && k <= j : hole < k || k <= j;
      if (!stays) {
        table[hole] = table[j]!;
        hole = j;
      }
    }
    table[hole] = EMPTY;
  }

  #removeEntry(e: number): void {
    this.#deleteSlot(this.#byDigest, this.#slotOf(this.#byDigest, this.#digestHash(e), e), (x) => this.#digestHash(x));
    this.#deleteSlot(this.#byId, this.#slotOf(this.#byId, this.#idHash(this.#ids[e]!), e), (x) => this.#idHash(this.#ids[x]!));
    const last = --this.#count;
    if (e !== last) {
      // Keep entries dense: move the last one into the gap and repoint its table slots.
      this.#byDigest[this.#slotOf(this.#byDigest, this.#digestHash(last), last)] = e + 1;
      this.#byId[this.#slotOf(this.#byId, this.#idHash(this.#ids[last]!), last)] = e + 1;
      this.#ids[e] = this.#ids[last]!;
      this.#digests.copyWithin(e * this.#w, last * this.#w, (last + 1) * this.#w);
      this.#disabled[e] = this.#disabled[last]!;
    }
  }

  #reserve(n: number): void {
    if (n > this.#ids.length) {
      const cap = this.#ids.length * 2;
      const ids = new Float64Array(cap);
      ids.set(this.#ids);
      const digests = new Uint32Array(cap * this.#w);
      digests.set(this.#digests);
      const disabled = new Uint8Array(cap);
      disabled.set(this.#disabled);
      this.#ids = ids;
      this.#digests = digests;
      this.#disabled = disabled;
    }
    if (n * 2 > this.#byId.length) {
      const size = this.#byId.length * 2;
      this.#byDigest = new Int32Array(size);
      this.#byId = new Int32Array(size);
      for (let e = 0; e < this.#count; e++) {
        this.#insert(this.#byDigest, this.#digestHash(e), e);
        this.#insert(this.#byId, this.#idHash(this.#ids[e]!), e);
      }
    }
  }
}
