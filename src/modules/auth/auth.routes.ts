// Sign-in, sign-out, the current session, and API keys.
import { z } from 'zod';
import { API_KEY_SCOPE_SHORTHANDS } from '../../core/auth/permissions.ts';
import type { Config } from '../../core/config/index.ts';
import { authenticated, contextOf, SECURED, SESSION_COOKIE, sessionCookieOptions } from '../../http/auth.ts';
import { errorResponseSchema, type App } from '../../http/types.ts';
import { presentMember, presentOrganisation } from '../organisations/organisation.service.ts';
import { memberSchema, organisationSchema } from '../organisations/organisation.schemas.ts';
import { presentApiKey, type AuthService } from './auth.service.ts';

const apiKeySchema = z.object({
  id: z.number().int(),
  name: z.string(),
  prefix: z.string().describe('The public start of the key, to recognise it; the secret is never shown again'),
  scopes: z.array(z.string()),
  createdBy: z.number().int().nullable(),
  createdAt: z.string(),
  expiresAt: z.string().nullable(),
  lastUsedAt: z.string().nullable(),
  revokedAt: z.string().nullable(),
});

const sessionSchema = z.object({
  member: memberSchema.nullable(),
  apiKey: z.object({ id: z.number().int(), name: z.string() }).nullable(),
  organisation: organisationSchema,
  roles: z.array(z.string()),
  permissions: z.array(z.string()),
  csrfToken: z.string().nullable().describe('Send as X-CSRF-Token with every cookie-authenticated change'),
  expiresAt: z.string().nullable(),
});

const errors = { 400: errorResponseSchema, 401: errorResponseSchema, 403: errorResponseSchema, 404: errorResponseSchema, 429: errorResponseSchema };

export function registerAuthRoutes(app: App, deps: { auth: AuthService; config: Pick<Config, 'cookieSecure'> }): void {
  const { auth, config } = deps;

  app.post(
    '/auth/login',
    {
      schema: {
        tags: ['auth'],
        summary: 'Sign in with email and password; sets the session cookie',
        body: z.object({ email: z.string().min(3).max(320), password: z.string().min(1).max(1024) }),
        response: { 200: sessionSchema, ...errors },
      },
    },
    async (request, reply) => {
      const result = await auth.login({ email: request.body.email, password: request.body.password, ip: request.ip, userAgent: request.headers['user-agent'] ?? '', requestId: request.id });
      reply.setCookie(SESSION_COOKIE, result.token, sessionCookieOptions(config, result.expiresAt));
      return {
        member: presentMember(result.member),
        apiKey: null,
        organisation: presentOrganisation(result.organisation),
        roles: [...result.principal.roles],
        permissions: [...result.principal.permissions].sort(),
        csrfToken: result.csrfToken,
        expiresAt: result.expiresAt.toISOString(),
      };
    },
  );

  app.post(
    '/auth/logout',
    { onRequest: authenticated(), schema: { tags: ['auth'], summary: 'End the current session', security: SECURED, response: { 204: z.null(), ...errors } } },
    async (request, reply) => {
      if (request.sessionToken) await auth.logout(contextOf(request), request.sessionToken);
      reply.clearCookie(SESSION_COOKIE, { path: '/' });
      return reply.status(204).send(null);
    },
  );

  app.get(
    '/auth/session',
    { onRequest: authenticated(), schema: { tags: ['auth'], summary: 'Who is calling: member or API key, organisation, permissions', security: SECURED, response: { 200: sessionSchema, ...errors } } },
    async (request) => {
      const ctx = contextOf(request);
      const principal = request.actor!;
      if (principal.kind === 'member') {
        const session = await auth.authenticateSession(request.sessionToken!);
        return {
          member: presentMember(session.member),
          apiKey: null,
          organisation: presentOrganisation((await auth.organisationOf(ctx))),
          roles: [...principal.roles],
          permissions: [...principal.permissions].sort(),
          csrfToken: auth.csrfToken(request.sessionToken!),
          expiresAt: session.expiresAt.toISOString(),
        };
      }
      return {
        member: null,
        apiKey: { id: principal.id, name: principal.label.replace(/^api-key:/, '') },
        organisation: presentOrganisation(await auth.organisationOf(ctx)),
        roles: [],
        permissions: [...principal.permissions].sort(),
        csrfToken: null,
        expiresAt: null,
      };
    },
  );

  app.get(
    '/api-keys',
    { onRequest: authenticated('api_keys:manage'), schema: { tags: ['api keys'], summary: "List the organisation's API keys", security: SECURED, response: { 200: z.object({ apiKeys: z.array(apiKeySchema) }), ...errors } } },
    async (request) => ({ apiKeys: (await auth.listApiKeys(contextOf(request))).map(presentApiKey) }),
  );

  app.post(
    '/api-keys',
    {
      onRequest: authenticated('api_keys:manage'),
      schema: {
        tags: ['api keys'],
        summary: 'Create an API key; the key is shown in this response only',
        security: SECURED,
        body: z.object({
          name: z.string().trim().min(1).max(100),
          scopes: z.array(z.string().min(1).max(64)).min(1).max(32).describe(`${API_KEY_SCOPE_SHORTHANDS.join(', ')}, or permission names such as hashes:lookup`),
          expiresAt: z.iso.datetime({ offset: true }).optional(),
        }),
        response: { 201: z.object({ apiKey: apiKeySchema, key: z.string() }), ...errors },
      },
    },
    async (request, reply) => {
      const { apiKey, key } = await auth.createApiKey(contextOf(request), { name: request.body.name, scopes: request.body.scopes, expiresAt: request.body.expiresAt ? new Date(request.body.expiresAt) : null });
      return reply.status(201).send({ apiKey: presentApiKey(apiKey), key });
    },
  );

  app.delete(
    '/api-keys/:id',
    {
      onRequest: authenticated('api_keys:manage'),
      schema: { tags: ['api keys'], summary: 'Revoke an API key', security: SECURED, params: z.object({ id: z.coerce.number().int().positive() }), response: { 204: z.null(), ...errors } },
    },
    async (request, reply) => {
      await auth.revokeApiKey(contextOf(request), request.params.id);
      return reply.status(204).send(null);
    },
  );
}
