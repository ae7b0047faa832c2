// Escalations: a referral to a hostile or unresponsive platform (or one left unanswered) followed
// by a referral of the same item to an infrastructure provider behind the platform, and the
// evidence bundle that goes with it.
import type { ProviderKind } from '../platforms/platform.model.ts';
import type { ReferralState } from '../referrals/referral-states.ts';
import type { RecipientKind, ReferralKind, RejectReason } from '../referrals/referral.model.ts';

/** Why a referral may be escalated: the platform's cooperation status, or no answer in time. */
export const ESCALATION_GROUNDS = ['hostile', 'unresponsive', 'unanswered'] as const;
export type EscalationGrounds = (typeof ESCALATION_GROUNDS)[number];

export interface Escalation {
  /** The new referral, to the provider. */
  referralId: number;
  /** The referral to the platform it escalates. */
  originalReferralId: number;
  providerId: number;
  grounds: EscalationGrounds;
  /** Written for the provider: it is part of the evidence bundle. */
  reason: string | null;
  createdBy: string;
  createdAt: Date;
  /** The state of the referral to the provider. */
  state: ReferralState;
}

/** One of the referring organisation's referrals to the platform, as the bundle shows it. */
export interface HistoryEntry {
  referralId: number;
  kind: ReferralKind;
  state: ReferralState;
  createdAt: Date;
  sentAt: Date | null;
  answeredAt: Date | null;
  rejectReason: RejectReason | null;
  closedAt: Date | null;
  /** A removal order whose hour ran out before it was answered. */
  overdue: boolean;
}

export interface HistorySummary {
  referrals: number;
  sent: number;
  answered: number;
  /** Sent, not answered, not closed. */
  unanswered: number;
  removed: number;
  rejected: number;
  overdue: number;
}

/**
 * What an infrastructure provider needs to act on content its customer will not remove: the
 * content (URL, captured text and page text, media hashes and signals, capture time), the platform
 * and the referring organisation's referral history with it. Nothing internal: no notes, holds,
 * assessments or people.
 */
export interface EvidenceBundle {
  format: 'vigil.evidence/1';
  generatedAt: Date;
  referral: {
    id: number;
    kind: ReferralKind;
    state: ReferralState;
    recipientKind: RecipientKind;
    platformId: number | null;
    infrastructureProviderId: number | null;
    createdAt: Date;
    sentAt: Date | null;
    escalation: { originalReferralId: number; grounds: EscalationGrounds; reason: string | null; createdAt: Date } | null;
  };
  content: {
    url: string;
    submittedUrl: string;
    capturedAt: Date | null;
    submittedAt: Date;
    text: string | null;
    pageText: string | null;
    media: { sha256: string; byteSize: number; contentType: string; format: string | null }[];
    signals: { signalType: string; value: string; quality: number | null }[];
  };
  platform: { id: number; name: string; domains: string[]; cooperationStatus: string; contactPoint: string | null; contactEmail: string | null } | null;
  infrastructure: { providerId: number; name: string; kind: ProviderKind; role: ProviderKind; contactEmail: string | null; abuseUrl: string | null }[];
  platformHistory: { summary: HistorySummary; referrals: HistoryEntry[] };
  /** The escalated referral's timeline (moves and times only). */
  originalTimeline: { event: string; toState: ReferralState; at: Date }[];
}
