// What a referral is: one item sent by one organisation to a platform or an infrastructure
// provider, as a voluntary referral or a TCO removal order (with the Annex I fields), its state,
// and the timeline of its moves.
import type { DeadlineStatus } from './deadline.ts';
import type { ReferralEvent, ReferralState } from './referral-states.ts';

export const REFERRAL_KINDS = ['voluntary_referral', 'removal_order'] as const;
export type ReferralKind = (typeof REFERRAL_KINDS)[number];

/** Why a recipient declines to act (the Art. 7(3) report's "orders not actioned and why"). */
export const REJECT_REASONS = ['not_terrorist_content', 'not_hosted_here', 'technical_impossibility', 'insufficient_information', 'other'] as const;
export type RejectReason = (typeof REJECT_REASONS)[number];

export const RECIPIENT_KINDS = ['platform', 'infrastructure_provider'] as const;
export type RecipientKind = (typeof RECIPIENT_KINDS)[number];

/** What a recipient organisation speaks for: the platforms and the infrastructure providers it operates. */
export interface Recipients {
  platformIds: number[];
  providerIds: number[];
}

/** The Art. 2(7) TCO grounds, as the tick boxes of Annex I section B. */
export const REMOVAL_ORDER_GROUNDS = {
  incitement: '(a) incites the commission of a terrorist offence, directly or indirectly (for example by glorifying terrorist acts)',
  solicitation_to_commit: '(b) solicits a person or a group to commit or contribute to a terrorist offence',
  solicitation_to_participate: '(c) solicits a person or a group to participate in the activities of a terrorist group',
  instruction: '(d) provides instruction on making or using explosives, firearms, other weapons or noxious or hazardous substances, or other methods, for a terrorist offence',
  threat: '(e) constitutes a threat to commit a terrorist offence',
} as const;
export type RemovalOrderGround = keyof typeof REMOVAL_ORDER_GROUNDS;
export const REMOVAL_ORDER_GROUND_CODES = Object.keys(REMOVAL_ORDER_GROUNDS) as [RemovalOrderGround, ...RemovalOrderGround[]];

/** TCO Annex I fields of a removal order. */
export interface RemovalOrderFields {
  issuingMemberState: string;
  issuingAuthority: string;
  referenceNumber: string;
  reasons: RemovalOrderGround[];
  language: string;
  addresseeContact: string;
  additionalInformation: string | null;
}

export interface ActorRef {
  type: 'member' | 'api_key' | 'system';
  id: number | null;
  label: string;
}

export interface Referral {
  id: number;
  organisationId: number;
  itemId: number;
  operationId: number | null;
  platformId: number | null;
  recipientKind: RecipientKind;
  infrastructureProviderId: number | null;
  kind: ReferralKind;
  state: ReferralState;
  proposedBy: ActorRef;
  approvedBy: string | null;
  approvedByMemberId: number | null;
  approvedAt: Date | null;
  removalOrder: RemovalOrderFields | null;
  receivedAt: Date | null;
  deadlineAt: Date | null;
  /** The removal order clock's stored fields; see deadline.ts. */
  pausedAt: Date | null;
  pausedTotalMs: number;
  answeredAt: Date | null;
  rejectReason: RejectReason | null;
  /** The clock at the time of reading, added by the services; null without a running clock. */
  deadline?: DeadlineStatus | null;
  createdAt: Date;
  updatedAt: Date;
  closedAt: Date | null;
}

/** A referral as its recipient reads it: with the item's canonical URL, which the recipient cannot read as an item. */
export type ReceivedReferral = Referral & { url: string };

export interface TimelineEntry {
  event: ReferralEvent | 'propose';
  fromState: ReferralState | null;
  toState: ReferralState;
  actor: ActorRef;
  reason: string | null;
  at: Date;
}
