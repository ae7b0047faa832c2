// What a re-check records: the check (the evidence of one look at a referred URL), the flags it
// raises on a referral, and the referral's schedule of checks.
import type { ReferralState } from '../referrals/referral-states.ts';
import type { FetchHop } from './fetcher.ts';
import type { CheckErrorCode, FlagKind, Schedule, Verdict } from './recheck-rules.ts';

export const CHECK_TRIGGERS = ['scheduled', 'manual'] as const;
export type CheckTrigger = (typeof CHECK_TRIGGERS)[number];

export interface ReferralCheck {
  id: number;
  referralId: number;
  organisationId: number;
  trigger: CheckTrigger;
  /** The referral's state when the check was recorded (before any move it caused). */
  referralState: ReferralState;
  url: string;
  finalUrl: string;
  httpStatus: number | null;
  hops: FetchHop[];
  bytesRead: number;
  truncated: boolean;
  /** SHA-256 of the bytes read: evidence of what was served, without keeping it. */
  bodySha256: string | null;
  durationMs: number;
  verdict: Verdict;
  reason: string;
  errorCode: CheckErrorCode | null;
  errorDetail: string | null;
  requestedBy: string;
  checkedAt: Date;
}

export interface ReferralFlag {
  id: number;
  referralId: number;
  kind: FlagKind;
  checkId: number;
  raisedAt: Date;
  resolvedAt: Date | null;
  resolvedByCheckId: number | null;
}

/** A flag with what the referring organisation needs to act on it. */
export interface FlaggedReferral extends ReferralFlag {
  itemId: number;
  platformId: number | null;
  url: string;
  referralState: ReferralState;
}

export interface StoredSchedule extends Schedule {
  referralId: number;
  checks: number;
  lastCheckedAt: Date | null;
  lastVerdict: Verdict | null;
}

/** A referral as a check needs it: whose, where it is, and the URL to look at. */
export interface CheckTarget {
  referralId: number;
  organisationId: number;
  itemId: number;
  platformId: number | null;
  state: ReferralState;
  url: string;
}
