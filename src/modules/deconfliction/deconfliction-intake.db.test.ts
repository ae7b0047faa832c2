// Deconfliction meets intake: holds follow their cluster when an intake merges it into another, an
// absorbed cluster's id leads to the survivor, the holder is told (once per window) when another
// organisation submits content its hold covers, and the submitter's item says it is held.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Organisation } from '../organisations/organisation.model.ts';
import { buildOrganisation, buildSignedInMember, type Caller } from '../../../test/factories.ts';
import { multipart } from '../../../test/multipart.ts';
import { syntheticImage } from '../../../test/synthetic-media.ts';
import { createTestApp, type TestApp } from '../../../test/test-app.ts';

const HOUR = 3_600_000;
let t: TestApp;
let holderOrg: Organisation;
let partnerOrg: Organisation;
let holder: Caller;
let partner: Caller;
let partnerSupervisor: Caller;
let partnerCoordinator: Caller;
let counter = 0;

beforeAll(async () => {
  // The notice window is moved past by the clock; sessions must outlast it.
  t = await createTestApp({ sessionIdleMinutes: 10_000, sessionTtlHours: 720, holdNoticeWindowHours: 24 });
  holderOrg = await buildOrganisation(t, { kind: 'authority' });
  partnerOrg = await buildOrganisation(t, { kind: 'authority' });
  holder = (await buildSignedInMember(t, holderOrg, ['analyst'])).as;
  partner = (await buildSignedInMember(t, partnerOrg, ['analyst'])).as;
  partnerSupervisor = (await buildSignedInMember(t, partnerOrg, ['supervisor'])).as;
  partnerCoordinator = (await buildSignedInMember(t, partnerOrg, ['coordinator'])).as;
  const platform = await partnerCoordinator.post('/platforms', { name: 'Intake Tube', category: 'video', domains: ['intaketube.example'] });
  expect(platform.statusCode, platform.body).toBe(201);
});
afterAll(async () => {
  await t.close();
});

const syntheticText = (label: string) => `Synthetic stand-in ${label} ${++counter} for deconfliction intake tests; fictional, not real content.`;

async function submit(caller: Caller, body: Record<string, unknown>): Promise<{ id: number; clusterId: number; url: string; held: boolean; heldBy: string | null }> {
  const res = await caller.post('/items', body);
  expect(res.statusCode, res.body).toBe(201);
  return res.json().item;
}

async function submitMedia(caller: Caller, image: Buffer, fields: Record<string, string>): Promise<{ id: number; clusterId: number }> {
  const res = await caller.request({ method: 'POST', url: '/items/media', ...multipart(image, 'still.png', fields) });
  expect(res.statusCode, res.body).toBe(201);
  return res.json().item;
}

type Notice = { id: number; kind: string; payload: Record<string, unknown> };
const submittedNotices = async (caller: Caller, holdId: number): Promise<Notice[]> =>
  ((await caller.get('/notifications?limit=500')).json().notifications as Notice[]).filter((n) => n.payload.action === 'item_submitted' && n.payload.holdId === holdId);

describe('a hold on a cluster that is merged into another', () => {
  it('moves to the surviving cluster, keeps blocking every item of it, and is released there', async () => {
    const text = syntheticText('merge text');
    const image = await syntheticImage(4101);
    // The partner's text item makes the older cluster; the holder's image item a newer one.
    const partnerText = await submit(partner, { url: `https://intaketube.example/v/text-${counter}`, text });
    const holderImage = await submitMedia(holder, image, { url: `https://intaketube.example/v/image-${counter}` });
    const older = partnerText.clusterId;
    const absorbed = holderImage.clusterId;
    expect(absorbed).toBeGreaterThan(older);
    // Proposed before anything is held: its approval comes later.
    const early = await partner.post('/referrals', { itemId: partnerText.id });
    expect(early.statusCode, early.body).toBe(201);

    const hold = await holder.post('/holds', { clusterId: absorbed, reason: 'Source protection: the image account is watched.' });
    expect(hold.statusCode, hold.body).toBe(201);
    expect(hold.json().clusterId).toBe(absorbed);

    // An item with both the image and the text matches both clusters: the newer one is absorbed.
    const bridge = await submitMedia(partner, image, { url: `https://intaketube.example/v/bridge-${counter}`, text });
    expect(bridge.clusterId).toBe(older);
    expect((await holder.get(`/items/${holderImage.id}`)).json()).toMatchObject({ clusterId: older, held: true, heldBy: 'own_organisation' });

    // The absorbed id leads to the survivor.
    const viaAbsorbed = (await holder.get(`/clusters/${absorbed}`)).json();
    expect(viaAbsorbed).toMatchObject({ id: older, mergedClusterIds: [absorbed], itemCount: 3, organisationCount: 2, ownItemIds: [holderImage.id] });
    expect((await partner.get(`/clusters/${older}`)).json()).toMatchObject({ id: older, mergedClusterIds: [absorbed], ownItemIds: [partnerText.id, bridge.id] });

    // The hold moved with its audit event in the holder's trail, made by Vigil.
    const moved = (await holder.get('/holds?status=active')).json().holds.find((h: { id: number }) => h.id === hold.json().id);
    expect(moved).toMatchObject({ clusterId: older, status: 'active' });
    const { rows: events } = await t.db.query<{ organisation_id: number; actor_type: string; summary: { before: { clusterId: number }; after: { clusterId: number } } }>(
      "select organisation_id, actor_type, summary from audit_events where action = 'hold.moved' and target_id = $1",
      [String(hold.json().id)],
    );
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ organisation_id: holderOrg.id, actor_type: 'system', summary: { before: { clusterId: absorbed }, after: { clusterId: older } } });

    // Every item of the merged cluster is held for the partner: the old cluster's, the bridge.
    for (const itemId of [partnerText.id, bridge.id]) {
      expect((await partner.get(`/items/${itemId}`)).json()).toMatchObject({ held: true, heldBy: 'another_organisation' });
    }
    expect((await partner.post('/referrals', { itemId: bridge.id })).json().error.code).toBe('ITEM_HELD');
    const approval = await partnerSupervisor.post(`/referrals/${early.json().id}/approve`);
    expect(approval.json().error.code, approval.body).toBe('ITEM_HELD');
    expect(approval.body).not.toContain('watched');

    // Released after the merge, it stops blocking.
    const released = await holder.delete(`/holds/${hold.json().id}`);
    expect(released.json()).toMatchObject({ status: 'released', clusterId: older });
    expect((await partner.get(`/items/${bridge.id}`)).json()).toMatchObject({ held: false, heldBy: null });
    expect((await partnerSupervisor.post(`/referrals/${early.json().id}/approve`)).statusCode).toBe(200);

    // A hold placed on the absorbed id lands on the survivor.
    const again = await holder.post('/holds', { clusterId: absorbed, reason: 'Again, on the old id.' });
    expect(again.statusCode, again.body).toBe(201);
    expect(again.json().clusterId).toBe(older);
    expect((await partner.post('/referrals', { itemId: bridge.id })).json().error.code).toBe('ITEM_HELD');
    await holder.delete(`/holds/${again.json().id}`);
  });

  it('merges clusters merged before into the new survivor, so every old id still resolves', async () => {
    const [textA, textB] = [syntheticText('chain a'), syntheticText('chain b')];
    const [imageA, imageB] = await Promise.all([syntheticImage(4201), syntheticImage(4202)]);
    const first = await submit(holder, { url: `https://intaketube.example/v/chain-first-${counter}`, text: textA });
    const second = await submitMedia(holder, imageA, { url: `https://intaketube.example/v/chain-second-${counter}` });
    const third = await submitMedia(holder, imageB, { url: `https://intaketube.example/v/chain-third-${counter}`, text: textB });
    expect(new Set([first.clusterId, second.clusterId, third.clusterId]).size).toBe(3);
    // Third's cluster is absorbed into second's; then second's (with it) into first's.
    expect((await submitMedia(holder, imageA, { url: `https://intaketube.example/v/chain-bridge1-${counter}`, text: textB })).clusterId).toBe(second.clusterId);
    expect((await submitMedia(holder, imageA, { url: `https://intaketube.example/v/chain-bridge2-${counter}`, text: textA })).clusterId).toBe(first.clusterId);
    const { rows } = await t.db.query<{ id: number; merged_into: number }>('select id, merged_into from clusters where id = any($1::bigint[]) order by id', [[second.clusterId, third.clusterId]]);
    expect(rows).toEqual([
      { id: second.clusterId, merged_into: first.clusterId },
      { id: third.clusterId, merged_into: first.clusterId },
    ]);
    for (const id of [first.clusterId, second.clusterId, third.clusterId]) {
      const cluster = (await holder.get(`/clusters/${id}`)).json();
      expect(cluster).toMatchObject({ id: first.clusterId, mergedClusterIds: [second.clusterId, third.clusterId].sort((a, b) => a - b) });
    }
    expect((await partner.get(`/clusters/${second.clusterId}`)).statusCode).toBe(404);
  });
});

describe('another organisation submitting held content', () => {
  it('tells the holder once per window, with the platform and the operation, never the item or its notes', async () => {
    const text = syntheticText('held cluster');
    const mine = await submit(holder, { url: `https://intaketube.example/v/held-${counter}`, text });
    const hold = (await holder.post('/holds', { clusterId: mine.clusterId, reason: 'Undercover work' })).json();
    // The holder's own further copies tell nobody.
    await submit(holder, { url: `https://intaketube.example/v/held-own-${counter}`, text });
    expect(await submittedNotices(holder, hold.id)).toEqual([]);

    const joint = (await partnerCoordinator.post('/operations', { name: 'Joint action day', participants: [holderOrg.id] })).json();
    const first = await submit(partner, { url: `https://intaketube.example/v/found-${counter}`, text, operationId: joint.id, notes: 'PRIVATE-NOTE-1 from the partner' });
    expect(first).toMatchObject({ clusterId: mine.clusterId, held: true, heldBy: 'another_organisation' });
    expect((await partner.get(`/items/${first.id}`)).json()).toMatchObject({ held: true, heldBy: 'another_organisation' });
    expect((await partner.get('/items')).json().items.find((i: { id: number }) => i.id === first.id)).toMatchObject({ held: true, heldBy: 'another_organisation' });

    let notices = await submittedNotices(holder, hold.id);
    expect(notices).toHaveLength(1);
    expect(notices[0]).toMatchObject({
      kind: 'hold.conflict',
      payload: {
        holdId: hold.id,
        clusterId: mine.clusterId,
        itemId: null,
        action: 'item_submitted',
        matchedBy: 'cluster',
        items: 1,
        organisationId: partnerOrg.id,
        organisationName: partnerOrg.name,
        platformName: 'Intake Tube',
        inOperation: true,
        operationId: joint.id,
        operationName: 'Joint action day',
      },
    });
    const seen = JSON.stringify(notices);
    expect(seen).not.toContain('PRIVATE-NOTE-1');
    expect(seen).not.toContain(first.url);

    // More copies within the window are counted, not told; an operation the holder is not in is not named.
    const own = (await partnerCoordinator.post('/operations', { name: 'Partner-only day' })).json();
    await submit(partner, { url: `https://intaketube.example/v/found2-${counter}`, text, operationId: own.id });
    await submit(partner, { url: `https://intaketube.example/v/found3-${counter}`, text });
    expect(await submittedNotices(holder, hold.id)).toHaveLength(1);

    t.clock.advance(25 * HOUR);
    await submit(partner, { url: `https://intaketube.example/v/found4-${counter}`, text, operationId: own.id });
    notices = await submittedNotices(holder, hold.id);
    expect(notices).toHaveLength(2);
    expect(notices[0]!.payload).toMatchObject({ items: 3, inOperation: true, operationId: null, operationName: null });
    expect(JSON.stringify(notices[0])).not.toContain('Partner-only');
    // The partner is told nothing of the holder.
    expect((await partner.get('/notifications')).json().notifications.filter((n: Notice) => n.payload.holdId === hold.id)).toEqual([]);
    await holder.delete(`/holds/${hold.id}`);
  });

  it("tells the holder of an item about its URL and about the same content elsewhere, which only the URL's copy is held for", async () => {
    const text = syntheticText('held item');
    const url = `https://intaketube.example/v/item-held-${counter}`;
    const mine = await submit(holder, { url, text });
    const hold = (await holder.post('/holds', { itemId: mine.id, reason: 'This account only' })).json();

    const sameUrl = await submit(partner, { url });
    expect(sameUrl).toMatchObject({ held: true, heldBy: 'another_organisation' });
    const elsewhere = await submit(partner, { url: `https://intaketube.example/v/item-elsewhere-${counter}`, text });
    expect(elsewhere).toMatchObject({ clusterId: mine.clusterId, held: false, heldBy: null });
    expect((await partner.post('/referrals', { itemId: elsewhere.id })).statusCode).toBe(201);
    expect((await partner.post('/referrals', { itemId: sameUrl.id })).json().error.code).toBe('ITEM_HELD');

    // One notice per hold and organisation in the window, saying how it was first met.
    const notices = await submittedNotices(holder, hold.id);
    expect(notices.map((n) => [n.payload.matchedBy, n.payload.itemId, n.payload.inOperation])).toEqual([['url', mine.id, false]]);
    const { rows } = await t.db.query<{ unreported_items: number }>('select unreported_items from hold_intake_notices where hold_id = $1 and organisation_id = $2', [hold.id, partnerOrg.id]);
    expect(rows).toEqual([{ unreported_items: 1 }]);
    await holder.delete(`/holds/${hold.id}`);
  });

  it('sends one notice for a bulk import of 1,000 re-uploads, and counts the rest', { timeout: 300_000 }, async () => {
    const text = syntheticText('bulk');
    const mine = await submit(holder, { url: `https://intaketube.example/v/bulk-held-${counter}`, text });
    const hold = (await holder.post('/holds', { clusterId: mine.clusterId, reason: 'Bulk case' })).json();
    const rows = Array.from({ length: 1000 }, (_, i) => `https://mirror${i % 7}.example.net/re-upload/${counter}/${i},"${text}",PRIVATE-BULK-NOTE`);
    const csv = ['url,text,notes', ...rows].join('\n');
    const res = await partner.request({ method: 'POST', url: '/items/bulk', payload: csv, headers: { 'content-type': 'text/csv' } });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ rows: 1000, created: 1000, rejected: 0 });

    const notices = await submittedNotices(holder, hold.id);
    expect(notices).toHaveLength(1);
    expect(notices[0]!.payload).toMatchObject({ items: 1, matchedBy: 'cluster', platformId: null, platformName: null, inOperation: false });
    expect(JSON.stringify(notices)).not.toContain('PRIVATE-BULK-NOTE');
    const { rows: counted } = await t.db.query<{ unreported_items: number }>('select unreported_items from hold_intake_notices where hold_id = $1 and organisation_id = $2', [hold.id, partnerOrg.id]);
    expect(counted).toEqual([{ unreported_items: 999 }]);
    const listed = (await partner.get('/items?limit=500')).json().items as Array<{ url: string; held: boolean; heldBy: string | null }>;
    const bulk = listed.filter((i) => i.url.includes(`/re-upload/${counter}/`));
    expect(bulk.length).toBeGreaterThan(0);
    expect(bulk.every((i) => i.held && i.heldBy === 'another_organisation')).toBe(true);
  });
});
