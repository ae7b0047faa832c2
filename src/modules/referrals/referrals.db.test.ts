import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Organisation } from '../organisations/organisation.model.ts';
import { buildOrganisation, buildSignedInMember, withApiKey, type Caller } from '../../../test/factories.ts';
import { createTestApp, type TestApp } from '../../../test/test-app.ts';

let t: TestApp;
let iru: Organisation;
let analyst: Caller;
let supervisor: Caller;
let dualRole: Caller;
let admin: Caller;
let plainAuthority: { analyst: Caller; supervisor: Caller };
let ngoAnalyst: Caller;
let platformId: number;
let providerId: number;
let counter = 0;

const annexI = (ref: string) => ({
  issuingMemberState: 'be',
  issuingAuthority: 'Fictional Federal Police, Internet Referral Unit',
  referenceNumber: ref,
  reasons: ['incitement', 'solicitation_to_participate'],
  language: 'en',
  addresseeContact: 'legal-rep@tube.example',
});

beforeAll(async () => {
  t = await createTestApp();
  iru = await buildOrganisation(t, { kind: 'authority', competentAuthority: true });
  const coordinator = (await buildSignedInMember(t, iru, ['coordinator'])).as;
  analyst = (await buildSignedInMember(t, iru, ['analyst'])).as;
  supervisor = (await buildSignedInMember(t, iru, ['supervisor'])).as;
  dualRole = (await buildSignedInMember(t, iru, ['analyst', 'supervisor'])).as;
  admin = (await buildSignedInMember(t, iru, ['admin'])).as;
  const plain = await buildOrganisation(t, { kind: 'authority', competentAuthority: false });
  plainAuthority = { analyst: (await buildSignedInMember(t, plain, ['analyst'])).as, supervisor: (await buildSignedInMember(t, plain, ['supervisor'])).as };
  ngoAnalyst = (await buildSignedInMember(t, await buildOrganisation(t, { kind: 'ngo' }), ['analyst'])).as;
  platformId = (await coordinator.post('/platforms', { name: 'Referral Tube', category: 'video', domains: ['rtube.example'] })).json().id;
  providerId = (await coordinator.post('/infrastructure-providers', { name: 'Fictional Hosting', kind: 'hosting' })).json().id;
});
afterAll(async () => {
  await t.close();
});

async function newItem(caller: Caller, host = 'rtube.example'): Promise<{ id: number; platformId: number | null }> {
  const res = await caller.post('/items', { url: `https://${host}/v/${++counter}` });
  expect(res.statusCode, res.body).toBe(201);
  return res.json().item;
}

describe('proposing', () => {
  it("sends to the item's platform by default and refuses unknown recipients and other organisations' items", async () => {
    const item = await newItem(analyst);
    const res = await analyst.post('/referrals', { itemId: item.id });
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json()).toMatchObject({ itemId: item.id, platformId, recipientKind: 'platform', kind: 'voluntary_referral', state: 'proposed', removalOrder: null, deadlineAt: null });
    expect((await analyst.post('/referrals', { itemId: item.id })).json().error.code).toBe('REFERRAL_ALREADY_OPEN');
    expect((await analyst.post('/referrals', { itemId: item.id, platformId: 999_999 })).json().error.code).toBe('VALIDATION_FAILED');
    const unregistered = await newItem(analyst, 'nowhere.example');
    expect((await analyst.post('/referrals', { itemId: unregistered.id })).json().error.code).toBe('VALIDATION_FAILED');
    expect((await analyst.post('/referrals', { itemId: unregistered.id, platformId })).statusCode).toBe(201);
    const toHost = await analyst.post('/referrals', { itemId: unregistered.id, recipientKind: 'infrastructure_provider', infrastructureProviderId: providerId });
    expect(toHost.json()).toMatchObject({ recipientKind: 'infrastructure_provider', infrastructureProviderId: providerId, platformId: null });
    expect((await analyst.post('/referrals', { itemId: item.id, recipientKind: 'infrastructure_provider' })).json().error.code).toBe('VALIDATION_FAILED');
    expect((await analyst.post('/referrals', { itemId: item.id, recipientKind: 'infrastructure_provider', infrastructureProviderId: 999_999 })).json().error.code).toBe('VALIDATION_FAILED');
    expect((await ngoAnalyst.post('/referrals', { itemId: item.id })).statusCode).toBe(404);
    expect((await supervisor.post('/referrals', { itemId: item.id })).statusCode).toBe(403);
  });
});

describe('approving', () => {
  it('needs a second person (four-eyes) with referrals:approve, and is on the timeline', async () => {
    const item = await newItem(dualRole);
    const proposed = (await dualRole.post('/referrals', { itemId: item.id })).json();
    expect((await analyst.post(`/referrals/${proposed.id}/approve`)).statusCode).toBe(403);
    const self = await dualRole.post(`/referrals/${proposed.id}/approve`);
    expect(self.statusCode).toBe(403);
    expect(self.json().error.code).toBe('FOUR_EYES_REQUIRED');
    const key = (await admin.post('/api-keys', { name: 'approver', scopes: ['write'] })).json().key;
    expect((await withApiKey(t, key).post(`/referrals/${proposed.id}/approve`)).json().error.code).toBe('FOUR_EYES_REQUIRED');
    const approved = await supervisor.post(`/referrals/${proposed.id}/approve`, { reason: 'Designated group propaganda, checked.' });
    expect(approved.statusCode, approved.body).toBe(200);
    expect(approved.json()).toMatchObject({ state: 'approved', approvedAt: t.clock.now().toISOString() });
    expect((await supervisor.post(`/referrals/${proposed.id}/approve`)).json().error.code).toBe('INVALID_STATE_TRANSITION');
    const detail = (await analyst.get(`/referrals/${proposed.id}`)).json();
    expect(detail.timeline.map((e: { event: string; toState: string }) => [e.event, e.toState])).toEqual([['propose', 'proposed'], ['approve', 'approved']]);
    expect(detail.timeline[1]).toMatchObject({ fromState: 'proposed', reason: 'Designated group propaganda, checked.', actor: { type: 'member' } });
    expect((await ngoAnalyst.get(`/referrals/${proposed.id}`)).statusCode).toBe(404);
  });
});

describe('the state machine', () => {
  it('moves through delivery and answers, closes only after a confirming re-check, and refuses other moves', async () => {
    const id = (await analyst.post('/referrals', { itemId: (await newItem(analyst)).id })).json().id;
    expect((await supervisor.post(`/referrals/${id}/events`, { event: 'send' })).json().error.code).toBe('INVALID_STATE_TRANSITION');
    await supervisor.post(`/referrals/${id}/approve`);
    expect((await analyst.post(`/referrals/${id}/events`, { event: 'send' })).statusCode).toBe(403);
    const sent = (await supervisor.post(`/referrals/${id}/events`, { event: 'send' })).json();
    expect(sent).toMatchObject({ state: 'sent', receivedAt: t.clock.now().toISOString(), deadlineAt: null });
    expect((await supervisor.post(`/referrals/${id}/withdraw`)).json().error.code).toBe('INVALID_STATE_TRANSITION');
    for (const [event, state] of [['acknowledge', 'acknowledged'], ['request_clarification', 'clarification_requested'], ['answer_clarification', 'acknowledged'], ['remove', 'removed']]) {
      const res = await supervisor.post(`/referrals/${id}/events`, { event, reason: `${event} reported` });
      expect(res.json().state, res.body).toBe(state);
    }
    expect((await supervisor.post(`/referrals/${id}/events`, { event: 'reject' })).json().error.code).toBe('INVALID_STATE_TRANSITION');
    expect((await supervisor.post(`/referrals/${id}/events`, { event: 'approve' })).json().error.code).toBe('VALIDATION_FAILED');
    const closed = (await supervisor.post(`/referrals/${id}/events`, { event: 'recheck_confirmed' })).json();
    expect(closed).toMatchObject({ state: 'closed', closedAt: t.clock.now().toISOString() });
    expect((await analyst.get(`/referrals/${id}`)).json().timeline).toHaveLength(8);
    expect((await analyst.get('/referrals?state=closed')).json().referrals.map((r: { id: number }) => r.id)).toEqual([id]);
  });

  it('lets the proposer or a supervisor withdraw before sending, and then a new proposal may be made', async () => {
    const item = await newItem(analyst);
    const first = (await analyst.post('/referrals', { itemId: item.id })).json();
    const withdrawn = await analyst.post(`/referrals/${first.id}/withdraw`, { reason: 'Wrong platform' });
    expect(withdrawn.json()).toMatchObject({ state: 'withdrawn' });
    expect(withdrawn.json().closedAt).not.toBeNull();
    expect((await analyst.post(`/referrals/${first.id}/withdraw`)).json().error.code).toBe('INVALID_STATE_TRANSITION');
    expect((await supervisor.post(`/referrals/${first.id}/approve`)).json().error.code).toBe('INVALID_STATE_TRANSITION');
    const second = (await analyst.post('/referrals', { itemId: item.id })).json();
    await supervisor.post(`/referrals/${second.id}/approve`);
    expect((await supervisor.post(`/referrals/${second.id}/withdraw`)).json().state).toBe('withdrawn');
  });
});

describe('removal orders', () => {
  it('need the Annex I fields and a competent authority, and get a one-hour deadline from receipt', async () => {
    const item = await newItem(analyst);
    expect((await analyst.post('/referrals', { itemId: item.id, kind: 'removal_order' })).json().error.code).toBe('VALIDATION_FAILED');
    expect((await analyst.post('/referrals', { itemId: item.id, removalOrder: annexI('x') })).json().error.code).toBe('VALIDATION_FAILED');
    expect((await analyst.post('/referrals', { itemId: item.id, kind: 'removal_order', removalOrder: { ...annexI('x'), reasons: ['vibes'] } })).json().error.code).toBe('VALIDATION_FAILED');
    const res = await analyst.post('/referrals', { itemId: item.id, kind: 'removal_order', removalOrder: { ...annexI('TCO-2026-0001'), additionalInformation: 'Mirror of a known video.' } });
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json().removalOrder).toEqual({ ...annexI('TCO-2026-0001'), issuingMemberState: 'BE', additionalInformation: 'Mirror of a known video.' });
    const again = await analyst.post('/referrals', { itemId: (await newItem(analyst)).id, kind: 'removal_order', removalOrder: annexI('TCO-2026-0001') });
    expect(again.json().error.code).toBe('REFERENCE_NUMBER_TAKEN');

    // A key that may approve referrals but not issue orders is refused before anything else.
    const key = (await admin.post('/api-keys', { name: 'approve-only', scopes: ['referrals:approve', 'referrals:read'] })).json().key;
    expect((await withApiKey(t, key).post(`/referrals/${res.json().id}/approve`)).json().error.code).toBe('FORBIDDEN');
    expect((await supervisor.post(`/referrals/${res.json().id}/approve`)).json().state).toBe('approved');
    const sent = (await supervisor.post(`/referrals/${res.json().id}/events`, { event: 'send' })).json();
    expect(new Date(sent.deadlineAt).getTime() - new Date(sent.receivedAt).getTime()).toBe(3_600_000);
  });

  it('are refused to authorities that are not competent, and to NGOs', async () => {
    const item = await newItem(plainAuthority.analyst);
    const res = await plainAuthority.analyst.post('/referrals', { itemId: item.id, kind: 'removal_order', removalOrder: annexI('P-1') });
    expect(res.statusCode).toBe(403);
    const ngoItem = await newItem(ngoAnalyst);
    expect((await ngoAnalyst.post('/referrals', { itemId: ngoItem.id, kind: 'removal_order', removalOrder: annexI('N-1') })).statusCode).toBe(403);
    // Voluntary referrals are theirs to make.
    const voluntary = (await plainAuthority.analyst.post('/referrals', { itemId: item.id })).json();
    expect((await plainAuthority.supervisor.post(`/referrals/${voluntary.id}/approve`)).json().state).toBe('approved');
  });
});

describe('deconfliction on approval', () => {
  it('stops the approval of a referral whose item was held after it was proposed, and tells the holder', async () => {
    const text = 'Synthetic stand-in text for an approval-time deconfliction test; fictional.';
    const other = await buildOrganisation(t, { kind: 'authority' });
    const holder = (await buildSignedInMember(t, other, ['analyst'])).as;
    const mine = (await analyst.post('/items', { url: 'https://rtube.example/held/1', text })).json().item;
    const theirs = (await holder.post('/items', { url: 'https://rtube.example/held/2', text })).json().item;
    expect(theirs.clusterId).toBe(mine.clusterId);
    const proposed = (await analyst.post('/referrals', { itemId: mine.id })).json();
    expect((await holder.post('/holds', { clusterId: theirs.clusterId, reason: 'Investigation' })).statusCode).toBe(201);
    expect((await supervisor.post(`/referrals/${proposed.id}/approve`)).json().error.code).toBe('ITEM_HELD');
    expect((await analyst.get(`/referrals/${proposed.id}`)).json().state).toBe('proposed');
    const notes = (await holder.get('/notifications')).json().notifications;
    expect(notes[0].payload).toMatchObject({ action: 'referral_approved', organisationId: iru.id });
  });
});
