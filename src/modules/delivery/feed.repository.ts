// SQL for the platform feed (the outbox a platform polls). Writes happen in the caller's transaction;
// see migration 0011 for why each platform's counter is taken under its row lock.
import type { Queryable } from '../../core/db/index.ts';

export interface FeedEvent {
  id: number;
  platformId: number;
  seq: number;
  referralId: number;
  event: string;
  payload: unknown;
  occurredAt: Date;
}

interface FeedEventRow {
  id: number;
  platform_id: number;
  seq: number;
  referral_id: number;
  event: string;
  payload: unknown;
  occurred_at: Date;
}

const toEvent = (r: FeedEventRow): FeedEvent => ({ id: r.id, platformId: r.platform_id, seq: r.seq, referralId: r.referral_id, event: r.event, payload: r.payload, occurredAt: r.occurred_at });

export class FeedRepository {
  /**
   * Appends an event to the platform's feed with the platform's next sequence number. The counter
   * row stays locked until the caller's transaction ends, so the next writer for this platform
   * waits: sequence numbers commit in order and without holes (a rollback gives its number back).
   */
  async append(tx: Queryable, e: { platformId: number; referralId: number; event: string; payload: unknown; occurredAt: Date }): Promise<FeedEvent> {
    const { rows: head } = await tx.query<{ last_seq: number }>(
      `insert into platform_feed_heads (platform_id, last_seq) values ($1, 1)
       on conflict (platform_id) do update set last_seq = platform_feed_heads.last_seq + 1
       returning last_seq`,
      [e.platformId],
    );
    const { rows } = await tx.query<FeedEventRow>(
      `insert into platform_feed_events (platform_id, seq, referral_id, event, payload, occurred_at)
       values ($1, $2, $3, $4, $5::jsonb, $6) returning *`,
      [e.platformId, head[0]!.last_seq, e.referralId, e.event, JSON.stringify(e.payload), e.occurredAt],
    );
    return toEvent(rows[0]!);
  }

  /**
   * Up to `limit` events of the given platforms after each one's position, in insertion order. Within
   * one platform insertion order is sequence order (the counter lock orders the inserts), so what is
   * returned is, per platform, the next events with no gap.
   */
  async after(db: Queryable, positions: ReadonlyArray<{ platformId: number; after: number }>, limit: number): Promise<FeedEvent[]> {
    if (positions.length === 0) return [];
    const { rows } = await db.query<FeedEventRow>(
      `select x.* from unnest($1::bigint[], $2::bigint[]) as c(platform_id, after_seq)
        cross join lateral (
          select e.* from platform_feed_events e
           where e.platform_id = c.platform_id and e.seq > c.after_seq
           order by e.seq limit $3
        ) x
        order by x.id limit $3`,
      [positions.map((p) => p.platformId), positions.map((p) => p.after), limit],
    );
    return rows.map(toEvent);
  }
}
