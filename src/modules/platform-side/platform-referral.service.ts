// The platform side of referrals: a platform organisation's liaisons see the referrals and
// removal orders sent to the platforms their organisation operates (platforms.operator_
// organisation_id), and answer them. The referral itself, its state table and its clock stay in
// the referrals module; this service decides which platforms the caller speaks for. An
// infrastructure provider that operates in Vigil (infrastructure_providers.operator_organisation_id)
// is a recipient like a platform: its liaisons see and answer the referrals addressed to it.
import { requirePermission, type RequestContext } from '../../core/auth/principal.ts';
import { AppError } from '../../core/errors/app-error.ts';
import type { InfrastructureService } from '../platforms/infrastructure.service.ts';
import type { Platform } from '../platforms/platform.model.ts';
import type { PlatformService } from '../platforms/platform.service.ts';
import type { ReferralState, ResponseEvent } from '../referrals/referral-states.ts';
import type { ReceivedReferral, Recipients, RejectReason, TimelineEntry } from '../referrals/referral.model.ts';
import type { ReferralService } from '../referrals/referral.service.ts';

export interface PlatformResponse {
  action: ResponseEvent;
  reason: string | null;
  rejectReason: RejectReason | null;
}

type Deps = {
  platforms: Pick<PlatformService, 'listOperatedByOwnOrganisation'>;
  referrals: Pick<ReferralService, 'listReceived' | 'getReceived' | 'respond'>;
  infrastructure?: Pick<InfrastructureService, 'listOperatedByOwnOrganisation'>;
};

export class PlatformReferralService {
  constructor(private readonly deps: Deps) {}

  async list(ctx: RequestContext, filter: { state?: ReferralState | null; beforeId?: number | null; limit?: number } = {}): Promise<ReceivedReferral[]> {
    const to = await this.#operated(ctx);
    if (to === null) return [];
    return this.deps.referrals.listReceived(ctx, to, filter);
  }

  async get(ctx: RequestContext, id: number): Promise<{ referral: ReceivedReferral; timeline: TimelineEntry[] }> {
    const to = await this.#operated(ctx);
    if (to === null) throw new AppError('NOT_FOUND');
    return this.deps.referrals.getReceived(ctx, to, id);
  }

  async respond(ctx: RequestContext, id: number, response: PlatformResponse): Promise<ReceivedReferral> {
    const to = await this.#operated(ctx);
    if (to === null) throw new AppError('NOT_FOUND');
    return this.deps.referrals.respond(ctx, to, id, response.action, response.reason, response.rejectReason);
  }

  /**
   * The platforms the caller's organisation operates in Vigil, by name (none for an authority or NGO):
   * what its liaisons answer for and its transparency reports cover. Any member may ask.
   */
  operatedPlatforms(ctx: RequestContext): Promise<Platform[]> {
    return this.deps.platforms.listOperatedByOwnOrganisation(ctx);
  }

  /** The platforms and providers the caller's organisation operates (null: none); the permission first, so outsiders get 403, not an empty list. */
  async #operated(ctx: RequestContext): Promise<Recipients | null> {
    requirePermission(ctx.actor, 'referrals:respond');
    const platformIds = (await this.deps.platforms.listOperatedByOwnOrganisation(ctx)).map((p) => p.id);
    const providerIds = ((await this.deps.infrastructure?.listOperatedByOwnOrganisation(ctx)) ?? []).map((p) => p.id);
    return platformIds.length === 0 && providerIds.length === 0 ? null : { platformIds, providerIds };
  }
}
