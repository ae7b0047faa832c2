// HMA's hasher routes: /h/hash for an upload (POST) or an allow-listed URL (GET).
import { z } from 'zod';
import { authenticated, SECURED } from '../../http/auth.ts';
import { errorResponseSchema, type App } from '../../http/types.ts';
import { singleUpload } from '../../http/upload.ts';
import { presentHashes, type HashingService } from './hashing.service.ts';

const errors = { 400: errorResponseSchema, 401: errorResponseSchema, 403: errorResponseSchema, 413: errorResponseSchema, 415: errorResponseSchema, 422: errorResponseSchema, 502: errorResponseSchema };
const hashesSchema = z.record(z.string(), z.string()).describe('signal type → value, e.g. {"pdq": "<64 hex>", "md5": "<32 hex>"}');
const signalsQuery = z.string().max(200).optional().describe('Comma-separated signal types (default pdq,vpdq,md5,sha256)');

function signalList(raw: string | undefined): string[] | undefined {
  return raw ? raw.split(',').map((s) => s.trim()).filter(Boolean) : undefined;
}

export function registerHashingRoutes(app: App, hashing: HashingService): void {
  app.post(
    '/h/hash',
    {
      onRequest: authenticated('hashes:lookup'),
      schema: { tags: ['hashing'], summary: 'Hash an uploaded image or video (multipart field "file")', security: SECURED, consumes: ['multipart/form-data'], querystring: z.object({ signals: signalsQuery }), response: { 200: hashesSchema, ...errors } },
    },
    async (request) => {
      const upload = await singleUpload(request);
      return presentHashes(await hashing.hashStream(upload.stream, signalList(request.query.signals)));
    },
  );

  app.get(
    '/h/hash',
    {
      onRequest: authenticated('hashes:lookup'),
      schema: { tags: ['hashing'], summary: 'Hash media fetched from an allow-listed URL', security: SECURED, querystring: z.object({ url: z.string().min(1).max(4096), signals: signalsQuery }), response: { 200: hashesSchema, ...errors } },
    },
    async (request) => presentHashes(await hashing.hashUrl(request.query.url, signalList(request.query.signals))),
  );
}
