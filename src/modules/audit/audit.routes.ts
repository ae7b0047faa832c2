// The audit trail for auditors: read, export (JSON lines, CSV) and verify.
import { Readable } from 'node:stream';
import { z } from 'zod';
import { authenticated, contextOf, SECURED } from '../../http/auth.ts';
import { errorResponseSchema, type App } from '../../http/types.ts';
import { AUDIT_CSV_HEADER, auditCsvRow, presentAuditEvent, type AuditService } from './audit.service.ts';

const errors = { 400: errorResponseSchema, 401: errorResponseSchema, 403: errorResponseSchema };

const filters = {
  from: z.iso.datetime({ offset: true }).optional().describe('Events at or after this time'),
  to: z.iso.datetime({ offset: true }).optional().describe('Events before this time'),
  action: z.string().max(100).optional(),
  targetType: z.string().max(100).optional(),
  targetId: z.string().max(100).optional(),
};

const eventSchema = z.object({
  seq: z.number().int(),
  occurredAt: z.string(),
  organisationId: z.number().int().nullable(),
  actor: z.object({ type: z.string(), id: z.number().int().nullable(), label: z.string() }),
  action: z.string(),
  target: z.object({ type: z.string(), id: z.string().nullable() }),
  summary: z.unknown(),
  requestId: z.string().nullable(),
  hash: z.string(),
  prevHash: z.string(),
});

function toQuery(q: { from?: string | undefined; to?: string | undefined; action?: string | undefined; targetType?: string | undefined; targetId?: string | undefined }) {
  return {
    ...(q.from ? { from: new Date(q.from) } : {}),
    ...(q.to ? { to: new Date(q.to) } : {}),
    ...(q.action ? { action: q.action } : {}),
    ...(q.targetType ? { targetType: q.targetType } : {}),
    ...(q.targetId ? { targetId: q.targetId } : {}),
  };
}

export function registerAuditRoutes(app: App, audit: AuditService): void {
  app.get(
    '/audit/events',
    {
      onRequest: authenticated('audit:read'),
      schema: {
        tags: ['audit'],
        summary: "The organisation's audit events, oldest first, paged by seq",
        security: SECURED,
        querystring: z.object({ ...filters, after: z.coerce.number().int().min(0).optional().describe('Return events after this seq (from nextAfter)'), limit: z.coerce.number().int().min(1).max(1000).default(100) }),
        response: { 200: z.object({ events: z.array(eventSchema), nextAfter: z.number().int().nullable() }), ...errors },
      },
    },
    async (request) => {
      const { after, limit, ...rest } = request.query;
      const page = await audit.list(contextOf(request), { ...toQuery(rest), ...(after !== undefined ? { after } : {}), limit });
      return { events: page.events.map(presentAuditEvent), nextAfter: page.nextAfter };
    },
  );

  app.get(
    '/audit/export',
    {
      onRequest: authenticated('audit:read'),
      schema: {
        tags: ['audit'],
        summary: "Export the organisation's audit events as JSON lines or CSV",
        security: SECURED,
        querystring: z.object({ ...filters, format: z.enum(['jsonl', 'csv']).default('jsonl') }),
        response: { 200: z.string().describe('application/x-ndjson or text/csv'), ...errors },
      },
    },
    async (request, reply) => {
      const { format, ...rest } = request.query;
      const events = audit.export(contextOf(request), toQuery(rest));
      async function* lines() {
        if (format === 'csv') yield AUDIT_CSV_HEADER;
        for await (const e of events) yield format === 'csv' ? auditCsvRow(e) : `${JSON.stringify(presentAuditEvent(e))}\n`;
      }
      reply
        .type(format === 'csv' ? 'text/csv; charset=utf-8' : 'application/x-ndjson; charset=utf-8')
        .header('content-disposition', `attachment; filename="vigil-audit.${format}"`);
      // A stream bypasses the serializer; the schema above only documents the content.
      return reply.send(Readable.from(lines()) as unknown as string);
    },
  );

  app.get(
    '/audit/verify',
    {
      onRequest: authenticated('audit:read'),
      schema: {
        tags: ['audit'],
        summary: 'Verify the hash chain of the whole audit trail',
        security: SECURED,
        response: {
          200: z.object({ ok: z.boolean(), checked: z.number().int(), headSeq: z.number().int(), firstBreak: z.object({ seq: z.number().int(), reason: z.string(), detail: z.string() }).optional() }),
          ...errors,
        },
      },
    },
    async (request) => audit.verify(contextOf(request)),
  );
}
