import { describe, expect, it } from 'vitest';
import { canonicaliseUrl, extractLinks } from '../platforms/url/index.ts';
import { demoCatalogue, isReservedDomain } from './demo-catalogue.ts';
import { planItems } from './demo-items.ts';
import { CONFIRMED_AFTER_MS, planReferrals, UNANSWERED_WINDOW_MS, type PlannedReferral } from './demo-referrals.ts';
import { DEMO_LANGUAGES, demoText, vocabulary } from './demo-text.ts';
import { Prng } from './prng.ts';

const window = { start: new Date('2026-03-01T00:00:00Z'), end: new Date('2026-03-02T00:00:00Z') };
const MINUTE = 60_000;
const HOUR = 60 * MINUTE;

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

  it('submits each item a few minutes after its capture, in time order, within the window', () => {
    let previous = 0;
    for (const i of plan.items) {
      const delay = i.submittedAt.getTime() - i.capturedAt.getTime();
      // Submitted in the first minutes of the window: captured at its start at the earliest.
      if (i.submittedAt.getTime() > window.start.getTime() + 20 * MINUTE) expect(delay).toBeGreaterThanOrEqual(MINUTE);
      expect(delay).toBeGreaterThanOrEqual(0);
      expect(delay).toBeLessThanOrEqual(20 * MINUTE);
      expect(i.submittedAt.getTime()).toBeLessThanOrEqual(window.end.getTime());
      expect(i.submittedAt.getTime()).toBeGreaterThanOrEqual(previous);
      previous = i.submittedAt.getTime();
    }
    expect(plan.items[0]!.submittedAt.getTime() - window.start.getTime()).toBeLessThan(10 * MINUTE);
    expect(window.end.getTime() - plan.items.at(-1)!.submittedAt.getTime()).toBeLessThan(10 * MINUTE);
    // Evenly: no hour of the 24 gets more than twice its share (2,000 / 24 ≈ 83).
    const perHour = new Map<number, number>();
    for (const i of plan.items) perHour.set(Math.floor(i.submittedAt.getTime() / HOUR), (perHour.get(Math.floor(i.submittedAt.getTime() / HOUR)) ?? 0) + 1);
    expect(perHour.size).toBe(24);
    expect(Math.max(...perHour.values())).toBeLessThan(2 * 83);
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

describe('demo referrals', () => {
  const catalogue = demoCatalogue(1);
  const items = planItems(1, 2000, catalogue, window).items;
  const referrals = planReferrals(1, items, catalogue, window);
  const end = window.end.getTime();
  const at = (r: PlannedReferral, event: string) => r.steps.find((s) => s.event === event)?.at.getTime();
  const sent = referrals.filter((r) => at(r, 'send') !== undefined);
  const answer = (r: PlannedReferral) => r.steps.find((s) => s.event === 'remove' || s.event === 'geo_block' || s.event === 'reject');
  const paused = (r: PlannedReferral) => r.steps.some((s) => s.event === 'request_clarification' || s.event === 'declare_force_majeure');
  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
  const orders = sent.filter((r) => r.kind === 'removal_order');

  it('refers most items on registered platforms: proposed minutes after submission, approved 5 to 60 minutes later, sent at once', () => {
    expect(sent.length).toBeGreaterThan(1200);
    for (const r of referrals) {
      const item = items[r.item]!;
      expect(item.platform).toBe(r.platform);
      expect(r.organisation).not.toBe('ngo');
      expect(r.steps[0]!.event).toBe('propose');
      expect(r.steps[0]!.at.getTime() - item.submittedAt.getTime()).toBeGreaterThanOrEqual(3 * MINUTE);
      for (let k = 1; k < r.steps.length; k++) expect(r.steps[k]!.at.getTime()).toBeGreaterThan(r.steps[k - 1]!.at.getTime());
      expect(r.steps.at(-1)!.at.getTime()).toBeLessThanOrEqual(end);
      const approved = at(r, 'approve');
      if (approved !== undefined) {
        expect(approved - at(r, 'propose')!).toBeGreaterThanOrEqual(5 * MINUTE);
        expect(approved - at(r, 'propose')!).toBeLessThanOrEqual(60 * MINUTE);
      }
      if (at(r, 'send') !== undefined) expect(at(r, 'send')! - approved!).toBeLessThanOrEqual(90_000);
    }
  });

  it('issues removal orders from the competent national units to cooperative platforms, with unique reference numbers', () => {
    expect(orders.length).toBeGreaterThan(100);
    const units = new Set(catalogue.organisations.filter((o) => o.competentAuthority && o.country).map((o) => o.key));
    const references = new Set<string>();
    for (const r of referrals.filter((x) => x.kind === 'removal_order')) {
      expect(units.has(r.organisation)).toBe(true);
      expect(catalogue.platforms[r.platform]!.cooperationStatus).toBe('cooperative');
      expect(r.removalOrder!.issuingMemberState).toMatch(/^X[AC]$/);
      references.add(r.removalOrder!.referenceNumber);
    }
    expect(references.size).toBe(referrals.filter((x) => x.kind === 'removal_order').length);
    expect(referrals.filter((x) => x.kind === 'voluntary_referral').every((x) => x.removalOrder === null)).toBe(true);
  });

  it('answers removal orders mostly within the hour, a few late, and referrals hours later', () => {
    const orderTimes = orders.filter((r) => !paused(r) && at(r, 'remove') !== undefined).map((r) => at(r, 'remove')! - at(r, 'send')!);
    expect(orderTimes.filter((t) => t <= HOUR).length / orderTimes.length).toBeGreaterThan(0.8);
    expect(median(orderTimes)).toBeGreaterThan(10 * MINUTE);
    expect(median(orderTimes)).toBeLessThan(45 * MINUTE);
    const overdue = orders.filter((r) => !paused(r) && (answer(r) ? answer(r)!.at.getTime() - at(r, 'send')! > HOUR : at(r, 'send')! < end - HOUR));
    expect(overdue.length).toBeGreaterThanOrEqual(3);
    expect(overdue.length).toBeLessThan(orders.length * 0.2);
    const referralTimes = sent.filter((r) => r.kind === 'voluntary_referral' && at(r, 'remove') !== undefined).map((r) => at(r, 'remove')! - at(r, 'send')!);
    expect(median(referralTimes)).toBeGreaterThan(HOUR);
    expect(median(referralTimes)).toBeLessThan(8 * HOUR);
    expect(sent.filter((r) => at(r, 'request_clarification') !== undefined).length).toBeGreaterThan(10);
    expect(sent.filter((r) => at(r, 'declare_force_majeure') !== undefined).length).toBeGreaterThan(0);
    expect(sent.filter((r) => r.steps.some((s) => s.event === 'reject' && s.rejectReason !== null)).length).toBeGreaterThan(10);
    const hostile = new Set(catalogue.platforms.flatMap((p, i) => (p.cooperationStatus === 'hostile' ? [i] : [])));
    for (const r of sent.filter((x) => hostile.has(x.platform))) expect(r.steps.map((s) => s.event)).toEqual(['propose', 'approve', 'send']);
  });

  it('leaves the last hour unanswered, with a removal order running on every platform portal', () => {
    const recent = sent.filter((r) => at(r, 'send')! > end - UNANSWERED_WINDOW_MS);
    expect(recent.length).toBeGreaterThan(20);
    for (const r of recent) expect(r.steps.at(-1)!.event).toBe('send');
    const running = recent.filter((r) => r.kind === 'removal_order');
    expect(running.length).toBeGreaterThanOrEqual(3);
    for (const o of catalogue.organisations.filter((x) => x.kind === 'platform')) expect(running.some((r) => o.operates.includes(r.platform))).toBe(true);
    // Proposed but not approved yet: the supervisors' queue is not empty either.
    expect(referrals.some((r) => at(r, 'send') === undefined)).toBe(true);
  });

  it('confirms, as seed-demo, the removals older than two hours half an hour after the claim', () => {
    expect(sent.filter((r) => at(r, 'recheck_confirmed') !== undefined).length).toBeGreaterThan(500);
    for (const r of sent) {
      const claim = r.steps.find((s) => s.event === 'remove' || s.event === 'geo_block');
      const confirmed = r.steps.find((s) => s.event === 'recheck_confirmed');
      if (!claim || claim.at.getTime() > end - CONFIRMED_AFTER_MS) expect(confirmed).toBeUndefined();
      else {
        expect(confirmed!.by).toBe('vigil');
        expect(confirmed!.at.getTime() - claim.at.getTime()).toBeGreaterThanOrEqual(30 * MINUTE);
        expect(confirmed!.at.getTime() - claim.at.getTime()).toBeLessThanOrEqual(35 * MINUTE);
      }
    }
  });

  it('is the same timeline for the same seed, relative to its end', () => {
    expect(planReferrals(1, items, catalogue, window)).toEqual(referrals);
    const shift = 5 * HOUR + 17_000;
    const moved = { start: new Date(window.start.getTime() + shift), end: new Date(end + shift) };
    const again = planReferrals(1, planItems(1, 2000, catalogue, moved).items, catalogue, moved);
    expect(again.map((r) => r.steps.map((s) => s.at.getTime() - shift))).toEqual(referrals.map((r) => r.steps.map((s) => s.at.getTime())));
    expect(planReferrals(2, items, catalogue, window).map((r) => r.item)).not.toEqual(referrals.map((r) => r.item));
  });
});
