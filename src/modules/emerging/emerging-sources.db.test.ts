// Captured page text and the source of each reference, shared hosting domains counted per host,
// and the drill-down behind one domain with per-organisation isolation.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildOrganisation, buildSignedInMember, type Caller } from '../../../test/factories.ts';
import { createTestApp, type TestApp } from '../../../test/test-app.ts';
import type { Organisation } from '../organisations/organisation.model.ts';

let t: TestApp;
let lead: Organisation;
let partner: Organisation;
let stranger: Organisation;
let coordinator: Caller;
let analyst: Caller;
let partnerAnalyst: Caller;
let strangerAnalyst: Caller;
let strangerCoordinator: Caller;
let auditor: Caller;
let operationId: number;

const code = (res: { json(): unknown }) => (res.json() as { error?: { code: string } }).error?.code;

interface Stats {
  domain: string;
  items: number;
  links: number;
  sources: { url: number; text: number; page_text: number };
  platformId: number | null;
  candidateStatus: string | null;
}

async function submit(as: Caller, body: Record<string, unknown>) {
  const res = await as.post('/items', body);
  expect(res.statusCode, res.body).toBe(201);
  return res.json().item as { id: number; url: string; pageText: string | null };
}

async function domains(as: Caller = analyst): Promise<Stats[]> {
  const res = await as.get('/emerging/domains');
  expect(res.statusCode, res.body).toBe(200);
  return res.json().domains;
}

beforeAll(async () => {
  t = await createTestApp({ candidateThreshold: 3 });
  lead = await buildOrganisation(t, { kind: 'authority' });
  partner = await buildOrganisation(t, { kind: 'authority' });
  stranger = await buildOrganisation(t, { kind: 'authority' });
  coordinator = (await buildSignedInMember(t, lead, ['coordinator'])).as;
  analyst = (await buildSignedInMember(t, lead, ['analyst'])).as;
  auditor = (await buildSignedInMember(t, lead, ['auditor'])).as;
  partnerAnalyst = (await buildSignedInMember(t, partner, ['analyst'])).as;
  strangerAnalyst = (await buildSignedInMember(t, stranger, ['analyst'])).as;
  strangerCoordinator = (await buildSignedInMember(t, stranger, ['coordinator'])).as;
  operationId = (await coordinator.post('/operations', { name: 'Sources day', participants: [partner.id] })).json().id;
});
afterAll(async () => {
  await t.close();
});

describe('captured page text', () => {
  it('is stored apart from the text, and its links are counted with their source marked', async () => {
    const item = await submit(analyst, {
      url: 'https://post.example/p/1',
      operationId,
      text: 'watch at https://both.example/v/1',
      pageText: 'Captured page. Mirrors: https://both.example/v/1 and hxxps://pageonly[.]example/v/2',
    });
    expect(item.pageText).toContain('pageonly[.]example');
    expect((await analyst.get(`/items/${item.id}`)).json()).toMatchObject({ text: 'watch at https://both.example/v/1', pageText: expect.stringContaining('Captured page') });

    const list = await domains();
    // The same URL in the text and in the page text is one link of one item, found in both places.
    expect(list.find((d) => d.domain === 'both.example')).toMatchObject({ items: 1, links: 1, sources: { url: 0, text: 1, page_text: 1 } });
    expect(list.find((d) => d.domain === 'pageonly.example')).toMatchObject({ items: 1, links: 1, sources: { url: 0, text: 0, page_text: 1 } });
    expect(list.find((d) => d.domain === 'post.example')).toMatchObject({ items: 1, links: 0, sources: { url: 1, text: 0, page_text: 0 } });
  });

  it('has a size limit', async () => {
    const res = await analyst.post('/items', { url: 'https://post.example/p/too-long', pageText: 'x'.repeat(200_001) });
    expect(res.statusCode).toBe(400);
    expect(code(res)).toBe('VALIDATION_FAILED');
  });

  it('comes in through bulk intake, as the page_text column and the pageText field', async () => {
    const csv = ['url,text,page_text', 'https://post.example/bulk/1,,"page links https://bulkpage.example/a"', 'https://post.example/bulk/2,plain text,'].join('\n');
    const c = await analyst.request({ method: 'POST', url: `/items/bulk?operationId=${operationId}`, payload: csv, headers: { 'content-type': 'text/csv' } });
    expect(c.json(), c.body).toMatchObject({ created: 2, rejected: 0 });
    const jsonl = JSON.stringify({ url: 'https://post.example/bulk/3', pageText: 'see https://bulkpage.example/b' });
    const j = await analyst.request({ method: 'POST', url: `/items/bulk?operationId=${operationId}`, payload: jsonl, headers: { 'content-type': 'application/x-ndjson' } });
    expect(j.json(), j.body).toMatchObject({ created: 1, rejected: 0 });
    expect((await domains()).find((d) => d.domain === 'bulkpage.example')).toMatchObject({ items: 2, links: 2, sources: { page_text: 2, text: 0, url: 0 } });
  });
});

describe('shared hosting domains', () => {
  it('are counted per host when the registry holds full hosts under them, per registrable domain otherwise', async () => {
    const blog = await coordinator.post('/platforms', { name: 'Someone (fictional blog)', category: 'website', domains: ['someone.example.net'] });
    expect(blog.statusCode, blog.body).toBe(201);
    for (let i = 1; i <= 4; i++) await submit(analyst, { url: `https://someone.example.net/post/${i}`, operationId, text: i === 1 ? 'moved to https://others.example.net/home' : undefined });
    await submit(analyst, { url: 'https://www.someone.example.net/post/5', operationId });
    await submit(partnerAnalyst, { url: 'https://others.example.net/a', operationId });
    await submit(partnerAnalyst, { url: 'https://www.others.example.net/b', operationId });
    // Nothing is registered under plain.example: its hosts count together.
    await submit(analyst, { url: 'https://a.plain.example/1', operationId });
    await submit(analyst, { url: 'https://b.plain.example/2', operationId });

    const list = await domains();
    expect(list.map((d) => d.domain)).not.toContain('example.net');
    expect(list.find((d) => d.domain === 'someone.example.net')).toMatchObject({ items: 5, platformId: blog.json().id, candidateStatus: null });
    expect(list.find((d) => d.domain === 'others.example.net')).toMatchObject({ items: 3, links: 1, platformId: null, candidateStatus: 'candidate' });
    expect(list.find((d) => d.domain === 'plain.example')).toMatchObject({ items: 2, candidateStatus: null });
    const candidates = (await analyst.get('/emerging/candidates')).json().candidates.map((c: Stats) => c.domain);
    expect(candidates).toContain('others.example.net');
    expect(candidates).not.toContain('example.net');

    const graph = (await analyst.get(`/operations/${operationId}/domain-graph`)).json();
    expect(graph.nodes).toContainEqual({ domain: 'someone.example.net', kind: 'platform', platformId: blog.json().id, items: 5 });
    expect(graph.edges).toContainEqual({ from: 'someone.example.net', to: 'others.example.net', links: 1 });

    // The job alerts the host, never the shared domain.
    await t.container.emerging.alertNewCandidates();
    const alerts = (await analyst.get('/notifications')).json().notifications.map((n: { payload: { domain: string } }) => n.payload.domain);
    expect(alerts).toContain('others.example.net');
    expect(alerts).not.toContain('example.net');

    // Promoting the host registers the host, not the shared domain.
    const promoted = await coordinator.post('/emerging/candidates/others.example.net/promote', { category: 'website' });
    expect(promoted.statusCode, promoted.body).toBe(200);
    expect(promoted.json().platform.domains).toEqual(['others.example.net']);
    expect((await analyst.get('/platforms/resolve?url=https://third.example.net/')).json().platform).toBeNull();
    expect(code(await coordinator.post('/emerging/candidates/example.net/promote', { category: 'website' }))).toBe('NOT_FOUND');
  });
});

describe('the drill-down behind a domain', () => {
  let own: number[];

  beforeAll(async () => {
    // lead: one item on the domain in the operation, one outside linking to it from its page text.
    own = [
      (await submit(analyst, { url: 'https://drill.example/v/1', operationId })).id,
      (await submit(analyst, { url: 'https://post.example/lead-private', pageText: 'source: https://drill.example/v/9' })).id,
    ];
    // partner: one item in the shared operation.
    await submit(partnerAnalyst, { url: 'https://drill.example/v/2', operationId, text: 'partner-secret-text' });
    // stranger: two items outside any operation and one in its own operation.
    const strangerOp = (await strangerCoordinator.post('/operations', { name: 'Elsewhere' })).json().id;
    await submit(strangerAnalyst, { url: 'https://drill.example/v/stranger-1' });
    await submit(strangerAnalyst, { url: 'https://post.example/stranger-2', text: 'https://drill.example/v/stranger-3' });
    await submit(strangerAnalyst, { url: 'https://drill.example/v/stranger-4', operationId: strangerOp });
  });

  it("lists the caller's own items, counts per organisation in its operations, and only a count of the rest", async () => {
    const res = await analyst.get('/emerging/domains/drill.example/items');
    expect(res.statusCode, res.body).toBe(200);
    const body = res.json();
    expect(body.stats).toMatchObject({ domain: 'drill.example', items: 6 });
    expect(body.items.map((i: { itemId: number }) => i.itemId)).toEqual(own);
    expect(body.items[0]).toMatchObject({ url: 'https://drill.example/v/1', operationId, sources: ['url'] });
    expect(body.items[1]).toMatchObject({ url: 'https://post.example/lead-private', operationId: null, sources: ['page_text'] });
    expect(body.operations).toEqual([{ operationId, items: 2, organisations: [{ organisationId: lead.id, items: 1 }, { organisationId: partner.id, items: 1 }] }]);
    expect(body.elsewhere).toBe(3);
    for (const secret of ['stranger', 'partner-secret-text', 'drill.example/v/2']) expect(res.body).not.toContain(secret);
  });

  it("gives each organisation its own view: the partner's, the stranger's", async () => {
    const p = (await partnerAnalyst.get('/emerging/domains/drill.example/items')).json();
    expect(p.items.map((i: { url: string }) => i.url)).toEqual(['https://drill.example/v/2']);
    expect(p.operations).toEqual([{ operationId, items: 2, organisations: [{ organisationId: lead.id, items: 1 }, { organisationId: partner.id, items: 1 }] }]);
    expect(p.elsewhere).toBe(4);
    const s = await strangerAnalyst.get('/emerging/domains/drill.example/items');
    expect(s.json().items).toHaveLength(3);
    expect(s.json().operations).toEqual([{ operationId: expect.any(Number), items: 1, organisations: [{ organisationId: stranger.id, items: 1 }] }]);
    expect(s.json().elsewhere).toBe(3);
    expect(s.body).not.toContain('lead-private');
    expect(s.body).not.toContain(`"operationId":${operationId}`);
  });

  it('pages, answers 404 for a domain no item refers to, and needs items:read', async () => {
    const first = (await analyst.get('/emerging/domains/drill.example/items?limit=1')).json();
    expect(first.items.map((i: { itemId: number }) => i.itemId)).toEqual([own[0]]);
    expect(first.nextAfter).toBe(own[0]);
    const next = (await analyst.get(`/emerging/domains/drill.example/items?limit=1&after=${first.nextAfter}`)).json();
    expect(next.items.map((i: { itemId: number }) => i.itemId)).toEqual([own[1]]);
    expect(code(await analyst.get('/emerging/domains/nowhere.example/items'))).toBe('NOT_FOUND');
    expect(code(await auditor.get('/emerging/domains/drill.example/items'))).toBe('FORBIDDEN');
  });
});
