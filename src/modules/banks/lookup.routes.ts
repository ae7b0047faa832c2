// HMA's matcher routes: look up one hash, a batch of hashes, an upload or an allow-listed URL (hash
// and match in one call) against the banks shared with the caller. Answers name bank, entry and
// distance, in HMA's shapes: GET with `signal_type` answers the bank map for that type alone
// ({"<BANK>": [...]}); an upload or a URL answers one bank map per signal type.
import { z } from 'zod';
import { AppError } from '../../core/errors/app-error.ts';
import { authenticated, contextOf, SECURED } from '../../http/auth.ts';
import { errorResponseSchema, type App } from '../../http/types.ts';
import { singleUpload } from '../../http/upload.ts';
import type { HashingService } from '../hashing/hashing.service.ts';
import type { BankMatcher, LookupMatch, LookupOptions, LookupQuery } from './bank-matcher.ts';

const errors = { 400: errorResponseSchema, 401: errorResponseSchema, 403: errorResponseSchema, 413: errorResponseSchema, 415: errorResponseSchema, 422: errorResponseSchema, 502: errorResponseSchema };
const bankMatches = z.record(z.string(), z.array(z.object({ bank_content_id: z.number().int(), distance: z.number().int() }))).describe('bank name → matching entries (HMA shape)');
const bySignalType = z.record(z.string(), bankMatches).describe('signal type → bank name → matching entries');
const ignoreNegative = z.stringbool().optional().describe('Also return matches that a negative bank would suppress (debugging)');
const banksFilter = z.string().max(2000).optional().describe('HMA: comma-separated bank names; only these banks answer (negative banks still suppress)');

function group(matches: LookupMatch[]): Record<string, Array<{ bank_content_id: number; distance: number }>> {
  const out: Record<string, Array<{ bank_content_id: number; distance: number }>> = {};
  for (const m of matches) (out[m.bankName] ??= []).push({ bank_content_id: m.bankContentId, distance: m.distance });
  return out;
}

function options(q: { ignore_negative_banks?: boolean | undefined; banks?: string | string[] | undefined }): LookupOptions {
  const banks = typeof q.banks === 'string' ? q.banks.split(',').map((b) => b.trim()).filter(Boolean) : q.banks;
  return { ignoreNegativeBanks: q.ignore_negative_banks ?? false, ...(banks ? { banks } : {}) };
}

function queriesOf(signals: Record<string, { value: string; quality?: number | null }>): LookupQuery[] {
  return Object.entries(signals).map(([signalType, h]) => ({ signalType, value: h.value, quality: h.quality ?? null }));
}

export function registerLookupRoutes(app: App, deps: { matcher: BankMatcher; hashing: HashingService }): void {
  const { matcher, hashing } = deps;

  app.get(
    '/m/lookup',
    {
      onRequest: authenticated('hashes:lookup'),
      schema: {
        tags: ['matching'],
        summary: 'Look up one signal (signal_type and signal), or the media at an allow-listed url, against the banks shared with the caller',
        description: 'With signal_type (and signal, or url) the answer is the bank map of that signal type, {"<BANK>": [{"bank_content_id", "distance"}]}, as in HMA; with url alone it is one bank map per signal type.',
        security: SECURED,
        querystring: z.object({
          signal_type: z.string().min(1).max(32).optional(),
          signal: z.string().min(1).max(1_000_000).optional(),
          url: z.string().min(1).max(4096).optional().describe('Hash the media at this URL (hosts in VIGIL_HASH_URL_ALLOWLIST only) and look up every signal'),
          types: z.string().max(200).optional().describe('With url: comma-separated signal types to compute (default pdq,vpdq,md5,sha256)'),
          quality: z.coerce.number().int().min(0).max(100).optional(),
          banks: banksFilter,
          ignore_negative_banks: ignoreNegative,
        }),
        response: { 200: z.union([bankMatches, bySignalType]), ...errors },
      },
    },
    async (request) => {
      const q = request.query;
      const ctx = contextOf(request);
      if (q.url !== undefined) {
        const types = q.types?.split(',').map((s) => s.trim()).filter(Boolean);
        const queries = queriesOf((await hashing.hashUrl(q.url, types?.length ? types : undefined)).signals);
        const results = await matcher.lookup(ctx, queries, options(q));
        const bySignal = Object.fromEntries(queries.map((query, i) => [query.signalType, group(results[i]!)]));
        return q.signal_type !== undefined ? (bySignal[q.signal_type] ?? {}) : bySignal;
      }
      if (q.signal_type === undefined || q.signal === undefined) throw new AppError('VALIDATION_FAILED', 'Give signal_type and signal, or url.');
      const value = hashing.validateSignal(q.signal_type, q.signal);
      const [matches] = await matcher.lookup(ctx, [{ signalType: q.signal_type, value, quality: q.quality ?? null }], options(q));
      return group(matches!);
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
        querystring: z.object({ banks: banksFilter, ignore_negative_banks: ignoreNegative }),
        response: { 200: bySignalType, ...errors },
      },
    },
    async (request) => {
      const upload = await singleUpload(request);
      const queries = queriesOf((await hashing.hashStream(upload.stream)).signals);
      const results = await matcher.lookup(contextOf(request), queries, options(request.query));
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
          banks: z.array(z.string().min(1).max(100)).max(100).optional().describe('Only these banks answer (negative banks still suppress)'),
          ignore_negative_banks: z.boolean().optional(),
        }),
        response: { 200: z.object({ results: z.array(z.object({ signal_type: z.string(), signal: z.string(), matches: bankMatches })) }), ...errors },
      },
    },
    async (request) => {
      const queries = request.body.queries.map((q) => ({ signalType: q.signal_type, value: hashing.validateSignal(q.signal_type, q.signal), quality: q.quality ?? null }));
      const results = await matcher.lookup(contextOf(request), queries, options(request.body));
      return { results: queries.map((q, i) => ({ signal_type: q.signalType, signal: q.value, matches: group(results[i]!) })) };
    },
  );
}
