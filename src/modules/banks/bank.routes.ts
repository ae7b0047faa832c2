// Curation routes in HMA's shape (/c/banks, /c/bank/{name}, …) with Vigil's additions: negative
// banks, per-bank thresholds, sharing, and entries that can be disabled until a time.
import { z } from 'zod';
import { authenticated, contextOf, SECURED } from '../../http/auth.ts';
import { errorResponseSchema, type App } from '../../http/types.ts';
import type { Bank, BankContent } from './bank.model.ts';
import type { BankService } from './bank.service.ts';

const errors = { 400: errorResponseSchema, 401: errorResponseSchema, 403: errorResponseSchema, 404: errorResponseSchema, 409: errorResponseSchema };
const nameParams = z.object({ name: z.string().min(1).max(100) });
const contentParams = nameParams.extend({ id: z.coerce.number().int().positive() });

const bankSchema = z.object({
  id: z.number().int(),
  name: z.string(),
  description: z.string(),
  enabled: z.boolean(),
  matching_enabled_ratio: z.number().describe('HMA compatibility: 1 when enabled, 0 when disabled'),
  is_negative: z.boolean(),
  pdq_threshold: z.number().int().nullable(),
  owner_organisation_id: z.number().int(),
  access: z.enum(['owner', 'contribute', 'read']),
  created_at: z.string(),
});

const signalInput = z.object({ signal_type: z.string().min(1).max(32), value: z.string().min(1).max(1_000_000), quality: z.number().int().min(0).max(100).optional() });

const vigilSignalBody = z.object({
  signals: z.array(signalInput).min(1).max(50),
  note: z.string().max(10_000).optional(),
  category: z.string().max(200).optional(),
  tags: z.array(z.string().max(200)).max(50).optional(),
  metadata: z.record(z.string(), z.unknown()).optional(),
});
const hmaSignalBody = z.record(z.string().max(32), z.string().max(1_000_000)).describe('HMA shape: signal type → value');

const contentSchema = z.object({
  id: z.number().int(),
  bank_name: z.string(),
  note: z.string(),
  category: z.string().nullable(),
  tags: z.array(z.string()),
  metadata: z.record(z.string(), z.unknown()),
  source: z.string().nullable(),
  source_id: z.string().nullable(),
  enabled: z.boolean(),
  disabled_until: z.string().nullable(),
  quarantined: z.boolean(),
  quarantine_reason: z.string().nullable(),
  signals: z.array(z.object({ id: z.number().int(), signal_type: z.string(), value: z.string(), quality: z.number().int().nullable() })),
  created_at: z.string(),
});

export function presentBank(b: Bank): z.infer<typeof bankSchema> {
  return {
    id: b.id,
    name: b.name,
    description: b.description,
    enabled: b.enabled,
    matching_enabled_ratio: b.enabled ? 1 : 0,
    is_negative: b.isNegative,
    pdq_threshold: b.pdqThreshold,
    owner_organisation_id: b.organisationId,
    access: b.access ?? 'read',
    created_at: b.createdAt.toISOString(),
  };
}

export function presentContent(c: BankContent, bankName: string): z.infer<typeof contentSchema> {
  return {
    id: c.id,
    bank_name: bankName,
    note: c.note,
    category: c.category,
    tags: c.tags,
    metadata: c.metadata,
    source: c.source,
    source_id: c.sourceId,
    enabled: c.enabled,
    disabled_until: c.disabledUntil?.toISOString() ?? null,
    quarantined: c.quarantinedAt !== null,
    quarantine_reason: c.quarantineReason,
    signals: c.signals.map((s) => ({ id: s.id, signal_type: s.signalType, value: s.value, quality: s.quality })),
    created_at: c.createdAt.toISOString(),
  };
}

export function registerBankRoutes(app: App, banks: BankService): void {
  app.get('/c/banks', { onRequest: authenticated('banks:read'), schema: { tags: ['banks'], summary: 'Banks the organisation owns or that are shared with it', security: SECURED, response: { 200: z.array(bankSchema), ...errors } } }, async (request) =>
    (await banks.list(contextOf(request))).map(presentBank),
  );

  app.post(
    '/c/banks',
    {
      onRequest: authenticated('banks:manage'),
      schema: {
        tags: ['banks'],
        summary: 'Create a bank',
        security: SECURED,
        body: z.object({ name: z.string().min(1).max(100), description: z.string().max(2000).optional(), enabled: z.boolean().optional(), is_negative: z.boolean().optional(), pdq_threshold: z.number().int().min(0).max(255).nullable().optional() }),
        response: { 201: bankSchema, ...errors },
      },
    },
    async (request, reply) => {
      const b = request.body;
      const bank = await banks.create(contextOf(request), { name: b.name, ...(b.description !== undefined ? { description: b.description } : {}), ...(b.enabled !== undefined ? { enabled: b.enabled } : {}), ...(b.is_negative !== undefined ? { isNegative: b.is_negative } : {}), ...(b.pdq_threshold !== undefined ? { pdqThreshold: b.pdq_threshold } : {}) });
      return reply.status(201).send(presentBank(bank));
    },
  );

  app.get('/c/bank/:name', { onRequest: authenticated('banks:read'), schema: { tags: ['banks'], summary: 'One bank', security: SECURED, params: nameParams, response: { 200: bankSchema, ...errors } } }, async (request) =>
    presentBank(await banks.get(contextOf(request), { name: request.params.name })),
  );

  app.put(
    '/c/bank/:name',
    {
      onRequest: authenticated('banks:manage'),
      schema: {
        tags: ['banks'],
        summary: 'Rename, enable or disable a bank, make it negative, or set its PDQ threshold',
        security: SECURED,
        params: nameParams,
        body: z.object({ name: z.string().min(1).max(100).optional(), description: z.string().max(2000).optional(), enabled: z.boolean().optional(), matching_enabled_ratio: z.number().min(0).max(1).optional(), is_negative: z.boolean().optional(), pdq_threshold: z.number().int().min(0).max(255).nullable().optional() }),
        response: { 200: bankSchema, ...errors },
      },
    },
    async (request) => {
      const b = request.body;
      const enabled = b.enabled ?? (b.matching_enabled_ratio !== undefined ? b.matching_enabled_ratio > 0 : undefined);
      return presentBank(
        await banks.update(contextOf(request), { name: request.params.name }, {
          ...(b.name !== undefined ? { name: b.name } : {}),
          ...(b.description !== undefined ? { description: b.description } : {}),
          ...(enabled !== undefined ? { enabled } : {}),
          ...(b.is_negative !== undefined ? { isNegative: b.is_negative } : {}),
          ...(b.pdq_threshold !== undefined ? { pdqThreshold: b.pdq_threshold } : {}),
        }),
      );
    },
  );

  app.delete('/c/bank/:name', { onRequest: authenticated('banks:manage'), schema: { tags: ['banks'], summary: 'Delete a bank and its entries', security: SECURED, params: nameParams, response: { 204: z.null(), ...errors } } }, async (request, reply) => {
    await banks.delete(contextOf(request), { name: request.params.name });
    return reply.status(204).send(null);
  });

  app.get(
    '/c/bank/:name/shares',
    { onRequest: authenticated('banks:manage'), schema: { tags: ['banks'], summary: 'Organisations a bank is shared with', security: SECURED, params: nameParams, response: { 200: z.array(z.object({ organisation_id: z.number().int(), access: z.enum(['read', 'contribute']), created_at: z.string() })), ...errors } } },
    async (request) => (await banks.shares(contextOf(request), { name: request.params.name })).map((s) => ({ organisation_id: s.organisationId, access: s.access, created_at: s.createdAt.toISOString() })),
  );

  app.put(
    '/c/bank/:name/shares/:organisationId',
    {
      onRequest: authenticated('banks:manage'),
      schema: {
        tags: ['banks'],
        summary: 'Share a bank with an organisation to read or contribute, or stop sharing (access "none")',
        security: SECURED,
        params: nameParams.extend({ organisationId: z.coerce.number().int().positive() }),
        body: z.object({ access: z.enum(['read', 'contribute', 'none']) }),
        response: { 204: z.null(), ...errors },
      },
    },
    async (request, reply) => {
      await banks.share(contextOf(request), { name: request.params.name }, request.params.organisationId, request.body.access);
      return reply.status(204).send(null);
    },
  );

  app.get(
    '/c/bank/:name/content',
    {
      onRequest: authenticated('banks:read'),
      schema: {
        tags: ['banks'],
        summary: "A bank's entries, paged by id",
        security: SECURED,
        params: nameParams,
        querystring: z.object({ after: z.coerce.number().int().min(0).default(0), limit: z.coerce.number().int().min(1).max(1000).default(100) }),
        response: { 200: z.object({ contents: z.array(contentSchema), next_after: z.number().int().nullable() }), ...errors },
      },
    },
    async (request) => {
      const { bank, contents } = await banks.listContents(contextOf(request), { name: request.params.name }, request.query.after, request.query.limit);
      return { contents: contents.map((c) => presentContent(c, bank.name)), next_after: contents.length === request.query.limit ? contents[contents.length - 1]!.id : null };
    },
  );

  app.post(
    '/c/bank/:name/signal',
    {
      onRequest: authenticated('banks:manage'),
      schema: {
        tags: ['banks'],
        summary: 'Add an entry with one or more signals (HMA: {"pdq": "<hex>"} or Vigil: {"signals": [...]})',
        security: SECURED,
        params: nameParams,
        body: z.union([vigilSignalBody, hmaSignalBody]),
        response: { 201: contentSchema, ...errors },
      },
    },
    async (request, reply) => {
      const vigil = vigilSignalBody.safeParse(request.body);
      const input = vigil.success
        ? { signals: vigil.data.signals.map((s) => ({ signalType: s.signal_type, value: s.value, quality: s.quality ?? null })), ...(vigil.data.note ? { note: vigil.data.note } : {}), ...(vigil.data.category ? { category: vigil.data.category } : {}), ...(vigil.data.tags ? { tags: vigil.data.tags } : {}), ...(vigil.data.metadata ? { metadata: vigil.data.metadata } : {}) }
        : { signals: Object.entries(hmaSignalBody.parse(request.body)).map(([signalType, value]) => ({ signalType, value })) };
      const content = await banks.addContent(contextOf(request), { name: request.params.name }, input);
      return reply.status(201).send(presentContent(content, request.params.name));
    },
  );

  app.get('/c/bank/:name/content/:id', { onRequest: authenticated('banks:read'), schema: { tags: ['banks'], summary: 'One bank entry', security: SECURED, params: contentParams, response: { 200: contentSchema, ...errors } } }, async (request) =>
    presentContent(await banks.getContent(contextOf(request), { name: request.params.name }, request.params.id), request.params.name),
  );

  app.put(
    '/c/bank/:name/content/:id',
    {
      onRequest: authenticated('banks:manage'),
      schema: {
        tags: ['banks'],
        summary: 'Change an entry: note, tags, enable or disable (optionally until a time), release from quarantine',
        security: SECURED,
        params: contentParams,
        body: z.object({ note: z.string().max(10_000).optional(), tags: z.array(z.string().max(200)).max(50).optional(), category: z.string().max(200).nullable().optional(), enabled: z.boolean().optional(), disabled_until: z.iso.datetime({ offset: true }).nullable().optional(), release_quarantine: z.boolean().optional() }),
        response: { 200: contentSchema, ...errors },
      },
    },
    async (request) => {
      const b = request.body;
      const content = await banks.updateContent(contextOf(request), { name: request.params.name }, request.params.id, {
        ...(b.note !== undefined ? { note: b.note } : {}),
        ...(b.tags !== undefined ? { tags: b.tags } : {}),
        ...(b.category !== undefined ? { category: b.category } : {}),
        ...(b.enabled !== undefined ? { enabled: b.enabled } : {}),
        ...(b.disabled_until !== undefined ? { disabledUntil: b.disabled_until === null ? null : new Date(b.disabled_until) } : {}),
        ...(b.release_quarantine ? { releaseQuarantine: true } : {}),
      });
      return presentContent(content, request.params.name);
    },
  );

  app.delete('/c/bank/:name/content/:id', { onRequest: authenticated('banks:manage'), schema: { tags: ['banks'], summary: 'Delete an entry', security: SECURED, params: contentParams, response: { 204: z.null(), ...errors } } }, async (request, reply) => {
    await banks.deleteContent(contextOf(request), { name: request.params.name }, request.params.id);
    return reply.status(204).send(null);
  });
}
