// Emerging platforms (PRODUCT.md §4.3): every item's registrable domain and every link in its text
// is counted, so that a group's move to its own site shows within hours. An unregistered domain in
// at least VIGIL_CANDIDATE_THRESHOLD items is a candidate platform; a periodic job alerts the
// authorities with items on it, and a coordinator promotes it into the registry or dismisses it.
// Figures cross organisations as counts only, never as another organisation's items.
import type { AuditTrail } from '../../core/audit/index.ts';
import { requirePermission, type RequestContext } from '../../core/auth/principal.ts';
import type { Clock } from '../../core/clock/clock.ts';
import type { Database, Queryable } from '../../core/db/index.ts';
import { AppError, isAppError } from '../../core/errors/app-error.ts';
import type { OperationService } from '../operations/operation.service.ts';
import type { CooperationStatus, Platform, PlatformCategory } from '../platforms/platform.model.ts';
import type { PlatformService } from '../platforms/platform.service.ts';
import { canonicaliseHost, canonicaliseUrl, extractLinks, isUrlError } from '../platforms/url/index.ts';
import type { CandidateStatus, DomainGraph, DomainStats, GraphNodeKind } from './emerging.model.ts';
import type { EmergingRepository } from './emerging.repository.ts';

export const MAX_DOMAINS_LISTED = 1000;
export const CANDIDATE_NOTIFICATION = 'candidate_platform';

/** What intake hands over: the stored item's id and text. */
export interface IntakeItem {
  id: number;
  textContent: string | null;
}

export interface Promotion {
  name?: string;
  category: PlatformCategory;
  cooperationStatus?: CooperationStatus;
}

export class EmergingService {
  constructor(
    private readonly deps: {
      db: Database;
      repository: EmergingRepository;
      operations: Pick<OperationService, 'visible'>;
      platforms: Pick<PlatformService, 'create'>;
      audit: AuditTrail;
      clock: Clock;
      candidateThreshold: number;
    },
  ) {}

  /** Stores the out-links in an item's text, in the intake transaction. Links without a registrable domain (IPs) are not counted. */
  async recordItem(tx: Queryable, item: IntakeItem): Promise<void> {
    if (!item.textContent) return;
    const links: { url: string; registrableDomain: string }[] = [];
    for (const raw of extractLinks(item.textContent)) {
      try {
        const c = canonicaliseUrl(raw);
        if (c.registrableDomain) links.push({ url: c.url, registrableDomain: c.registrableDomain });
      } catch (error) {
        if (!isUrlError(error)) throw error;
      }
    }
    await this.deps.repository.insertLinks(tx, item.id, links, 'text', this.deps.clock.now());
  }

  /** Per-domain figures, across all items or within one operation the caller takes part in. */
  async domainStats(ctx: RequestContext, filter: { operationId?: number } = {}): Promise<DomainStats[]> {
    requirePermission(ctx.actor, 'operations:read');
    if (filter.operationId !== undefined) await this.deps.operations.visible(ctx, filter.operationId);
    const stats = await this.deps.repository.stats({ operationId: filter.operationId ?? null, limit: MAX_DOMAINS_LISTED });
    // Candidacy is a fact about all items, not about one operation's share of them.
    const global = filter.operationId === undefined ? null : await this.deps.repository.globalStatus(stats.filter((s) => s.platformId === null && s.candidateStatus === null).map((s) => s.domain));
    return stats.map((s) => ({ ...s, candidateStatus: this.#status(s.platformId, s.candidateStatus, global?.get(s.domain)?.items ?? s.items) }));
  }

  /** Candidate platforms (or, with `status`, the promoted or dismissed ones), most items first. */
  async candidates(ctx: RequestContext, status: CandidateStatus = 'candidate'): Promise<DomainStats[]> {
    return (await this.domainStats(ctx)).filter((s) => s.candidateStatus === status);
  }

  /** The job: records each new candidate once and alerts the authority organisations with items on it. */
  async alertNewCandidates(): Promise<number> {
    const { db, repository, clock } = this.deps;
    let alerted = 0;
    for (const c of await repository.newCandidates(this.deps.candidateThreshold)) {
      await db.transaction(async (tx) => {
        const now = clock.now();
        // Another worker, or a coordinator's decision, may have claimed it meanwhile.
        if (!(await repository.insertCandidate(tx, c.domain, now))) return;
        for (const org of await repository.authoritiesOn(tx, c.domain)) {
          await repository.insertNotification(tx, org, CANDIDATE_NOTIFICATION, { domain: c.domain, items: c.items, firstSeen: c.firstSeen.toISOString() }, now);
        }
        alerted++;
      });
    }
    return alerted;
  }

  async promote(ctx: RequestContext, rawDomain: string, input: Promotion): Promise<{ platform: Platform; candidate: DomainStats }> {
    requirePermission(ctx.actor, 'platforms:manage');
    const domain = await this.#decidable(rawDomain);
    let platform: Platform;
    try {
      platform = await this.deps.platforms.create(ctx, { name: input.name ?? domain, category: input.category, ...(input.cooperationStatus ? { cooperationStatus: input.cooperationStatus } : {}), domains: [domain] });
    } catch (error) {
      // A concurrent promotion registered the domain first.
      if (isAppError(error) && error.code === 'DOMAIN_TAKEN') throw new AppError('CONFLICT', `${domain} is already a registered platform.`, { domain });
      throw error;
    }
    await this.#decide(ctx, domain, 'promoted', platform.id);
    return { platform, candidate: await this.#current(domain) };
  }

  async dismiss(ctx: RequestContext, rawDomain: string): Promise<DomainStats> {
    requirePermission(ctx.actor, 'platforms:manage');
    const domain = await this.#decidable(rawDomain);
    await this.#decide(ctx, domain, 'dismissed', null);
    return this.#current(domain);
  }

  /** For one operation: which registered platforms' items link out to which unregistered domains. */
  async domainGraph(ctx: RequestContext, operationId: number): Promise<DomainGraph> {
    requirePermission(ctx.actor, 'operations:read');
    await this.deps.operations.visible(ctx, operationId);
    const { repository } = this.deps;
    const [platforms, out] = await Promise.all([repository.platformNodes(operationId), repository.outLinks(operationId)]);
    const global = await repository.globalStatus(out.targets.map((t) => t.domain));
    const nodes: DomainGraph['nodes'] = platforms.map((p) => ({ domain: p.domain, kind: 'platform' as GraphNodeKind, platformId: p.platformId, items: p.items }));
    for (const t of out.targets) {
      const g = global.get(t.domain);
      nodes.push({ domain: t.domain, kind: this.#status(null, g?.status ?? null, g?.items ?? 0) === 'candidate' ? 'candidate' : 'unknown', items: t.items });
    }
    return { operationId, nodes, edges: out.edges };
  }

  #status(platformId: number | null, row: CandidateStatus | null, items: number): CandidateStatus | null {
    if (row) return row;
    return platformId === null && items >= this.deps.candidateThreshold ? 'candidate' : null;
  }

  /** The domain if a coordinator may decide on it now: 404 when it is no candidate, 409 when already promoted or registered. */
  async #decidable(rawDomain: string): Promise<string> {
    let domain: string;
    try {
      domain = canonicaliseHost(rawDomain);
    } catch (error) {
      if (isUrlError(error)) throw new AppError('NOT_FOUND', 'No such domain.');
      throw error;
    }
    const [s] = await this.deps.repository.stats({ operationId: null, domain, limit: 1 });
    if (!s) throw new AppError('NOT_FOUND', 'No item refers to this domain.');
    if (s.candidateStatus === 'promoted' || s.platformId !== null) throw new AppError('CONFLICT', `${domain} is already a registered platform.`, { domain, platformId: s.promotedPlatformId ?? s.platformId });
    if (this.#status(null, s.candidateStatus, s.items) === null) throw new AppError('NOT_FOUND', `${domain} is not a candidate platform.`);
    return domain;
  }

  async #decide(ctx: RequestContext, domain: string, status: 'promoted' | 'dismissed', platformId: number | null): Promise<void> {
    const { db, repository, audit, clock } = this.deps;
    await db.transaction(async (tx) => {
      const before = await repository.findCandidate(domain, tx, true);
      if (before?.status === 'promoted') throw new AppError('CONFLICT', `${domain} is already a registered platform.`, { domain });
      if (before?.status === status) throw new AppError('CONFLICT', `${domain} is already ${status}.`, { domain });
      await repository.decide(tx, domain, { status, platformId, decidedBy: ctx.actor.label }, clock.now());
      await audit.record(tx, ctx, { action: `emerging.candidate_${status}`, targetType: 'domain', targetId: domain, before: { status: before?.status ?? 'candidate' }, after: { status, platformId } });
    });
  }

  async #current(domain: string): Promise<DomainStats> {
    const [s] = await this.deps.repository.stats({ operationId: null, domain, limit: 1 });
    return s!;
  }
}
