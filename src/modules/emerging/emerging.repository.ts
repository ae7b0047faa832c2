// SQL for emerging platforms: items' out-links, per-domain figures over items' own domains and
// their links, candidate rows, and the alerts the candidate job leaves. The registry
// (platform_domains) is joined read-only: it is shared knowledge, and one query keeps the figures
// consistent. Figures are counts across organisations; no query returns another organisation's item.
import type { Queryable } from '../../core/db/index.ts';
import type { CandidateStatus, DomainStats } from './emerging.model.ts';

interface StatsRow {
  domain: string;
  first_seen: Date;
  last_seen: Date;
  items: number;
  links: number;
  operations: number;
  organisations: number;
  platform_id: number | null;
  candidate_status: CandidateStatus | null;
  promoted_platform_id: number | null;
  alerted_at: Date | null;
  decided_at: Date | null;
}

export interface CandidateRow {
  domain: string;
  status: CandidateStatus;
  promotedPlatformId: number | null;
}

export interface GraphEdgeRow {
  fromDomain: string;
  platformId: number;
  toDomain: string;
  links: number;
}

/** Every reference to a domain: an item's own URL (no link) and each of its out-links. */
const REFS = `
  select i.id as item_id, i.registrable_domain as domain, i.organisation_id, i.operation_id, i.created_at, 0 as link
    from items i where i.registrable_domain is not null and ($1::bigint is null or i.operation_id = $1)
  union all
  select l.item_id, l.registrable_domain, i.organisation_id, i.operation_id, l.created_at, 1
    from item_links l join items i on i.id = l.item_id where ($1::bigint is null or i.operation_id = $1)`;

export class EmergingRepository {
  constructor(private readonly db: Queryable) {}

  async insertLinks(tx: Queryable, itemId: number, links: { url: string; registrableDomain: string }[], foundIn: 'text' | 'page', now: Date): Promise<void> {
    if (links.length === 0) return;
    await tx.query(
      `insert into item_links (item_id, url, registrable_domain, found_in, created_at)
       select $1, u, d, $4, $5 from unnest($2::text[], $3::text[]) as t(u, d)
       on conflict do nothing`,
      [itemId, links.map((l) => l.url), links.map((l) => l.registrableDomain), foundIn, now],
    );
  }

  /** Figures per domain, optionally within one operation; `domain` narrows to one. */
  async stats(filter: { operationId: number | null; domain?: string; limit: number }): Promise<DomainStats[]> {
    const { rows } = await this.db.query<StatsRow>(
      `with refs as (${REFS})
       select r.domain, min(r.created_at) as first_seen, max(r.created_at) as last_seen,
              count(distinct r.item_id)::int as items, sum(r.link)::int as links,
              count(distinct r.operation_id)::int as operations, count(distinct r.organisation_id)::int as organisations,
              (select pd.platform_id from platform_domains pd where pd.domain = r.domain) as platform_id,
              c.status as candidate_status, c.promoted_platform_id, c.alerted_at, c.decided_at
         from refs r left join domain_candidates c on c.registrable_domain = r.domain
        where ($2::text is null or r.domain = $2)
        group by r.domain, c.status, c.promoted_platform_id, c.alerted_at, c.decided_at
        order by items desc, r.domain
        limit $3`,
      [filter.operationId, filter.domain ?? null, filter.limit],
    );
    return rows.map((r) => ({
      domain: r.domain,
      firstSeen: r.first_seen,
      lastSeen: r.last_seen,
      items: r.items,
      links: r.links,
      operations: r.operations,
      organisations: r.organisations,
      platformId: r.platform_id,
      candidateStatus: r.candidate_status,
      promotedPlatformId: r.promoted_platform_id,
      alertedAt: r.alerted_at,
      decidedAt: r.decided_at,
    }));
  }

  /** Unregistered domains in at least `threshold` items that have no candidate row yet. */
  async newCandidates(threshold: number): Promise<{ domain: string; items: number; firstSeen: Date }[]> {
    const { rows } = await this.db.query<{ domain: string; items: number; first_seen: Date }>(
      `with refs as (${REFS})
       select r.domain, count(distinct r.item_id)::int as items, min(r.created_at) as first_seen
         from refs r
        where not exists (select 1 from platform_domains pd where pd.domain = r.domain)
          and not exists (select 1 from domain_candidates c where c.registrable_domain = r.domain)
        group by r.domain
       having count(distinct r.item_id) >= $2
        order by r.domain`,
      [null, threshold],
    );
    return rows.map((r) => ({ domain: r.domain, items: r.items, firstSeen: r.first_seen }));
  }

  /** Across all items: how many items reference each domain, and its candidate row's status. */
  async globalStatus(domains: string[]): Promise<Map<string, { items: number; status: CandidateStatus | null }>> {
    const { rows } = await this.db.query<{ domain: string; items: number; status: CandidateStatus | null }>(
      `with refs as (
         select i.id as item_id, i.registrable_domain as domain from items i where i.registrable_domain = any($1::text[])
         union
         select l.item_id, l.registrable_domain from item_links l where l.registrable_domain = any($1::text[]))
       select r.domain, count(distinct r.item_id)::int as items, (select c.status from domain_candidates c where c.registrable_domain = r.domain) as status
         from refs r group by r.domain`,
      [domains],
    );
    return new Map(rows.map((r) => [r.domain, { items: r.items, status: r.status }]));
  }

  /** Claims a new candidate; false when another process (or a decision) got there first. */
  async insertCandidate(tx: Queryable, domain: string, now: Date): Promise<boolean> {
    const { rowCount } = await tx.query(`insert into domain_candidates (registrable_domain, status, alerted_at, created_at) values ($1, 'candidate', $2, $2) on conflict do nothing`, [domain, now]);
    return rowCount === 1;
  }

  async findCandidate(domain: string, tx: Queryable = this.db, lock = false): Promise<CandidateRow | null> {
    const { rows } = await tx.query<{ registrable_domain: string; status: CandidateStatus; promoted_platform_id: number | null }>(
      `select registrable_domain, status, promoted_platform_id from domain_candidates where registrable_domain = $1${lock ? ' for update' : ''}`,
      [domain],
    );
    return rows[0] ? { domain: rows[0].registrable_domain, status: rows[0].status, promotedPlatformId: rows[0].promoted_platform_id } : null;
  }

  /** Records a decision, creating the row when the domain was a candidate the job had not reached yet. */
  async decide(tx: Queryable, domain: string, decision: { status: 'promoted' | 'dismissed'; platformId: number | null; decidedBy: string }, now: Date): Promise<void> {
    await tx.query(
      `insert into domain_candidates (registrable_domain, status, promoted_platform_id, decided_by, decided_at, created_at)
       values ($1, $2, $3, $4, $5, $5)
       on conflict (registrable_domain) do update set status = $2, promoted_platform_id = $3, decided_by = $4, decided_at = $5`,
      [domain, decision.status, decision.platformId, decision.decidedBy, now],
    );
  }

  /** Authority organisations with at least one item on the domain or linking to it. */
  async authoritiesOn(tx: Queryable, domain: string): Promise<number[]> {
    const { rows } = await tx.query<{ organisation_id: number }>(
      `select distinct i.organisation_id from items i join organisations o on o.id = i.organisation_id
        where o.kind = 'authority'
          and (i.registrable_domain = $1 or exists (select 1 from item_links l where l.item_id = i.id and l.registrable_domain = $1))
        order by i.organisation_id`,
      [domain],
    );
    return rows.map((r) => r.organisation_id);
  }

  async insertNotification(tx: Queryable, organisationId: number, kind: string, payload: Record<string, unknown>, now: Date): Promise<void> {
    await tx.query('insert into notifications (organisation_id, kind, payload, created_at) values ($1, $2, $3::jsonb, $4)', [organisationId, kind, JSON.stringify(payload), now]);
  }

  /** Items of the operation per registered platform domain (the item's own URL). */
  async platformNodes(operationId: number): Promise<{ domain: string; platformId: number; items: number }[]> {
    const { rows } = await this.db.query<{ domain: string; platform_id: number; items: number }>(
      `select i.registrable_domain as domain, min(coalesce(i.platform_id, pd.platform_id)) as platform_id, count(*)::int as items
         from items i left join platform_domains pd on pd.domain = i.registrable_domain
        where i.operation_id = $1 and i.registrable_domain is not null and coalesce(i.platform_id, pd.platform_id) is not null
        group by i.registrable_domain order by i.registrable_domain`,
      [operationId],
    );
    return rows.map((r) => ({ domain: r.domain, platformId: r.platform_id, items: r.items }));
  }

  /** Links from items on registered platforms to unregistered domains, and the items behind each target. */
  async outLinks(operationId: number): Promise<{ edges: { from: string; to: string; links: number }[]; targets: { domain: string; items: number }[] }> {
    const where = `from item_links l join items i on i.id = l.item_id left join platform_domains pd on pd.domain = i.registrable_domain
        where i.operation_id = $1 and i.registrable_domain is not null and coalesce(i.platform_id, pd.platform_id) is not null
          and l.registrable_domain <> i.registrable_domain
          and not exists (select 1 from platform_domains t where t.domain = l.registrable_domain)`;
    const edges = await this.db.query<{ from_domain: string; to_domain: string; links: number }>(
      `select i.registrable_domain as from_domain, l.registrable_domain as to_domain, count(*)::int as links ${where}
        group by 1, 2 order by 1, 2`,
      [operationId],
    );
    const targets = await this.db.query<{ domain: string; items: number }>(`select l.registrable_domain as domain, count(distinct l.item_id)::int as items ${where} group by 1 order by 1`, [operationId]);
    return { edges: edges.rows.map((r) => ({ from: r.from_domain, to: r.to_domain, links: r.links })), targets: targets.rows };
  }
}
