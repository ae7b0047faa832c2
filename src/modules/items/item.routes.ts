// Items: submit (JSON, or multipart with a media file), list, read, assess; clusters.
import { z } from 'zod';
import { AppError } from '../../core/errors/app-error.ts';
import { authenticated, contextOf, SECURED } from '../../http/auth.ts';
import { errorResponseSchema, type App } from '../../http/types.ts';
import { singleUpload } from '../../http/upload.ts';
import { bulkSubmit } from './bulk-intake.ts';
import { extensionOf, mimeTypeOf } from './media-types.ts';
import { HELD_BY, ITEM_STATUSES, ITEM_TIERS, PAGE_TEXT_MAX_LENGTH, type ItemView } from './item.model.ts';
import type { ItemInput, ItemService, SubmitResult } from './item.service.ts';

const errors = { 400: errorResponseSchema, 401: errorResponseSchema, 403: errorResponseSchema, 404: errorResponseSchema, 409: errorResponseSchema, 413: errorResponseSchema, 415: errorResponseSchema, 422: errorResponseSchema };
const idParams = z.object({ id: z.coerce.number().int().positive() });

const itemSchema = z.object({
  id: z.number().int(),
  operationId: z.number().int().nullable(),
  url: z.string().describe('Canonical URL'),
  submittedUrl: z.string(),
  host: z.string(),
  registrableDomain: z.string().nullable(),
  platformId: z.number().int().nullable(),
  language: z.string().nullable(),
  groupName: z.string().nullable(),
  category: z.string().nullable(),
  tier: z.enum(ITEM_TIERS).nullable(),
  legalBasis: z.string().nullable(),
  text: z.string().nullable(),
  pageText: z.string().nullable().describe('The text of the page at capture'),
  notes: z.string(),
  status: z.enum(ITEM_STATUSES),
  capturedAt: z.string().nullable(),
  clusterId: z.number().int().nullable(),
  held: z.boolean().describe("Deconfliction: an active hold covers the item (by the item, its URL or its cluster); another organisation's hold means a referral answers ITEM_HELD"),
  heldBy: z.enum(HELD_BY).nullable().describe('another_organisation when any other organisation holds it (never which), else own_organisation when only the caller\'s organisation does (see GET /holds); null when not held'),
  signals: z.array(z.object({ signalType: z.string(), value: z.string(), quality: z.number().int().nullable() })),
  media: z.array(z.object({ id: z.number().int(), sha256: z.string(), byteSize: z.number().int(), contentType: z.string(), format: z.string().nullable(), filename: z.string().nullable() })),
  createdAt: z.string(),
});

const submitResponse = z.object({ item: itemSchema, created: z.boolean().describe('false when the URL was already in the operation: the existing item is returned'), unregisteredDomain: z.boolean() });

export function presentItem(i: ItemView): z.infer<typeof itemSchema> {
  return {
    id: i.id,
    operationId: i.operationId,
    url: i.url,
    submittedUrl: i.submittedUrl,
    host: i.host,
    registrableDomain: i.registrableDomain,
    platformId: i.platformId,
    language: i.language,
    groupName: i.groupName,
    category: i.category,
    tier: i.tier,
    legalBasis: i.legalBasis,
    text: i.textContent,
    pageText: i.pageText,
    notes: i.notes,
    status: i.status,
    capturedAt: i.capturedAt?.toISOString() ?? null,
    clusterId: i.clusterId,
    held: i.held,
    heldBy: i.heldBy,
    signals: i.signals,
    media: i.media,
    createdAt: i.createdAt.toISOString(),
  };
}

const presentResult = (r: SubmitResult) => ({ item: presentItem(r.item), created: r.created, unregisteredDomain: r.unregisteredDomain });

const itemFields = {
  url: z.string().min(1).max(4096),
  operationId: z.coerce.number().int().positive().optional(),
  language: z.string().min(2).max(16).optional(),
  groupName: z.string().max(200).optional(),
  category: z.string().max(100).optional(),
  tier: z.enum(ITEM_TIERS).optional(),
  legalBasis: z.string().max(2000).optional(),
  text: z.string().max(100_000).optional(),
  pageText: z.string().max(PAGE_TEXT_MAX_LENGTH).optional().describe("The text of the page at capture, apart from the item's own text; links in it are counted (emerging platforms)"),
  notes: z.string().max(10_000).optional(),
  capturedAt: z.iso.datetime({ offset: true }).optional(),
};
const itemBody = z.object(itemFields);

function toInput(b: z.infer<typeof itemBody>): ItemInput {
  return { ...b, operationId: b.operationId ?? null, capturedAt: b.capturedAt ? new Date(b.capturedAt) : null };
}

const idempotencyHeader = z.object({ 'idempotency-key': z.string().min(1).max(200).optional() });

const BULK_LIMIT_BYTES = 50 * 1024 * 1024;

export function registerItemRoutes(app: App, items: ItemService): void {
  // Bulk files arrive as text; the bulk route parses them row by row.
  app.addContentTypeParser(['text/csv', 'application/x-ndjson', 'application/jsonl'], { parseAs: 'string', bodyLimit: BULK_LIMIT_BYTES }, (_request, body, done) => done(null, body));

  app.post(
    '/items/bulk',
    {
      onRequest: authenticated('items:submit'),
      bodyLimit: BULK_LIMIT_BYTES,
      schema: {
        tags: ['items'],
        summary: 'Submit many items from a CSV file (header: url,language,group,category,tier,legal_basis,text,page_text,notes,captured_at) or JSON lines; bad rows are reported by line, good rows kept',
        security: SECURED,
        consumes: ['text/csv', 'application/x-ndjson'],
        querystring: z.object({ operationId: z.coerce.number().int().positive().optional() }),
        response: {
          200: z.object({ rows: z.number().int(), created: z.number().int(), duplicates: z.number().int(), rejected: z.number().int(), errors: z.array(z.object({ line: z.number().int().describe('Line of the file (the CSV header is line 1)'), field: z.string().nullable().describe('The column or property at fault, when one is'), code: z.string(), message: z.string() })) }),
          ...errors,
        },
      },
    },
    async (request) => {
      const type = request.headers['content-type'] ?? '';
      if (typeof request.body !== 'string') throw new AppError('UNSUPPORTED_MEDIA_TYPE', 'Send text/csv or application/x-ndjson.');
      const ctx = contextOf(request);
      if (request.query.operationId) await items.checkOperationOpen(ctx, request.query.operationId);
      return bulkSubmit(items, ctx, { format: type.startsWith('text/csv') ? 'csv' : 'jsonl', body: request.body, operationId: request.query.operationId ?? null });
    },
  );

  app.post(
    '/items',
    {
      onRequest: authenticated('items:submit'),
      schema: { tags: ['items'], summary: 'Submit an item (JSON); the same URL in the same operation returns the existing item', security: SECURED, headers: idempotencyHeader, body: itemBody, response: { 200: submitResponse, 201: submitResponse, ...errors } },
    },
    async (request, reply) => {
      const ctx = contextOf(request);
      const result = await items.idempotent(ctx, request.headers['idempotency-key'], request.body, async () => {
        const r = await items.submit(ctx, toInput(request.body));
        return { status: r.created ? 201 : 200, body: presentResult(r) };
      });
      if (result.replayed) reply.header('idempotent-replayed', 'true');
      return reply.status(result.status).send(result.body);
    },
  );

  app.post(
    '/items/media',
    {
      onRequest: authenticated('items:submit'),
      schema: { tags: ['items'], summary: 'Submit an item with a media file (multipart: the item fields, then "file"); media is stored and hashed at once', security: SECURED, consumes: ['multipart/form-data'], response: { 200: submitResponse, 201: submitResponse, ...errors } },
    },
    async (request, reply) => {
      const upload = await singleUpload(request);
      const parsed = itemBody.safeParse(upload.fields);
      if (!parsed.success) {
        upload.stream.resume();
        throw new AppError('VALIDATION_FAILED', parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; '));
      }
      const r = await items.submit(contextOf(request), toInput(parsed.data), { stream: upload.stream, filename: upload.filename || null });
      return reply.status(r.created ? 201 : 200).send(presentResult(r));
    },
  );

  app.get(
    '/items',
    {
      onRequest: authenticated('items:read'),
      schema: { tags: ['items'], summary: "The organisation's items, paged by id", security: SECURED, querystring: z.object({ operationId: z.coerce.number().int().positive().optional(), after: z.coerce.number().int().min(0).default(0), limit: z.coerce.number().int().min(1).max(500).default(100) }), response: { 200: z.object({ items: z.array(itemSchema), nextAfter: z.number().int().nullable() }), ...errors } },
    },
    async (request) => {
      const q = request.query;
      const list = await items.list(contextOf(request), { ...(q.operationId ? { operationId: q.operationId } : {}), afterId: q.after, limit: q.limit });
      return { items: list.map(presentItem), nextAfter: list.length === q.limit ? list[list.length - 1]!.id : null };
    },
  );

  app.get('/items/:id', { onRequest: authenticated('items:read'), schema: { tags: ['items'], summary: 'One item with its signals and media', security: SECURED, params: idParams, response: { 200: itemSchema, ...errors } } }, async (request) =>
    presentItem(await items.get(contextOf(request), request.params.id)),
  );

  app.get(
    '/items/:id/media/:mediaId',
    {
      onRequest: authenticated('items:read'),
      schema: {
        tags: ['items'],
        summary: "The stored bytes of one of an item's media files (the media ids are in GET /items/{id}), for display; served with a type sniffed at intake, sandboxed and never cached by shared caches",
        security: SECURED,
        params: idParams.extend({ mediaId: z.coerce.number().int().positive() }),
        response: { 200: z.unknown().describe('The image or video bytes (image/png, image/jpeg, video/mp4, …)'), ...errors },
      },
    },
    async (request, reply) => {
      const { media, stream, byteSize } = await items.mediaFile(contextOf(request), request.params.id, request.params.mediaId);
      // The bytes are untrusted: the type comes from sniffing at intake, the browser must not
      // guess another, and opened on its own the file runs nothing and loads nothing.
      return reply
        .type(mimeTypeOf(media.format))
        .header('content-length', byteSize)
        .header('x-content-type-options', 'nosniff')
        .header('content-security-policy', "sandbox; default-src 'none'")
        .header('content-disposition', `inline; filename="item-${request.params.id}-media-${media.id}.${extensionOf(media.format)}"`)
        .header('cache-control', 'private, max-age=300')
        .send(stream);
    },
  );

  app.patch(
    '/items/:id',
    {
      onRequest: authenticated('items:assess'),
      schema: {
        tags: ['items'],
        summary: 'Assess an item: language, group, category, tier, legal basis, notes, status',
        security: SECURED,
        params: idParams,
        body: z.object({ language: z.string().min(2).max(16).nullable().optional(), groupName: z.string().max(200).nullable().optional(), category: z.string().max(100).nullable().optional(), tier: z.enum(ITEM_TIERS).nullable().optional(), legalBasis: z.string().max(2000).nullable().optional(), notes: z.string().max(10_000).optional(), status: z.enum(ITEM_STATUSES).optional() }),
        response: { 200: itemSchema, ...errors },
      },
    },
    async (request) => presentItem(await items.assess(contextOf(request), request.params.id, request.body)),
  );

  app.get(
    '/clusters/:id',
    {
      onRequest: authenticated('items:read'),
      schema: {
        tags: ['items'],
        summary: "A cluster: on how many platforms one piece was found; other organisations' items are counted, not shown. A cluster merged into another answers with that one",
        security: SECURED,
        params: idParams,
        response: {
          200: z.object({
            id: z.number().int().describe('The cluster as it is now: for a cluster merged into another, the one it was merged into'),
            mergedClusterIds: z.array(z.number().int()).describe('Clusters merged into this one'),
            itemCount: z.number().int(),
            platformCount: z.number().int(),
            domains: z.array(z.string()),
            organisationCount: z.number().int(),
            ownItemIds: z.array(z.number().int()),
          }),
          ...errors,
        },
      },
    },
    async (request) => items.cluster(contextOf(request), request.params.id),
  );
}
