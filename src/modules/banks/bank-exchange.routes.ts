// Bank import and export over HTTP, in the line formats of docs/exchange-formats.md: a multipart
// upload is imported row by row (good rows kept, bad rows reported by line), and a bank is
// downloaded as a file. TCAP (a paged source fetched from a URL) stays in the CLI.
import { Readable } from 'node:stream';
import { z } from 'zod';
import { authenticated, contextOf, SECURED } from '../../http/auth.ts';
import { errorResponseSchema, type App } from '../../http/types.ts';
import { singleUpload } from '../../http/upload.ts';
import type { BankExchangeService } from './bank-exchange.service.ts';

const errors = { 400: errorResponseSchema, 401: errorResponseSchema, 403: errorResponseSchema, 404: errorResponseSchema, 409: errorResponseSchema, 413: errorResponseSchema, 415: errorResponseSchema };
const nameParams = z.object({ name: z.string().min(1).max(100) });
export const FILE_FORMATS = ['threatexchange-csv', 'local', 'vigil-jsonl'] as const;

const importReportSchema = z.object({
  lines: z.number().int().describe('The last line read'),
  imported: z.number().int().describe('Entries added (or replaced, for a source id the bank already holds)'),
  rejected: z.number().int().describe('Bad rows, skipped'),
  tombstones: z.number().int().describe('Entries removed by tombstones (vigil-jsonl rows with deleted: true)'),
  errors: z.array(z.object({ line: z.number().int(), code: z.string(), message: z.string() })).describe('The bad rows by line (the first 10,000)'),
});

export function registerBankExchangeRoutes(app: App, exchange: BankExchangeService): void {
  app.post(
    '/c/bank/:name/import',
    {
      onRequest: authenticated('banks:manage'),
      schema: {
        tags: ['banks'],
        summary: 'Import a file into a bank (multipart field "file"; threatexchange-csv, local or vigil-jsonl): good rows are kept, bad rows reported by line',
        security: SECURED,
        consumes: ['multipart/form-data'],
        params: nameParams,
        querystring: z.object({ format: z.enum(FILE_FORMATS).default('threatexchange-csv') }),
        response: { 200: importReportSchema, ...errors },
      },
    },
    async (request) => {
      const ctx = contextOf(request);
      const { name } = request.params;
      const { format } = request.query;
      // Refuse before reading anything: another organisation's bank is 404, a read-only share 403.
      await exchange.assertCanImport(ctx, name, format);
      const upload = await singleUpload(request);
      try {
        const report = await exchange.importFile(ctx, name, format, upload.stream);
        return { lines: report.lines, imported: report.imported, rejected: report.rejected, tombstones: report.tombstones, errors: report.errors };
      } finally {
        upload.stream.resume();
      }
    },
  );

  app.get(
    '/c/bank/:name/export',
    {
      onRequest: authenticated('banks:read'),
      schema: {
        tags: ['banks'],
        summary: 'Download a bank as a file: threatexchange-csv, local or vigil-jsonl (every field, for a lossless copy)',
        security: SECURED,
        params: nameParams,
        querystring: z.object({
          format: z.enum(FILE_FORMATS).default('vigil-jsonl'),
          signal_type_names: z.enum(['vigil', 'python-threatexchange']).default('vigil').describe('python-threatexchange writes md5 as video_md5 and sha256 as video_sha256, for HMA'),
        }),
        response: { 200: z.string().describe('text/csv, text/plain or application/jsonl'), ...errors },
      },
    },
    async (request, reply) => {
      const ctx = contextOf(request);
      const { name } = request.params;
      const { format: formatName, signal_type_names } = request.query;
      const format = await exchange.assertCanExport(ctx, name, formatName);
      const filename = `${name.replace(/[^A-Za-z0-9_-]/g, '_')}${format.extension}`;
      reply.type(`${format.mediaType}; charset=utf-8`).header('content-disposition', `attachment; filename="${filename}"`);
      // A stream bypasses the serializer; the schema above only documents the content.
      return reply.send(Readable.from(exchange.export(ctx, name, formatName, { signalTypeNames: signal_type_names })) as unknown as string);
    },
  );
}
