// Upload checks as a platform runs them: with its organisation's API key, against the banks shared
// with it, by one hash, a batch, an upload or an allow-listed URL, answered in HMA's shapes.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildOrganisation, buildSignedInMember, withApiKey, type Caller } from '../../../test/factories.ts';
import { multipart } from '../../../test/multipart.ts';
import { syntheticImage } from '../../../test/synthetic-media.ts';
import { createTestApp, type TestApp } from '../../../test/test-app.ts';
import type { Organisation } from '../organisations/organisation.model.ts';

type BankMap = Record<string, Array<{ bank_content_id: number; distance: number }>>;

let t: TestApp;
let server: Server;
let host: string;
let analyst: Caller;
let tube: Organisation;
/** The platform's upload-check key (scope hashes:lookup), and a platform nothing is shared with. */
let tubeKey: Caller;
let otherKey: Caller;
let tubeReadKey: Caller;
let png: Buffer;
let pdq: string;
let md5: string;
const entries: Record<string, number> = {};

/** `hex` with its `bits` low bits flipped: a near-duplicate at distance `bits`. */
function flip(hex: string, bits: number): string {
  return (BigInt(`0x${hex}`) ^ ((1n << BigInt(bits)) - 1n)).toString(16).padStart(64, '0');
}

async function keyOf(org: Organisation, scopes: string[]): Promise<Caller> {
  const admin = (await buildSignedInMember(t, org, ['admin'])).as;
  const res = await admin.post('/api-keys', { name: `upload checks ${scopes.join(' ')}`, scopes });
  expect(res.statusCode, res.body).toBe(201);
  return withApiKey(t, res.json().key as string);
}

async function bankWith(name: string, signals: Array<{ signal_type: string; value: string; quality?: number }>, extra: Record<string, unknown> = {}) {
  expect((await analyst.post('/c/banks', { name, ...extra })).statusCode).toBe(201);
  const res = await analyst.post(`/c/bank/${name}/signal`, { signals });
  expect(res.statusCode, res.body).toBe(201);
  entries[name] = res.json().id as number;
}

const share = async (bank: string, access: 'read' | 'contribute' | 'none') => expect((await analyst.put(`/c/bank/${bank}/shares/${tube.id}`, { access })).statusCode).toBe(204);

async function lookup(caller: Caller, query: string): Promise<BankMap> {
  const res = await caller.get(`/m/lookup?${query}`);
  expect(res.statusCode, res.body).toBe(200);
  return res.json() as BankMap;
}

beforeAll(async () => {
  png = await syntheticImage(11);
  server = createServer((req, res) => (req.url === '/upload.png' ? res.writeHead(200, { 'content-type': 'image/png' }).end(png) : res.writeHead(404).end()));
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  host = `127.0.0.1:${(server.address() as AddressInfo).port}`;
  t = await createTestApp({ hashUrlAllowlist: host, hashThreads: 1 });

  const iru = await buildOrganisation(t, { kind: 'authority' });
  analyst = (await buildSignedInMember(t, iru, ['analyst'])).as;
  tube = await buildOrganisation(t, { kind: 'platform' });
  tubeKey = await keyOf(tube, ['hashes:lookup']);
  tubeReadKey = await keyOf(tube, ['read']);
  otherKey = await keyOf(await buildOrganisation(t, { kind: 'platform' }), ['hashes:lookup']);

  const hashed = (await analyst.request({ method: 'POST', url: '/h/hash', ...multipart(png, 'a.png') })).json();
  pdq = hashed.pdq;
  md5 = hashed.md5;
  // The same picture in a shared and in an unshared bank; its exact bytes in a contribute share.
  await bankWith('SHARED_TVEC', [{ signal_type: 'pdq', value: pdq, quality: 100 }]);
  await bankWith('PRIVATE_TVEC', [{ signal_type: 'pdq', value: pdq, quality: 100 }]);
  await bankWith('CONTRIB_MD5', [{ signal_type: 'md5', value: md5 }]);
  await share('SHARED_TVEC', 'read');
  await share('CONTRIB_MD5', 'contribute');
});
afterAll(async () => {
  await t.close();
  server.close();
});

describe('upload checks with a platform API key', () => {
  it('check one hash: the bank map of that signal type (HMA shape), from shared banks only', async () => {
    const near = flip(pdq, 7);
    expect(await lookup(tubeKey, `signal_type=pdq&signal=${near}`)).toEqual({ SHARED_TVEC: [{ bank_content_id: entries.SHARED_TVEC, distance: 7 }] });
    expect(await lookup(tubeKey, `signal_type=md5&signal=${md5}`)).toEqual({ CONTRIB_MD5: [{ bank_content_id: entries.CONTRIB_MD5, distance: 0 }] });
    expect(await lookup(tubeKey, `signal_type=pdq&signal=${flip(pdq, 60)}`)).toEqual({});
    // HMA clients may send seed and bypass_coinflip; banks are on or off, so they change nothing.
    expect(await lookup(tubeKey, `signal_type=pdq&signal=${near}&seed=42&bypass_coinflip=true`)).toEqual({ SHARED_TVEC: [{ bank_content_id: entries.SHARED_TVEC, distance: 7 }] });
    // Nothing is shared with the other platform; the owner sees its unshared bank too.
    expect(await lookup(otherKey, `signal_type=pdq&signal=${near}`)).toEqual({});
    expect(Object.keys(await lookup(analyst, `signal_type=pdq&signal=${near}`)).sort()).toEqual(['PRIVATE_TVEC', 'SHARED_TVEC']);
  });

  it('check an upload: hashed, then one bank map per signal type', async () => {
    const exact = await tubeKey.request({ method: 'POST', url: '/m/lookup', ...multipart(png, 'same.png') });
    expect(exact.statusCode, exact.body).toBe(200);
    expect(exact.json()).toMatchObject({ pdq: { SHARED_TVEC: [{ bank_content_id: entries.SHARED_TVEC, distance: 0 }] }, md5: { CONTRIB_MD5: [{ bank_content_id: entries.CONTRIB_MD5, distance: 0 }] }, sha256: {} });
    expect(exact.json().pdq).not.toHaveProperty('PRIVATE_TVEC');

    const reencoded = await syntheticImage(11, 320, 240, 'jpeg');
    const near = (await tubeKey.request({ method: 'POST', url: '/m/lookup', ...multipart(reencoded, 'copy.jpg') })).json();
    expect(near.pdq).toEqual({ SHARED_TVEC: [{ bank_content_id: entries.SHARED_TVEC, distance: expect.any(Number) }] });
    expect(near.md5).toEqual({});

    const outsider = (await otherKey.request({ method: 'POST', url: '/m/lookup', ...multipart(png, 'same.png') })).json();
    expect(Object.values(outsider).every((banks) => Object.keys(banks as BankMap).length === 0)).toBe(true);
  });

  it('check a batch: one answer per query, in order, hits and misses', async () => {
    const queries = [
      { signal_type: 'pdq', signal: flip(pdq, 3) },
      { signal_type: 'pdq', signal: 'a5'.repeat(32) },
      { signal_type: 'md5', signal: md5.toUpperCase() },
      { signal_type: 'sha256', signal: 'cd'.repeat(32) },
    ];
    const res = await tubeKey.post('/m/lookup/batch', { queries });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().results).toEqual([
      { signal_type: 'pdq', signal: flip(pdq, 3), matches: { SHARED_TVEC: [{ bank_content_id: entries.SHARED_TVEC, distance: 3 }] } },
      { signal_type: 'pdq', signal: 'a5'.repeat(32), matches: {} },
      { signal_type: 'md5', signal: md5, matches: { CONTRIB_MD5: [{ bank_content_id: entries.CONTRIB_MD5, distance: 0 }] } },
      { signal_type: 'sha256', signal: 'cd'.repeat(32), matches: {} },
    ]);
    const outsider = (await otherKey.post('/m/lookup/batch', { queries })).json().results as Array<{ matches: BankMap }>;
    expect(outsider.map((r) => r.matches)).toEqual([{}, {}, {}, {}]);
  });

  it('follow the sharing as it changes', async () => {
    await share('SHARED_TVEC', 'none');
    expect(await lookup(tubeKey, `signal_type=pdq&signal=${pdq}`)).toEqual({});
    await share('SHARED_TVEC', 'read');
    expect(Object.keys(await lookup(tubeKey, `signal_type=pdq&signal=${pdq}`))).toEqual(['SHARED_TVEC']);
  });

  it("restrict the answer to named banks (HMA's banks filter); negative banks still suppress", async () => {
    expect(await lookup(tubeKey, `signal_type=pdq&signal=${pdq}&banks=CONTRIB_MD5`)).toEqual({});
    expect(Object.keys(await lookup(tubeKey, `signal_type=pdq&signal=${pdq}&banks=CONTRIB_MD5,SHARED_TVEC`))).toEqual(['SHARED_TVEC']);
    expect(Object.keys(await lookup(analyst, `signal_type=pdq&signal=${pdq}&banks=PRIVATE_TVEC`))).toEqual(['PRIVATE_TVEC']);
    const batch = await analyst.post('/m/lookup/batch', { queries: [{ signal_type: 'pdq', signal: pdq }], banks: ['SHARED_TVEC'] });
    expect(Object.keys(batch.json().results[0].matches)).toEqual(['SHARED_TVEC']);

    const benign = '3c'.repeat(32);
    await bankWith('FILTERED_TVEC', [{ signal_type: 'pdq', value: benign, quality: 90 }]);
    await bankWith('FILTER_BENIGN', [{ signal_type: 'pdq', value: flip(benign, 2), quality: 90 }], { is_negative: true });
    expect(await lookup(analyst, `signal_type=pdq&signal=${benign}&banks=FILTERED_TVEC`)).toEqual({});
    expect(Object.keys(await lookup(analyst, `signal_type=pdq&signal=${benign}&banks=FILTERED_TVEC&ignore_negative_banks=true`))).toEqual(['FILTERED_TVEC']);
  });

  it('check the media at an allow-listed URL (HMA: GET /m/lookup?url=)', async () => {
    const all = await tubeKey.get(`/m/lookup?url=http://${host}/upload.png`);
    expect(all.statusCode, all.body).toBe(200);
    expect(all.json()).toMatchObject({ pdq: { SHARED_TVEC: [{ bank_content_id: entries.SHARED_TVEC, distance: 0 }] }, md5: { CONTRIB_MD5: [expect.anything()] } });
    expect(await lookup(tubeKey, `url=http://${host}/upload.png&types=pdq&signal_type=pdq`)).toEqual({ SHARED_TVEC: [{ bank_content_id: entries.SHARED_TVEC, distance: 0 }] });
    expect((await tubeKey.get('/m/lookup?url=http://127.0.0.1:9/upload.png')).json().error.code).toBe('URL_NOT_ALLOWED');
    expect((await tubeKey.get('/m/lookup?signal_type=pdq')).json().error.code).toBe('VALIDATION_FAILED');
  });

  it('need the hashes:lookup permission: a read-only key is refused', async () => {
    const res = await tubeReadKey.get(`/m/lookup?signal_type=pdq&signal=${pdq}`);
    expect({ status: res.statusCode, code: res.json().error.code }).toEqual({ status: 403, code: 'FORBIDDEN' });
    expect((await tubeReadKey.post('/m/lookup/batch', { queries: [{ signal_type: 'md5', signal: md5 }] })).statusCode).toBe(403);
  });
});
