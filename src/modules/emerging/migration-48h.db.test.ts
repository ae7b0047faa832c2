// A synthetic 48-hour action day on an injected clock: a fictional group posts on three registered
// mainstream platforms, then its posts there link out to a new site of its own, then it posts on
// that site directly. The candidate platform appears in the hour its item count reaches the
// threshold and not before; the periodic job (through the real scheduler and worker) alerts the
// coordinators of the authorities with items on it once; the domain graph shows the move from the
// mainstream platforms to the candidate; and the live figures report the new domain.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildOrganisation, buildSignedInMember, type Caller } from '../../../test/factories.ts';
import { createTestApp, type TestApp } from '../../../test/test-app.ts';
import { createJobWorker } from '../../container.ts';
import { JobScheduler } from '../../core/jobs/index.ts';
import { CANDIDATE_NOTIFICATION } from './emerging.service.ts';

const HOUR = 3_600_000;
const THRESHOLD = 4;
const SITE = 'group-home.example';
const MAINSTREAM = ['mainstream-video.example', 'mainstream-chat.example', 'mainstream-micro.example'];

let t: TestApp;
let coordinator: Caller;
let partnerCoordinator: Caller;
let outsiderCoordinator: Caller;
let analysts: Caller[];
let operationId: number;
const platformIds = new Map<string, number>();
let start: Date;

/** What the group posts in hour `h`: nothing, a mainstream post, one linking to its site, or a post on the site. */
function postOf(h: number): { url: string; text?: string; pageText?: string } | null {
  // Each mainstream platform gets two posts in each phase.
  const platform = MAINSTREAM[Math.floor(h < 12 ? h : h / 3) % MAINSTREAM.length]!;
  if (h < 12) return h % 2 === 0 ? { url: `https://${platform}/group/post-${h}`, text: `synthetic propaganda post ${h}` } : null;
  // Hours 12–29: every third hour a mainstream post points to the new site (in its text or on the captured page).
  if (h < 30) return h % 3 === 0 ? { url: `https://${platform}/group/post-${h}`, ...(h % 2 === 0 ? { text: `new home: hxxps://${SITE.replace('.', '[.]')}/v/${h}` } : { pageText: `captured page; the channel moved to https://${SITE}/v/${h}` }) } : null;
  // Hours 30–47: the group posts on its own site.
  return h % 3 === 0 ? { url: `https://${SITE}/v/own-${h}`, text: 'synthetic post on the own site' } : null;
}

beforeAll(async () => {
  t = await createTestApp({ candidateThreshold: THRESHOLD, sessionIdleMinutes: 10_000, sessionTtlHours: 720 });
  const lead = await buildOrganisation(t, { kind: 'authority' });
  const partner = await buildOrganisation(t, { kind: 'authority' });
  coordinator = (await buildSignedInMember(t, lead, ['coordinator'])).as;
  partnerCoordinator = (await buildSignedInMember(t, partner, ['coordinator'])).as;
  outsiderCoordinator = (await buildSignedInMember(t, await buildOrganisation(t, { kind: 'authority' }), ['coordinator'])).as;
  analysts = [(await buildSignedInMember(t, lead, ['analyst'])).as, (await buildSignedInMember(t, partner, ['analyst'])).as];
  for (const [i, domain] of MAINSTREAM.entries()) {
    const res = await coordinator.post('/platforms', { name: `Mainstream ${i} (fictional)`, category: 'video', domains: [domain] });
    expect(res.statusCode, res.body).toBe(201);
    platformIds.set(domain, res.json().id);
  }
  operationId = (await coordinator.post('/operations', { name: 'Synthetic 48-hour action day', participants: [partner.id] })).json().id;
  expect((await coordinator.post(`/operations/${operationId}/status`, { status: 'live' })).statusCode).toBe(200);
});
afterAll(async () => {
  await t.close();
});

describe('a group moving to its own site over 48 hours', () => {
  it('becomes a candidate in the hour it passes the threshold, alerted once to the coordinators with items on it', async () => {
    const c = t.container;
    // The real path of the periodic job: the schedule fires, a worker runs the job.
    const scheduler = new JobScheduler({ db: c.db, repository: c.jobs.repository, queue: c.jobs.queue, clock: c.clock, logger: c.logger }, c.jobs.schedules.filter((s) => s.kind === 'emerging.candidates'));
    await scheduler.register();
    const worker = createJobWorker(c, { kinds: ['emerging.candidates'] });
    start = t.clock.now();

    let referring = 0;
    let thresholdHour: number | null = null;
    let candidateHour: number | null = null;
    const alertsAt: number[] = [];
    for (let h = 0; h < 48; h++) {
      const post = postOf(h);
      if (post) {
        const res = await analysts[h % 2]!.post('/items', { operationId, ...post });
        expect(res.statusCode, res.body).toBe(201);
        if (post.url.includes(SITE) || post.text?.includes(SITE.replace('.', '[.]')) || post.pageText?.includes(SITE)) referring++;
        if (referring === THRESHOLD && thresholdHour === null) thresholdHour = h;
      }
      await scheduler.tick();
      await worker.drain();
      const listed = (await coordinator.get('/emerging/candidates')).json().candidates as { domain: string }[];
      if (candidateHour === null && listed.some((x) => x.domain === SITE)) candidateHour = h;
      const alerts = ((await coordinator.get('/notifications')).json().notifications as { kind: string; payload: { domain: string } }[]).filter((n) => n.kind === CANDIDATE_NOTIFICATION && n.payload.domain === SITE);
      if (alerts.length > alertsAt.length) alertsAt.push(h);
      t.clock.advance(HOUR);
    }

    expect(thresholdHour).toBe(21);
    expect(candidateHour).toBe(thresholdHour);
    expect(alertsAt).toEqual([thresholdHour]);
    for (const as of [coordinator, partnerCoordinator]) {
      const alerts = ((await as.get('/notifications')).json().notifications as { kind: string; payload: { domain: string; items: number; firstSeen: string } }[]).filter((n) => n.kind === CANDIDATE_NOTIFICATION);
      expect(alerts).toEqual([expect.objectContaining({ payload: { domain: SITE, items: THRESHOLD, firstSeen: new Date(start.getTime() + 12 * HOUR).toISOString() } })]);
    }
    expect((await outsiderCoordinator.get('/notifications')).json().notifications).toEqual([]);

    const [candidate] = ((await coordinator.get('/emerging/candidates')).json().candidates as { domain: string }[]).filter((x) => x.domain === SITE);
    expect(candidate).toMatchObject({ domain: SITE, items: 12, links: 6, sources: { url: 6, text: 3, page_text: 3 }, organisations: 2, operations: 1, platformId: null, candidateStatus: 'candidate', firstSeen: new Date(start.getTime() + 12 * HOUR).toISOString() });
  });

  it('shows the move from the mainstream platforms to the candidate in the domain graph', async () => {
    const graph = (await coordinator.get(`/operations/${operationId}/domain-graph`)).json();
    for (const domain of MAINSTREAM) expect(graph.nodes).toContainEqual({ domain, kind: 'platform', platformId: platformIds.get(domain), items: expect.any(Number) });
    expect(graph.nodes).toContainEqual({ domain: SITE, kind: 'candidate', items: 6 });
    expect(graph.edges.filter((e: { to: string }) => e.to === SITE)).toEqual(MAINSTREAM.map((from) => ({ from, to: SITE, links: 2 })).sort((a, b) => a.from.localeCompare(b.from)));
    expect(graph.edges.every((e: { from: string }) => MAINSTREAM.includes(e.from))).toBe(true);
  });

  it('reports the new domain in the live figures', async () => {
    const f = (await partnerCoordinator.get(`/operations/${operationId}/figures`)).json();
    expect(f.items).toBe(6 + 6 + 6);
    expect(f.newDomains).toEqual([{ domain: SITE, items: 6, firstSeen: new Date(start.getTime() + 30 * HOUR).toISOString() }]);
    expect(f.perPlatform).toContainEqual({ platformId: null, domain: SITE, items: 6 });
    expect((await outsiderCoordinator.get(`/operations/${operationId}/figures`)).statusCode).toBe(404);
  });
});
