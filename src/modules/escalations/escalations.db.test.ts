// Escalation to infrastructure providers: when it is allowed, the linked referral it proposes, the
// evidence bundle, and a provider operating in Vigil as a recipient with its own liaisons, isolated
// from the platform it hosts and from other providers.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildOrganisation, buildSignedInMember, type Caller } from '../../../test/factories.ts';
import { multipart } from '../../../test/multipart.ts';
import { syntheticImage } from '../../../test/synthetic-media.ts';
import { createTestApp, type TestApp } from '../../../test/test-app.ts';
import type { Organisation } from '../organisations/organisation.model.ts';

const HOUR = 3_600_000;
let t: TestApp;
let iru: Organisation;
let hostOrg: Organisation;
let hostilePlatformOrg: Organisation;
let cdnOrg: Organisation;
let analyst: Caller;
let supervisor: Caller;
let coordinator: Caller;
let auditor: Caller;
let outsider: Caller;
let hostLiaison: Caller;
let hostileLiaison: Caller;
let cdnLiaison: Caller;
let hostileId: number;
let coopId: number;
let hostingId: number;
let cdnId: number;
let registrarId: number;
let counter = 0;

const code = (res: { json(): unknown }) => (res.json() as { error?: { code: string } }).error?.code;

beforeAll(async () => {
  // Sessions must outlast the clock jumps; unanswered referrals may be escalated after 24 hours here.
  t = await createTestApp({ sessionIdleMinutes: 10_000, sessionTtlHours: 720, escalationAfterHours: 24 });
  iru = await buildOrganisation(t, { kind: 'authority', competentAuthority: true });
  analyst = (await buildSignedInMember(t, iru, ['analyst'])).as;
  supervisor = (await buildSignedInMember(t, iru, ['supervisor'])).as;
  coordinator = (await buildSignedInMember(t, iru, ['coordinator'])).as;
  auditor = (await buildSignedInMember(t, iru, ['auditor'])).as;
  outsider = (await buildSignedInMember(t, await buildOrganisation(t, { kind: 'authority' }), ['analyst', 'supervisor', 'coordinator'])).as;
  hostOrg = await buildOrganisation(t, { kind: 'platform' });
  hostilePlatformOrg = await buildOrganisation(t, { kind: 'platform' });
  cdnOrg = await buildOrganisation(t, { kind: 'platform' });
  hostLiaison = (await buildSignedInMember(t, hostOrg, ['liaison'])).as;
  hostileLiaison = (await buildSignedInMember(t, hostilePlatformOrg, ['liaison'])).as;
  cdnLiaison = (await buildSignedInMember(t, cdnOrg, ['liaison'])).as;

  const created = async (url: string, body: unknown) => {
    const res = await coordinator.post(url, body);
    expect(res.statusCode, res.body).toBe(201);
    return res.json().id as number;
  };
  hostileId = await created('/platforms', { name: 'Group site (fictional)', category: 'website', domains: ['hostile.example'], cooperationStatus: 'hostile', operatorOrganisationId: hostilePlatformOrg.id });
  coopId = await created('/platforms', { name: 'Coop Tube (fictional)', category: 'video', domains: ['coop.example'] });
  hostingId = await created('/infrastructure-providers', { name: 'Fictional Hosting', kind: 'hosting', abuseUrl: 'https://abuse.hosting.example/report', operatorOrganisationId: hostOrg.id });
  cdnId = await created('/infrastructure-providers', { name: 'Fictional CDN', kind: 'cdn', operatorOrganisationId: cdnOrg.id });
  registrarId = await created('/infrastructure-providers', { name: 'Fictional Registrar', kind: 'registrar' });
  for (const [platform, provider, role] of [[hostileId, hostingId, 'hosting'], [hostileId, cdnId, 'cdn'], [coopId, hostingId, 'hosting']] as const) {
    expect((await coordinator.put(`/platforms/${platform}/infrastructure/${provider}`, { role })).statusCode).toBe(200);
  }
});
afterAll(async () => {
  await t.close();
});

/** An item on the host, referred to its platform and sent. */
async function sentReferral(host: string, extra: Record<string, unknown> = {}): Promise<{ itemId: number; referralId: number }> {
  const item = (await analyst.post('/items', { url: `https://${host}/p/${++counter}`, text: 'synthetic post', notes: 'internal-note-of-the-iru', groupName: 'Internal Group Name', ...extra })).json().item;
  const referral = await analyst.post('/referrals', { itemId: item.id });
  expect(referral.statusCode, referral.body).toBe(201);
  const id = referral.json().id as number;
  expect((await supervisor.post(`/referrals/${id}/approve`, {})).statusCode).toBe(200);
  expect((await supervisor.post(`/referrals/${id}/events`, { event: 'send' })).statusCode).toBe(200);
  return { itemId: item.id, referralId: id };
}

async function approveAndSend(id: number) {
  expect((await supervisor.post(`/referrals/${id}/approve`, {})).statusCode).toBe(200);
  const res = await supervisor.post(`/referrals/${id}/events`, { event: 'send' });
  expect(res.statusCode, res.body).toBe(200);
}

describe('escalating to an infrastructure provider', () => {
  let original: { itemId: number; referralId: number };
  let escalated: number;

  it('is allowed at once for a hostile platform and proposes a linked referral to the provider, audited', async () => {
    // The item carries media, captured page text and a capture time: all of it goes into the bundle.
    const upload = multipart(await syntheticImage(7), 'frame.png', { url: `https://hostile.example/v/media-${++counter}`, text: 'synthetic caption', pageText: 'captured page text of the fictional site', capturedAt: '2026-03-01T09:30:00Z', notes: 'internal-note-of-the-iru' });
    const item = (await analyst.request({ method: 'POST', url: '/items/media', payload: upload.payload, headers: upload.headers })).json().item;
    const proposed = await analyst.post('/referrals', { itemId: item.id });
    expect(proposed.statusCode, proposed.body).toBe(201);
    original = { itemId: item.id, referralId: proposed.json().id };
    await approveAndSend(original.referralId);

    expect(code(await supervisor.post(`/referrals/${original.referralId}/escalations`, { providerId: hostingId }))).toBe('FORBIDDEN');
    expect(code(await analyst.post(`/referrals/${original.referralId}/escalations`, { providerId: registrarId }))).toBe('VALIDATION_FAILED');
    expect(code(await outsider.post(`/referrals/${original.referralId}/escalations`, { providerId: hostingId }))).toBe('NOT_FOUND');

    const res = await analyst.post(`/referrals/${original.referralId}/escalations`, { providerId: hostingId, reason: 'The site is run by the group and ignores referrals.' });
    expect(res.statusCode, res.body).toBe(201);
    const { referral, escalation } = res.json();
    escalated = referral.id;
    expect(referral).toMatchObject({ itemId: item.id, recipientKind: 'infrastructure_provider', infrastructureProviderId: hostingId, platformId: hostileId, state: 'proposed', kind: 'voluntary_referral' });
    expect(escalation).toMatchObject({ referralId: escalated, originalReferralId: original.referralId, providerId: hostingId, grounds: 'hostile', state: 'proposed' });
    expect(code(await analyst.post(`/referrals/${original.referralId}/escalations`, { providerId: hostingId }))).toBe('REFERRAL_ALREADY_OPEN');

    const links = (await analyst.get(`/referrals/${original.referralId}/escalations`)).json();
    expect(links).toMatchObject({ escalatedFrom: null, escalations: [{ referralId: escalated, grounds: 'hostile' }] });
    expect((await analyst.get(`/referrals/${escalated}/escalations`)).json().escalatedFrom).toMatchObject({ originalReferralId: original.referralId });
    expect(code(await outsider.get(`/referrals/${original.referralId}/escalations`))).toBe('NOT_FOUND');

    const events = (await auditor.get('/audit/events?limit=1000')).json().events as { action: string; target: { id: string } }[];
    expect(events.filter((e) => e.action === 'referral.escalated').map((e) => e.target.id)).toEqual([String(escalated)]);
    // The referral to the provider is an ordinary one: four-eyes, then sent.
    await approveAndSend(escalated);
  });

  it('is refused for a cooperative platform until the referral has gone unanswered for the configured time', async () => {
    const fresh = await sentReferral('coop.example');
    const early = await analyst.post(`/referrals/${fresh.referralId}/escalations`, { providerId: hostingId });
    expect(code(early)).toBe('ESCALATION_NOT_ALLOWED');
    expect(early.json().error.details).toMatchObject({ cooperationStatus: 'cooperative', state: 'sent', escalableAt: new Date(t.clock.now().getTime() + 24 * HOUR).toISOString() });

    // Answered in time: never escalated as unanswered.
    const answered = await sentReferral('coop.example');
    for (const event of ['acknowledge', 'reject']) expect((await supervisor.post(`/referrals/${answered.referralId}/events`, { event, reason: 'fictional' })).statusCode).toBe(200);
    // Not sent yet: nothing to be unanswered.
    const item = (await analyst.post('/items', { url: `https://coop.example/p/${++counter}` })).json().item;
    const unsent = (await analyst.post('/referrals', { itemId: item.id })).json().id;

    t.clock.advance(24 * HOUR);
    const late = await analyst.post(`/referrals/${fresh.referralId}/escalations`, { providerId: hostingId });
    expect(late.statusCode, late.body).toBe(201);
    expect(late.json().escalation.grounds).toBe('unanswered');
    expect(code(await analyst.post(`/referrals/${answered.referralId}/escalations`, { providerId: hostingId }))).toBe('ESCALATION_NOT_ALLOWED');
    expect(code(await analyst.post(`/referrals/${unsent}/escalations`, { providerId: hostingId }))).toBe('ESCALATION_NOT_ALLOWED');
    // An escalation is not escalated again.
    expect(code(await analyst.post(`/referrals/${late.json().referral.id}/escalations`, { providerId: hostingId }))).toBe('ESCALATION_NOT_ALLOWED');
  });

  it('comes with an evidence bundle: content, hashes, signals, platform, infrastructure and the non-response history', async () => {
    const res = await analyst.get(`/referrals/${escalated}/evidence`);
    expect(res.statusCode, res.body).toBe(200);
    const b = res.json();
    expect(b.format).toBe('vigil.evidence/1');
    expect(b.referral).toMatchObject({ id: escalated, recipientKind: 'infrastructure_provider', infrastructureProviderId: hostingId, state: 'sent', escalation: { originalReferralId: original.referralId, grounds: 'hostile', reason: 'The site is run by the group and ignores referrals.' } });
    expect(b.content).toMatchObject({ url: expect.stringContaining('https://hostile.example/v/media-'), text: 'synthetic caption', pageText: 'captured page text of the fictional site', capturedAt: '2026-03-01T09:30:00.000Z' });
    expect(b.content.media).toEqual([expect.objectContaining({ sha256: expect.stringMatching(/^[0-9a-f]{64}$/), format: 'png', byteSize: expect.any(Number) })]);
    expect(b.content.signals.map((s: { signalType: string }) => s.signalType)).toEqual(expect.arrayContaining(['pdq', 'sha256', 'md5', 'text_sha256']));
    expect(b.platform).toMatchObject({ id: hostileId, cooperationStatus: 'hostile', domains: ['hostile.example'] });
    expect(b.infrastructure.map((i: { providerId: number; role: string }) => [i.providerId, i.role]).sort()).toEqual([[cdnId, 'cdn'], [hostingId, 'hosting']].sort());
    expect(b.platformHistory.summary).toEqual({ referrals: 1, sent: 1, answered: 0, unanswered: 1, removed: 0, rejected: 0, overdue: 0 });
    expect(b.platformHistory.referrals).toEqual([expect.objectContaining({ referralId: original.referralId, state: 'sent', answeredAt: null })]);
    expect(b.originalTimeline.map((e: { event: string }) => e.event)).toEqual(['send']);
    for (const internal of ['internal-note-of-the-iru', 'Internal Group Name', '@example.org']) expect(res.body).not.toContain(internal);
    expect(code(await outsider.get(`/referrals/${escalated}/evidence`))).toBe('NOT_FOUND');
    expect(code(await auditor.get(`/referrals/${escalated}/evidence`))).toBe('FORBIDDEN');
  });
});

describe('a provider operating in Vigil', () => {
  it("sees and answers the referrals addressed to it, through the liaison view", async () => {
    const escalated = (await analyst.get('/referrals?limit=500')).json().referrals.find((r: { recipientKind: string; platformId: number }) => r.recipientKind === 'infrastructure_provider' && r.platformId === hostileId).id;
    const list = (await hostLiaison.get('/platform/referrals')).json().referrals as { id: number }[];
    expect(list.map((r) => r.id)).toContain(escalated);
    const one = await hostLiaison.get(`/platform/referrals/${escalated}`);
    expect(one.statusCode, one.body).toBe(200);
    expect(one.json()).toMatchObject({ id: escalated, recipientKind: 'infrastructure_provider', infrastructureProviderId: hostingId, platformId: hostileId, state: 'sent' });
    const evidence = await hostLiaison.get(`/platform/referrals/${escalated}/evidence`);
    expect(evidence.statusCode, evidence.body).toBe(200);
    expect(evidence.json()).toMatchObject({ referral: { id: escalated }, content: { pageText: 'captured page text of the fictional site' }, platformHistory: { summary: { unanswered: 1 } } });
    expect(evidence.body).not.toContain('internal-note-of-the-iru');

    expect((await hostLiaison.post(`/platform/referrals/${escalated}/responses`, { action: 'acknowledge' })).statusCode).toBe(200);
    const removed = await hostLiaison.post(`/platform/referrals/${escalated}/responses`, { action: 'remove', reason: 'Customer account suspended.' });
    expect(removed.statusCode, removed.body).toBe(200);
    expect((await analyst.get(`/referrals/${escalated}`)).json()).toMatchObject({ state: 'removed', timeline: expect.arrayContaining([expect.objectContaining({ event: 'remove', reason: 'Customer account suspended.' })]) });
  });

  it('is isolated: the hosted platform, another provider and referrals to the platform stay apart', async () => {
    const escalations = (await analyst.get('/referrals?limit=500')).json().referrals.filter((r: { recipientKind: string }) => r.recipientKind === 'infrastructure_provider') as { id: number }[];
    const original = (await analyst.get('/referrals?limit=500')).json().referrals.find((r: { recipientKind: string; platformId: number }) => r.recipientKind === 'platform' && r.platformId === hostileId).id;
    // The hostile platform's liaisons never learn of the escalation.
    const hostileList = (await hostileLiaison.get('/platform/referrals')).json().referrals as { id: number }[];
    expect(hostileList.map((r) => r.id)).toContain(original);
    for (const e of escalations) {
      expect(hostileList.map((r) => r.id)).not.toContain(e.id);
      expect(code(await hostileLiaison.get(`/platform/referrals/${e.id}`))).toBe('NOT_FOUND');
      expect(code(await hostileLiaison.get(`/platform/referrals/${e.id}/evidence`))).toBe('NOT_FOUND');
      expect(code(await hostileLiaison.post(`/platform/referrals/${e.id}/responses`, { action: 'acknowledge' }))).toBe('NOT_FOUND');
      // Another provider behind the same platform sees nothing addressed to the first.
      expect(code(await cdnLiaison.get(`/platform/referrals/${e.id}`))).toBe('NOT_FOUND');
      expect(code(await cdnLiaison.get(`/platform/referrals/${e.id}/evidence`))).toBe('NOT_FOUND');
    }
    expect((await cdnLiaison.get('/platform/referrals')).json().referrals).toEqual([]);
    // The provider sees only what is addressed to it, not the referral to the platform.
    expect(code(await hostLiaison.get(`/platform/referrals/${original}`))).toBe('NOT_FOUND');
    expect(code(await hostLiaison.get(`/platform/referrals/${original}/evidence`))).toBe('NOT_FOUND');
    expect(code(await analyst.get(`/platform/referrals/${original}/evidence`))).toBe('FORBIDDEN');
  });

  it("tells the provider's organisation, not the platform's, when a removal order to it runs out of time", async () => {
    const { referralId } = await sentReferral('hostile.example');
    const res = await analyst.post(`/referrals/${referralId}/escalations`, {
      providerId: cdnId,
      kind: 'removal_order',
      removalOrder: { issuingMemberState: 'be', issuingAuthority: 'Fictional IRU', referenceNumber: `ESC-${counter}`, reasons: ['incitement'], language: 'en', addresseeContact: 'abuse@cdn.example' },
    });
    expect(res.statusCode, res.body).toBe(201);
    const order = res.json().referral.id;
    await approveAndSend(order);
    t.clock.advance(HOUR + 60_000);
    await t.container.overdueSweep.run();
    const overdue = async (as: Caller) => ((await as.get('/notifications')).json().notifications as { kind: string; payload: { referralId: number } }[]).filter((n) => n.kind === 'referral.overdue' && n.payload.referralId === order);
    expect(await overdue(cdnLiaison)).toHaveLength(1);
    expect(await overdue(hostileLiaison)).toEqual([]);
    expect(await overdue(hostLiaison)).toEqual([]);
  });

  it('is operated only by a platform organisation', async () => {
    expect(code(await coordinator.patch(`/infrastructure-providers/${registrarId}`, { operatorOrganisationId: iru.id }))).toBe('VALIDATION_FAILED');
    const res = await coordinator.patch(`/infrastructure-providers/${registrarId}`, { operatorOrganisationId: hostOrg.id });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().operatorOrganisationId).toBe(hostOrg.id);
    expect((await coordinator.patch(`/infrastructure-providers/${registrarId}`, { operatorOrganisationId: null })).json().operatorOrganisationId).toBeNull();
  });
});
