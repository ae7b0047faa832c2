import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Organisation } from '../organisations/organisation.model.ts';
import { buildOrganisation, buildSignedInMember, type Caller } from '../../../test/factories.ts';
import { createTestApp, type TestApp } from '../../../test/test-app.ts';

const MIN = 60_000;
let t: TestApp;
let iru: Organisation;
let operator: Organisation;
let analyst: Caller;
let supervisor: Caller;
let liaison: Caller;
let otherLiaison: Caller;
let platformId: number;
let counter = 0;

beforeAll(async () => {
  // Sessions must outlast the clock jumps of the deadline tests.
  t = await createTestApp({ sessionIdleMinutes: 10_000, sessionTtlHours: 720 });
  iru = await buildOrganisation(t, { kind: 'authority', competentAuthority: true });
  const coordinator = (await buildSignedInMember(t, iru, ['coordinator'])).as;
  analyst = (await buildSignedInMember(t, iru, ['analyst'])).as;
  supervisor = (await buildSignedInMember(t, iru, ['supervisor'])).as;
  operator = await buildOrganisation(t, { kind: 'platform' });
  liaison = (await buildSignedInMember(t, operator, ['liaison'])).as;
  const other = await buildOrganisation(t, { kind: 'platform' });
  otherLiaison = (await buildSignedInMember(t, other, ['liaison'])).as;
  platformId = (await coordinator.post('/platforms', { name: 'Side Tube', category: 'video', domains: ['sidetube.example'], operatorOrganisationId: operator.id })).json().id;
  const otherPlatform = await coordinator.post('/platforms', { name: 'Other Tube', category: 'video', domains: ['othertube.example'], operatorOrganisationId: other.id });
  expect(otherPlatform.statusCode, otherPlatform.body).toBe(201);
});
afterAll(async () => {
  await t.close();
});

/** A referral of a new item, moved by the referring side as far as `until`. */
async function referral(opts: { kind?: 'removal_order' | 'voluntary_referral'; until?: 'proposed' | 'sent'; host?: string } = {}): Promise<number> {
  const kind = opts.kind ?? 'removal_order';
  const item = (await analyst.post('/items', { url: `https://${opts.host ?? 'sidetube.example'}/v/${++counter}` })).json().item;
  const body = kind === 'removal_order'
    ? { itemId: item.id, kind, removalOrder: { issuingMemberState: 'be', issuingAuthority: 'Fictional IRU', referenceNumber: `PS-${counter}`, reasons: ['incitement'], language: 'en', addresseeContact: 'legal@sidetube.example' } }
    : { itemId: item.id, kind };
  const res = await analyst.post('/referrals', body);
  expect(res.statusCode, res.body).toBe(201);
  const id = res.json().id as number;
  if ((opts.until ?? 'sent') === 'sent') {
    expect((await supervisor.post(`/referrals/${id}/approve`, {})).statusCode).toBe(200);
    expect((await supervisor.post(`/referrals/${id}/events`, { event: 'send', reason: 'internal note of the referrer' })).statusCode).toBe(200);
  }
  return id;
}

const respond = (id: number, body: Record<string, unknown>, as: Caller = liaison) => as.post(`/platform/referrals/${id}/responses`, body);
const remaining = async (id: number) => (await liaison.get(`/platform/referrals/${id}`)).json().remainingSeconds as number;

async function notificationsOf(orgId: number, referralId: number): Promise<number> {
  const { rows } = await t.db.query<{ n: number }>("select count(*)::int as n from notifications where organisation_id = $1 and kind = 'referral.overdue' and (payload->>'referralId')::bigint = $2", [orgId, referralId]);
  return rows[0]!.n;
}

describe('the liaison view', () => {
  it('shows sent referrals to the operating organisation only, without the referrer\'s internals', async () => {
    const unsent = await referral({ until: 'proposed' });
    const sent = await referral();
    const list = (await liaison.get('/platform/referrals')).json().referrals as Array<{ id: number }>;
    expect(list.map((r) => r.id)).toContain(sent);
    expect(list.map((r) => r.id)).not.toContain(unsent);
    expect((await liaison.get(`/platform/referrals/${unsent}`)).statusCode).toBe(404);
    expect((await otherLiaison.get(`/platform/referrals/${sent}`)).statusCode).toBe(404);
    expect((await otherLiaison.get('/platform/referrals')).json().referrals).toEqual([]);
    expect((await analyst.get('/platform/referrals')).statusCode).toBe(403);

    const res = await liaison.get(`/platform/referrals/${sent}`);
    expect(res.statusCode, res.body).toBe(200);
    const body = res.json();
    expect(body).toMatchObject({ id: sent, url: `https://sidetube.example/v/${counter}`, platformId, kind: 'removal_order', state: 'sent', overdue: false, remainingSeconds: 3600, paused: false });
    expect(body.removalOrder).toMatchObject({ issuingAuthority: 'Fictional IRU', reasons: ['incitement'] });
    expect(body).not.toHaveProperty('itemId');
    expect(body).not.toHaveProperty('proposedBy');
    expect(body.timeline).toEqual([expect.objectContaining({ event: 'send', by: 'referrer', reason: null })]);
    expect(JSON.stringify(body)).not.toContain('internal note');
  });

  it('filters by state', async () => {
    const id = await referral({ kind: 'voluntary_referral' });
    await respond(id, { action: 'acknowledge' });
    const acknowledged = (await liaison.get('/platform/referrals?state=acknowledged')).json().referrals as Array<{ id: number; state: string }>;
    expect(acknowledged.map((r) => r.id)).toContain(id);
    expect(acknowledged.every((r) => r.state === 'acknowledged')).toBe(true);
  });
});

describe('responses', () => {
  it('follow the state table, need a reject reason for rejections, and 404 for other platforms', async () => {
    const id = await referral();
    expect((await respond(id, { action: 'remove' })).json().error.code).toBe('INVALID_STATE_TRANSITION');
    expect((await respond(id, { action: 'acknowledge' }, otherLiaison)).statusCode).toBe(404);
    expect((await respond(id, { action: 'acknowledge' })).json().state).toBe('acknowledged');
    expect((await respond(id, { action: 'reject' })).json().error.code).toBe('VALIDATION_FAILED');
    expect((await respond(id, { action: 'remove', rejectReason: 'other' })).json().error.code).toBe('VALIDATION_FAILED');
    const rejected = await respond(id, { action: 'reject', rejectReason: 'not_hosted_here', reason: 'Not on our servers' });
    expect(rejected.json()).toMatchObject({ state: 'rejected', rejectReason: 'not_hosted_here' });
    expect((await supervisor.get(`/referrals/${id}`)).json()).toMatchObject({ state: 'rejected', rejectReason: 'not_hosted_here' });
    const timeline = (await liaison.get(`/platform/referrals/${id}`)).json().timeline;
    expect(timeline.at(-1)).toMatchObject({ event: 'reject', by: 'recipient', reason: 'Not on our servers' });
  });
});

describe('the one-hour clock', () => {
  it('is not overdue when removed within the hour', async () => {
    const id = await referral();
    await respond(id, { action: 'acknowledge' });
    t.clock.advance(30 * MIN);
    expect((await respond(id, { action: 'remove' })).json()).toMatchObject({ state: 'removed', overdue: false, remainingSeconds: 1800 });
    t.clock.advance(120 * MIN);
    await t.container.overdueSweep.run();
    expect((await supervisor.get(`/referrals/${id}`)).json()).toMatchObject({ overdue: false, remainingSeconds: 1800 });
    expect(await notificationsOf(iru.id, id)).toBe(0);
  });

  it('is overdue after 60 minutes on both sides, and the sweep tells both organisations once', async () => {
    const id = await referral();
    await respond(id, { action: 'acknowledge' });
    t.clock.advance(59 * MIN);
    await t.container.overdueSweep.run();
    expect(await notificationsOf(iru.id, id)).toBe(0);
    t.clock.advance(2 * MIN);
    expect((await liaison.get(`/platform/referrals/${id}`)).json()).toMatchObject({ overdue: true, remainingSeconds: 0 });
    expect((await supervisor.get(`/referrals/${id}`)).json()).toMatchObject({ overdue: true, remainingSeconds: 0 });
    await t.container.overdueSweep.run();
    await t.container.overdueSweep.run();
    expect(await notificationsOf(iru.id, id)).toBe(1);
    expect(await notificationsOf(operator.id, id)).toBe(1);
    // Removing late does not undo it.
    expect((await respond(id, { action: 'remove' })).json()).toMatchObject({ state: 'removed', overdue: true });
  });

  it('pauses while clarification is requested and resumes with the time that was left', async () => {
    const id = await referral();
    await respond(id, { action: 'acknowledge' });
    t.clock.advance(20 * MIN);
    expect((await respond(id, { action: 'request_clarification', reason: 'Which video exactly?' })).json()).toMatchObject({ state: 'clarification_requested', paused: true, remainingSeconds: 2400 });
    t.clock.advance(180 * MIN);
    await t.container.overdueSweep.run();
    expect(await notificationsOf(iru.id, id)).toBe(0);
    expect(await remaining(id)).toBe(2400);
    const answered = await supervisor.post(`/referrals/${id}/events`, { event: 'answer_clarification', reason: 'The one at 02:13' });
    expect(answered.json()).toMatchObject({ state: 'acknowledged', overdue: false, remainingSeconds: 2400 });
    const detail = (await liaison.get(`/platform/referrals/${id}`)).json();
    expect(detail).toMatchObject({ paused: false, remainingSeconds: 2400 });
    expect(detail.timeline.at(-1)).toMatchObject({ event: 'answer_clarification', by: 'referrer', reason: 'The one at 02:13' });
    t.clock.advance(41 * MIN);
    expect((await liaison.get(`/platform/referrals/${id}`)).json().overdue).toBe(true);
  });

  it('pauses while force majeure is declared and resumes when it ends', async () => {
    const id = await referral();
    t.clock.advance(20 * MIN);
    expect((await respond(id, { action: 'declare_force_majeure', reason: 'Data centre flooded' })).json()).toMatchObject({ state: 'force_majeure', paused: true });
    expect((await respond(id, { action: 'remove' })).json().error.code).toBe('INVALID_STATE_TRANSITION');
    t.clock.advance(180 * MIN);
    await t.container.overdueSweep.run();
    expect(await notificationsOf(operator.id, id)).toBe(0);
    expect((await respond(id, { action: 'end_force_majeure' })).json()).toMatchObject({ state: 'acknowledged', paused: false, overdue: false, remainingSeconds: 2400 });
    expect((await supervisor.get(`/referrals/${id}`)).json()).toMatchObject({ remainingSeconds: 2400 });
    t.clock.advance(39 * MIN);
    expect((await respond(id, { action: 'geo_block' })).json()).toMatchObject({ state: 'geo_blocked', overdue: false, remainingSeconds: 60 });
  });

  it('gives voluntary referrals no deadline', async () => {
    const id = await referral({ kind: 'voluntary_referral' });
    t.clock.advance(300 * MIN);
    expect((await liaison.get(`/platform/referrals/${id}`)).json()).toMatchObject({ deadlineAt: null, remainingSeconds: null, overdue: false });
  });
});
