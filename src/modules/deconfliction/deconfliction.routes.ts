// Holds (place, list own, release) and the organisation's notifications (list, mark read).
import { z } from 'zod';
import { authenticated, contextOf, SECURED } from '../../http/auth.ts';
import { errorResponseSchema, type App } from '../../http/types.ts';
import { HOLD_STATUSES, type HoldView, type Notification } from './hold.model.ts';
import type { DeconflictionService } from './deconfliction.service.ts';
import type { NotificationService } from './notification.service.ts';

const errors = { 400: errorResponseSchema, 401: errorResponseSchema, 403: errorResponseSchema, 404: errorResponseSchema, 409: errorResponseSchema };
const idParams = z.object({ id: z.coerce.number().int().positive() });

const holdSchema = z.object({
  id: z.number().int(),
  itemId: z.number().int().nullable(),
  clusterId: z.number().int().nullable(),
  url: z.string().nullable().describe("The held item's canonical URL; the same URL submitted by another organisation is held too"),
  reason: z.string().describe('Seen only by the holding organisation'),
  status: z.enum(HOLD_STATUSES),
  expiresAt: z.string().nullable(),
  releasedAt: z.string().nullable(),
  releasedBy: z.string().nullable(),
  createdBy: z.string(),
  createdAt: z.string(),
});

export function presentHold(h: HoldView): z.infer<typeof holdSchema> {
  return {
    id: h.id,
    itemId: h.itemId,
    clusterId: h.clusterId,
    url: h.itemUrl,
    reason: h.reason,
    status: h.status,
    expiresAt: h.expiresAt?.toISOString() ?? null,
    releasedAt: h.releasedAt?.toISOString() ?? null,
    releasedBy: h.releasedBy,
    createdBy: h.createdBy,
    createdAt: h.createdAt.toISOString(),
  };
}

const notificationSchema = z.object({ id: z.number().int(), kind: z.string(), payload: z.record(z.string(), z.unknown()), createdAt: z.string(), readAt: z.string().nullable() });

const presentNotification = (n: Notification): z.infer<typeof notificationSchema> => ({ id: n.id, kind: n.kind, payload: n.payload, createdAt: n.createdAt.toISOString(), readAt: n.readAt?.toISOString() ?? null });

const holdBody = z
  .object({
    itemId: z.number().int().positive().optional(),
    clusterId: z.number().int().positive().optional(),
    reason: z.string().trim().min(1).max(5000),
    expiresAt: z.iso.datetime({ offset: true }).optional(),
  })
  .refine((b) => (b.itemId === undefined) !== (b.clusterId === undefined), { message: 'Give exactly one of itemId and clusterId.' });

export function registerDeconflictionRoutes(app: App, deps: { holds: DeconflictionService; notifications: NotificationService }): void {
  const { holds, notifications } = deps;
  app.get(
    '/holds',
    {
      onRequest: authenticated('holds:manage'),
      schema: { tags: ['deconfliction'], summary: "The organisation's holds, newest first", security: SECURED, querystring: z.object({ status: z.enum(HOLD_STATUSES).optional(), limit: z.coerce.number().int().min(1).max(500).default(500) }), response: { 200: z.object({ holds: z.array(holdSchema) }), ...errors } },
    },
    async (request) => ({ holds: (await holds.list(contextOf(request), request.query.status ?? null, request.query.limit)).map(presentHold) }),
  );

  app.post(
    '/holds',
    {
      onRequest: authenticated('holds:manage'),
      schema: {
        tags: ['deconfliction'],
        summary: 'Hold an own item or a cluster the organisation has an item in: nobody else may refer it until released or expired',
        security: SECURED,
        body: holdBody,
        response: { 201: holdSchema, ...errors },
      },
    },
    async (request, reply) => {
      const b = request.body;
      const common = { reason: b.reason, expiresAt: b.expiresAt ? new Date(b.expiresAt) : null };
      const hold = await holds.place(contextOf(request), b.itemId !== undefined ? { itemId: b.itemId, ...common } : { clusterId: b.clusterId!, ...common });
      return reply.status(201).send(presentHold(hold));
    },
  );

  app.delete('/holds/:id', { onRequest: authenticated('holds:manage'), schema: { tags: ['deconfliction'], summary: 'Release a hold', security: SECURED, params: idParams, response: { 200: holdSchema, ...errors } } }, async (request) =>
    presentHold(await holds.release(contextOf(request), request.params.id)),
  );

  app.get(
    '/notifications',
    {
      onRequest: authenticated('notifications:read'),
      schema: {
        tags: ['deconfliction'],
        summary: "The organisation's notifications, newest first (hold.conflict: another organisation ran into a hold)",
        security: SECURED,
        querystring: z.object({ unread: z.enum(['true', 'false']).optional(), before: z.coerce.number().int().positive().optional(), limit: z.coerce.number().int().min(1).max(500).default(100) }),
        response: { 200: z.object({ notifications: z.array(notificationSchema), nextBefore: z.number().int().nullable() }), ...errors },
      },
    },
    async (request) => {
      const q = request.query;
      const list = await notifications.list(contextOf(request), { unreadOnly: q.unread === 'true', beforeId: q.before ?? null, limit: q.limit });
      return { notifications: list.map(presentNotification), nextBefore: list.length === q.limit ? list[list.length - 1]!.id : null };
    },
  );

  app.post(
    '/notifications/:id/read',
    { onRequest: authenticated('notifications:manage'), schema: { tags: ['deconfliction'], summary: 'Mark a notification read', security: SECURED, params: idParams, response: { 200: notificationSchema, ...errors } } },
    async (request) => presentNotification(await notifications.markRead(contextOf(request), request.params.id)),
  );
}
