// Banks and their entries: creation, renaming, enabling, negative banks, per-bank thresholds,
// sharing with other organisations (read or contribute), and entries with signals that can be
// disabled (for a while) or deleted. Every change is audited and, where a matcher must see it,
// stamped with the next change_seq under the bank-change lock.
import type { AuditTrail } from '../../core/audit/index.ts';
import { isPrincipal, requirePermission, systemContext, type RequestContext, actingOrganisation } from '../../core/auth/principal.ts';
import type { Clock } from '../../core/clock/clock.ts';
import { pgErrorCode, PG_FOREIGN_KEY_VIOLATION, PG_UNIQUE_VIOLATION, type Database, type Queryable } from '../../core/db/index.ts';
import { AppError } from '../../core/errors/app-error.ts';
import { defaultRegistry, isSignalError, type SignalRegistry } from '../../signals/index.ts';
import type { Bank, BankContent, BankShare, EntryMatchCount, MatchableBank, SignalChange } from './bank.model.ts';
import type { BankRepository } from './bank.repository.ts';

export const BANK_NAME = /^[A-Z][A-Z0-9_]{0,99}$/;

export interface NewBank {
  name: string;
  description?: string;
  enabled?: boolean;
  isNegative?: boolean;
  pdqThreshold?: number | null;
}

export interface NewContent {
  signals: Array<{ signalType: string; value: string; quality?: number | null }>;
  note?: string;
  category?: string | null;
  tags?: string[];
  metadata?: Record<string, unknown>;
  source?: string | null;
  sourceId?: string | null;
}

export interface ContentPatch {
  note?: string;
  tags?: string[];
  category?: string | null;
  enabled?: boolean;
  disabledUntil?: Date | null;
  releaseQuarantine?: boolean;
}

export class BankService {
  readonly #registry: SignalRegistry;
  readonly #changeListeners: Array<() => Promise<void>> = [];

  constructor(private readonly deps: { db: Database; repository: BankRepository; audit: AuditTrail; clock: Clock; registry?: SignalRegistry }) {
    this.#registry = deps.registry ?? defaultRegistry;
  }

  /** Called after every committed change that a matcher must see (the in-process matcher syncs). */
  onSignalsChanged(listener: () => Promise<void>): void {
    this.#changeListeners.push(listener);
  }

  async #changed(): Promise<void> {
    for (const l of this.#changeListeners) await l();
  }

  async create(ctx: RequestContext, input: NewBank): Promise<Bank> {
    const org = this.#writer(ctx);
    checkName(input.name);
    const { db, repository, audit, clock } = this.deps;
    try {
      return await db.transaction(async (tx) => {
        const bank = await repository.insertBank(tx, { organisationId: org, name: input.name, description: input.description ?? '', enabled: input.enabled ?? true, isNegative: input.isNegative ?? false, pdqThreshold: input.pdqThreshold ?? null }, clock.now());
        await audit.record(tx, ctx, { action: 'bank.created', targetType: 'bank', targetId: bank.id, after: presentBankSummary(bank) });
        return bank;
      });
    } catch (error) {
      if (pgErrorCode(error) === PG_UNIQUE_VIOLATION) throw new AppError('BANK_NAME_TAKEN');
      throw error;
    }
  }

  async list(ctx: RequestContext): Promise<Bank[]> {
    requirePermission(ctx.actor, 'banks:read');
    return this.deps.repository.listVisible(actingOrganisation(ctx));
  }

  async get(ctx: RequestContext, by: { id: number } | { name: string }): Promise<Bank> {
    requirePermission(ctx.actor, 'banks:read');
    const bank = await this.deps.repository.findVisible(actingOrganisation(ctx), by);
    if (!bank) throw new AppError('NOT_FOUND');
    return bank;
  }

  async update(ctx: RequestContext, by: { id: number } | { name: string }, patch: Omit<NewBank, 'name'> & { name?: string }): Promise<Bank> {
    this.#writer(ctx);
    if (patch.name !== undefined) checkName(patch.name);
    const { db, repository, audit, clock } = this.deps;
    let updated: Bank;
    try {
      updated = await db.transaction(async (tx) => {
        const before = await this.#owned(ctx, by, tx);
        await repository.updateBank(tx, before.id, patch, clock.now());
        const after = (await repository.findVisible(actingOrganisation(ctx), { id: before.id }, tx))!;
        await audit.record(tx, ctx, { action: 'bank.updated', targetType: 'bank', targetId: before.id, before: presentBankSummary(before), after: presentBankSummary(after) });
        return after;
      });
    } catch (error) {
      if (pgErrorCode(error) === PG_UNIQUE_VIOLATION) throw new AppError('BANK_NAME_TAKEN');
      throw error;
    }
    // Matchers hold banks (name, enabled, negative, threshold) in memory: this process's at once.
    await this.#changed();
    return updated;
  }

  async delete(ctx: RequestContext, by: { id: number } | { name: string }): Promise<void> {
    this.#writer(ctx);
    const { db, repository, audit, clock } = this.deps;
    await db.transaction(async (tx) => {
      await repository.lockChanges(tx);
      const bank = await this.#owned(ctx, by, tx);
      await repository.deleteBank(tx, bank.id, clock.now());
      await audit.record(tx, ctx, { action: 'bank.deleted', targetType: 'bank', targetId: bank.id, before: presentBankSummary(bank) });
    });
    await this.#changed();
  }

  async shares(ctx: RequestContext, by: { id: number } | { name: string }): Promise<BankShare[]> {
    const bank = await this.#owned(ctx, by);
    return this.deps.repository.listShares(bank.id);
  }

  async share(ctx: RequestContext, by: { id: number } | { name: string }, organisationId: number, access: 'read' | 'contribute' | 'none'): Promise<void> {
    this.#writer(ctx);
    const { db, repository, audit, clock } = this.deps;
    try {
      await db.transaction(async (tx) => {
        const bank = await this.#owned(ctx, by, tx);
        if (organisationId === bank.organisationId) throw new AppError('VALIDATION_FAILED', 'A bank is not shared with its own organisation.');
        if (access === 'none') {
          if (!(await repository.deleteShare(tx, bank.id, organisationId))) return;
        } else {
          await repository.upsertShare(tx, bank.id, organisationId, access, clock.now());
        }
        await audit.record(tx, ctx, { action: access === 'none' ? 'bank.unshared' : 'bank.shared', targetType: 'bank', targetId: bank.id, details: { organisationId, access } });
      });
    } catch (error) {
      if (pgErrorCode(error) === PG_FOREIGN_KEY_VIOLATION) throw new AppError('NOT_FOUND', 'No such organisation.');
      throw error;
    }
    // Matchers hold the shares in memory: this process's matcher stops answering an unshared bank at once.
    await this.#changed();
  }

  /** Adds one entry with its signals; the owner or an organisation with contribute access may. */
  async addContent(ctx: RequestContext, by: { id: number } | { name: string }, input: NewContent): Promise<BankContent> {
    const results = await this.addContents(ctx, by, [input]);
    return results[0]!;
  }

  /**
   * Adds many entries in one transaction (imports use batches). An entry with a source id that the
   * bank already holds replaces that entry's signals instead of duplicating it.
   */
  async addContents(ctx: RequestContext, by: { id: number } | { name: string }, inputs: NewContent[]): Promise<BankContent[]> {
    this.#contributor(ctx);
    const prepared = inputs.map((input) => ({ ...input, signals: this.#validateSignals(input.signals) }));
    const { db, repository, audit, clock } = this.deps;
    const added = await db.transaction(async (tx) => {
      await repository.lockChanges(tx);
      const bank = await this.#contributable(ctx, by, tx);
      const now = clock.now();
      const out: BankContent[] = [];
      for (const input of prepared) {
        const existing = input.source && input.sourceId ? await repository.findContentBySource(tx, bank.id, input.source, input.sourceId) : null;
        if (existing) await repository.deleteContent(tx, existing, now);
        const contentId = await repository.insertContent(
          tx,
          { bankId: bank.id, note: input.note ?? '', category: input.category ?? null, tags: input.tags ?? [], metadata: input.metadata ?? {}, source: input.source ?? null, sourceId: input.sourceId ?? null, addedBy: isPrincipal(ctx.actor) ? ctx.actor.organisationId : null },
          now,
        );
        await repository.insertSignals(tx, contentId, bank.id, input.signals, now);
        out.push((await repository.getContent(bank.id, contentId, tx))!);
      }
      await audit.record(tx, ctx, {
        action: 'bank.content_added',
        targetType: 'bank',
        targetId: bank.id,
        details: { count: out.length, contentIds: out.slice(0, 100).map((c) => c.id) },
      });
      return out;
    });
    await this.#changed();
    return added;
  }

  /** Tombstones the entries an import source marks as deleted; returns how many existed. */
  async removeBySource(ctx: RequestContext, by: { id: number } | { name: string }, source: string, sourceIds: string[]): Promise<number> {
    this.#contributor(ctx);
    const { db, repository, audit, clock } = this.deps;
    const count = await db.transaction(async (tx) => {
      await repository.lockChanges(tx);
      const bank = await this.#contributable(ctx, by, tx);
      let removed = 0;
      for (const sourceId of sourceIds) {
        const id = await repository.findContentBySource(tx, bank.id, source, sourceId);
        if (id) {
          await repository.deleteContent(tx, id, clock.now());
          removed++;
        }
      }
      if (removed > 0) await audit.record(tx, ctx, { action: 'bank.content_removed', targetType: 'bank', targetId: bank.id, details: { source, removed } });
      return removed;
    });
    await this.#changed();
    return count;
  }

  async getContent(ctx: RequestContext, by: { id: number } | { name: string }, contentId: number): Promise<BankContent> {
    const bank = await this.get(ctx, by);
    const content = await this.deps.repository.getContent(bank.id, contentId);
    if (!content) throw new AppError('NOT_FOUND');
    return content;
  }

  async listContents(ctx: RequestContext, by: { id: number } | { name: string }, afterId = 0, limit = 100): Promise<{ bank: Bank; contents: BankContent[] }> {
    const bank = await this.get(ctx, by);
    return { bank, contents: await this.deps.repository.listContents(bank.id, afterId, limit) };
  }

  async updateContent(ctx: RequestContext, by: { id: number } | { name: string }, contentId: number, patch: ContentPatch): Promise<BankContent> {
    this.#writer(ctx);
    const { db, repository, audit, clock } = this.deps;
    // Enabling, disabling and releasing change whether the entry may answer: matchers must re-read it.
    const matching = patch.enabled !== undefined || patch.disabledUntil !== undefined || patch.releaseQuarantine === true;
    const updated = await db.transaction(async (tx) => {
      if (matching) await repository.lockChanges(tx);
      const bank = await this.#owned(ctx, by, tx);
      const before = await repository.getContent(bank.id, contentId, tx);
      if (!before) throw new AppError('NOT_FOUND');
      await repository.updateContent(
        tx,
        contentId,
        {
          ...(patch.note !== undefined ? { note: patch.note } : {}),
          ...(patch.tags !== undefined ? { tags: patch.tags } : {}),
          ...(patch.category !== undefined ? { category: patch.category } : {}),
          ...(patch.enabled !== undefined ? { enabled: patch.enabled } : {}),
          ...(patch.disabledUntil !== undefined ? { disabledUntil: patch.disabledUntil, enabled: patch.disabledUntil === null ? (patch.enabled ?? before.enabled) : false } : {}),
          ...(patch.releaseQuarantine ? { quarantine: null } : {}),
        },
        clock.now(),
      );
      if (matching) await repository.restampContent(tx, contentId);
      const after = (await repository.getContent(bank.id, contentId, tx))!;
      await audit.record(tx, ctx, { action: 'bank.content_updated', targetType: 'bank_content', targetId: contentId, before: presentContentState(before), after: presentContentState(after) });
      return after;
    });
    if (matching) await this.#changed();
    return updated;
  }

  async deleteContent(ctx: RequestContext, by: { id: number } | { name: string }, contentId: number): Promise<void> {
    this.#writer(ctx);
    const { db, repository, audit, clock } = this.deps;
    await db.transaction(async (tx) => {
      await repository.lockChanges(tx);
      const bank = await this.#owned(ctx, by, tx);
      const content = await repository.getContent(bank.id, contentId, tx);
      if (!content) throw new AppError('NOT_FOUND');
      await repository.deleteContent(tx, contentId, clock.now());
      await audit.record(tx, ctx, { action: 'bank.content_deleted', targetType: 'bank_content', targetId: contentId, before: presentContentState(content) });
    });
    await this.#changed();
  }

  /**
   * For matchers: adds the matches counted in memory for one hour to the database, and answers each
   * entry's count that hour (from every process that flushed) and its hourly baseline over the week before.
   */
  addMatchCounts(hour: Date, counts: ReadonlyMap<number, number>): Promise<EntryMatchCount[]> {
    return this.deps.repository.addMatchCounts(counts, hour, new Date(hour.getTime() - 7 * 24 * 3_600_000));
  }

  /**
   * Flood quarantine: the entry stops matching (in every matcher, through the change feed), with an
   * audit event, until its owner releases it. False when it was already quarantined or is deleted.
   */
  async quarantineFlooded(contentId: number, reason: string): Promise<boolean> {
    const { db, repository, audit, clock } = this.deps;
    const now = clock.now();
    const quarantined = await db.transaction(async (tx) => {
      await repository.lockChanges(tx);
      if (!(await repository.quarantineContent(tx, contentId, now, reason))) return false;
      await repository.restampContent(tx, contentId);
      await audit.record(tx, systemContext('flood-quarantine'), { action: 'bank.content_quarantined', targetType: 'bank_content', targetId: contentId, organisationId: null, details: { reason } });
      return true;
    });
    if (quarantined) await this.#changed();
    return quarantined;
  }

  /** For matchers: every live bank and whom it is shared with. */
  matchableBanks(): Promise<MatchableBank[]> {
    return this.deps.repository.matchableBanks();
  }

  /** For matchers: signal changes after `seq`. */
  changesSince(seq: number, limit = 50_000): Promise<SignalChange[]> {
    return this.deps.repository.changesSince(seq, limit);
  }

  #validateSignals(signals: NewContent['signals']): Array<{ signalType: string; value: string; quality: number | null }> {
    if (signals.length === 0) throw new AppError('VALIDATION_FAILED', 'A bank entry needs at least one signal.');
    return signals.map((s) => {
      try {
        return { signalType: s.signalType, value: this.#registry.validate(s.signalType, s.value), quality: s.quality ?? null };
      } catch (error) {
        if (isSignalError(error)) throw new AppError(error.code as 'SIGNAL_INVALID' | 'SIGNAL_TYPE_UNKNOWN', error.message);
        throw error;
      }
    });
  }

  async #owned(ctx: RequestContext, by: { id: number } | { name: string }, tx?: Queryable): Promise<Bank> {
    const bank = await this.deps.repository.findVisible(actingOrganisation(ctx), by, tx);
    if (!bank) throw new AppError('NOT_FOUND');
    if (bank.access !== 'owner') throw new AppError('FORBIDDEN', 'Only the organisation that owns a bank may change it.');
    return bank;
  }

  async #contributable(ctx: RequestContext, by: { id: number } | { name: string }, tx: Queryable): Promise<Bank> {
    const bank = await this.deps.repository.findVisible(actingOrganisation(ctx), by, tx);
    if (!bank) throw new AppError('NOT_FOUND');
    if (bank.access === 'read') throw new AppError('FORBIDDEN', 'This bank is shared with your organisation to read only.');
    return bank;
  }

  #writer(ctx: RequestContext): number {
    requirePermission(ctx.actor, 'banks:manage');
    return actingOrganisation(ctx);
  }

  #contributor(ctx: RequestContext): number {
    requirePermission(ctx.actor, 'banks:manage');
    return actingOrganisation(ctx);
  }
}


function checkName(name: string): void {
  if (!BANK_NAME.test(name)) throw new AppError('BANK_NAME_INVALID');
}

export function presentBankSummary(b: Bank) {
  return { id: b.id, name: b.name, enabled: b.enabled, isNegative: b.isNegative, pdqThreshold: b.pdqThreshold, description: b.description };
}

function presentContentState(c: BankContent) {
  return { enabled: c.enabled, disabledUntil: c.disabledUntil?.toISOString() ?? null, quarantined: c.quarantinedAt !== null, note: c.note, tags: c.tags, category: c.category };
}
