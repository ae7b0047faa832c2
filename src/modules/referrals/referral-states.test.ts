import { describe, expect, it } from 'vitest';
import { DELIVERY_EVENTS, eventsFrom, isTerminal, nextState, REFERRAL_EVENTS, REFERRAL_STATES, REFERRAL_TRANSITIONS, type ReferralState } from './referral-states.ts';
import { renderReferralsDoc } from './referrals-doc.ts';

describe('the referral state table', () => {
  it('follows the lifecycle: proposed → approved → sent → acknowledged → answer → closed after a re-check', () => {
    const path: Array<[Parameters<typeof nextState>[1], ReferralState]> = [
      ['approve', 'approved'],
      ['send', 'sent'],
      ['acknowledge', 'acknowledged'],
      ['request_clarification', 'clarification_requested'],
      ['answer_clarification', 'acknowledged'],
      ['remove', 'removed'],
      ['recheck_confirmed', 'closed'],
    ];
    let state: ReferralState = 'proposed';
    for (const [event, expected] of path) {
      state = nextState(state, event)!;
      expect(state).toBe(expected);
    }
    expect(nextState('acknowledged', 'geo_block')).toBe('geo_blocked');
    expect(nextState('geo_blocked', 'recheck_confirmed')).toBe('closed');
    expect(nextState('acknowledged', 'reject')).toBe('rejected');
    expect(nextState('proposed', 'withdraw')).toBe('withdrawn');
    expect(nextState('approved', 'withdraw')).toBe('withdrawn');
  });

  it('refuses every move the table does not list', () => {
    expect(nextState('proposed', 'send')).toBeNull();
    expect(nextState('sent', 'withdraw')).toBeNull();
    expect(nextState('approved', 'approve')).toBeNull();
    expect(nextState('sent', 'remove')).toBeNull();
    // Removal is closed only by a confirming re-check, never directly; or undone by an upheld complaint.
    expect(eventsFrom('removed')).toEqual(['recheck_confirmed', 'restore']);
    expect(nextState('acknowledged', 'recheck_confirmed')).toBeNull();
    let allowed = 0;
    for (const s of REFERRAL_STATES) for (const e of REFERRAL_EVENTS) if (nextState(s, e)) allowed++;
    expect(allowed).toBe(REFERRAL_TRANSITIONS.reduce((n, t) => n + t.from.length, 0));
  });

  it('is deterministic, uses only known states, and reaches every state from proposed', () => {
    const seen = new Set<string>();
    for (const t of REFERRAL_TRANSITIONS) {
      for (const f of t.from) {
        expect(seen.has(`${f}/${t.event}`)).toBe(false);
        seen.add(`${f}/${t.event}`);
        expect(REFERRAL_STATES).toContain(f);
      }
      expect(REFERRAL_STATES).toContain(t.to);
    }
    const reached = new Set<ReferralState>(['proposed']);
    const queue: ReferralState[] = ['proposed'];
    for (let s = queue.shift(); s !== undefined; s = queue.shift()) {
      for (const e of eventsFrom(s)) {
        const to = nextState(s, e)!;
        if (!reached.has(to)) {
          reached.add(to);
          queue.push(to);
        }
      }
    }
    expect([...reached].sort()).toEqual([...REFERRAL_STATES].sort());
  });

  it('pauses for force majeure and returns to acting when it ends', () => {
    expect(nextState('sent', 'declare_force_majeure')).toBe('force_majeure');
    expect(nextState('acknowledged', 'declare_force_majeure')).toBe('force_majeure');
    expect(nextState('force_majeure', 'end_force_majeure')).toBe('acknowledged');
    expect(nextState('force_majeure', 'remove')).toBeNull();
    expect(nextState('removed', 'declare_force_majeure')).toBeNull();
  });

  it('ends in closed, withdrawn, rejected and restored only; an upheld complaint may still restore closed content', () => {
    expect(REFERRAL_STATES.filter(isTerminal).sort()).toEqual(['closed', 'rejected', 'restored', 'withdrawn']);
    expect(eventsFrom('closed')).toEqual(['restore']);
    expect(eventsFrom('restored')).toEqual([]);
  });

  it('restores removed or blocked content only, after the removal', () => {
    for (const s of ['removed', 'geo_blocked', 'closed'] as const) expect(nextState(s, 'restore')).toBe('restored');
    for (const s of ['sent', 'acknowledged', 'rejected', 'force_majeure', 'restored'] as const) expect(nextState(s, 'restore')).toBeNull();
  });

  it('keeps approve, withdraw and restore out of the delivery events', () => {
    expect(DELIVERY_EVENTS).not.toContain('approve');
    expect(DELIVERY_EVENTS).not.toContain('withdraw');
    expect(DELIVERY_EVENTS).not.toContain('restore');
    expect([...DELIVERY_EVENTS, 'approve', 'withdraw', 'restore'].sort()).toEqual([...REFERRAL_EVENTS].sort());
  });

  it('renders every transition into docs/referrals.md', () => {
    const doc = renderReferralsDoc();
    for (const t of REFERRAL_TRANSITIONS) expect(doc).toContain(`| \`${t.event}\` |`);
    expect(doc).toContain('removed --> closed: recheck_confirmed');
  });
});
