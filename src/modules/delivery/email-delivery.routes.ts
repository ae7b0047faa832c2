// The referring organisation's view of its referrals' e-mail deliveries: GET /email-deliveries
// (status=dead for the dead letters, not_configured for those waiting for SMTP settings) and
// POST /email-deliveries/{id}/redeliver.
import { z } from 'zod';
import { authenticated, contextOf, SECURED } from '../../http/auth.ts';
import { errorResponseSchema, type App } from '../../http/types.ts';
import { EMAIL_DELIVERY_STATUSES, type EmailDelivery } from './email-delivery.repository.ts';
import type { EmailDeliveryService } from './email-delivery.service.ts';

const tags = ['delivery'];
const errors = { 400: errorResponseSchema, 401: errorResponseSchema, 403: errorResponseSchema, 404: errorResponseSchema, 503: errorResponseSchema };

const deliverySchema = z.object({
  id: z.number().int(),
  referralId: z.number().int(),
  platformId: z.number().int(),
  event: z.string(),
  status: z.enum(EMAIL_DELIVERY_STATUSES).describe('pending, sent (accepted by the SMTP server), dead (no more attempts) or not_configured (waiting for SMTP settings)'),
  recipient: z.string().nullable().describe('The address used by the last attempt'),
  attempts: z.number().int(),
  lastError: z.string().nullable(),
  messageId: z.string().nullable().describe('The Message-ID the SMTP server accepted'),
  createdAt: z.string(),
  sentAt: z.string().nullable(),
});

function present(d: EmailDelivery): z.infer<typeof deliverySchema> {
  return { id: d.id, referralId: d.referralId, platformId: d.platformId, event: d.event, status: d.status, recipient: d.recipient, attempts: d.attempts, lastError: d.lastError, messageId: d.messageId, createdAt: d.createdAt.toISOString(), sentAt: d.sentAt?.toISOString() ?? null };
}

export function registerEmailDeliveryRoutes(app: App, service: EmailDeliveryService): void {
  app.get(
    '/email-deliveries',
    {
      onRequest: authenticated('referrals:read'),
      schema: {
        tags,
        summary: "E-mail deliveries of the organisation's referrals, newest first",
        security: SECURED,
        querystring: z.object({ status: z.enum(EMAIL_DELIVERY_STATUSES).optional(), referralId: z.coerce.number().int().positive().optional(), before: z.coerce.number().int().positive().optional(), limit: z.coerce.number().int().min(1).max(500).default(100) }),
        response: { 200: z.object({ deliveries: z.array(deliverySchema), nextBefore: z.number().int().nullable() }), ...errors },
      },
    },
    async (request) => {
      const q = request.query;
      const list = await service.list(contextOf(request), { status: q.status ?? null, referralId: q.referralId ?? null, beforeId: q.before ?? null, limit: q.limit });
      return { deliveries: list.map(present), nextBefore: list.length === q.limit ? list[list.length - 1]!.id : null };
    },
  );

  app.post(
    '/email-deliveries/:id/redeliver',
    {
      onRequest: authenticated('referrals:approve'),
      schema: { tags, summary: 'Send an e-mail delivery again with fresh attempts (after its platform address was corrected, say)', security: SECURED, params: z.object({ id: z.coerce.number().int().positive() }), response: { 200: deliverySchema, ...errors } },
    },
    async (request) => present(await service.redeliver(contextOf(request), request.params.id)),
  );
}
