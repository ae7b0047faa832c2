// Referrals: propose, list, read with the timeline, approve (four-eyes), withdraw, and record
// delivery and the recipient's answers (for now by the referring organisation's supervisors).
import { z } from 'zod';
import { authenticated, contextOf, SECURED } from '../../http/auth.ts';
import { errorResponseSchema, type App } from '../../http/types.ts';
import { DELIVERY_EVENTS, REFERRAL_EVENTS, REFERRAL_STATES } from './referral-states.ts';
import { RECIPIENT_KINDS, REFERRAL_KINDS, REJECT_REASONS, REMOVAL_ORDER_GROUND_CODES, type ActorRef, type Referral, type TimelineEntry } from './referral.model.ts';
import type { ReferralService } from './referral.service.ts';

const errors = { 400: errorResponseSchema, 401: errorResponseSchema, 403: errorResponseSchema, 404: errorResponseSchema, 409: errorResponseSchema };
const idParams = z.object({ id: z.coerce.number().int().positive() });

export const removalOrderSchema = z.object({
  issuingMemberState: z.string().regex(/^[A-Za-z]{2}$/).describe('ISO 3166-1 alpha-2 code of the issuing Member State'),
  issuingAuthority: z.string().trim().min(1).max(500),
  referenceNumber: z.string().trim().min(1).max(200).describe('Unique within the organisation'),
  reasons: z.array(z.enum(REMOVAL_ORDER_GROUND_CODES)).min(1).max(5).describe('Art. 2(7) grounds; see docs/referrals.md'),
  language: z.string().min(2).max(16).describe('BCP 47 tag'),
  addresseeContact: z.string().trim().min(1).max(1000).describe("The hosting provider's contact point or legal representative"),
  additionalInformation: z.string().max(10_000).nullable().optional(),
});

const actorSchema = z.object({ type: z.enum(['member', 'api_key', 'system']), id: z.number().int().nullable(), label: z.string() });

export const referralSchema = z.object({
  id: z.number().int(),
  itemId: z.number().int(),
  operationId: z.number().int().nullable(),
  platformId: z.number().int().nullable(),
  recipientKind: z.enum(RECIPIENT_KINDS),
  infrastructureProviderId: z.number().int().nullable(),
  kind: z.enum(REFERRAL_KINDS),
  state: z.enum(REFERRAL_STATES),
  proposedBy: actorSchema,
  approvedBy: z.string().nullable(),
  approvedAt: z.string().nullable().describe('For a removal order: the time of issue'),
  removalOrder: removalOrderSchema.extend({ additionalInformation: z.string().nullable() }).nullable(),
  receivedAt: z.string().nullable(),
  deadlineAt: z.string().nullable().describe('A removal order: receipt + 1 hour + the time paused for clarification or force majeure'),
  remainingSeconds: z.number().int().nullable().describe('Time left on a removal order (as of its answer once answered); null without a deadline'),
  overdue: z.boolean().describe('The hour ran out before the recipient answered'),
  rejectReason: z.enum(REJECT_REASONS).nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
  closedAt: z.string().nullable(),
});

const timelineSchema = z.object({ event: z.enum(['propose', ...REFERRAL_EVENTS]), fromState: z.enum(REFERRAL_STATES).nullable(), toState: z.enum(REFERRAL_STATES), actor: actorSchema, reason: z.string().nullable(), at: z.string() });

const iso = (d: Date | null) => d?.toISOString() ?? null;
const actor = (a: ActorRef) => ({ type: a.type, id: a.id, label: a.label });

export function presentReferral(r: Referral): z.infer<typeof referralSchema> {
  return {
    id: r.id,
    itemId: r.itemId,
    operationId: r.operationId,
    platformId: r.platformId,
    recipientKind: r.recipientKind,
    infrastructureProviderId: r.infrastructureProviderId,
    kind: r.kind,
    state: r.state,
    proposedBy: actor(r.proposedBy),
    approvedBy: r.approvedBy,
    approvedAt: iso(r.approvedAt),
    removalOrder: r.removalOrder,
    receivedAt: iso(r.receivedAt),
    deadlineAt: iso(r.deadline?.deadlineAt ?? r.deadlineAt),
    remainingSeconds: r.deadline?.remainingSeconds ?? null,
    overdue: r.deadline?.overdue ?? false,
    rejectReason: r.rejectReason,
    createdAt: r.createdAt.toISOString(),
    updatedAt: r.updatedAt.toISOString(),
    closedAt: iso(r.closedAt),
  };
}

const presentEntry = (e: TimelineEntry): z.infer<typeof timelineSchema> => ({ event: e.event, fromState: e.fromState, toState: e.toState, actor: actor(e.actor), reason: e.reason, at: e.at.toISOString() });

const reasonBody = z.object({ reason: z.string().trim().min(1).max(5000).optional() });

export function registerReferralRoutes(app: App, referrals: ReferralService): void {
  app.get(
    '/referrals',
    {
      onRequest: authenticated('referrals:read'),
      schema: {
        tags: ['referrals'],
        summary: "The organisation's referrals, newest first",
        security: SECURED,
        querystring: z.object({ state: z.enum(REFERRAL_STATES).optional(), itemId: z.coerce.number().int().positive().optional(), operationId: z.coerce.number().int().positive().optional(), before: z.coerce.number().int().positive().optional(), limit: z.coerce.number().int().min(1).max(500).default(100) }),
        response: { 200: z.object({ referrals: z.array(referralSchema), nextBefore: z.number().int().nullable() }), ...errors },
      },
    },
    async (request) => {
      const q = request.query;
      const list = await referrals.list(contextOf(request), { state: q.state ?? null, itemId: q.itemId ?? null, operationId: q.operationId ?? null, beforeId: q.before ?? null, limit: q.limit });
      return { referrals: list.map(presentReferral), nextBefore: list.length === q.limit ? list[list.length - 1]!.id : null };
    },
  );

  app.post(
    '/referrals',
    {
      onRequest: authenticated('referrals:propose'),
      schema: {
        tags: ['referrals'],
        summary: "Propose a referral of an own item (to the item's platform unless another recipient is given); ITEM_HELD when another organisation holds it",
        security: SECURED,
        body: z.object({
          itemId: z.number().int().positive(),
          kind: z.enum(REFERRAL_KINDS).default('voluntary_referral'),
          platformId: z.number().int().positive().optional(),
          recipientKind: z.enum(RECIPIENT_KINDS).default('platform'),
          infrastructureProviderId: z.number().int().positive().optional(),
          removalOrder: removalOrderSchema.optional().describe('Annex I fields; required for kind removal_order'),
        }),
        response: { 201: referralSchema, ...errors },
      },
    },
    async (request, reply) => {
      const b = request.body;
      const referral = await referrals.propose(contextOf(request), {
        itemId: b.itemId,
        kind: b.kind,
        recipientKind: b.recipientKind,
        ...(b.platformId ? { platformId: b.platformId } : {}),
        ...(b.infrastructureProviderId ? { infrastructureProviderId: b.infrastructureProviderId } : {}),
        ...(b.removalOrder ? { removalOrder: { ...b.removalOrder, additionalInformation: b.removalOrder.additionalInformation ?? null } } : {}),
      });
      return reply.status(201).send(presentReferral(referral));
    },
  );

  app.get(
    '/referrals/:id',
    { onRequest: authenticated('referrals:read'), schema: { tags: ['referrals'], summary: 'One referral with its timeline', security: SECURED, params: idParams, response: { 200: referralSchema.extend({ timeline: z.array(timelineSchema) }), ...errors } } },
    async (request) => {
      const { referral, timeline } = await referrals.get(contextOf(request), request.params.id);
      return { ...presentReferral(referral), timeline: timeline.map(presentEntry) };
    },
  );

  app.post(
    '/referrals/:id/approve',
    {
      onRequest: authenticated('referrals:approve'),
      schema: { tags: ['referrals'], summary: 'Approve a referral someone else proposed (four-eyes); issues a removal order (competent authorities only)', security: SECURED, params: idParams, body: reasonBody.nullish(), response: { 200: referralSchema, ...errors } },
    },
    async (request) => presentReferral(await referrals.approve(contextOf(request), request.params.id, request.body?.reason ?? null)),
  );

  app.post(
    '/referrals/:id/withdraw',
    {
      onRequest: authenticated('referrals:read'),
      schema: { tags: ['referrals'], summary: 'Withdraw a proposed or approved referral (needs referrals:propose or referrals:approve)', security: SECURED, params: idParams, body: reasonBody.nullish(), response: { 200: referralSchema, ...errors } },
    },
    async (request) => presentReferral(await referrals.withdraw(contextOf(request), request.params.id, request.body?.reason ?? null)),
  );

  app.post(
    '/referrals/:id/events',
    {
      onRequest: authenticated('referrals:approve'),
      schema: {
        tags: ['referrals'],
        summary: "Record delivery, the recipient's answer or a re-check (see docs/referrals.md); sending starts a removal order's one-hour deadline",
        security: SECURED,
        params: idParams,
        body: z.object({ event: z.enum(DELIVERY_EVENTS), reason: z.string().trim().min(1).max(5000).optional() }),
        response: { 200: referralSchema, ...errors },
      },
    },
    async (request) => presentReferral(await referrals.transition(contextOf(request), request.params.id, request.body.event, request.body.reason ?? null)),
  );
}
