import { z } from 'zod';
import { ORGANISATION_KINDS } from '../../core/auth/permissions.ts';
import { errorResponseSchema, type App } from '../../http/types.ts';
import { memberSchema, organisationSchema } from './organisation.schemas.ts';
import { presentMember, presentOrganisation } from './organisation.service.ts';
import type { SetupService } from './setup.service.ts';

export function registerSetupRoutes(app: App, setup: SetupService): void {
  app.post(
    '/setup',
    {
      schema: {
        tags: ['setup'],
        summary: 'First start only: create the first organisation and its admin with the set-up token printed by `vigil serve`',
        body: z.object({
          token: z.string().min(1).max(200),
          organisation: z.object({ name: z.string().trim().min(1).max(200), kind: z.enum(ORGANISATION_KINDS), competentAuthority: z.boolean().optional(), country: z.string().length(2).optional() }),
          admin: z.object({ email: z.email().max(320), displayName: z.string().trim().min(1).max(200), password: z.string().min(1).max(256) }),
        }),
        response: { 201: z.object({ organisation: organisationSchema, admin: memberSchema }), 400: errorResponseSchema, 401: errorResponseSchema, 409: errorResponseSchema },
      },
    },
    async (request, reply) => {
      const { token, organisation, admin } = request.body;
      const result = await setup.complete(token, organisation, admin);
      return reply.status(201).send({ organisation: presentOrganisation(result.organisation), admin: presentMember(result.admin) });
    },
  );
}
