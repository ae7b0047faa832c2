// Live figures and the report follow referrals through their timeline: sent, answered, removed.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildOrganisation, buildSignedInMember, type Caller } from '../../../test/factories.ts';
import { buildPlatformParties } from '../../../test/platform-parties.ts';
import { createTestApp, type TestApp } from '../../../test/test-app.ts';

let t: TestApp;
let coordinator: Caller;
let analyst: Caller;
let supervisor: Caller;
let operationId: number;

beforeAll(async () => {
  // The test moves the clock by hours; sessions must outlast it.
  t = await createTestApp({ sessionIdleMinutes: 10_000, sessionTtlHours: 720 });
  const iru = await buildOrganisation(t, { kind: 'authority', competentAuthority: true });
  coordinator = (await buildSignedInMember(t, iru, ['coordinator'])).as;
  analyst = (await buildSignedInMember(t, iru, ['analyst'])).as;
  supervisor = (await buildSignedInMember(t, iru, ['supervisor'])).as;
  const platform = await coordinator.post('/platforms', { name: 'Fictional Tube', category: 'video', domains: ['tube.example'] });
  expect(platform.statusCode, platform.body).toBe(201);
  operationId = (await coordinator.post('/operations', { name: 'Figures day' })).json().id;
});
afterAll(async () => {
  await t.close();
});

async function refer(url: string, events: string[]): Promise<void> {
  const item = (await analyst.post('/items', { operationId, url })).json().item;
  const referral = await analyst.post('/referrals', { itemId: item.id });
  expect(referral.statusCode, referral.body).toBe(201);
  const id = referral.json().id;
  expect((await supervisor.post(`/referrals/${id}/approve`)).statusCode).toBe(200);
  for (const event of events) {
    t.clock.advance(30 * 60_000);
    const res = await supervisor.post(`/referrals/${id}/events`, { event });
    expect(res.statusCode, res.body).toBe(200);
  }
}

describe('referral figures', () => {
  it('count referrals by state, removals, time to removal and platform responsiveness', async () => {
    await refer('https://tube.example/v/1', ['send', 'acknowledge', 'remove']); // removed 1 h after sending
    await refer('https://tube.example/v/2', ['send', 'acknowledge', 'remove', 'recheck_confirmed']); // removed, then closed
    await refer('https://tube.example/v/3', ['send', 'acknowledge', 'reject']);
    await refer('https://tube.example/v/4', ['send']);
    await refer('https://tube.example/v/5', []); // approved, not yet sent
    await analyst.post('/items', { operationId, url: 'https://unknown-site.example/p/6' }); // an unregistered domain

    const f = (await coordinator.get(`/operations/${operationId}/figures`)).json();
    expect(f.referrals.byState).toEqual({ removed: 1, closed: 1, rejected: 1, sent: 1, approved: 1 });
    expect(f.referrals).toMatchObject({ sent: 4, removed: 2, restored: 0, removalRate: 0.5, medianSecondsToRemoval: 3600 });
    expect(f.referrals.perPlatform).toEqual([{ platformId: expect.any(Number), referrals: 4, answered: 3, removed: 2, medianHoursToFirstAnswer: 0.5, medianHoursToRemoval: 1 }]);
    expect(f).toMatchObject({ items: 6, platforms: 2 });
    expect(f.newDomains.map((d: { domain: string }) => d.domain)).toEqual(['unknown-site.example']);

    const report = (await coordinator.get(`/operations/${operationId}/report`)).json();
    expect(report.headline).toBe('6 items in 0 languages on 2 platforms; 50 % removed');
    expect(report.platforms.find((p: { name: string }) => p.name === 'Fictional Tube')).toMatchObject({ items: 5, referrals: 4, removed: 2, removalRate: 0.5, medianHoursToRemoval: 1 });
    expect(report.platforms.find((p: { name: string }) => p.name.includes('unregistered'))).toMatchObject({ domain: 'unknown-site.example', items: 1, referrals: 0 });
  });

  it('count content restored after an upheld complaint as sent and answered, not as removed', async () => {
    const parties = await buildPlatformParties(t, { name: 'Restore Tube', domain: 'restoretube.example' });
    const { as } = parties;
    const coordinatorOfIru = (await buildSignedInMember(t, parties.iru, ['coordinator'])).as;
    const op = (await coordinatorOfIru.post('/operations', { name: 'Restore day' })).json().id as number;
    const removed = async (n: number): Promise<number> => {
      const item = (await as.analyst.post('/items', { operationId: op, url: `https://restoretube.example/v/${n}` })).json().item;
      const id = (await as.analyst.post('/referrals', { itemId: item.id })).json().id as number;
      expect((await as.supervisor.post(`/referrals/${id}/approve`)).statusCode).toBe(200);
      expect((await as.supervisor.post(`/referrals/${id}/events`, { event: 'send' })).statusCode).toBe(200);
      for (const action of ['acknowledge', 'remove']) {
        t.clock.advance(30 * 60_000);
        const res = await as.liaison.post(`/platform/referrals/${id}/responses`, { action });
        expect(res.statusCode, res.body).toBe(200);
      }
      return id;
    };
    await removed(1);
    const restoredId = await removed(2);
    t.clock.advance(24 * 60 * 60_000);
    await parties.resignIn();
    const complaint = await as.liaison.post(`/platform/referrals/${restoredId}/complaints`, {});
    expect(complaint.statusCode, complaint.body).toBe(201);
    const decision = await as.liaison.post(`/platform/complaints/${complaint.json().id}/decision`, { outcome: 'upheld', reason: 'Satire, not terrorist content' });
    expect(decision.statusCode, decision.body).toBe(200);

    const f = (await coordinatorOfIru.get(`/operations/${op}/figures`)).json();
    expect(f.referrals.byState).toEqual({ removed: 1, restored: 1 });
    expect(f.referrals).toMatchObject({ sent: 2, removed: 1, restored: 1, removalRate: 0.5, medianSecondsToRemoval: 3600 });
    expect(f.referrals.perPlatform).toEqual([{ platformId: expect.any(Number), referrals: 2, answered: 2, removed: 1, medianHoursToFirstAnswer: 0.5, medianHoursToRemoval: 1 }]);
    const report = (await coordinatorOfIru.get(`/operations/${op}/report`)).json();
    expect(report.headline).toMatch(/; 50 % removed$/);
  });

  it('count sites under a shared hosting domain one by one, never the shared domain as one new site', async () => {
    const op = (await coordinator.post('/operations', { name: 'Shared hosting day' })).json().id as number;
    const blog = await coordinator.post('/platforms', { name: 'Someone Blog', category: 'website', domains: ['someone.sharedhost.example'] });
    expect(blog.statusCode, blog.body).toBe(201);
    for (const url of ['https://someone.sharedhost.example/p/1', 'https://others.sharedhost.example/a', 'https://www.others.sharedhost.example/b', 'https://third.sharedhost.example/c']) {
      expect((await analyst.post('/items', { operationId: op, url })).statusCode).toBe(201);
    }
    const f = (await coordinator.get(`/operations/${op}/figures`)).json();
    expect(f.newDomains.map((d: { domain: string; items: number }) => [d.domain, d.items])).toEqual([['others.sharedhost.example', 2], ['third.sharedhost.example', 1]]);
    expect(f).toMatchObject({ items: 4, platforms: 3 });
  });
});
