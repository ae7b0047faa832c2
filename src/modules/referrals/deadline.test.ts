import { describe, expect, it } from 'vitest';
import { ManualClock } from '../../core/clock/clock.ts';
import { clockPatch, deadlineStatus, type ClockFields } from './deadline.ts';
import type { ReferralEvent } from './referral-states.ts';

const MIN = 60_000;

/** Applies events to an order at the clock's time, as the services do. */
function order(clock: ManualClock) {
  let fields: ClockFields = { kind: 'removal_order', receivedAt: null, pausedAt: null, pausedTotalMs: 0, answeredAt: null };
  return {
    apply(event: ReferralEvent) {
      fields = { ...fields, ...clockPatch(event, fields, clock.now()) };
    },
    status: () => deadlineStatus(fields, clock.now())!,
  };
}

describe('the removal order clock', () => {
  it('gives one hour from receipt and is overdue after it', () => {
    const clock = new ManualClock('2026-03-01T10:00:00Z');
    const o = order(clock);
    o.apply('send');
    expect(o.status()).toEqual({ deadlineAt: new Date('2026-03-01T11:00:00Z'), remainingSeconds: 3600, overdue: false, paused: false });
    clock.advance(60 * MIN);
    expect(o.status()).toMatchObject({ remainingSeconds: 0, overdue: false });
    clock.advance(1_000);
    expect(o.status()).toMatchObject({ remainingSeconds: 0, overdue: true });
  });

  it('stops at the answer: removed in time stays in time, answered late stays overdue', () => {
    const clock = new ManualClock('2026-03-01T10:00:00Z');
    const inTime = order(clock);
    const late = order(clock);
    inTime.apply('send');
    late.apply('send');
    clock.advance(45 * MIN);
    inTime.apply('remove');
    clock.advance(30 * MIN);
    late.apply('reject');
    clock.advance(10 * 60 * MIN);
    expect(inTime.status()).toMatchObject({ remainingSeconds: 15 * 60, overdue: false });
    expect(late.status()).toMatchObject({ remainingSeconds: 0, overdue: true });
  });

  it.each([
    ['request_clarification', 'answer_clarification'],
    ['declare_force_majeure', 'end_force_majeure'],
  ] as const)('pauses on %s and resumes on %s with the time that was left', (pause, resume) => {
    const clock = new ManualClock('2026-03-01T10:00:00Z');
    const o = order(clock);
    o.apply('send');
    clock.advance(20 * MIN);
    o.apply(pause);
    clock.advance(180 * MIN);
    expect(o.status()).toMatchObject({ remainingSeconds: 40 * 60, overdue: false, paused: true });
    o.apply(resume);
    expect(o.status()).toMatchObject({ remainingSeconds: 40 * 60, paused: false, deadlineAt: new Date('2026-03-01T14:00:00Z') });
    clock.advance(41 * MIN);
    expect(o.status().overdue).toBe(true);
  });

  it('adds up several pauses and ignores a second pause while paused', () => {
    const clock = new ManualClock('2026-03-01T10:00:00Z');
    const o = order(clock);
    o.apply('send');
    o.apply('request_clarification');
    clock.advance(10 * MIN);
    o.apply('request_clarification');
    clock.advance(10 * MIN);
    o.apply('answer_clarification');
    o.apply('declare_force_majeure');
    clock.advance(30 * MIN);
    o.apply('end_force_majeure');
    expect(o.status()).toMatchObject({ remainingSeconds: 3600, deadlineAt: new Date('2026-03-01T11:50:00Z') });
  });

  it('has no clock for voluntary referrals or orders not yet sent', () => {
    const now = new Date('2026-03-01T10:00:00Z');
    expect(deadlineStatus({ kind: 'voluntary_referral', receivedAt: now, pausedAt: null, pausedTotalMs: 0, answeredAt: null }, now)).toBeNull();
    expect(deadlineStatus({ kind: 'removal_order', receivedAt: null, pausedAt: null, pausedTotalMs: 0, answeredAt: null }, now)).toBeNull();
  });
});
