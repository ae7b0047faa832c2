import { describe, expect, it } from 'vitest';
import type { FetchOutcome } from './fetcher.ts';
import { decide, isCheckable, judge, scheduleAfterCheck, scheduleOnMove, type RecheckPolicy } from './recheck-rules.ts';

const outcome = (o: Partial<FetchOutcome>): FetchOutcome => ({
  url: 'https://tube.example/v/1',
  finalUrl: 'https://tube.example/v/1',
  status: 200,
  hops: [{ url: 'https://tube.example/v/1', address: '93.184.216.34', status: o.status ?? 200 }],
  bytesRead: 0,
  truncated: false,
  durationMs: 12,
  body: Buffer.alloc(0),
  errorCode: null,
  errorDetail: null,
  ...o,
});

describe('verdicts', () => {
  it('reads the status', () => {
    expect(judge(outcome({ status: 200 })).verdict).toBe('live');
    expect(judge(outcome({ status: 206 })).verdict).toBe('live');
    for (const s of [404, 410]) expect(judge(outcome({ status: s })), String(s)).toMatchObject({ verdict: 'gone', errorCode: null });
    for (const s of [401, 403, 451]) expect(judge(outcome({ status: s })).verdict, String(s)).toBe('blocked');
    for (const s of [500, 503, 429, 400, 300, 304]) expect(judge(outcome({ status: s })), String(s)).toMatchObject({ verdict: 'error', errorCode: 'HTTP_STATUS' });
  });

  it('tells no answer from a refused one', () => {
    for (const code of ['DNS_FAILED', 'CONNECT_TIMEOUT', 'CONNECTION_FAILED', 'TLS_FAILED', 'TIMEOUT', 'PROTOCOL_ERROR'] as const) {
      expect(judge(outcome({ status: null, errorCode: code })), code).toMatchObject({ verdict: 'unreachable', errorCode: code });
    }
    for (const code of ['TARGET_FORBIDDEN', 'URL_INVALID', 'REDIRECT_INVALID'] as const) expect(judge(outcome({ status: null, errorCode: code })).verdict, code).toBe('error');
    // A redirect that could not be followed is no verdict on the content.
    expect(judge(outcome({ status: 302, errorCode: 'TARGET_FORBIDDEN' }))).toMatchObject({ verdict: 'error', errorCode: 'TARGET_FORBIDDEN' });
    expect(judge(outcome({ status: 302, errorCode: 'TOO_MANY_REDIRECTS' })).verdict).toBe('error');
  });

  it('counts a removal page as gone when a marker is configured', () => {
    const page = outcome({ body: Buffer.from('<h1>This Video Has Been Removed for violating our terms</h1>') });
    expect(judge(page).verdict).toBe('live');
    expect(judge(page, ['this video has been removed'])).toMatchObject({ verdict: 'gone' });
    expect(judge(page, ['', 'account suspended']).verdict).toBe('live');
  });

  it('counts a redirect from the content to the front page as gone', () => {
    const hops = [{ url: 'https://tube.example/v/1', address: '93.184.216.34', status: 302 }, { url: 'https://tube.example/', address: '93.184.216.34', status: 200 }];
    expect(judge(outcome({ finalUrl: 'https://tube.example/', hops })).verdict).toBe('gone');
    expect(judge(outcome({ finalUrl: 'https://tube.example/watch?v=1', hops })).verdict).toBe('live');
    expect(judge(outcome({ url: 'https://tube.example/', finalUrl: 'https://www.tube.example/', hops })).verdict).toBe('live');
  });
});

describe('decisions', () => {
  it('confirms a removal or geo-block claim when the content is gone or blocked, and flags it when it is live', () => {
    for (const state of ['removed', 'geo_blocked'] as const) {
      expect(decide(state, 'gone')).toEqual({ confirm: true, raise: null, resolve: 'still_live' });
      expect(decide(state, 'blocked')).toEqual({ confirm: true, raise: null, resolve: 'still_live' });
      expect(decide(state, 'live')).toEqual({ confirm: false, raise: 'still_live', resolve: null });
      expect(decide(state, 'unreachable')).toEqual({ confirm: false, raise: null, resolve: null });
      expect(decide(state, 'error')).toEqual({ confirm: false, raise: null, resolve: null });
    }
  });

  it('flags closed referrals whose content came back, and resolves that when it is gone again', () => {
    expect(decide('closed', 'live')).toEqual({ confirm: false, raise: 'came_back', resolve: null });
    expect(decide('closed', 'gone')).toEqual({ confirm: false, raise: null, resolve: 'came_back' });
    expect(decide('closed', 'unreachable')).toEqual({ confirm: false, raise: null, resolve: null });
  });

  it('decides nothing in other states', () => {
    for (const state of ['sent', 'acknowledged', 'rejected', 'clarification_requested', 'force_majeure'] as const) {
      for (const v of ['gone', 'blocked', 'live', 'unreachable', 'error'] as const) expect(decide(state, v)).toEqual({ confirm: false, raise: null, resolve: null });
    }
  });

  it('checks referred URLs only', () => {
    for (const s of ['proposed', 'approved', 'withdrawn'] as const) expect(isCheckable(s)).toBe(false);
    for (const s of ['sent', 'removed', 'closed', 'rejected'] as const) expect(isCheckable(s)).toBe(true);
  });
});

describe('schedules', () => {
  const MIN = 60_000;
  const DAY = 86_400_000;
  const policy: RecheckPolicy = { firstDelayMs: 30 * MIN, confirmIntervalMs: 60 * MIN, watchIntervalMs: DAY, watchMs: 30 * DAY };
  const t0 = new Date('2026-03-01T10:00:00Z');
  const at = (ms: number) => new Date(t0.getTime() + ms);

  it('plans the first check soon after a removal claim, and a watch after closing', () => {
    expect(scheduleOnMove('removed', t0, policy)).toEqual({ phase: 'confirming', phaseSince: t0, nextCheckAt: at(30 * MIN) });
    expect(scheduleOnMove('geo_blocked', t0, policy)).toEqual({ phase: 'confirming', phaseSince: t0, nextCheckAt: at(30 * MIN) });
    expect(scheduleOnMove('closed', t0, policy)).toEqual({ phase: 'watching', phaseSince: t0, nextCheckAt: at(DAY) });
    expect(scheduleOnMove('acknowledged', t0, policy)).toBeNull();
  });

  it('repeats unconfirmed claims, then watches daily from the closing for the watch window', () => {
    const confirming = scheduleOnMove('removed', t0, policy)!;
    // Still live at the first check: again in an hour, the phase keeps its start.
    expect(scheduleAfterCheck(confirming, 'removed', at(30 * MIN), policy)).toEqual({ phase: 'confirming', phaseSince: t0, nextCheckAt: at(90 * MIN) });
    // Confirmed (the referral is closed now): the watch starts now.
    const watching = scheduleAfterCheck(confirming, 'closed', at(2 * DAY), policy)!;
    expect(watching).toEqual({ phase: 'watching', phaseSince: at(2 * DAY), nextCheckAt: at(3 * DAY) });
    expect(scheduleAfterCheck(watching, 'closed', at(31 * DAY), policy)).toEqual({ phase: 'watching', phaseSince: at(2 * DAY), nextCheckAt: at(32 * DAY) });
    // The last check inside the window plans none after it.
    expect(scheduleAfterCheck(watching, 'closed', at(32 * DAY), policy)!.nextCheckAt).toBeNull();
  });

  it('gives up on a claim never confirmed after the watch window', () => {
    const confirming = scheduleOnMove('removed', t0, policy)!;
    expect(scheduleAfterCheck(confirming, 'removed', at(30 * DAY - 60 * MIN), policy)!.nextCheckAt).toEqual(at(30 * DAY));
    expect(scheduleAfterCheck(confirming, 'removed', at(30 * DAY - 30 * MIN), policy)!.nextCheckAt).toBeNull();
  });

  it('stops in any other state, and plans nothing for referrals without a schedule', () => {
    const confirming = scheduleOnMove('removed', t0, policy)!;
    expect(scheduleAfterCheck(confirming, 'rejected', at(MIN), policy)).toEqual({ ...confirming, nextCheckAt: null });
    expect(scheduleAfterCheck(null, 'acknowledged', at(MIN), policy)).toBeNull();
  });
});
