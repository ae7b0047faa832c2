// The platform side of referrals: a platform organisation's liaisons see the referrals and
// removal orders sent to the platforms their organisation operates (platforms.operator_
// organisation_id), and answer them. The referral itself, its state table and its clock stay in
// the referrals module; this service decides which platforms the caller speaks for.
import { requirePermission, type RequestContext } from '../../core/auth/principal.ts';
import { AppError } from '../../core/errors/app-error.ts';
import type { PlatformService } from '../platforms/platform.service.ts';
import type { ReferralState, ResponseEvent } from '../referrals/referral-states.ts';
import type { ReceivedReferral, RejectReason, TimelineEntry } from '../referrals/referral.model.ts';
import type { ReferralService } from '../referrals/referral.service.ts';

export interface PlatformResponse {
  action: ResponseEvent;
  reason: string | null;
  rejectReason: RejectReason | null;
}

type Deps = {
  platforms: Pick<PlatformService, 'listOperatedByOwnOrganisation'>;
  referrals: Pick<ReferralService, 'listReceived' | 'getReceived' | 'respond'>;
};

export class PlatformReferralService {
  constructor(private readonly deps: Deps) {}

  async list(ctx: RequestContext, filter: { state?: ReferralState | null; beforeId?: number | null; limit?: number } = {}): Promise<ReceivedReferral[]> {
    const platformIds = await this.#operated(ctx);
    if (platformIds.length === 0) return [];
    return this.deps.referrals.listReceived(ctx, platformIds, filter);
  }

  async get(ctx: RequestContext, id: number): Promise<{ referral: ReceivedReferral; timeline: TimelineEntry[] }> {
    const platformIds = await this.#operated(ctx);
    if (platformIds.length === 0) throw new AppError('NOT_FOUND');
    return this.deps.referrals.getReceived(ctx, platformIds, id);
  }

  async respond(ctx: RequestContext, id: number, response: PlatformResponse): Promise<ReceivedReferral> {
    const platformIds = await this.#operated(ctx);
    if (platformIds.length === 0) throw new AppError('NOT_FOUND');
    return this.deps.referrals.respond(ctx, platformIds, id, response.action, response.reason, response.rejectReason);
  }

  /** The platforms the caller's organisation operates; the permission first, so outsiders get 403, not an empty list. */
  async #operated(ctx: RequestContext): Promise<number[]> {
    requirePermission(ctx.actor, 'referrals:respond');
    return (await this.deps.platforms.listOperatedByOwnOrganisation(ctx)).map((p) => p.id);
  }
}
