// Infrastructure providers (hosting companies, CDNs, registrars, DNS) and which of them serve which
// platform: where referrals go when a platform is hostile or unresponsive. Shared like the
// platform registry; platforms:manage changes it, and every change is audited in its transaction.
// A provider that has joined Vigil is operated by a platform organisation, whose liaisons answer
// the referrals addressed to it.
import type { AuditTrail } from '../../core/audit/index.ts';
import { requirePermission, type RequestContext } from '../../core/auth/principal.ts';
import type { Clock } from '../../core/clock/clock.ts';
import { pgErrorCode, PG_UNIQUE_VIOLATION, type Database } from '../../core/db/index.ts';
import { AppError } from '../../core/errors/app-error.ts';
import type { OrganisationService } from '../organisations/organisation.service.ts';
import type { InfrastructureRepository } from './infrastructure.repository.ts';
import type { InfrastructureProvider, PlatformInfrastructure, ProviderFields, ProviderKind } from './platform.model.ts';
import type { PlatformRepository } from './platform.repository.ts';

export type NewProvider = Partial<ProviderFields> & Pick<ProviderFields, 'name' | 'kind'>;
export type ProviderPatch = Partial<ProviderFields>;

export class InfrastructureService {
  constructor(private readonly deps: { db: Database; repository: InfrastructureRepository; platforms: PlatformRepository; audit: AuditTrail; clock: Clock; organisations?: Pick<OrganisationService, 'findOrganisation'> }) {}

  async create(ctx: RequestContext, input: NewProvider): Promise<InfrastructureProvider> {
    requirePermission(ctx.actor, 'platforms:manage');
    const fields = checked({ name: input.name, kind: input.kind, contactEmail: input.contactEmail ?? null, abuseUrl: input.abuseUrl ?? null, operatorOrganisationId: input.operatorOrganisationId ?? null, notes: input.notes ?? '' });
    await this.#checkOperator(fields.operatorOrganisationId);
    const { db, repository, audit, clock } = this.deps;
    return nameConflicts(() =>
      db.transaction(async (tx) => {
        const provider = await repository.insert(tx, fields, clock.now());
        await audit.record(tx, ctx, { action: 'infrastructure_provider.created', targetType: 'infrastructure_provider', targetId: provider.id, after: presentProviderSummary(provider) });
        return provider;
      }),
    );
  }

  async update(ctx: RequestContext, id: number, patch: ProviderPatch): Promise<InfrastructureProvider> {
    requirePermission(ctx.actor, 'platforms:manage');
    const { db, repository, audit, clock } = this.deps;
    // Outside the transaction: the organisations module reads on its own connection.
    await this.#checkOperator(patch.operatorOrganisationId);
    return nameConflicts(() =>
      db.transaction(async (tx) => {
        const before = await repository.find(id, tx, true);
        if (!before) throw new AppError('NOT_FOUND');
        const defined = Object.fromEntries(Object.entries(patch).filter(([, v]) => v !== undefined)) as ProviderPatch;
        const { id: _id, createdAt: _c, updatedAt: _u, ...current } = before;
        const after = await repository.update(tx, id, checked({ ...current, ...defined }), clock.now());
        await audit.record(tx, ctx, { action: 'infrastructure_provider.updated', targetType: 'infrastructure_provider', targetId: id, before: presentProviderSummary(before), after: presentProviderSummary(after) });
        return after;
      }),
    );
  }

  /** Deletes a provider and its links to platforms. */
  async delete(ctx: RequestContext, id: number): Promise<void> {
    requirePermission(ctx.actor, 'platforms:manage');
    const { db, repository, audit } = this.deps;
    await db.transaction(async (tx) => {
      const provider = await repository.find(id, tx, true);
      if (!provider) throw new AppError('NOT_FOUND');
      const platformIds = await repository.platformsOf(tx, id);
      await repository.delete(tx, id);
      await audit.record(tx, ctx, { action: 'infrastructure_provider.deleted', targetType: 'infrastructure_provider', targetId: id, before: presentProviderSummary(provider), details: { platformIds } });
    });
  }

  async get(ctx: RequestContext, id: number): Promise<InfrastructureProvider> {
    requirePermission(ctx.actor, 'platforms:read');
    const provider = await this.deps.repository.find(id);
    if (!provider) throw new AppError('NOT_FOUND');
    return provider;
  }

  /** The providers the caller's own organisation operates: what its liaisons receive referrals for. */
  async listOperatedByOwnOrganisation(ctx: RequestContext): Promise<InfrastructureProvider[]> {
    requirePermission(ctx.actor, 'organisation:read');
    const org = ctx.actor.organisationId;
    if (org === undefined) throw new AppError('FORBIDDEN', 'Act as a member, an API key, or for an organisation.');
    return this.deps.repository.listByOperator(org);
  }

  /** An operator must be a platform organisation. */
  async #checkOperator(organisationId: number | null | undefined): Promise<void> {
    if (organisationId === null || organisationId === undefined) return;
    const org = await this.deps.organisations?.findOrganisation(String(organisationId));
    if (!org || org.kind !== 'platform') throw new AppError('VALIDATION_FAILED', 'operatorOrganisationId must name a platform organisation.');
  }

  async list(ctx: RequestContext, kind?: ProviderKind): Promise<InfrastructureProvider[]> {
    requirePermission(ctx.actor, 'platforms:read');
    return this.deps.repository.list(kind);
  }

  /** The providers behind a platform. */
  async ofPlatform(ctx: RequestContext, platformId: number): Promise<PlatformInfrastructure[]> {
    requirePermission(ctx.actor, 'platforms:read');
    if (!(await this.deps.platforms.find(platformId))) throw new AppError('NOT_FOUND');
    return this.deps.repository.links(platformId);
  }

  /** Links a provider to a platform in a role, or changes the role of the existing link. */
  async link(ctx: RequestContext, platformId: number, providerId: number, role: ProviderKind): Promise<PlatformInfrastructure[]> {
    requirePermission(ctx.actor, 'platforms:manage');
    const { db, repository, platforms, audit, clock } = this.deps;
    return db.transaction(async (tx) => {
      if (!(await platforms.find(platformId, tx, true))) throw new AppError('NOT_FOUND');
      if (!(await repository.find(providerId, tx))) throw new AppError('NOT_FOUND', 'No such infrastructure provider.');
      if (await repository.upsertLink(tx, platformId, providerId, role, clock.now())) {
        await audit.record(tx, ctx, { action: 'platform.infrastructure_linked', targetType: 'platform', targetId: platformId, details: { providerId, role } });
      }
      return repository.links(platformId, tx);
    });
  }

  async unlink(ctx: RequestContext, platformId: number, providerId: number): Promise<void> {
    requirePermission(ctx.actor, 'platforms:manage');
    const { db, repository, platforms, audit } = this.deps;
    await db.transaction(async (tx) => {
      if (!(await platforms.find(platformId, tx, true))) throw new AppError('NOT_FOUND');
      if (!(await repository.deleteLink(tx, platformId, providerId))) throw new AppError('NOT_FOUND', 'The provider is not linked to this platform.');
      await audit.record(tx, ctx, { action: 'platform.infrastructure_unlinked', targetType: 'platform', targetId: platformId, details: { providerId } });
    });
  }
}

function checked(fields: ProviderFields): ProviderFields {
  const name = fields.name.trim();
  if (name.length === 0 || name.length > 200) throw new AppError('VALIDATION_FAILED', 'A provider name has 1 to 200 characters.');
  return { ...fields, name };
}

async function nameConflicts<T>(fn: () => Promise<T>): Promise<T> {
  try {
    return await fn();
  } catch (error) {
    if (pgErrorCode(error) === PG_UNIQUE_VIOLATION) throw new AppError('PROVIDER_NAME_TAKEN');
    throw error;
  }
}

export function presentProviderSummary(p: InfrastructureProvider) {
  return { id: p.id, name: p.name, kind: p.kind, contactEmail: p.contactEmail, abuseUrl: p.abuseUrl, operatorOrganisationId: p.operatorOrganisationId, notes: p.notes };
}
