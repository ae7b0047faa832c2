// Preservation of removed content (TCO Art. 6): the platform's liaisons list what they preserve and
// record extensions asked for outside Vigil; the referring organisation reads its referral's
// preservation and asks for an extension.
import { z } from 'zod';
import { authenticated, contextOf, SECURED } from '../../http/auth.ts';
import { errorResponseSchema, type App } from '../../http/types.ts';
import type { Preservation } from './preservation.repository.ts';
import type { PreservationService } from './preservation.service.ts';
import { MAX_EXTENSION_DAYS } from './tco-periods.ts';

const errors = { 400: errorResponseSchema, 401: errorResponseSchema, 403: errorResponseSchema, 404: errorResponseSchema, 409: errorResponseSchema };
const idParams = z.object({ id: z.coerce.number().int().positive() });

const preservationSchema = z.object({
  id: z.number().int(),
  referralId: z.number().int(),
  platformId: z.number().int().nullable(),
  referenceNumber: z.string().nullable().describe("The removal order's reference number"),
  action: z.enum(['removed', 'geo_blocked']),
  removedAt: z.string(),
  preserveUntil: z.string().describe('Six months after the removal, plus every extension'),
  status: z.enum(['preserved', 'purged']),
  url: z.string().nullable().describe("The content's location; null once purged"),
  mediaSha256: z.array(z.string()).describe('SHA-256 names of the media in the media store; empty once purged'),
  note: z.string().nullable().describe("The recipient's note at the removal; null once purged"),
  purgedAt: z.string().nullable(),
  extensions: z.array(
    z.object({
      requestedBy: z.enum(['referring_organisation', 'platform']),
      days: z.number().int(),
      reason: z.string(),
      previousUntil: z.string(),
      newUntil: z.string(),
      at: z.string(),
    }),
  ),
});

const extensionBody = z.object({
  days: z.number().int().min(1).max(MAX_EXTENSION_DAYS).describe('Added to the current end of the preservation'),
  reason: z.string().trim().min(1).max(5000).describe('Why, and who asked (the competent authority or court and its reference)'),
});

export function presentPreservation(p: Preservation): z.infer<typeof preservationSchema> {
  return {
    id: p.id,
    referralId: p.referralId,
    platformId: p.platformId,
    referenceNumber: p.referenceNumber,
    action: p.action,
    removedAt: p.removedAt.toISOString(),
    preserveUntil: p.preserveUntil.toISOString(),
    status: p.purgedAt ? 'purged' : 'preserved',
    url: p.url,
    mediaSha256: p.mediaSha256,
    note: p.note,
    purgedAt: p.purgedAt?.toISOString() ?? null,
    // People are not named across organisations; the audit trail has who.
    extensions: p.extensions.map((e) => ({ requestedBy: e.requestedBy, days: e.days, reason: e.reason, previousUntil: e.previousUntil.toISOString(), newUntil: e.newUntil.toISOString(), at: e.at.toISOString() })),
  };
}

export function registerPreservationRoutes(app: App, service: PreservationService): void {
  app.get(
    '/platform/preservations',
    {
      onRequest: authenticated('referrals:respond'),
      schema: {
        tags: ['platform'],
        summary: 'Preserved removed content (TCO Art. 6) of the platforms the organisation operates, newest first',
        security: SECURED,
        querystring: z.object({
          status: z.enum(['preserved', 'purged']).optional(),
          platformId: z.coerce.number().int().positive().optional(),
          before: z.coerce.number().int().positive().optional(),
          limit: z.coerce.number().int().min(1).max(500).default(100),
        }),
        response: { 200: z.object({ preservations: z.array(preservationSchema), nextBefore: z.number().int().nullable() }), ...errors },
      },
    },
    async (request) => {
      const q = request.query;
      const list = await service.listForPlatform(contextOf(request), { status: q.status ?? null, platformId: q.platformId ?? null, beforeId: q.before ?? null, limit: q.limit });
      return { preservations: list.map(presentPreservation), nextBefore: list.length === q.limit ? list[list.length - 1]!.id : null };
    },
  );

  app.post(
    '/platform/preservations/:id/extensions',
    {
      onRequest: authenticated('referrals:respond'),
      schema: { tags: ['platform'], summary: 'Record an extension of a preservation asked for by a competent authority or court', security: SECURED, params: idParams, body: extensionBody, response: { 200: preservationSchema, ...errors } },
    },
    async (request) => presentPreservation(await service.extendForPlatform(contextOf(request), request.params.id, request.body)),
  );

  app.get(
    '/referrals/:id/preservation',
    { onRequest: authenticated('referrals:read'), schema: { tags: ['referrals'], summary: "The recipient's preservation of the referral's removed content", security: SECURED, params: idParams, response: { 200: preservationSchema, ...errors } } },
    async (request) => presentPreservation(await service.getForReferral(contextOf(request), request.params.id)),
  );

  app.post(
    '/referrals/:id/preservation/extensions',
    {
      onRequest: authenticated('referrals:approve'),
      schema: { tags: ['referrals'], summary: "Extend the preservation of the referral's removed content (for administrative or judicial proceedings)", security: SECURED, params: idParams, body: extensionBody, response: { 200: preservationSchema, ...errors } },
    },
    async (request) => presentPreservation(await service.extendForReferral(contextOf(request), request.params.id, request.body)),
  );
}
