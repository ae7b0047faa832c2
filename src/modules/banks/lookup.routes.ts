// HMA's matcher routes: look up one hash, a batch of hashes, or an upload (hash and match in one
// call) against the banks shared with the caller. Answers name bank, entry and distance.
import { z } from 'zod';
import { authenticated, contextOf, SECURED } from '../../http/auth.ts';
import { errorResponseSchema, type App } from '../../http/types.ts';
import { singleUpload } from '../../http/upload.ts';
import type { HashingService } from '../hashing/hashing.service.ts';
import type { BankMatcher, LookupMatch } from './bank-matcher.ts';

const errors = { 400: errorResponseSchema, 401: errorResponseSchema, 403: errorResponseSchema, 413: errorResponseSchema, 415: errorResponseSchema, 422: errorResponseSchema };
const bankMatches = z.record(z.string(), z.array(z.object({ bank_content_id: z.number().int(), distance: z.number().int() }))).describe('bank name → matching entries');
const bySignalType = z.record(z.string(), bankMatches).describe('signal type → bank name → matching entries');
const ignoreNegative = z.stringbool().optional().describe('Also return matches that a negative bank would suppress (debugging)');

function group(matches: LookupMatch[]): Record<string, Array<{ bank_content_id: number; distance: number }>> {
  const out: Record<string, Array<{ bank_content_id: number; distance: number }>> = {};
  for (const m of matches) (out[m.bankName] ??= []).push({ bank_content_id: m.bankContentId, distance: m.distance });
  return out;
}

export function registerLookupRoutes(app: App, deps: { matcher: BankMatcher; hashing: HashingService }): void {
  const { matcher, hashing } = deps;

  app.get(
    '/m/lookup',
    {
      onRequest: authenticated('hashes:lookup'),
      schema: {
        tags: ['matching'],
        summary: 'Look up one signal against the banks shared with the caller',
        security: SECURED,
        querystring: z.object({ signal_type: z.string().min(1).max(32), signal: z.string().min(1).max(1_000_000), quality: z.coerce.number().int().min(0).max(100).optional(), ignore_negative_banks: ignoreNegative }),
        response: { 200: bySignalType, ...errors },
      },
    },
    async (request) => {
      const q = request.query;
      const value = hashing.validateSignal(q.signal_type, q.signal);
      const [matches] = await matcher.lookup(contextOf(request), [{ signalType: q.signal_type, value, quality: q.quality ?? null }], { ignoreNegativeBanks: q.ignore_negative_banks ?? false });
      return { [q.signal_type]: group(matches!) };
    },
  );

  app.post(
    '/m/lookup',
    {
      onRequest: authenticated('hashes:lookup'),
      schema: {
        tags: ['matching'],
        summary: 'Hash an upload (multipart field "file") and look up every signal in one call',
        security: SECURED,
        consumes: ['multipart/form-data'],
        querystring: z.object({ ignore_negative_banks: ignoreNegative }),
        response: { 200: bySignalType, ...errors },
      },
    },
    async (request) => {
      const upload = await singleUpload(request);
      const hashed = await hashing.hashStream(upload.stream);
      const queries = Object.entries(hashed.signals).map(([signalType, h]) => ({ signalType, value: h.value, quality: h.quality ?? null }));
      const results = await matcher.lookup(contextOf(request), queries, { ignoreNegativeBanks: request.query.ignore_negative_banks ?? false });
      return Object.fromEntries(queries.map((q, i) => [q.signalType, group(results[i]!)]));
    },
  );

  app.post(
    '/m/lookup/batch',
    {
      onRequest: authenticated('hashes:lookup'),
      schema: {
        tags: ['matching'],
        summary: 'Look up many signals in one request',
        security: SECURED,
        body: z.object({
          queries: z.array(z.object({ signal_type: z.string().min(1).max(32), signal: z.string().min(1).max(1_000_000), quality: z.number().int().min(0).max(100).optional() })).min(1).max(1000),
          ignore_negative_banks: z.boolean().optional(),
        }),
        response: { 200: z.object({ results: z.array(z.object({ signal_type: z.string(), signal: z.string(), matches: bankMatches })) }), ...errors },
      },
    },
    async (request) => {
      const queries = request.body.queries.map((q) => ({ signalType: q.signal_type, value: hashing.validateSignal(q.signal_type, q.signal), quality: q.quality ?? null }));
      const results = await matcher.lookup(contextOf(request), queries, { ignoreNegativeBanks: request.body.ignore_negative_banks ?? false });
      return { results: queries.map((q, i) => ({ signal_type: q.signalType, signal: q.value, matches: group(results[i]!) })) };
    },
  );
}
