// Notifications tell an organisation what happened to its records elsewhere in Vigil. The first
// kind is `hold.conflict`: another organisation tried to hold or refer an item this organisation
// holds (deconfliction). It names the other organisation (by its current name, looked up when
// read) so the two can talk, and says nothing of the other organisation's item. The same kind, with
// action `item_submitted`, tells a holder that another organisation submitted content its hold
// covers (with the platform and, if the holder takes part in it, the operation; never the item, its
// URL or its notes). Every member reads them (notifications:read); all but auditors mark them read.
import type { AuditTrail } from '../../core/audit/index.ts';
import { actingOrganisation, requirePermission, type RequestContext } from '../../core/auth/principal.ts';
import type { Clock } from '../../core/clock/clock.ts';
import type { Database, Queryable } from '../../core/db/index.ts';
import { AppError } from '../../core/errors/app-error.ts';
import type { OrganisationService } from '../organisations/organisation.service.ts';
import type { ConflictAction, Hold, IntakeSighting, Notification } from './hold.model.ts';
import type { NotificationRepository } from './notification.repository.ts';

export const MAX_NOTIFICATIONS_LISTED = 500;

export class NotificationService {
  constructor(private readonly deps: { db: Database; repository: NotificationRepository; organisations: Pick<OrganisationService, 'findOrganisation'>; audit: AuditTrail; clock: Clock }) {}

  /** Tells the holder, in the caller's transaction, that the caller's organisation ran into its hold. */
  async holdConflict(tx: Queryable, ctx: RequestContext, hold: Hold, action: ConflictAction): Promise<number> {
    return this.deps.repository.insert(tx, hold.organisationId, 'hold.conflict', { holdId: hold.id, itemId: hold.itemId, clusterId: hold.clusterId, action, organisationId: actingOrganisation(ctx) }, this.deps.clock.now());
  }

  /** Tells the holder, in the intake transaction, that the caller's organisation submitted content its hold covers. */
  async heldContentSubmitted(tx: Queryable, ctx: RequestContext, hold: Hold, sighting: IntakeSighting): Promise<number> {
    const payload = {
      holdId: hold.id,
      itemId: hold.itemId,
      clusterId: hold.clusterId,
      action: 'item_submitted',
      organisationId: actingOrganisation(ctx),
      matchedBy: sighting.matchedBy,
      items: sighting.items,
      platformId: sighting.platform?.id ?? null,
      platformName: sighting.platform?.name ?? null,
      inOperation: sighting.inOperation,
      operationId: sighting.operation?.id ?? null,
      operationName: sighting.operation?.name ?? null,
    };
    return this.deps.repository.insert(tx, hold.organisationId, 'hold.conflict', payload, this.deps.clock.now());
  }

  /** Tells an organisation, in the caller's transaction, about one of its records elsewhere (a complaint about its referral, an extension of a preservation). */
  async notify(tx: Queryable, organisationId: number, kind: string, payload: Record<string, unknown>): Promise<number> {
    return this.deps.repository.insert(tx, organisationId, kind, payload, this.deps.clock.now());
  }

  async list(ctx: RequestContext, filter: { unreadOnly?: boolean; beforeId?: number | null; limit?: number } = {}): Promise<Notification[]> {
    requirePermission(ctx.actor, 'notifications:read');
    const limit = Math.max(1, Math.min(filter.limit ?? MAX_NOTIFICATIONS_LISTED, MAX_NOTIFICATIONS_LISTED));
    const list = await this.deps.repository.list(actingOrganisation(ctx), { unreadOnly: filter.unreadOnly ?? false, beforeId: filter.beforeId ?? null, limit });
    return this.#named(list);
  }

  /** Adds the current name of the organisation a notification is about, looked up when read. */
  async #named(list: Notification[]): Promise<Notification[]> {
    const ids = [...new Set(list.map((n) => n.payload.organisationId).filter((id): id is number => typeof id === 'number'))];
    const names = new Map<number, string>();
    for (const id of ids) {
      const org = await this.deps.organisations.findOrganisation(String(id));
      if (org) names.set(id, org.name);
    }
    return list.map((n) => (typeof n.payload.organisationId === 'number' ? { ...n, payload: { ...n.payload, organisationName: names.get(n.payload.organisationId) ?? null } } : n));
  }

  async markRead(ctx: RequestContext, id: number): Promise<Notification> {
    requirePermission(ctx.actor, 'notifications:manage');
    const org = actingOrganisation(ctx);
    const { db, repository, audit, clock } = this.deps;
    const read = await db.transaction(async (tx) => {
      const before = await repository.find(org, id, tx);
      if (!before) throw new AppError('NOT_FOUND');
      if (before.readAt) return before;
      await repository.markRead(tx, id, clock.now());
      await audit.record(tx, ctx, { action: 'notification.read', targetType: 'notification', targetId: id, details: { kind: before.kind } });
      return (await repository.find(org, id, tx))!;
    });
    return (await this.#named([read]))[0]!;
  }
}
