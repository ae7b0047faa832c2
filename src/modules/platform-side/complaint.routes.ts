// Complaints about removals (TCO Art. 10): the platform's liaisons record them against a referral,
// decide them (upheld restores the content) and list them, overdue ones included; the referring
// organisation reads the complaints about its referral.
import { z } from 'zod';
import { authenticated, contextOf, SECURED } from '../../http/auth.ts';
import { errorResponseSchema, type App } from '../../http/types.ts';
import type { ComplaintService, ComplaintView } from './complaint.service.ts';

const errors = { 400: errorResponseSchema, 401: errorResponseSchema, 403: errorResponseSchema, 404: errorResponseSchema, 409: errorResponseSchema };
const idParams = z.object({ id: z.coerce.number().int().positive() });

const decisionFields = {
  id: z.number().int(),
  referralId: z.number().int(),
  platformId: z.number().int(),
  referenceNumber: z.string().nullable().describe("The removal order's reference number"),
  receivedAt: z.string(),
  deadlineAt: z.string().describe('Two weeks after receipt'),
  overdue: z.boolean().describe('Not decided and past the deadline'),
  outcome: z.enum(['upheld', 'dismissed']).nullable().describe('upheld: the content was restored'),
  decisionReason: z.string().nullable(),
  decidedAt: z.string().nullable(),
  decidedLate: z.boolean().describe('Decided after the deadline'),
};
const complaintSchema = z.object({
  ...decisionFields,
  complainantReference: z.string().nullable(),
  grounds: z.string().nullable(),
  recordedBy: z.string(),
  decidedBy: z.string().nullable(),
});
/** The referring organisation's view: the decision, without the complainant or the platform's people. */
const referrerComplaintSchema = z.object(decisionFields);

function presentDecision(c: ComplaintView): z.infer<typeof referrerComplaintSchema> {
  return {
    id: c.id,
    referralId: c.referralId,
    platformId: c.platformId,
    referenceNumber: c.referenceNumber,
    receivedAt: c.receivedAt.toISOString(),
    deadlineAt: c.deadlineAt.toISOString(),
    overdue: c.overdue,
    outcome: c.outcome,
    decisionReason: c.decisionReason,
    decidedAt: c.decidedAt?.toISOString() ?? null,
    decidedLate: c.decidedLate,
  };
}

export function presentComplaint(c: ComplaintView): z.infer<typeof complaintSchema> {
  return { ...presentDecision(c), complainantReference: c.complainantReference, grounds: c.grounds, recordedBy: c.recordedByLabel, decidedBy: c.decidedByLabel };
}

export function registerComplaintRoutes(app: App, complaints: ComplaintService): void {
  app.post(
    '/platform/referrals/:id/complaints',
    {
      onRequest: authenticated('referrals:respond'),
      schema: {
        tags: ['platform'],
        summary: "Record a content provider's complaint about the removal (TCO Art. 10); the decision is due in two weeks",
        security: SECURED,
        params: idParams,
        body: z.object({
          receivedAt: z.iso.datetime({ offset: true }).optional().describe('When the platform received it; defaults to now'),
          complainantReference: z.string().trim().min(1).max(200).optional().describe("The platform's own reference; not shown to the referring organisation"),
          grounds: z.string().trim().min(1).max(10_000).optional().describe("The complainant's grounds; not shown to the referring organisation"),
        }),
        response: { 201: complaintSchema, ...errors },
      },
    },
    async (request, reply) => {
      const b = request.body;
      const created = await complaints.create(contextOf(request), request.params.id, { receivedAt: b.receivedAt ? new Date(b.receivedAt) : null, complainantReference: b.complainantReference ?? null, grounds: b.grounds ?? null });
      return reply.status(201).send(presentComplaint(created));
    },
  );

  app.post(
    '/platform/complaints/:id/decision',
    {
      onRequest: authenticated('referrals:respond'),
      schema: {
        tags: ['platform'],
        summary: 'Decide a complaint: upheld restores the content (the referral moves to restored), dismissed keeps the removal',
        security: SECURED,
        params: idParams,
        body: z.object({ outcome: z.enum(['upheld', 'dismissed']), reason: z.string().trim().min(1).max(5000) }),
        response: { 200: complaintSchema, ...errors },
      },
    },
    async (request) => presentComplaint(await complaints.decide(contextOf(request), request.params.id, request.body)),
  );

  app.get(
    '/platform/complaints',
    {
      onRequest: authenticated('referrals:respond'),
      schema: {
        tags: ['platform'],
        summary: 'Complaints about removals from the platforms the organisation operates, newest first',
        security: SECURED,
        querystring: z.object({
          status: z.enum(['open', 'decided']).optional(),
          overdue: z.enum(['true', 'false']).optional().describe('true: only undecided complaints past their two weeks'),
          referralId: z.coerce.number().int().positive().optional(),
          platformId: z.coerce.number().int().positive().optional(),
          before: z.coerce.number().int().positive().optional(),
          limit: z.coerce.number().int().min(1).max(500).default(100),
        }),
        response: { 200: z.object({ complaints: z.array(complaintSchema), overdue: z.number().int().describe('How many listed are overdue'), nextBefore: z.number().int().nullable() }), ...errors },
      },
    },
    async (request) => {
      const q = request.query;
      const list = await complaints.list(contextOf(request), { status: q.status ?? null, overdue: q.overdue === 'true', referralId: q.referralId ?? null, platformId: q.platformId ?? null, beforeId: q.before ?? null, limit: q.limit });
      const presented = list.map(presentComplaint);
      return { complaints: presented, overdue: presented.filter((c) => c.overdue).length, nextBefore: list.length === q.limit ? list[list.length - 1]!.id : null };
    },
  );

  app.get(
    '/referrals/:id/complaints',
    { onRequest: authenticated('referrals:read'), schema: { tags: ['referrals'], summary: 'Complaints about the removal of the referred content, and their outcomes', security: SECURED, params: idParams, response: { 200: z.object({ complaints: z.array(referrerComplaintSchema) }), ...errors } } },
    async (request) => ({ complaints: (await complaints.listForReferral(contextOf(request), request.params.id)).map(presentDecision) }),
  );
}
