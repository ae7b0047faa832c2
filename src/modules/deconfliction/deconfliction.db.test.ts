import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Organisation } from '../organisations/organisation.model.ts';
import { buildOrganisation, buildSignedInMember, signIn, type Caller, type TestMember } from '../../../test/factories.ts';
import { createTestApp, type TestApp } from '../../../test/test-app.ts';

let t: TestApp;
let iru: Organisation;
let partner: Organisation;
let holderAnalyst: TestMember & { as: Caller };
let otherAnalyst: TestMember & { as: Caller };
let outsider: Caller;
let auditor: Caller;
let counter = 0;

beforeAll(async () => {
  t = await createTestApp();
  iru = await buildOrganisation(t, { kind: 'authority' });
  partner = await buildOrganisation(t, { kind: 'authority' });
  const stranger = await buildOrganisation(t, { kind: 'ngo' });
  const coordinator = (await buildSignedInMember(t, iru, ['coordinator'])).as;
  holderAnalyst = await buildSignedInMember(t, iru, ['analyst']);
  otherAnalyst = await buildSignedInMember(t, partner, ['analyst']);
  outsider = (await buildSignedInMember(t, stranger, ['analyst'])).as;
  auditor = (await buildSignedInMember(t, partner, ['auditor'])).as;
  const platform = await coordinator.post('/platforms', { name: 'Deconfliction Tube', category: 'video', domains: ['dtube.example'] });
  expect(platform.statusCode, platform.body).toBe(201);
});
afterAll(async () => {
  await t.close();
});

/** Submits one item for each caller with the same synthetic text, so that they share a cluster. */
async function sameContent(...callers: Caller[]): Promise<Array<{ id: number; clusterId: number; url: string }>> {
  const text = `Synthetic propaganda stand-in number ${++counter} for deconfliction tests, not real content.`;
  const items = [];
  for (const [i, c] of callers.entries()) {
    const res = await c.post('/items', { url: `https://dtube.example/v/${counter}-${i}`, text });
    expect(res.statusCode, res.body).toBe(201);
    items.push(res.json().item);
  }
  return items;
}

describe('holds', () => {
  it('are placed on own items and on clusters the organisation has an item in, and listed only for the holder', async () => {
    const [mine, theirs] = await sameContent(holderAnalyst.as, otherAnalyst.as);
    expect(mine!.clusterId).toBe(theirs!.clusterId);
    const hold = await holderAnalyst.as.post('/holds', { itemId: mine!.id, reason: 'Undercover account follows this; do not refer.' });
    expect(hold.statusCode, hold.body).toBe(201);
    expect(hold.json()).toMatchObject({ itemId: mine!.id, clusterId: null, url: mine!.url, status: 'active', expiresAt: null });
    expect((await holderAnalyst.as.post('/holds', { itemId: mine!.id, reason: 'again' })).json().error.code).toBe('CONFLICT');
    expect((await otherAnalyst.as.post('/holds', { itemId: mine!.id, reason: 'x' })).statusCode).toBe(404);
    expect((await outsider.post('/holds', { clusterId: mine!.clusterId, reason: 'x' })).statusCode).toBe(404);
    expect((await holderAnalyst.as.post('/holds', { itemId: mine!.id, clusterId: mine!.clusterId, reason: 'x' })).json().error.code).toBe('VALIDATION_FAILED');
    expect((await holderAnalyst.as.post('/holds', { clusterId: mine!.clusterId, reason: 'x', expiresAt: '2020-01-01T00:00:00Z' })).json().error.code).toBe('VALIDATION_FAILED');

    const own = (await holderAnalyst.as.get('/holds')).json().holds;
    expect(own.map((h: { id: number }) => h.id)).toContain(hold.json().id);
    expect(own[0].reason).toBe('Undercover account follows this; do not refer.');
    const others = await otherAnalyst.as.get('/holds');
    expect(others.json().holds).toEqual([]);
    expect((await auditor.get('/holds')).statusCode).toBe(403);
  });

  it("block another organisation's referral of the held item or cluster, hide who holds it and why, and tell the holder", async () => {
    const [mine, theirs] = await sameContent(holderAnalyst.as, otherAnalyst.as);
    const reason = 'Source protection: operation NIGHTJAR';
    const hold = (await holderAnalyst.as.post('/holds', { clusterId: mine!.clusterId, reason })).json();
    expect(hold).toMatchObject({ clusterId: mine!.clusterId, itemId: null, status: 'active' });

    const blocked = await otherAnalyst.as.post('/referrals', { itemId: theirs!.id });
    expect(blocked.statusCode).toBe(409);
    expect(blocked.json().error.code).toBe('ITEM_HELD');
    expect(blocked.body).not.toContain('NIGHTJAR');
    expect(blocked.body).not.toContain(iru.name);
    expect(blocked.json().error.details).toBeUndefined();
    expect((await otherAnalyst.as.get('/referrals')).json().referrals).toEqual([]);
    // Holding what another organisation holds is refused the same way.
    expect((await otherAnalyst.as.post('/holds', { clusterId: theirs!.clusterId, reason: 'ours too' })).json().error.code).toBe('ITEM_HELD');
    expect((await otherAnalyst.as.post('/holds', { itemId: theirs!.id, reason: 'ours too' })).json().error.code).toBe('ITEM_HELD');

    const target = { itemId: theirs!.id, url: theirs!.url, clusterId: theirs!.clusterId };
    expect(await t.container.holds.isHeld(target, partner.id)).toBe(true);
    expect(await t.container.holds.isHeld(target, iru.id)).toBe(false);

    const unread = (await holderAnalyst.as.get('/notifications?unread=true')).json().notifications;
    expect(unread.map((n: { payload: { action: string } }) => n.payload.action)).toEqual(['hold_attempted', 'hold_attempted', 'referral_proposed']);
    expect(unread[2]).toMatchObject({ kind: 'hold.conflict', readAt: null, payload: { holdId: hold.id, clusterId: mine!.clusterId, organisationId: partner.id, organisationName: partner.name } });
    expect(JSON.stringify(unread)).not.toContain(String(theirs!.url));
    const read = await holderAnalyst.as.post(`/notifications/${unread[2].id}/read`);
    expect(read.json().readAt).not.toBeNull();
    expect((await holderAnalyst.as.get('/notifications?unread=true')).json().notifications).toHaveLength(2);
    expect((await otherAnalyst.as.post(`/notifications/${unread[2].id}/read`)).statusCode).toBe(404);
    expect((await otherAnalyst.as.get('/notifications')).json().notifications).toEqual([]);

    // The holder's own hold does not stop the holder.
    expect((await holderAnalyst.as.post('/referrals', { itemId: mine!.id })).statusCode).toBe(201);

    expect((await otherAnalyst.as.delete(`/holds/${hold.id}`)).statusCode).toBe(404);
    const released = await holderAnalyst.as.delete(`/holds/${hold.id}`);
    expect(released.json()).toMatchObject({ status: 'released', releasedBy: holderAnalyst.email });
    expect((await holderAnalyst.as.delete(`/holds/${hold.id}`)).json().error.code).toBe('INVALID_STATE_TRANSITION');
    expect((await otherAnalyst.as.post('/referrals', { itemId: theirs!.id })).statusCode).toBe(201);
  });

  it("hold an item's URL too: the same URL submitted by another organisation is blocked", async () => {
    const url = `https://dtube.example/watch/same-${++counter}`;
    const mine = (await holderAnalyst.as.post('/items', { url })).json().item;
    const theirs = (await otherAnalyst.as.post('/items', { url })).json().item;
    expect(theirs.id).not.toBe(mine.id);
    await holderAnalyst.as.post('/holds', { itemId: mine.id, reason: 'Ongoing investigation' });
    expect((await otherAnalyst.as.post('/referrals', { itemId: theirs.id })).json().error.code).toBe('ITEM_HELD');
  });

  it('stop blocking once expired, by the clock', async () => {
    const [mine, theirs] = await sameContent(holderAnalyst.as, otherAnalyst.as);
    const expiresAt = new Date(t.clock.now().getTime() + 2 * 3_600_000).toISOString();
    const hold = (await holderAnalyst.as.post('/holds', { clusterId: mine!.clusterId, reason: 'Two hours', expiresAt })).json();
    expect(hold.expiresAt).toBe(expiresAt);
    expect((await otherAnalyst.as.post('/referrals', { itemId: theirs!.id })).json().error.code).toBe('ITEM_HELD');

    t.clock.advance(2 * 3_600_000);
    // Sessions idle out after an hour without a request.
    holderAnalyst.as = await signIn(t, holderAnalyst);
    otherAnalyst.as = await signIn(t, otherAnalyst);
    const after = await otherAnalyst.as.post('/referrals', { itemId: theirs!.id });
    expect(after.statusCode, after.body).toBe(201);
    const expired = (await holderAnalyst.as.get('/holds?status=expired')).json().holds;
    expect(expired.map((h: { id: number; status: string }) => [h.id, h.status])).toEqual([[hold.id, 'expired']]);
    expect((await holderAnalyst.as.get('/holds?status=active')).json().holds.map((h: { id: number }) => h.id)).not.toContain(hold.id);
  });
});
