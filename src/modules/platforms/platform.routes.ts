// The platform registry over HTTP: platforms, their domains, and resolving a URL to its platform.
import { z } from 'zod';
import { authenticated, contextOf, SECURED } from '../../http/auth.ts';
import { errorResponseSchema, type App } from '../../http/types.ts';
import { COOPERATION_STATUSES, PLATFORM_CATEGORIES } from './platform.model.ts';
import { defined, domainInput, idParams, platformFields, platformSchema, presentPlatform, resolutionSchema } from './platform.schemas.ts';
import { MAX_LIST, type PlatformService } from './platform.service.ts';

const errors = { 400: errorResponseSchema, 401: errorResponseSchema, 403: errorResponseSchema, 404: errorResponseSchema, 409: errorResponseSchema };
const tags = ['platforms'];

export function registerPlatformRoutes(app: App, platforms: PlatformService): void {
  app.get(
    '/platforms',
    {
      onRequest: authenticated('platforms:read'),
      schema: {
        tags,
        summary: 'The platform registry, filtered by category, cooperation status, or part of a name or domain',
        security: SECURED,
        querystring: z.object({
          category: z.enum(PLATFORM_CATEGORIES).optional(),
          cooperationStatus: z.enum(COOPERATION_STATUSES).optional(),
          q: z.string().trim().min(1).max(200).optional().describe('Part of a name or a domain'),
          limit: z.coerce.number().int().min(1).max(MAX_LIST).default(MAX_LIST),
        }),
        response: { 200: z.object({ platforms: z.array(platformSchema) }), ...errors },
      },
    },
    async (request) => {
      const { category, cooperationStatus, q, limit } = request.query;
      return { platforms: (await platforms.list(contextOf(request), defined({ category, cooperationStatus, search: q }), limit)).map(presentPlatform) };
    },
  );

  app.post(
    '/platforms',
    {
      onRequest: authenticated('platforms:manage'),
      schema: { tags, summary: 'Add a platform to the registry, optionally with its domains', security: SECURED, body: z.object({ ...platformFields, domains: z.array(domainInput).max(100).optional() }), response: { 201: platformSchema, ...errors } },
    },
    async (request, reply) => reply.status(201).send(presentPlatform(await platforms.create(contextOf(request), defined(request.body) as typeof request.body))),
  );

  app.get(
    '/platforms/resolve',
    {
      onRequest: authenticated('platforms:read'),
      schema: { tags, summary: 'Canonicalise a URL and find the platform it leads to (null when no registered domain matches)', security: SECURED, querystring: z.object({ url: z.string().min(1).max(8192) }), response: { 200: resolutionSchema, ...errors } },
    },
    async (request) => {
      const r = await platforms.resolve(contextOf(request), request.query.url);
      return { url: r.url, host: r.host, registrableDomain: r.registrableDomain, matchedDomain: r.matchedDomain, platform: r.platform ? presentPlatform(r.platform) : null };
    },
  );

  app.get('/platforms/:id', { onRequest: authenticated('platforms:read'), schema: { tags, summary: 'One platform', security: SECURED, params: idParams, response: { 200: platformSchema, ...errors } } }, async (request) =>
    presentPlatform(await platforms.get(contextOf(request), request.params.id)),
  );

  app.patch(
    '/platforms/:id',
    {
      onRequest: authenticated('platforms:manage'),
      schema: {
        tags,
        summary: "Change a platform's details, cooperation status or operating organisation",
        security: SECURED,
        params: idParams,
        body: z
          .object({ ...platformFields, name: platformFields.name.optional(), category: platformFields.category.optional() })
          .refine((b) => Object.keys(b).length > 0, 'Nothing to change'),
        response: { 200: platformSchema, ...errors },
      },
    },
    async (request) => presentPlatform(await platforms.update(contextOf(request), request.params.id, defined(request.body))),
  );

  app.post(
    '/platforms/:id/domains',
    {
      onRequest: authenticated('platforms:manage'),
      schema: { tags, summary: 'Register a domain (or a full host) for a platform; a domain belongs to at most one platform', security: SECURED, params: idParams, body: z.object({ domain: domainInput }), response: { 200: platformSchema, ...errors } },
    },
    async (request) => presentPlatform(await platforms.addDomain(contextOf(request), request.params.id, request.body.domain)),
  );

  app.delete(
    '/platforms/:id/domains/:domain',
    {
      onRequest: authenticated('platforms:manage'),
      schema: { tags, summary: 'Remove a domain from a platform', security: SECURED, params: idParams.extend({ domain: z.string().min(1).max(300) }), response: { 200: platformSchema, ...errors } },
    },
    async (request) => presentPlatform(await platforms.removeDomain(contextOf(request), request.params.id, request.params.domain)),
  );
}
