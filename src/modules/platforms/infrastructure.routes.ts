// Infrastructure providers over HTTP, and the providers behind each platform.
import { z } from 'zod';
import { authenticated, contextOf, SECURED } from '../../http/auth.ts';
import { errorResponseSchema, type App } from '../../http/types.ts';
import type { InfrastructureService } from './infrastructure.service.ts';
import { PROVIDER_KINDS } from './platform.model.ts';
import { defined, idParams, platformInfrastructureSchema, presentLink, presentProvider, providerFields, providerSchema } from './platform.schemas.ts';

const errors = { 400: errorResponseSchema, 401: errorResponseSchema, 403: errorResponseSchema, 404: errorResponseSchema, 409: errorResponseSchema };
const tags = ['platforms'];
const linkParams = idParams.extend({ providerId: z.coerce.number().int().positive() });

export function registerInfrastructureRoutes(app: App, infrastructure: InfrastructureService): void {
  app.get(
    '/infrastructure-providers',
    {
      onRequest: authenticated('platforms:read'),
      schema: { tags, summary: 'Hosting companies, CDNs, registrars and DNS providers', security: SECURED, querystring: z.object({ kind: z.enum(PROVIDER_KINDS).optional() }), response: { 200: z.object({ providers: z.array(providerSchema) }), ...errors } },
    },
    async (request) => ({ providers: (await infrastructure.list(contextOf(request), request.query.kind)).map(presentProvider) }),
  );

  app.post(
    '/infrastructure-providers',
    { onRequest: authenticated('platforms:manage'), schema: { tags, summary: 'Add an infrastructure provider', security: SECURED, body: z.object(providerFields), response: { 201: providerSchema, ...errors } } },
    async (request, reply) => reply.status(201).send(presentProvider(await infrastructure.create(contextOf(request), defined(request.body) as typeof request.body))),
  );

  app.get(
    '/infrastructure-providers/:id',
    { onRequest: authenticated('platforms:read'), schema: { tags, summary: 'One infrastructure provider', security: SECURED, params: idParams, response: { 200: providerSchema, ...errors } } },
    async (request) => presentProvider(await infrastructure.get(contextOf(request), request.params.id)),
  );

  app.patch(
    '/infrastructure-providers/:id',
    {
      onRequest: authenticated('platforms:manage'),
      schema: {
        tags,
        summary: "Change an infrastructure provider's details",
        security: SECURED,
        params: idParams,
        body: z.object({ ...providerFields, name: providerFields.name.optional(), kind: providerFields.kind.optional() }).refine((b) => Object.keys(b).length > 0, 'Nothing to change'),
        response: { 200: providerSchema, ...errors },
      },
    },
    async (request) => presentProvider(await infrastructure.update(contextOf(request), request.params.id, defined(request.body))),
  );

  app.delete(
    '/infrastructure-providers/:id',
    { onRequest: authenticated('platforms:manage'), schema: { tags, summary: 'Delete an infrastructure provider and its links to platforms', security: SECURED, params: idParams, response: { 204: z.null(), ...errors } } },
    async (request, reply) => {
      await infrastructure.delete(contextOf(request), request.params.id);
      return reply.status(204).send(null);
    },
  );

  app.get(
    '/platforms/:id/infrastructure',
    { onRequest: authenticated('platforms:read'), schema: { tags, summary: 'The infrastructure providers behind a platform', security: SECURED, params: idParams, response: { 200: z.object({ infrastructure: z.array(platformInfrastructureSchema) }), ...errors } } },
    async (request) => ({ infrastructure: (await infrastructure.ofPlatform(contextOf(request), request.params.id)).map(presentLink) }),
  );

  app.put(
    '/platforms/:id/infrastructure/:providerId',
    {
      onRequest: authenticated('platforms:manage'),
      schema: { tags, summary: 'Link a provider to a platform in a role, or change the role', security: SECURED, params: linkParams, body: z.object({ role: z.enum(PROVIDER_KINDS) }), response: { 200: z.object({ infrastructure: z.array(platformInfrastructureSchema) }), ...errors } },
    },
    async (request) => ({ infrastructure: (await infrastructure.link(contextOf(request), request.params.id, request.params.providerId, request.body.role)).map(presentLink) }),
  );

  app.delete(
    '/platforms/:id/infrastructure/:providerId',
    { onRequest: authenticated('platforms:manage'), schema: { tags, summary: 'Unlink a provider from a platform', security: SECURED, params: linkParams, response: { 204: z.null(), ...errors } } },
    async (request, reply) => {
      await infrastructure.unlink(contextOf(request), request.params.id, request.params.providerId);
      return reply.status(204).send(null);
    },
  );
}
