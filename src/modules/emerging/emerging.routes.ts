// Emerging platforms over HTTP: per-domain figures, the items behind one domain, candidate
// platforms and the coordinators' decisions on them, and an operation's domain graph.
import { z } from 'zod';
import { authenticated, contextOf, SECURED } from '../../http/auth.ts';
import { errorResponseSchema, type App } from '../../http/types.ts';
import { COOPERATION_STATUSES, PLATFORM_CATEGORIES } from '../platforms/platform.model.ts';
import { platformSchema, presentPlatform } from '../platforms/platform.schemas.ts';
import { CANDIDATE_STATUSES, REFERENCE_SOURCES, type DomainDrillDown, type DomainStats } from './emerging.model.ts';
import type { EmergingService } from './emerging.service.ts';

const errors = { 400: errorResponseSchema, 401: errorResponseSchema, 403: errorResponseSchema, 404: errorResponseSchema, 409: errorResponseSchema };
const tags = ['emerging'];
const domainParams = z.object({ domain: z.string().trim().min(1).max(253) });

const domainStatsSchema = z.object({
  domain: z.string(),
  firstSeen: z.string(),
  lastSeen: z.string(),
  items: z.number().int().describe("Items whose own URL is on the domain or whose text or captured page text links to it (all organisations' items, counted)"),
  links: z.number().int().describe('Out-links to the domain, one per item and URL'),
  sources: z.object({ url: z.number().int(), text: z.number().int(), page_text: z.number().int() }).describe('Items per source of the reference: own URL, link in the text, link in the captured page text'),
  operations: z.number().int(),
  organisations: z.number().int(),
  platformId: z.number().int().nullable().describe('The registered platform the domain leads to'),
  candidateStatus: z.enum(CANDIDATE_STATUSES).nullable(),
  promotedPlatformId: z.number().int().nullable(),
  alertedAt: z.string().nullable(),
  decidedAt: z.string().nullable(),
});

function presentStats(s: DomainStats): z.infer<typeof domainStatsSchema> {
  return { ...s, firstSeen: s.firstSeen.toISOString(), lastSeen: s.lastSeen.toISOString(), alertedAt: s.alertedAt?.toISOString() ?? null, decidedAt: s.decidedAt?.toISOString() ?? null };
}

const drillDownSchema = z.object({
  domain: z.string(),
  stats: domainStatsSchema,
  items: z
    .array(z.object({ itemId: z.number().int(), url: z.string(), operationId: z.number().int().nullable(), sources: z.array(z.enum(REFERENCE_SOURCES)), firstSeen: z.string() }))
    .describe("The organisation's own items behind the domain, by id"),
  nextAfter: z.number().int().nullable(),
  operations: z
    .array(z.object({ operationId: z.number().int(), items: z.number().int(), organisations: z.array(z.object({ organisationId: z.number().int(), items: z.number().int() })) }))
    .describe('In each operation the organisation takes part in: items per participating organisation (counts only)'),
  elsewhere: z.number().int().describe("Other organisations' items outside those operations (a count only)"),
});

function presentDrillDown(d: DomainDrillDown): z.infer<typeof drillDownSchema> {
  return { ...d, stats: presentStats(d.stats), items: d.items.map((i) => ({ ...i, firstSeen: i.firstSeen.toISOString() })) };
}

const graphSchema = z.object({
  operationId: z.number().int(),
  nodes: z.array(z.object({ domain: z.string(), kind: z.enum(['platform', 'candidate', 'unknown']), platformId: z.number().int().optional(), items: z.number().int() })),
  edges: z.array(z.object({ from: z.string(), to: z.string(), links: z.number().int() })),
});

export function registerEmergingRoutes(app: App, emerging: EmergingService): void {
  app.get(
    '/emerging/domains',
    {
      onRequest: authenticated('operations:read'),
      schema: {
        tags,
        summary: "Per domain (items' own URLs and the links in their text and captured page text): first and last seen, counts per source, registered platform, candidate status",
        security: SECURED,
        querystring: z.object({ operationId: z.coerce.number().int().positive().optional() }),
        response: { 200: z.object({ domains: z.array(domainStatsSchema) }), ...errors },
      },
    },
    async (request) => {
      const { operationId } = request.query;
      return { domains: (await emerging.domainStats(contextOf(request), operationId === undefined ? {} : { operationId })).map(presentStats) };
    },
  );

  app.get(
    '/emerging/domains/:domain/items',
    {
      onRequest: authenticated('items:read'),
      schema: {
        tags,
        summary: "The items behind one domain: the organisation's own (by id, with the source of each reference), counts per organisation in the operations it takes part in, and a count of the rest",
        security: SECURED,
        params: domainParams,
        querystring: z.object({ after: z.coerce.number().int().min(0).default(0), limit: z.coerce.number().int().min(1).max(500).default(100) }),
        response: { 200: drillDownSchema, ...errors },
      },
    },
    async (request) => presentDrillDown(await emerging.drillDown(contextOf(request), request.params.domain, { afterId: request.query.after, limit: request.query.limit })),
  );

  app.get(
    '/emerging/candidates',
    {
      onRequest: authenticated('operations:read'),
      schema: {
        tags,
        summary: 'Candidate platforms: unregistered domains that recur across items (or, with status, the promoted or dismissed ones)',
        security: SECURED,
        querystring: z.object({ status: z.enum(CANDIDATE_STATUSES).default('candidate') }),
        response: { 200: z.object({ candidates: z.array(domainStatsSchema) }), ...errors },
      },
    },
    async (request) => ({ candidates: (await emerging.candidates(contextOf(request), request.query.status)).map(presentStats) }),
  );

  app.post(
    '/emerging/candidates/:domain/promote',
    {
      onRequest: authenticated('platforms:manage'),
      schema: {
        tags,
        summary: 'Add a candidate domain to the platform registry as a new platform',
        security: SECURED,
        params: domainParams,
        body: z.object({ name: z.string().trim().min(1).max(200).optional().describe('Default: the domain'), category: z.enum(PLATFORM_CATEGORIES), cooperationStatus: z.enum(COOPERATION_STATUSES).optional() }),
        response: { 200: z.object({ platform: platformSchema, candidate: domainStatsSchema }), ...errors },
      },
    },
    async (request) => {
      const { name, category, cooperationStatus } = request.body;
      const r = await emerging.promote(contextOf(request), request.params.domain, { category, ...(name ? { name } : {}), ...(cooperationStatus ? { cooperationStatus } : {}) });
      return { platform: presentPlatform(r.platform), candidate: presentStats(r.candidate) };
    },
  );

  app.post(
    '/emerging/candidates/:domain/dismiss',
    { onRequest: authenticated('platforms:manage'), schema: { tags, summary: 'Dismiss a candidate domain (it is not alerted again)', security: SECURED, params: domainParams, response: { 200: domainStatsSchema, ...errors } } },
    async (request) => presentStats(await emerging.dismiss(contextOf(request), request.params.domain)),
  );

  app.get(
    '/operations/:id/domain-graph',
    {
      onRequest: authenticated('operations:read'),
      schema: {
        tags,
        summary: "The operation's domain graph: registered platforms whose items link to candidate or unknown domains, with link counts",
        security: SECURED,
        params: z.object({ id: z.coerce.number().int().positive() }),
        response: { 200: graphSchema, ...errors },
      },
    },
    async (request) => emerging.domainGraph(contextOf(request), request.params.id),
  );
}
