import { describe, expect, it } from 'vitest';
import { canonicaliseUrl, extractLinks } from '../platforms/url/index.ts';
import { demoCatalogue, isReservedDomain } from './demo-catalogue.ts';
import { planItems } from './demo-items.ts';
import { DEMO_LANGUAGES, demoText, vocabulary } from './demo-text.ts';
import { Prng } from './prng.ts';

const window = { start: new Date('2026-03-01T00:00:00Z'), end: new Date('2026-03-02T00:00:00Z') };

describe('Prng', () => {
  it('repeats its sequence for a seed and label, and differs across labels', () => {
    const seq = (p: Prng) => Array.from({ length: 5 }, () => p.next());
    expect(seq(Prng.of(7, 'a'))).toEqual(seq(Prng.of(7, 'a')));
    expect(seq(Prng.of(7, 'a'))).not.toEqual(seq(Prng.of(7, 'b')));
    expect(seq(Prng.of(7, 'a'))).not.toEqual(seq(Prng.of(8, 'a')));
    const p = new Prng(1);
    for (let i = 0; i < 1000; i++) expect(p.between(3, 5)).toBeGreaterThanOrEqual(3);
  });
});

describe('demo text', () => {
  it('uses only the harmless vocabulary of its language', () => {
    const rng = new Prng(3);
    for (const language of DEMO_LANGUAGES) {
      const words = new Set(vocabulary(language).map((w) => w.toLocaleLowerCase(language)));
      const text = demoText(rng, language);
      for (const word of text.split(/[\s.]+/).filter(Boolean)) expect(words.has(word.toLocaleLowerCase(language))).toBe(true);
    }
  });
});

describe('demo catalogue', () => {
  const catalogue = demoCatalogue(1);

  it('has the 2017 cast: five authorities (one coordinating competent authority), an NGO and platform organisations', () => {
    const kinds = catalogue.organisations.map((o) => o.kind);
    expect(kinds.filter((k) => k === 'authority')).toHaveLength(5);
    expect(kinds.filter((k) => k === 'ngo')).toHaveLength(1);
    expect(kinds.filter((k) => k === 'platform').length).toBeGreaterThanOrEqual(2);
    const coordinator = catalogue.organisations.find((o) => o.name === 'Fictional EU IRU')!;
    expect(coordinator.competentAuthority).toBe(true);
    const roles = new Set(catalogue.organisations.flatMap((o) => o.members.flatMap((m) => m.roles)));
    expect([...roles].sort()).toEqual(['admin', 'analyst', 'auditor', 'coordinator', 'liaison', 'supervisor']);
    for (const o of catalogue.organisations.filter((x) => x.kind === 'platform')) expect(o.members.some((m) => m.roles.includes('liaison'))).toBe(true);
  });

  it('has 52 uniquely named platforms on reserved domains, with hostile and unresponsive ones', () => {
    expect(catalogue.platforms).toHaveLength(52);
    expect(new Set(catalogue.platforms.map((p) => p.name.toLowerCase())).size).toBe(52);
    const domains = catalogue.platforms.flatMap((p) => p.domains);
    expect(new Set(domains).size).toBe(domains.length);
    const everyDomain = [...domains, ...catalogue.unknownDomains, ...catalogue.providers.flatMap((p) => [new URL(p.abuseUrl).hostname, p.contactEmail.split('@')[1]!])];
    everyDomain.push(...catalogue.organisations.flatMap((o) => o.members.map((m) => m.email.split('@')[1]!)));
    for (const d of everyDomain) expect(isReservedDomain(d), d).toBe(true);
    const statuses = catalogue.platforms.map((p) => p.cooperationStatus);
    expect(statuses.filter((s) => s === 'hostile')).toHaveLength(2);
    expect(statuses).toContain('unresponsive');
    expect(new Set(catalogue.platforms.map((p) => p.category)).size).toBeGreaterThanOrEqual(6);
    expect(catalogue.unknownDomains.some((d) => domains.includes(d))).toBe(false);
  });

  it('links hostile platforms to the providers that referrals escalate to', () => {
    const hostile = catalogue.platforms.flatMap((p, i) => (p.cooperationStatus === 'hostile' ? [i] : []));
    for (const i of hostile) expect(catalogue.providers.filter((p) => p.links.some(([platform]) => platform === i)).length).toBeGreaterThanOrEqual(3);
  });

  it('is the same for the same seed and scales down', () => {
    expect(demoCatalogue(1)).toEqual(catalogue);
    expect(demoCatalogue(2).platforms.map((p) => p.name)).not.toEqual(catalogue.platforms.map((p) => p.name));
    expect(demoCatalogue(1, 10).platforms).toHaveLength(10);
  });
});

describe('demo items', () => {
  const catalogue = demoCatalogue(1);
  const plan = planItems(1, 2000, catalogue, window);

  it('plans the requested number of items, ~60 % with pictures from ~150 base images', () => {
    expect(plan.items).toHaveLength(2000);
    expect(plan.bases).toBe(150);
    expect(plan.items.filter((i) => i.image)).toHaveLength(1200);
    expect(plan.bankedBases.length).toBeGreaterThan(0);
    expect(plan.bankedBases.every((b) => b < plan.bases)).toBe(true);
  });

  it('gives every URL once, canonically, on a reserved domain, inside the window', () => {
    const urls = plan.items.map((i) => canonicaliseUrl(i.url).url);
    expect(new Set(urls).size).toBe(urls.length);
    for (const i of plan.items) {
      expect(isReservedDomain(new URL(i.url).hostname), i.url).toBe(true);
      expect(i.capturedAt.getTime()).toBeGreaterThanOrEqual(window.start.getTime());
      expect(i.capturedAt.getTime()).toBeLessThanOrEqual(window.end.getTime());
    }
  });

  it('spreads pieces across platforms: re-uploads of one base and repeated texts', () => {
    const byBase = new Map<number, Set<number | null>>();
    for (const i of plan.items) if (i.image) (byBase.get(i.image.base) ?? byBase.set(i.image.base, new Set()).get(i.image.base)!).add(i.platform);
    expect(byBase.size).toBe(150);
    expect(Math.max(...[...byBase.values()].map((s) => s.size))).toBeGreaterThan(15);
    expect([...byBase.values()].every((s) => s.size >= 2)).toBe(true);
    const texts = new Map<string, number>();
    for (const i of plan.items) if (!i.image && i.text) texts.set(i.text, (texts.get(i.text) ?? 0) + 1);
    expect([...texts.values()].filter((n) => n > 1).length).toBeGreaterThan(10);
  });

  it('has the six languages, fictional groups, and recurring unregistered domains, even when small', () => {
    for (const small of [plan, planItems(1, 120, demoCatalogue(1, 10), window)]) {
      expect(new Set(small.items.map((i) => i.language))).toEqual(new Set(DEMO_LANGUAGES));
      for (const g of small.items.map((i) => i.groupName)) expect(g === null || g.startsWith('Fictional Group ')).toBe(true);
      const unknown = small.items.filter((i) => i.platform === null).map((i) => canonicaliseUrl(i.url).registrableDomain);
      for (const d of catalogue.unknownDomains) expect(unknown.filter((u) => u === d).length).toBeGreaterThanOrEqual(2);
    }
  });

  it('puts out-links to the unregistered domains in some posts', () => {
    const linked = plan.items.flatMap((i) => (i.text ? extractLinks(i.text) : [])).map((l) => canonicaliseUrl(l).registrableDomain);
    expect(linked.length).toBeGreaterThan(10);
    for (const d of linked) expect(catalogue.unknownDomains).toContain(d);
  });

  it('is deterministic in the seed', () => {
    expect(planItems(1, 2000, catalogue, window)).toEqual(plan);
    expect(planItems(2, 2000, catalogue, window).items.map((i) => i.url)).not.toEqual(plan.items.map((i) => i.url));
  });
});
