// Deconfliction: an organisation places a hold on an item it submitted or on a cluster it has an
// item in ("under investigation, do not refer"), lists and releases its holds; a hold stops
// blocking once released or expired (by the injected clock). Before anything is referred, the
// referral module calls `check` in its transaction: under the same locks as a placement, it finds
// other organisations' active holds on the item, its URL or its cluster, and tells each holder that
// someone ran into its hold. The other organisation learns only that the item is held (ITEM_HELD):
// never who holds it or why.
import type { AuditTrail } from '../../core/audit/index.ts';
import { actingOrganisation, isPrincipal, requirePermission, type RequestContext } from '../../core/auth/principal.ts';
import type { Clock } from '../../core/clock/clock.ts';
import type { Database, Queryable } from '../../core/db/index.ts';
import { AppError } from '../../core/errors/app-error.ts';
import type { ItemService } from '../items/item.service.ts';
import { holdStatus, type ConflictAction, type Hold, type HoldStatus, type HoldTarget, type HoldView } from './hold.model.ts';
import type { HoldRepository } from './hold.repository.ts';
import type { NotificationService } from './notification.service.ts';

export const MAX_HOLDS_LISTED = 500;

export type NewHold = ({ itemId: number; clusterId?: undefined } | { clusterId: number; itemId?: undefined }) & { reason: string; expiresAt?: Date | null };

export class DeconflictionService {
  constructor(private readonly deps: { db: Database; repository: HoldRepository; items: Pick<ItemService, 'visibleItem' | 'cluster'>; notifications: NotificationService; audit: AuditTrail; clock: Clock }) {}

  async place(ctx: RequestContext, input: NewHold): Promise<HoldView> {
    requirePermission(ctx.actor, 'holds:manage');
    const org = actingOrganisation(ctx);
    const reason = input.reason.trim();
    if (reason.length === 0) throw new AppError('VALIDATION_FAILED', 'A hold needs a reason.');
    const expiresAt = input.expiresAt ?? null;
    if (expiresAt && expiresAt <= this.deps.clock.now()) throw new AppError('VALIDATION_FAILED', 'A hold must expire in the future.');
    // A cluster is visible to an organisation that has an item in it; 404 otherwise.
    if (input.clusterId !== undefined) await this.deps.items.cluster(ctx, input.clusterId);
    const { db, repository, audit, clock } = this.deps;
    const outcome = await db.transaction(async (tx) => {
      let target: HoldTarget;
      if (input.itemId !== undefined) {
        const item = await this.deps.items.visibleItem(ctx, input.itemId, { tx, lock: true });
        target = { itemId: item.id, url: item.url, clusterId: item.clusterId };
      } else {
        target = { itemId: null, url: null, clusterId: input.clusterId };
      }
      const holds = await this.#lockedActiveHolds(tx, target);
      const own = holds.find((h) => h.organisationId === org && (input.itemId !== undefined ? h.itemId === target.itemId : h.clusterId === target.clusterId));
      if (own) throw new AppError('CONFLICT', `The organisation already holds this ${input.itemId !== undefined ? 'item' : 'cluster'} (hold ${own.id}).`, { holdId: own.id });
      if (await this.#blocked(tx, ctx, holds, target, 'hold_attempted')) return null;
      const now = clock.now();
      const id = await repository.insert(
        tx,
        { organisationId: org, itemId: target.itemId, itemUrl: target.itemId !== null ? target.url : null, clusterId: input.itemId !== undefined ? null : target.clusterId, reason, expiresAt, createdByMemberId: memberIdOf(ctx), createdBy: ctx.actor.label },
        now,
      );
      const hold = (await repository.find(org, id, tx))!;
      await audit.record(tx, ctx, { action: 'hold.placed', targetType: 'hold', targetId: id, after: presentHoldSummary(hold) });
      return hold;
    });
    if (!outcome) throw new AppError('ITEM_HELD');
    return this.#view(outcome);
  }

  async list(ctx: RequestContext, status: HoldStatus | null = null, limit = MAX_HOLDS_LISTED): Promise<HoldView[]> {
    requirePermission(ctx.actor, 'holds:manage');
    const holds = await this.deps.repository.list(actingOrganisation(ctx), { status, now: this.deps.clock.now(), limit: Math.max(1, Math.min(limit, MAX_HOLDS_LISTED)) });
    return holds.map((h) => this.#view(h));
  }

  async release(ctx: RequestContext, id: number): Promise<HoldView> {
    requirePermission(ctx.actor, 'holds:manage');
    const org = actingOrganisation(ctx);
    const { db, repository, audit, clock } = this.deps;
    return db.transaction(async (tx) => {
      const before = await repository.find(org, id, tx, true);
      if (!before) throw new AppError('NOT_FOUND');
      if (before.releasedAt) throw new AppError('INVALID_STATE_TRANSITION', 'The hold was already released.');
      await repository.release(tx, id, ctx.actor.label, clock.now());
      const after = (await repository.find(org, id, tx))!;
      await audit.record(tx, ctx, { action: 'hold.released', targetType: 'hold', targetId: id, before: presentHoldSummary(before), after: presentHoldSummary(after) });
      return this.#view(after);
    });
  }

  /**
   * Whether another organisation than `organisationId` holds the item (by id or URL) or its
   * cluster now. Read-only and unlocked: for display. Decisions go through `check`.
   */
  async isHeld(target: HoldTarget, organisationId: number, tx?: Queryable): Promise<boolean> {
    const holds = await this.deps.repository.activeFor(tx ?? this.deps.db, target, this.deps.clock.now());
    return holds.some((h) => h.organisationId !== organisationId);
  }

  /**
   * The deconfliction check, inside the caller's transaction (which should hold the item's row
   * lock): takes the target's locks, and if another organisation holds the item or its cluster,
   * notifies each holder in the same transaction and returns true. The caller then commits (so the
   * holders are told) and answers ITEM_HELD without making its change.
   */
  async check(tx: Queryable, ctx: RequestContext, target: HoldTarget, action: ConflictAction): Promise<boolean> {
    return this.#blocked(tx, ctx, await this.#lockedActiveHolds(tx, target), target, action);
  }

  #view(h: Hold): HoldView {
    return { ...h, status: holdStatus(h, this.deps.clock.now()) };
  }

  async #lockedActiveHolds(tx: Queryable, target: HoldTarget): Promise<Hold[]> {
    await this.deps.repository.lockTarget(tx, target);
    return this.deps.repository.activeFor(tx, target, this.deps.clock.now());
  }

  async #blocked(tx: Queryable, ctx: RequestContext, holds: Hold[], target: HoldTarget, action: ConflictAction): Promise<boolean> {
    const org = actingOrganisation(ctx);
    const others = holds.filter((h) => h.organisationId !== org);
    if (others.length === 0) return false;
    for (const hold of others) await this.deps.notifications.holdConflict(tx, ctx, hold, action);
    // The attempt is in the attempting organisation's trail, without the holders or their holds.
    await this.deps.audit.record(tx, ctx, { action: 'deconfliction.blocked', targetType: target.itemId !== null ? 'item' : 'cluster', targetId: target.itemId ?? target.clusterId, details: { action } });
    return true;
  }
}

function memberIdOf(ctx: RequestContext): number | null {
  return isPrincipal(ctx.actor) && ctx.actor.kind === 'member' ? ctx.actor.id : null;
}

export function presentHoldSummary(h: Hold) {
  return { id: h.id, itemId: h.itemId, clusterId: h.clusterId, expiresAt: h.expiresAt?.toISOString() ?? null, releasedAt: h.releasedAt?.toISOString() ?? null };
}
