// SQL for items, their media and signals, clusters and idempotency keys. Item reads are scoped to
// the submitting organisation; cluster reads return counts across organisations, never details.
import type { Queryable } from '../../core/db/index.ts';
import type { ClusterSummary, Item, ItemSignal, ItemStatus, ItemTier } from './item.model.ts';

interface ItemRow {
  id: number;
  organisation_id: number;
  operation_id: number | null;
  url: string;
  submitted_url: string;
  host: string;
  registrable_domain: string | null;
  platform_id: number | null;
  language: string | null;
  group_name: string | null;
  category: string | null;
  tier: ItemTier | null;
  legal_basis: string | null;
  text_content: string | null;
  page_text: string | null;
  notes: string;
  status: ItemStatus;
  captured_at: Date | null;
  cluster_id: number | null;
  created_at: Date;
  updated_at: Date;
  signals: Array<{ signal_type: string; value: string; quality: number | null }> | null;
  media: Array<{ id: number; sha256: string; byte_size: number; content_type: string; format: string | null; filename: string | null }> | null;
}

const toItem = (r: ItemRow): Item => ({
  id: r.id,
  organisationId: r.organisation_id,
  operationId: r.operation_id,
  url: r.url,
  submittedUrl: r.submitted_url,
  host: r.host,
  registrableDomain: r.registrable_domain,
  platformId: r.platform_id,
  language: r.language,
  groupName: r.group_name,
  category: r.category,
  tier: r.tier,
  legalBasis: r.legal_basis,
  textContent: r.text_content,
  pageText: r.page_text,
  notes: r.notes,
  status: r.status,
  capturedAt: r.captured_at,
  clusterId: r.cluster_id,
  createdAt: r.created_at,
  updatedAt: r.updated_at,
  signals: (r.signals ?? []).map((s) => ({ signalType: s.signal_type, value: s.value, quality: s.quality })),
  media: (r.media ?? []).map((m) => ({ id: m.id, sha256: m.sha256, byteSize: Number(m.byte_size), contentType: m.content_type, format: m.format, filename: m.filename })),
});

const SELECT = `
  select i.*,
    (select json_agg(json_build_object('signal_type', s.signal_type, 'value', s.value, 'quality', s.quality) order by s.id) from item_signals s where s.item_id = i.id) as signals,
    (select json_agg(json_build_object('id', m.id, 'sha256', m.sha256, 'byte_size', m.byte_size, 'content_type', m.content_type, 'format', m.format, 'filename', m.filename) order by m.id) from item_media m where m.item_id = i.id) as media
  from items i`;

/** An item as intake writes it: what the submitter and intake decided, before status, cluster and signals exist. */
export type NewItemRow = Omit<Item, 'id' | 'status' | 'clusterId' | 'createdAt' | 'updatedAt' | 'signals' | 'media'> & { submittedBy: number | null };

const CLUSTER_LOCK = 7_203_811_457;

export class ItemRepository {
  constructor(private readonly db: Queryable) {}

  /** Inserts an item unless the same URL is already in the operation (or the organisation's own list). */
  async insertIfNew(tx: Queryable, i: NewItemRow, now: Date): Promise<{ id: number; created: boolean }> {
    const conflict = i.operationId === null ? '(organisation_id, url) where operation_id is null' : '(operation_id, url) where operation_id is not null';
    const { rows } = await tx.query<{ id: number }>(
      `insert into items (organisation_id, operation_id, url, submitted_url, host, registrable_domain, platform_id, language, group_name, category, tier, legal_basis, text_content, notes, captured_at, submitted_by_member_id, created_at, updated_at, page_text)
       values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $17, $18)
       on conflict ${conflict} do nothing returning id`,
      [i.organisationId, i.operationId, i.url, i.submittedUrl, i.host, i.registrableDomain, i.platformId, i.language, i.groupName, i.category, i.tier, i.legalBasis, i.textContent, i.notes, i.capturedAt, i.submittedBy, now, i.pageText],
    );
    if (rows[0]) return { id: rows[0].id, created: true };
    const existing = await tx.query<{ id: number }>(
      i.operationId === null ? 'select id from items where organisation_id = $1 and url = $2 and operation_id is null' : 'select id from items where operation_id = $1 and url = $2',
      [i.operationId ?? i.organisationId, i.url],
    );
    return { id: existing.rows[0]!.id, created: false };
  }

  async insertSignals(tx: Queryable, itemId: number, signals: ItemSignal[], now: Date): Promise<void> {
    if (signals.length === 0) return;
    await tx.query(
      `insert into item_signals (item_id, signal_type, value, quality, created_at)
       select $1, t, v, q, $5 from unnest($2::text[], $3::text[], $4::int[]) as x(t, v, q)`,
      [itemId, signals.map((s) => s.signalType), signals.map((s) => s.value), signals.map((s) => s.quality), now],
    );
  }

  async insertMedia(tx: Queryable, itemId: number, m: { sha256: string; byteSize: number; contentType: string; format: string | null; filename: string | null }, now: Date): Promise<void> {
    await tx.query('insert into item_media (item_id, sha256, byte_size, content_type, format, filename, created_at) values ($1, $2, $3, $4, $5, $6, $7)', [itemId, m.sha256, m.byteSize, m.contentType, m.format, m.filename, now]);
  }

  async get(organisationId: number, id: number, db: Queryable = this.db): Promise<Item | null> {
    const { rows } = await db.query<ItemRow>(`${SELECT} where i.organisation_id = $1 and i.id = $2`, [organisationId, id]);
    return rows[0] ? toItem(rows[0]) : null;
  }

  async lock(tx: Queryable, organisationId: number, id: number): Promise<void> {
    await tx.query('select id from items where organisation_id = $1 and id = $2 for update', [organisationId, id]);
  }

  async list(organisationId: number, filter: { operationId?: number; afterId: number; limit: number }): Promise<Item[]> {
    const { rows } = await this.db.query<ItemRow>(
      `${SELECT} where i.organisation_id = $1 and ($2::bigint is null or i.operation_id = $2) and i.id > $3 order by i.id limit $4`,
      [organisationId, filter.operationId ?? null, filter.afterId, filter.limit],
    );
    return rows.map(toItem);
  }

  async assess(tx: Queryable, organisationId: number, id: number, patch: Partial<Pick<Item, 'language' | 'groupName' | 'category' | 'tier' | 'legalBasis' | 'notes' | 'status'>>, now: Date): Promise<void> {
    const keys: Array<[string, string, unknown]> = [
      ['language', 'language', patch.language],
      ['group_name', 'groupName', patch.groupName],
      ['category', 'category', patch.category],
      ['tier', 'tier', patch.tier],
      ['legal_basis', 'legalBasis', patch.legalBasis],
      ['notes', 'notes', patch.notes],
      ['status', 'status', patch.status],
    ];
    const present = keys.filter(([, key]) => Object.hasOwn(patch, key));
    const sets = present.map(([column], i) => `${column} = $${i + 4}`);
    await tx.query(`update items set ${[...sets, 'updated_at = $3'].join(', ')} where organisation_id = $1 and id = $2`, [organisationId, id, now, ...present.map(([, , v]) => v ?? null)]);
  }

  // Clustering ---------------------------------------------------------------------------------

  async lockClustering(tx: Queryable): Promise<void> {
    await tx.query('select pg_advisory_xact_lock($1)', [CLUSTER_LOCK]);
  }

  /** PDQ signals of items that joined (or changed) clusters after `seq`, for the in-memory index. */
  async clusteredPdqSince(tx: Queryable, seq: number): Promise<Array<{ seq: number; itemId: number; clusterId: number; signalId: number; value: string; quality: number | null }>> {
    const { rows } = await tx.query<{ cluster_seq: number; item_id: number; cluster_id: number; signal_id: number; value: string; quality: number | null }>(
      `select i.cluster_seq, i.id as item_id, i.cluster_id, s.id as signal_id, s.value, s.quality
         from items i join item_signals s on s.item_id = i.id and s.signal_type = 'pdq'
        where i.cluster_seq > $1 order by i.cluster_seq`,
      [seq],
    );
    return rows.map((r) => ({ seq: r.cluster_seq, itemId: r.item_id, clusterId: r.cluster_id, signalId: r.signal_id, value: r.value, quality: r.quality }));
  }

  async maxClusterSeq(tx: Queryable): Promise<number> {
    const { rows } = await tx.query<{ seq: number | null }>('select max(cluster_seq) as seq from items');
    return rows[0]?.seq ?? 0;
  }

  /** Clusters of already-clustered items sharing an exact signal value with the given ones. */
  async clustersWithExactSignals(tx: Queryable, excludeItemId: number, signals: ItemSignal[]): Promise<number[]> {
    if (signals.length === 0) return [];
    const { rows } = await tx.query<{ cluster_id: number }>(
      `select distinct i.cluster_id from item_signals s join items i on i.id = s.item_id
        join unnest($2::text[], $3::text[]) as q(t, v) on s.signal_type = q.t and md5(s.value) = md5(q.v) and s.value = q.v
       where i.cluster_id is not null and i.id <> $1`,
      [excludeItemId, signals.map((s) => s.signalType), signals.map((s) => s.value)],
    );
    return rows.map((r) => r.cluster_id);
  }

  async currentClusters(tx: Queryable, itemIds: number[]): Promise<number[]> {
    if (itemIds.length === 0) return [];
    const { rows } = await tx.query<{ cluster_id: number }>('select distinct cluster_id from items where id = any($1::bigint[]) and cluster_id is not null', [itemIds]);
    return rows.map((r) => r.cluster_id);
  }

  async newCluster(tx: Queryable, now: Date): Promise<number> {
    const { rows } = await tx.query<{ id: number }>('insert into clusters (created_at) values ($1) returning id', [now]);
    return rows[0]!.id;
  }

  /**
   * Puts the item, and every item of the clusters being merged, into `clusterId`, and records the
   * merge: the merged clusters, and those merged into them before, now name `clusterId`.
   */
  async joinCluster(tx: Queryable, itemId: number, clusterId: number, merged: number[], now: Date): Promise<void> {
    await tx.query(
      `update items set cluster_id = $2, cluster_seq = nextval('item_cluster_seq')
        where id = $1 or cluster_id = any($3::bigint[])`,
      [itemId, clusterId, merged],
    );
    if (merged.length === 0) return;
    await tx.query(
      `update clusters set merged_into = $1, merged_at = case when id = any($2::bigint[]) then $3 else merged_at end
        where id = any($2::bigint[]) or merged_into = any($2::bigint[])`,
      [clusterId, merged, now],
    );
  }

  /** The cluster `clusterId` is now: itself, or the one it was merged into; null if there is none. */
  async survivingCluster(clusterId: number, db: Queryable = this.db): Promise<number | null> {
    const { rows } = await db.query<{ id: number }>('select coalesce(merged_into, id) as id from clusters where id = $1', [clusterId]);
    return rows[0]?.id ?? null;
  }

  async clusterSummary(organisationId: number, requestedId: number): Promise<ClusterSummary | null> {
    const clusterId = await this.survivingCluster(requestedId);
    if (clusterId === null) return null;
    const { rows } = await this.db.query<{ item_count: number; platform_count: number; domains: string[] | null; organisation_count: number; own: number[] | null; merged: number[] | null }>(
      `select count(*)::int as item_count,
              count(distinct coalesce(platform_id::text, registrable_domain, host))::int as platform_count,
              array_agg(distinct coalesce(registrable_domain, host)) as domains,
              count(distinct organisation_id)::int as organisation_count,
              array_agg(id order by id) filter (where organisation_id = $1) as own,
              (select array_agg(c.id order by c.id) from clusters c where c.merged_into = $2) as merged
         from items where cluster_id = $2`,
      [organisationId, clusterId],
    );
    const r = rows[0];
    if (!r || r.item_count === 0 || !r.own || r.own.length === 0) return null;
    return { id: clusterId, mergedClusterIds: (r.merged ?? []).map(Number), itemCount: r.item_count, platformCount: r.platform_count, domains: (r.domains ?? []).sort(), organisationCount: r.organisation_count, ownItemIds: r.own.map(Number) };
  }

  // Idempotency --------------------------------------------------------------------------------

  async findIdempotent(organisationId: number, key: string): Promise<{ requestHash: string; statusCode: number; response: unknown } | null> {
    const { rows } = await this.db.query<{ request_hash: string; status_code: number; response: unknown }>('select request_hash, status_code, response from idempotency_keys where organisation_id = $1 and key = $2', [organisationId, key]);
    return rows[0] ? { requestHash: rows[0].request_hash, statusCode: rows[0].status_code, response: rows[0].response } : null;
  }

  async saveIdempotent(tx: Queryable, organisationId: number, key: string, requestHash: string, statusCode: number, response: unknown, now: Date): Promise<void> {
    await tx.query('insert into idempotency_keys (organisation_id, key, request_hash, status_code, response, created_at) values ($1, $2, $3, $4, $5::jsonb, $6)', [organisationId, key, requestHash, statusCode, JSON.stringify(response), now]);
  }
}
