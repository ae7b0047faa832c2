// The TCO Art. 7(3) transparency report of one platform for one period. The organisation that
// operates the platform in Vigil reads the whole report; an authority or NGO reads the same
// figures restricted to its own referrals and removal orders to that platform. A platform
// organisation asking about a platform it does not operate gets 404.
import { actingOrganisation, isPrincipal, requirePermission, type RequestContext } from '../../core/auth/principal.ts';
import type { Clock } from '../../core/clock/clock.ts';
import { AppError } from '../../core/errors/app-error.ts';
import type { PlatformService } from '../platforms/platform.service.ts';
import { buildTransparencyReport, type ReportScope, type TransparencyReport } from './transparency-report.ts';
import type { TransparencyRepository } from './transparency.repository.ts';

type Deps = {
  repository: TransparencyRepository;
  platforms: Pick<PlatformService, 'listOperatedByOwnOrganisation'>;
  /** The registry entry's name, or null when there is none (the registry is another module's). */
  platformName: (id: number) => Promise<string | null>;
  clock: Clock;
};

export class TransparencyService {
  constructor(private readonly deps: Deps) {}

  async report(ctx: RequestContext, q: { platformId: number; from: Date; to: Date }): Promise<TransparencyReport> {
    requirePermission(ctx.actor, 'reports:read');
    if (q.to.getTime() <= q.from.getTime()) throw new AppError('VALIDATION_FAILED', 'The period ends before it starts.');
    const org = actingOrganisation(ctx);
    const operated = (await this.deps.platforms.listOperatedByOwnOrganisation(ctx)).some((p) => p.id === q.platformId);
    if (!operated && isPrincipal(ctx.actor) && ctx.actor.organisationKind === 'platform') throw new AppError('NOT_FOUND');
    const name = await this.deps.platformName(q.platformId);
    if (name === null) throw new AppError('NOT_FOUND');
    const scope: ReportScope = operated ? 'platform' : 'own_referrals';
    const query = { platformId: q.platformId, from: q.from, to: q.to, referringOrganisationId: operated ? null : org };
    const now = this.deps.clock.now();
    const { repository } = this.deps;
    const [referrals, complaints, restored] = await Promise.all([repository.outcomes(query), repository.complaints(query, now), repository.restored(query)]);
    return buildTransparencyReport({ platform: { id: q.platformId, name }, from: q.from, to: q.to, scope }, { referrals, complaints, restored }, now);
  }
}
