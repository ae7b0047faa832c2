// Operations: create, list, read, change, invite and remove participants, open and close.
import { z } from 'zod';
import { authenticated, contextOf, SECURED } from '../../http/auth.ts';
import { errorResponseSchema, type App } from '../../http/types.ts';
import type { Operation } from './operation.model.ts';
import { reportCsv, reportHtml } from './operation-report.ts';
import type { OperationService } from './operation.service.ts';

const errors = { 400: errorResponseSchema, 401: errorResponseSchema, 403: errorResponseSchema, 404: errorResponseSchema, 409: errorResponseSchema };
const idParams = z.object({ id: z.coerce.number().int().positive() });
const scopeSchema = z.object({ groups: z.array(z.string().max(200)).max(100).optional(), languages: z.array(z.string().min(2).max(16)).max(50).optional(), notes: z.string().max(5000).optional() });

const operationSchema = z.object({
  id: z.number().int(),
  coordinatingOrganisationId: z.number().int(),
  name: z.string(),
  description: z.string(),
  startsAt: z.string(),
  endsAt: z.string(),
  status: z.enum(['planned', 'live', 'closed']),
  scope: scopeSchema,
  participants: z.array(z.number().int()),
  openedAt: z.string().nullable(),
  closedAt: z.string().nullable(),
  createdAt: z.string(),
});

export function presentOperation(o: Operation): z.infer<typeof operationSchema> {
  return {
    id: o.id,
    coordinatingOrganisationId: o.organisationId,
    name: o.name,
    description: o.description,
    startsAt: o.startsAt.toISOString(),
    endsAt: o.endsAt.toISOString(),
    status: o.status,
    scope: o.scope,
    participants: o.participantIds,
    openedAt: o.openedAt?.toISOString() ?? null,
    closedAt: o.closedAt?.toISOString() ?? null,
    createdAt: o.createdAt.toISOString(),
  };
}

const isoDate = z.iso.datetime({ offset: true });

const figuresSchema = z.object({
  operationId: z.number().int(),
  status: z.enum(['planned', 'live', 'closed']),
  at: z.string(),
  items: z.number().int(),
  clusters: z.number().int(),
  platforms: z.number().int(),
  organisations: z.number().int(),
  languages: z.array(z.object({ language: z.string(), items: z.number().int() })),
  groups: z.array(z.object({ group: z.string(), items: z.number().int() })),
  perPlatform: z.array(z.object({ platformId: z.number().int().nullable(), domain: z.string(), items: z.number().int() })),
  newDomains: z.array(z.object({ domain: z.string(), items: z.number().int(), firstSeen: z.string() })),
  itemsOverTime: z.array(z.object({ hour: z.string(), items: z.number().int() })),
  referrals: z.object({
    byState: z.record(z.string(), z.number().int()),
    sent: z.number().int(),
    removed: z.number().int().describe('Referrals whose content was removed and not restored since'),
    restored: z.number().int().describe('Referrals whose content was removed, then restored after an upheld complaint: sent, but not removed'),
    removalRate: z.number().nullable().describe('removed / sent'),
    medianSecondsToRemoval: z.number().nullable(),
    perPlatform: z.array(z.object({ platformId: z.number().int(), referrals: z.number().int(), answered: z.number().int(), removed: z.number().int(), medianHoursToFirstAnswer: z.number().nullable(), medianHoursToRemoval: z.number().nullable() })),
  }),
});

export function registerOperationRoutes(app: App, operations: OperationService): void {
  app.get(
    '/operations',
    {
      onRequest: authenticated('operations:read'),
      schema: { tags: ['operations'], summary: 'Operations the organisation takes part in', security: SECURED, querystring: z.object({ status: z.enum(['planned', 'live', 'closed']).optional() }), response: { 200: z.object({ operations: z.array(operationSchema) }), ...errors } },
    },
    async (request) => ({ operations: (await operations.list(contextOf(request), request.query.status ?? null)).map(presentOperation) }),
  );

  app.post(
    '/operations',
    {
      onRequest: authenticated('operations:manage'),
      schema: {
        tags: ['operations'],
        summary: 'Create an operation (48 hours from now unless a window is given) and invite organisations',
        security: SECURED,
        body: z.object({ name: z.string().trim().min(1).max(200), description: z.string().max(10_000).optional(), startsAt: isoDate.optional(), endsAt: isoDate.optional(), scope: scopeSchema.optional(), participants: z.array(z.number().int().positive()).max(500).optional() }),
        response: { 201: operationSchema, ...errors },
      },
    },
    async (request, reply) => {
      const b = request.body;
      const op = await operations.create(contextOf(request), {
        name: b.name,
        ...(b.description !== undefined ? { description: b.description } : {}),
        ...(b.startsAt ? { startsAt: new Date(b.startsAt) } : {}),
        ...(b.endsAt ? { endsAt: new Date(b.endsAt) } : {}),
        ...(b.scope ? { scope: b.scope } : {}),
        ...(b.participants ? { participants: b.participants } : {}),
      });
      return reply.status(201).send(presentOperation(op));
    },
  );

  app.get('/operations/:id', { onRequest: authenticated('operations:read'), schema: { tags: ['operations'], summary: 'One operation', security: SECURED, params: idParams, response: { 200: operationSchema, ...errors } } }, async (request) =>
    presentOperation(await operations.get(contextOf(request), request.params.id)),
  );

  app.get(
    '/operations/:id/figures',
    {
      onRequest: authenticated('operations:read'),
      schema: {
        tags: ['operations'],
        summary: 'Live figures: items, clusters, platforms, languages, groups, per-platform counts, new (unregistered) domains, items per hour',
        security: SECURED,
        params: idParams,
        response: { 200: figuresSchema, ...errors },
      },
    },
    async (request) => {
      const { operation, figures, referrals, at } = await operations.figures(contextOf(request), request.params.id);
      return {
        operationId: operation.id,
        status: operation.status,
        at: at.toISOString(),
        ...figures,
        referrals,
        newDomains: figures.newDomains.map((d) => ({ ...d, firstSeen: d.firstSeen.toISOString() })),
        itemsOverTime: figures.itemsOverTime.map((b) => ({ hour: new Date(b.hour).toISOString(), items: b.items })),
      };
    },
  );

  app.get(
    '/operations/:id/report',
    {
      onRequest: authenticated('reports:read'),
      schema: {
        tags: ['operations'],
        summary: 'The operation report ("N items in L languages on P platforms; R % removed") as JSON, CSV (per-platform table) or a printable HTML page',
        security: SECURED,
        params: idParams,
        querystring: z.object({ format: z.enum(['json', 'csv', 'html']).default('json') }),
        response: { 200: z.unknown().describe('JSON report, text/csv or text/html'), ...errors },
      },
    },
    async (request, reply) => {
      const report = await operations.report(contextOf(request), request.params.id);
      const { format } = request.query;
      if (format === 'csv') return reply.type('text/csv; charset=utf-8').header('content-disposition', `attachment; filename="operation-${report.operation.id}.csv"`).send(reportCsv(report));
      if (format === 'html') return reply.type('text/html; charset=utf-8').send(reportHtml(report));
      return report;
    },
  );

  app.patch(
    '/operations/:id',
    {
      onRequest: authenticated('operations:manage'),
      schema: {
        tags: ['operations'],
        summary: "Change an operation's name, description, window or scope",
        security: SECURED,
        params: idParams,
        body: z.object({ name: z.string().trim().min(1).max(200).optional(), description: z.string().max(10_000).optional(), startsAt: isoDate.optional(), endsAt: isoDate.optional(), scope: scopeSchema.optional() }),
        response: { 200: operationSchema, ...errors },
      },
    },
    async (request) => {
      const b = request.body;
      return presentOperation(
        await operations.update(contextOf(request), request.params.id, {
          ...(b.name ? { name: b.name } : {}),
          ...(b.description !== undefined ? { description: b.description } : {}),
          ...(b.startsAt ? { startsAt: new Date(b.startsAt) } : {}),
          ...(b.endsAt ? { endsAt: new Date(b.endsAt) } : {}),
          ...(b.scope ? { scope: b.scope } : {}),
        }),
      );
    },
  );

  app.post(
    '/operations/:id/status',
    {
      onRequest: authenticated('operations:manage'),
      schema: { tags: ['operations'], summary: 'Open (live) or close an operation', security: SECURED, params: idParams, body: z.object({ status: z.enum(['live', 'closed']) }), response: { 200: operationSchema, ...errors } },
    },
    async (request) => presentOperation(await operations.setStatus(contextOf(request), request.params.id, request.body.status)),
  );

  app.post(
    '/operations/:id/participants',
    {
      onRequest: authenticated('operations:manage'),
      schema: { tags: ['operations'], summary: 'Invite organisations', security: SECURED, params: idParams, body: z.object({ organisationIds: z.array(z.number().int().positive()).min(1).max(500) }), response: { 200: operationSchema, ...errors } },
    },
    async (request) => presentOperation(await operations.invite(contextOf(request), request.params.id, request.body.organisationIds)),
  );

  app.delete(
    '/operations/:id/participants/:organisationId',
    {
      onRequest: authenticated('operations:manage'),
      schema: { tags: ['operations'], summary: 'Remove a participating organisation', security: SECURED, params: idParams.extend({ organisationId: z.coerce.number().int().positive() }), response: { 200: operationSchema, ...errors } },
    },
    async (request) => presentOperation(await operations.removeParticipant(contextOf(request), request.params.id, request.params.organisationId)),
  );
}
