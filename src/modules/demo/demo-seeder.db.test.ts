import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signIn, type Caller, type TestMember } from '../../../test/factories.ts';
import { multipart } from '../../../test/multipart.ts';
import { createTestApp, type TestApp } from '../../../test/test-app.ts';
import { demoCatalogue } from './demo-catalogue.ts';
import { DemoImageCache } from './demo-images.ts';
import { DEMO_BANK, seedDemo, type SeedDemoSummary } from './demo-seeder.ts';

const PASSWORD = 'demo-test-password-4242';
const HOUR = 3_600_000;

async function member(email: string): Promise<TestMember> {
  const found = await t.container.organisations.findMemberForAuth({ email });
  return { member: found!, email, password: PASSWORD };
}

let t: TestApp;

describe('seedDemo', () => {
  let summary: SeedDemoSummary;
  let coordinator: Caller;

  beforeAll(async () => {
    t = await createTestApp({ hashThreads: 2 });
    summary = await seedDemo({ ...t.container, clock: t.clock }, { seed: 1, items: 120, platforms: 10, password: PASSWORD });
    coordinator = await signIn(t, await member('coordinator@eu-iru.example'));
  });
  afterAll(async () => {
    await t.close();
  });

  it('creates the cast, the registry and a live operation', async () => {
    expect(summary.organisations.filter((o) => o.kind === 'authority')).toHaveLength(5);
    expect(summary.platforms).toBe(10);
    expect(summary.operation.status).toBe('live');
    const registry = (await coordinator.get('/platforms')).json() as { platforms: Array<{ cooperationStatus: string; domains: string[] }> };
    expect(registry.platforms).toHaveLength(10);
    expect(registry.platforms.filter((p) => p.cooperationStatus === 'hostile')).toHaveLength(2);
  });

  it('shows the items, languages, clusters and new domains in the operation figures', async () => {
    const res = await coordinator.get(`/operations/${summary.operation.id}/figures`);
    expect(res.statusCode).toBe(200);
    const f = res.json() as { items: number; clusters: number; organisations: number; languages: Array<{ language: string }>; newDomains: Array<{ domain: string; items: number }> };
    expect(f.items).toBe(120);
    expect(f.languages.map((l) => l.language).sort()).toEqual(['ar', 'de', 'en', 'fr', 'ru', 'tr']);
    expect(f.clusters).toBeLessThan(f.items);
    expect(f.organisations).toBe(6);
    expect(f.newDomains.length).toBeGreaterThanOrEqual(2);
    expect(f.newDomains.every((d) => d.items >= 2)).toBe(true);
  });

  it('refers items with four-eyes approval and records the platforms\' answers', async () => {
    expect(summary.referrals.referred).toBeGreaterThan(0);
    const res = await coordinator.get(`/operations/${summary.operation.id}/figures`);
    const r = (res.json() as { referrals: { sent: number; removed: number; removalRate: number | null; byState: unknown } }).referrals;
    expect(r.sent).toBe(summary.referrals.referred);
    expect(r.removed).toBe(summary.referrals.removed);
    expect(r.removalRate).toBeGreaterThan(0.5);
    const report = (await coordinator.get(`/operations/${summary.operation.id}/report`)).json() as { headline: string };
    expect(report.headline).toMatch(/^120 items in 6 languages on \d+ platforms; \d+ % removed$/);
  });

  it('spreads the items over the last 24 hours and ends the clock where it started', async () => {
    const end = new Date('2026-03-01T10:00:00Z');
    expect(t.clock.now()).toEqual(end);
    expect(summary.window).toEqual({ start: new Date(end.getTime() - 24 * HOUR), end });
    const { rows } = await t.db.query<{ first: Date; last: Date; hours: number }>(
      `select min(created_at) as first, max(created_at) as last, count(distinct date_trunc('hour', created_at))::int as hours from items where operation_id = $1`,
      [summary.operation.id],
    );
    const { first, last, hours } = rows[0]!;
    expect(first.getTime()).toBeGreaterThanOrEqual(summary.window.start.getTime());
    expect(first.getTime()).toBeLessThan(summary.window.start.getTime() + 2 * HOUR);
    expect(last.getTime()).toBeLessThanOrEqual(end.getTime());
    expect(last.getTime()).toBeGreaterThan(end.getTime() - 2 * HOUR);
    expect(hours).toBeGreaterThanOrEqual(18);
    const f = (await coordinator.get(`/operations/${summary.operation.id}/figures`)).json() as { itemsOverTime: Array<{ hour: string; items: number }> };
    expect(f.itemsOverTime.length).toBe(hours);
    expect(Math.max(...f.itemsOverTime.map((h) => h.items))).toBeLessThan(30);
  });

  it('answers referrals with realistic delays: a plausible median time to removal and a removal order still running', async () => {
    const res = await coordinator.get(`/operations/${summary.operation.id}/figures`);
    const median = (res.json() as { referrals: { medianSecondsToRemoval: number | null } }).referrals.medianSecondsToRemoval;
    expect(summary.figures.medianSecondsToRemoval).toBe(median);
    expect(median).toBeGreaterThan(10 * 60);
    expect(median).toBeLessThan(12 * 3600);
    const { rows: moves } = await t.db.query<{ event: string; gap: number }>(
      `select e.event, extract(epoch from e.at - r.created_at)::float as gap from referral_events e join referrals r on r.id = e.referral_id
        where r.operation_id = $1 and e.event = 'approve'`,
      [summary.operation.id],
    );
    const approvals = moves.filter((m) => m.event === 'approve').map((m) => m.gap);
    expect(approvals.length).toBeGreaterThan(0);
    expect(Math.min(...approvals)).toBeGreaterThanOrEqual(5 * 60);
    expect(Math.max(...approvals)).toBeLessThanOrEqual(60 * 60);
    // The unit of XA or XC issued removal orders; one sent within the last hour still runs for its platform.
    const { rows: orders } = await t.db.query<{ id: number; organisation_id: number; state: string; received_at: Date; deadline_at: Date; answered_at: Date | null }>(
      `select id, organisation_id, state, received_at, deadline_at, answered_at from referrals where operation_id = $1 and kind = 'removal_order' and received_at is not null`,
      [summary.operation.id],
    );
    expect(orders.length).toBe(summary.referrals.removalOrders);
    const running = orders.filter((o) => o.answered_at === null && o.deadline_at > t.clock.now());
    expect(running.length).toBeGreaterThanOrEqual(1);
    const lead = await signIn(t, await member(running[0]!.organisation_id === summary.organisations.find((o) => o.name.endsWith(' XA'))!.id ? 'lead@unit-xa.example' : 'lead@unit-xc.example'));
    const shown = (await lead.get(`/referrals/${running[0]!.id}`)).json() as { kind: string; remainingSeconds: number; overdue: boolean };
    expect(shown.kind).toBe('removal_order');
    expect(shown.overdue).toBe(false);
    expect(shown.remainingSeconds).toBeGreaterThan(0);
    expect(shown.remainingSeconds).toBeLessThanOrEqual(3600);
  });

  it('leaves no re-check planned: removals older than two hours are confirmed by seed-demo, and no fictional URL will be fetched', async () => {
    const { rows: due } = await t.db.query<{ n: number }>('select count(*)::int as n from recheck_schedules where next_check_at is not null');
    expect(due[0]!.n).toBe(0);
    const { rows: schedules } = await t.db.query<{ phase: string; n: number }>('select phase, count(*)::int as n from recheck_schedules group by phase');
    expect(schedules.reduce((n, s) => n + s.n, 0)).toBe(summary.checksStopped);
    const { rows: stopped } = await t.db.query<{ n: number }>("select count(*)::int as n from audit_events where action = 'referral.checks_stopped'");
    expect(stopped[0]!.n).toBe(summary.checksStopped);
    expect(schedules.find((s) => s.phase === 'watching')?.n).toBeGreaterThan(0);
    const { rows: confirmed } = await t.db.query<{ label: string; reason: string; claimed: Date; at: Date }>(
      `select e.actor_label as label, e.reason, (select min(c.at) from referral_events c where c.referral_id = e.referral_id and c.to_state in ('removed', 'geo_blocked')) as claimed, e.at
         from referral_events e where e.event = 'recheck_confirmed'`,
    );
    expect(confirmed.length).toBeGreaterThan(0);
    for (const c of confirmed) {
      expect(c.label).toBe('seed-demo');
      expect(c.reason).toMatch(/never fetches/);
      expect(c.claimed.getTime()).toBeLessThanOrEqual(t.clock.now().getTime() - 2 * HOUR);
      expect(c.at.getTime() - c.claimed.getTime()).toBeGreaterThanOrEqual(30 * 60_000);
    }
    const { rows: checks } = await t.db.query<{ n: number }>('select count(*)::int as n from referral_checks');
    expect(checks[0]!.n).toBe(0);
    expect(await t.container.rechecks.enqueueDue()).toBe(0);
  });

  it('clusters one picture re-uploaded to several platforms', async () => {
    const list = (await coordinator.get(`/items?operationId=${summary.operation.id}&limit=500`)).json() as { items: Array<{ clusterId: number | null; media: unknown[] }> };
    const clusterIds = [...new Set(list.items.filter((i) => i.media.length > 0 && i.clusterId !== null).map((i) => i.clusterId!))];
    expect(clusterIds.length).toBeGreaterThan(0);
    let widest = 0;
    for (const id of clusterIds) {
      const res = await coordinator.get(`/clusters/${id}`);
      expect(res.statusCode).toBe(200);
      widest = Math.max(widest, (res.json() as { platformCount: number }).platformCount);
    }
    expect(widest).toBeGreaterThanOrEqual(3);
  });

  it("lets a platform's liaison match a banked base image, and its re-encoded copy, through the shared bank", async () => {
    const liaisonEmail = demoCatalogue(1, 10).organisations.find((o) => o.kind === 'platform')!.members[0]!.email;
    const liaison = await signIn(t, await member(liaisonEmail));
    const images = new DemoImageCache(1);
    const banked = summary.bank.bankedBases[0]!;
    const pdqOf = async (bytes: Buffer) => {
      const body = multipart(bytes, 'image.jpg');
      const res = await liaison.request({ method: 'POST', url: '/h/hash', payload: body.payload, headers: body.headers });
      expect(res.statusCode).toBe(200);
      return (res.json() as { pdq: string }).pdq;
    };
    const queries = [await pdqOf(await images.base(banked)), await pdqOf((await images.variant(banked, 'cropped')).bytes), await pdqOf(await images.base(banked + 1))];
    const res = await liaison.post('/m/lookup/batch', { queries: queries.map((signal) => ({ signal_type: 'pdq', signal })) });
    expect(res.statusCode).toBe(200);
    const results = (res.json() as { results: Array<{ matches: Record<string, unknown[]> }> }).results;
    expect(results[0]!.matches[DEMO_BANK]).toHaveLength(1);
    expect(results[1]!.matches[DEMO_BANK]).toHaveLength(1);
    expect(results[2]!.matches[DEMO_BANK]).toBeUndefined();
  });
});
