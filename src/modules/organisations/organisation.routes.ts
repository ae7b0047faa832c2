// The caller's organisation and its members.
import { z } from 'zod';
import { ORGANISATION_KINDS, ROLES } from '../../core/auth/permissions.ts';
import { authenticated, contextOf, SECURED } from '../../http/auth.ts';
import { errorResponseSchema, type App } from '../../http/types.ts';
import { directoryEntrySchema, memberSchema, organisationSchema } from './organisation.schemas.ts';
import { DIRECTORY_MAX, presentMember, presentOrganisation, type OrganisationService } from './organisation.service.ts';

const errors = { 400: errorResponseSchema, 401: errorResponseSchema, 403: errorResponseSchema, 404: errorResponseSchema, 409: errorResponseSchema };
const idParams = z.object({ id: z.coerce.number().int().positive() });
const roleList = z.array(z.string().min(1).max(32)).min(1).max(ROLES.length).describe(`Roles: ${ROLES.join(', ')}`);

export function registerOrganisationRoutes(app: App, organisations: OrganisationService): void {
  app.get(
    '/organisation',
    { onRequest: authenticated('organisation:read'), schema: { tags: ['organisations'], summary: "The caller's organisation", security: SECURED, response: { 200: organisationSchema, ...errors } } },
    async (request) => {
      const ctx = contextOf(request);
      return presentOrganisation(await organisations.getOrganisation(ctx, request.actor!.organisationId));
    },
  );

  app.get(
    '/organisations/directory',
    {
      onRequest: authenticated('organisation:read'),
      schema: {
        tags: ['organisations'],
        summary: "The organisation directory: every organisation's number, name, kind and country (never its members), searched by part of the name or by number, sorted by name",
        security: SECURED,
        querystring: z.object({
          q: z.string().trim().min(1).max(200).optional().describe('Part of the name (case-insensitive), or an organisation number'),
          kind: z.enum(ORGANISATION_KINDS).optional(),
          ids: z
            .string()
            .regex(/^\d{1,9}(,\d{1,9}){0,199}$/)
            .optional()
            .describe('Only these organisation numbers, comma-separated (to name organisations known by number)'),
          limit: z.coerce.number().int().min(1).max(DIRECTORY_MAX).default(50),
        }),
        response: { 200: z.object({ organisations: z.array(directoryEntrySchema) }), ...errors },
      },
    },
    async (request) => {
      const { q, kind, ids, limit } = request.query;
      const list = await organisations.directory(contextOf(request), { ...(q ? { search: q } : {}), ...(kind ? { kind } : {}), ...(ids ? { ids: ids.split(',').map(Number) } : {}), limit });
      return { organisations: list };
    },
  );

  app.get(
    '/members',
    { onRequest: authenticated('organisation:read'), schema: { tags: ['members'], summary: "The organisation's members", security: SECURED, response: { 200: z.object({ members: z.array(memberSchema) }), ...errors } } },
    async (request) => ({ members: (await organisations.listMembers(contextOf(request), request.actor!.organisationId)).map(presentMember) }),
  );

  app.post(
    '/members',
    {
      onRequest: authenticated('members:manage'),
      schema: {
        tags: ['members'],
        summary: 'Add a member to the organisation',
        security: SECURED,
        body: z.object({
          email: z.email().max(320),
          displayName: z.string().trim().min(1).max(200),
          roles: roleList,
          password: z.string().min(1).max(256).describe('Initial password, at least 12 characters'),
        }),
        response: { 201: memberSchema, ...errors },
      },
    },
    async (request, reply) => {
      const member = await organisations.createMember(contextOf(request), request.actor!.organisationId, request.body);
      return reply.status(201).send(presentMember(member));
    },
  );

  app.get(
    '/members/:id',
    { onRequest: authenticated('organisation:read'), schema: { tags: ['members'], summary: 'One member', security: SECURED, params: idParams, response: { 200: memberSchema, ...errors } } },
    async (request) => presentMember(await organisations.getMember(contextOf(request), request.actor!.organisationId, request.params.id)),
  );

  app.patch(
    '/members/:id',
    {
      onRequest: authenticated('members:manage'),
      schema: {
        tags: ['members'],
        summary: "Change a member's name or roles, or disable them (their sessions end)",
        security: SECURED,
        params: idParams,
        body: z.object({ displayName: z.string().trim().min(1).max(200).optional(), roles: roleList.optional(), disabled: z.boolean().optional() }).refine((b) => Object.keys(b).length > 0, 'Nothing to change'),
        response: { 200: memberSchema, ...errors },
      },
    },
    async (request) => presentMember(await organisations.updateMember(contextOf(request), request.actor!.organisationId, request.params.id, request.body)),
  );

  app.put(
    '/members/me/password',
    {
      onRequest: authenticated(),
      schema: {
        tags: ['members'],
        summary: "Change the signed-in member's password",
        security: SECURED,
        body: z.object({ currentPassword: z.string().min(1).max(256), newPassword: z.string().min(1).max(256) }),
        response: { 204: z.null(), ...errors },
      },
    },
    async (request, reply) => {
      await organisations.changeOwnPassword(contextOf(request), request.body.currentPassword, request.body.newPassword);
      return reply.status(204).send(null);
    },
  );
}
