// The one place that decides how a referral reaches its platform. Every move of a referral
// addressed to a platform, from its sending on, goes to the platform's feed (GET /platform/feed),
// whatever the channel: polling is always possible, and a push receiver can catch up from it. On
// sending, the platform registry's delivery_channel then chooses the push:
//   portal       nothing more: the referral is in the liaison view (GET /platform/referrals)
//   api_polling  nothing more: the platform reads the feed
//   webhook      signed webhooks to the operating organisation's endpoints (webhooks module)
//   email        an e-mail to the platform's contact_email (email-delivery.service.ts)
// Referrals to an infrastructure provider reach no platform channel: the platform is bypassed on
// purpose (it is hostile or unresponsive) and must not be told. All of it runs in the transaction of
// the move, so a committed referral always has its feed event and its deliveries.
import type { Queryable } from '../../core/db/index.ts';
import type { DeliveryChannel } from '../platforms/platform.model.ts';
import type { Referral } from '../referrals/referral.model.ts';
import type { WebhookService } from '../webhooks/webhook.service.ts';
import type { EmailDeliveryService } from './email-delivery.service.ts';
import type { PlatformFeedService, ReferralMove } from './feed.service.ts';
import type { ReferralDeliveryRepository } from './referral-delivery.repository.ts';

/** What sending does besides the portal and the feed, per channel. */
export const CHANNEL_PUSH: Readonly<Record<DeliveryChannel, 'webhook' | 'email' | null>> = {
  portal: null,
  api_polling: null,
  webhook: 'webhook',
  email: 'email',
};

type Deps = {
  repository: ReferralDeliveryRepository;
  feed: Pick<PlatformFeedService, 'record'>;
  webhooks: Pick<WebhookService, 'referralSent'>;
  email: Pick<EmailDeliveryService, 'referralSent'>;
};

export class ReferralDelivery {
  constructor(private readonly deps: Deps) {}

  /** Called in the transaction of every referral move (ReferralService's onMoved hook). */
  async referralMoved(tx: Queryable, referral: Referral, move: ReferralMove): Promise<void> {
    await this.deps.feed.record(tx, referral, move);
    if (move.event === 'send') await this.#push(tx, referral);
  }

  async #push(tx: Queryable, referral: Referral): Promise<void> {
    if (referral.recipientKind !== 'platform' || referral.platformId === null) return;
    const channel = await this.deps.repository.channelOf(tx, referral.platformId);
    const push = channel ? CHANNEL_PUSH[channel] : null;
    if (push === 'webhook') await this.deps.webhooks.referralSent(tx, referral);
    else if (push === 'email') await this.deps.email.referralSent(tx, referral);
  }
}
