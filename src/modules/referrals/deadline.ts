// The one-hour clock of a TCO removal order (Art. 3(3)): it runs from receipt, pauses while the
// recipient has asked for clarification or declared force majeure (Art. 3(7), 3(8)) and resumes
// with the time that was left, and stops when the recipient answers (removes, geo-blocks or
// rejects). Pure: the caller passes the time, so every rule is testable with a manual clock.
// Stored: receipt, the running pause's start, the total of finished pauses, and the answer time;
// everything else (deadline, remaining time, overdue) is computed on read.
import type { ReferralEvent } from './referral-states.ts';

export const REMOVAL_ORDER_DEADLINE_MS = 3_600_000;

const PAUSING_EVENTS: readonly ReferralEvent[] = ['request_clarification', 'declare_force_majeure'];
const RESUMING_EVENTS: readonly ReferralEvent[] = ['answer_clarification', 'end_force_majeure'];
const ANSWERING_EVENTS: readonly ReferralEvent[] = ['remove', 'geo_block', 'reject'];

export interface ClockFields {
  kind: 'voluntary_referral' | 'removal_order';
  receivedAt: Date | null;
  pausedAt: Date | null;
  pausedTotalMs: number;
  answeredAt: Date | null;
}

export interface DeadlineStatus {
  deadlineAt: Date;
  /** Time left when the recipient answered, or now; 0 once overdue. */
  remainingSeconds: number;
  /** The hour ran out before an answer (an order answered late stays overdue). */
  overdue: boolean;
  paused: boolean;
}

/** The clock of a sent removal order at `now`; null for voluntary referrals and unsent orders. */
export function deadlineStatus(r: ClockFields, now: Date): DeadlineStatus | null {
  if (r.kind !== 'removal_order' || !r.receivedAt) return null;
  // An answer stops the clock: what counts is the time left at the answer.
  const end = (r.answeredAt ?? now).getTime();
  const runningPause = r.pausedAt ? Math.max(0, end - r.pausedAt.getTime()) : 0;
  const deadline = r.receivedAt.getTime() + REMOVAL_ORDER_DEADLINE_MS + r.pausedTotalMs + runningPause;
  const remainingMs = deadline - end;
  return { deadlineAt: new Date(deadline), remainingSeconds: Math.max(0, Math.ceil(remainingMs / 1000)), overdue: remainingMs < 0, paused: r.pausedAt !== null && r.answeredAt === null };
}

export interface ClockPatch {
  receivedAt?: Date;
  /** The stored deadline: receipt + 1 hour + finished pauses (the running pause is added on read). */
  deadlineAt?: Date | null;
  pausedAt?: Date | null;
  pausedTotalMs?: number;
  answeredAt?: Date;
}

/** What an event does to the stored clock fields. */
export function clockPatch(event: ReferralEvent, before: ClockFields, now: Date): ClockPatch {
  if (event === 'send') {
    return { receivedAt: now, pausedAt: null, pausedTotalMs: 0, deadlineAt: before.kind === 'removal_order' ? new Date(now.getTime() + REMOVAL_ORDER_DEADLINE_MS) : null };
  }
  if (ANSWERING_EVENTS.includes(event)) return before.answeredAt ? {} : { answeredAt: now };
  if (before.kind !== 'removal_order' || !before.receivedAt) return {};
  if (PAUSING_EVENTS.includes(event)) return before.pausedAt ? {} : { pausedAt: now };
  if (RESUMING_EVENTS.includes(event) && before.pausedAt) {
    const pausedTotalMs = before.pausedTotalMs + Math.max(0, now.getTime() - before.pausedAt.getTime());
    return { pausedAt: null, pausedTotalMs, deadlineAt: new Date(before.receivedAt.getTime() + REMOVAL_ORDER_DEADLINE_MS + pausedTotalMs) };
  }
  return {};
}
