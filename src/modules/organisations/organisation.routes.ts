// The caller's organisation and its members.
import { z } from 'zod';
import { ROLES } from '../../core/auth/permissions.ts';
import { authenticated, contextOf, SECURED } from '../../http/auth.ts';
import { errorResponseSchema, type App } from '../../http/types.ts';
import { memberSchema, organisationSchema } from './organisation.schemas.ts';
import { presentMember, presentOrganisation, type OrganisationService } from './organisation.service.ts';

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
