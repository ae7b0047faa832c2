// What a matcher knows, besides its indexes, to decide without the database whether a candidate
// signal may answer a caller: which entry and bank each signal belongs to, the entries that may not
// answer (disabled, or quarantined), and every live bank with whom it is shared. It is fed by the
// same change feed as the indexes (entry state comes with each signal change; enabling, disabling,
// quarantining and releasing an entry re-stamp its signals) and the banks are read whole on every
// poll, so it is as fresh as the indexes: at once in the process that made a change, within one
// poll interval elsewhere.
import type { MatchableBank, SignalChange } from './bank.model.ts';

export interface ResolvedMatch {
  contentId: number;
  bankId: number;
  bankName: string;
  isNegative: boolean;
  pdqThreshold: number | null;
}

interface BankState {
  organisationId: number;
  name: string;
  enabled: boolean;
  isNegative: boolean;
  pdqThreshold: number | null;
  sharedWith: ReadonlySet<number>;
}

/** An entry that may not answer now: quarantined, or disabled (until a time, or for good when null). */
interface HeldEntry {
  quarantined: boolean;
  disabledUntil: number | null;
  enabled: boolean;
}

export class MatchDirectory {
  /** signal id → entry id, for every live signal (small integers: V8 keeps them unboxed). */
  readonly #signalEntry = new Map<number, number>();
  /** entry id → bank id, for every live entry. */
  readonly #entryBank = new Map<number, number>();
  /** Only the entries that are disabled or quarantined: few. */
  readonly #held = new Map<number, HeldEntry>();
  #banks = new Map<number, BankState>();

  get signals(): number {
    return this.#signalEntry.size;
  }

  has(signalId: number): boolean {
    return this.#signalEntry.has(signalId);
  }

  /**
   * Records a change. Answers 'added' for a signal seen for the first time (to index), 'removed'
   * for one that is gone (to take out of the index), 'state' when only its entry's state changed.
   */
  apply(c: SignalChange): 'added' | 'removed' | 'state' {
    if (c.deleted) {
      this.#signalEntry.delete(c.signalId);
      if (c.contentDeleted) {
        this.#entryBank.delete(c.contentId);
        this.#held.delete(c.contentId);
      }
      return 'removed';
    }
    const known = this.#signalEntry.has(c.signalId);
    this.#signalEntry.set(c.signalId, c.contentId);
    this.#entryBank.set(c.contentId, c.bankId);
    if (c.enabled && !c.quarantined) this.#held.delete(c.contentId);
    else this.#held.set(c.contentId, { quarantined: c.quarantined, enabled: c.enabled, disabledUntil: c.disabledUntil?.getTime() ?? null });
    return known ? 'state' : 'added';
  }

  /** Replaces the banks (all live ones, as read now). */
  setBanks(banks: readonly MatchableBank[]): void {
    this.#banks = new Map(
      banks.map((b) => [b.id, { organisationId: b.organisationId, name: b.name, enabled: b.enabled, isNegative: b.isNegative, pdqThreshold: b.pdqThreshold, sharedWith: new Set(b.sharedWith) }]),
    );
  }

  /** The largest PDQ threshold of the enabled banks (the fallback for banks without one, or when there are none). */
  maxPdqThreshold(fallback: number): number {
    let max: number | null = null;
    for (const b of this.#banks.values()) if (b.enabled) max = Math.max(max ?? 0, b.pdqThreshold ?? fallback);
    return max ?? fallback;
  }

  /** Marks an entry quarantined before the change feed brings it (the process that quarantined it). */
  quarantine(contentId: number): void {
    const held = this.#held.get(contentId);
    this.#held.set(contentId, { quarantined: true, enabled: held?.enabled ?? true, disabledUntil: held?.disabledUntil ?? null });
  }

  /**
   * The entry and bank behind a candidate signal if it may answer this organisation at `now`: the
   * bank is live, enabled, and owned by or shared with the organisation; the entry is enabled (or
   * its disable has lapsed) and not quarantined. Null otherwise.
   */
  resolve(signalId: number, organisationId: number, now: number): ResolvedMatch | null {
    const contentId = this.#signalEntry.get(signalId);
    if (contentId === undefined) return null;
    const bankId = this.#entryBank.get(contentId);
    const bank = bankId === undefined ? undefined : this.#banks.get(bankId);
    if (!bank || !bank.enabled) return null;
    if (bank.organisationId !== organisationId && !bank.sharedWith.has(organisationId)) return null;
    const held = this.#held.get(contentId);
    if (held && (held.quarantined || (!held.enabled && (held.disabledUntil === null || held.disabledUntil > now)))) return null;
    return { contentId, bankId: bankId!, bankName: bank.name, isNegative: bank.isNegative, pdqThreshold: bank.pdqThreshold };
  }
}
