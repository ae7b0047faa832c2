// GET /platform/feed: the events of referrals addressed to the platforms the caller's organisation
// operates, after an opaque cursor. See docs/platform-side.md ("Polling the feed").
import { z } from 'zod';
import { authenticated, contextOf, SECURED } from '../../http/auth.ts';
import { errorResponseSchema, type App } from '../../http/types.ts';
import { REFERRAL_KINDS } from '../referrals/referral.model.ts';
import { REFERRAL_STATES } from '../referrals/referral-states.ts';
import { FEED_EVENTS, FEED_PAGE_DEFAULT, FEED_PAGE_MAX, type PlatformFeedService } from './feed.service.ts';

const errors = { 400: errorResponseSchema, 401: errorResponseSchema, 403: errorResponseSchema };
const EVENT_NAMES = Object.values(FEED_EVENTS) as [string, ...string[]];

const feedEventSchema = z.object({
  id: z.string().describe('"<platformId>:<sequence>", unique and stable: store it to ignore a repeat'),
  platformId: z.number().int(),
  sequence: z.number().int().describe("The event's place in its platform's feed: 1, 2, 3… without gaps"),
  event: z.enum(EVENT_NAMES),
  occurredAt: z.string(),
  referral: z.object({
    id: z.number().int().describe('Fetch the whole referral at GET /platform/referrals/{id}'),
    platformId: z.number().int(),
    kind: z.enum(REFERRAL_KINDS),
    state: z.enum(REFERRAL_STATES).describe('The state this move led to'),
    previousState: z.enum(REFERRAL_STATES).nullable(),
    referenceNumber: z.string().nullable().describe("A removal order's reference number"),
    receivedAt: z.string().nullable().describe('Receipt: when the referral was sent'),
    deadlineAt: z.string().nullable().describe("A removal order's deadline as of this move"),
    paused: z.boolean(),
  }),
  reason: z.string().nullable().describe("The platform's own reasons and the referrer's answers to clarification"),
});

export function registerFeedRoutes(app: App, service: PlatformFeedService): void {
  app.get(
    '/platform/feed',
    {
      onRequest: authenticated('referrals:respond'),
      schema: {
        tags: ['platform'],
        summary: 'Events of referrals sent to the platforms the organisation operates, after a cursor; poll again with the returned cursor',
        security: SECURED,
        querystring: z.object({
          cursor: z.string().max(8192).optional().describe('The cursor of the previous answer; none to start from the beginning'),
          limit: z.coerce.number().int().min(1).max(FEED_PAGE_MAX).default(FEED_PAGE_DEFAULT),
        }),
        response: {
          200: z.object({
            events: z.array(feedEventSchema),
            cursor: z.string().describe('Opaque; pass it as ?cursor= on the next poll, even when events is empty'),
            hasMore: z.boolean().describe('More events are waiting: poll again at once'),
          }),
          ...errors,
        },
      },
    },
    async (request) => service.poll(contextOf(request), { cursor: request.query.cursor ?? null, limit: request.query.limit }),
  );
}
