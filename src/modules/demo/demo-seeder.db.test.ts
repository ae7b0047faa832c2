import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signIn, type Caller, type TestMember } from '../../../test/factories.ts';
import { multipart } from '../../../test/multipart.ts';
import { createTestApp, type TestApp } from '../../../test/test-app.ts';
import { demoCatalogue } from './demo-catalogue.ts';
import { DemoImageCache } from './demo-images.ts';
import { DEMO_BANK, seedDemo, type SeedDemoSummary } from './demo-seeder.ts';

const PASSWORD = 'demo-test-password-4242';

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
    summary = await seedDemo(t.container, { seed: 1, items: 120, platforms: 10, password: PASSWORD });
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
