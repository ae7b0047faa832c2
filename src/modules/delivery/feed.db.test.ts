import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { systemContext } from '../../core/auth/principal.ts';
import type { Database } from '../../core/db/index.ts';
import type { Organisation } from '../organisations/organisation.model.ts';
import type { Referral } from '../referrals/referral.model.ts';
import { buildOrganisation, buildSignedInMember, withApiKey, type Caller } from '../../../test/factories.ts';
import { createTestApp, type TestApp } from '../../../test/test-app.ts';
import { onPostgres } from '../../../test/test-database.ts';
import { FeedRepository } from './feed.repository.ts';
import { PlatformFeedService, type FeedPage } from './feed.service.ts';

const MIN = 60_000;
let t: TestApp;
let coordinator: Caller;
let analyst: Caller;
let supervisor: Caller;
let counter = 0;

interface PlatformSide {
  org: Organisation;
  liaison: Caller;
  admin: Caller;
  platformId: number;
  host: string;
}

async function platformSide(channel = 'api_polling'): Promise<PlatformSide> {
  const org = await buildOrganisation(t, { kind: 'platform' });
  const liaison = (await buildSignedInMember(t, org, ['liaison'])).as;
  const admin = (await buildSignedInMember(t, org, ['admin'])).as;
  const host = `feed${++counter}.example`;
  const platform = await coordinator.post('/platforms', { name: `Feed Tube ${counter}`, category: 'video', domains: [host], operatorOrganisationId: org.id, deliveryChannel: channel });
  expect(platform.statusCode, platform.body).toBe(201);
  return { org, liaison, admin, platformId: platform.json().id as number, host };
}

async function addPlatform(side: PlatformSide): Promise<{ platformId: number; host: string }> {
  const host = `feed${++counter}.example`;
  const platform = await coordinator.post('/platforms', { name: `Feed Tube ${counter}`, category: 'forum', domains: [host], operatorOrganisationId: side.org.id, deliveryChannel: 'portal' });
  expect(platform.statusCode, platform.body).toBe(201);
  return { platformId: platform.json().id as number, host };
}

async function referral(host: string, opts: { kind?: 'removal_order' | 'voluntary_referral'; send?: boolean } = {}): Promise<number> {
  const kind = opts.kind ?? 'removal_order';
  const item = (await analyst.post('/items', { url: `https://${host}/v/${++counter}` })).json().item;
  const body = kind === 'removal_order'
    ? { itemId: item.id, kind, removalOrder: { issuingMemberState: 'be', issuingAuthority: 'Fictional IRU', referenceNumber: `FD-${counter}`, reasons: ['incitement'], language: 'en', addresseeContact: `legal@${host}` } }
    : { itemId: item.id, kind };
  const res = await analyst.post('/referrals', body);
  expect(res.statusCode, res.body).toBe(201);
  const id = res.json().id as number;
  if (opts.send ?? true) {
    expect((await supervisor.post(`/referrals/${id}/approve`, {})).statusCode).toBe(200);
    const sent = await supervisor.post(`/referrals/${id}/events`, { event: 'send', reason: 'internal note of the referrer' });
    expect(sent.statusCode, sent.body).toBe(200);
  }
  return id;
}

async function poll(as: Caller, cursor?: string, limit?: number): Promise<FeedPage> {
  const q = new URLSearchParams();
  if (cursor !== undefined) q.set('cursor', cursor);
  if (limit !== undefined) q.set('limit', String(limit));
  const res = await as.get(`/platform/feed?${q}`);
  expect(res.statusCode, res.body).toBe(200);
  return res.json() as FeedPage;
}

/** Polls with the returned cursor until the feed has nothing more. */
async function pollAll(as: Caller, cursor?: string, limit = 100): Promise<{ events: FeedPage['events']; cursor: string }> {
  const events: FeedPage['events'] = [];
  let c = cursor;
  for (;;) {
    const page = await poll(as, c, limit);
    events.push(...page.events);
    c = page.cursor;
    if (!page.hasMore) return { events, cursor: c };
  }
}

beforeAll(async () => {
  t = await createTestApp({ sessionIdleMinutes: 10_000, sessionTtlHours: 720 });
  const iru = await buildOrganisation(t, { kind: 'authority', competentAuthority: true });
  coordinator = (await buildSignedInMember(t, iru, ['coordinator'])).as;
  analyst = (await buildSignedInMember(t, iru, ['analyst'])).as;
  supervisor = (await buildSignedInMember(t, iru, ['supervisor'])).as;
});
afterAll(async () => {
  await t.close();
});

describe('the platform feed', () => {
  it("carries the platform's referral events in order, with reasons only where the platform may read them", async () => {
    const side = await platformSide();
    const unsent = await referral(side.host, { send: false });
    const id = await referral(side.host);
    let page = await poll(side.liaison);
    expect(page.hasMore).toBe(false);
    expect(page.events).toEqual([
      expect.objectContaining({ id: `${side.platformId}:1`, platformId: side.platformId, sequence: 1, event: 'referral.sent', reason: null, referral: expect.objectContaining({ id, platformId: side.platformId, kind: 'removal_order', state: 'sent', previousState: 'approved', referenceNumber: `FD-${counter}`, paused: false }) }),
    ]);
    expect(page.events[0]!.referral.deadlineAt).toBe(new Date(new Date(page.events[0]!.referral.receivedAt!).getTime() + 60 * MIN).toISOString());
    // Neither the referrer's internal note nor its item, organisation or people.
    const body = JSON.stringify(page);
    expect(body).not.toContain('internal note');
    expect(body).not.toContain('itemId');
    expect(body).not.toContain('organisationId');
    expect(body).not.toContain('proposedBy');
    expect(page.events.map((e) => e.referral.id)).not.toContain(unsent);

    // Nothing new: the same cursor comes back.
    const again = await poll(side.liaison, page.cursor);
    expect(again).toEqual({ events: [], cursor: page.cursor, hasMore: false });

    expect((await side.liaison.post(`/platform/referrals/${id}/responses`, { action: 'acknowledge' })).statusCode).toBe(200);
    expect((await side.liaison.post(`/platform/referrals/${id}/responses`, { action: 'request_clarification', reason: 'Which video?' })).statusCode).toBe(200);
    expect((await supervisor.post(`/referrals/${id}/events`, { event: 'answer_clarification', reason: 'The one at 0:42' })).statusCode).toBe(200);
    expect((await side.liaison.post(`/platform/referrals/${id}/responses`, { action: 'remove' })).statusCode).toBe(200);
    page = await poll(side.liaison, page.cursor);
    expect(page.events.map((e) => [e.sequence, e.event, e.referral.state, e.reason])).toEqual([
      [2, 'referral.acknowledged', 'acknowledged', null],
      [3, 'referral.clarification_requested', 'clarification_requested', 'Which video?'],
      [4, 'referral.clarification_answered', 'acknowledged', 'The one at 0:42'],
      [5, 'referral.removed', 'removed', null],
    ]);
    expect(page.events[1]!.referral.paused).toBe(true);
  });

  it('pages with limit and never skips or repeats an event across pages', async () => {
    const side = await platformSide('portal');
    const ids: number[] = [];
    for (let i = 0; i < 7; i++) ids.push(await referral(side.host, { kind: 'voluntary_referral' }));
    const first = await poll(side.liaison, undefined, 3);
    expect(first.events).toHaveLength(3);
    expect(first.hasMore).toBe(true);
    const rest = await pollAll(side.liaison, first.cursor, 3);
    const all = [...first.events, ...rest.events];
    expect(all.map((e) => e.sequence)).toEqual([1, 2, 3, 4, 5, 6, 7]);
    expect(all.map((e) => e.referral.id)).toEqual(ids);
    // A client that restarts from an older cursor gets the same events again, in the same order.
    expect((await pollAll(side.liaison, first.cursor, 2)).events.map((e) => e.id)).toEqual(rest.events.map((e) => e.id));
  });

  it('merges the platforms an organisation operates, one cursor for all, whatever their channel', async () => {
    const side = await platformSide('webhook');
    const second = await addPlatform(side);
    const a = await referral(side.host, { kind: 'voluntary_referral' });
    const b = await referral(second.host, { kind: 'voluntary_referral' });
    const first = await pollAll(side.liaison);
    expect(first.events.map((e) => [e.platformId, e.sequence, e.referral.id])).toEqual([[side.platformId, 1, a], [second.platformId, 1, b]]);
    const c = await referral(second.host, { kind: 'voluntary_referral' });
    const next = await pollAll(side.liaison, first.cursor);
    expect(next.events.map((e) => [e.platformId, e.sequence, e.referral.id])).toEqual([[second.platformId, 2, c]]);
  });

  it("shows nothing of other platforms, refuses roles without referrals:respond, serves API keys and refuses malformed cursors", async () => {
    const side = await platformSide();
    const other = await platformSide();
    const id = await referral(side.host);
    expect((await pollAll(other.liaison)).events.map((e) => e.referral.id)).not.toContain(id);
    // A cursor naming another organisation's platform changes nothing: only operated platforms are read.
    const forged = Buffer.from(JSON.stringify({ v: 1, p: { [String(side.platformId)]: 0 } })).toString('base64url');
    expect((await poll(other.liaison, forged)).events.map((e) => e.referral.id)).not.toContain(id);
    expect((await analyst.get('/platform/feed')).statusCode).toBe(403);
    expect((await side.admin.get('/platform/feed')).statusCode).toBe(403);
    const bad = await side.liaison.get('/platform/feed?cursor=garbage!');
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.code).toBe('FEED_CURSOR_INVALID');

    const key = (await side.admin.post('/api-keys', { name: 'poller', scopes: ['referrals:respond', 'organisation:read'] })).json().key as string;
    const byKey = await withApiKey(t, key).get('/platform/feed');
    expect(byKey.statusCode, byKey.body).toBe(200);
    expect(byKey.json().events.map((e: { referral: { id: number } }) => e.referral.id)).toContain(id);
  });

  it('leaves receipt where sending put it: polling later does not move the hour', async () => {
    const side = await platformSide();
    const id = await referral(side.host);
    t.clock.advance(10 * MIN);
    const page = await poll(side.liaison);
    const sent = page.events.find((e) => e.referral.id === id)!;
    const view = (await side.liaison.get(`/platform/referrals/${id}`)).json();
    expect(view.receivedAt).toBe(sent.referral.receivedAt);
    expect(view.remainingSeconds).toBe(50 * 60);
  });

  it('does not carry referrals addressed to an infrastructure provider behind the platform', async () => {
    const side = await platformSide();
    const provider = await coordinator.post('/infrastructure-providers', { name: `Feed Host ${++counter}`, kind: 'hosting' });
    expect(provider.statusCode, provider.body).toBe(201);
    const item = (await analyst.post('/items', { url: `https://${side.host}/v/${++counter}` })).json().item;
    const res = await analyst.post('/referrals', { itemId: item.id, kind: 'voluntary_referral', recipientKind: 'infrastructure_provider', infrastructureProviderId: provider.json().id });
    expect(res.statusCode, res.body).toBe(201);
    const id = res.json().id as number;
    expect((await supervisor.post(`/referrals/${id}/approve`, {})).statusCode).toBe(200);
    expect((await supervisor.post(`/referrals/${id}/events`, { event: 'send' })).statusCode).toBe(200);
    expect((await pollAll(side.liaison)).events.map((e) => e.referral.id)).not.toContain(id);
  });
});

describe.runIf(onPostgres)('the platform feed under concurrent writers on PostgreSQL', () => {
  /** A sent referral to the platform, as the feed's record() sees one; the row must exist for the foreign key. */
  async function sentReferral(side: PlatformSide): Promise<Referral> {
    const id = await referral(side.host, { kind: 'voluntary_referral' });
    return (await t.container.referrals.getReceived(systemContext('test'), [side.platformId], id)).referral;
  }

  /** Starts a transaction on its own connection that records one event and waits until told to commit or roll back. */
  function openWriter(db: Database, feed: PlatformFeedService, r: Referral) {
    let finish!: (commit: boolean) => void;
    const decision = new Promise<boolean>((resolve) => (finish = resolve));
    let recorded = false;
    const done = db
      .transaction(async (tx) => {
        await feed.record(tx, r, { event: 'acknowledge', fromState: 'sent', toState: 'acknowledged', reason: null });
        recorded = true;
        if (!(await decision)) throw new Error('rolled back on purpose');
      })
      .catch((e: unknown) => {
        if (!(e instanceof Error && e.message === 'rolled back on purpose')) throw e;
      });
    return { commit: () => finish(true), rollback: () => finish(false), done, isRecorded: () => recorded };
  }

  const settle = () => new Promise((r) => setTimeout(r, 150));

  it('serves an event that committed late although a later one (by insertion) was served first', async () => {
    const side = await platformSide();
    const second = await addPlatform(side);
    const r1 = await sentReferral(side);
    const r2 = await sentReferral({ ...side, ...second });
    const start = (await pollAll(side.liaison)).cursor;

    const poolA = await t.db.openAnother(2);
    const poolB = await t.db.openAnother(2);
    try {
      const feedA = new PlatformFeedService({ db: poolA, repository: new FeedRepository(), platforms: t.container.platforms, clock: t.clock });
      const feedB = new PlatformFeedService({ db: poolB, repository: new FeedRepository(), platforms: t.container.platforms, clock: t.clock });
      // A takes the lower id for platform 1 and stays open; B takes a higher id for platform 2 and commits.
      const a = openWriter(poolA, feedA, r1);
      await expect.poll(a.isRecorded).toBe(true);
      const b = openWriter(poolB, feedB, r2);
      await expect.poll(b.isRecorded).toBe(true);
      b.commit();
      await b.done;
      const mid = await pollAll(side.liaison, start);
      expect(mid.events.map((e) => [e.platformId, e.referral.id])).toEqual([[second.platformId, r2.id]]);
      // A naive "id greater than the last one served" reader would now skip A's event.
      a.commit();
      await a.done;
      const after = await pollAll(side.liaison, mid.cursor);
      expect(after.events.map((e) => [e.platformId, e.referral.id])).toEqual([[side.platformId, r1.id]]);
    } finally {
      await poolA.close();
      await poolB.close();
    }
  });

  it("makes a second writer of the same platform wait for the first, and gives a rolled-back writer's number to the next", async () => {
    const side = await platformSide();
    const r = await sentReferral(side);
    const start = await pollAll(side.liaison);
    const base = start.events.at(-1)!.sequence;

    const poolA = await t.db.openAnother(2);
    const poolB = await t.db.openAnother(2);
    const poolC = await t.db.openAnother(2);
    try {
      const feedOf = (db: Database) => new PlatformFeedService({ db, repository: new FeedRepository(), platforms: t.container.platforms, clock: t.clock });
      const a = openWriter(poolA, feedOf(poolA), r);
      await expect.poll(a.isRecorded).toBe(true);
      const b = openWriter(poolB, feedOf(poolB), r);
      await settle();
      expect(b.isRecorded()).toBe(false); // waiting on the platform's counter
      expect((await pollAll(side.liaison, start.cursor)).events).toEqual([]);
      a.rollback();
      await a.done;
      await expect.poll(b.isRecorded).toBe(true);
      const c = openWriter(poolC, feedOf(poolC), r);
      await settle();
      expect(c.isRecorded()).toBe(false);
      b.commit();
      await b.done;
      await expect.poll(c.isRecorded).toBe(true);
      c.commit();
      await c.done;
      const after = await pollAll(side.liaison, start.cursor);
      // A's number went back: B has base + 1, C base + 2, no hole.
      expect(after.events.map((e) => e.sequence)).toEqual([base + 1, base + 2]);
    } finally {
      await poolA.close();
      await poolB.close();
      await poolC.close();
    }
  });

  it('delivers every event exactly once, in per-platform order, to a reader polling while many writers commit', async () => {
    const side = await platformSide();
    const second = await addPlatform(side);
    const refs = [await sentReferral(side), await sentReferral({ ...side, ...second })];
    const start = (await pollAll(side.liaison)).cursor;
    const pools = await Promise.all([1, 2, 3, 4].map(() => t.db.openAnother(3)));
    const writers = 4;
    const perWriter = 25;
    try {
      let writing = true;
      const seen: FeedPage['events'] = [];
      const reader = (async () => {
        let cursor = start;
        for (;;) {
          const stillWriting = writing;
          const page = await poll(side.liaison, cursor, 7);
          seen.push(...page.events);
          cursor = page.cursor;
          if (!stillWriting && !page.hasMore && page.events.length === 0) return;
          if (page.events.length === 0) await new Promise((r) => setTimeout(r, 5));
        }
      })();
      await Promise.all(
        pools.map(async (db, w) => {
          const feed = new PlatformFeedService({ db, repository: new FeedRepository(), platforms: t.container.platforms, clock: t.clock });
          for (let i = 0; i < perWriter; i++) {
            await db.transaction(async (tx) => {
              await feed.record(tx, refs[(w + i) % 2]!, { event: 'acknowledge', fromState: 'sent', toState: 'acknowledged', reason: null });
              // Hold the transaction a moment so commits interleave with the reader and the other writers.
              await new Promise((r) => setTimeout(r, Math.random() * 4));
            });
          }
        }),
      );
      writing = false;
      await reader;
      expect(seen).toHaveLength(writers * perWriter);
      expect(new Set(seen.map((e) => e.id)).size).toBe(writers * perWriter);
      for (const platformId of [side.platformId, second.platformId]) {
        const seqs = seen.filter((e) => e.platformId === platformId).map((e) => e.sequence);
        expect(seqs).toEqual([...seqs].sort((x, y) => x - y));
        expect(seqs.at(-1)! - seqs[0]! + 1).toBe(seqs.length);
      }
    } finally {
      await Promise.all(pools.map((p) => p.close()));
    }
  });
});
