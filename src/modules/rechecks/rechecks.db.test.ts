// Re-checks through the real services, jobs and HTTP API, against a fake platform on loopback
// (private targets are allowed for this app; a second app shows the default refusing them).
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createJobWorker } from '../../container.ts';
import type { Organisation } from '../organisations/organisation.model.ts';
import { buildOrganisation, buildSignedInMember, type Caller } from '../../../test/factories.ts';
import { createTestApp, type TestApp } from '../../../test/test-app.ts';

const MIN = 60_000;
const HOUR = 60 * MIN;
const DAY = 24 * HOUR;
const MAX_BYTES = 1024;

/** The fake platform: each path answers what `pages` says (a status, or 'slow' for no answer). */
const pages = new Map<string, number | 'slow'>();
let server: Server;
let port: number;
let hits = 0;

let t: TestApp;
let iru: Organisation;
let operator: Organisation;
let platformId: number;
let counter = 0;

interface Callers {
  analyst: Caller;
  supervisor: Caller;
  coordinator: Caller;
  liaison: Caller;
}

/** Members signed in now: sessions end after idle time, and these tests move the clock by days. */
async function callers(): Promise<Callers> {
  return {
    analyst: (await buildSignedInMember(t, iru, ['analyst'])).as,
    supervisor: (await buildSignedInMember(t, iru, ['supervisor'])).as,
    coordinator: (await buildSignedInMember(t, iru, ['coordinator'])).as,
    liaison: (await buildSignedInMember(t, operator, ['liaison'])).as,
  };
}

beforeAll(async () => {
  server = createServer((req, res) => {
    hits++;
    const page = pages.get(req.url ?? '') ?? 404;
    if (page === 'slow') return;
    res.statusCode = page;
    res.setHeader('content-type', 'text/html');
    // 4 KiB of a synthetic page: more than the byte limit of these tests.
    res.end(page === 200 ? `<html><body>${'synthetic propaganda stand-in '.repeat(140)}</body></html>` : 'gone');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  port = (server.address() as AddressInfo).port;

  t = await createTestApp({ recheckAllowPrivateTargets: true, recheckMaxBytes: MAX_BYTES, recheckTimeoutMs: 500, sessionIdleMinutes: 10_000, sessionTtlHours: 720 });
  iru = await buildOrganisation(t, { kind: 'authority', competentAuthority: true });
  operator = await buildOrganisation(t, { kind: 'platform' });
  const { coordinator } = await callers();
  const platform = await coordinator.post('/platforms', { name: 'Loopback Tube', category: 'video', operatorOrganisationId: operator.id });
  expect(platform.statusCode, platform.body).toBe(201);
  platformId = platform.json().id;
});
afterAll(async () => {
  await t?.close();
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

/** A referral of a new item at http://127.0.0.1:port/v/N, sent and answered by the platform with `answer`. */
async function referral(c: Callers, answer: 'remove' | 'geo_block' | null, page: number | 'slow'): Promise<{ id: number; itemId: number; path: string }> {
  const path = `/v/${++counter}`;
  pages.set(path, page);
  const item = (await c.analyst.post('/items', { url: `http://127.0.0.1:${port}${path}` })).json().item;
  const res = await c.analyst.post('/referrals', { itemId: item.id, platformId });
  expect(res.statusCode, res.body).toBe(201);
  const id = res.json().id as number;
  expect((await c.supervisor.post(`/referrals/${id}/approve`, {})).statusCode).toBe(200);
  expect((await c.supervisor.post(`/referrals/${id}/events`, { event: 'send' })).statusCode).toBe(200);
  if (answer) {
    expect((await c.liaison.post(`/platform/referrals/${id}/responses`, { action: 'acknowledge' })).statusCode).toBe(200);
    const answered = await c.liaison.post(`/platform/referrals/${id}/responses`, { action: answer });
    expect(answered.statusCode, answered.body).toBe(200);
  }
  return { id, itemId: item.id, path };
}

/** What the sweep and the worker do every minute. */
async function runDueChecks(app: TestApp = t): Promise<number> {
  const queued = await app.container.rechecks.enqueueDue();
  await createJobWorker(app.container).drain();
  return queued;
}

const checksOf = async (c: Caller, id: number) => (await c.get(`/referrals/${id}/checks`)).json();

async function auditActions(referralId: number): Promise<string[]> {
  const { rows } = await t.db.query<{ action: string }>("select action from audit_events where target_type = 'referral' and target_id = $1 order by seq", [String(referralId)]);
  return rows.map((r) => r.action);
}

async function notifications(c: Caller, kind: string, referralId: number): Promise<Array<{ payload: Record<string, unknown> }>> {
  const list = (await c.get('/notifications')).json().notifications as Array<{ kind: string; payload: Record<string, unknown> }>;
  return list.filter((n) => n.kind === kind && n.payload.referralId === referralId);
}

describe('confirming a removal', () => {
  it('checks soon after the platform says removed; a 404 closes the referral', async () => {
    const c = await callers();
    const { id, path } = await referral(c, 'remove', 404);
    const before = await checksOf(c.analyst, id);
    expect(before.checks).toEqual([]);
    expect(before.schedule).toMatchObject({ phase: 'confirming', nextCheckAt: new Date(t.clock.now().getTime() + 30 * MIN).toISOString(), checks: 0 });

    t.clock.advance(29 * MIN);
    await runDueChecks();
    expect((await checksOf(c.analyst, id)).checks).toEqual([]);
    t.clock.advance(MIN);
    expect(await runDueChecks()).toBeGreaterThanOrEqual(1);

    const after = await checksOf(c.analyst, id);
    expect(after.checks).toHaveLength(1);
    expect(after.checks[0]).toMatchObject({ trigger: 'scheduled', referralState: 'removed', url: `http://127.0.0.1:${port}${path}`, finalUrl: `http://127.0.0.1:${port}${path}`, httpStatus: 404, verdict: 'gone', errorCode: null, truncated: false, requestedBy: 're-check', checkedAt: t.clock.now().toISOString() });
    expect(after.checks[0].hops).toEqual([{ url: `http://127.0.0.1:${port}${path}`, address: '127.0.0.1', status: 404 }]);
    expect(after.schedule).toMatchObject({ phase: 'watching', phaseSince: t.clock.now().toISOString(), nextCheckAt: new Date(t.clock.now().getTime() + DAY).toISOString(), checks: 1 });
    expect(after.flags).toEqual([]);

    const referral_ = (await c.analyst.get(`/referrals/${id}`)).json();
    expect(referral_).toMatchObject({ state: 'closed', closedAt: t.clock.now().toISOString() });
    expect(referral_.timeline.at(-1)).toMatchObject({ event: 'recheck_confirmed', fromState: 'removed', toState: 'closed', actor: { type: 'system', label: 're-check' } });
    expect(referral_.timeline.at(-1).reason).toContain('HTTP 404');
    expect(await auditActions(id)).toEqual(expect.arrayContaining(['referral.checked', 'referral.recheck_confirmed']));
    // The platform sees its referral closed.
    expect((await c.liaison.get(`/platform/referrals/${id}`)).json().state).toBe('closed');
  });

  it('confirms a geo-block on 451', async () => {
    const c = await callers();
    const { id } = await referral(c, 'geo_block', 451);
    t.clock.advance(30 * MIN);
    await runDueChecks();
    expect((await checksOf(c.analyst, id)).checks[0]).toMatchObject({ verdict: 'blocked', httpStatus: 451, referralState: 'geo_blocked' });
    expect((await c.analyst.get(`/referrals/${id}`)).json().state).toBe('closed');
  });
});

describe('"still live" after a removal claim', () => {
  it('flags the referral once, tells the referring organisation, and clears when a later check confirms', async () => {
    const c = await callers();
    const { id, itemId, path } = await referral(c, 'remove', 200);
    t.clock.advance(30 * MIN);
    await runDueChecks();

    const first = await checksOf(c.analyst, id);
    expect(first.checks[0]).toMatchObject({ verdict: 'live', httpStatus: 200, referralState: 'removed', bytesRead: MAX_BYTES, truncated: true });
    expect(first.checks[0].bodySha256).toMatch(/^[0-9a-f]{64}$/);
    expect(first.flags).toEqual([expect.objectContaining({ kind: 'still_live', checkId: first.checks[0].id, resolvedAt: null })]);
    expect(first.schedule).toMatchObject({ phase: 'confirming', nextCheckAt: new Date(t.clock.now().getTime() + HOUR).toISOString() });
    expect((await c.analyst.get(`/referrals/${id}`)).json().state).toBe('removed');

    const flagged = (await c.supervisor.get('/referrals/flagged')).json().flags as Array<Record<string, unknown>>;
    expect(flagged).toContainEqual(expect.objectContaining({ referralId: id, kind: 'still_live', itemId, platformId, url: `http://127.0.0.1:${port}${path}`, referralState: 'removed' }));
    const told = await notifications(c.analyst, 'referral.still_live', id);
    expect(told).toHaveLength(1);
    expect(told[0]!.payload).toMatchObject({ referralId: id, itemId, httpStatus: 200 });
    expect(await auditActions(id)).toContain('referral.flagged');

    // Still live an hour later: recorded, but no second flag or notification.
    t.clock.advance(HOUR);
    await runDueChecks();
    expect((await checksOf(c.analyst, id)).checks).toHaveLength(2);
    expect(await notifications(c.analyst, 'referral.still_live', id)).toHaveLength(1);

    // Gone at last: closed, and the flag resolved by that check.
    pages.set(path, 410);
    t.clock.advance(HOUR);
    await runDueChecks();
    const last = await checksOf(c.analyst, id);
    expect(last.checks[0]).toMatchObject({ verdict: 'gone', httpStatus: 410 });
    expect(last.flags[0]).toMatchObject({ kind: 'still_live', resolvedByCheckId: last.checks[0].id, resolvedAt: t.clock.now().toISOString() });
    expect((await c.analyst.get(`/referrals/${id}`)).json().state).toBe('closed');
    const open = (await c.analyst.get('/referrals/flagged')).json().flags as Array<{ referralId: number }>;
    expect(open.map((f) => f.referralId)).not.toContain(id);
    const all = (await c.analyst.get('/referrals/flagged?includeResolved=true&kind=still_live')).json().flags as Array<{ referralId: number }>;
    expect(all.map((f) => f.referralId)).toContain(id);
    expect(await auditActions(id)).toContain('referral.flag_resolved');
  });

  it('records an unreachable URL without deciding anything, and tries again sooner', async () => {
    const c = await callers();
    const { id } = await referral(c, 'remove', 'slow');
    t.clock.advance(30 * MIN);
    await runDueChecks();
    const { checks, flags, schedule } = await checksOf(c.analyst, id);
    expect(checks[0]).toMatchObject({ verdict: 'unreachable', errorCode: 'TIMEOUT', httpStatus: null });
    expect(flags).toEqual([]);
    expect(schedule.nextCheckAt).toBe(new Date(t.clock.now().getTime() + HOUR).toISOString());
    expect((await c.analyst.get(`/referrals/${id}`)).json().state).toBe('removed');
  });
});

describe('"came back" after closing', () => {
  it('flags a closed referral whose URL is live again and tells the organisation, which can refer the item again', async () => {
    const c = await callers();
    const { id, itemId, path } = await referral(c, 'remove', 404);
    // Checked at once by an analyst instead of waiting.
    const now = await c.analyst.post(`/referrals/${id}/checks`);
    expect(now.statusCode, now.body).toBe(201);
    expect(now.json()).toMatchObject({ referralState: 'closed', check: { trigger: 'manual', verdict: 'gone', referralState: 'removed' }, flags: [] });
    expect((await c.analyst.get(`/referrals/${id}`)).json().timeline.at(-1)).toMatchObject({ event: 'recheck_confirmed', actor: { type: 'member' } });

    pages.set(path, 200);
    t.clock.advance(DAY);
    expect(await runDueChecks()).toBeGreaterThanOrEqual(1);
    const { checks, flags } = await checksOf(c.analyst, id);
    expect(checks[0]).toMatchObject({ trigger: 'scheduled', referralState: 'closed', verdict: 'live' });
    expect(flags).toEqual([expect.objectContaining({ kind: 'came_back', checkId: checks[0].id, resolvedAt: null })]);
    expect((await c.analyst.get(`/referrals/${id}`)).json().state).toBe('closed');
    expect(await notifications(c.analyst, 'referral.came_back', id)).toHaveLength(1);
    expect((await c.analyst.get('/referrals/flagged?kind=came_back')).json().flags).toContainEqual(expect.objectContaining({ referralId: id, referralState: 'closed' }));

    // The closed referral is over: the same item can be referred to the platform again.
    const again = await c.analyst.post('/referrals', { itemId, platformId });
    expect(again.statusCode, again.body).toBe(201);
  });
});

describe('checking at once', () => {
  it('is for the referring organisation\'s analysts and supervisors, on referred URLs only', async () => {
    const c = await callers();
    const { id } = await referral(c, null, 200);
    const sent = await c.supervisor.post(`/referrals/${id}/checks`);
    expect(sent.statusCode, sent.body).toBe(201);
    // Sent, not answered: a live page is recorded and decides nothing.
    expect(sent.json()).toMatchObject({ referralState: 'sent', check: { verdict: 'live', referralState: 'sent' }, flags: [] });
    expect((await checksOf(c.analyst, id)).schedule).toBeNull();

    expect((await c.coordinator.post(`/referrals/${id}/checks`)).json().error.code).toBe('FORBIDDEN');
    expect((await c.coordinator.get(`/referrals/${id}/checks`)).statusCode).toBe(200);
    // The platform's liaison and another authority see nothing of the referrer's checks.
    expect((await c.liaison.get(`/referrals/${id}/checks`)).statusCode).toBe(404);
    const other = (await buildSignedInMember(t, await buildOrganisation(t, { kind: 'authority' }), ['analyst', 'supervisor'])).as;
    expect((await other.post(`/referrals/${id}/checks`)).statusCode).toBe(404);
    expect((await other.get(`/referrals/${id}/checks`)).statusCode).toBe(404);
    expect((await other.get('/referrals/flagged?includeResolved=true')).json().flags).toEqual([]);

    const item = (await c.analyst.post('/items', { url: `http://127.0.0.1:${port}/v/unsent` })).json().item;
    const proposed = (await c.analyst.post('/referrals', { itemId: item.id, platformId })).json();
    const refused = await c.analyst.post(`/referrals/${proposed.id}/checks`);
    expect(refused.statusCode).toBe(409);
    expect(refused.json().error).toMatchObject({ code: 'RECHECK_NOT_POSSIBLE', details: { state: 'proposed' } });
  });
});

describe('the sweep', () => {
  it('queues each due check once, and again only after its lease ran out, never twice at a time', async () => {
    const c = await callers();
    const { id } = await referral(c, 'remove', 404);
    t.clock.advance(30 * MIN);
    const queuedJobs = async () => (await t.db.query<{ n: number }>("select count(*)::int as n from jobs where kind = 'rechecks.check' and status = 'queued' and dedupe_key = $1", [String(id)])).rows[0]!.n;
    const nextCheckAt = async () => (await checksOf(c.analyst, id)).schedule.nextCheckAt as string;
    const lease = () => new Date(t.clock.now().getTime() + 15 * MIN).toISOString();
    await t.container.rechecks.enqueueDue();
    expect(await queuedJobs()).toBe(1);
    expect(await nextCheckAt()).toBe(lease());
    const leased = await nextCheckAt();
    await t.container.rechecks.enqueueDue();
    expect(await queuedJobs()).toBe(1);
    expect(await nextCheckAt()).toBe(leased);
    // The job did not run within the lease (a worker died): queued again, still one job.
    t.clock.advance(16 * MIN);
    await t.container.rechecks.enqueueDue();
    expect(await nextCheckAt()).toBe(lease());
    expect(await queuedJobs()).toBe(1);
    await createJobWorker(t.container).drain();
    expect((await checksOf(c.analyst, id)).checks).toHaveLength(1);
    expect((await c.analyst.get(`/referrals/${id}`)).json().state).toBe('closed');
  });
});

describe('a worker stopping mid-check', () => {
  it('records nothing and fails the job, so the check runs again', async () => {
    const c = await callers();
    const { id } = await referral(c, 'remove', 404);
    await expect(t.container.rechecks.runScheduled(id, AbortSignal.abort())).rejects.toThrow(/cancelled/);
    expect((await checksOf(c.analyst, id)).checks).toEqual([]);
    expect((await c.analyst.get(`/referrals/${id}`)).json().state).toBe('removed');
  });
});

describe('with private targets refused (the default)', () => {
  let strict: TestApp;
  afterAll(async () => {
    await strict?.close();
  });

  it('records a URL on loopback as refused, without connecting or deciding anything', async () => {
    strict = await createTestApp({ sessionIdleMinutes: 10_000 });
    const org = await buildOrganisation(strict, { kind: 'authority' });
    const platformOrg = await buildOrganisation(strict, { kind: 'platform' });
    const coordinator = (await buildSignedInMember(strict, org, ['coordinator'])).as;
    const analyst = (await buildSignedInMember(strict, org, ['analyst'])).as;
    const supervisor = (await buildSignedInMember(strict, org, ['supervisor'])).as;
    const liaison = (await buildSignedInMember(strict, platformOrg, ['liaison'])).as;
    const pid = (await coordinator.post('/platforms', { name: 'Strict Tube', category: 'video', operatorOrganisationId: platformOrg.id })).json().id;
    pages.set('/v/strict', 404);
    const item = (await analyst.post('/items', { url: `http://127.0.0.1:${port}/v/strict` })).json().item;
    const id = (await analyst.post('/referrals', { itemId: item.id, platformId: pid })).json().id;
    await supervisor.post(`/referrals/${id}/approve`, {});
    await supervisor.post(`/referrals/${id}/events`, { event: 'send' });
    await liaison.post(`/platform/referrals/${id}/responses`, { action: 'acknowledge' });
    await liaison.post(`/platform/referrals/${id}/responses`, { action: 'remove' });

    const hitsBefore = hits;
    strict.clock.advance(30 * MIN);
    expect(await runDueChecks(strict)).toBe(1);
    const { checks, flags } = (await analyst.get(`/referrals/${id}/checks`)).json();
    expect(checks[0]).toMatchObject({ verdict: 'error', errorCode: 'TARGET_FORBIDDEN', httpStatus: null, bytesRead: 0 });
    expect(checks[0].errorDetail).toContain('127.0.0.1');
    expect(flags).toEqual([]);
    expect(hits).toBe(hitsBefore);
    expect((await analyst.get(`/referrals/${id}`)).json().state).toBe('removed');
  });
});

describe('stopping the planned checks', () => {
  it('keeps the schedule without a next check, audits it, and only for the own organisation', async () => {
    const c = await callers();
    const { id } = await referral(c, 'remove', 200);
    const other = await buildOrganisation(t, { kind: 'authority' });
    const otherCtx = { actor: { kind: 'system' as const, label: 'test', organisationId: other.id } };
    await expect(t.container.rechecks.stopChecks(otherCtx, [id], 'not theirs')).rejects.toMatchObject({ code: 'NOT_FOUND' });
    const ctx = { actor: { kind: 'system' as const, label: 'seed-demo', organisationId: iru.id } };
    expect(await t.container.rechecks.stopChecks(ctx, [id], 'fictional URL')).toBe(1);
    expect(await t.container.rechecks.stopChecks(ctx, [id], 'again')).toBe(0);
    expect((await checksOf(c.analyst, id)).schedule).toMatchObject({ phase: 'confirming', nextCheckAt: null, checks: 0 });
    t.clock.advance(2 * HOUR);
    await runDueChecks();
    const after = await checksOf(c.analyst, id);
    expect(after.checks).toEqual([]);
    expect(after.schedule).toMatchObject({ nextCheckAt: null, checks: 0 });
    expect((await auditActions(id)).filter((a) => a === 'referral.checks_stopped')).toHaveLength(1);
  });
});
