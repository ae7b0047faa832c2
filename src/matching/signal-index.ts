// The one shape every signal index has, so the application can hold one index per signal type
// (PDQ, MD5, SHA-256, text SHA-256, vPDQ) and treat them alike: add, remove, enable, query, size.
// Entry ids are the database's ids as JavaScript numbers (safe integers); an index never invents
// its own public ids.

/** A hit for one query: the matching entry and how far it is (0 for exact signals). */
export interface IndexMatch {
  id: number;
  distance: number;
}

/**
 * A mutable index over values of one signal type. Every change is visible to the next query.
 * `V` is what is stored and queried (a hash, a digest, a list of frames); `M` is one hit.
 */
export interface SignalIndex<V, M extends { id: number } = IndexMatch, O = number> {
  /** Adds or replaces the entry `id`. */
  add(id: number, value: V): void;
  /** Removes the entry; false when there was none. */
  remove(id: number): boolean;
  /**
   * Disables or re-enables an entry without losing it: disabled entries never match.
   * False when there is no such entry.
   */
  setEnabled(id: number, enabled: boolean): boolean;
  has(id: number): boolean;
  /** Hits for one query; `options` is the signal's tolerance (a distance for PDQ). */
  query(value: V, options?: O): M[];
  /** Hits for many queries, in the same order. */
  queryBatch(values: readonly V[], options?: O): M[][];
  /** Number of entries, enabled or not. */
  readonly size: number;
  /** Bytes held by the index's own structures (typed arrays exactly, maps estimated). */
  memoryBytes(): number;
}

/** Checks that an id can be stored exactly: a non-negative safe integer. */
export function checkId(id: number): number {
  if (!Number.isSafeInteger(id) || id < 0) throw new RangeError(`An index id is a non-negative safe integer, got ${id}`);
  return id;
}

/** Orders hits by distance, then id, so results are deterministic. */
export function byDistanceThenId(a: IndexMatch, b: IndexMatch): number {
  return a.distance - b.distance || a.id - b.id;
}
