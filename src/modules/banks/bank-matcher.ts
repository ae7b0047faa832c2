// The in-memory matching side of the banks. The database is the source of truth: a matcher loads
// every live signal at start, then follows change_seq, so several matcher processes on PostgreSQL
// stay consistent and a new entry is matchable within one poll interval (250 ms by default) — at
// once in the process that wrote it. Indexes propose candidates; whether a candidate may answer
// (bank enabled and owned by or shared with the caller, entry enabled, not quarantined) is decided
// in memory too, by a directory fed from the same change feed, with the banks and their shares
// read whole on every poll (see match-directory.ts). Matches are counted for flood quarantine in
// memory and flushed every VIGIL_MATCH_COUNT_FLUSH_MS (see match-counter.ts). A lookup therefore
// needs no database round trip, unless an entry may be flooding.
import { actingOrganisation, requirePermission, type RequestContext } from '../../core/auth/principal.ts';
import type { Clock } from '../../core/clock/clock.ts';
import type { Logger } from '../../core/logging/logger.ts';
import { ExactIndex, PdqIndex, startBackgroundCompaction, VpdqFrameIndex } from '../../matching/index.ts';
import { parseVpdq, PDQ_MIN_QUALITY } from '../../signals/index.ts';
import type { EntryMatchCount, SignalChange } from './bank.model.ts';
import type { BankService } from './bank.service.ts';
import { MatchCounter, floodReason } from './match-counter.ts';
import { MatchDirectory } from './match-directory.ts';

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
  /** How often counted matches are written to the database. */
  countFlushMs: number;
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
  readonly #directory = new MatchDirectory();
  readonly #counter: MatchCounter;
  #seq = 0;
  /** The largest PDQ distance any live bank asks for: the index answers up to it, banks filter. */
  #pdqThreshold = DEFAULT_PDQ_THRESHOLD;
  #timer: NodeJS.Timeout | undefined;
  #flushTimer: NodeJS.Timeout | undefined;
  #syncing: Promise<void> | undefined;
  /** A pass asked for while one ran: it starts when that one ends, so it sees what was committed before it was asked for. */
  #nextSync: Promise<void> | undefined;
  #compaction: { stop(): void } | undefined;

  constructor(private readonly deps: { banks: BankService; logger: Logger; clock: Clock; policy: MatcherPolicy }) {
    this.#vpdq = new VpdqFrameIndex({ qualityThreshold: deps.policy.qualityFloor });
    this.#counter = new MatchCounter({
      policy: { minPerHour: deps.policy.floodMinPerHour, factor: deps.policy.floodFactor },
      write: (hour, counts) => deps.banks.addMatchCounts(hour, counts),
    });
  }

  get lastSeq(): number {
    return this.#seq;
  }

  get size(): number {
    let n = this.#pdq.size + this.#vpdq.size + this.#exactById.size;
    for (const index of this.#digests.values()) n += index.size;
    return n;
  }

  /** Loads every signal, then follows changes and flushes match counts until stop(). */
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
    const flushLoop = () => {
      this.flushMatchCounts().finally(() => {
        if (this.#flushTimer) this.#flushTimer = setTimeout(flushLoop, this.deps.policy.countFlushMs);
      });
    };
    this.#flushTimer = setTimeout(flushLoop, this.deps.policy.countFlushMs);
    this.#flushTimer.unref();
  }

  /** Stops following changes and writes the matches counted so far. */
  async stop(): Promise<void> {
    clearTimeout(this.#timer);
    this.#timer = undefined;
    clearTimeout(this.#flushTimer);
    this.#flushTimer = undefined;
    this.#compaction?.stop();
    this.#compaction = undefined;
    if (this.#counter.pending > 0) await this.flushMatchCounts();
  }

  /** Writes the counted matches and quarantines the entries that flood by the totals of all processes. Never throws. */
  async flushMatchCounts(): Promise<void> {
    try {
      await this.#quarantine(await this.#counter.flush(this.deps.clock.now().getTime()));
    } catch (error) {
      this.deps.logger.error({ err: error }, 'matcher could not write match counts; keeping them for the next flush');
    }
  }

  /**
   * Applies every change since the last one seen, and reads the banks and their shares again.
   * Concurrent callers share one pass; a caller that comes while a pass runs gets the next one.
   */
  sync(): Promise<void> {
    if (!this.#syncing) {
      const pass = this.#pass().finally(() => {
        if (this.#syncing === pass) this.#syncing = undefined;
      });
      this.#syncing = pass;
      return pass;
    }
    this.#nextSync ??= this.#syncing
      .catch(() => undefined)
      .then(() => {
        this.#nextSync = undefined;
        return this.sync();
      });
    return this.#nextSync;
  }

  async #pass(): Promise<void> {
    // Banks first: a signal of a bank created after this read stays unanswerable until the next pass.
    const banks = await this.deps.banks.matchableBanks();
    for (;;) {
      const changes = await this.deps.banks.changesSince(this.#seq, 50_000);
      for (const c of changes) this.#apply(c);
      if (changes.length > 0) this.#seq = changes[changes.length - 1]!.seq;
      if (changes.length < 50_000) break;
    }
    this.#directory.setBanks(banks);
    this.#pdqThreshold = this.#directory.maxPdqThreshold(DEFAULT_PDQ_THRESHOLD);
    this.#pdq.maintain();
  }

  #apply(c: SignalChange): void {
    // Signal values never change: a known signal's change is its entry's state, which the directory keeps.
    if (this.#directory.apply(c) === 'state') return;
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

  /** Candidates for many queries, resolved in memory; the database only when an entry may be flooding. */
  async lookup(ctx: RequestContext, queries: readonly LookupQuery[], options: LookupOptions = {}): Promise<LookupMatch[][]> {
    requirePermission(ctx.actor, 'hashes:lookup');
    const organisationId = actingOrganisation(ctx);
    const now = this.deps.clock.now().getTime();
    const wanted = options.banks ? new Set(options.banks) : null;
    const results = queries.map((query) => {
      const out: LookupMatch[] = [];
      for (const [signalId, distance] of this.#candidates(query)) {
        const r = this.#directory.resolve(signalId, organisationId, now);
        // Outside the bank filter only negative banks count (they may still suppress the query).
        if (!r || (wanted && !r.isNegative && !wanted.has(r.bankName))) continue;
        if (query.signalType === 'pdq' && distance > (r.pdqThreshold ?? DEFAULT_PDQ_THRESHOLD)) continue;
        out.push({ bankName: r.bankName, bankContentId: r.contentId, distance, negative: r.isNegative });
      }
      return out;
    });
    const positive = new Set(results.flat().filter((m) => !m.negative).map((m) => m.bankContentId));
    const quarantined = new Set<number>();
    if (positive.size > 0) {
      const check = this.#counter.count(positive, now);
      if (check.length > 0) for (const id of await this.#quarantine(await this.#counter.flush(now, check))) quarantined.add(id);
    }
    return results.map((matches) => {
      const kept = matches.filter((m) => !quarantined.has(m.bankContentId));
      // A match in a negative bank (known benign) suppresses every other match of that query.
      if (!options.ignoreNegativeBanks && kept.some((m) => m.negative)) return [];
      return kept.filter((m) => !wanted || wanted.has(m.bankName)).sort((a, b) => a.distance - b.distance || a.bankContentId - b.bankContentId);
    });
  }

  /** Quarantines flooding entries (once, across processes) and stops answering them here at once. */
  async #quarantine(flooded: readonly EntryMatchCount[]): Promise<number[]> {
    const ids: number[] = [];
    for (const f of flooded) {
      await this.deps.banks.quarantineFlooded(f.contentId, floodReason(f));
      this.#directory.quarantine(f.contentId);
      ids.push(f.contentId);
    }
    return ids;
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
