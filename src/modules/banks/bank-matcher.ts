// The in-memory matching side of the banks. The database is the source of truth: a matcher loads
// every live signal at start, then follows change_seq, so several matcher processes on PostgreSQL
// stay consistent and a new entry is matchable within one poll interval (250 ms by default) — at
// once in the process that wrote it. Indexes only propose candidates; whether a candidate may
// answer (bank enabled and shared with the caller, entry enabled, not quarantined) is decided by
// the database at lookup time, so enabling and sharing changes need no index work at all.
import type { RequestContext } from '../../core/auth/principal.ts';
import type { Logger } from '../../core/logging/logger.ts';
import { ExactIndex, PdqIndex, startBackgroundCompaction, VpdqFrameIndex } from '../../matching/index.ts';
import { parseVpdq, PDQ_MIN_QUALITY } from '../../signals/index.ts';
import type { SignalChange } from './bank.model.ts';
import type { BankService } from './bank.service.ts';

export interface LookupQuery {
  signalType: string;
  value: string;
  /** Quality of the query hash, when known (PDQ); below the floor it matches nothing. */
  quality?: number | null;
}

export interface LookupMatch {
  bankName: string;
  bankContentId: number;
  distance: number;
  negative: boolean;
}

export interface LookupOptions {
  /** Return matches in other banks even when a negative bank matched too (debugging). */
  ignoreNegativeBanks?: boolean;
  /** Only these banks (by name) answer; negative banks still suppress (HMA's `banks` filter). */
  banks?: readonly string[];
}

export interface MatcherPolicy {
  pollIntervalMs: number;
  qualityFloor: number;
  floodMinPerHour: number;
  floodFactor: number;
}

const DEFAULT_PDQ_THRESHOLD = 31;

export class BankMatcher {
  readonly #pdq = new PdqIndex();
  readonly #vpdq: VpdqFrameIndex;
  /** Digest signals, in compact indexes keyed by digest width. */
  readonly #digests = new Map<string, ExactIndex>([
    ['md5', new ExactIndex(128)],
    ['sha256', new ExactIndex(256)],
    ['text_sha256', new ExactIndex(256)],
  ]);
  /** Other signals (e.g. text_tlsh) match exactly, by value: type → value → signal ids. */
  readonly #exact = new Map<string, Map<string, Set<number>>>();
  /** signal id → (type, value), to remove entries from #exact. */
  readonly #exactById = new Map<number, { type: string; value: string }>();
  #seq = 0;
  /** The largest PDQ distance any live bank asks for: the index answers up to it, banks filter. */
  #pdqThreshold = DEFAULT_PDQ_THRESHOLD;
  #timer: NodeJS.Timeout | undefined;
  #syncing: Promise<void> | undefined;
  #compaction: { stop(): void } | undefined;

  constructor(private readonly deps: { banks: BankService; logger: Logger; policy: MatcherPolicy }) {
    this.#vpdq = new VpdqFrameIndex({ qualityThreshold: deps.policy.qualityFloor });
  }

  get lastSeq(): number {
    return this.#seq;
  }

  get size(): number {
    let n = this.#pdq.size + this.#vpdq.size + this.#exactById.size;
    for (const index of this.#digests.values()) n += index.size;
    return n;
  }

  /** Loads every signal, then follows changes until stop(). */
  async start(): Promise<void> {
    await this.sync();
    // Large segment merges run in short slices between lookups, never as one long pause.
    this.#compaction = startBackgroundCompaction(this.#pdq);
    const loop = () => {
      this.sync()
        .catch((error: unknown) => this.deps.logger.error({ err: error }, 'matcher sync failed'))
        .finally(() => {
          if (this.#timer) this.#timer = setTimeout(loop, this.deps.policy.pollIntervalMs);
        });
    };
    this.#timer = setTimeout(loop, this.deps.policy.pollIntervalMs);
    this.#timer.unref();
  }

  stop(): void {
    clearTimeout(this.#timer);
    this.#timer = undefined;
    this.#compaction?.stop();
    this.#compaction = undefined;
  }

  /** Applies every change since the last one seen. Concurrent callers share one pass. */
  sync(): Promise<void> {
    this.#syncing ??= (async () => {
      try {
        for (;;) {
          const changes = await this.deps.banks.changesSince(this.#seq, 50_000);
          for (const c of changes) this.#apply(c);
          if (changes.length > 0) this.#seq = changes[changes.length - 1]!.seq;
          if (changes.length < 50_000) break;
        }
        this.#pdqThreshold = await this.deps.banks.maxPdqThreshold(DEFAULT_PDQ_THRESHOLD);
        this.#pdq.maintain();
      } finally {
        this.#syncing = undefined;
      }
    })();
    return this.#syncing;
  }

  #apply(c: SignalChange): void {
    if (c.signalType === 'pdq') {
      if (c.deleted || (c.quality !== null && c.quality < this.deps.policy.qualityFloor)) this.#pdq.remove(c.signalId);
      else this.#pdq.add(c.signalId, c.value);
      return;
    }
    if (c.signalType === 'vpdq') {
      if (c.deleted) this.#vpdq.remove(c.signalId);
      else this.#vpdq.add(c.signalId, parseVpdq(c.value));
      return;
    }
    const digest = this.#digests.get(c.signalType);
    if (digest) {
      if (c.deleted) digest.remove(c.signalId);
      else digest.add(c.signalId, c.value);
      return;
    }
    const previous = this.#exactById.get(c.signalId);
    if (previous) {
      this.#exact.get(previous.type)?.get(previous.value)?.delete(c.signalId);
      this.#exactById.delete(c.signalId);
    }
    if (c.deleted) return;
    let byValue = this.#exact.get(c.signalType);
    if (!byValue) this.#exact.set(c.signalType, (byValue = new Map()));
    let ids = byValue.get(c.value);
    if (!ids) byValue.set(c.value, (ids = new Set()));
    ids.add(c.signalId);
    this.#exactById.set(c.signalId, { type: c.signalType, value: c.value });
  }

  /** Candidates for many queries, then one database round trip to decide which may answer. */
  async lookup(ctx: RequestContext, queries: readonly LookupQuery[], options: LookupOptions = {}): Promise<LookupMatch[][]> {
    const candidates = queries.map((q) => this.#candidates(q));
    const ids = [...new Set(candidates.flatMap((c) => [...c.keys()]))];
    if (ids.length === 0) return queries.map(() => []);
    const resolved = await this.deps.banks.resolveMatches(ctx, ids);
    const bySignal = new Map(resolved.map((r) => [r.signalId, r]));
    const wanted = options.banks ? new Set(options.banks) : null;
    const results = candidates.map((cands, i) => {
      const out: LookupMatch[] = [];
      for (const [signalId, distance] of cands) {
        const r = bySignal.get(signalId);
        // Outside the bank filter only negative banks count (they may still suppress the query).
        if (!r || (wanted && !r.isNegative && !wanted.has(r.bankName))) continue;
        if (queries[i]!.signalType === 'pdq' && distance > (r.pdqThreshold ?? DEFAULT_PDQ_THRESHOLD)) continue;
        out.push({ bankName: r.bankName, bankContentId: r.contentId, distance, negative: r.isNegative });
      }
      return out;
    });
    const positive = [...new Set(results.flat().filter((m) => !m.negative).map((m) => m.bankContentId))];
    const quarantined = positive.length > 0 ? await this.deps.banks.recordMatches(positive, { minPerHour: this.deps.policy.floodMinPerHour, factor: this.deps.policy.floodFactor }) : new Set<number>();
    return results.map((matches) => {
      const kept = matches.filter((m) => !quarantined.has(m.bankContentId));
      // A match in a negative bank (known benign) suppresses every other match of that query.
      if (!options.ignoreNegativeBanks && kept.some((m) => m.negative)) return [];
      return kept.filter((m) => !wanted || wanted.has(m.bankName)).sort((a, b) => a.distance - b.distance || a.bankContentId - b.bankContentId);
    });
  }

  #candidates(q: LookupQuery): Map<number, number> {
    const out = new Map<number, number>();
    if (q.signalType === 'pdq') {
      if (q.quality != null && q.quality < this.deps.policy.qualityFloor) return out;
      for (const m of this.#pdq.query(q.value, this.#pdqThreshold)) out.set(m.id, m.distance);
      return out;
    }
    if (q.signalType === 'vpdq') {
      // A video's distance is the share of its frames that did not match (0 = all matched).
      for (const m of this.#vpdq.query(parseVpdq(q.value))) out.set(m.id, Math.round(100 - m.queryMatchPercent));
      return out;
    }
    const digest = this.#digests.get(q.signalType);
    if (digest) {
      for (const m of digest.query(q.value)) out.set(m.id, 0);
      return out;
    }
    for (const id of this.#exact.get(q.signalType)?.get(q.value) ?? []) out.set(id, 0);
    return out;
  }
}

export const DEFAULT_QUALITY_FLOOR = PDQ_MIN_QUALITY;
