// Flood-quarantine counting without a database write per match. A matcher counts matches per bank
// entry per hour in memory and adds them to the database (bank_match_counts) every flush interval;
// each flush answers the entry's count that hour across all processes and its baseline, which the
// counter keeps. Between flushes an entry's count is estimated as the last total read plus the
// matches counted here since. The rule (docs/banks.md, "False-positive controls") is unchanged:
// an entry floods when its count this hour is at least minPerHour and more than factor × its
// hourly baseline over the week before. When the estimate may meet it — at least minPerHour, and
// above factor × the known baseline or with no baseline read yet — the counter flushes that entry
// at once, so that the database decides and the match that floods is already withheld. Other
// processes' matches are seen at the next flush, so a flood spread over several matchers is found
// within one flush interval.
import type { EntryMatchCount } from './bank.model.ts';

export interface FloodPolicy {
  minPerHour: number;
  factor: number;
}

export const HOUR_MS = 3_600_000;

export function isFlood(count: { thisHour: number; baselinePerHour: number }, policy: FloodPolicy): boolean {
  return count.thisHour >= policy.minPerHour && count.thisHour > policy.factor * count.baselinePerHour;
}

export function floodReason(count: { thisHour: number; baselinePerHour: number }): string {
  return `matched ${count.thisHour} times this hour against a baseline of ${count.baselinePerHour.toFixed(2)} per hour`;
}

export class MatchCounter {
  /** hour start (ms) → entry id → matches not yet in the database. */
  readonly #pending = new Map<number, Map<number, number>>();
  /** The hour that #known describes. */
  #knownHour = -1;
  /** entry id → its count this hour and baseline, as the last flush read them. */
  readonly #known = new Map<number, { thisHour: number; baselinePerHour: number }>();

  constructor(
    private readonly deps: {
      policy: FloodPolicy;
      /** Adds counts for one hour to the database; answers the totals and baselines. */
      write(hour: Date, counts: ReadonlyMap<number, number>): Promise<EntryMatchCount[]>;
    },
  ) {}

  /** Entries with matches not yet written. */
  get pending(): number {
    let n = 0;
    for (const counts of this.#pending.values()) n += counts.size;
    return n;
  }

  /**
   * Counts one match for each entry at `now`. Answers the entries that may be flooding now and must
   * be flushed at once (see the header).
   */
  count(contentIds: Iterable<number>, now: number): number[] {
    const hour = Math.floor(now / HOUR_MS) * HOUR_MS;
    if (hour !== this.#knownHour) {
      this.#known.clear();
      this.#knownHour = hour;
    }
    let counts = this.#pending.get(hour);
    if (!counts) this.#pending.set(hour, (counts = new Map()));
    const check: number[] = [];
    const { minPerHour, factor } = this.deps.policy;
    for (const id of contentIds) {
      const n = (counts.get(id) ?? 0) + 1;
      counts.set(id, n);
      const known = this.#known.get(id);
      const estimate = (known?.thisHour ?? 0) + n;
      if (estimate >= minPerHour && (!known || estimate > factor * known.baselinePerHour)) check.push(id);
    }
    return check;
  }

  /**
   * Writes the pending counts — all of them, or only those of `only` in the hour of `now` — and
   * answers the entries that flood by the database's totals. Counts that could not be written are
   * kept for the next flush.
   */
  async flush(now: number, only?: readonly number[]): Promise<EntryMatchCount[]> {
    const batches: Array<[number, Map<number, number>]> = [];
    if (only) {
      const hour = Math.floor(now / HOUR_MS) * HOUR_MS;
      const counts = this.#pending.get(hour);
      const taken = new Map<number, number>();
      for (const id of only) {
        const n = counts?.get(id);
        if (n) {
          taken.set(id, n);
          counts!.delete(id);
        }
      }
      if (taken.size > 0) batches.push([hour, taken]);
    } else {
      for (const [hour, counts] of this.#pending) if (counts.size > 0) batches.push([hour, counts]);
      this.#pending.clear();
    }
    const flooded: EntryMatchCount[] = [];
    let failure: unknown;
    for (const [hour, counts] of batches) {
      let totals: EntryMatchCount[];
      try {
        totals = await this.deps.write(new Date(hour), counts);
      } catch (error) {
        this.#restore(hour, counts);
        failure ??= error;
        continue;
      }
      for (const t of totals) {
        if (hour === this.#knownHour) {
          // Totals only grow within an hour; a slower, earlier flush must not lower them.
          const known = this.#known.get(t.contentId);
          this.#known.set(t.contentId, { thisHour: Math.max(t.thisHour, known?.thisHour ?? 0), baselinePerHour: t.baselinePerHour });
        }
        if (isFlood(t, this.deps.policy)) flooded.push(t);
      }
    }
    if (failure !== undefined) throw failure;
    return flooded;
  }

  #restore(hour: number, counts: ReadonlyMap<number, number>): void {
    let pending = this.#pending.get(hour);
    if (!pending) this.#pending.set(hour, (pending = new Map()));
    for (const [id, n] of counts) pending.set(id, (pending.get(id) ?? 0) + n);
  }
}
