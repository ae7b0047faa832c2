// The platform's webhook endpoints and their deliveries: /platform/webhooks (list, create),
// /platform/webhooks/{id} (delete), /platform/webhooks/{id}/rotate, /platform/webhooks/deliveries
// (with ?status=dead for the dead letters) and /platform/webhooks/deliveries/{id}/redeliver.
// Secrets appear only in the answers to create and rotate, once.
import { z } from 'zod';
import { authenticated, contextOf, SECURED } from '../../http/auth.ts';
import { errorResponseSchema, type App } from '../../http/types.ts';
import { DELIVERY_STATUSES, type WebhookDelivery, type WebhookEndpoint } from './webhook.repository.ts';
import type { WebhookService } from './webhook.service.ts';

const tags = ['webhooks'];
const errors = { 400: errorResponseSchema, 401: errorResponseSchema, 403: errorResponseSchema, 404: errorResponseSchema, 503: errorResponseSchema };
const idParams = z.object({ id: z.coerce.number().int().positive() });

const endpointSchema = z.object({
  id: z.number().int(),
  url: z.string(),
  enabled: z.boolean(),
  createdAt: z.string(),
  rotatedAt: z.string().nullable(),
  previousSecretValidUntil: z.string().nullable().describe('Until then deliveries are signed with the previous secret too'),
});
const withSecret = z.object({ endpoint: endpointSchema, secret: z.string().describe('The signing secret; shown this once only') });

const deliverySchema = z.object({
  id: z.number().int(),
  endpointId: z.number().int(),
  referralId: z.number().int(),
  event: z.string(),
  idempotencyKey: z.string(),
  status: z.enum(DELIVERY_STATUSES),
  attempts: z.number().int(),
  lastStatusCode: z.number().int().nullable(),
  lastError: z.string().nullable(),
  createdAt: z.string(),
  deliveredAt: z.string().nullable(),
});

function presentEndpoint(e: WebhookEndpoint): z.infer<typeof endpointSchema> {
  return { id: e.id, url: e.url, enabled: e.enabled, createdAt: e.createdAt.toISOString(), rotatedAt: e.rotatedAt?.toISOString() ?? null, previousSecretValidUntil: e.previousSecretEncrypted ? (e.previousSecretExpiresAt?.toISOString() ?? null) : null };
}

function presentDelivery(d: WebhookDelivery): z.infer<typeof deliverySchema> {
  return { id: d.id, endpointId: d.endpointId, referralId: d.referralId, event: d.event, idempotencyKey: d.idempotencyKey, status: d.status, attempts: d.attempts, lastStatusCode: d.lastStatusCode, lastError: d.lastError, createdAt: d.createdAt.toISOString(), deliveredAt: d.deliveredAt?.toISOString() ?? null };
}

export function registerWebhookRoutes(app: App, service: WebhookService): void {
  app.get(
    '/platform/webhooks',
    { onRequest: authenticated('webhooks:manage'), schema: { tags, summary: "The organisation's webhook endpoints", security: SECURED, response: { 200: z.object({ endpoints: z.array(endpointSchema) }), ...errors } } },
    async (request) => ({ endpoints: (await service.list(contextOf(request))).map(presentEndpoint) }),
  );

  app.post(
    '/platform/webhooks',
    {
      onRequest: authenticated('webhooks:manage'),
      schema: {
        tags,
        summary: 'Register an endpoint for signed referral events (see docs/webhooks.md); the answer holds its secret, once',
        security: SECURED,
        body: z.object({ url: z.string().max(4096), enabled: z.boolean().optional() }),
        response: { 201: withSecret, ...errors },
      },
    },
    async (request, reply) => {
      const { endpoint, secret } = await service.create(contextOf(request), { url: request.body.url, ...(request.body.enabled === undefined ? {} : { enabled: request.body.enabled }) });
      return reply.status(201).send({ endpoint: presentEndpoint(endpoint), secret });
    },
  );

  app.delete(
    '/platform/webhooks/:id',
    { onRequest: authenticated('webhooks:manage'), schema: { tags, summary: 'Remove an endpoint and its deliveries', security: SECURED, params: idParams, response: { 204: z.null(), ...errors } } },
    async (request, reply) => {
      await service.delete(contextOf(request), request.params.id);
      return reply.status(204).send(null);
    },
  );

  app.post(
    '/platform/webhooks/:id/rotate',
    { onRequest: authenticated('webhooks:manage'), schema: { tags, summary: 'Replace the signing secret; the previous one keeps signing for 24 hours. The answer holds the new secret, once', security: SECURED, params: idParams, response: { 200: withSecret, ...errors } } },
    async (request) => {
      const { endpoint, secret } = await service.rotate(contextOf(request), request.params.id);
      return { endpoint: presentEndpoint(endpoint), secret };
    },
  );

  app.get(
    '/platform/webhooks/deliveries',
    {
      onRequest: authenticated('webhooks:manage'),
      schema: {
        tags,
        summary: 'Deliveries to the organisation\'s endpoints, newest first; status=dead lists those that ran out of attempts',
        security: SECURED,
        querystring: z.object({ status: z.enum(DELIVERY_STATUSES).optional(), endpointId: z.coerce.number().int().positive().optional(), before: z.coerce.number().int().positive().optional(), limit: z.coerce.number().int().min(1).max(500).default(100) }),
        response: { 200: z.object({ deliveries: z.array(deliverySchema), nextBefore: z.number().int().nullable() }), ...errors },
      },
    },
    async (request) => {
      const q = request.query;
      const list = await service.deliveries(contextOf(request), { status: q.status ?? null, endpointId: q.endpointId ?? null, beforeId: q.before ?? null, limit: q.limit });
      return { deliveries: list.map(presentDelivery), nextBefore: list.length === q.limit ? list[list.length - 1]!.id : null };
    },
  );

  app.post(
    '/platform/webhooks/deliveries/:id/redeliver',
    { onRequest: authenticated('webhooks:manage'), schema: { tags, summary: 'Send a delivery again with fresh attempts and the same Idempotency-Key', security: SECURED, params: idParams, response: { 200: deliverySchema, ...errors } } },
    async (request) => presentDelivery(await service.redeliver(contextOf(request), request.params.id)),
  );
}
