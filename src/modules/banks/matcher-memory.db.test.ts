// The matcher decides in memory who a candidate answers and counts matches in memory. A second
// container on the same database stands for another Vigil process (its polls and flushes are driven
// by hand); both share the test's manual clock. Its statements are recorded, to show that a lookup
// makes no database round trip.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { countingDatabase, type CountingDatabase } from '../../../test/counting-database.ts';
import { buildOrganisation, buildSignedInMember, withApiKey, type Caller } from '../../../test/factories.ts';
import { createTestApp, type TestApp } from '../../../test/test-app.ts';
import { testConfig } from '../../../test/test-config.ts';
import type { RequestContext } from '../../core/auth/principal.ts';
import { createContainer, type Container } from '../../container.ts';
import { buildApp } from '../../http/app.ts';
import type { App } from '../../http/types.ts';
import type { Organisation } from '../organisations/organisation.model.ts';

let t: TestApp;
let owner: Organisation;
let analyst: Caller;
let platform: Organisation;
let key: string;
/** The platform's API key in this process (the test app). */
let tubeKey: Caller;
let other: Container;
let otherDb: CountingDatabase;
let otherApp: App;
/** The platform's key as the other process authenticates it. */
let tubeCtx: RequestContext;

beforeAll(async () => {
  t = await createTestApp({ floodMinMatchesPerHour: 5, floodFactor: 10, hashThreads: 1 });
  owner = await buildOrganisation(t, { kind: 'authority' });
  analyst = (await buildSignedInMember(t, owner, ['analyst'])).as;
  platform = await buildOrganisation(t, { kind: 'platform' });
  const admin = (await buildSignedInMember(t, platform, ['admin'])).as;
  key = (await admin.post('/api-keys', { name: 'upload checks', scopes: ['hashes:lookup'] })).json().key as string;
  tubeKey = withApiKey(t, key);
  otherDb = countingDatabase(t.db);
  other = createContainer({ config: testConfig({ floodMinMatchesPerHour: 5, floodFactor: 10 }), db: otherDb, clock: t.clock });
  otherApp = await buildApp(other);
  await otherApp.ready();
  tubeCtx = { actor: (await other.auth.authenticateApiKey(key)).principal };
});
afterAll(async () => {
  await otherApp.close();
  await t.close();
});

async function bankWith(name: string, value: string, share = true): Promise<number> {
  expect((await analyst.post('/c/banks', { name })).statusCode).toBe(201);
  const res = await analyst.post(`/c/bank/${name}/signal`, { signals: [{ signal_type: 'md5', value }] });
  expect(res.statusCode, res.body).toBe(201);
  if (share) await shareWithTube(name, 'read');
  return res.json().id as number;
}

async function shareWithTube(bank: string, access: 'read' | 'none'): Promise<void> {
  expect((await analyst.put(`/c/bank/${bank}/shares/${platform.id}`, { access })).statusCode).toBe(204);
}

/** Bank names answering in this process (HTTP, the platform's key). */
async function here(value: string, caller = tubeKey): Promise<string[]> {
  const res = await caller.get(`/m/lookup?signal_type=md5&signal=${value}`);
  expect(res.statusCode, res.body).toBe(200);
  return Object.keys(res.json() as object);
}

/** Bank names answering in the other process's matcher. */
async function there(value: string, ctx = tubeCtx): Promise<string[]> {
  const [matches] = await other.matcher.lookup(ctx, [{ signalType: 'md5', value }]);
  return matches!.map((m) => m.bankName);
}

const matchCounts = async (contentId: number) =>
  (await t.db.query<{ matches: number }>('select matches from bank_match_counts where content_id = $1', [contentId])).rows.map((r) => r.matches);

describe('the matcher in memory', () => {
  it('answers lookups, hits and misses, with no database round trip', async () => {
    await bankWith('MEM_HITS', 'a1'.repeat(16));
    await other.matcher.sync();
    otherDb.reset();
    for (let i = 0; i < 3; i++) {
      const hit = await otherApp.inject({ url: `/m/lookup?signal_type=md5&signal=${'a1'.repeat(16)}`, headers: { authorization: `Bearer ${key}` } });
      expect(Object.keys(hit.json() as object)).toEqual(['MEM_HITS']);
      const miss = await otherApp.inject({ url: `/m/lookup?signal_type=md5&signal=${'b2'.repeat(16)}`, headers: { authorization: `Bearer ${key}` } });
      expect(miss.json()).toEqual({});
    }
    expect(otherDb.statements).toEqual([]);
  });

  it('applies a share and an unshare at once in the process that made it, and at the next poll in another', async () => {
    await bankWith('MEM_SHARES', 'c3'.repeat(16), false);
    await other.matcher.sync();
    expect(await here('c3'.repeat(16))).toEqual([]);
    expect(await there('c3'.repeat(16))).toEqual([]);
    await shareWithTube('MEM_SHARES', 'read');
    expect(await here('c3'.repeat(16))).toEqual(['MEM_SHARES']);
    expect(await there('c3'.repeat(16))).toEqual([]); // not polled yet
    await other.matcher.sync();
    expect(await there('c3'.repeat(16))).toEqual(['MEM_SHARES']);
    await shareWithTube('MEM_SHARES', 'none');
    expect(await here('c3'.repeat(16))).toEqual([]);
    await other.matcher.sync();
    expect(await there('c3'.repeat(16))).toEqual([]);
  });

  it('follows banks and entries being disabled, disabled for a while, and deleted, through the change feed', async () => {
    const entry = await bankWith('MEM_STATE', 'd4'.repeat(16));
    await other.matcher.sync();
    expect(await there('d4'.repeat(16))).toEqual(['MEM_STATE']);

    await analyst.put('/c/bank/MEM_STATE', { enabled: false });
    expect(await here('d4'.repeat(16))).toEqual([]);
    await other.matcher.sync();
    expect(await there('d4'.repeat(16))).toEqual([]);
    await analyst.put('/c/bank/MEM_STATE', { enabled: true });
    await other.matcher.sync();
    expect(await there('d4'.repeat(16))).toEqual(['MEM_STATE']);

    await analyst.put(`/c/bank/MEM_STATE/content/${entry}`, { enabled: false });
    expect(await here('d4'.repeat(16))).toEqual([]);
    await other.matcher.sync();
    expect(await there('d4'.repeat(16))).toEqual([]);
    await analyst.put(`/c/bank/MEM_STATE/content/${entry}`, { disabled_until: new Date(t.clock.now().getTime() + 60_000).toISOString() });
    await other.matcher.sync();
    expect(await there('d4'.repeat(16))).toEqual([]);
    t.clock.advance(60_000); // the disable lapses: no change to apply, the clock decides
    expect(await there('d4'.repeat(16))).toEqual(['MEM_STATE']);
    expect(await here('d4'.repeat(16))).toEqual(['MEM_STATE']);

    expect((await analyst.delete(`/c/bank/MEM_STATE/content/${entry}`)).statusCode).toBe(204);
    expect(await here('d4'.repeat(16))).toEqual([]);
    await other.matcher.sync();
    expect(await there('d4'.repeat(16))).toEqual([]);
  });

  it('counts matches in memory and adds them to the database at each flush', async () => {
    const entry = await bankWith('MEM_COUNTS', 'e5'.repeat(16));
    await other.matcher.sync();
    for (let i = 0; i < 3; i++) expect(await there('e5'.repeat(16))).toEqual(['MEM_COUNTS']);
    expect(await matchCounts(entry)).toEqual([]);
    await other.matcher.flushMatchCounts();
    expect(await matchCounts(entry)).toEqual([3]);
    await there('e5'.repeat(16));
    await other.matcher.flushMatchCounts();
    expect(await matchCounts(entry)).toEqual([4]);
  });

  it('quarantines an entry whose matches flood across two processes, once, at a flush', async () => {
    const entry = await bankWith('MEM_FLOOD', 'f6'.repeat(16));
    await other.matcher.sync();
    for (let i = 0; i < 3; i++) {
      expect(await here('f6'.repeat(16))).toEqual(['MEM_FLOOD']);
      expect(await there('f6'.repeat(16))).toEqual(['MEM_FLOOD']);
    }
    await t.container.matcher.flushMatchCounts(); // 3 of 5: not yet
    expect((await analyst.get(`/c/bank/MEM_FLOOD/content/${entry}`)).json().quarantined).toBe(false);
    await other.matcher.flushMatchCounts(); // 6 this hour against a baseline of 0
    const content = (await analyst.get(`/c/bank/MEM_FLOOD/content/${entry}`)).json();
    expect(content).toMatchObject({ quarantined: true, quarantine_reason: expect.stringContaining('matched 6 times') });
    expect(await there('f6'.repeat(16))).toEqual([]);
    expect(await here('f6'.repeat(16))).toEqual(['MEM_FLOOD']); // this process has not polled yet
    await t.container.matcher.sync();
    expect(await here('f6'.repeat(16))).toEqual([]);
    expect(await t.container.banks.quarantineFlooded(entry, 'again')).toBe(false);
    const { rows } = await t.db.query<{ n: number }>(`select count(*)::int as n from audit_events where action = 'bank.content_quarantined' and target_id = $1`, [String(entry)]);
    expect(rows[0]!.n).toBe(1);
  });

  it('leaves an entry with a high baseline alone, checking it against the database once', async () => {
    const entry = await bankWith('MEM_POPULAR', '07'.repeat(16));
    const hour = new Date(Math.floor(t.clock.now().getTime() / 3_600_000) * 3_600_000);
    // 10 matches an hour over the past week: floods only above 100 this hour.
    await t.db.query(
      `insert into bank_match_counts (content_id, hour, matches) select $1, $2::timestamptz - make_interval(hours => i), 10 from generate_series(1, 168) as i`,
      [entry, hour],
    );
    await other.matcher.sync();
    otherDb.reset();
    for (let i = 0; i < 30; i++) expect(await there('07'.repeat(16))).toEqual(['MEM_POPULAR']);
    expect(otherDb.statements.filter((s) => /bank_match_counts/.test(s))).toHaveLength(1); // at the 5th match
    await other.matcher.flushMatchCounts();
    expect(await matchCounts(entry).then((m) => m.length)).toBe(169);
    expect((await analyst.get(`/c/bank/MEM_POPULAR/content/${entry}`)).json().quarantined).toBe(false);
  });
});
