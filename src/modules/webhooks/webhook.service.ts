// Signed webhooks: a platform organisation's liaisons register endpoints, and every referral sent
// to a platform the organisation operates is POSTed to them as JSON, signed with the endpoint's
// secret (see webhook-signature.ts). The delivery row and its durable job are written in the
// transaction that sends the referral, so a sent referral always has its deliveries; the job
// retries failures with backoff for more than a day, then the delivery is dead and can be
// redelivered by hand. Secrets are shown once (on creation and rotation) and stored encrypted.
import { randomBytes } from 'node:crypto';
import type { AuditTrail } from '../../core/audit/index.ts';
import { actingOrganisation, requirePermission, type RequestContext } from '../../core/auth/principal.ts';
import type { Clock } from '../../core/clock/clock.ts';
import type { Database, Queryable } from '../../core/db/index.ts';
import { AppError } from '../../core/errors/app-error.ts';
import { assertPublicTarget } from './outbound-target.ts';
import type { JobQueue, RetryPolicy } from '../../core/jobs/index.ts';
import { SecretBox } from './secret-box.ts';
import { signatureHeader, SIGNATURE_HEADER } from './webhook-signature.ts';
import type { DeliveryStatus, WebhookDelivery, WebhookEndpoint, WebhookRepository } from './webhook.repository.ts';

export const WEBHOOK_DELIVER_JOB = 'webhooks.deliver';
/**
 * 32 attempts, 30 s doubling to a 2 h cap: the nominal waits add up to 48.1 h, and with the queue's
 * equal jitter (each wait at least half its nominal) never less than 24 h. See docs/webhooks.md.
 */
export const WEBHOOK_RETRY: RetryPolicy = { maxAttempts: 32, backoffBaseMs: 30_000, backoffCapMs: 7_200_000 };
/** After a rotation, deliveries carry a signature with the old secret too for this long. */
export const ROTATION_GRACE_MS = 24 * 3_600_000;
export const REQUEST_TIMEOUT_MS = 10_000;

/** What the webhook needs of a referral that was just sent; structurally a Referral. */
export interface SentReferral {
  id: number;
  platformId: number | null;
  kind: string;
  state: string;
  receivedAt: Date | null;
  deadlineAt: Date | null;
}

type Deps = {
  db: Database;
  repository: WebhookRepository;
  queue: Pick<JobQueue, 'enqueue'>;
  audit: AuditTrail;
  clock: Clock;
  /** VIGIL_SECRET_KEY; without it webhooks cannot be created or used. */
  secretKey: string | null;
  /** VIGIL_WEBHOOK_ALLOW_PRIVATE_TARGETS: deliver to private and loopback addresses too. */
  allowPrivateTargets: boolean;
  fetch?: typeof fetch;
};

export class WebhookService {
  readonly #box: SecretBox | null;

  constructor(private readonly deps: Deps) {
    this.#box = deps.secretKey ? new SecretBox(deps.secretKey) : null;
  }

  async create(ctx: RequestContext, input: { url: string; enabled?: boolean }): Promise<{ endpoint: WebhookEndpoint; secret: string }> {
    requirePermission(ctx.actor, 'webhooks:manage');
    const org = actingOrganisation(ctx);
    const box = this.#requireBox();
    const url = checkedUrl(input.url);
    await assertPublicTarget(url, this.deps.allowPrivateTargets);
    const secret = newSecret();
    const { db, repository, audit, clock } = this.deps;
    const endpoint = await db.transaction(async (tx) => {
      const created = await repository.createEndpoint(tx, { organisationId: org, url, secretEncrypted: box.seal(secret), enabled: input.enabled ?? true }, clock.now());
      await audit.record(tx, ctx, { action: 'webhook.created', targetType: 'webhook_endpoint', targetId: created.id, after: { url, enabled: created.enabled } });
      return created;
    });
    return { endpoint, secret };
  }

  async list(ctx: RequestContext): Promise<WebhookEndpoint[]> {
    requirePermission(ctx.actor, 'webhooks:manage');
    return this.deps.repository.listEndpoints(this.deps.db, actingOrganisation(ctx));
  }

  /** A new current secret; the old one keeps signing alongside it for ROTATION_GRACE_MS. */
  async rotate(ctx: RequestContext, id: number): Promise<{ endpoint: WebhookEndpoint; secret: string }> {
    requirePermission(ctx.actor, 'webhooks:manage');
    const org = actingOrganisation(ctx);
    const box = this.#requireBox();
    const secret = newSecret();
    const { db, repository, audit, clock } = this.deps;
    const endpoint = await db.transaction(async (tx) => {
      if (!(await repository.findEndpoint(tx, org, id, true))) throw new AppError('NOT_FOUND');
      const now = clock.now();
      const rotated = await repository.rotate(tx, id, box.seal(secret), new Date(now.getTime() + ROTATION_GRACE_MS), now);
      await audit.record(tx, ctx, { action: 'webhook.rotated', targetType: 'webhook_endpoint', targetId: id, details: { graceUntil: rotated.previousSecretExpiresAt } });
      return rotated;
    });
    return { endpoint, secret };
  }

  async delete(ctx: RequestContext, id: number): Promise<void> {
    requirePermission(ctx.actor, 'webhooks:manage');
    const org = actingOrganisation(ctx);
    const { db, repository, audit } = this.deps;
    await db.transaction(async (tx) => {
      const endpoint = await repository.findEndpoint(tx, org, id, true);
      if (!endpoint) throw new AppError('NOT_FOUND');
      await repository.deleteEndpoint(tx, id);
      await audit.record(tx, ctx, { action: 'webhook.deleted', targetType: 'webhook_endpoint', targetId: id, before: { url: endpoint.url } });
    });
  }

  async deliveries(ctx: RequestContext, filter: { status?: DeliveryStatus | null; endpointId?: number | null; beforeId?: number | null; limit?: number } = {}): Promise<WebhookDelivery[]> {
    requirePermission(ctx.actor, 'webhooks:manage');
    return this.deps.repository.listDeliveries(this.deps.db, actingOrganisation(ctx), {
      status: filter.status ?? null,
      endpointId: filter.endpointId ?? null,
      beforeId: filter.beforeId ?? null,
      limit: Math.min(filter.limit ?? 100, 500),
    });
  }

  /** Sends a delivery again, whatever its status, with fresh attempts and the same idempotency key. */
  async redeliver(ctx: RequestContext, id: number): Promise<WebhookDelivery> {
    requirePermission(ctx.actor, 'webhooks:manage');
    const org = actingOrganisation(ctx);
    const { db, repository, audit, queue } = this.deps;
    return db.transaction(async (tx) => {
      const delivery = await repository.findDelivery(tx, org, id);
      if (!delivery) throw new AppError('NOT_FOUND');
      await repository.markPending(tx, id);
      // The dedupe key makes this a no-op while an earlier job for the delivery is still queued.
      await queue.enqueue(WEBHOOK_DELIVER_JOB, { deliveryId: id }, { tx, dedupeKey: String(id) });
      await audit.record(tx, ctx, { action: 'webhook.redelivered', targetType: 'webhook_delivery', targetId: id, before: { status: delivery.status } });
      return { ...delivery, status: 'pending' };
    });
  }

  /**
   * Called inside the transaction that moves a referral to `sent`: one delivery and one job per
   * enabled endpoint of the platform's operator. Without a secret key nothing can be signed, and
   * no endpoint can exist either, so there is nothing to do.
   */
  async referralSent(tx: Queryable, referral: SentReferral): Promise<void> {
    if (!this.#box || referral.platformId === null) return;
    const { repository, queue, clock } = this.deps;
    const now = clock.now();
    for (const endpoint of await repository.endpointsForPlatform(tx, referral.platformId)) {
      const payload = {
        event: 'referral.sent',
        occurredAt: now.toISOString(),
        referral: {
          id: referral.id,
          platformId: referral.platformId,
          kind: referral.kind,
          state: referral.state,
          receivedAt: referral.receivedAt?.toISOString() ?? null,
          deadlineAt: referral.deadlineAt?.toISOString() ?? null,
        },
      };
      const delivery = await repository.createDelivery(tx, { endpointId: endpoint.id, referralId: referral.id, event: 'referral.sent', idempotencyKey: `referral.sent:${referral.id}:${endpoint.id}`, payload }, now);
      if (delivery) await queue.enqueue(WEBHOOK_DELIVER_JOB, { deliveryId: delivery.id }, { tx, dedupeKey: String(delivery.id) });
    }
  }

  /**
   * One attempt of the webhooks.deliver job. Throws on anything but a 2xx so the queue retries;
   * on the job's last attempt the delivery is marked dead first.
   */
  async deliver(deliveryId: number, attempt: { number: number; maxAttempts: number; signal?: AbortSignal }): Promise<void> {
    const { db, repository, clock } = this.deps;
    const delivery = await repository.findDelivery(db, null, deliveryId);
    // Deleted with its endpoint, or already delivered by an earlier job: nothing left to do.
    if (!delivery || delivery.status === 'delivered') return;
    const endpoint = (await repository.findEndpoint(db, null, delivery.endpointId))!;
    const box = this.#requireBox();
    const now = clock.now();
    const secrets = [box.open(endpoint.secretEncrypted)];
    if (endpoint.previousSecretEncrypted && endpoint.previousSecretExpiresAt && endpoint.previousSecretExpiresAt > now) secrets.push(box.open(endpoint.previousSecretEncrypted));
    const body = JSON.stringify(delivery.payload);

    let statusCode: number | null = null;
    let error: string | null = null;
    try {
      // Checked again at every attempt: the name may resolve elsewhere now than at creation.
      await assertPublicTarget(endpoint.url, this.deps.allowPrivateTargets);
      const signals = [AbortSignal.timeout(REQUEST_TIMEOUT_MS), ...(attempt.signal ? [attempt.signal] : [])];
      const response = await (this.deps.fetch ?? fetch)(endpoint.url, {
        method: 'POST',
        body,
        // A redirect is an answer like any other non-2xx: following it could send the payload elsewhere.
        redirect: 'manual',
        signal: AbortSignal.any(signals),
        headers: {
          'content-type': 'application/json',
          'user-agent': 'Vigil-Webhooks',
          [SIGNATURE_HEADER]: signatureHeader(secrets, body, now),
          'Vigil-Delivery': String(delivery.id),
          'Idempotency-Key': delivery.idempotencyKey,
        },
      });
      statusCode = response.status;
      // The answer's body means nothing to Vigil; dropping it frees the connection.
      await response.body?.cancel().catch(() => undefined);
      if (statusCode < 200 || statusCode > 299) error = `HTTP ${statusCode}`;
    } catch (e) {
      error = e instanceof Error ? `${e.name}: ${(e.cause instanceof Error ? e.cause.message : null) ?? e.message}` : String(e);
    }
    const status: DeliveryStatus = error === null ? 'delivered' : attempt.number >= attempt.maxAttempts ? 'dead' : 'pending';
    await repository.recordAttempt(db, delivery.id, { status, statusCode, error }, clock.now());
    if (error !== null) throw new Error(`webhook delivery ${delivery.id} failed: ${error}`);
  }

  /**
   * The webhooks.deliver job dead-lettered. Usually deliver() has marked the delivery dead on the
   * last attempt already; this also covers a worker that died during that attempt, whose job the
   * queue dead-letters without running it again.
   */
  async markDead(deliveryId: number, error: string): Promise<void> {
    await this.deps.repository.markDeadIfPending(this.deps.db, deliveryId, error);
  }

  #requireBox(): SecretBox {
    if (!this.#box) throw new AppError('WEBHOOKS_NOT_CONFIGURED');
    return this.#box;
  }
}

function newSecret(): string {
  return `whsec_${randomBytes(32).toString('base64url')}`;
}

function checkedUrl(raw: string): string {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new AppError('URL_INVALID');
  }
  if ((url.protocol !== 'https:' && url.protocol !== 'http:') || url.username || url.password || raw.length > 4096) throw new AppError('URL_INVALID');
  return url.toString();
}
