// Re-checks of referred URLs, for the referring organisation: the checks of a referral with its
// flags and next check (GET /referrals/{id}/checks), a check at once (POST /referrals/{id}/checks),
// and the organisation's flagged referrals (GET /referrals/flagged).
import { z } from 'zod';
import { authenticated, contextOf, SECURED } from '../../http/auth.ts';
import { errorResponseSchema, type App } from '../../http/types.ts';
import { REFERRAL_STATES } from '../referrals/referral-states.ts';
import { FLAG_KINDS, SCHEDULE_PHASES, VERDICTS } from './recheck-rules.ts';
import { CHECK_TRIGGERS, type FlaggedReferral, type ReferralCheck, type ReferralFlag, type StoredSchedule } from './recheck.model.ts';
import type { RecheckService } from './recheck.service.ts';

const tags = ['referrals'];
const errors = { 400: errorResponseSchema, 401: errorResponseSchema, 403: errorResponseSchema, 404: errorResponseSchema, 409: errorResponseSchema };
const idParams = z.object({ id: z.coerce.number().int().positive() });
const iso = (d: Date | null) => d?.toISOString() ?? null;

const checkSchema = z.object({
  id: z.number().int(),
  referralId: z.number().int(),
  trigger: z.enum(CHECK_TRIGGERS),
  referralState: z.enum(REFERRAL_STATES).describe("The referral's state when the check was recorded"),
  url: z.string(),
  finalUrl: z.string().describe('The last URL asked for, after redirects'),
  httpStatus: z.number().int().nullable().describe('The last answer\'s status; null without an answer'),
  hops: z.array(z.object({ url: z.string(), address: z.string().nullable(), status: z.number().int().nullable() })).describe('Every request made, the URL first, then each redirect followed'),
  bytesRead: z.number().int(),
  truncated: z.boolean().describe('The body was longer than VIGIL_RECHECK_MAX_BYTES and was cut off'),
  bodySha256: z.string().nullable().describe('SHA-256 of the bytes read; the body itself is not kept'),
  durationMs: z.number().int(),
  verdict: z.enum(VERDICTS),
  reason: z.string(),
  errorCode: z.string().nullable().describe('See docs/rechecks.md'),
  errorDetail: z.string().nullable(),
  requestedBy: z.string(),
  checkedAt: z.string(),
});

const flagSchema = z.object({
  id: z.number().int(),
  referralId: z.number().int(),
  kind: z.enum(FLAG_KINDS).describe('still_live: the recipient said removed or geo-blocked but the URL still serves content; came_back: closed, then live again'),
  checkId: z.number().int(),
  raisedAt: z.string(),
  resolvedAt: z.string().nullable(),
  resolvedByCheckId: z.number().int().nullable(),
});

const scheduleSchema = z.object({ phase: z.enum(SCHEDULE_PHASES), phaseSince: z.string(), nextCheckAt: z.string().nullable(), checks: z.number().int(), lastCheckedAt: z.string().nullable() });

const presentCheck = (c: ReferralCheck): z.infer<typeof checkSchema> => ({
  id: c.id,
  referralId: c.referralId,
  trigger: c.trigger,
  referralState: c.referralState,
  url: c.url,
  finalUrl: c.finalUrl,
  httpStatus: c.httpStatus,
  hops: c.hops.map((h) => ({ url: h.url, address: h.address, status: h.status })),
  bytesRead: c.bytesRead,
  truncated: c.truncated,
  bodySha256: c.bodySha256,
  durationMs: c.durationMs,
  verdict: c.verdict,
  reason: c.reason,
  errorCode: c.errorCode,
  errorDetail: c.errorDetail,
  requestedBy: c.requestedBy,
  checkedAt: c.checkedAt.toISOString(),
});

const presentFlag = (f: ReferralFlag): z.infer<typeof flagSchema> => ({ id: f.id, referralId: f.referralId, kind: f.kind, checkId: f.checkId, raisedAt: f.raisedAt.toISOString(), resolvedAt: iso(f.resolvedAt), resolvedByCheckId: f.resolvedByCheckId });

const presentSchedule = (s: StoredSchedule | null): z.infer<typeof scheduleSchema> | null =>
  s && { phase: s.phase, phaseSince: s.phaseSince.toISOString(), nextCheckAt: iso(s.nextCheckAt), checks: s.checks, lastCheckedAt: iso(s.lastCheckedAt) };

const presentFlagged = (f: FlaggedReferral) => ({ ...presentFlag(f), itemId: f.itemId, platformId: f.platformId, url: f.url, referralState: f.referralState });

export function registerRecheckRoutes(app: App, rechecks: RecheckService): void {
  app.get(
    '/referrals/:id/checks',
    {
      onRequest: authenticated('referrals:read'),
      schema: {
        tags,
        summary: "A referral's re-checks, newest first, with its flags and next scheduled check",
        security: SECURED,
        params: idParams,
        querystring: z.object({ before: z.coerce.number().int().positive().optional(), limit: z.coerce.number().int().min(1).max(500).default(100) }),
        response: { 200: z.object({ checks: z.array(checkSchema), nextBefore: z.number().int().nullable(), flags: z.array(flagSchema), schedule: scheduleSchema.nullable() }), ...errors },
      },
    },
    async (request) => {
      const { checks, flags, schedule } = await rechecks.listChecks(contextOf(request), request.params.id, { beforeId: request.query.before ?? null, limit: request.query.limit });
      return { checks: checks.map(presentCheck), nextBefore: checks.length === request.query.limit ? checks[checks.length - 1]!.id : null, flags: flags.map(presentFlag), schedule: presentSchedule(schedule) };
    },
  );

  app.post(
    '/referrals/:id/checks',
    {
      onRequest: authenticated('referrals:read'),
      schema: {
        tags,
        summary: 'Re-check the referred URL now (needs referrals:propose or referrals:approve); may close the referral or flag it, like a scheduled check',
        security: SECURED,
        params: idParams,
        response: { 201: z.object({ check: checkSchema, referralState: z.enum(REFERRAL_STATES), flags: z.array(flagSchema) }), ...errors },
      },
    },
    async (request, reply) => {
      const { check, state, flags } = await rechecks.checkNow(contextOf(request), request.params.id);
      return reply.status(201).send({ check: presentCheck(check), referralState: state, flags: flags.map(presentFlag) });
    },
  );

  app.get(
    '/referrals/flagged',
    {
      onRequest: authenticated('referrals:read'),
      schema: {
        tags,
        summary: "The organisation's referrals flagged by re-checks (still live after a removal claim, or back after closing), newest flag first",
        security: SECURED,
        querystring: z.object({
          kind: z.enum(FLAG_KINDS).optional(),
          includeResolved: z.stringbool().default(false).describe('Also flags a later check resolved'),
          before: z.coerce.number().int().positive().optional(),
          limit: z.coerce.number().int().min(1).max(500).default(100),
        }),
        response: { 200: z.object({ flags: z.array(flagSchema.extend({ itemId: z.number().int(), platformId: z.number().int().nullable(), url: z.string(), referralState: z.enum(REFERRAL_STATES) })), nextBefore: z.number().int().nullable() }), ...errors },
      },
    },
    async (request) => {
      const q = request.query;
      const list = await rechecks.listFlagged(contextOf(request), { includeResolved: q.includeResolved, kind: q.kind ?? null, beforeId: q.before ?? null, limit: q.limit });
      return { flags: list.map(presentFlagged), nextBefore: list.length === q.limit ? list[list.length - 1]!.id : null };
    },
  );
}
