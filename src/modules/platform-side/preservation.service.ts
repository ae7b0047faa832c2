// Preservation of removed content (TCO Art. 6). When a referral's recipient reports the content
// removed or geo-blocked, the same transaction records what the recipient must keep (the content's
// location, the SHA-256 names of its media in the media store, the recipient's note) and until
// when: six months from the removal. The referring organisation (for a competent authority or a
// court) or the platform's liaison (for a request received elsewhere) extends it by a number of
// days, with a reason; the other side is told. The retention job (`preservations.purge`) deletes
// what a preservation holds once its period has ended, keeps the row as a tombstone, and writes
// one audit event per purge.
import type { AuditTrail } from '../../core/audit/index.ts';
import { actingOrganisation, requirePermission, systemContext, type RequestContext } from '../../core/auth/principal.ts';
import type { Clock } from '../../core/clock/clock.ts';
import type { Database, Queryable } from '../../core/db/index.ts';
import { AppError } from '../../core/errors/app-error.ts';
import type { NotificationService } from '../deconfliction/notification.service.ts';
import type { PlatformService } from '../platforms/platform.service.ts';
import type { ReferralEvent } from '../referrals/referral-states.ts';
import type { Referral } from '../referrals/referral.model.ts';
import type { ExtensionRequester, Preservation, PreservationRepository, PreservationScope } from './preservation.repository.ts';
import { operatedPlatformIds } from './operated-platforms.ts';
import { extendedEnd, MAX_EXTENSION_DAYS, preservationEnd } from './tco-periods.ts';

export const PRESERVATION_EXTENDED_NOTIFICATION = 'preservation.extended';
export const MAX_PRESERVATIONS_LISTED = 500;
/** Preservations purged per transaction; the job repeats until none are due. */
const PURGE_BATCH = 100;

export interface PreservationFilter {
  status?: 'preserved' | 'purged' | null;
  platformId?: number | null;
  beforeId?: number | null;
  limit?: number;
}

export interface ExtensionRequest {
  days: number;
  reason: string;
}

type Deps = {
  db: Database;
  repository: PreservationRepository;
  platforms: Pick<PlatformService, 'listOperatedByOwnOrganisation'>;
  notifications: Pick<NotificationService, 'notify'>;
  audit: AuditTrail;
  clock: Clock;
};

export class PreservationService {
  constructor(private readonly deps: Deps) {}

  /**
   * Called in the transaction of every referral move (ReferralService's onMoved hook): a move to
   * removed or geo_blocked starts the preservation, with the recipient's reason as its note. The
   * move itself is audited with its actor; the preservation is Vigil's, in the platform's trail.
   */
  async referralMoved(tx: Queryable, referral: Referral, move: { event: ReferralEvent; reason: string | null }): Promise<void> {
    if (move.event !== 'remove' && move.event !== 'geo_block') return;
    const removedAt = referral.answeredAt ?? this.deps.clock.now();
    const action = move.event === 'remove' ? 'removed' : 'geo_blocked';
    const created = await this.deps.repository.insert(tx, { referralId: referral.id, action, removedAt, preserveUntil: preservationEnd(removedAt), note: move.reason }, this.deps.clock.now());
    if (!created) return;
    await this.deps.audit.record(tx, systemContext('preservation'), {
      action: 'preservation.started',
      targetType: 'preservation',
      targetId: created.id,
      organisationId: created.operatorOrganisationId ?? created.referralOrganisationId,
      details: { referralId: referral.id, platformId: referral.platformId, action, removedAt: removedAt.toISOString(), preserveUntil: created.preserveUntil.toISOString(), media: created.mediaSha256.length },
    });
  }

  /** Preservations of content removed from the platforms the caller's organisation operates, newest first. */
  async listForPlatform(ctx: RequestContext, filter: PreservationFilter = {}): Promise<Preservation[]> {
    const scope = { platformIds: await operatedPlatformIds(this.deps.platforms, ctx) };
    const limit = Math.max(1, Math.min(filter.limit ?? MAX_PRESERVATIONS_LISTED, MAX_PRESERVATIONS_LISTED));
    return this.deps.repository.list(scope, { status: filter.status ?? null, platformId: filter.platformId ?? null, beforeId: filter.beforeId ?? null, limit });
  }

  /** The preservation of one of the caller's organisation's referrals. */
  async getForReferral(ctx: RequestContext, referralId: number): Promise<Preservation> {
    requirePermission(ctx.actor, 'referrals:read');
    const found = await this.deps.repository.find({ referringOrganisationId: actingOrganisation(ctx) }, { referralId });
    if (!found) throw new AppError('NOT_FOUND');
    return found;
  }

  /** A liaison records an extension asked for by a competent authority or a court outside Vigil. */
  async extendForPlatform(ctx: RequestContext, id: number, request: ExtensionRequest): Promise<Preservation> {
    const scope = { platformIds: await operatedPlatformIds(this.deps.platforms, ctx) };
    return this.#extend(ctx, scope, { id }, 'platform', request);
  }

  /** The referring organisation asks for its referral's preservation to be extended. */
  async extendForReferral(ctx: RequestContext, referralId: number, request: ExtensionRequest): Promise<Preservation> {
    requirePermission(ctx.actor, 'referrals:approve');
    return this.#extend(ctx, { referringOrganisationId: actingOrganisation(ctx) }, { referralId }, 'referring_organisation', request);
  }

  /** The retention job: purges every preservation whose period has ended; returns how many. */
  async purgeExpired(): Promise<number> {
    const { db, repository, audit, clock } = this.deps;
    const ctx = systemContext('retention');
    let total = 0;
    for (;;) {
      const purged = await db.transaction(async (tx) => {
        const now = clock.now();
        const due = await repository.claimDue(tx, now, PURGE_BATCH);
        for (const p of due) {
          await repository.purge(tx, p.id, now);
          await audit.record(tx, ctx, {
            action: 'preservation.purged',
            targetType: 'preservation',
            targetId: p.id,
            organisationId: p.operatorOrganisationId ?? p.referralOrganisationId,
            details: { referralId: p.referralId, platformId: p.platformId, removedAt: p.removedAt.toISOString(), preserveUntil: p.preserveUntil.toISOString(), mediaPurged: p.mediaSha256.length },
          });
        }
        return due.length;
      });
      total += purged;
      if (purged < PURGE_BATCH) return total;
    }
  }

  async #extend(ctx: RequestContext, scope: PreservationScope, by: { id: number } | { referralId: number }, requestedBy: ExtensionRequester, request: ExtensionRequest): Promise<Preservation> {
    if (!Number.isInteger(request.days) || request.days < 1 || request.days > MAX_EXTENSION_DAYS) throw new AppError('VALIDATION_FAILED', `An extension is 1 to ${MAX_EXTENSION_DAYS} days.`);
    const reason = request.reason.trim();
    if (!reason) throw new AppError('VALIDATION_FAILED', 'An extension needs its reason.');
    const org = actingOrganisation(ctx);
    const { db, repository, audit, clock, notifications } = this.deps;
    return db.transaction(async (tx) => {
      const before = await repository.find(scope, by, tx, true);
      if (!before) throw new AppError('NOT_FOUND');
      const now = clock.now();
      if (before.purgedAt || before.preserveUntil.getTime() <= now.getTime()) throw new AppError('PRESERVATION_ENDED');
      const newUntil = extendedEnd(before.preserveUntil, request.days);
      await repository.extend(tx, before.id, { requestedBy, organisationId: org, actorLabel: ctx.actor.label, days: request.days, reason, previousUntil: before.preserveUntil, newUntil }, now);
      const details = { referralId: before.referralId, requestedBy, days: request.days, reason };
      await audit.record(tx, ctx, { action: 'preservation.extended', targetType: 'preservation', targetId: before.id, before: { preserveUntil: before.preserveUntil.toISOString() }, after: { preserveUntil: newUntil.toISOString() }, details });
      const otherSide = requestedBy === 'platform' ? before.referralOrganisationId : before.operatorOrganisationId;
      if (otherSide !== null && otherSide !== org) {
        await notifications.notify(tx, otherSide, PRESERVATION_EXTENDED_NOTIFICATION, { preservationId: before.id, referralId: before.referralId, platformId: before.platformId, referenceNumber: before.referenceNumber, requestedBy, days: request.days, preserveUntil: newUntil.toISOString() });
      }
      return (await repository.find(scope, { id: before.id }, tx))!;
    });
  }
}
