// API keys this process has verified against the database, held for a few seconds so that a busy
// key (a platform's upload checks) costs no database round trip per request. Entries are keyed by
// the SHA-256 of the key's secret (what the database stores), never by the key itself, and only
// keys that passed verification are held: a wrong or unknown key always goes to the database.
//
// The bound: a key revoked in this process is evicted at once; one revoked in another process keeps
// working here for at most the time to live. Expiry is not cached: the caller checks it against the
// clock on every request.
import type { Principal } from '../../core/auth/principal.ts';
import type { ApiKeyRecord } from './auth.repository.ts';

export interface VerifiedApiKey {
  key: ApiKeyRecord;
  principal: Principal;
  /** When the database said the key was valid (ms since the epoch, by the injected clock). */
  verifiedAt: number;
  /** The last use this process knows of (ms), so that it records use at most once a minute. */
  lastUsedAt: number | null;
}

export class ApiKeyCache {
  readonly #entries = new Map<string, VerifiedApiKey>();
  /** Bumped by every eviction, so that a verification that started before it is not stored. */
  #generation = 0;

  constructor(
    private readonly ttlMs: number,
    private readonly maxEntries = 10_000,
  ) {}

  get generation(): number {
    return this.#generation;
  }

  get size(): number {
    return this.#entries.size;
  }

  /** The verified key for this secret hash, unless its time to live has passed (or the clock went back). */
  get(secretHash: string, now: number): VerifiedApiKey | undefined {
    const entry = this.#entries.get(secretHash);
    if (!entry) return undefined;
    if (now - entry.verifiedAt >= this.ttlMs || now < entry.verifiedAt) {
      this.#entries.delete(secretHash);
      return undefined;
    }
    return entry;
  }

  /** Holds a key verified while `generation` was current; dropped if anything was evicted since. */
  set(secretHash: string, entry: VerifiedApiKey, generation: number): void {
    if (this.ttlMs <= 0 || generation !== this.#generation) return;
    this.#entries.delete(secretHash);
    if (this.#entries.size >= this.maxEntries) {
      const oldest = this.#entries.keys().next();
      if (!oldest.done) this.#entries.delete(oldest.value);
    }
    this.#entries.set(secretHash, entry);
  }

  /** Forgets the key with this id (it was revoked here), and any verification still in flight. */
  evict(keyId: number): void {
    this.#generation++;
    for (const [hash, entry] of this.#entries) if (entry.key.id === keyId) this.#entries.delete(hash);
  }
}
