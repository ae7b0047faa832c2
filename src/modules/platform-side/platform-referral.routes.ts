// The platform's liaison view of referrals and removal orders: GET /platform/referrals,
// GET /platform/referrals/{id}, POST /platform/referrals/{id}/responses. Presented without the
// referring organisation's notes, holds, people or other platforms' items: what the addressee
// needs to act (URL, platform, kind, Annex I fields, receipt, deadline, state) and the timeline
// from the sending on.
import { z } from 'zod';
import { authenticated, contextOf, SECURED } from '../../http/auth.ts';
import { errorResponseSchema, type App } from '../../http/types.ts';
import { REFERRAL_EVENTS, REFERRAL_STATES, RESPONSE_EVENTS, type ReferralEvent } from '../referrals/referral-states.ts';
import { RECIPIENT_KINDS, REFERRAL_KINDS, REJECT_REASONS, REMOVAL_ORDER_GROUND_CODES, type ReceivedReferral, type TimelineEntry } from '../referrals/referral.model.ts';
import { PLATFORM_CATEGORIES } from '../platforms/platform.model.ts';
import type { PlatformReferralService } from './platform-referral.service.ts';

const errors = { 400: errorResponseSchema, 401: errorResponseSchema, 403: errorResponseSchema, 404: errorResponseSchema, 409: errorResponseSchema };
const idParams = z.object({ id: z.coerce.number().int().positive() });

const receivedSchema = z.object({
  id: z.number().int(),
  url: z.string().describe("The content's canonical URL"),
  platformId: z.number().int().nullable().describe('The platform the content is on'),
  recipientKind: z.enum(RECIPIENT_KINDS).describe('Addressed to the platform, or to an infrastructure provider behind it (an escalation)'),
  infrastructureProviderId: z.number().int().nullable().describe('The addressed provider, for recipientKind infrastructure_provider'),
  kind: z.enum(REFERRAL_KINDS),
  state: z.enum(REFERRAL_STATES),
  removalOrder: z
    .object({
      issuingMemberState: z.string(),
      issuingAuthority: z.string(),
      referenceNumber: z.string(),
      reasons: z.array(z.enum(REMOVAL_ORDER_GROUND_CODES)),
      language: z.string(),
      addresseeContact: z.string(),
      additionalInformation: z.string().nullable(),
      issuedAt: z.string().nullable(),
    })
    .nullable()
    .describe('TCO Annex I, for removal orders'),
  receivedAt: z.string(),
  deadlineAt: z.string().nullable().describe('Removal orders: receipt + 1 hour + the time paused for clarification or force majeure'),
  remainingSeconds: z.number().int().nullable(),
  overdue: z.boolean(),
  paused: z.boolean().describe('The removal order clock is paused (clarification requested or force majeure)'),
  rejectReason: z.enum(REJECT_REASONS).nullable(),
});

const timelineSchema = z.object({
  event: z.enum(REFERRAL_EVENTS),
  fromState: z.enum(REFERRAL_STATES).nullable(),
  toState: z.enum(REFERRAL_STATES),
  by: z.enum(['referrer', 'recipient']).describe('Which side made the move; people are not named across organisations'),
  reason: z.string().nullable().describe("The recipient's own reasons and the referrer's answers to clarification"),
  at: z.string(),
});

// The recipient's answers, and the restoration it makes when it upholds a complaint.
const RECIPIENT_EVENTS: readonly string[] = [...RESPONSE_EVENTS, 'restore'];

export function presentReceived(r: ReceivedReferral): z.infer<typeof receivedSchema> {
  const o = r.removalOrder;
  return {
    id: r.id,
    url: r.url,
    platformId: r.platformId,
    recipientKind: r.recipientKind,
    infrastructureProviderId: r.infrastructureProviderId,
    kind: r.kind,
    state: r.state,
    removalOrder: o ? { ...o, issuedAt: r.approvedAt?.toISOString() ?? null } : null,
    receivedAt: r.receivedAt!.toISOString(),
    deadlineAt: r.deadline?.deadlineAt.toISOString() ?? null,
    remainingSeconds: r.deadline?.remainingSeconds ?? null,
    overdue: r.deadline?.overdue ?? false,
    paused: r.deadline?.paused ?? false,
    rejectReason: r.rejectReason,
  };
}

function presentEntry(e: TimelineEntry & { event: ReferralEvent }): z.infer<typeof timelineSchema> {
  const byRecipient = RECIPIENT_EVENTS.includes(e.event);
  // The referrer's reasons are internal, except its answer to the recipient's question.
  const reason = byRecipient || e.event === 'answer_clarification' ? e.reason : null;
  return { event: e.event, fromState: e.fromState, toState: e.toState, by: byRecipient ? 'recipient' : 'referrer', reason, at: e.at.toISOString() };
}

/** An operated platform as its own organisation sees it: not the registry's notes or cooperation status. */
const operatedPlatformSchema = z.object({ id: z.number().int(), name: z.string(), category: z.enum(PLATFORM_CATEGORIES), domains: z.array(z.string()) });

export function registerPlatformReferralRoutes(app: App, service: PlatformReferralService): void {
  app.get(
    '/platform/platforms',
    {
      onRequest: authenticated('organisation:read'),
      schema: {
        tags: ['platform'],
        summary: "The platforms the caller's organisation operates in Vigil, by name (empty for an authority or NGO): the ones its liaisons answer for and its transparency reports cover",
        security: SECURED,
        response: { 200: z.object({ platforms: z.array(operatedPlatformSchema) }), ...errors },
      },
    },
    async (request) => ({ platforms: (await service.operatedPlatforms(contextOf(request))).map((p) => ({ id: p.id, name: p.name, category: p.category, domains: p.domains })) }),
  );

  app.get(
    '/platform/referrals',
    {
      onRequest: authenticated('referrals:respond'),
      schema: {
        tags: ['platform'],
        summary: 'Referrals and removal orders sent to the platforms the organisation operates, newest first',
        security: SECURED,
        querystring: z.object({ state: z.enum(REFERRAL_STATES).optional(), before: z.coerce.number().int().positive().optional(), limit: z.coerce.number().int().min(1).max(500).default(100) }),
        response: { 200: z.object({ referrals: z.array(receivedSchema), nextBefore: z.number().int().nullable() }), ...errors },
      },
    },
    async (request) => {
      const q = request.query;
      const list = await service.list(contextOf(request), { state: q.state ?? null, beforeId: q.before ?? null, limit: q.limit });
      return { referrals: list.map(presentReceived), nextBefore: list.length === q.limit ? list[list.length - 1]!.id : null };
    },
  );

  app.get(
    '/platform/referrals/:id',
    { onRequest: authenticated('referrals:respond'), schema: { tags: ['platform'], summary: 'One referral sent to an operated platform, with its timeline from the sending on', security: SECURED, params: idParams, response: { 200: receivedSchema.extend({ timeline: z.array(timelineSchema) }), ...errors } } },
    async (request) => {
      const { referral, timeline } = await service.get(contextOf(request), request.params.id);
      return { ...presentReceived(referral), timeline: timeline.filter((e): e is TimelineEntry & { event: ReferralEvent } => e.event !== 'propose').map(presentEntry) };
    },
  );

  app.post(
    '/platform/referrals/:id/responses',
    {
      onRequest: authenticated('referrals:respond'),
      schema: {
        tags: ['platform'],
        summary: "Answer a referral: acknowledge, remove, geo-block, reject (with rejectReason), ask for clarification, or declare / end force majeure (see docs/platform-side.md)",
        security: SECURED,
        params: idParams,
        body: z.object({
          action: z.enum(RESPONSE_EVENTS),
          reason: z.string().trim().min(1).max(5000).optional(),
          rejectReason: z.enum(REJECT_REASONS).optional().describe('Required for reject, refused otherwise'),
        }),
        response: { 200: receivedSchema, ...errors },
      },
    },
    async (request) => {
      const b = request.body;
      return presentReceived(await service.respond(contextOf(request), request.params.id, { action: b.action, reason: b.reason ?? null, rejectReason: b.rejectReason ?? null }));
    },
  );
}
