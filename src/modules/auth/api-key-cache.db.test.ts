// API keys held in memory for VIGIL_API_KEY_CACHE_SECONDS: a second container on the same database
// stands for another Vigil process, and both share the test's manual clock.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { countingDatabase, type CountingDatabase } from '../../../test/counting-database.ts';
import { buildOrganisation, buildSignedInMember, withApiKey, type Caller } from '../../../test/factories.ts';
import { createTestApp, type TestApp } from '../../../test/test-app.ts';
import { testConfig } from '../../../test/test-config.ts';
import { createContainer, type Container } from '../../container.ts';

let t: TestApp;
let admin: Caller;
/** Another process on the same database, whose statements are recorded. */
let other: Container;
let otherDb: CountingDatabase;

beforeAll(async () => {
  t = await createTestApp({ apiKeyCacheSeconds: 5 });
  const org = await buildOrganisation(t, { kind: 'platform' });
  admin = (await buildSignedInMember(t, org, ['admin'])).as;
  otherDb = countingDatabase(t.db);
  other = createContainer({ config: testConfig({ apiKeyCacheSeconds: 5 }), db: otherDb, clock: t.clock });
});
afterAll(async () => {
  await other.hashing.close();
  await t.close();
});

async function newKey(extra: Record<string, unknown> = {}): Promise<{ key: string; id: number }> {
  const res = await admin.post('/api-keys', { name: 'upload checks', scopes: ['hashes:lookup', 'read'], ...extra });
  expect(res.statusCode, res.body).toBe(201);
  return { key: res.json().key as string, id: res.json().apiKey.id as number };
}

const keyReads = () => otherDb.statements.filter((s) => /from api_keys/.test(s)).length;
const keyWrites = () => otherDb.statements.filter((s) => /update api_keys/.test(s)).length;

describe('verified API keys in memory', () => {
  it('answer without a database round trip until their time to live passes, then are read again', async () => {
    const { key, id } = await newKey();
    expect((await other.auth.authenticateApiKey(key)).principal).toMatchObject({ kind: 'api_key', id });
    otherDb.reset();
    for (let i = 0; i < 10; i++) await other.auth.authenticateApiKey(key);
    t.clock.advance(4999);
    await other.auth.authenticateApiKey(key);
    expect(otherDb.statements).toEqual([]);
    t.clock.advance(1);
    await other.auth.authenticateApiKey(key);
    expect(keyReads()).toBe(1);
    expect(keyWrites()).toBe(0); // used less than a minute ago
  });

  it('read the database once for a burst of requests with a key not held yet', async () => {
    const { key } = await newKey();
    otherDb.reset();
    await Promise.all(Array.from({ length: 20 }, () => other.auth.authenticateApiKey(key)));
    expect(keyReads()).toBe(1);
    expect(keyWrites()).toBe(1);
  });

  it('stop working at once in the process that revoked them, and within the time to live in another', async () => {
    const { key, id } = await newKey();
    expect((await withApiKey(t, key).get('/organisation')).statusCode).toBe(200);
    await other.auth.authenticateApiKey(key);
    expect((await admin.delete(`/api-keys/${id}`)).statusCode).toBe(204);
    expect((await withApiKey(t, key).get('/organisation')).json().error.code).toBe('API_KEY_REVOKED');
    // The other process verified the key just before: it trusts it for at most the time to live.
    t.clock.advance(4999);
    expect((await other.auth.authenticateApiKey(key)).principal.id).toBe(id);
    t.clock.advance(1);
    await expect(other.auth.authenticateApiKey(key)).rejects.toMatchObject({ code: 'API_KEY_REVOKED' });
    await expect(other.auth.authenticateApiKey(key)).rejects.toMatchObject({ code: 'API_KEY_REVOKED' });
  });

  it('are checked for expiry against the clock on every request', async () => {
    const { key } = await newKey({ expiresAt: new Date(t.clock.now().getTime() + 2000).toISOString() });
    await other.auth.authenticateApiKey(key);
    otherDb.reset();
    t.clock.advance(1999);
    await other.auth.authenticateApiKey(key);
    t.clock.advance(1);
    await expect(other.auth.authenticateApiKey(key)).rejects.toMatchObject({ code: 'API_KEY_REVOKED' });
    expect(otherDb.statements).toEqual([]); // decided from memory and the clock
    expect((await withApiKey(t, key).get('/organisation')).json().error.code).toBe('API_KEY_REVOKED');
  });

  it('record their last use at most once a minute', async () => {
    const { key, id } = await newKey();
    const lastUsed = async () => (await t.db.query<{ last_used_at: Date | null }>('select last_used_at from api_keys where id = $1', [id])).rows[0]!.last_used_at;
    const first = t.clock.now();
    await other.auth.authenticateApiKey(key);
    expect(await lastUsed()).toEqual(first);
    otherDb.reset();
    for (const step of [10_000, 20_000, 30_000]) {
      t.clock.advance(step); // to 60 s after the first use: re-read from the database, never written
      await other.auth.authenticateApiKey(key);
    }
    expect(keyWrites()).toBe(0);
    expect(await lastUsed()).toEqual(first);
    t.clock.advance(1000);
    await other.auth.authenticateApiKey(key);
    expect(await lastUsed()).toEqual(t.clock.now());
    expect(keyWrites()).toBe(1);
    // A use in another process within the minute writes nothing either.
    expect((await withApiKey(t, key).get('/organisation')).statusCode).toBe(200);
    expect(await lastUsed()).toEqual(t.clock.now());
  });

  it('are read on every request when the time to live is 0', async () => {
    const uncachedDb = countingDatabase(t.db);
    const uncached = createContainer({ config: testConfig({ apiKeyCacheSeconds: 0 }), db: uncachedDb, clock: t.clock });
    try {
      const { key } = await newKey();
      for (let i = 0; i < 3; i++) await uncached.auth.authenticateApiKey(key);
      expect(uncachedDb.statements.filter((s) => /from api_keys/.test(s))).toHaveLength(3);
      expect(uncachedDb.statements.filter((s) => /update api_keys/.test(s))).toHaveLength(1);
    } finally {
      await uncached.hashing.close();
    }
  });
});
