// Emerging platforms (PRODUCT.md §4.3): every item's domain and every link in its text and in its
// captured page text is counted, so that a group's move to its own site shows within hours. An
// unregistered domain in at least VIGIL_CANDIDATE_THRESHOLD items is a candidate platform; a
// periodic job alerts the authorities with items on it, and a coordinator promotes it into the
// registry or dismisses it. Figures cross organisations as counts only; the drill-down behind a
// domain lists the caller's own items and counts the rest.
import type { AuditTrail } from '../../core/audit/index.ts';
import { actingOrganisation, requirePermission, type RequestContext } from '../../core/auth/principal.ts';
import type { Clock } from '../../core/clock/clock.ts';
import type { Database, Queryable } from '../../core/db/index.ts';
import { AppError, isAppError } from '../../core/errors/app-error.ts';
import type { OperationService } from '../operations/operation.service.ts';
import type { CooperationStatus, Platform, PlatformCategory } from '../platforms/platform.model.ts';
import type { PlatformService } from '../platforms/platform.service.ts';
import { canonicaliseHost, canonicaliseUrl, extractLinks, isUrlError, registrableDomainOf } from '../platforms/url/index.ts';
import type { CandidateStatus, DomainDrillDown, DomainGraph, DomainStats, GraphNodeKind } from './emerging.model.ts';
import type { EmergingRepository, NewLink } from './emerging.repository.ts';

export const MAX_DOMAINS_LISTED = 1000;
export const MAX_DOMAIN_ITEMS_LISTED = 500;
export const CANDIDATE_NOTIFICATION = 'candidate_platform';

/** What intake hands over: the stored item's id, text and captured page text. */
export interface IntakeItem {
  id: number;
  textContent: string | null;
  pageText?: string | null;
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
      operations: Pick<OperationService, 'visible' | 'list'>;
      platforms: Pick<PlatformService, 'create'>;
      audit: AuditTrail;
      clock: Clock;
      candidateThreshold: number;
    },
  ) {}

  /**
   * Stores the out-links in an item's text and in its captured page text, each marked with where
   * it was found, in the intake transaction. Links without a registrable domain are not counted.
   */
  async recordItem(tx: Queryable, item: IntakeItem): Promise<void> {
    const links: NewLink[] = [];
    for (const [foundIn, text] of [['text', item.textContent], ['page_text', item.pageText]] as const) {
      if (!text) continue;
      for (const raw of extractLinks(text)) {
        try {
          const c = canonicaliseUrl(raw);
          if (c.registrableDomain) links.push({ url: c.url, host: c.host, registrableDomain: c.registrableDomain, foundIn });
        } catch (error) {
          if (!isUrlError(error)) throw error;
        }
      }
    }
    await this.deps.repository.insertLinks(tx, item.id, links, this.deps.clock.now());
  }

  /** Per-domain figures, across all items or within one operation the caller takes part in. */
  async domainStats(ctx: RequestContext, filter: { operationId?: number } = {}): Promise<DomainStats[]> {
    requirePermission(ctx.actor, 'operations:read');
    if (filter.operationId !== undefined) await this.deps.operations.visible(ctx, filter.operationId);
    const stats = await this.deps.repository.stats({ operationId: filter.operationId ?? null, limit: MAX_DOMAINS_LISTED });
    // Candidacy is a fact about all items, not about one operation's share of them.
    const global = filter.operationId === undefined ? null : await this.deps.repository.globalStatus(counted(stats.filter((s) => s.platformId === null && s.candidateStatus === null).map((s) => s.domain)));
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
        for (const org of await repository.authoritiesOn(tx, counted([c.domain])[0]!)) {
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
    const global = await repository.globalStatus(counted(out.targets.map((t) => t.domain)));
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
    const s = await this.#stats(domain);
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
    return (await this.#stats(domain))!;
  }

  /** One counted domain's figures over all items, with its candidate status; null when no item refers to it. */
  async #stats(domain: string): Promise<DomainStats | null> {
    const within = registrableDomainOf(domain);
    if (within === null) return null;
    const [s] = await this.deps.repository.stats({ operationId: null, domain, within, limit: 1 });
    return s ? { ...s, candidateStatus: this.#status(s.platformId, s.candidateStatus, s.items) } : null;
  }

  /**
   * The items behind one domain, as far as the caller's organisation may see them: its own items
   * (by id, with where each refers to the domain), per operation it takes part in the items of
   * each participating organisation (counts), and a count of all other items.
   */
  async drillDown(ctx: RequestContext, rawDomain: string, page: { afterId?: number; limit?: number } = {}): Promise<DomainDrillDown> {
    requirePermission(ctx.actor, 'items:read');
    requirePermission(ctx.actor, 'operations:read');
    const org = actingOrganisation(ctx);
    let domain: string;
    try {
      domain = canonicaliseHost(rawDomain);
    } catch (error) {
      if (isUrlError(error)) throw new AppError('NOT_FOUND', 'No such domain.');
      throw error;
    }
    const stats = await this.#stats(domain);
    if (!stats) throw new AppError('NOT_FOUND', 'No item refers to this domain.');
    const key = counted([domain])[0]!;
    const limit = Math.max(1, Math.min(page.limit ?? 100, MAX_DOMAIN_ITEMS_LISTED));
    const operationIds = (await this.deps.operations.list(ctx)).map((o) => o.id);
    const [items, counts] = await Promise.all([
      this.deps.repository.ownItems(key, org, { afterId: page.afterId ?? 0, limit }),
      this.deps.repository.itemCounts(key, org, operationIds),
    ]);
    const operations = new Map<number, DomainDrillDown['operations'][number]>();
    for (const c of counts.perOperation) {
      const op = operations.get(c.operationId) ?? { operationId: c.operationId, items: 0, organisations: [] };
      op.items += c.items;
      op.organisations.push({ organisationId: c.organisationId, items: c.items });
      operations.set(c.operationId, op);
    }
    return { domain, stats, items, nextAfter: items.length === limit ? items[items.length - 1]!.itemId : null, operations: [...operations.values()], elsewhere: counts.elsewhere };
  }
}

/** Counted names with the registrable domain whose references can count for each. */
function counted(domains: string[]): { key: string; within: string }[] {
  return domains.flatMap((key) => {
    const within = registrableDomainOf(key);
    return within === null ? [] : [{ key, within }];
  });
}
