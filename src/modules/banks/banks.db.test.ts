import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseFrameLine, serializeVpdq } from '../../signals/index.ts';
import { buildOrganisation, buildSignedInMember, type Caller } from '../../../test/factories.ts';
import { multipart } from '../../../test/multipart.ts';
import { syntheticImage } from '../../../test/synthetic-media.ts';
import { createTestApp, type TestApp } from '../../../test/test-app.ts';
import { testConfig } from '../../../test/test-config.ts';
import { onPostgres } from '../../../test/test-database.ts';
import { permissionsOfRoles } from '../../core/auth/permissions.ts';
import { createContainer } from '../../container.ts';
import type { Organisation } from '../organisations/organisation.model.ts';

let t: TestApp;
let owner: Organisation;
let analyst: Caller;
let platform: Organisation;
let liaison: Caller;

const PDQ_A = 'f'.repeat(16) + '0'.repeat(16) + 'a5'.repeat(16);
/** PDQ_A with `bits` low bits flipped. */
function flip(hex: string, bits: number): string {
  const n = BigInt(`0x${hex}`) ^ ((1n << BigInt(bits)) - 1n);
  return n.toString(16).padStart(64, '0');
}
const MD5 = '0123456789abcdef0123456789abcdef';

beforeAll(async () => {
  t = await createTestApp({ floodMinMatchesPerHour: 5, floodFactor: 10, hashThreads: 1 });
  owner = await buildOrganisation(t, { kind: 'authority' });
  analyst = (await buildSignedInMember(t, owner, ['analyst'])).as;
  platform = await buildOrganisation(t, { kind: 'platform' });
  liaison = (await buildSignedInMember(t, platform, ['liaison'])).as;
});
afterAll(async () => {
  await t.close();
});

async function makeBank(name: string, extra: Record<string, unknown> = {}) {
  const res = await analyst.post('/c/banks', { name, ...extra });
  expect(res.statusCode, res.body).toBe(201);
  return res.json();
}

async function add(bank: string, signals: Array<{ signal_type: string; value: string; quality?: number }>) {
  const res = await analyst.post(`/c/bank/${bank}/signal`, { signals });
  expect(res.statusCode, res.body).toBe(201);
  return res.json() as { id: number };
}

async function lookup(caller: Caller, type: string, signal: string, extra = '') {
  const res = await caller.get(`/m/lookup?signal_type=${type}&signal=${signal}${extra}`);
  expect(res.statusCode, res.body).toBe(200);
  // HMA's shape: with signal_type given, the answer is that type's bank map alone.
  return res.json() as Record<string, Array<{ bank_content_id: number; distance: number }>>;
}

describe('banks', () => {
  it('are created with CAPS_AND_UNDERSCORES names, renamed, and deleted', async () => {
    expect((await analyst.post('/c/banks', { name: 'lower_case' })).json().error.code).toBe('BANK_NAME_INVALID');
    await makeBank('RENAME_ME');
    expect((await analyst.post('/c/banks', { name: 'RENAME_ME' })).json().error.code).toBe('BANK_NAME_TAKEN');
    const renamed = await analyst.put('/c/bank/RENAME_ME', { name: 'RENAMED', description: 'now renamed' });
    expect(renamed.json()).toMatchObject({ name: 'RENAMED', description: 'now renamed', access: 'owner', matching_enabled_ratio: 1 });
    expect((await analyst.get('/c/bank/RENAME_ME')).statusCode).toBe(404);
    expect((await analyst.delete('/c/bank/RENAMED')).statusCode).toBe(204);
    expect((await analyst.get('/c/bank/RENAMED')).statusCode).toBe(404);
  });

  it('hold entries with validated signals, in HMA shape or Vigil shape', async () => {
    await makeBank('ENTRIES');
    const hma = await analyst.post('/c/bank/ENTRIES/signal', { md5: MD5.toUpperCase() });
    expect(hma.statusCode).toBe(201);
    expect(hma.json().signals).toEqual([expect.objectContaining({ signal_type: 'md5', value: MD5 })]);
    const bad = await analyst.post('/c/bank/ENTRIES/signal', { signals: [{ signal_type: 'pdq', value: 'xyz' }] });
    expect(bad.json().error.code).toBe('SIGNAL_INVALID');
    const unknown = await analyst.post('/c/bank/ENTRIES/signal', { signals: [{ signal_type: 'tmk', value: 'abc' }] });
    expect(unknown.json().error.code).toBe('SIGNAL_TYPE_UNKNOWN');
    const list = (await analyst.get('/c/bank/ENTRIES/content')).json();
    expect(list.contents).toHaveLength(1);
  });

  it('are visible to other organisations only when shared, and writable only with contribute access', async () => {
    await makeBank('SHARED_LIST');
    await add('SHARED_LIST', [{ signal_type: 'md5', value: 'aa'.repeat(16) }]);
    expect((await liaison.get('/c/bank/SHARED_LIST')).statusCode).toBe(404);
    expect((await lookup(liaison, 'md5', 'aa'.repeat(16)))).toEqual({});
    expect((await analyst.put(`/c/bank/SHARED_LIST/shares/${platform.id}`, { access: 'read' })).statusCode).toBe(204);
    expect((await liaison.get('/c/bank/SHARED_LIST')).json().access).toBe('read');
    expect(Object.keys(await lookup(liaison, 'md5', 'aa'.repeat(16)))).toEqual(['SHARED_LIST']);
    // A read share cannot change the bank; liaisons hold banks:read and hashes:lookup only.
    expect((await liaison.put('/c/bank/SHARED_LIST', { enabled: false })).statusCode).toBe(403);
    expect((await analyst.put(`/c/bank/SHARED_LIST/shares/${platform.id}`, { access: 'none' })).statusCode).toBe(204);
    expect((await liaison.get('/c/bank/SHARED_LIST')).statusCode).toBe(404);
  });
});

describe('lookup', () => {
  it('finds exact and near PDQ matches, naming bank, entry and distance', async () => {
    await makeBank('PDQ_BANK');
    const entry = await add('PDQ_BANK', [{ signal_type: 'pdq', value: PDQ_A, quality: 90 }]);
    const near = await lookup(analyst, 'pdq', flip(PDQ_A, 20));
    expect(near).toEqual({ PDQ_BANK: [{ bank_content_id: entry.id, distance: 20 }] });
    expect(await lookup(analyst, 'pdq', flip(PDQ_A, 40))).toEqual({});
  });

  it('applies per-bank thresholds, the quality floor, and disabled banks and entries', async () => {
    await makeBank('STRICT', { pdq_threshold: 10 });
    const strictHash = flip(PDQ_A.replace(/^f/, 'e'), 0);
    const entry = await add('STRICT', [{ signal_type: 'pdq', value: strictHash, quality: 90 }]);
    expect((await lookup(analyst, 'pdq', flip(strictHash, 8))).STRICT).toHaveLength(1);
    expect((await lookup(analyst, 'pdq', flip(strictHash, 20))).STRICT).toBeUndefined();
    expect(await lookup(analyst, 'pdq', strictHash, '&quality=30')).toEqual({});

    await analyst.put('/c/bank/STRICT', { enabled: false });
    expect((await lookup(analyst, 'pdq', strictHash)).STRICT).toBeUndefined();
    await analyst.put('/c/bank/STRICT', { enabled: true });
    const until = new Date(t.clock.now().getTime() + 3_600_000).toISOString();
    await analyst.put(`/c/bank/STRICT/content/${entry.id}`, { disabled_until: until });
    expect((await lookup(analyst, 'pdq', strictHash)).STRICT).toBeUndefined();
    t.clock.advance(3_600_001);
    analyst = (await buildSignedInMember(t, owner, ['analyst'])).as;
    expect((await lookup(analyst, 'pdq', strictHash)).STRICT).toHaveLength(1);
  });

  it('lets a negative bank suppress matches, unless asked to ignore it', async () => {
    const benign = '3c'.repeat(32);
    await makeBank('TVEC');
    await makeBank('KNOWN_BENIGN', { is_negative: true });
    await add('TVEC', [{ signal_type: 'pdq', value: benign, quality: 80 }]);
    await add('KNOWN_BENIGN', [{ signal_type: 'pdq', value: flip(benign, 3), quality: 80 }]);
    expect(await lookup(analyst, 'pdq', benign)).toEqual({});
    const debug = await lookup(analyst, 'pdq', benign, '&ignore_negative_banks=true');
    expect(Object.keys(debug).sort()).toEqual(['KNOWN_BENIGN', 'TVEC']);
  });

  it('matches videos by their vPDQ frames', async () => {
    const frames = (name: string) => serializeVpdq(readFileSync(`../shared/testdata/vpdq/sample-hashes/${name}.txt`, 'utf8').trim().split('\n').map(parseFrameLine));
    await makeBank('VIDEOS');
    const entry = await add('VIDEOS', [{ signal_type: 'vpdq', value: frames('chair-22-sd-grey-bar') }]);
    // Expected percentages from the reference table testdata/vpdq/match/threatexchange-semantics-d31-q50.csv.
    const res = await analyst.post('/m/lookup/batch', {
      queries: ['chair-22-sd-sepia-bar', 'chair-22-with-small-logo-bar', 'chair-22-with-large-logo-bar', 'pattern-hd-no-bar'].map((name) => ({ signal_type: 'vpdq', signal: frames(name) })),
    });
    expect(res.statusCode, res.body).toBe(200);
    const [sepia, smallLogo, largeLogo, pattern] = res.json().results;
    expect(sepia.matches).toEqual({ VIDEOS: [{ bank_content_id: entry.id, distance: 0 }] }); // 100 % of frames
    expect(smallLogo.matches).toEqual({ VIDEOS: [{ bank_content_id: entry.id, distance: 4 }] }); // 96.0 % ≥ 80 %
    expect(largeLogo.matches).toEqual({}); // 10.4 % < 80 %
    expect(pattern.matches).toEqual({});
  });

  it('answers a batch of lookups in one request', async () => {
    await makeBank('BATCH');
    await add('BATCH', [{ signal_type: 'sha256', value: 'ab'.repeat(32) }]);
    const res = await analyst.post('/m/lookup/batch', { queries: [{ signal_type: 'sha256', signal: 'ab'.repeat(32) }, { signal_type: 'sha256', signal: 'cd'.repeat(32) }, { signal_type: 'md5', signal: MD5 }] });
    const results = res.json().results;
    expect(Object.keys(results[0].matches)).toEqual(['BATCH']);
    expect(results[1].matches).toEqual({});
    expect(Object.keys(results[2].matches)).toContain('ENTRIES');
    expect((await analyst.post('/m/lookup/batch', { queries: [{ signal_type: 'pdq', signal: 'zz' }] })).json().error.code).toBe('SIGNAL_INVALID');
  });

  it('quarantines an entry that suddenly floods with matches', async () => {
    await makeBank('FLOODY');
    const e = await add('FLOODY', [{ signal_type: 'md5', value: 'ee'.repeat(16) }]);
    for (let i = 0; i < 4; i++) expect((await lookup(analyst, 'md5', 'ee'.repeat(16))).FLOODY).toHaveLength(1);
    expect((await lookup(analyst, 'md5', 'ee'.repeat(16))).FLOODY).toBeUndefined(); // 5th match: quarantined
    const content = (await analyst.get(`/c/bank/FLOODY/content/${e.id}`)).json();
    expect(content).toMatchObject({ quarantined: true, quarantine_reason: expect.stringContaining('matched 5 times') });
    await analyst.put(`/c/bank/FLOODY/content/${e.id}`, { release_quarantine: true });
    expect((await analyst.get(`/c/bank/FLOODY/content/${e.id}`)).json().quarantined).toBe(false);
  });

  it('hashes an upload and matches it in one call, and /h/hash answers in HMA shape', async () => {
    const image = await syntheticImage(3);
    const hashed = await analyst.request({ method: 'POST', url: '/h/hash', ...multipart(image, 'a.png') });
    expect(hashed.statusCode, hashed.body).toBe(200);
    const { pdq, md5 } = hashed.json();
    expect(pdq).toMatch(/^[0-9a-f]{64}$/);
    expect(md5).toMatch(/^[0-9a-f]{32}$/);
    await makeBank('UPLOADS');
    await add('UPLOADS', [{ signal_type: 'pdq', value: pdq, quality: 100 }]);
    const jpeg = await syntheticImage(3, 320, 240, 'jpeg'); // a re-encode of the same picture
    const res = await analyst.request({ method: 'POST', url: '/m/lookup', ...multipart(jpeg, 'b.jpg') });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().pdq.UPLOADS).toHaveLength(1);
    expect(res.json().md5).toEqual({});
  });

  it('refuses bad uploads with stable codes', async () => {
    const empty = await analyst.request({ method: 'POST', url: '/h/hash', ...multipart(Buffer.alloc(0), 'empty.png') });
    expect(empty.json().error.code).toBe('MEDIA_EMPTY');
    const text = await analyst.request({ method: 'POST', url: '/h/hash', ...multipart(Buffer.from('not an image at all'), 'fake.jpg') });
    expect(text.json().error.code).toBe('MEDIA_UNSUPPORTED');
    const json = await analyst.post('/h/hash', { file: 'x' });
    expect(json.json().error.code).toBe('UNSUPPORTED_MEDIA_TYPE');
    const byUrl = await analyst.get('/h/hash?url=http://127.0.0.1:9/x.png');
    expect(byUrl.json().error.code).toBe('URL_NOT_ALLOWED');
  });
});

describe.runIf(onPostgres)('several matcher processes on PostgreSQL', () => {
  it('makes a hash added in one process matchable in another, through the change feed', async () => {
    const other = await t.db.openAnother(4);
    const b = createContainer({ config: testConfig({ matcherPollIntervalMs: 100 }), db: other, clock: t.clock });
    await b.matcher.start();
    try {
      const ctx = { actor: { kind: 'member' as const, id: 1, label: 'test', organisationId: owner.id, organisationKind: 'authority' as const, competentAuthority: true, roles: ['analyst' as const], permissions: permissionsOfRoles(['analyst']) } };
      await makeBank('CROSS_PROCESS');
      const hash = '5a'.repeat(32);
      expect((await b.matcher.lookup(ctx, [{ signalType: 'pdq', value: hash, quality: 90 }]))[0]).toEqual([]);
      const started = performance.now();
      await add('CROSS_PROCESS', [{ signal_type: 'pdq', value: hash, quality: 90 }]);
      let found = false;
      while (!found && performance.now() - started < 5000) {
        found = (await b.matcher.lookup(ctx, [{ signalType: 'pdq', value: hash, quality: 90 }]))[0]!.length > 0;
        if (!found) await new Promise((r) => setTimeout(r, 20));
      }
      expect(found).toBe(true);
    } finally {
      b.matcher.stop();
      await other.close();
    }
  });
});
