// Escalations over HTTP: escalate a referral to an infrastructure provider, list a referral's
// escalations, and the evidence bundle (for the referring organisation, and for the liaisons of a
// provider that operates in Vigil).
import { z } from 'zod';
import { authenticated, contextOf, SECURED } from '../../http/auth.ts';
import { errorResponseSchema, type App } from '../../http/types.ts';
import { PROVIDER_KINDS } from '../platforms/platform.model.ts';
import { REFERRAL_STATES } from '../referrals/referral-states.ts';
import { RECIPIENT_KINDS, REFERRAL_KINDS, REJECT_REASONS } from '../referrals/referral.model.ts';
import { presentReferral, referralSchema, removalOrderSchema } from '../referrals/referral.routes.ts';
import { ESCALATION_GROUNDS, type Escalation, type EvidenceBundle } from './escalation.model.ts';
import type { EscalationService } from './escalation.service.ts';

const errors = { 400: errorResponseSchema, 401: errorResponseSchema, 403: errorResponseSchema, 404: errorResponseSchema, 409: errorResponseSchema };
const idParams = z.object({ id: z.coerce.number().int().positive() });
const iso = (d: Date | null) => d?.toISOString() ?? null;

const escalationSchema = z.object({
  referralId: z.number().int().describe('The referral to the provider'),
  originalReferralId: z.number().int().describe('The referral to the platform it escalates'),
  providerId: z.number().int(),
  grounds: z.enum(ESCALATION_GROUNDS),
  reason: z.string().nullable().describe('Written for the provider: part of the evidence bundle'),
  createdBy: z.string(),
  createdAt: z.string(),
  state: z.enum(REFERRAL_STATES).describe('The state of the referral to the provider'),
});

const presentEscalation = (e: Escalation): z.infer<typeof escalationSchema> => ({ ...e, createdAt: e.createdAt.toISOString() });

const evidenceSchema = z.object({
  format: z.literal('vigil.evidence/1'),
  generatedAt: z.string(),
  referral: z.object({
    id: z.number().int(),
    kind: z.enum(REFERRAL_KINDS),
    state: z.enum(REFERRAL_STATES),
    recipientKind: z.enum(RECIPIENT_KINDS),
    platformId: z.number().int().nullable(),
    infrastructureProviderId: z.number().int().nullable(),
    createdAt: z.string(),
    sentAt: z.string().nullable(),
    escalation: z.object({ originalReferralId: z.number().int(), grounds: z.enum(ESCALATION_GROUNDS), reason: z.string().nullable(), createdAt: z.string() }).nullable(),
  }),
  content: z.object({
    url: z.string(),
    submittedUrl: z.string(),
    capturedAt: z.string().nullable(),
    submittedAt: z.string(),
    text: z.string().nullable().describe("The item's own text"),
    pageText: z.string().nullable().describe('The text of the page at capture'),
    media: z.array(z.object({ sha256: z.string(), byteSize: z.number().int(), contentType: z.string(), format: z.string().nullable() })),
    signals: z.array(z.object({ signalType: z.string(), value: z.string(), quality: z.number().int().nullable() })),
  }),
  platform: z.object({ id: z.number().int(), name: z.string(), domains: z.array(z.string()), cooperationStatus: z.string(), contactPoint: z.string().nullable(), contactEmail: z.string().nullable() }).nullable(),
  infrastructure: z.array(z.object({ providerId: z.number().int(), name: z.string(), kind: z.enum(PROVIDER_KINDS), role: z.enum(PROVIDER_KINDS), contactEmail: z.string().nullable(), abuseUrl: z.string().nullable() })),
  platformHistory: z.object({
    summary: z.object({ referrals: z.number().int(), sent: z.number().int(), answered: z.number().int(), unanswered: z.number().int(), removed: z.number().int(), rejected: z.number().int(), overdue: z.number().int() }),
    referrals: z.array(
      z.object({
        referralId: z.number().int(),
        kind: z.enum(REFERRAL_KINDS),
        state: z.enum(REFERRAL_STATES),
        createdAt: z.string(),
        sentAt: z.string().nullable(),
        answeredAt: z.string().nullable(),
        rejectReason: z.enum(REJECT_REASONS).nullable(),
        closedAt: z.string().nullable(),
        overdue: z.boolean(),
      }),
    ),
  }).describe("The referring organisation's referrals to the platform (newest 100) and their totals"),
  originalTimeline: z.array(z.object({ event: z.string(), toState: z.enum(REFERRAL_STATES), at: z.string() })).describe('For an escalation: the moves of the referral to the platform, from its sending on'),
});

function presentEvidence(b: EvidenceBundle): z.infer<typeof evidenceSchema> {
  return {
    ...b,
    generatedAt: b.generatedAt.toISOString(),
    referral: { ...b.referral, createdAt: b.referral.createdAt.toISOString(), sentAt: iso(b.referral.sentAt), escalation: b.referral.escalation ? { ...b.referral.escalation, createdAt: b.referral.escalation.createdAt.toISOString() } : null },
    content: { ...b.content, capturedAt: iso(b.content.capturedAt), submittedAt: b.content.submittedAt.toISOString() },
    platformHistory: {
      summary: b.platformHistory.summary,
      referrals: b.platformHistory.referrals.map((h) => ({ ...h, createdAt: h.createdAt.toISOString(), sentAt: iso(h.sentAt), answeredAt: iso(h.answeredAt), closedAt: iso(h.closedAt) })),
    },
    originalTimeline: b.originalTimeline.map((e) => ({ ...e, at: e.at.toISOString() })),
  };
}

export function registerEscalationRoutes(app: App, escalations: EscalationService): void {
  app.post(
    '/referrals/:id/escalations',
    {
      onRequest: authenticated('referrals:propose'),
      schema: {
        tags: ['referrals'],
        summary: "Escalate a referral to one of the platform's infrastructure providers: allowed when the platform is hostile or unresponsive, or the referral went unanswered (see docs/emerging-platforms.md); proposes a new referral linked to this one",
        security: SECURED,
        params: idParams,
        body: z.object({
          providerId: z.number().int().positive(),
          kind: z.enum(REFERRAL_KINDS).default('voluntary_referral'),
          removalOrder: removalOrderSchema.optional().describe('Annex I fields; required for kind removal_order'),
          reason: z.string().trim().min(1).max(5000).optional().describe('Written for the provider: part of the evidence bundle'),
        }),
        response: { 201: z.object({ referral: referralSchema, escalation: escalationSchema }), ...errors },
      },
    },
    async (request, reply) => {
      const b = request.body;
      const r = await escalations.escalate(contextOf(request), request.params.id, {
        providerId: b.providerId,
        kind: b.kind,
        ...(b.removalOrder ? { removalOrder: { ...b.removalOrder, additionalInformation: b.removalOrder.additionalInformation ?? null } } : {}),
        ...(b.reason ? { reason: b.reason } : {}),
      });
      return reply.status(201).send({ referral: presentReferral(r.referral), escalation: presentEscalation(r.escalation) });
    },
  );

  app.get(
    '/referrals/:id/escalations',
    {
      onRequest: authenticated('referrals:read'),
      schema: {
        tags: ['referrals'],
        summary: 'The escalation a referral came from, and the escalations made from it',
        security: SECURED,
        params: idParams,
        response: { 200: z.object({ escalatedFrom: escalationSchema.nullable(), escalations: z.array(escalationSchema) }), ...errors },
      },
    },
    async (request) => {
      const r = await escalations.escalations(contextOf(request), request.params.id);
      return { escalatedFrom: r.escalatedFrom ? presentEscalation(r.escalatedFrom) : null, escalations: r.escalations.map(presentEscalation) };
    },
  );

  app.get(
    '/referrals/:id/evidence',
    {
      onRequest: authenticated('referrals:read'),
      schema: { tags: ['referrals'], summary: "The evidence bundle of a referral: the content, its hashes and signals, the platform, its infrastructure and the organisation's referral history with it", security: SECURED, params: idParams, response: { 200: evidenceSchema, ...errors } },
    },
    async (request) => presentEvidence(await escalations.evidence(contextOf(request), request.params.id)),
  );

  app.get(
    '/platform/referrals/:id/evidence',
    {
      onRequest: authenticated('referrals:respond'),
      schema: { tags: ['platform'], summary: 'The evidence bundle of a referral addressed to an infrastructure provider the organisation operates', security: SECURED, params: idParams, response: { 200: evidenceSchema, ...errors } },
    },
    async (request) => presentEvidence(await escalations.evidenceForRecipient(contextOf(request), request.params.id)),
  );
}
