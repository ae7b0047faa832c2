// SQL for holds. Reads on a caller's behalf return only its own organisation's holds; the one
// cross-organisation read, `activeFor`, is for the deconfliction check, whose caller shows nothing
// of the holds it finds. Placement and checks serialise on advisory locks keyed by URL and cluster.
import type { Queryable } from '../../core/db/index.ts';
import type { Hold, HoldStatus, HoldTarget } from './hold.model.ts';

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
