// A fictional group moves, over 48 hours, from registered mainstream platforms to its own site
// linked from its posts: the site becomes a candidate platform at the threshold, the job alerts the
// authorities with items on it, the operation's graph shows the move, and a coordinator promotes it.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildOrganisation, buildSignedInMember, type Caller } from '../../../test/factories.ts';
import { createTestApp, type TestApp } from '../../../test/test-app.ts';
import { CANDIDATE_NOTIFICATION } from './emerging.service.ts';

const HOUR = 3_600_000;
let t: TestApp;
let coordinator: Caller;
let analyst: Caller;
let partnerAnalyst: Caller;
let auditor: Caller;
let outsider: Caller;
let operationId: number;
let tubeId: number;

const code = (res: { json(): unknown }) => (res.json() as { error?: { code: string } }).error?.code;

interface Stats {
  domain: string;
  firstSeen: string;
  items: number;
  links: number;
  operations: number;
  organisations: number;
  platformId: number | null;
  candidateStatus: string | null;
}

async function submit(as: Caller, url: string, text?: string) {
  const res = await as.post('/items', { operationId, url, ...(text ? { text } : {}) });
  expect(res.statusCode, res.body).toBe(201);
}

async function candidates(status = 'candidate'): Promise<Stats[]> {
  const res = await analyst.get(`/emerging/candidates?status=${status}`);
  expect(res.statusCode, res.body).toBe(200);
  return res.json().candidates;
}

beforeAll(async () => {
  // The scenario spans two days: sessions must outlive it.
  t = await createTestApp({ sessionIdleMinutes: 10_000, sessionTtlHours: 720 });
  const lead = await buildOrganisation(t, { kind: 'authority' });
  const partner = await buildOrganisation(t, { kind: 'authority' });
  coordinator = (await buildSignedInMember(t, lead, ['coordinator'])).as;
  analyst = (await buildSignedInMember(t, lead, ['analyst'])).as;
  auditor = (await buildSignedInMember(t, lead, ['auditor'])).as;
  partnerAnalyst = (await buildSignedInMember(t, partner, ['analyst'])).as;
  outsider = (await buildSignedInMember(t, await buildOrganisation(t, { kind: 'authority' }), ['analyst', 'coordinator'])).as;
  tubeId = (await coordinator.post('/platforms', { name: 'Tube (fictional)', category: 'video', domains: ['tube.example'] })).json().id;
  await coordinator.post('/platforms', { name: 'Chat (fictional)', category: 'messaging', domains: ['chat.example'] });
  const op = await coordinator.post('/operations', { name: 'Synthetic action day', participants: [partner.id] });
  operationId = op.json().id;
  expect((await coordinator.post(`/operations/${operationId}/status`, { status: 'live' })).statusCode).toBe(200);
});
afterAll(async () => {
  await t.close();
});

describe('emerging platforms', () => {
  // Reserved names such as .example are not public suffixes, so bare mentions are not taken for
  // links: the posts carry schemes (or defanged ones).
  it('counts links in item text and turns a recurring unregistered domain into a candidate at the threshold', async () => {
    const start = t.clock.now().toISOString();
    await submit(analyst, 'https://tube.example/watch?v=a1', 'Full video at https://own-site.example/v/1 and http://mirror.example/a');
    t.clock.advance(12 * HOUR);
    await submit(partnerAnalyst, 'https://chat.example/c/group/5', 'new home: hxxps://own-site[.]example/v/2 — backup: https://mirror.example/b, once: https://rare.example/x');
    expect(await candidates()).toEqual([]);
    expect(await t.container.emerging.alertNewCandidates()).toBe(0);

    t.clock.advance(24 * HOUR);
    // The group now posts on its own site directly; its text still points to the mirror.
    await submit(analyst, 'https://own-site.example/v/3', 'also at https://mirror.example/c');
    const list = await candidates();
    expect(list.map((c) => c.domain).sort()).toEqual(['mirror.example', 'own-site.example']);
    const own = list.find((c) => c.domain === 'own-site.example')!;
    expect(own).toMatchObject({ items: 3, links: 2, operations: 1, organisations: 2, platformId: null, candidateStatus: 'candidate', firstSeen: start });

    const domains: Stats[] = (await analyst.get(`/emerging/domains?operationId=${operationId}`)).json().domains;
    expect(domains.find((d) => d.domain === 'tube.example')).toMatchObject({ items: 1, links: 0, platformId: tubeId, candidateStatus: null });
    expect(domains.find((d) => d.domain === 'rare.example')).toMatchObject({ items: 1, candidateStatus: null });
  });

  it('alerts each authority with items on a new candidate once, from the periodic job', async () => {
    expect(t.container.jobs.schedules.some((s) => s.kind === 'emerging.candidates')).toBe(true);
    expect(await t.container.emerging.alertNewCandidates()).toBe(2);
    expect(await t.container.emerging.alertNewCandidates()).toBe(0);
    for (const as of [analyst, partnerAnalyst]) {
      const alerts = (await as.get('/notifications')).json().notifications.filter((n: { kind: string }) => n.kind === CANDIDATE_NOTIFICATION);
      expect(alerts.map((n: { payload: { domain: string } }) => n.payload.domain).sort()).toEqual(['mirror.example', 'own-site.example']);
    }
    expect((await outsider.get('/notifications')).json().notifications).toEqual([]);
  });

  it("shows the operation's move from registered platforms to the candidate in the domain graph", async () => {
    const res = await analyst.get(`/operations/${operationId}/domain-graph`);
    expect(res.statusCode, res.body).toBe(200);
    const graph = res.json();
    expect(graph.nodes).toEqual(
      expect.arrayContaining([
        { domain: 'tube.example', kind: 'platform', platformId: tubeId, items: 1 },
        { domain: 'own-site.example', kind: 'candidate', items: 2 },
        { domain: 'rare.example', kind: 'unknown', items: 1 },
      ]),
    );
    expect(graph.edges).toEqual(
      expect.arrayContaining([
        { from: 'tube.example', to: 'own-site.example', links: 1 },
        { from: 'chat.example', to: 'own-site.example', links: 1 },
        { from: 'chat.example', to: 'rare.example', links: 1 },
      ]),
    );
    expect(code(await outsider.get(`/operations/${operationId}/domain-graph`))).toBe('NOT_FOUND');
    expect(code(await outsider.get(`/emerging/domains?operationId=${operationId}`))).toBe('NOT_FOUND');
  });

  it('lets a coordinator promote a candidate into the registry, once, with an audit event', async () => {
    t.clock.advance(12 * HOUR);
    expect(code(await analyst.post('/emerging/candidates/own-site.example/promote', { category: 'website' }))).toBe('FORBIDDEN');
    expect(code(await coordinator.post('/emerging/candidates/nowhere.example/promote', { category: 'website' }))).toBe('NOT_FOUND');
    expect(code(await coordinator.post('/emerging/candidates/rare.example/promote', { category: 'website' }))).toBe('NOT_FOUND');
    expect(code(await coordinator.post('/emerging/candidates/tube.example/promote', { category: 'website' }))).toBe('CONFLICT');
    expect((await coordinator.post('/emerging/candidates/own-site.example/promote', { category: 'nonsense' })).statusCode).toBe(400);

    const res = await coordinator.post('/emerging/candidates/own-site.example/promote', { name: 'Own site (fictional)', category: 'website', cooperationStatus: 'hostile' });
    expect(res.statusCode, res.body).toBe(200);
    const { platform, candidate } = res.json();
    expect(platform).toMatchObject({ name: 'Own site (fictional)', category: 'website', cooperationStatus: 'hostile', domains: ['own-site.example'] });
    expect(candidate).toMatchObject({ candidateStatus: 'promoted', promotedPlatformId: platform.id, platformId: platform.id });
    expect(code(await coordinator.post('/emerging/candidates/own-site.example/promote', { category: 'website' }))).toBe('CONFLICT');
    expect(code(await coordinator.post('/emerging/candidates/own-site.example/dismiss'))).toBe('CONFLICT');

    expect((await analyst.get('/platforms/resolve?url=https://own-site.example/v/9')).json().platform.id).toBe(platform.id);
    expect((await candidates('promoted')).map((c) => c.domain)).toEqual(['own-site.example']);
    const events = (await auditor.get('/audit/events?limit=1000')).json().events as { action: string; target: { type: string; id: string | null } }[];
    expect(events.filter((e) => e.action === 'emerging.candidate_promoted').map((e) => e.target)).toEqual([{ type: 'domain', id: 'own-site.example' }]);
    expect(events.some((e) => e.action === 'platform.created')).toBe(true);

    // Once registered, the site is a platform node and no longer an out-link target.
    const graph = (await analyst.get(`/operations/${operationId}/domain-graph`)).json();
    expect(graph.nodes).toContainEqual({ domain: 'own-site.example', kind: 'platform', platformId: platform.id, items: 1 });
    expect(graph.edges.some((e: { to: string }) => e.to === 'own-site.example')).toBe(false);
  });

  it('lets a coordinator dismiss a candidate, which is then neither listed nor alerted again', async () => {
    expect(code(await analyst.post('/emerging/candidates/mirror.example/dismiss'))).toBe('FORBIDDEN');
    const res = await coordinator.post('/emerging/candidates/mirror.example/dismiss');
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ domain: 'mirror.example', candidateStatus: 'dismissed', platformId: null });
    expect(code(await coordinator.post('/emerging/candidates/mirror.example/dismiss'))).toBe('CONFLICT');
    expect(await candidates()).toEqual([]);
    expect((await candidates('dismissed')).map((c) => c.domain)).toEqual(['mirror.example']);
    await submit(partnerAnalyst, 'https://chat.example/c/group/6', 'https://mirror.example/d');
    expect(await t.container.emerging.alertNewCandidates()).toBe(0);
    const events = (await auditor.get('/audit/events?limit=1000')).json().events as { action: string }[];
    expect(events.some((e) => e.action === 'emerging.candidate_dismissed')).toBe(true);
  });
});
