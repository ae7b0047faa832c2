import { Writable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildOrganisation, buildSignedInMember, signIn, type Caller } from '../../../test/factories.ts';
import { createTestApp, type TestApp } from '../../../test/test-app.ts';
import { createLogger } from '../../core/logging/logger.ts';
import type { Organisation } from '../organisations/organisation.model.ts';

let t: TestApp;
let org: Organisation;
let admin: Caller;
let auditor: Caller;
const logs: string[] = [];

beforeAll(async () => {
  t = await createTestApp();
  org = await buildOrganisation(t, { kind: 'authority' });
  admin = (await buildSignedInMember(t, org, ['admin'])).as;
  auditor = (await buildSignedInMember(t, org, ['auditor'])).as;
});
afterAll(async () => {
  await t.close();
});

async function events(caller: Caller, query = '') {
  const res = await caller.get(`/audit/events?limit=1000${query}`);
  expect(res.statusCode).toBe(200);
  return res.json().events as Array<{ seq: number; action: string; actor: { label: string }; target: { type: string; id: string }; summary: { before?: unknown; after?: unknown }; organisationId: number; requestId: string | null }>;
}

describe('audit trail', () => {
  it('records every change with actor, target, before/after and request id', async () => {
    const created = await admin.post('/members', { email: 'audited@example.org', displayName: 'Audited', roles: ['analyst'], password: 'correct horse battery' });
    const id = created.json().id;
    await admin.patch(`/members/${id}`, { roles: ['analyst', 'supervisor'] });
    const trail = await events(auditor, '&targetType=member');
    const createdEvent = trail.find((e) => e.action === 'member.created' && e.target.id === String(id))!;
    expect(createdEvent).toMatchObject({ organisationId: org.id, summary: { after: { email: 'audited@example.org', roles: ['analyst'] } }, requestId: created.headers['x-request-id'] });
    const updated = trail.find((e) => e.action === 'member.updated' && e.target.id === String(id))!;
    expect(updated.summary).toMatchObject({ before: { roles: ['analyst'] }, after: { roles: ['analyst', 'supervisor'] } });
  });

  it('writes no event when the change fails, and no change without its event', async () => {
    const before = (await events(auditor)).length;
    const dup = await admin.post('/members', { email: 'audited@example.org', displayName: 'Again', roles: ['analyst'], password: 'correct horse battery' });
    expect(dup.statusCode).toBe(409);
    expect((await events(auditor)).length).toBe(before);
  });

  it("shows auditors only their own organisation's events, and nobody else may read them", async () => {
    const other = await buildOrganisation(t, { kind: 'ngo' });
    const otherAdmin = (await buildSignedInMember(t, other, ['admin'])).as;
    await otherAdmin.post('/members', { email: 'secret.ngo@example.org', displayName: 'NGO', roles: ['analyst'], password: 'correct horse battery' });
    const mine = await events(auditor);
    expect(mine.every((e) => e.organisationId === org.id)).toBe(true);
    expect(JSON.stringify(mine)).not.toContain('secret.ngo@example.org');
    expect((await admin.get('/audit/events')).statusCode).toBe(403);
    expect((await admin.get('/audit/events')).json().error.code).toBe('FORBIDDEN');
  });

  it('exports as JSON lines and CSV', async () => {
    const jsonl = await auditor.get('/audit/export?format=jsonl');
    expect(jsonl.headers['content-type']).toContain('application/x-ndjson');
    const lines = jsonl.body.trim().split('\n').map((l) => JSON.parse(l) as { seq: number; organisationId: number });
    expect(lines.length).toBe((await events(auditor)).length);
    expect(lines.every((l) => l.organisationId === org.id)).toBe(true);
    const csv = await auditor.get('/audit/export?format=csv&action=member.created');
    expect(csv.headers['content-type']).toContain('text/csv');
    const rows = csv.body.trim().split('\r\n');
    expect(rows[0]).toBe('seq,occurred_at,organisation_id,actor_type,actor_id,actor_label,action,target_type,target_id,summary,request_id,prev_hash,hash');
    expect(rows.slice(1).every((r) => r.includes(',member.created,'))).toBe(true);
    expect((await auditor.get('/audit/export?format=xml')).json().error.code).toBe('VALIDATION_FAILED');
  });

  it('never holds secrets: no password hash, session token or API key secret in the trail, responses or logs', async () => {
    const sink = new Writable({ write: (c: Buffer, _e, cb) => (logs.push(c.toString()), cb()) });
    const logged = await createTestApp();
    (logged.container as { logger: unknown }).logger = createLogger('debug', sink);
    const { buildApp } = await import('../../http/app.ts');
    const app = await buildApp(logged.container);
    try {
      const o = await buildOrganisation(logged);
      const m = await buildSignedInMember({ ...logged, app }, o, ['admin']);
      const key = (await m.as.post('/api-keys', { name: 'k', scopes: ['read'] })).json().key as string;
      await app.inject({ url: '/organisation', headers: { authorization: `Bearer ${key}` } });
      const sessionToken = m.as.headers.cookie!.split('=')[1]!;
      const { rows: hashes } = await logged.db.query<{ password_hash: string }>('select password_hash from members');
      const { rows: trail } = await logged.db.query<{ summary: unknown; actor_label: string }>('select summary, actor_label from audit_events');
      const haystacks = [JSON.stringify(trail), logs.join('\n'), JSON.stringify((await m.as.get('/members')).json()), JSON.stringify((await m.as.get('/api-keys')).json())];
      for (const secret of [sessionToken, key, key.slice(17), ...hashes.map((h) => h.password_hash), m.password]) {
        for (const hay of haystacks) expect(hay).not.toContain(secret);
      }
      expect(logs.some((l) => l.includes('"reqId"'))).toBe(true); // requests were logged, without their secrets
    } finally {
      await app.close();
      await logged.close();
    }
  });
});

describe('tamper evidence', () => {
  async function freshTrail() {
    const x = await createTestApp();
    const o = await buildOrganisation(x);
    const a = await buildSignedInMember(x, o, ['admin']);
    for (let i = 0; i < 4; i++) await a.as.post('/members', { email: `t${i}@example.org`, displayName: `T${i}`, roles: ['analyst'], password: 'correct horse battery' });
    const verify = () => x.container.auditTrail.verify(2); // small pages exercise the paging
    const { rows } = await x.db.query<{ n: number }>('select count(*) as n from audit_events');
    return { x, verify, count: rows[0]!.n, auditor: await signIn(x, await (await import('../../../test/factories.ts')).buildMember(x, o, ['auditor'])) };
  }

  it('verifies an untouched trail through the API and the service', async () => {
    const { x, verify, count, auditor: aud } = await freshTrail();
    try {
      expect(await verify()).toEqual({ ok: true, checked: count + 2, headSeq: count + 2 }); // + the auditor's creation and sign-in
      expect((await aud.get('/audit/verify')).json()).toMatchObject({ ok: true });
    } finally {
      await x.close();
    }
  });

  it('names the first event modified in SQL', async () => {
    const { x, verify } = await freshTrail();
    try {
      await x.db.query(`update audit_events set summary = jsonb_set(summary, '{after,roles}', '["admin"]') where seq = 4`);
      expect(await verify()).toMatchObject({ ok: false, firstBreak: { seq: 4, reason: 'modified' } });
    } finally {
      await x.close();
    }
  });

  it('names a deleted event, a deleted tail and reordered events', async () => {
    const { x, verify } = await freshTrail();
    try {
      await x.db.query('delete from audit_events where seq = 3');
      expect(await verify()).toMatchObject({ ok: false, firstBreak: { seq: 3, reason: 'missing' } });
    } finally {
      await x.close();
    }
    const tail = await freshTrail();
    try {
      await tail.x.db.query('delete from audit_events where seq = (select max(seq) from audit_events)');
      expect(await tail.verify()).toMatchObject({ ok: false, firstBreak: { reason: 'truncated' } });
    } finally {
      await tail.x.close();
    }
    const swapped = await freshTrail();
    try {
      // Swap the contents of events 4 and 5 while keeping their seq numbers.
      await swapped.x.db.query(`
        update audit_events a set occurred_at = b.occurred_at, action = b.action, target_id = b.target_id, summary = b.summary, request_id = b.request_id, prev_hash = b.prev_hash, hash = b.hash
          from (select * from audit_events where seq in (4, 5)) b
         where a.seq in (4, 5) and b.seq = 9 - a.seq`);
      expect(await swapped.verify()).toMatchObject({ ok: false, firstBreak: { seq: 4 } });
    } finally {
      await swapped.x.close();
    }
  });
});
