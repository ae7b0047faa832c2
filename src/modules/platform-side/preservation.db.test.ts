// Preservation of removed content (TCO Art. 6) through the HTTP API and the retention job, with a
// manual clock: six months from the removal (181 days from 1 September 2025), extensions, purge.
import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createJobScheduler, createJobWorker } from '../../container.ts';
import type { Organisation } from '../organisations/organisation.model.ts';
import { buildPlatformParties, type PlatformParties } from '../../../test/platform-parties.ts';
import { multipart } from '../../../test/multipart.ts';
import { syntheticImage } from '../../../test/synthetic-media.ts';
import { createTestApp, type TestApp } from '../../../test/test-app.ts';

const DAY = 86_400_000;
const START = '2025-09-01T10:00:00.000Z';
let t: TestApp;
let operator: Organisation;
let iru: Organisation;
let parties: PlatformParties;
let as: PlatformParties['as'];
let counter = 0;

beforeAll(async () => {
  t = await createTestApp({}, { clockStart: START });
  parties = await buildPlatformParties(t, { name: 'Keep Tube', domain: 'keeptube.example' });
  ({ iru, operator, as } = parties);
});
afterAll(async () => {
  await t.close();
});

/** A removal order of a new item on Keep Tube, sent and acknowledged; `media` uploads a synthetic image with it. */
async function acknowledgedOrder(media?: Buffer): Promise<number> {
  const url = `https://keeptube.example/v/${++counter}`;
  const res = media
    ? await as.analyst.request({ method: 'POST', url: '/items/media', ...multipart(media, 'still.png', { url }) })
    : await as.analyst.post('/items', { url });
  expect(res.statusCode, res.body).toBe(201);
  const item = res.json().item;
  const referral = await as.analyst.post('/referrals', { itemId: item.id, kind: 'removal_order', removalOrder: { issuingMemberState: 'BE', issuingAuthority: 'Fictional IRU', referenceNumber: `KEEP-${counter}`, reasons: ['threat'], language: 'en', addresseeContact: 'legal@keeptube.example' } });
  expect(referral.statusCode, referral.body).toBe(201);
  const id = referral.json().id as number;
  expect((await as.supervisor.post(`/referrals/${id}/approve`, {})).statusCode).toBe(200);
  expect((await as.supervisor.post(`/referrals/${id}/events`, { event: 'send' })).statusCode).toBe(200);
  expect((await as.liaison.post(`/platform/referrals/${id}/responses`, { action: 'acknowledge' })).statusCode).toBe(200);
  return id;
}

async function answer(id: number, body: Record<string, unknown>): Promise<void> {
  const res = await as.liaison.post(`/platform/referrals/${id}/responses`, body);
  expect(res.statusCode, res.body).toBe(200);
}

async function preservationsOfLiaison(caller = as.liaison): Promise<Array<Record<string, unknown> & { id: number; referralId: number }>> {
  const res = await caller.get('/platform/preservations');
  expect(res.statusCode, res.body).toBe(200);
  return res.json().preservations;
}

const preservationOf = async (referralId: number) => (await preservationsOfLiaison()).find((p) => p.referralId === referralId)!;

/** Fires the schedules and runs only the retention job, as a worker process would. */
async function runRetention(): Promise<void> {
  const scheduler = createJobScheduler(t.container);
  await scheduler.register();
  await scheduler.tick();
  await createJobWorker(t.container, { kinds: ['preservations.purge'] }).drain();
}

async function auditEvents(action: string, targetId: number): Promise<Array<{ organisation_id: number; actor_type: string; summary: { details: Record<string, unknown> } }>> {
  const { rows } = await t.db.query<{ organisation_id: number; actor_type: string; summary: { details: Record<string, unknown> } }>('select organisation_id, actor_type, summary from audit_events where action = $1 and target_id = $2 order by seq', [action, String(targetId)]);
  return rows;
}

describe('the retention job', () => {
  it('keeps removed content six months: nothing purged on day 179, purged with an audit event on day 181; an extension moves the end', async () => {
    const png = await syntheticImage(41);
    const kept = await acknowledgedOrder(png);
    const extended = await acknowledgedOrder();
    await answer(kept, { action: 'remove', reason: 'Removed; copy in the evidence store' });
    await answer(extended, { action: 'geo_block' });
    const before = await preservationOf(kept);
    expect(before).toMatchObject({ action: 'removed', removedAt: START, preserveUntil: '2026-03-01T10:00:00.000Z', status: 'preserved', url: `https://keeptube.example/v/${counter - 1}`, note: 'Removed; copy in the evidence store', purgedAt: null, extensions: [] });
    expect(before.mediaSha256).toEqual([createHash('sha256').update(png).digest('hex')]);
    expect(await auditEvents('preservation.started', before.id)).toEqual([expect.objectContaining({ organisation_id: operator.id, actor_type: 'system' })]);

    t.clock.advance(179 * DAY);
    await parties.resignIn();
    await runRetention();
    expect(await preservationOf(kept)).toMatchObject({ status: 'preserved', purgedAt: null });

    // The referring authority asks for 30 more days for proceedings.
    const res = await as.supervisor.post(`/referrals/${extended}/preservation/extensions`, { days: 30, reason: 'Court of Example, case 12/34' });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ preserveUntil: '2026-03-31T10:00:00.000Z', extensions: [{ requestedBy: 'referring_organisation', days: 30, reason: 'Court of Example, case 12/34', previousUntil: '2026-03-01T10:00:00.000Z', newUntil: '2026-03-31T10:00:00.000Z' }] });
    const { rows } = await t.db.query<{ payload: Record<string, unknown> }>("select payload from notifications where organisation_id = $1 and kind = 'preservation.extended'", [operator.id]);
    expect(rows).toEqual([{ payload: expect.objectContaining({ referralId: extended, days: 30, requestedBy: 'referring_organisation', preserveUntil: '2026-03-31T10:00:00.000Z' }) }]);

    t.clock.advance(2 * DAY);
    await parties.resignIn();
    await runRetention();
    const purged = await preservationOf(kept);
    expect(purged).toMatchObject({ status: 'purged', purgedAt: '2026-03-01T10:00:00.000Z', url: null, mediaSha256: [], note: null, referralId: kept, removedAt: START, preserveUntil: '2026-03-01T10:00:00.000Z' });
    const events = await auditEvents('preservation.purged', purged.id);
    expect(events).toEqual([expect.objectContaining({ organisation_id: operator.id, actor_type: 'system' })]);
    expect(events[0]!.summary.details).toMatchObject({ referralId: kept, mediaPurged: 1 });
    expect(await preservationOf(extended)).toMatchObject({ status: 'preserved' });

    // A second run purges nothing again; the extended one goes when its new end passes.
    await runRetention();
    expect(await auditEvents('preservation.purged', purged.id)).toHaveLength(1);
    t.clock.advance(30 * DAY);
    await parties.resignIn();
    await runRetention();
    expect(await preservationOf(extended)).toMatchObject({ status: 'purged', url: null });
    expect((await as.supervisor.post(`/referrals/${extended}/preservation/extensions`, { days: 10, reason: 'Too late' })).json().error.code).toBe('PRESERVATION_ENDED');
  });
});

describe('preservations', () => {
  it('start on removal or geo-block only, and are seen by the operating platform and the referring organisation alone', async () => {
    const removed = await acknowledgedOrder();
    const rejected = await acknowledgedOrder();
    await answer(removed, { action: 'remove' });
    await answer(rejected, { action: 'reject', rejectReason: 'not_terrorist_content' });
    const mine = await preservationOf(removed);
    expect(mine).toMatchObject({ referralId: removed, referenceNumber: `KEEP-${counter - 1}`, status: 'preserved' });
    expect((await preservationsOfLiaison()).map((p) => p.referralId)).not.toContain(rejected);
    expect((await as.supervisor.get(`/referrals/${rejected}/preservation`)).statusCode).toBe(404);

    const own = await as.supervisor.get(`/referrals/${removed}/preservation`);
    expect(own.statusCode, own.body).toBe(200);
    expect(own.json()).toMatchObject({ id: mine.id, referralId: removed });

    // Isolation: another platform, another authority, and roles without the permission.
    expect((await preservationsOfLiaison(as.otherLiaison)).map((p) => p.id)).not.toContain(mine.id);
    expect((await as.otherLiaison.post(`/platform/preservations/${mine.id}/extensions`, { days: 5, reason: 'x' })).statusCode).toBe(404);
    expect((await as.outsider.get(`/referrals/${removed}/preservation`)).statusCode).toBe(404);
    expect((await as.outsider.post(`/referrals/${removed}/preservation/extensions`, { days: 5, reason: 'x' })).statusCode).toBe(404);
    expect((await as.analyst.get('/platform/preservations')).statusCode).toBe(403);
    expect((await as.analyst.post(`/referrals/${removed}/preservation/extensions`, { days: 5, reason: 'x' })).statusCode).toBe(403);
  });

  it('are extended by the platform for a request received elsewhere, and the referring organisation is told', async () => {
    const id = await acknowledgedOrder();
    await answer(id, { action: 'remove' });
    const p = await preservationOf(id);
    expect((await as.liaison.post(`/platform/preservations/${p.id}/extensions`, { days: 0, reason: 'x' })).json().error.code).toBe('VALIDATION_FAILED');
    expect((await as.liaison.post(`/platform/preservations/${p.id}/extensions`, { days: 10, reason: '  ' })).json().error.code).toBe('VALIDATION_FAILED');
    const res = await as.liaison.post(`/platform/preservations/${p.id}/extensions`, { days: 10, reason: 'Order of the Example District Court' });
    expect(res.statusCode, res.body).toBe(200);
    const until = new Date(new Date(p.preserveUntil as string).getTime() + 10 * DAY).toISOString();
    expect(res.json()).toMatchObject({ preserveUntil: until, extensions: [{ requestedBy: 'platform', days: 10 }] });
    const { rows } = await t.db.query<{ n: number }>("select count(*)::int as n from notifications where organisation_id = $1 and kind = 'preservation.extended' and (payload->>'referralId')::bigint = $2", [iru.id, id]);
    expect(rows[0]!.n).toBe(1);
    expect(await auditEvents('preservation.extended', p.id)).toEqual([expect.objectContaining({ organisation_id: operator.id, actor_type: 'member' })]);
    // The list filters by status.
    expect((await as.liaison.get('/platform/preservations?status=purged')).json().preservations.map((x: { id: number }) => x.id)).not.toContain(p.id);
  });
});
