// Complaints about removals (TCO Art. 10) through the HTTP API with a manual clock: recorded by the
// platform's liaison, two weeks to decide, overdue when undecided after that; upheld restores the
// content (the referral moves to `restored`); the referring organisation is told of both steps.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Organisation } from '../organisations/organisation.model.ts';
import type { Caller } from '../../../test/factories.ts';
import { buildPlatformParties, type PlatformParties } from '../../../test/platform-parties.ts';
import { createTestApp, type TestApp } from '../../../test/test-app.ts';

const DAY = 86_400_000;
let t: TestApp;
let operator: Organisation;
let iru: Organisation;
let parties: PlatformParties;
let members: PlatformParties['members'];
let as: PlatformParties['as'];
let counter = 0;

beforeAll(async () => {
  t = await createTestApp();
  parties = await buildPlatformParties(t, { name: 'Complaint Tube', domain: 'complainttube.example' });
  ({ iru, operator, members, as } = parties);
});
afterAll(async () => {
  await t.close();
});

/** A voluntary referral of a new item, sent, acknowledged and then answered with `action` (if any). */
async function referral(action?: 'remove' | 'geo_block' | 'reject'): Promise<number> {
  const item = (await as.analyst.post('/items', { url: `https://complainttube.example/v/${++counter}` })).json().item;
  const id = (await as.analyst.post('/referrals', { itemId: item.id, kind: 'voluntary_referral' })).json().id as number;
  expect((await as.supervisor.post(`/referrals/${id}/approve`, {})).statusCode).toBe(200);
  expect((await as.supervisor.post(`/referrals/${id}/events`, { event: 'send' })).statusCode).toBe(200);
  expect((await as.liaison.post(`/platform/referrals/${id}/responses`, { action: 'acknowledge' })).statusCode).toBe(200);
  if (action) {
    const res = await as.liaison.post(`/platform/referrals/${id}/responses`, action === 'reject' ? { action, rejectReason: 'not_hosted_here' } : { action });
    expect(res.statusCode, res.body).toBe(200);
  }
  return id;
}

const complain = (id: number, body: Record<string, unknown> = {}, caller?: Caller) => (caller ?? as.liaison).post(`/platform/referrals/${id}/complaints`, body);
const decide = (id: number, body: Record<string, unknown>, caller?: Caller) => (caller ?? as.liaison).post(`/platform/complaints/${id}/decision`, body);

async function notifications(kind: string, referralId: number): Promise<Array<Record<string, unknown>>> {
  const { rows } = await t.db.query<{ payload: Record<string, unknown> }>('select payload from notifications where organisation_id = $1 and kind = $2 and (payload->>\'referralId\')::bigint = $3 order by id', [iru.id, kind, referralId]);
  return rows.map((r) => r.payload);
}

describe('recording a complaint', () => {
  it('is for removed or blocked content, with a two-week deadline, one open at a time; the referrer is told', async () => {
    const id = await referral('remove');
    const now = t.clock.now();
    const res = await complain(id, { complainantReference: 'TICKET-77', grounds: 'It is news reporting' });
    expect(res.statusCode, res.body).toBe(201);
    const complaint = res.json();
    expect(complaint).toMatchObject({ referralId: id, receivedAt: now.toISOString(), deadlineAt: new Date(now.getTime() + 14 * DAY).toISOString(), overdue: false, outcome: null, decidedAt: null, decidedLate: false, complainantReference: 'TICKET-77', grounds: 'It is news reporting' });
    expect(complaint.recordedBy).toBe(members.liaison.email);
    expect(await notifications('complaint.received', id)).toEqual([expect.objectContaining({ complaintId: complaint.id, deadlineAt: complaint.deadlineAt })]);
    expect((await complain(id)).json().error.code).toBe('COMPLAINT_ALREADY_OPEN');

    // The referring organisation sees the complaint and its deadline, not the complainant.
    const seen = await as.supervisor.get(`/referrals/${id}/complaints`);
    expect(seen.statusCode, seen.body).toBe(200);
    expect(seen.json().complaints).toEqual([expect.objectContaining({ id: complaint.id, outcome: null, overdue: false })]);
    expect(seen.body).not.toContain('TICKET-77');
    expect(seen.body).not.toContain('news reporting');
  });

  it('refuses content that was not removed, times in the future or before the removal, and other platforms or roles', async () => {
    const acknowledged = await referral();
    const rejected = await referral('reject');
    expect((await complain(acknowledged)).json().error.code).toBe('COMPLAINT_NOT_ALLOWED');
    expect((await complain(rejected)).json().error.code).toBe('COMPLAINT_NOT_ALLOWED');
    const blocked = await referral('geo_block');
    expect((await complain(blocked, { receivedAt: new Date(t.clock.now().getTime() + 60_000).toISOString() })).json().error.code).toBe('VALIDATION_FAILED');
    expect((await complain(blocked, { receivedAt: new Date(t.clock.now().getTime() - DAY).toISOString() })).json().error.code).toBe('VALIDATION_FAILED');
    expect((await complain(blocked, {}, as.otherLiaison)).statusCode).toBe(404);
    expect((await complain(blocked, {}, as.analyst)).statusCode).toBe(403);
    expect((await as.outsider.get(`/referrals/${blocked}/complaints`)).statusCode).toBe(404);
    const ok = await complain(blocked);
    expect(ok.statusCode, ok.body).toBe(201);
    expect((await decide(ok.json().id, { outcome: 'dismissed', reason: 'x' }, as.otherLiaison)).statusCode).toBe(404);
    expect((await as.otherLiaison.get('/platform/complaints')).json().complaints).toEqual([]);
  });
});

describe('deciding a complaint', () => {
  it('is overdue after two weeks undecided, listed as such, and decided late stays marked', async () => {
    const id = await referral('remove');
    const complaint = (await complain(id)).json();
    t.clock.advance(13 * DAY);
    await parties.resignIn();
    const overdueIds = async () => (await as.liaison.get('/platform/complaints?overdue=true')).json().complaints.map((c: { id: number }) => c.id);
    expect(await overdueIds()).not.toContain(complaint.id);
    t.clock.advance(2 * DAY);
    await parties.resignIn();
    const listed = (await as.liaison.get('/platform/complaints?overdue=true')).json();
    expect(listed.complaints.map((c: { id: number }) => c.id)).toContain(complaint.id);
    expect(listed.complaints.every((c: { overdue: boolean }) => c.overdue)).toBe(true);
    expect(listed.overdue).toBe(listed.complaints.length);
    expect((await as.supervisor.get(`/referrals/${id}/complaints`)).json().complaints[0]).toMatchObject({ overdue: true });

    const decided = await decide(complaint.id, { outcome: 'dismissed', reason: 'Propaganda, not reporting' });
    expect(decided.statusCode, decided.body).toBe(200);
    expect(decided.json()).toMatchObject({ outcome: 'dismissed', decisionReason: 'Propaganda, not reporting', overdue: false, decidedLate: true, decidedBy: members.liaison.email });
    expect(await overdueIds()).not.toContain(complaint.id);
    expect((await as.supervisor.get(`/referrals/${id}`)).json().state).toBe('removed');
    expect(await notifications('complaint.decided', id)).toEqual([expect.objectContaining({ complaintId: complaint.id, outcome: 'dismissed', restored: false })]);
    expect((await decide(complaint.id, { outcome: 'upheld', reason: 'again' })).json().error.code).toBe('COMPLAINT_ALREADY_DECIDED');
    // A new complaint may follow a dismissed one.
    expect((await complain(id)).statusCode).toBe(201);
  });

  it('upheld restores the content, even after a re-check closed the referral, and tells the referrer', async () => {
    const id = await referral('remove');
    expect((await as.supervisor.post(`/referrals/${id}/events`, { event: 'recheck_confirmed' })).json().state).toBe('closed');
    const complaint = (await complain(id, { grounds: 'Satire' })).json();
    t.clock.advance(3 * DAY);
    await parties.resignIn();
    expect((await decide(complaint.id, { outcome: 'upheld' })).json().error.code).toBe('VALIDATION_FAILED');
    const res = await decide(complaint.id, { outcome: 'upheld', reason: 'Satire, not terrorist content' });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ outcome: 'upheld', decidedLate: false, overdue: false });

    expect((await as.supervisor.get(`/referrals/${id}`)).json().state).toBe('restored');
    const detail = (await as.liaison.get(`/platform/referrals/${id}`)).json();
    expect(detail.state).toBe('restored');
    expect(detail.timeline.at(-1)).toMatchObject({ event: 'restore', fromState: 'closed', toState: 'restored', by: 'recipient', reason: 'Satire, not terrorist content' });
    expect(await notifications('complaint.decided', id)).toEqual([expect.objectContaining({ outcome: 'upheld', restored: true })]);
    const { rows } = await t.db.query<{ action: string; organisation_id: number }>("select action, organisation_id from audit_events where (target_type = 'referral' and target_id = $1 and action = 'referral.restored') or (target_type = 'complaint' and target_id = $2) order by seq", [String(id), String(complaint.id)]);
    expect(rows.map((r) => [r.action, r.organisation_id])).toEqual([['complaint.received', operator.id], ['referral.restored', operator.id], ['complaint.decided', operator.id]]);
    // Restored content cannot be complained about again.
    expect((await complain(id)).json().error.code).toBe('COMPLAINT_NOT_ALLOWED');
    const referrerView = (await as.supervisor.get(`/referrals/${id}/complaints`)).json().complaints[0];
    expect(referrerView).toMatchObject({ outcome: 'upheld', decisionReason: 'Satire, not terrorist content' });
  });
});
