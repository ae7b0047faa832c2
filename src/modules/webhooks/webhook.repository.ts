// SQL for webhook endpoints and deliveries. Every read a caller can reach is scoped to the
// endpoint's organisation; the delivery job reads by id as the system.
import type { Queryable } from '../../core/db/index.ts';

export type DeliveryStatus = 'pending' | 'delivered' | 'dead';
export const DELIVERY_STATUSES = ['pending', 'delivered', 'dead'] as const;

export interface WebhookEndpoint {
  id: number;
  organisationId: number;
  url: string;
  secretEncrypted: string;
  previousSecretEncrypted: string | null;
  previousSecretExpiresAt: Date | null;
  enabled: boolean;
  createdAt: Date;
  rotatedAt: Date | null;
}

export interface WebhookDelivery {
  id: number;
  endpointId: number;
  referralId: number;
  event: string;
  idempotencyKey: string;
  payload: unknown;
  status: DeliveryStatus;
  attempts: number;
  lastStatusCode: number | null;
  lastError: string | null;
  createdAt: Date;
  deliveredAt: Date | null;
}

interface EndpointRow {
  id: number;
  organisation_id: number;
  url: string;
  secret_encrypted: string;
  previous_secret_encrypted: string | null;
  previous_secret_expires_at: Date | null;
  enabled: boolean;
  created_at: Date;
  rotated_at: Date | null;
}

interface DeliveryRow {
  id: number;
  endpoint_id: number;
  referral_id: number;
  event: string;
  idempotency_key: string;
  payload: unknown;
  status: DeliveryStatus;
  attempts: number;
  last_status_code: number | null;
  last_error: string | null;
  created_at: Date;
  delivered_at: Date | null;
}

const toEndpoint = (r: EndpointRow): WebhookEndpoint => ({
  id: r.id,
  organisationId: r.organisation_id,
  url: r.url,
  secretEncrypted: r.secret_encrypted,
  previousSecretEncrypted: r.previous_secret_encrypted,
  previousSecretExpiresAt: r.previous_secret_expires_at,
  enabled: r.enabled,
  createdAt: r.created_at,
  rotatedAt: r.rotated_at,
});

const toDelivery = (r: DeliveryRow): WebhookDelivery => ({
  id: r.id,
  endpointId: r.endpoint_id,
  referralId: r.referral_id,
  event: r.event,
  idempotencyKey: r.idempotency_key,
  payload: r.payload,
  status: r.status,
  attempts: r.attempts,
  lastStatusCode: r.last_status_code,
  lastError: r.last_error,
  createdAt: r.created_at,
  deliveredAt: r.delivered_at,
});

export class WebhookRepository {
  async createEndpoint(tx: Queryable, e: { organisationId: number; url: string; secretEncrypted: string; enabled: boolean }, now: Date): Promise<WebhookEndpoint> {
    const { rows } = await tx.query<EndpointRow>(
      'insert into webhook_endpoints (organisation_id, url, secret_encrypted, enabled, created_at) values ($1, $2, $3, $4, $5) returning *',
      [e.organisationId, e.url, e.secretEncrypted, e.enabled, now],
    );
    return toEndpoint(rows[0]!);
  }

  async listEndpoints(db: Queryable, organisationId: number): Promise<WebhookEndpoint[]> {
    const { rows } = await db.query<EndpointRow>('select * from webhook_endpoints where organisation_id = $1 order by id', [organisationId]);
    return rows.map(toEndpoint);
  }

  /** The endpoint if it belongs to the organisation (null for everyone else's: they get 404). */
  async findEndpoint(db: Queryable, organisationId: number | null, id: number, lock = false): Promise<WebhookEndpoint | null> {
    const { rows } = await db.query<EndpointRow>(
      `select * from webhook_endpoints where id = $1 and ($2::bigint is null or organisation_id = $2)${lock ? ' for update' : ''}`,
      [id, organisationId],
    );
    return rows[0] ? toEndpoint(rows[0]) : null;
  }

  async rotate(tx: Queryable, id: number, secretEncrypted: string, previousExpiresAt: Date, now: Date): Promise<WebhookEndpoint> {
    const { rows } = await tx.query<EndpointRow>(
      `update webhook_endpoints
          set previous_secret_encrypted = secret_encrypted, previous_secret_expires_at = $3, secret_encrypted = $2, rotated_at = $4
        where id = $1 returning *`,
      [id, secretEncrypted, previousExpiresAt, now],
    );
    return toEndpoint(rows[0]!);
  }

  async deleteEndpoint(tx: Queryable, id: number): Promise<void> {
    await tx.query('delete from webhook_endpoints where id = $1', [id]);
  }

  /** Enabled endpoints of the organisation that operates the platform. */
  async endpointsForPlatform(tx: Queryable, platformId: number): Promise<WebhookEndpoint[]> {
    const { rows } = await tx.query<EndpointRow>(
      `select e.* from webhook_endpoints e join platforms p on p.operator_organisation_id = e.organisation_id
        where p.id = $1 and e.enabled order by e.id`,
      [platformId],
    );
    return rows.map(toEndpoint);
  }

  /** Inserts a delivery; null when one with the idempotency key exists already. */
  async createDelivery(tx: Queryable, d: { endpointId: number; referralId: number; event: string; idempotencyKey: string; payload: unknown }, now: Date): Promise<WebhookDelivery | null> {
    const { rows } = await tx.query<DeliveryRow>(
      `insert into webhook_deliveries (endpoint_id, referral_id, event, idempotency_key, payload, created_at)
       values ($1, $2, $3, $4, $5::jsonb, $6) on conflict (idempotency_key) do nothing returning *`,
      [d.endpointId, d.referralId, d.event, d.idempotencyKey, JSON.stringify(d.payload), now],
    );
    return rows[0] ? toDelivery(rows[0]) : null;
  }

  async findDelivery(db: Queryable, organisationId: number | null, id: number): Promise<WebhookDelivery | null> {
    const { rows } = await db.query<DeliveryRow>(
      `select d.* from webhook_deliveries d join webhook_endpoints e on e.id = d.endpoint_id
        where d.id = $1 and ($2::bigint is null or e.organisation_id = $2)`,
      [id, organisationId],
    );
    return rows[0] ? toDelivery(rows[0]) : null;
  }

  async listDeliveries(db: Queryable, organisationId: number, filter: { status: DeliveryStatus | null; endpointId: number | null; beforeId: number | null; limit: number }): Promise<WebhookDelivery[]> {
    const { rows } = await db.query<DeliveryRow>(
      `select d.* from webhook_deliveries d join webhook_endpoints e on e.id = d.endpoint_id
        where e.organisation_id = $1 and ($2::text is null or d.status = $2) and ($3::bigint is null or d.endpoint_id = $3)
          and ($4::bigint is null or d.id < $4)
        order by d.id desc limit $5`,
      [organisationId, filter.status, filter.endpointId, filter.beforeId, filter.limit],
    );
    return rows.map(toDelivery);
  }

  /** Records one attempt's outcome. */
  async recordAttempt(db: Queryable, id: number, outcome: { status: DeliveryStatus; statusCode: number | null; error: string | null }, now: Date): Promise<void> {
    await db.query(
      `update webhook_deliveries
          set attempts = attempts + 1, status = $2, last_status_code = $3, last_error = $4,
              delivered_at = case when $2 = 'delivered' then $5::timestamptz else delivered_at end
        where id = $1`,
      [id, outcome.status, outcome.statusCode, outcome.error?.slice(0, 2000) ?? null, now],
    );
  }

  /** Marks a delivery that is still pending dead: its job dead-lettered, whatever the cause. */
  async markDeadIfPending(db: Queryable, id: number, error: string): Promise<boolean> {
    const { rowCount } = await db.query(`update webhook_deliveries set status = 'dead', last_error = $2 where id = $1 and status = 'pending'`, [id, error.slice(0, 2000)]);
    return rowCount === 1;
  }

  async markPending(tx: Queryable, id: number): Promise<void> {
    await tx.query(`update webhook_deliveries set status = 'pending' where id = $1`, [id]);
  }
}
