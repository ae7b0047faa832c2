// Deconfliction: an organisation places a hold on an item it submitted or on a cluster it has an
// item in ("under investigation, do not refer"), lists and releases its holds; a hold stops
// blocking once released or expired (by the injected clock). Before anything is referred, the
// referral module calls `check` in its transaction: under the same locks as a placement, it finds
// other organisations' active holds on the item, its URL or its cluster, and tells each holder that
// someone ran into its hold. The other organisation learns only that the item is held (ITEM_HELD,
// and the `held` indicator on its item): never who holds it or why.
//
// Intake calls in too (the items module's IntakeHolds, connected by the container): when clusters
// merge, active holds on the absorbed clusters move to the survivor under the clusters' locks, in
// the merging transaction, with a `hold.moved` event in each holder's trail; and when another
// organisation submits content a hold covers, the holder is told, once per hold and organisation
// within the notice window.
import type { AuditTrail } from '../../core/audit/index.ts';
import { actingOrganisation, isPrincipal, requirePermission, type RequestContext } from '../../core/auth/principal.ts';
import type { Clock } from '../../core/clock/clock.ts';
import type { Database, Queryable } from '../../core/db/index.ts';
import { AppError, isAppError } from '../../core/errors/app-error.ts';
import type { ClusterMerge, HeldBy, Item } from '../items/item.model.ts';
import type { ItemService } from '../items/item.service.ts';
import type { OperationService } from '../operations/operation.service.ts';
import { holdStatus, type ConflictAction, type Hold, type HoldStatus, type HoldTarget, type HoldView } from './hold.model.ts';
import type { HoldRepository } from './hold.repository.ts';
import type { NotificationService } from './notification.service.ts';

export const MAX_HOLDS_LISTED = 500;

export type NewHold = ({ itemId: number; clusterId?: undefined } | { clusterId: number; itemId?: undefined }) & { reason: string; expiresAt?: Date | null };

export class DeconflictionService {
  constructor(
    private readonly deps: {
      db: Database;
      repository: HoldRepository;
      items: Pick<ItemService, 'visibleItem' | 'cluster' | 'survivingCluster'>;
      operations: Pick<OperationService, 'visible'>;
      notifications: NotificationService;
      audit: AuditTrail;
      clock: Clock;
      /** A holder hears of another organisation's submissions of its held content at most once per this many ms. */
      noticeWindowMs: number;
    },
  ) {}

  async place(ctx: RequestContext, input: NewHold): Promise<HoldView> {
    requirePermission(ctx.actor, 'holds:manage');
    const org = actingOrganisation(ctx);
    const reason = input.reason.trim();
    if (reason.length === 0) throw new AppError('VALIDATION_FAILED', 'A hold needs a reason.');
    const expiresAt = input.expiresAt ?? null;
    if (expiresAt && expiresAt <= this.deps.clock.now()) throw new AppError('VALIDATION_FAILED', 'A hold must expire in the future.');
    // A cluster is visible to an organisation that has an item in it; 404 otherwise. A cluster
    // merged into another is the other one now.
    const cluster = input.clusterId !== undefined ? await this.deps.items.cluster(ctx, input.clusterId) : null;
    const { db, repository, audit, clock } = this.deps;
    const outcome = await db.transaction(async (tx) => {
      let target: HoldTarget;
      if (input.itemId !== undefined) {
        const item = await this.deps.items.visibleItem(ctx, input.itemId, { tx, lock: true });
        target = { itemId: item.id, url: item.url, clusterId: item.clusterId };
      } else {
        target = { itemId: null, url: null, clusterId: await this.#lockedSurvivor(tx, cluster!.id) };
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

  /**
   * Intake merged clusters (in its transaction, after moving their items): the active holds on the
   * absorbed clusters move to the survivor. Takes the clusters' locks first, in id order, so a hold
   * placed on an absorbed cluster either committed before (and moves) or waits and finds the
   * survivor; each move is in the holder's audit trail, made by Vigil.
   */
  async clustersMerged(tx: Queryable, ctx: RequestContext, merge: ClusterMerge): Promise<void> {
    const { repository, audit, clock } = this.deps;
    for (const clusterId of [merge.into, ...merge.absorbed].sort((a, b) => a - b)) await repository.lockTarget(tx, { url: null, clusterId });
    const moved = await repository.moveClusterHolds(tx, merge.absorbed, merge.into, clock.now());
    for (const before of moved) {
      const holder: RequestContext = { actor: { kind: 'system', label: 'cluster merge', organisationId: before.organisationId }, ...(ctx.requestId ? { requestId: ctx.requestId } : {}) };
      await audit.record(tx, holder, {
        action: 'hold.moved',
        targetType: 'hold',
        targetId: before.id,
        before: presentHoldSummary(before),
        after: presentHoldSummary({ ...before, clusterId: merge.into }),
        details: { reason: 'cluster_merged', fromClusterId: before.clusterId, toClusterId: merge.into },
      });
    }
  }

  /**
   * Intake stored a new item (in its transaction): tells each other organisation whose active hold
   * it meets (its URL, its cluster, or an item of its cluster), once per hold and submitting
   * organisation within the notice window; later notices count the items in between.
   */
  async itemSubmitted(tx: Queryable, ctx: RequestContext, item: Pick<Item, 'url' | 'clusterId' | 'operationId'>, platform: { id: number; name: string } | null): Promise<void> {
    const org = actingOrganisation(ctx);
    const { repository, notifications, clock, noticeWindowMs } = this.deps;
    const now = clock.now();
    const found = await repository.coveringAtIntake(tx, { url: item.url, clusterId: item.clusterId }, org, now);
    for (const { hold, matchedBy } of found) {
      const sighting = await repository.recordSighting(tx, hold.id, org, now, new Date(now.getTime() - noticeWindowMs));
      if (!sighting.notify) continue;
      const operation = item.operationId === null ? null : await this.#operationSeenBy(tx, hold.organisationId, item.operationId);
      await notifications.heldContentSubmitted(tx, ctx, hold, { matchedBy, items: sighting.items, platform, inOperation: item.operationId !== null, operation });
    }
  }

  /** Whose active holds cover each item, for the items' submitting organisation (see ItemView). */
  async heldBy(organisationId: number, items: Array<Pick<Item, 'id' | 'url' | 'clusterId'>>, db?: Queryable): Promise<Map<number, HeldBy>> {
    const rows = await this.deps.repository.heldBy(db ?? this.deps.db, organisationId, items, this.deps.clock.now());
    return new Map(rows.map((r) => [r.itemId, r.other ? 'another_organisation' : 'own_organisation']));
  }

  /** The operation's id and name if the organisation takes part in it; null otherwise. */
  async #operationSeenBy(tx: Queryable, organisationId: number, operationId: number): Promise<{ id: number; name: string } | null> {
    try {
      const op = await this.deps.operations.visible({ actor: { kind: 'system', label: 'deconfliction', organisationId } }, operationId, tx);
      return { id: op.id, name: op.name };
    } catch (error) {
      if (isAppError(error) && error.code === 'NOT_FOUND') return null;
      throw error;
    }
  }

  /** Locks the cluster and returns it as it is now, following (and locking) merges that committed while it waited. */
  async #lockedSurvivor(tx: Queryable, clusterId: number): Promise<number> {
    let current = clusterId;
    for (;;) {
      await this.deps.repository.lockTarget(tx, { url: null, clusterId: current });
      const next = await this.deps.items.survivingCluster(current, tx);
      if (next === null || next === current) return current;
      current = next;
    }
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
