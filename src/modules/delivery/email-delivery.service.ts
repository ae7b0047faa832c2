// E-mail deliveries: when a referral is sent to a platform whose channel is 'email', one delivery
// row and one durable job are written in the sending transaction, so a restart loses none. The job
// renders the message from the referral as the platform sees it (email-message.ts), sends it to the
// platform's contact_email through the EmailSender port, and retries temporary failures with the
// same backoff as webhooks; a permanent refusal (5xx), a platform without an address, or the last
// failed attempt leave the delivery dead, listed for the referring organisation to redeliver. Without
// SMTP settings a delivery waits as not_configured and is queued by the email.resume schedule once
// the settings exist.
import type { AuditTrail } from '../../core/audit/index.ts';
import { actingOrganisation, requirePermission, type RequestContext } from '../../core/auth/principal.ts';
import type { Clock } from '../../core/clock/clock.ts';
import type { Database, Queryable } from '../../core/db/index.ts';
import { AppError } from '../../core/errors/app-error.ts';
import type { JobQueue, RetryPolicy } from '../../core/jobs/index.ts';
import type { ReceivedReferral, Referral } from '../referrals/referral.model.ts';
import { renderReferralEmail } from './email-message.ts';
import { EmailSendError, type EmailSender } from './email-sender.ts';
import type { EmailDelivery, EmailDeliveryRepository, EmailDeliveryStatus } from './email-delivery.repository.ts';

export const EMAIL_DELIVER_JOB = 'email.deliver';
export const EMAIL_RESUME_JOB = 'email.resume';
/** The same as webhooks: 32 attempts over at least 24 hours (see docs/webhooks.md). */
export const EMAIL_RETRY: RetryPolicy = { maxAttempts: 32, backoffBaseMs: 30_000, backoffCapMs: 7_200_000 };
export const EMAIL_TIMEOUT_MS = 60_000;
const NOT_CONFIGURED = 'EMAIL_NOT_CONFIGURED: set VIGIL_SMTP_URL (or VIGIL_SMTP_HOST) and VIGIL_SMTP_FROM; the delivery is sent once they are.';

type Deps = {
  db: Database;
  repository: EmailDeliveryRepository;
  queue: Pick<JobQueue, 'enqueue'>;
  audit: AuditTrail;
  clock: Clock;
  /** Null when SMTP is not configured. */
  sender: EmailSender | null;
  /** The domain of the Message-IDs Vigil gives its e-mails (the sender address's). */
  messageIdDomain: string;
  /** VIGIL_PUBLIC_URL, for the portal link. */
  publicUrl: string | null;
  /** The referral as the platform sees it; null when it is not (or no longer) addressed to it. */
  referral: (platformId: number, referralId: number) => Promise<ReceivedReferral | null>;
  platform: (platformId: number) => Promise<{ name: string; contactEmail: string | null } | null>;
};

export class EmailDeliveryService {
  constructor(private readonly deps: Deps) {}

  get configured(): boolean {
    return this.deps.sender !== null;
  }

  /** Called in the sending transaction, for a platform whose channel is 'email'. */
  async referralSent(tx: Queryable, referral: Referral): Promise<EmailDelivery | null> {
    if (referral.platformId === null) return null;
    const { repository, queue, clock } = this.deps;
    const status: EmailDeliveryStatus = this.configured ? 'pending' : 'not_configured';
    const delivery = await repository.create(tx, { referralId: referral.id, platformId: referral.platformId, organisationId: referral.organisationId, event: 'referral.sent', idempotencyKey: `referral.sent:${referral.id}:email`, status, lastError: status === 'not_configured' ? NOT_CONFIGURED : null }, clock.now());
    if (delivery && status === 'pending') await queue.enqueue(EMAIL_DELIVER_JOB, { deliveryId: delivery.id }, { tx, dedupeKey: String(delivery.id) });
    return delivery;
  }

  async list(ctx: RequestContext, filter: { status?: EmailDeliveryStatus | null; referralId?: number | null; beforeId?: number | null; limit?: number } = {}): Promise<EmailDelivery[]> {
    requirePermission(ctx.actor, 'referrals:read');
    return this.deps.repository.list(this.deps.db, actingOrganisation(ctx), { status: filter.status ?? null, referralId: filter.referralId ?? null, beforeId: filter.beforeId ?? null, limit: Math.max(1, Math.min(filter.limit ?? 100, 500)) });
  }

  /** Sends a delivery again with fresh attempts (e.g. after the platform's address was corrected). */
  async redeliver(ctx: RequestContext, id: number): Promise<EmailDelivery> {
    requirePermission(ctx.actor, 'referrals:approve');
    const org = actingOrganisation(ctx);
    const { db, repository, audit, queue } = this.deps;
    return db.transaction(async (tx) => {
      const delivery = await repository.find(tx, org, id, true);
      if (!delivery) throw new AppError('NOT_FOUND');
      if (!this.configured) throw new AppError('EMAIL_NOT_CONFIGURED');
      await repository.setStatus(tx, id, 'pending', delivery.lastError);
      await queue.enqueue(EMAIL_DELIVER_JOB, { deliveryId: id }, { tx, dedupeKey: String(id) });
      await audit.record(tx, ctx, { action: 'email_delivery.redelivered', targetType: 'email_delivery', targetId: id, before: { status: delivery.status }, details: { referralId: delivery.referralId } });
      return { ...delivery, status: 'pending' };
    });
  }

  /**
   * One attempt of the email.deliver job. Throws on a temporary failure so the queue retries; on
   * the last attempt, a permanent refusal or a missing address the delivery is marked dead first.
   */
  async deliver(deliveryId: number, attempt: { number: number; maxAttempts: number }): Promise<void> {
    const { db, repository, clock, sender } = this.deps;
    const delivery = await repository.find(db, null, deliveryId);
    if (!delivery || delivery.status !== 'pending') return;
    if (!sender) {
      await repository.setStatus(db, deliveryId, 'not_configured', NOT_CONFIGURED);
      return;
    }
    const fail = async (error: string, permanent: boolean, recipient: string | null) => {
      const status: EmailDeliveryStatus = permanent || attempt.number >= attempt.maxAttempts ? 'dead' : 'pending';
      await repository.recordAttempt(db, deliveryId, { status, recipient, error, messageId: null }, clock.now());
      if (status === 'pending') throw new Error(`e-mail delivery ${deliveryId} failed: ${error}`);
    };
    const platform = await this.deps.platform(delivery.platformId);
    if (!platform?.contactEmail) return fail('The platform has no contact e-mail address (contact_email in the platform registry).', true, null);
    const referral = await this.deps.referral(delivery.platformId, delivery.referralId);
    if (!referral) return fail('The referral is no longer addressed to this platform.', true, platform.contactEmail);

    const rendered = renderReferralEmail({
      referral: { id: referral.id, url: referral.url, kind: referral.kind, removalOrder: referral.removalOrder, issuedAt: referral.approvedAt, receivedAt: referral.receivedAt!, deadlineAt: referral.deadline?.deadlineAt ?? null },
      platformName: platform.name,
      publicUrl: this.deps.publicUrl,
    });
    try {
      const sent = await sender.send({
        to: platform.contactEmail,
        subject: rendered.subject,
        text: rendered.text,
        html: rendered.html,
        // The same on every attempt and redelivery: a receiver can recognise a repeat.
        messageId: `<vigil.referral-${referral.id}.email-${deliveryId}@${this.deps.messageIdDomain}>`,
        headers: { 'X-Vigil-Referral': String(referral.id), 'X-Vigil-Delivery': String(deliveryId), 'Idempotency-Key': delivery.idempotencyKey },
      });
      await repository.recordAttempt(db, deliveryId, { status: 'sent', recipient: platform.contactEmail, error: null, messageId: sent.messageId }, clock.now());
    } catch (error) {
      const permanent = error instanceof EmailSendError && error.permanent;
      return fail(error instanceof Error ? error.message : String(error), permanent, platform.contactEmail);
    }
  }

  /** The email.deliver job ran out of attempts, whatever the cause (also a worker that died on the last one). */
  async markDead(deliveryId: number, error: string): Promise<void> {
    await this.deps.repository.markDeadIfPending(this.deps.db, deliveryId, error);
  }

  /** Queues the deliveries that waited for SMTP settings; nothing while there are none. */
  async resumeWaiting(): Promise<number> {
    if (!this.configured) return 0;
    const { db, repository, queue } = this.deps;
    let total = 0;
    for (;;) {
      const ids = await db.transaction(async (tx) => {
        const taken = await repository.takeWaiting(tx, 100);
        for (const id of taken) await queue.enqueue(EMAIL_DELIVER_JOB, { deliveryId: id }, { tx, dedupeKey: String(id) });
        return taken;
      });
      total += ids.length;
      if (ids.length < 100) return total;
    }
  }
}
