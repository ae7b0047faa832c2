// SQL for holds. Reads on a caller's behalf return only its own organisation's holds; the
// cross-organisation reads (`activeFor`, `coveringAtIntake`, `heldBy`) are for deconfliction, whose
// callers show nothing of the holds they find but whether there are any. Placement, checks and
// cluster merges serialise on advisory locks keyed by URL and cluster.
import type { Queryable } from '../../core/db/index.ts';
import type { Hold, HoldStatus, HoldTarget, IntakeMatch } from './hold.model.ts';

interface HoldRow {
  id: number;
  organisation_id: number;
  item_id: number | null;
  item_url: string | null;
  cluster_id: number | null;
  reason: string;
  expires_at: Date | null;
  released_at: Date | null;
  released_by_label: string | null;
  created_by_label: string;
  created_at: Date;
}

const toHold = (r: HoldRow): Hold => ({
  id: r.id,
  organisationId: r.organisation_id,
  itemId: r.item_id,
  itemUrl: r.item_url,
  clusterId: r.cluster_id,
  reason: r.reason,
  expiresAt: r.expires_at,
  releasedAt: r.released_at,
  releasedBy: r.released_by_label,
  createdBy: r.created_by_label,
  createdAt: r.created_at,
});

const ACTIVE = '(h.released_at is null and (h.expires_at is null or h.expires_at > $2))';
const STATUS = `(case when h.released_at is not null then 'released' when h.expires_at <= $2 then 'expired' else 'active' end)`;

export class HoldRepository {
  constructor(private readonly db: Queryable) {}

  /**
   * Transaction-scoped advisory locks on what a hold can cover, always URL before cluster: every
   * path that places a hold or decides a referral takes the locks of its target in this order, so
   * a check and a placement on the same content run one after the other, never interleaved.
   */
  async lockTarget(tx: Queryable, target: Pick<HoldTarget, 'url' | 'clusterId'>): Promise<void> {
    if (target.url !== null) await tx.query("select pg_advisory_xact_lock(hashtextextended('vigil.hold.url:' || $1::text, 0))", [target.url]);
    if (target.clusterId !== null) await tx.query("select pg_advisory_xact_lock(hashtextextended('vigil.hold.cluster:' || $1::text, 0))", [target.clusterId]);
  }

  async insert(tx: Queryable, h: { organisationId: number; itemId: number | null; itemUrl: string | null; clusterId: number | null; reason: string; expiresAt: Date | null; createdByMemberId: number | null; createdBy: string }, now: Date): Promise<number> {
    const { rows } = await tx.query<{ id: number }>(
      `insert into holds (organisation_id, item_id, item_url, cluster_id, reason, expires_at, created_by_member_id, created_by_label, created_at)
       values ($1, $2, $3, $4, $5, $6, $7, $8, $9) returning id`,
      [h.organisationId, h.itemId, h.itemUrl, h.clusterId, h.reason, h.expiresAt, h.createdByMemberId, h.createdBy, now],
    );
    return rows[0]!.id;
  }

  async find(organisationId: number, id: number, db: Queryable = this.db, forUpdate = false): Promise<Hold | null> {
    const { rows } = await db.query<HoldRow>(`select * from holds where organisation_id = $1 and id = $2${forUpdate ? ' for update' : ''}`, [organisationId, id]);
    return rows[0] ? toHold(rows[0]) : null;
  }

  async list(organisationId: number, filter: { status: HoldStatus | null; now: Date; limit: number }): Promise<Hold[]> {
    const { rows } = await this.db.query<HoldRow>(`select h.* from holds h where h.organisation_id = $1 and ($3::text is null or ${STATUS} = $3) order by h.id desc limit $4`, [organisationId, filter.now, filter.status, filter.limit]);
    return rows.map(toHold);
  }

  async release(tx: Queryable, id: number, releasedBy: string, now: Date): Promise<void> {
    await tx.query('update holds set released_at = $2, released_by_label = $3 where id = $1', [id, now, releasedBy]);
  }

  /**
   * Moves the active holds on the absorbed clusters to the cluster they were merged into; returns
   * them as they were. Call under the clusters' locks, in the merging transaction.
   */
  async moveClusterHolds(tx: Queryable, absorbed: number[], into: number, now: Date): Promise<Hold[]> {
    const { rows } = await tx.query<HoldRow>(
      `select h.* from holds h where h.cluster_id = any($1::bigint[]) and ${ACTIVE} order by h.id for update`,
      [absorbed, now],
    );
    if (rows.length > 0) await tx.query('update holds set cluster_id = $2 where id = any($1::bigint[])', [rows.map((r) => r.id), into]);
    return rows.map(toHold);
  }

  /**
   * Other organisations' active holds that an item just submitted by `organisationId` meets: on its
   * URL, on its cluster, or on an item of its cluster. The way it met each, the most specific first.
   */
  async coveringAtIntake(tx: Queryable, target: { url: string; clusterId: number | null }, organisationId: number, now: Date): Promise<Array<{ hold: Hold; matchedBy: IntakeMatch }>> {
    const { rows } = await tx.query<HoldRow & { matched_by: IntakeMatch }>(
      `select h.*, case when h.item_url = $3 then 'url' when h.cluster_id = $4 then 'cluster' else 'held_item_cluster' end as matched_by
         from holds h
        where ${ACTIVE} and h.organisation_id <> $1
          and (h.item_url = $3 or h.cluster_id = $4 or exists (select 1 from items i where i.id = h.item_id and i.cluster_id = $4))
        order by h.id`,
      [organisationId, now, target.url, target.clusterId],
    );
    return rows.map((r) => ({ hold: toHold(r), matchedBy: r.matched_by }));
  }

  /**
   * Counts a sighting of the hold's content by `organisationId` and says whether to notify the
   * holder: on the first one, and on the first after `quietSince` (the last notice is older than the
   * window), with the number of items it stands for. Serialises on the pair's row.
   */
  async recordSighting(tx: Queryable, holdId: number, organisationId: number, now: Date, quietSince: Date): Promise<{ notify: boolean; items: number }> {
    const fresh = await tx.query('insert into hold_intake_notices (hold_id, organisation_id, notified_at) values ($1, $2, $3) on conflict do nothing returning hold_id', [holdId, organisationId, now]);
    if (fresh.rows.length > 0) return { notify: true, items: 1 };
    const { rows } = await tx.query<{ notified_at: Date; unreported_items: number }>('select notified_at, unreported_items from hold_intake_notices where hold_id = $1 and organisation_id = $2 for update', [holdId, organisationId]);
    const last = rows[0]!;
    if (last.notified_at <= quietSince) {
      await tx.query('update hold_intake_notices set notified_at = $3, unreported_items = 0 where hold_id = $1 and organisation_id = $2', [holdId, organisationId, now]);
      return { notify: true, items: last.unreported_items + 1 };
    }
    await tx.query('update hold_intake_notices set unreported_items = unreported_items + 1 where hold_id = $1 and organisation_id = $2', [holdId, organisationId]);
    return { notify: false, items: 0 };
  }

  /** For each item: whether another organisation than `organisationId` has an active hold covering it (false: only its own). Items no hold covers are left out. */
  async heldBy(db: Queryable, organisationId: number, items: Array<{ id: number; url: string; clusterId: number | null }>, now: Date): Promise<Array<{ itemId: number; other: boolean }>> {
    const { rows } = await db.query<{ item_id: number; other: boolean }>(
      `select t.id as item_id, bool_or(h.organisation_id <> $1) as other
         from unnest($3::bigint[], $4::text[], $5::bigint[]) as t(id, url, cluster_id)
         join holds h on h.item_id = t.id or h.item_url = t.url or h.cluster_id = t.cluster_id
        where ${ACTIVE}
        group by t.id`,
      [organisationId, now, items.map((i) => i.id), items.map((i) => i.url), items.map((i) => i.clusterId)],
    );
    return rows.map((r) => ({ itemId: r.item_id, other: r.other }));
  }

  /** Every organisation's active holds on the item (by id or URL) or on its cluster. */
  async activeFor(tx: Queryable, target: HoldTarget, now: Date): Promise<Hold[]> {
    const { rows } = await tx.query<HoldRow>(
      `select h.* from holds h
        where ${ACTIVE} and (h.item_id = $1 or h.item_url = $3 or h.cluster_id = $4)
        order by h.id`,
      [target.itemId, now, target.url, target.clusterId],
    );
    return rows.map(toHold);
  }
}
