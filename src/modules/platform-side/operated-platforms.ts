// Which platforms a liaison speaks for: those its organisation operates (platforms.operator_
// organisation_id). The permission is checked first, so outsiders get 403, not an empty list.
import { requirePermission, type RequestContext } from '../../core/auth/principal.ts';
import type { PlatformService } from '../platforms/platform.service.ts';

export async function operatedPlatformIds(platforms: Pick<PlatformService, 'listOperatedByOwnOrganisation'>, ctx: RequestContext): Promise<number[]> {
  requirePermission(ctx.actor, 'referrals:respond');
  return (await platforms.listOperatedByOwnOrganisation(ctx)).map((p) => p.id);
}
