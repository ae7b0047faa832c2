// The referral state machine, as one table: which event moves a referral from which states to
// which state. Services ask `nextState` and never encode a transition of their own, so the rules
// live here, are tested here, and docs/referrals.md is rendered from here. Pure: no I/O.

export const REFERRAL_STATES = ['proposed', 'approved', 'sent', 'acknowledged', 'removed', 'geo_blocked', 'rejected', 'clarification_requested', 'force_majeure', 'closed', 'withdrawn', 'restored'] as const;
export type ReferralState = (typeof REFERRAL_STATES)[number];

export const REFERRAL_EVENTS = ['approve', 'withdraw', 'send', 'acknowledge', 'remove', 'geo_block', 'reject', 'request_clarification', 'answer_clarification', 'recheck_confirmed', 'declare_force_majeure', 'end_force_majeure', 'restore'] as const;
export type ReferralEvent = (typeof REFERRAL_EVENTS)[number];

/** Events that report delivery, the recipient's answer, or a re-check; approve and withdraw have their own rules. */
export const DELIVERY_EVENTS = ['send', 'acknowledge', 'remove', 'geo_block', 'reject', 'request_clarification', 'answer_clarification', 'recheck_confirmed', 'declare_force_majeure', 'end_force_majeure'] as const satisfies readonly ReferralEvent[];
export type DeliveryEvent = (typeof DELIVERY_EVENTS)[number];

/** The recipient's answers, made by the platform's liaisons (POST /platform/referrals/{id}/responses). */
export const RESPONSE_EVENTS = ['acknowledge', 'remove', 'geo_block', 'reject', 'request_clarification', 'declare_force_majeure', 'end_force_majeure'] as const satisfies readonly ReferralEvent[];
export type ResponseEvent = (typeof RESPONSE_EVENTS)[number];

export const STATE_MEANINGS: Readonly<Record<ReferralState, string>> = {
  proposed: 'An analyst proposed it; nothing has left the organisation.',
  approved: 'A supervisor other than the proposer approved it (a removal order is issued now); ready to send.',
  sent: 'Delivered to the platform or infrastructure provider; a removal order\'s one-hour deadline runs from receipt.',
  acknowledged: 'The recipient confirmed it received the referral and is acting on it.',
  removed: 'The recipient reports the content removed; waiting for a re-check to confirm it.',
  geo_blocked: 'The recipient reports access disabled in the Union; waiting for a re-check to confirm it.',
  rejected: 'The recipient declined to act, with a reason.',
  clarification_requested: 'The recipient asked for clarification before acting; a removal order\'s clock is paused.',
  force_majeure: 'The recipient declared force majeure or de facto impossibility (TCO Art. 3(7)); a removal order\'s clock is paused.',
  closed: 'A re-check confirmed the content is offline (or blocked).',
  withdrawn: 'The referring organisation withdrew it before it was sent.',
  restored: 'The recipient upheld a complaint about the removal (TCO Art. 10) and put the content back.',
};

export interface ReferralTransition {
  event: ReferralEvent;
  from: readonly ReferralState[];
  to: ReferralState;
  meaning: string;
}

export const REFERRAL_TRANSITIONS: readonly ReferralTransition[] = [
  { event: 'approve', from: ['proposed'], to: 'approved', meaning: 'Four-eyes approval by a supervisor who did not propose it; removal orders only by competent authorities.' },
  { event: 'withdraw', from: ['proposed', 'approved'], to: 'withdrawn', meaning: 'The referring organisation takes it back before it is sent.' },
  { event: 'send', from: ['approved'], to: 'sent', meaning: 'Delivered; the receipt time is recorded and starts a removal order\'s deadline.' },
  { event: 'acknowledge', from: ['sent'], to: 'acknowledged', meaning: 'The recipient acknowledges receipt.' },
  { event: 'remove', from: ['acknowledged'], to: 'removed', meaning: 'The recipient removed the content.' },
  { event: 'geo_block', from: ['acknowledged'], to: 'geo_blocked', meaning: 'The recipient disabled access in the Union.' },
  { event: 'reject', from: ['acknowledged'], to: 'rejected', meaning: 'The recipient will not act; the reason is recorded.' },
  { event: 'request_clarification', from: ['acknowledged'], to: 'clarification_requested', meaning: 'The recipient needs more information.' },
  { event: 'answer_clarification', from: ['clarification_requested'], to: 'acknowledged', meaning: 'The referring organisation answered; the recipient acts again.' },
  { event: 'declare_force_majeure', from: ['sent', 'acknowledged'], to: 'force_majeure', meaning: 'The recipient cannot act for reasons outside its control; the deadline pauses.' },
  { event: 'end_force_majeure', from: ['force_majeure'], to: 'acknowledged', meaning: 'The recipient can act again; the deadline resumes with the time that was left.' },
  { event: 'recheck_confirmed', from: ['removed', 'geo_blocked'], to: 'closed', meaning: 'A re-check of the URL confirmed the content is gone.' },
  { event: 'restore', from: ['removed', 'geo_blocked', 'closed'], to: 'restored', meaning: 'The recipient upheld a complaint and restored the content; only through the decision of a complaint (POST /platform/complaints/{id}/decision).' },
];

/** The state `event` leads to from `from`, or null when the table has no such move. */
export function nextState(from: ReferralState, event: ReferralEvent): ReferralState | null {
  return REFERRAL_TRANSITIONS.find((t) => t.event === event && t.from.includes(from))?.to ?? null;
}

/** The events the table allows from a state. */
export function eventsFrom(state: ReferralState): ReferralEvent[] {
  return REFERRAL_TRANSITIONS.filter((t) => t.from.includes(state)).map((t) => t.event);
}

/** Events that may still follow the end of a referral: an upheld complaint restores content after the case was closed. */
export const AFTER_END_EVENTS: readonly ReferralEvent[] = ['restore'];

/** A state that only AFTER_END_EVENTS leave: the referral is over (a new one of the item may be proposed). */
export function isTerminal(state: ReferralState): boolean {
  return eventsFrom(state).every((e) => AFTER_END_EVENTS.includes(e));
}
