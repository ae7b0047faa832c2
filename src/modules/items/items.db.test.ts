import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildOrganisation, buildSignedInMember, type Caller } from '../../../test/factories.ts';
import { multipart } from '../../../test/multipart.ts';
import { syntheticImage } from '../../../test/synthetic-media.ts';
import { createTestApp, type TestApp } from '../../../test/test-app.ts';

let t: TestApp;
let coordinator: Caller;
let analystA: Caller;
let analystB: Caller;
let outsider: Caller;
let operationId: number;

beforeAll(async () => {
  t = await createTestApp();
  const iru = await buildOrganisation(t, { kind: 'authority' });
  const partner = await buildOrganisation(t, { kind: 'authority' });
  const stranger = await buildOrganisation(t, { kind: 'ngo' });
  coordinator = (await buildSignedInMember(t, iru, ['coordinator'])).as;
  analystA = (await buildSignedInMember(t, iru, ['analyst'])).as;
  analystB = (await buildSignedInMember(t, partner, ['analyst'])).as;
  outsider = (await buildSignedInMember(t, stranger, ['analyst'])).as;
  const op = await coordinator.post('/operations', { name: 'Action Day', participants: [partner.id], scope: { languages: ['ar', 'en'] } });
  expect(op.statusCode, op.body).toBe(201);
  operationId = op.json().id;
});
afterAll(async () => {
  await t.close();
});

describe('operations', () => {
  it('are 48 hours by default, seen only by participants, and move planned → live → closed', async () => {
    const op = (await coordinator.get(`/operations/${operationId}`)).json();
    expect(new Date(op.endsAt).getTime() - new Date(op.startsAt).getTime()).toBe(48 * 3_600_000);
    expect(op.status).toBe('planned');
    expect((await analystB.get(`/operations/${operationId}`)).statusCode).toBe(200);
    expect((await outsider.get(`/operations/${operationId}`)).statusCode).toBe(404);
    expect((await analystA.post(`/operations/${operationId}/status`, { status: 'live' })).statusCode).toBe(403);
    expect((await coordinator.post(`/operations/${operationId}/status`, { status: 'live' })).json().status).toBe('live');
    expect((await coordinator.post(`/operations/${operationId}/status`, { status: 'live' })).json().error.code).toBe('INVALID_STATE_TRANSITION');
    const bad = await coordinator.post('/operations', { name: 'Backwards', startsAt: '2026-03-02T00:00:00Z', endsAt: '2026-03-01T00:00:00Z' });
    expect(bad.json().error.code).toBe('VALIDATION_FAILED');
  });
});

describe('items', () => {
  it('canonicalise URLs and count the same URL in an operation once', async () => {
    const first = await analystA.post('/items', { operationId, url: 'HTTPS://Video.Example.COM:443/watch?v=abc&utm_source=x#t=1', language: 'ar' });
    expect(first.statusCode, first.body).toBe(201);
    expect(first.json()).toMatchObject({ created: true, unregisteredDomain: true, item: { url: 'https://video.example.com/watch?v=abc', registrableDomain: 'example.com' } });
    const again = await analystA.post('/items', { operationId, url: 'https://video.example.com/watch?v=abc' });
    expect(again.statusCode).toBe(200);
    expect(again.json()).toMatchObject({ created: false, item: { id: first.json().item.id } });
    const partner = await analystB.post('/items', { operationId, url: 'https://video.example.com/watch?v=abc' });
    expect(partner.statusCode).toBe(409);
    expect(partner.json().error.code).toBe('ITEM_ALREADY_SUBMITTED');
    expect(partner.body).not.toContain('"language"');
    const bad = await analystA.post('/items', { operationId, url: 'javascript:alert(1)' });
    expect(bad.json().error.code).toBe('URL_INVALID');
    expect((await outsider.post('/items', { operationId, url: 'https://x.example/1' })).statusCode).toBe(404);
  });

  it('replay the first answer for a retried Idempotency-Key, and refuse the key for another request', async () => {
    const headers = { 'idempotency-key': 'retry-1' };
    const a = await analystA.request({ method: 'POST', url: '/items', headers, payload: { operationId, url: 'https://files.example.net/a.pdf' } });
    const b = await analystA.request({ method: 'POST', url: '/items', headers, payload: { operationId, url: 'https://files.example.net/a.pdf' } });
    expect(a.statusCode).toBe(201);
    expect(b.statusCode).toBe(201);
    expect(b.headers['idempotent-replayed']).toBe('true');
    expect(b.json()).toEqual(a.json());
    const c = await analystA.request({ method: 'POST', url: '/items', headers, payload: { operationId, url: 'https://files.example.net/other.pdf' } });
    expect(c.json().error.code).toBe('IDEMPOTENCY_KEY_REUSED');
  });

  it('store media content-addressed, hash it at once, and cluster re-uploads across platforms and organisations', async () => {
    const png = await syntheticImage(11);
    const jpeg = await syntheticImage(11, 320, 240, 'jpeg');
    const other = await syntheticImage(12);
    const up = async (caller: Caller, url: string, file: Buffer, name: string) => {
      const res = await caller.request({ method: 'POST', url: '/items/media', ...multipart(file, name, { url, operationId: String(operationId), language: 'en' }) });
      expect(res.statusCode, res.body).toBe(201);
      return res.json().item;
    };
    const a = await up(analystA, 'https://tube.example/v/1', png, 'a.png');
    expect(a.signals.map((s: { signalType: string }) => s.signalType).sort()).toEqual(['md5', 'pdq', 'sha256']);
    expect(a.media[0]).toMatchObject({ byteSize: png.length, contentType: 'photo' });
    const b = await up(analystB, 'https://share.example.org/f/9', jpeg, 'b.jpg'); // re-encoded copy, another agency
    const c = await up(analystA, 'https://mirror.example.io/x', png, 'c.png'); // exact copy
    const d = await up(analystA, 'https://tube.example/v/2', other, 'd.png'); // a different picture
    expect(b.clusterId).toBe(a.clusterId);
    expect(c.clusterId).toBe(a.clusterId);
    expect(d.clusterId).not.toBe(a.clusterId);

    const cluster = (await analystA.get(`/clusters/${a.clusterId}`)).json();
    expect(cluster).toMatchObject({ itemCount: 3, platformCount: 3, organisationCount: 2, ownItemIds: [a.id, c.id] });
    expect(cluster.domains).toEqual(['example.io', 'example.org', 'tube.example']);
    // The partner sees the cluster's reach but not the IRU's items.
    const partnerView = (await analystB.get(`/clusters/${a.clusterId}`)).json();
    expect(partnerView.ownItemIds).toEqual([b.id]);
    expect((await analystB.get(`/items/${a.id}`)).statusCode).toBe(404);
    expect((await outsider.get(`/clusters/${a.clusterId}`)).statusCode).toBe(404);
  });

  it('hash text and cluster the same text', async () => {
    const text = 'Synthetic test post about a fictional group, repeated across several fictional platforms for clustering tests.';
    const x = (await analystA.post('/items', { operationId, url: 'https://micro.example/p/1', text })).json().item;
    const y = (await analystB.post('/items', { operationId, url: 'https://forum.example/t/2', text: `  ${text.toUpperCase()} ` })).json().item;
    expect(x.signals.map((s: { signalType: string }) => s.signalType)).toContain('text_sha256');
    expect(y.clusterId).toBe(x.clusterId);
  });

  it('are assessed by analysts and audited', async () => {
    const item = (await analystA.post('/items', { operationId, url: 'https://assess.example/1' })).json().item;
    const res = await analystA.patch(`/items/${item.id}`, { groupName: 'Fictional Group', category: 'video', tier: 'designated_group_propaganda', legalBasis: 'TCO Art. 2(7)(c)' });
    expect(res.json()).toMatchObject({ status: 'assessed', tier: 'designated_group_propaganda' });
    expect((await analystA.patch(`/items/${item.id}`, { tier: 'bogus' })).json().error.code).toBe('VALIDATION_FAILED');
    expect((await coordinator.patch(`/items/${item.id}`, { notes: 'x' })).statusCode).toBe(403);
  });

  it('add up to live figures for every participant', async () => {
    const res = await analystB.get(`/operations/${operationId}/figures`);
    expect(res.statusCode, res.body).toBe(200);
    const f = res.json();
    expect(f.items).toBeGreaterThanOrEqual(9);
    expect(f.organisations).toBe(2);
    expect(f.clusters).toBeLessThan(f.items); // re-uploads share clusters
    expect(f.languages).toEqual(expect.arrayContaining([{ language: 'en', items: expect.any(Number) }, { language: 'ar', items: 1 }]));
    expect(f.newDomains.map((d: { domain: string }) => d.domain)).toContain('example.com');
    expect(f.itemsOverTime.reduce((n: number, b: { items: number }) => n + b.items, 0)).toBe(f.items);
    expect((await outsider.get(`/operations/${operationId}/figures`)).statusCode).toBe(404);
  });

  it('produce the operation report as JSON, CSV and a printable page', async () => {
    const json = (await coordinator.get(`/operations/${operationId}/report`)).json();
    expect(json.headline).toMatch(/^\d+ items in \d+ languages on \d+ platforms$/);
    expect(json.platforms.length).toBeGreaterThan(0);
    const csv = await coordinator.get(`/operations/${operationId}/report?format=csv`);
    expect(csv.headers['content-type']).toContain('text/csv');
    expect(csv.body.split('\r\n')[0]).toBe('platform_id,platform,domain,items,referrals,removed,removal_rate,median_hours_to_removal');
    const html = await coordinator.get(`/operations/${operationId}/report?format=html`);
    expect(html.headers['content-type']).toContain('text/html');
    expect(html.body).toContain(json.headline);
    expect((await outsider.get(`/operations/${operationId}/report`)).statusCode).toBe(403); // analysts hold no reports:read
  });

  it('refuse new items once the operation is closed', async () => {
    await coordinator.post(`/operations/${operationId}/status`, { status: 'closed' });
    expect((await analystA.post('/items', { operationId, url: 'https://late.example/1' })).json().error.code).toBe('INVALID_STATE_TRANSITION');
  });
});

describe('bulk intake', () => {
  it('imports the good rows of a CSV file and reports bad rows by line number', async () => {
    const op = (await coordinator.post('/operations', { name: 'Bulk day' })).json();
    const csv = [
      'url,language,group,category,tier,text',
      'https://bulk.example/1,en,Fictional Group,video,promotional,',
      'not a url,en,,,,',
      'https://bulk.example/2,ar,,,bogus-tier,',
      '"https://bulk.example/3",fr,,,,"a synthetic, quoted post"',
      'https://bulk.example/1,en,,,,',
    ].join('\n');
    const res = await analystA.request({ method: 'POST', url: `/items/bulk?operationId=${op.id}`, payload: csv, headers: { 'content-type': 'text/csv' } });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ rows: 5, created: 2, duplicates: 1, rejected: 2 });
    expect(res.json().errors.map((e: { line: number; code: string }) => [e.line, e.code])).toEqual([
      [3, 'URL_INVALID'],
      [4, 'VALIDATION_FAILED'],
    ]);
    const listed = (await analystA.get(`/items?operationId=${op.id}`)).json().items;
    expect(listed.map((i: { url: string }) => i.url).sort()).toEqual(['https://bulk.example/1', 'https://bulk.example/3']);
  });

  it('imports JSON lines, and refuses a closed or foreign operation', async () => {
    const op = (await coordinator.post('/operations', { name: 'JSONL day' })).json();
    const jsonl = ['{"url":"https://jl.example/a","language":"de"}', 'not json', '[1,2]', '{"url":"https://jl.example/b","tier":"crisis"}'].join('\n');
    const res = await analystA.request({ method: 'POST', url: `/items/bulk?operationId=${op.id}`, payload: jsonl, headers: { 'content-type': 'application/x-ndjson' } });
    expect(res.json()).toMatchObject({ rows: 4, created: 2, rejected: 2 });
    expect((await outsider.request({ method: 'POST', url: `/items/bulk?operationId=${op.id}`, payload: jsonl, headers: { 'content-type': 'application/x-ndjson' } })).statusCode).toBe(404);
  });
});
