// How referrals read in the UI: state badges and the words for states, events, kinds, reject
// reasons and the TCO Art. 2(7) grounds, the same on the agency's pages and the platform portal.
import type { paths } from '../api/client';

export type Referral = paths['/referrals/{id}']['get']['responses'][200]['content']['application/json'];
export type ReferralState = Referral['state'];
export type ReferralKind = Referral['kind'];
export type ReferralEvent = Referral['timeline'][number]['event'];
export type RejectReason = NonNullable<Referral['rejectReason']>;
export type RemovalOrderGround = NonNullable<Referral['removalOrder']>['reasons'][number];

export const STATE_LABELS: Record<ReferralState, string> = {
  proposed: 'Proposed',
  approved: 'Approved',
  sent: 'Sent',
  acknowledged: 'Acknowledged',
  removed: 'Removed',
  geo_blocked: 'Geo-blocked',
  rejected: 'Rejected',
  clarification_requested: 'Clarification requested',
  force_majeure: 'Force majeure',
  closed: 'Closed',
  withdrawn: 'Withdrawn',
  restored: 'Restored',
};

export const REFERRAL_STATES = Object.keys(STATE_LABELS) as ReferralState[];

const STATE_TONES: Record<ReferralState, 'ok' | 'warning' | 'danger' | 'muted'> = {
  proposed: 'muted',
  approved: 'muted',
  sent: 'warning',
  acknowledged: 'warning',
  removed: 'ok',
  geo_blocked: 'ok',
  rejected: 'danger',
  clarification_requested: 'warning',
  force_majeure: 'warning',
  closed: 'ok',
  withdrawn: 'muted',
  restored: 'danger',
};

export function StateBadge({ state }: { state: ReferralState }) {
  return (
    <span className={`badge badge--${STATE_TONES[state]}`} data-state={state}>
      {STATE_LABELS[state]}
    </span>
  );
}

export const EVENT_LABELS: Record<ReferralEvent, string> = {
  propose: 'Proposed',
  approve: 'Approved',
  withdraw: 'Withdrawn',
  send: 'Sent',
  acknowledge: 'Acknowledged',
  remove: 'Removed',
  geo_block: 'Geo-blocked',
  reject: 'Rejected',
  request_clarification: 'Clarification requested',
  answer_clarification: 'Clarification answered',
  recheck_confirmed: 'Re-check confirmed removal',
  declare_force_majeure: 'Force majeure declared',
  end_force_majeure: 'Force majeure ended',
  restore: 'Restored after a complaint',
};

/** Moves the recipient makes (the platform or provider), as opposed to the referring organisation. */
export const RECIPIENT_EVENTS: readonly ReferralEvent[] = ['acknowledge', 'remove', 'geo_block', 'reject', 'request_clarification', 'declare_force_majeure', 'end_force_majeure', 'restore'];

export const KIND_LABELS: Record<ReferralKind, string> = {
  voluntary_referral: 'Voluntary referral',
  removal_order: 'Removal order',
};

export const REJECT_REASON_LABELS: Record<RejectReason, string> = {
  not_terrorist_content: 'Not terrorist content',
  not_hosted_here: 'Not hosted here',
  technical_impossibility: 'Technically impossible',
  insufficient_information: 'Insufficient information',
  other: 'Other (explain)',
};

/** TCO Art. 2(7) grounds, as Annex I section B words them. */
export const GROUND_LABELS: Record<RemovalOrderGround, string> = {
  incitement: '(a) incites the commission of a terrorist offence, directly or indirectly (for example by glorifying terrorist acts)',
  solicitation_to_commit: '(b) solicits a person or a group to commit or contribute to a terrorist offence',
  solicitation_to_participate: '(c) solicits a person or a group to participate in the activities of a terrorist group',
  instruction: '(d) provides instruction on making or using explosives, firearms, other weapons or noxious or hazardous substances, or other methods, for a terrorist offence',
  threat: '(e) constitutes a threat to commit a terrorist offence',
};

/** A removal order's Art. 2(7) grounds, one a line. */
export function GroundList({ grounds }: { grounds: readonly RemovalOrderGround[] }) {
  return (
    <ul className="rf-plain-list">
      {grounds.map((g) => (
        <li key={g}>{GROUND_LABELS[g]}</li>
      ))}
    </ul>
  );
}

/** States in which the recipient has answered and a removal order's clock has stopped. */
export const ANSWERED_STATES: readonly ReferralState[] = ['removed', 'geo_blocked', 'rejected', 'closed', 'restored'];
/** States in which a removal order's clock is paused. */
export const PAUSED_STATES: readonly ReferralState[] = ['clarification_requested', 'force_majeure'];
/** States after which nothing more happens (but a complaint's restoration). */
export const FINAL_STATES: readonly ReferralState[] = ['rejected', 'closed', 'withdrawn', 'restored'];
