// The rules of re-checks, pure and in one place: what an answer means (the verdict), what a verdict
// means for a referral in its state (close it, raise or resolve a flag), and when the next check
// is due. No I/O; recheck.service.ts applies them. docs/rechecks.md describes the same rules.
import type { ReferralState } from '../referrals/referral-states.ts';
import type { FetchErrorCode, FetchOutcome } from './fetcher.ts';

export const VERDICTS = ['gone', 'blocked', 'live', 'unreachable', 'error'] as const;
/**
 * gone: 404 or 410, a removal page (a configured marker in a 200 answer), or a redirect from the
 * content to a site's front page. blocked: 401, 403 or 451 (access refused, e.g. geo-blocked).
 * live: any other 2xx. unreachable: no answer (DNS, connection, TLS, time limit). error: any other
 * answer (5xx, 429, other 4xx, a redirect that could not be followed) or a refused target.
 */
export type Verdict = (typeof VERDICTS)[number];

/** A check's error code: why the fetch failed, or HTTP_STATUS for an answer that means nothing here. */
export type CheckErrorCode = FetchErrorCode | 'HTTP_STATUS';

export const FLAG_KINDS = ['still_live', 'came_back'] as const;
/** still_live: the recipient said removed or geo-blocked, but the URL still serves content. came_back: closed, then live again. */
export type FlagKind = (typeof FLAG_KINDS)[number];

/** States whose claim a check confirms. */
export const AWAITING_CONFIRMATION: readonly ReferralState[] = ['removed', 'geo_blocked'];
/** States a referral is never checked in: its URL was not referred (not sent yet, or withdrawn). */
const NOT_REFERRED: readonly ReferralState[] = ['proposed', 'approved', 'withdrawn'];
export const isCheckable = (state: ReferralState): boolean => !NOT_REFERRED.includes(state);

const NETWORK_FAILURES: ReadonlySet<FetchErrorCode> = new Set(['DNS_FAILED', 'CONNECT_TIMEOUT', 'CONNECTION_FAILED', 'TLS_FAILED', 'TIMEOUT', 'PROTOCOL_ERROR', 'ABORTED']);

export interface Judgement {
  verdict: Verdict;
  errorCode: CheckErrorCode | null;
  /** Why, in a few words, for the check record. */
  reason: string;
}

/** What a fetch's outcome says about the content. */
export function judge(o: Pick<FetchOutcome, 'url' | 'finalUrl' | 'status' | 'hops' | 'body' | 'errorCode'>, removalMarkers: readonly string[] = []): Judgement {
  const { status, errorCode } = o;
  if (status === null) {
    const code = errorCode ?? 'CONNECTION_FAILED';
    return { verdict: NETWORK_FAILURES.has(code) ? 'unreachable' : 'error', errorCode: code, reason: 'no answer' };
  }
  // A final answer is judged by its status even if its body could not be read to the end.
  if (status === 404 || status === 410) return { verdict: 'gone', errorCode, reason: `HTTP ${status}` };
  if (status === 401 || status === 403 || status === 451) return { verdict: 'blocked', errorCode, reason: `HTTP ${status}` };
  if (status >= 200 && status <= 299) {
    const marker = markerIn(o.body, removalMarkers);
    if (marker !== null) return { verdict: 'gone', errorCode, reason: `HTTP ${status} with the removal marker "${marker}"` };
    if (o.hops.length > 1 && isFrontPage(o.finalUrl) && !isFrontPage(o.url)) return { verdict: 'gone', errorCode, reason: `redirected to the front page ${o.finalUrl}` };
    return { verdict: 'live', errorCode, reason: `HTTP ${status}` };
  }
  return { verdict: 'error', errorCode: errorCode ?? 'HTTP_STATUS', reason: `HTTP ${status}` };
}

function markerIn(body: Buffer, markers: readonly string[]): string | null {
  if (markers.length === 0 || body.length === 0) return null;
  const text = body.toString('utf8').toLowerCase();
  return markers.find((m) => m.length > 0 && text.includes(m.toLowerCase())) ?? null;
}

function isFrontPage(raw: string): boolean {
  try {
    const url = new URL(raw);
    return (url.pathname === '/' || url.pathname === '') && url.search === '';
  } catch {
    return false;
  }
}

export interface Decision {
  /** Apply recheck_confirmed: removed | geo_blocked → closed. */
  confirm: boolean;
  raise: FlagKind | null;
  resolve: FlagKind | null;
}

/** What a verdict means for a referral in `state` (its state when the check is recorded). */
export function decide(state: ReferralState, verdict: Verdict): Decision {
  const offline = verdict === 'gone' || verdict === 'blocked';
  if (AWAITING_CONFIRMATION.includes(state)) {
    if (offline) return { confirm: true, raise: null, resolve: 'still_live' };
    if (verdict === 'live') return { confirm: false, raise: 'still_live', resolve: null };
  }
  if (state === 'closed') {
    if (verdict === 'live') return { confirm: false, raise: 'came_back', resolve: null };
    if (offline) return { confirm: false, raise: null, resolve: 'came_back' };
  }
  return { confirm: false, raise: null, resolve: null };
}

export interface RecheckPolicy {
  /** After the recipient reports removed or geo-blocked, the first check waits this long. */
  firstDelayMs: number;
  /** While a claim is unconfirmed (still live, unreachable), checks repeat this often. */
  confirmIntervalMs: number;
  /** After closing, checks repeat this often, to see whether the content came back. */
  watchIntervalMs: number;
  /** How long checks go on: after closing, and after the claim when it is never confirmed. */
  watchMs: number;
}

export const SCHEDULE_PHASES = ['confirming', 'watching'] as const;
export type SchedulePhase = (typeof SCHEDULE_PHASES)[number];

export interface Schedule {
  phase: SchedulePhase;
  /** When the phase began: the recipient's claim, or the closing. */
  phaseSince: Date;
  /** null: no further check is planned. */
  nextCheckAt: Date | null;
}

/** The schedule a referral gets when it moves to `state` at `now`; null when the move plans no check. */
export function scheduleOnMove(state: ReferralState, now: Date, policy: RecheckPolicy): Schedule | null {
  if (AWAITING_CONFIRMATION.includes(state)) return { phase: 'confirming', phaseSince: now, nextCheckAt: within(now, now, policy.firstDelayMs, policy.watchMs) };
  if (state === 'closed') return { phase: 'watching', phaseSince: now, nextCheckAt: within(now, now, policy.watchIntervalMs, policy.watchMs) };
  return null;
}

/**
 * The schedule after a check recorded at `now`, the referral being in `state` afterwards. A phase
 * keeps its start when it goes on, so the watch window is counted from the claim or the closing.
 */
export function scheduleAfterCheck(current: Schedule | null, state: ReferralState, now: Date, policy: RecheckPolicy): Schedule | null {
  if (AWAITING_CONFIRMATION.includes(state)) {
    const since = current?.phase === 'confirming' ? current.phaseSince : now;
    return { phase: 'confirming', phaseSince: since, nextCheckAt: within(since, now, policy.confirmIntervalMs, policy.watchMs) };
  }
  if (state === 'closed') {
    const since = current?.phase === 'watching' ? current.phaseSince : now;
    return { phase: 'watching', phaseSince: since, nextCheckAt: within(since, now, policy.watchIntervalMs, policy.watchMs) };
  }
  // Any other state: nothing to confirm or to watch any more.
  return current ? { ...current, nextCheckAt: null } : null;
}

/** now + delay, unless that is past the window that began at `since`. */
function within(since: Date, now: Date, delayMs: number, windowMs: number): Date | null {
  const at = now.getTime() + delayMs;
  return at <= since.getTime() + windowMs ? new Date(at) : null;
}
