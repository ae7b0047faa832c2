// SQL for e-mail deliveries. Reads a caller can reach are scoped to the referring organisation; the
// delivery job reads by id as the system.
import type { Queryable } from '../../core/db/index.ts';

export const EMAIL_DELIVERY_STATUSES = ['pending', 'sent', 'dead', 'not_configured'] as const;
export type EmailDeliveryStatus = (typeof EMAIL_DELIVERY_STATUSES)[number];

export interface EmailDelivery {
  id: number;
  referralId: number;
  platformId: number;
  organisationId: number;
  event: string;
  idempotencyKey: string;
  status: EmailDeliveryStatus;
  recipient: string | null;
  attempts: number;
  lastError: string | null;
  messageId: string | null;
  createdAt: Date;
  sentAt: Date | null;
}

interface Row {
  id: number;
  referral_id: number;
  platform_id: number;
  organisation_id: number;
  event: string;
  idempotency_key: string;
  status: EmailDeliveryStatus;
  recipient: string | null;
  attempts: number;
  last_error: string | null;
  message_id: string | null;
  created_at: Date;
  sent_at: Date | null;
}

const toDelivery = (r: Row): EmailDelivery => ({
  id: r.id,
  referralId: r.referral_id,
  platformId: r.platform_id,
  organisationId: r.organisation_id,
  event: r.event,
  idempotencyKey: r.idempotency_key,
  status: r.status,
  recipient: r.recipient,
  attempts: r.attempts,
  lastError: r.last_error,
  messageId: r.message_id,
  createdAt: r.created_at,
  sentAt: r.sent_at,
});

export class EmailDeliveryRepository {
  /** Inserts a delivery; null when one with the idempotency key exists already. */
  async create(tx: Queryable, d: { referralId: number; platformId: number; organisationId: number; event: string; idempotencyKey: string; status: EmailDeliveryStatus; lastError: string | null }, now: Date): Promise<EmailDelivery | null> {
    const { rows } = await tx.query<Row>(
      `insert into email_deliveries (referral_id, platform_id, organisation_id, event, idempotency_key, status, last_error, created_at)
       values ($1, $2, $3, $4, $5, $6, $7, $8) on conflict (idempotency_key) do nothing returning *`,
      [d.referralId, d.platformId, d.organisationId, d.event, d.idempotencyKey, d.status, d.lastError, now],
    );
    return rows[0] ? toDelivery(rows[0]) : null;
  }

  async find(db: Queryable, organisationId: number | null, id: number, lock = false): Promise<EmailDelivery | null> {
    const { rows } = await db.query<Row>(`select * from email_deliveries where id = $1 and ($2::bigint is null or organisation_id = $2)${lock ? ' for update' : ''}`, [id, organisationId]);
    return rows[0] ? toDelivery(rows[0]) : null;
  }

  async list(db: Queryable, organisationId: number, filter: { status: EmailDeliveryStatus | null; referralId: number | null; beforeId: number | null; limit: number }): Promise<EmailDelivery[]> {
    const { rows } = await db.query<Row>(
      `select * from email_deliveries
        where organisation_id = $1 and ($2::text is null or status = $2) and ($3::bigint is null or referral_id = $3)
          and ($4::bigint is null or id < $4)
        order by id desc limit $5`,
      [organisationId, filter.status, filter.referralId, filter.beforeId, filter.limit],
    );
    return rows.map(toDelivery);
  }

  /** Records one attempt's outcome. */
  async recordAttempt(db: Queryable, id: number, o: { status: EmailDeliveryStatus; recipient: string | null; error: string | null; messageId: string | null }, now: Date): Promise<void> {
    await db.query(
      `update email_deliveries
          set attempts = attempts + 1, status = $2, recipient = coalesce($3, recipient), last_error = $4,
              message_id = coalesce($5, message_id), sent_at = case when $2 = 'sent' then $6::timestamptz else sent_at end
        where id = $1`,
      [id, o.status, o.recipient, o.error?.slice(0, 2000) ?? null, o.messageId, now],
    );
  }

  /** Marks a delivery that is still pending dead (its job ran out of attempts, whatever the cause). */
  async markDeadIfPending(db: Queryable, id: number, error: string): Promise<boolean> {
    const { rowCount } = await db.query(`update email_deliveries set status = 'dead', last_error = $2 where id = $1 and status = 'pending'`, [id, error.slice(0, 2000)]);
    return rowCount === 1;
  }

  async setStatus(db: Queryable, id: number, status: EmailDeliveryStatus, error: string | null): Promise<void> {
    await db.query('update email_deliveries set status = $2, last_error = $3 where id = $1', [id, status, error]);
  }

  /** Claims waiting deliveries (not_configured) for queueing: they become pending. */
  async takeWaiting(tx: Queryable, limit: number): Promise<number[]> {
    const { rows } = await tx.query<{ id: number }>(
      `update email_deliveries set status = 'pending', last_error = null
        where id in (select id from email_deliveries where status = 'not_configured' order by id limit $1 for update skip locked)
        returning id`,
      [limit],
    );
    return rows.map((r) => r.id).sort((a, b) => a - b);
  }
}
