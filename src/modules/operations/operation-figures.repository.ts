// The live figures of one operation, as a handful of aggregate queries over indexed columns, so a
// dashboard can poll them every few seconds during an action day.
import type { Queryable } from '../../core/db/index.ts';

export interface OperationFigures {
  items: number;
  clusters: number;
  platforms: number;
  languages: Array<{ language: string; items: number }>;
  groups: Array<{ group: string; items: number }>;
  organisations: number;
  perPlatform: Array<{ platformId: number | null; domain: string; items: number }>;
  newDomains: Array<{ domain: string; items: number; firstSeen: Date }>;
  itemsOverTime: Array<{ hour: Date; items: number }>;
}

/**
 * The name an item on no registered platform is counted under: its registrable domain, or its host
 * (without `www.`) when the registry holds full hosts under that domain (shared hosting such as
 * `someone.example.net`), so that `example.net` itself never shows as one busy new site. The same
 * rule as the emerging-platforms counts (docs/emerging-platforms.md).
 */
const UNREGISTERED_NAME = `case when i.registrable_domain is not null and exists (
    select 1 from platform_domains pd where right(pd.domain, length(i.registrable_domain) + 1) = '.' || i.registrable_domain)
  then regexp_replace(i.host, '^www\\.', '') else coalesce(i.registrable_domain, i.host) end`;

export class OperationFiguresRepository {
  constructor(private readonly db: Queryable) {}

  async itemFigures(operationId: number): Promise<OperationFigures> {
    const [totals, languages, groups, perPlatform, newDomains, overTime] = await Promise.all([
      this.db.query<{ items: number; clusters: number; platforms: number; organisations: number }>(
        `select count(*)::int as items, count(distinct cluster_id)::int as clusters,
                count(distinct coalesce(platform_id::text, ${UNREGISTERED_NAME}))::int as platforms,
                count(distinct organisation_id)::int as organisations
           from items i where operation_id = $1`,
        [operationId],
      ),
      this.db.query<{ language: string; items: number }>(
        `select coalesce(language, 'unknown') as language, count(*)::int as items from items where operation_id = $1 group by 1 order by 2 desc, 1`,
        [operationId],
      ),
      this.db.query<{ grp: string; items: number }>(
        `select coalesce(group_name, 'unattributed') as grp, count(*)::int as items from items where operation_id = $1 group by 1 order by 2 desc, 1`,
        [operationId],
      ),
      this.db.query<{ platform_id: number | null; domain: string; items: number }>(
        `select platform_id, min(${UNREGISTERED_NAME}) as domain, count(*)::int as items
           from items i where operation_id = $1 group by platform_id, case when platform_id is null then ${UNREGISTERED_NAME} end
          order by 3 desc, 2`,
        [operationId],
      ),
      this.db.query<{ domain: string; items: number; first_seen: Date }>(
        `select ${UNREGISTERED_NAME} as domain, count(*)::int as items, min(created_at) as first_seen
           from items i where operation_id = $1 and platform_id is null group by 1 order by 2 desc, 1 limit 100`,
        [operationId],
      ),
      this.db.query<{ hour: Date; items: number }>(
        `select date_trunc('hour', created_at) as hour, count(*)::int as items from items where operation_id = $1 group by 1 order by 1`,
        [operationId],
      ),
    ]);
    const t = totals.rows[0]!;
    return {
      items: t.items,
      clusters: t.clusters,
      platforms: t.platforms,
      organisations: t.organisations,
      languages: languages.rows,
      groups: groups.rows.map((g) => ({ group: g.grp, items: g.items })),
      perPlatform: perPlatform.rows.map((p) => ({ platformId: p.platform_id, domain: p.domain, items: p.items })),
      newDomains: newDomains.rows.map((d) => ({ domain: d.domain, items: d.items, firstSeen: d.first_seen })),
      itemsOverTime: overTime.rows,
    };
  }
}
