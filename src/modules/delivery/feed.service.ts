// The platform feed: every move of a referral addressed to a platform, from its sending on, as an
// event a platform organisation's liaisons or API keys read with GET /platform/feed and a cursor.
// Written in the transaction of the move (an outbox), whatever the platform's delivery channel, so a
// platform can poll instead of, or besides, its portal, webhooks or e-mail, and can catch up after
// missing a push. Events carry what the addressee may know: never the referring organisation's
// item, notes, holds, people or internal reasons. Reading the feed does not change the receipt time:
// the removal order hour runs from sending (see docs/platform-side.md).
import { requirePermission, type RequestContext } from '../../core/auth/principal.ts';
import type { Clock } from '../../core/clock/clock.ts';
import type { Database, Queryable } from '../../core/db/index.ts';
import type { PlatformService } from '../platforms/platform.service.ts';
import { RESPONSE_EVENTS, type ReferralEvent, type ReferralState } from '../referrals/referral-states.ts';
import type { Referral, ReferralKind } from '../referrals/referral.model.ts';
import { decodeFeedCursor, encodeFeedCursor } from './feed-cursor.ts';
import type { FeedEvent, FeedRepository } from './feed.repository.ts';

/** The moves that reach the feed, by name; approve, withdraw and propose happen before sending and never do. */
export const FEED_EVENTS: Readonly<Partial<Record<ReferralEvent, string>>> = {
  send: 'referral.sent',
  acknowledge: 'referral.acknowledged',
  remove: 'referral.removed',
  geo_block: 'referral.geo_blocked',
  reject: 'referral.rejected',
  request_clarification: 'referral.clarification_requested',
  answer_clarification: 'referral.clarification_answered',
  declare_force_majeure: 'referral.force_majeure_declared',
  end_force_majeure: 'referral.force_majeure_ended',
  recheck_confirmed: 'referral.recheck_confirmed',
  restore: 'referral.restored',
};

export const FEED_PAGE_DEFAULT = 100;
export const FEED_PAGE_MAX = 500;

export interface ReferralMove {
  event: ReferralEvent;
  fromState: ReferralState | null;
  toState: ReferralState;
  reason: string | null;
}

/** What a feed event says; stored as its payload and served as is. */
export interface FeedPayload {
  event: string;
  occurredAt: string;
  referral: {
    id: number;
    platformId: number;
    kind: ReferralKind;
    state: ReferralState;
    previousState: ReferralState | null;
    referenceNumber: string | null;
    receivedAt: string | null;
    deadlineAt: string | null;
    paused: boolean;
  };
  /** The platform's own reasons and the referrer's answers to clarification; null otherwise. */
  reason: string | null;
}

export interface FeedPage {
  events: Array<FeedPayload & { id: string; platformId: number; sequence: number }>;
  cursor: string;
  hasMore: boolean;
}

type Deps = {
  db: Database;
  repository: FeedRepository;
  platforms: Pick<PlatformService, 'listOperatedByOwnOrganisation'>;
  clock: Clock;
};

const REASON_SHOWN: readonly string[] = [...RESPONSE_EVENTS, 'answer_clarification'];

export class PlatformFeedService {
  constructor(private readonly deps: Deps) {}

  /** Called in the transaction of a referral's move; records it if the platform may see it. */
  async record(tx: Queryable, referral: Referral, move: ReferralMove): Promise<void> {
    const name = FEED_EVENTS[move.event];
    if (!name || referral.recipientKind !== 'platform' || referral.platformId === null || referral.receivedAt === null) return;
    const now = this.deps.clock.now();
    const payload: FeedPayload = {
      event: name,
      occurredAt: now.toISOString(),
      referral: {
        id: referral.id,
        platformId: referral.platformId,
        kind: referral.kind,
        state: referral.state,
        previousState: move.fromState,
        referenceNumber: referral.removalOrder?.referenceNumber ?? null,
        receivedAt: referral.receivedAt.toISOString(),
        deadlineAt: (referral.deadline?.deadlineAt ?? referral.deadlineAt)?.toISOString() ?? null,
        paused: referral.deadline?.paused ?? false,
      },
      reason: REASON_SHOWN.includes(move.event) ? move.reason : null,
    };
    await this.deps.repository.append(tx, { platformId: referral.platformId, referralId: referral.id, event: name, payload, occurredAt: now });
  }

  /**
   * The next events of the platforms the caller's organisation operates, after the cursor's
   * position. The answer's cursor continues where this page ended; polling with it never skips or
   * repeats an event, even when events commit out of order across platforms.
   */
  async poll(ctx: RequestContext, input: { cursor?: string | null; limit?: number } = {}): Promise<FeedPage> {
    requirePermission(ctx.actor, 'referrals:respond');
    const position = decodeFeedCursor(input.cursor);
    const limit = Math.max(1, Math.min(input.limit ?? FEED_PAGE_DEFAULT, FEED_PAGE_MAX));
    const platformIds = (await this.deps.platforms.listOperatedByOwnOrganisation(ctx)).map((p) => p.id);
    const found = await this.deps.repository.after(this.deps.db, platformIds.map((platformId) => ({ platformId, after: position.get(platformId) ?? 0 })), limit + 1);
    const served: FeedEvent[] = [];
    const next = new Map(position);
    const stopped = new Set<number>();
    for (const e of found) {
      if (served.length === limit) break;
      // Defensive: serve each platform's events only as an unbroken run after its position.
      if (stopped.has(e.platformId) || e.seq !== (next.get(e.platformId) ?? 0) + 1) {
        stopped.add(e.platformId);
        continue;
      }
      served.push(e);
      next.set(e.platformId, e.seq);
    }
    return {
      events: served.map((e) => ({ id: `${e.platformId}:${e.seq}`, platformId: e.platformId, sequence: e.seq, ...(e.payload as FeedPayload) })),
      cursor: encodeFeedCursor(next),
      hasMore: found.length > served.length,
    };
  }
}
