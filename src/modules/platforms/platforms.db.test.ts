import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildOrganisation, buildSignedInMember, type Caller } from '../../../test/factories.ts';
import { createTestApp, type TestApp } from '../../../test/test-app.ts';
import { systemContext } from '../../core/auth/principal.ts';
import type { Organisation } from '../organisations/organisation.model.ts';

let t: TestApp;
let authority: Organisation;
let coordinator: Caller;
let analyst: Caller;
let auditor: Caller;
let platformOrg: Organisation;
let liaison: Caller;

beforeAll(async () => {
  t = await createTestApp();
  authority = await buildOrganisation(t, { kind: 'authority' });
  coordinator = (await buildSignedInMember(t, authority, ['coordinator'])).as;
  analyst = (await buildSignedInMember(t, authority, ['analyst'])).as;
  auditor = (await buildSignedInMember(t, authority, ['auditor'])).as;
  platformOrg = await buildOrganisation(t, { kind: 'platform' });
  liaison = (await buildSignedInMember(t, platformOrg, ['liaison'])).as;
});
afterAll(async () => {
  await t.close();
});

async function makePlatform(body: Record<string, unknown>) {
  const res = await coordinator.post('/platforms', body);
  expect(res.statusCode, res.body).toBe(201);
  return res.json() as { id: number; name: string; domains: string[] };
}

async function resolve(url: string) {
  const res = await analyst.get(`/platforms/resolve?url=${encodeURIComponent(url)}`);
  expect(res.statusCode, res.body).toBe(200);
  return res.json() as { url: string; host: string; registrableDomain: string | null; matchedDomain: string | null; platform: { id: number; name: string } | null };
}

const code = (res: { json(): unknown }) => (res.json() as { error?: { code: string } }).error?.code;

describe('platforms', () => {
  it('are created with defaults and domains, read, listed and changed', async () => {
    const created = await makePlatform({ name: 'TubeVid', category: 'video', contactEmail: 'abuse@tubevid.example', language: 'en', domains: ['WWW.TubeVid.com', 'tubevid.net'] });
    expect(created).toMatchObject({ name: 'TubeVid', category: 'video', deliveryChannel: 'email', cooperationStatus: 'cooperative', operatorOrganisationId: null, notes: '', domains: ['tubevid.com', 'tubevid.net'] });
    expect((await analyst.get(`/platforms/${created.id}`)).json()).toMatchObject({ id: created.id, contactEmail: 'abuse@tubevid.example', language: 'en' });

    const changed = await coordinator.patch(`/platforms/${created.id}`, { cooperationStatus: 'unresponsive', deliveryChannel: 'portal', tcoLegalRepresentative: 'Rep GmbH', contactPoint: null });
    expect(changed.statusCode, changed.body).toBe(200);
    expect(changed.json()).toMatchObject({ name: 'TubeVid', cooperationStatus: 'unresponsive', deliveryChannel: 'portal', tcoLegalRepresentative: 'Rep GmbH', contactEmail: 'abuse@tubevid.example' });
    expect((await analyst.get('/platforms/999999')).statusCode).toBe(404);
  });

  it('that a platform organisation operates can be changed (the operator check runs outside the transaction)', async () => {
    const operator = await buildOrganisation(t, { kind: 'platform' });
    const notAPlatform = await buildOrganisation(t, { kind: 'ngo' });
    const created = await makePlatform({ name: 'Operated Tube', category: 'video', operatorOrganisationId: operator.id, domains: ['operated-tube.example'] });
    const changed = await coordinator.patch(`/platforms/${created.id}`, { deliveryChannel: 'api_polling', notes: 'polls every minute' });
    expect(changed.statusCode, changed.body).toBe(200);
    expect(changed.json()).toMatchObject({ operatorOrganisationId: operator.id, deliveryChannel: 'api_polling' });
    expect(code(await coordinator.patch(`/platforms/${created.id}`, { operatorOrganisationId: notAPlatform.id }))).toBe('VALIDATION_FAILED');
    expect((await coordinator.patch(`/platforms/${created.id}`, { operatorOrganisationId: null })).json()).toMatchObject({ operatorOrganisationId: null });
  });

  it('are filtered by category, cooperation status, and part of a name or domain', async () => {
    await makePlatform({ name: 'Chatter Forum', category: 'forum', cooperationStatus: 'hostile', domains: ['chatter-forum.org'] });
    await makePlatform({ name: 'Pastey', category: 'paste', domains: ['pastey.io'] });
    const names = async (query: string) => ((await analyst.get(`/platforms?${query}`)).json() as { platforms: Array<{ name: string }> }).platforms.map((p) => p.name);
    expect(await names('category=forum')).toEqual(['Chatter Forum']);
    expect(await names('cooperationStatus=hostile')).toEqual(['Chatter Forum']);
    expect(await names('q=PASTE')).toEqual(['Pastey']);
    expect(await names('q=pastey.io')).toEqual(['Pastey']);
    expect(await names('q=%25')).toEqual([]);
    expect(code(await analyst.get('/platforms?category=tv'))).toBe('VALIDATION_FAILED');
  });

  it('reject bad input with stable codes', async () => {
    await makePlatform({ name: 'Unique Name', category: 'website' });
    expect(code(await coordinator.post('/platforms', { name: 'unique NAME', category: 'website' }))).toBe('PLATFORM_NAME_TAKEN');
    expect(code(await coordinator.post('/platforms', { name: 'X', category: 'television' }))).toBe('VALIDATION_FAILED');
    expect(code(await coordinator.post('/platforms', { name: '', category: 'video' }))).toBe('VALIDATION_FAILED');
    expect(code(await coordinator.post('/platforms', { name: 'Rejected', category: 'video', contactEmail: 'not-an-email' }))).toBe('VALIDATION_FAILED');
    expect(code(await coordinator.post('/platforms', { name: 'Rejected', category: 'video', language: 'english language' }))).toBe('VALIDATION_FAILED');
    expect(code(await coordinator.post('/platforms', { name: 'Rejected', category: 'video', domains: ['co.uk'] }))).toBe('DOMAIN_INVALID');
    expect(code(await coordinator.post('/platforms', { name: 'Rejected', category: 'video', operatorOrganisationId: authority.id }))).toBe('VALIDATION_FAILED');
    expect(code(await coordinator.patch('/platforms/1', {}))).toBe('VALIDATION_FAILED');
    // Nothing of the rejected requests was written.
    expect(((await analyst.get('/platforms?q=Rejected')).json() as { platforms: unknown[] }).platforms).toEqual([]);
  });

  it('name the platform organisation that operates them, whose members see them', async () => {
    const operated = await makePlatform({ name: 'Operated Video', category: 'video', operatorOrganisationId: platformOrg.id });
    expect(operated).toMatchObject({ operatorOrganisationId: platformOrg.id });
    // Liaisons do not read the registry, but they see the platforms their organisation operates.
    expect((await liaison.get('/platforms')).statusCode).toBe(403);
    const member = (await t.container.organisations.listMembers(systemContext('test'), platformOrg.id))[0]!;
    const ctx = { actor: { kind: 'system' as const, label: member.email, organisationId: platformOrg.id } };
    expect((await t.container.platforms.listOperatedByOwnOrganisation(ctx)).map((p) => p.name)).toEqual(['Operated Video']);
  });
});

describe('platform domains', () => {
  it('are normalised, belong to one platform at most, and are removed', async () => {
    const a = await makePlatform({ name: 'Domain Owner', category: 'video' });
    const b = await makePlatform({ name: 'Domain Rival', category: 'video' });
    const added = await coordinator.post(`/platforms/${a.id}/domains`, { domain: 'https://WWW.Owner-Video.com/some/page' });
    expect(added.statusCode, added.body).toBe(200);
    expect(added.json().domains).toEqual(['owner-video.com']);
    expect((await coordinator.post(`/platforms/${a.id}/domains`, { domain: 'owner-video.com' })).json().domains).toEqual(['owner-video.com']);

    const taken = await coordinator.post(`/platforms/${b.id}/domains`, { domain: 'Owner-Video.COM' });
    expect(taken.statusCode).toBe(409);
    expect(taken.json().error).toMatchObject({ code: 'DOMAIN_TAKEN', details: { domain: 'owner-video.com', platformId: a.id } });
    expect(code(await coordinator.post('/platforms', { name: 'Domain Thief', category: 'video', domains: ['owner-video.com'] }))).toBe('DOMAIN_TAKEN');
    expect(((await analyst.get('/platforms?q=Thief')).json() as { platforms: unknown[] }).platforms).toEqual([]);

    for (const bad of ['co.uk', 'localhost', 'mailto:x@example.org', 'exa mple.org']) {
      expect(code(await coordinator.post(`/platforms/${a.id}/domains`, { domain: bad })), bad).toMatch(/^(DOMAIN_INVALID)$/);
    }
    expect((await coordinator.post('/platforms/999999/domains', { domain: 'nobody.example' })).statusCode).toBe(404);

    expect((await coordinator.delete(`/platforms/${a.id}/domains/www.owner-video.com`)).json().domains).toEqual([]);
    expect(code(await coordinator.delete(`/platforms/${a.id}/domains/owner-video.com`))).toBe('NOT_FOUND');
    expect((await coordinator.post(`/platforms/${b.id}/domains`, { domain: 'owner-video.com' })).statusCode).toBe(200);
  });
});

describe('resolving a URL to its platform', () => {
  let video: { id: number };
  let blogs: { id: number };
  let oneBlog: { id: number };
  let idn: { id: number };
  let byIp: { id: number };

  beforeAll(async () => {
    video = await makePlatform({ name: 'Resolve Video', category: 'video', domains: ['resolve-video.com', 'rv.co.uk'] });
    blogs = await makePlatform({ name: 'Blog Host', category: 'website', domains: ['blogspot.com'] });
    oneBlog = await makePlatform({ name: 'Own Blog', category: 'website', cooperationStatus: 'hostile', domains: ['propaganda.blogspot.com'] });
    idn = await makePlatform({ name: 'Bücher Forum', category: 'forum', domains: ['bücher.de'] });
    byIp = await makePlatform({ name: 'Bare IP', category: 'website', domains: ['203.0.113.7'] });
  });

  it('finds the platform by registrable domain through subdomains, www, ports and tracking parameters', async () => {
    const r = await resolve('HTTPS://M.Resolve-Video.com:443/watch?v=abc&utm_source=tg&fbclid=x#t=10');
    expect(r).toMatchObject({ url: 'https://m.resolve-video.com/watch?v=abc', host: 'm.resolve-video.com', registrableDomain: 'resolve-video.com', matchedDomain: 'resolve-video.com', platform: { id: video.id, name: 'Resolve Video' } });
    expect((await resolve('http://www.resolve-video.com:8080/x')).platform?.id).toBe(video.id);
    expect((await resolve('resolve-video.com/no-scheme')).platform?.id).toBe(video.id);
    expect((await resolve('https://a.b.rv.co.uk/')).platform?.id).toBe(video.id);
  });

  it('prefers a full host registered on its own over its registrable domain', async () => {
    expect(await resolve('https://propaganda.blogspot.com/2026/03/post.html')).toMatchObject({ registrableDomain: 'blogspot.com', matchedDomain: 'propaganda.blogspot.com', platform: { id: oneBlog.id } });
    expect(await resolve('https://www.propaganda.blogspot.com/')).toMatchObject({ matchedDomain: 'propaganda.blogspot.com', platform: { id: oneBlog.id } });
    expect(await resolve('https://someone-else.blogspot.com/')).toMatchObject({ matchedDomain: 'blogspot.com', platform: { id: blogs.id } });
  });

  it('resolves international domain names and IP hosts', async () => {
    expect(await resolve('https://www.BÜCHER.de/thema?id=1')).toMatchObject({ url: 'https://www.xn--bcher-kva.de/thema?id=1', registrableDomain: 'xn--bcher-kva.de', platform: { id: idn.id } });
    expect(await resolve('http://203.0.113.7:8080/file.mp4')).toMatchObject({ registrableDomain: '203.0.113.7', platform: { id: byIp.id } });
  });

  it('answers null for unknown domains and URL_INVALID for what is not an http(s) URL', async () => {
    expect(await resolve('https://unknown-platform.example/x?si=1')).toEqual({ url: 'https://unknown-platform.example/x', host: 'unknown-platform.example', registrableDomain: 'unknown-platform.example', matchedDomain: null, platform: null });
    expect(await resolve('http://localhost:3000/')).toMatchObject({ registrableDomain: null, platform: null });
    for (const bad of ['javascript:alert(1)', 'https://user:pw@resolve-video.com/', `https://resolve-video.com/${'a'.repeat(5000)}`]) {
      expect(code(await analyst.get(`/platforms/resolve?url=${encodeURIComponent(bad)}`)), bad).toBe('URL_INVALID');
    }
  });

  it('is available to other services without a caller', async () => {
    expect((await t.container.platforms.platformForUrl('https://cdn.resolve-video.com/v.mp4'))?.id).toBe(video.id);
    expect(await t.container.platforms.platformForUrl('https://nowhere.example/')).toBeNull();
  });
});

describe('infrastructure providers', () => {
  it('are created, linked to platforms in a role, unlinked and deleted', async () => {
    const platform = await makePlatform({ name: 'Hosted Platform', category: 'video', cooperationStatus: 'hostile' });
    const created = await coordinator.post('/infrastructure-providers', { name: 'Example Hosting', kind: 'hosting', contactEmail: 'abuse@host.example', abuseUrl: 'https://host.example/abuse' });
    expect(created.statusCode, created.body).toBe(201);
    const host = created.json() as { id: number };
    const cdn = (await coordinator.post('/infrastructure-providers', { name: 'Example CDN', kind: 'cdn' })).json() as { id: number };
    expect(code(await coordinator.post('/infrastructure-providers', { name: 'example hosting', kind: 'hosting' }))).toBe('PROVIDER_NAME_TAKEN');
    expect(code(await coordinator.post('/infrastructure-providers', { name: 'Bad', kind: 'hosting', abuseUrl: 'javascript:alert(1)' }))).toBe('VALIDATION_FAILED');
    expect(code(await coordinator.post('/infrastructure-providers', { name: 'Bad', kind: 'isp' }))).toBe('VALIDATION_FAILED');

    expect((await coordinator.patch(`/infrastructure-providers/${host.id}`, { notes: 'answers within a day' })).json()).toMatchObject({ name: 'Example Hosting', notes: 'answers within a day', abuseUrl: 'https://host.example/abuse' });
    expect((await analyst.get('/infrastructure-providers?kind=cdn')).json().providers.map((p: { name: string }) => p.name)).toEqual(['Example CDN']);

    await coordinator.put(`/platforms/${platform.id}/infrastructure/${host.id}`, { role: 'hosting' });
    const linked = await coordinator.put(`/platforms/${platform.id}/infrastructure/${cdn.id}`, { role: 'dns' });
    expect(linked.json().infrastructure.map((l: { provider: { name: string }; role: string }) => [l.provider.name, l.role])).toEqual([['Example CDN', 'dns'], ['Example Hosting', 'hosting']]);
    await coordinator.put(`/platforms/${platform.id}/infrastructure/${cdn.id}`, { role: 'cdn' });
    expect((await analyst.get(`/platforms/${platform.id}/infrastructure`)).json().infrastructure.map((l: { role: string }) => l.role)).toEqual(['cdn', 'hosting']);
    expect((await coordinator.put(`/platforms/${platform.id}/infrastructure/999999`, { role: 'cdn' })).statusCode).toBe(404);
    expect((await analyst.get('/platforms/999999/infrastructure')).statusCode).toBe(404);

    expect((await coordinator.delete(`/platforms/${platform.id}/infrastructure/${cdn.id}`)).statusCode).toBe(204);
    expect((await coordinator.delete(`/platforms/${platform.id}/infrastructure/${cdn.id}`)).statusCode).toBe(404);
    expect((await coordinator.delete(`/infrastructure-providers/${host.id}`)).statusCode).toBe(204);
    expect((await analyst.get(`/infrastructure-providers/${host.id}`)).statusCode).toBe(404);
    expect((await analyst.get(`/platforms/${platform.id}/infrastructure`)).json().infrastructure).toEqual([]);
  });
});

describe('the registry', () => {
  it('is read by analysts and changed only by coordinators', async () => {
    expect((await analyst.get('/platforms')).statusCode).toBe(200);
    expect(code(await analyst.post('/platforms', { name: 'Analyst Made', category: 'video' }))).toBe('FORBIDDEN');
    expect(code(await analyst.post('/infrastructure-providers', { name: 'Analyst Host', kind: 'hosting' }))).toBe('FORBIDDEN');
    expect(code(await auditor.get('/platforms/resolve?url=https://example.org/'))).toBe('FORBIDDEN');
    expect(code(await liaison.get('/infrastructure-providers'))).toBe('FORBIDDEN');
  });

  it('audits every change in the changing organisation\'s trail', async () => {
    const p = await makePlatform({ name: 'Audited Platform', category: 'archive', domains: ['audited.example'] });
    await coordinator.patch(`/platforms/${p.id}`, { cooperationStatus: 'hostile' });
    await coordinator.post(`/platforms/${p.id}/domains`, { domain: 'audited-mirror.example' });
    await coordinator.delete(`/platforms/${p.id}/domains/audited.example`);
    const provider = (await coordinator.post('/infrastructure-providers', { name: 'Audited Host', kind: 'hosting' })).json() as { id: number };
    await coordinator.put(`/platforms/${p.id}/infrastructure/${provider.id}`, { role: 'hosting' });
    await coordinator.delete(`/platforms/${p.id}/infrastructure/${provider.id}`);
    await coordinator.delete(`/infrastructure-providers/${provider.id}`);

    const events = (await auditor.get(`/audit/events?targetType=platform&targetId=${p.id}`)).json().events as Array<{ action: string; organisationId: number; summary: { before?: { cooperationStatus?: string }; after?: { cooperationStatus?: string; domains?: string[] }; details?: unknown } }>;
    expect(events.map((e) => e.action)).toEqual(['platform.created', 'platform.updated', 'platform.domain_added', 'platform.domain_removed', 'platform.infrastructure_linked', 'platform.infrastructure_unlinked']);
    expect(events.every((e) => e.organisationId === authority.id)).toBe(true);
    expect(events[0]!.summary.after?.domains).toEqual(['audited.example']);
    expect(events[1]!.summary).toMatchObject({ before: { cooperationStatus: 'cooperative' }, after: { cooperationStatus: 'hostile' } });
    expect(events[2]!.summary.details).toEqual({ domain: 'audited-mirror.example' });
    const providerEvents = (await auditor.get(`/audit/events?targetType=infrastructure_provider&targetId=${provider.id}`)).json().events as Array<{ action: string }>;
    expect(providerEvents.map((e) => e.action)).toEqual(['infrastructure_provider.created', 'infrastructure_provider.deleted']);
    expect((await auditor.get('/audit/verify')).json().ok).toBe(true);
  });
});
