// SQL for emerging platforms: items' out-links, per-domain figures over items' own URLs and their
// links, candidate rows, and the alerts the candidate job leaves. The registry (platform_domains)
// is joined read-only: it is shared knowledge, and one query keeps the figures consistent. Figures
// are counts across organisations; only the drill-down returns items, and only the caller's own.
import type { Queryable } from '../../core/db/index.ts';
import type { CandidateStatus, DomainItem, DomainStats, ReferenceSource } from './emerging.model.ts';

interface StatsRow {
  domain: string;
  first_seen: Date;
  last_seen: Date;
  items: number;
  links: number;
  src_url: number;
  src_text: number;
  src_page_text: number;
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

export interface NewLink {
  url: string;
  host: string;
  registrableDomain: string;
  foundIn: Exclude<ReferenceSource, 'url'>;
}

/**
 * `keyed`: every reference to a domain — an item's own URL (source 'url') and each of its out-links
 * (source 'text' or 'page_text') — with the name it is counted under (`key`) and the platform
 * registered under that name. $1 narrows to one operation, $2 to references within the given
 * registrable domains.
 *
 * The counted name is the registrable domain, unless the registry holds full hosts under it
 * (`someone.example.net` registered, so `example.net` is shared hosting): then it is the most
 * specific registered name the host falls under, or else the host itself (without `www.`), so
 * that the unknown `others.example.net` is counted on its own and `example.net` is never
 * mistaken for one busy unregistered site. The names are resolved once per distinct (host,
 * registrable domain) and joined back.
 */
const KEYED = `
  refs as (
    select i.id as item_id, i.host, i.registrable_domain as domain, i.organisation_id, i.operation_id, i.created_at, 'url'::text as source, null::text as url
      from items i
     where i.registrable_domain is not null and ($1::bigint is null or i.operation_id = $1) and ($2::text[] is null or i.registrable_domain = any($2::text[]))
    union all
    select l.item_id, l.host, l.registrable_domain, i.organisation_id, i.operation_id, l.created_at, l.found_in, l.url
      from item_links l join items i on i.id = l.item_id
     where ($1::bigint is null or i.operation_id = $1) and ($2::text[] is null or l.registrable_domain = any($2::text[]))),
  -- Grouped rather than distinct: the planner then expects few names, not one per reference.
  names as (select r.host, r.domain from refs r group by 1, 2),
  shared as (
    select distinct array_to_string((string_to_array(pd.domain, '.'))[k:], '.') as domain
      from platform_domains pd cross join lateral generate_series(2, cardinality(string_to_array(pd.domain, '.'))) as k),
  named as (
    select n.host, n.domain, case when s.domain is null then n.domain else coalesce(m.name, regexp_replace(n.host, '^www\\.', '')) end as key
      from names n
      left join shared s on s.domain = n.domain
      left join lateral (
        select pd.domain as name from platform_domains pd
         where s.domain is not null
           and pd.domain in (select array_to_string((string_to_array(n.host, '.'))[k:], '.')
                               from generate_series(1, cardinality(string_to_array(n.host, '.')) - cardinality(string_to_array(n.domain, '.')) + 1) as k)
         order by length(pd.domain) desc limit 1) m on true),
  keys as (select n.host, n.domain, n.key, pd.platform_id from named n left join platform_domains pd on pd.domain = n.key),
  keyed as (select r.item_id, k.key, k.platform_id, r.organisation_id, r.operation_id, r.created_at, r.source, r.url from refs r join keys k on k.host = r.host and k.domain = r.domain)`;

const toStats = (r: StatsRow): DomainStats => ({
  domain: r.domain,
  firstSeen: r.first_seen,
  lastSeen: r.last_seen,
  items: r.items,
  links: r.links,
  sources: { url: r.src_url, text: r.src_text, page_text: r.src_page_text },
  operations: r.operations,
  organisations: r.organisations,
  platformId: r.platform_id,
  candidateStatus: r.candidate_status,
  promotedPlatformId: r.promoted_platform_id,
  alertedAt: r.alerted_at,
  decidedAt: r.decided_at,
});

export class EmergingRepository {
  constructor(private readonly db: Queryable) {}

  async insertLinks(tx: Queryable, itemId: number, links: NewLink[], now: Date): Promise<void> {
    if (links.length === 0) return;
    await tx.query(
      `insert into item_links (item_id, url, host, registrable_domain, found_in, created_at)
       select $1, u, h, d, f, $6 from unnest($2::text[], $3::text[], $4::text[], $5::text[]) as t(u, h, d, f)
       on conflict do nothing`,
      [itemId, links.map((l) => l.url), links.map((l) => l.host), links.map((l) => l.registrableDomain), links.map((l) => l.foundIn), now],
    );
  }

  /**
   * Figures per counted domain, optionally within one operation. `domain` narrows to one counted
   * name; `within` (its registrable domain) lets the query read only the references that can count for it.
   */
  async stats(filter: { operationId: number | null; domain?: string; within?: string; limit: number }): Promise<DomainStats[]> {
    const { rows } = await this.db.query<StatsRow>(
      `with ${KEYED}
       select k.key as domain, min(k.created_at) as first_seen, max(k.created_at) as last_seen,
              count(distinct k.item_id)::int as items,
              count(distinct k.item_id::text || ' ' || k.url)::int as links,
              count(distinct k.item_id) filter (where k.source = 'url')::int as src_url,
              count(distinct k.item_id) filter (where k.source = 'text')::int as src_text,
              count(distinct k.item_id) filter (where k.source = 'page_text')::int as src_page_text,
              count(distinct k.operation_id)::int as operations, count(distinct k.organisation_id)::int as organisations,
              k.platform_id, c.status as candidate_status, c.promoted_platform_id, c.alerted_at, c.decided_at
         from keyed k left join domain_candidates c on c.registrable_domain = k.key
        where ($3::text is null or k.key = $3)
        group by k.key, k.platform_id, c.status, c.promoted_platform_id, c.alerted_at, c.decided_at
        order by items desc, k.key
        limit $4`,
      [filter.operationId, filter.within ? [filter.within] : null, filter.domain ?? null, filter.limit],
    );
    return rows.map(toStats);
  }

  /** Unregistered counted domains in at least `threshold` items that have no candidate row yet. */
  async newCandidates(threshold: number): Promise<{ domain: string; items: number; firstSeen: Date }[]> {
    const { rows } = await this.db.query<{ domain: string; items: number; first_seen: Date }>(
      `with ${KEYED},
       per_item as (select k.key, k.item_id, min(k.created_at) as first_seen from keyed k where k.platform_id is null group by k.key, k.item_id)
       select p.key as domain, count(*)::int as items, min(p.first_seen) as first_seen
         from per_item p
        where not exists (select 1 from domain_candidates c where c.registrable_domain = p.key)
        group by p.key
       having count(*) >= $3
        order by p.key`,
      [null, null, threshold],
    );
    return rows.map((r) => ({ domain: r.domain, items: r.items, firstSeen: r.first_seen }));
  }

  /** Across all items: how many items reference each counted domain, and its candidate row's status. */
  async globalStatus(domains: { key: string; within: string }[]): Promise<Map<string, { items: number; status: CandidateStatus | null }>> {
    if (domains.length === 0) return new Map();
    const { rows } = await this.db.query<{ domain: string; items: number; status: CandidateStatus | null }>(
      `with ${KEYED},
       per_item as (select k.key, k.item_id from keyed k where k.key = any($3::text[]) group by k.key, k.item_id)
       select p.key as domain, count(*)::int as items, (select c.status from domain_candidates c where c.registrable_domain = p.key) as status
         from per_item p group by p.key`,
      [null, [...new Set(domains.map((d) => d.within))], domains.map((d) => d.key)],
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

  /** Authority organisations with at least one item on the counted domain or linking to it. */
  async authoritiesOn(tx: Queryable, domain: { key: string; within: string }): Promise<number[]> {
    const { rows } = await tx.query<{ organisation_id: number }>(
      `with ${KEYED}
       select distinct k.organisation_id from keyed k join organisations o on o.id = k.organisation_id
        where o.kind = 'authority' and k.key = $3
        order by k.organisation_id`,
      [null, [domain.within], domain.key],
    );
    return rows.map((r) => r.organisation_id);
  }

  async insertNotification(tx: Queryable, organisationId: number, kind: string, payload: Record<string, unknown>, now: Date): Promise<void> {
    await tx.query('insert into notifications (organisation_id, kind, payload, created_at) values ($1, $2, $3::jsonb, $4)', [organisationId, kind, JSON.stringify(payload), now]);
  }

  /** Items of the operation per registered counted domain (the item's own URL). */
  async platformNodes(operationId: number): Promise<{ domain: string; platformId: number; items: number }[]> {
    const { rows } = await this.db.query<{ domain: string; platform_id: number; items: number }>(
      `with ${KEYED}
       select k.key as domain, k.platform_id, count(distinct k.item_id)::int as items
         from keyed k where k.source = 'url' and k.platform_id is not null
        group by k.key, k.platform_id order by k.key`,
      [operationId, null],
    );
    return rows.map((r) => ({ domain: r.domain, platformId: r.platform_id, items: r.items }));
  }

  /**
   * Links from items on registered platforms to unregistered counted domains (one per item and
   * URL), and per target the number of items linking to it.
   */
  async outLinks(operationId: number): Promise<{ edges: { from: string; to: string; links: number }[]; targets: { domain: string; items: number }[] }> {
    const { rows } = await this.db.query<{ from_domain: string | null; to_domain: string; links: number | null; items: number | null }>(
      `with ${KEYED},
       -- Each link beside its item's own counted domain (a window over the item, not a self-join).
       per_item as (
         select k.*, max(k.key) filter (where k.source = 'url') over (partition by k.item_id) as from_key,
                max(k.platform_id) filter (where k.source = 'url') over (partition by k.item_id) as from_platform_id
           from keyed k),
       edges as (
         select distinct p.from_key, p.key as to_key, p.item_id, p.url
           from per_item p
          where p.source <> 'url' and p.from_platform_id is not null and p.platform_id is null and p.key <> p.from_key)
       select from_key as from_domain, to_key as to_domain, count(*)::int as links, null::int as items from edges group by 1, 2
       union all
       select null, to_key, null, count(distinct item_id)::int from edges group by 2
       order by 1, 2`,
      [operationId, null],
    );
    return {
      edges: rows.filter((r) => r.from_domain !== null).map((r) => ({ from: r.from_domain!, to: r.to_domain, links: r.links! })),
      targets: rows.filter((r) => r.from_domain === null).map((r) => ({ domain: r.to_domain, items: r.items! })),
    };
  }

  /** The organisation's own items behind a counted domain, by id, with where each refers to it. */
  async ownItems(domain: { key: string; within: string }, organisationId: number, page: { afterId: number; limit: number }): Promise<DomainItem[]> {
    const { rows } = await this.db.query<{ item_id: number; url: string; operation_id: number | null; sources: ReferenceSource[]; first_seen: Date }>(
      `with ${KEYED}
       select k.item_id, i.url, i.operation_id, array_agg(distinct k.source order by k.source) as sources, min(k.created_at) as first_seen
         from keyed k join items i on i.id = k.item_id
        where k.key = $3 and k.organisation_id = $4 and k.item_id > $5
        group by k.item_id, i.url, i.operation_id
        order by k.item_id limit $6`,
      [null, [domain.within], domain.key, organisationId, page.afterId, page.limit],
    );
    return rows.map((r) => ({ itemId: r.item_id, url: r.url, operationId: r.operation_id, sources: r.sources, firstSeen: r.first_seen }));
  }

  /**
   * Counts behind a counted domain: per (operation, organisation) within the given operations, and
   * the items of organisations other than `organisationId` outside them.
   */
  async itemCounts(domain: { key: string; within: string }, organisationId: number, operationIds: number[]): Promise<{ perOperation: { operationId: number; organisationId: number; items: number }[]; elsewhere: number }> {
    const { rows } = await this.db.query<{ operation_id: number | null; organisation_id: number | null; items: number }>(
      `with ${KEYED}
       select k.operation_id, k.organisation_id, count(distinct k.item_id)::int as items
         from keyed k where k.key = $3 and k.operation_id = any($4::bigint[])
        group by 1, 2
       union all
       select null, null, count(distinct k.item_id)::int
         from keyed k where k.key = $3 and k.organisation_id <> $5 and (k.operation_id is null or k.operation_id <> all($4::bigint[]))
        order by 1, 2`,
      [null, [domain.within], domain.key, operationIds, organisationId],
    );
    return {
      perOperation: rows.filter((r) => r.operation_id !== null).map((r) => ({ operationId: r.operation_id!, organisationId: r.organisation_id!, items: r.items })),
      elsewhere: rows.find((r) => r.operation_id === null)?.items ?? 0,
    };
  }
}
