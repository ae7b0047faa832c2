// A removal order's one-hour clock, live: the time left to `deadlineAt`, ticking every second,
// "overdue" in red once it has passed, frozen while the clock is paused (clarification requested
// or force majeure) and stopped once the recipient answered. The ticking text is a role="timer"
// (not announced); a separate polite live region speaks only when the clock's state changes
// (running → overdue, paused, answered), never every second.
import { useSyncExternalStore } from 'react';
import './countdown.css';

export type CountdownPhase = 'none' | 'running' | 'urgent' | 'overdue' | 'paused' | 'answered' | 'answered_late';

export interface CountdownProps {
  /** The deadline (ISO); null for referrals without one. */
  deadlineAt: string | null;
  /** The server's time left in seconds, used while paused or once answered (the clock does not run then). */
  remainingSeconds?: number | null;
  /** The clock is paused: clarification requested or force majeure. */
  paused?: boolean;
  /** The recipient answered (removed, geo-blocked, rejected …): the clock stopped. */
  answered?: boolean;
  /** The server's verdict that the hour ran out before the answer. */
  overdue?: boolean;
  /** One line, for lists and cards. */
  compact?: boolean;
  /** What the deadline is for, for screen readers ("Removal order REF-1"). */
  label?: string;
}

/** Below this many seconds a running clock is shown as urgent. */
export const URGENT_SECONDS = 10 * 60;

/** The clock's phase and the seconds to show, at `nowMs`. Pure, so lists can sort by it too. */
export function countdownPhase(p: Pick<CountdownProps, 'deadlineAt' | 'remainingSeconds' | 'paused' | 'answered' | 'overdue'>, nowMs: number): { phase: CountdownPhase; seconds: number } {
  if (!p.deadlineAt) return { phase: 'none', seconds: 0 };
  if (p.answered) return { phase: p.overdue ? 'answered_late' : 'answered', seconds: Math.max(0, p.remainingSeconds ?? 0) };
  if (p.paused) {
    if (p.overdue) return { phase: 'overdue', seconds: 0 };
    return { phase: 'paused', seconds: Math.max(0, p.remainingSeconds ?? Math.floor((Date.parse(p.deadlineAt) - nowMs) / 1000)) };
  }
  const seconds = Math.floor((Date.parse(p.deadlineAt) - nowMs) / 1000);
  if (seconds <= 0 || p.overdue) return { phase: 'overdue', seconds: Math.abs(Math.min(0, seconds)) };
  return { phase: seconds <= URGENT_SECONDS ? 'urgent' : 'running', seconds };
}

/** "59:07", "1:02:03". */
export function clockText(totalSeconds: number): string {
  const s = Math.max(0, Math.floor(totalSeconds));
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  const sec = s % 60;
  const mm = String(m).padStart(h > 0 ? 2 : 1, '0');
  return `${h > 0 ? `${h}:` : ''}${mm}:${String(sec).padStart(2, '0')}`;
}

// One ticker for every countdown on the page: a shared one-second interval while any is mounted.
const listeners = new Set<() => void>();
let timer: ReturnType<typeof setInterval> | null = null;
let nowSecond = Math.floor(Date.now() / 1000);

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  if (!timer) {
    nowSecond = Math.floor(Date.now() / 1000);
    timer = setInterval(() => {
      nowSecond = Math.floor(Date.now() / 1000);
      for (const l of listeners) l();
    }, 1000);
  }
  return () => {
    listeners.delete(listener);
    if (listeners.size === 0 && timer) {
      clearInterval(timer);
      timer = null;
    }
  };
}

/** The current time in whole seconds (ms precision is not needed), re-rendering every second. */
export function useNowSeconds(): number {
  return useSyncExternalStore(
    subscribe,
    () => nowSecond,
    () => nowSecond,
  );
}

const ANNOUNCEMENTS: Record<CountdownPhase, string> = {
  none: '',
  running: 'Deadline running.',
  urgent: 'Less than ten minutes left.',
  overdue: 'Deadline passed: overdue.',
  paused: 'Deadline paused.',
  answered: 'Answered in time.',
  answered_late: 'Answered after the deadline.',
};

export function Countdown({ deadlineAt, remainingSeconds = null, paused = false, answered = false, overdue = false, compact = false, label }: CountdownProps) {
  const now = useNowSeconds();
  const { phase, seconds } = countdownPhase({ deadlineAt, remainingSeconds, paused, answered, overdue }, now * 1000);
  if (phase === 'none') return <span className="countdown countdown--none">No deadline</span>;

  let text: string;
  let detail: string | null = null;
  switch (phase) {
    case 'running':
    case 'urgent':
      text = `${clockText(seconds)} left`;
      break;
    case 'overdue':
      text = paused ? 'Overdue' : `Overdue by ${clockText(seconds)}`;
      break;
    case 'paused':
      text = `Paused · ${clockText(seconds)} left`;
      detail = 'The clock resumes with this time when the pause ends.';
      break;
    case 'answered':
      text = compact ? 'Answered in time' : `Answered with ${clockText(seconds)} to spare`;
      break;
    case 'answered_late':
      text = 'Answered late';
      break;
  }
  const className = `countdown countdown--${phase === 'answered_late' ? 'overdue' : phase}${compact ? ' countdown--compact' : ''}`;
  return (
    <span className={className} data-testid="countdown" data-phase={phase}>
      <span role="timer" aria-label={label ? `${label}: ${text}` : text}>
        {phase === 'overdue' || phase === 'answered_late' ? <span aria-hidden="true">⚠ </span> : null}
        {text}
      </span>
      {!compact && detail && <span className="countdown__detail">{detail}</span>}
      {!compact && phase !== 'paused' && <span className="countdown__deadline">Deadline {formatUtc(deadlineAt)}</span>}
      <span className="visually-hidden" aria-live="polite">
        {ANNOUNCEMENTS[phase]}
      </span>
    </span>
  );
}

const time = new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium', timeStyle: 'medium', timeZone: 'UTC' });
function formatUtc(iso: string | null): string {
  return iso ? `${time.format(new Date(iso))} UTC` : '—';
}
