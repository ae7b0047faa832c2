// The platform registry: platforms, the domains that lead to them, and resolving a URL to its
// platform. The registry is shared knowledge: every member with platforms:read reads all of it,
// coordinators (platforms:manage) change it, and every change is audited in its transaction.
import type { AuditTrail } from '../../core/audit/index.ts';
import { requirePermission, type RequestContext } from '../../core/auth/principal.ts';
import type { Clock } from '../../core/clock/clock.ts';
import { pgErrorCode, PG_UNIQUE_VIOLATION, type Database, type Queryable } from '../../core/db/index.ts';
import { AppError } from '../../core/errors/app-error.ts';
import type { OrganisationService } from '../organisations/organisation.service.ts';
import type { Platform, PlatformFields, PlatformFilter } from './platform.model.ts';
import type { PlatformRepository } from './platform.repository.ts';
import { canonicaliseHost, canonicaliseUrl, isUrlError, lookupNames, registrableDomainOf, type CanonicalUrl } from './url/index.ts';

export type NewPlatform = Partial<PlatformFields> & Pick<PlatformFields, 'name' | 'category'> & { domains?: string[] };
export type PlatformPatch = Partial<PlatformFields>;

export interface Resolution extends CanonicalUrl {
  platform: Platform | null;
  /** The registered name that matched: the full host or one of its parents. */
  matchedDomain: string | null;
}

export const MAX_LIST = 1000;

export class PlatformService {
  constructor(private readonly deps: { db: Database; repository: PlatformRepository; organisations: Pick<OrganisationService, 'findOrganisation'>; audit: AuditTrail; clock: Clock }) {}

  async create(ctx: RequestContext, input: NewPlatform): Promise<Platform> {
    requirePermission(ctx.actor, 'platforms:manage');
    if (input.operatorOrganisationId != null) await this.#checkOperator(input.operatorOrganisationId);
    const fields = this.#checked({
      name: input.name,
      category: input.category,
      contactPoint: input.contactPoint ?? null,
      deliveryChannel: input.deliveryChannel ?? 'email',
      contactEmail: input.contactEmail ?? null,
      language: input.language ?? null,
      tcoLegalRepresentative: input.tcoLegalRepresentative ?? null,
      cooperationStatus: input.cooperationStatus ?? 'cooperative',
      operatorOrganisationId: input.operatorOrganisationId ?? null,
      notes: input.notes ?? '',
    });
    const domains = [...new Set((input.domains ?? []).map(normaliseDomain))];
    const { db, repository, audit, clock } = this.deps;
    return this.#mapConflicts(() =>
      db.transaction(async (tx) => {
        const now = clock.now();
        const id = await repository.insert(tx, fields, now);
        for (const domain of domains) await this.#claim(tx, id, domain, now);
        const platform = (await repository.find(id, tx))!;
        await audit.record(tx, ctx, { action: 'platform.created', targetType: 'platform', targetId: id, after: presentPlatformSummary(platform) });
        return platform;
      }),
    );
  }

  async update(ctx: RequestContext, id: number, patch: PlatformPatch): Promise<Platform> {
    requirePermission(ctx.actor, 'platforms:manage');
    // Read outside the transaction: the organisations service has its own connection, and on the
    // one-connection engine (PGlite) a query beside an open transaction waits for it forever.
    if (patch.operatorOrganisationId != null) await this.#checkOperator(patch.operatorOrganisationId);
    const { db, repository, audit, clock } = this.deps;
    return this.#mapConflicts(() =>
      db.transaction(async (tx) => {
        const before = await repository.find(id, tx, true);
        if (!before) throw new AppError('NOT_FOUND');
        const defined = Object.fromEntries(Object.entries(patch).filter(([, v]) => v !== undefined)) as PlatformPatch;
        const fields = this.#checked({ ...fieldsOf(before), ...defined });
        await repository.update(tx, id, fields, clock.now());
        const after = (await repository.find(id, tx))!;
        await audit.record(tx, ctx, { action: 'platform.updated', targetType: 'platform', targetId: id, before: presentPlatformSummary(before), after: presentPlatformSummary(after) });
        return after;
      }),
    );
  }

  async get(ctx: RequestContext, id: number): Promise<Platform> {
    requirePermission(ctx.actor, 'platforms:read');
    const platform = await this.deps.repository.find(id);
    if (!platform) throw new AppError('NOT_FOUND');
    return platform;
  }

  async list(ctx: RequestContext, filter: PlatformFilter = {}, limit = MAX_LIST): Promise<Platform[]> {
    requirePermission(ctx.actor, 'platforms:read');
    return this.deps.repository.list(filter, Math.max(1, Math.min(limit, MAX_LIST)));
  }

  /** The platforms the caller's own organisation operates: what its liaisons receive referrals for. */
  async listOperatedByOwnOrganisation(ctx: RequestContext): Promise<Platform[]> {
    requirePermission(ctx.actor, 'organisation:read');
    const org = ctx.actor.organisationId;
    if (org === undefined) throw new AppError('FORBIDDEN', 'Act as a member, an API key, or for an organisation.');
    return this.deps.repository.listByOperator(org);
  }

  /** Registers a domain (or a full host) for a platform; adding one the platform already has changes nothing. */
  async addDomain(ctx: RequestContext, id: number, rawDomain: string): Promise<Platform> {
    requirePermission(ctx.actor, 'platforms:manage');
    const domain = normaliseDomain(rawDomain);
    const { db, repository, audit, clock } = this.deps;
    return this.#mapConflicts(() =>
      db.transaction(async (tx) => {
        const platform = await repository.find(id, tx, true);
        if (!platform) throw new AppError('NOT_FOUND');
        if (platform.domains.includes(domain)) return platform;
        const now = clock.now();
        await this.#claim(tx, id, domain, now);
        await repository.touch(tx, id, now);
        await audit.record(tx, ctx, { action: 'platform.domain_added', targetType: 'platform', targetId: id, details: { domain } });
        return (await repository.find(id, tx))!;
      }),
    );
  }

  async removeDomain(ctx: RequestContext, id: number, rawDomain: string): Promise<Platform> {
    requirePermission(ctx.actor, 'platforms:manage');
    const domain = normaliseDomain(rawDomain);
    const { db, repository, audit, clock } = this.deps;
    return db.transaction(async (tx) => {
      const platform = await repository.find(id, tx, true);
      if (!platform) throw new AppError('NOT_FOUND');
      if (!(await repository.deleteDomain(tx, id, domain))) throw new AppError('NOT_FOUND', 'The platform has no such domain.');
      await repository.touch(tx, id, clock.now());
      await audit.record(tx, ctx, { action: 'platform.domain_removed', targetType: 'platform', targetId: id, details: { domain } });
      return (await repository.find(id, tx))!;
    });
  }

  /**
   * The platform a URL leads to, or null. The most specific registered name wins: the full host,
   * then each parent, then the registrable domain, so `someone.blogspot.com` registered on its own
   * is told apart from `blogspot.com`. For other services (items, links): the registry is shared,
   * so the answer reveals nothing of any organisation.
   */
  async platformForUrl(url: string | CanonicalUrl): Promise<Platform | null> {
    const canonical = typeof url === 'string' ? canonicalise(url) : url;
    return (await this.deps.repository.findByDomains(lookupNames(canonical.host)))?.platform ?? null;
  }

  async resolve(ctx: RequestContext, url: string): Promise<Resolution> {
    requirePermission(ctx.actor, 'platforms:read');
    const canonical = canonicalise(url);
    const match = await this.deps.repository.findByDomains(lookupNames(canonical.host));
    return { ...canonical, platform: match?.platform ?? null, matchedDomain: match?.domain ?? null };
  }

  async #claim(tx: Queryable, platformId: number, domain: string, now: Date): Promise<void> {
    const owner = await this.deps.repository.domainOwner(domain, tx);
    if (owner !== null) throw new AppError('DOMAIN_TAKEN', `${domain} already belongs to platform ${owner}.`, { domain, platformId: owner });
    await this.deps.repository.insertDomain(tx, platformId, domain, now);
  }

  #checked(fields: PlatformFields): PlatformFields {
    const name = fields.name.trim();
    if (name.length === 0 || name.length > 200) throw new AppError('VALIDATION_FAILED', 'A platform name has 1 to 200 characters.');
    return { ...fields, name };
  }

  async #checkOperator(organisationId: number): Promise<void> {
    const org = await this.deps.organisations.findOrganisation(String(organisationId));
    if (!org || org.kind !== 'platform') throw new AppError('VALIDATION_FAILED', 'operatorOrganisationId must name a platform organisation.');
  }

  async #mapConflicts<T>(fn: () => Promise<T>): Promise<T> {
    try {
      return await fn();
    } catch (error) {
      if (pgErrorCode(error) !== PG_UNIQUE_VIOLATION) throw error;
      const constraint = (error as { constraint?: string }).constraint ?? '';
      throw new AppError(constraint.startsWith('platform_domains') ? 'DOMAIN_TAKEN' : 'PLATFORM_NAME_TAKEN');
    }
  }
}

function canonicalise(url: string): CanonicalUrl {
  try {
    return canonicaliseUrl(url);
  } catch (error) {
    if (isUrlError(error)) throw new AppError('URL_INVALID', error.message);
    throw error;
  }
}

/** A registrable domain, a host under one, or an IP address, in canonical form. */
export function normaliseDomain(raw: string): string {
  let host: string;
  try {
    host = canonicaliseHost(raw);
  } catch (error) {
    if (isUrlError(error)) throw new AppError('DOMAIN_INVALID', error.message);
    throw error;
  }
  if (registrableDomainOf(host) === null) throw new AppError('DOMAIN_INVALID', `${host} is a public suffix or a local name, not a registrable domain.`);
  return host;
}

function fieldsOf(p: Platform): PlatformFields {
  const { id: _id, domains: _domains, createdAt: _c, updatedAt: _u, ...fields } = p;
  return fields;
}

export function presentPlatformSummary(p: Platform) {
  return { id: p.id, name: p.name, category: p.category, deliveryChannel: p.deliveryChannel, cooperationStatus: p.cooperationStatus, operatorOrganisationId: p.operatorOrganisationId, contactPoint: p.contactPoint, contactEmail: p.contactEmail, language: p.language, tcoLegalRepresentative: p.tcoLegalRepresentative, notes: p.notes, domains: p.domains };
}
