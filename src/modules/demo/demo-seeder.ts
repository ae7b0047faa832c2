// Fills an empty Vigil with the demo action day through the real services, so that everything a
// new user sees (audit trail, clusters, figures, referrals, bank lookups) is what real use would
// produce. The seeder drives the container's clock along the day's timeline: the organisations and
// the registry exist days before, the operation opens at the window's start, each item is submitted
// at its planned time and each referral moves at its planned times (demo-referrals.ts), and the
// clock ends at the real now. Vigil itself acts, as `seed-demo`, for each organisation in turn when
// it sets things up; referrals are proposed, approved and answered by the demo's members.
import { Readable } from 'node:stream';
import { systemContext, type RequestContext } from '../../core/auth/principal.ts';
import type { Clock } from '../../core/clock/clock.ts';
import type { BankService } from '../banks/bank.service.ts';
import type { HashingService } from '../hashing/hashing.service.ts';
import type { ItemService } from '../items/item.service.ts';
import type { OperationService } from '../operations/operation.service.ts';
import type { Organisation } from '../organisations/organisation.model.ts';
import type { OrganisationService } from '../organisations/organisation.service.ts';
import type { OverdueSweep } from '../platform-side/overdue.service.ts';
import type { PlatformReferralService } from '../platform-side/platform-referral.service.ts';
import type { InfrastructureService } from '../platforms/infrastructure.service.ts';
import type { PlatformService } from '../platforms/platform.service.ts';
import type { RecheckService } from '../rechecks/recheck.service.ts';
import type { ReferralService } from '../referrals/referral.service.ts';
import { COORDINATOR_KEY, demoCatalogue, type DemoCatalogue } from './demo-catalogue.ts';
import { DemoImageCache } from './demo-images.ts';
import { DEMO_GROUPS, planItems, type DemoItem } from './demo-items.ts';
import { DemoReferralRunner, planReferrals, type DemoReferralCounts, type DemoReferralStep, type PlannedReferral } from './demo-referrals.ts';
import { DEMO_LANGUAGES } from './demo-text.ts';

/** A clock the seeder can move: the container must have been built with it (a ManualClock). */
export interface TimelineClock extends Clock {
  set(to: Date | string | number): void;
}

export interface DemoServices {
  organisations: OrganisationService;
  referrals: ReferralService;
  platformReferrals: PlatformReferralService;
  overdueSweep: OverdueSweep;
  rechecks: RecheckService;
  platforms: PlatformService;
  infrastructure: InfrastructureService;
  operations: OperationService;
  items: ItemService;
  banks: BankService;
  hashing: HashingService;
  clock: TimelineClock;
}

export interface SeedDemoOptions {
  seed: number;
  items: number;
  platforms?: number;
  /** One password for every demo member. */
  password: string;
  /** Close the operation after seeding (a finished action day rather than a live one). */
  closed?: boolean;
  /** Submissions in flight at once: hashing runs on the pool while the database commits. */
  lanes?: number;
  /**
   * The real time: the timeline ends where it is when seeding starts, and the clock is set to it
   * again at the end (seeding takes minutes). Defaults to the clock's own time, and no move at the end.
   */
  now?: () => Date;
  onProgress?: (progress: SeedProgress) => void;
}

export interface SeedProgress {
  phase: 'organisations' | 'registry' | 'action day' | 'bank';
  done: number;
  total: number;
}

export interface SeedDemoSummary {
  organisations: Array<{ id: number; name: string; kind: string }>;
  members: Array<{ email: string; organisation: string; roles: string[] }>;
  platforms: number;
  providers: number;
  operation: { id: number; name: string; status: string };
  items: { created: number; withImage: number; textOnly: number; unregisteredDomain: number };
  referrals: DemoReferralCounts;
  baseImages: number;
  /** The timeline: from the operation's start to the real now. */
  window: { start: Date; end: Date };
  /** From the operation's live figures, as the dashboard shows them. */
  figures: { clusters: number; platforms: number; languages: number; newDomains: number; medianSecondsToRemoval: number | null };
  /** Re-check schedules of the demo's referrals whose planned checks were stopped (its URLs are fictional). */
  checksStopped: number;
  bank: { name: string; entries: number; sharedWith: string[]; bankedBases: number[] };
}

export const DEMO_BANK = 'DEMO_TVEC_IMAGES';
export const DEMO_OPERATION = 'Demo Referral Action Day (synthetic)';
const HOUR = 3_600_000;
const DAY = 24 * HOUR;
/** How often the seeder runs the overdue sweep along the timeline (the job runs every minute). */
const SWEEP_EVERY_MS = 5 * 60_000;
const STOPPED_CHECKS = 'Demo data: vigil seed-demo stops the checks of its referrals, whose URLs are fictional and must never be fetched.';

/** The names the demo would create, to tell the operator what already exists. */
export function demoOrganisationNames(seed: number, platforms = 52): string[] {
  return demoCatalogue(seed, platforms).organisations.map((o) => o.name);
}

export async function seedDemo(s: DemoServices, options: SeedDemoOptions): Promise<SeedDemoSummary> {
  const catalogue = demoCatalogue(options.seed, options.platforms ?? 52);
  const progress = options.onProgress ?? (() => {});
  const system = systemContext('seed-demo');
  const actingFor = (org: Organisation): RequestContext => ({ actor: { ...system.actor, organisationId: org.id } });
  const end = options.now?.() ?? s.clock.now();
  const start = new Date(end.getTime() - (options.closed ? 48 : 24) * HOUR);
  const window = { start, end };

  // The cast and the registry were there days before the action day.
  s.clock.set(start.getTime() - 3 * DAY);
  const orgs = await createOrganisations(s, catalogue, options.password, system, progress);
  const coordinator = actingFor(orgs.get(COORDINATOR_KEY)!);
  s.clock.set(start.getTime() - 2 * DAY);
  const platformIds = await createRegistry(s, catalogue, orgs, coordinator, progress);

  s.clock.set(start.getTime() - 2 * HOUR);
  const referring = catalogue.organisations.filter((o) => o.kind !== 'platform').map((o) => orgs.get(o.key)!.id);
  const operation = await s.operations.create(coordinator, {
    name: DEMO_OPERATION,
    description: 'A synthetic 48-hour referral action day, generated by `vigil seed-demo`. Every item, name and domain is fictional.',
    startsAt: start,
    endsAt: new Date(start.getTime() + 48 * HOUR),
    scope: { groups: [...DEMO_GROUPS], languages: [...DEMO_LANGUAGES], notes: 'Demo data: no real content.' },
    participants: referring,
  });
  s.clock.set(start);
  await s.operations.setStatus(coordinator, operation.id, 'live');

  const plan = planItems(options.seed, options.items, catalogue, window);
  const planned = planReferrals(options.seed, plan.items, catalogue, window);
  const images = new DemoImageCache(options.seed);
  const orgIds = new Map([...orgs].map(([key, org]) => [key, org.id]));
  const runner = await DemoReferralRunner.create(s, catalogue, orgIds);
  const counts = await runTimeline(s, { items: plan.items, referrals: planned, runner, images, window }, operation.id, (key) => actingFor(orgs.get(key)!), options.lanes ?? 4, progress);

  // Seeding took a while: the day ends at the real now.
  s.clock.set(Math.max(end.getTime(), options.now?.().getTime() ?? end.getTime()));
  // The demo's URLs are fictional: no scheduled re-check may ever fetch them (docs/demo.md).
  const checksStopped = await s.rechecks.stopChecks(system, runner.referralIds, STOPPED_CHECKS);
  const bank = await createBank(s, catalogue, orgs, coordinator, images, plan.bankedBases, progress);
  const final = options.closed ? await s.operations.setStatus(coordinator, operation.id, 'closed') : await s.operations.get(coordinator, operation.id);
  const { figures, referrals } = await s.operations.figures(coordinator, operation.id);

  return {
    organisations: [...orgs.values()].map((o) => ({ id: o.id, name: o.name, kind: o.kind })),
    members: catalogue.organisations.flatMap((o) => o.members.map((m) => ({ email: m.email, organisation: o.name, roles: m.roles }))),
    platforms: platformIds.length,
    providers: catalogue.providers.length,
    operation: { id: final.id, name: final.name, status: final.status },
    items: counts,
    referrals: runner.counts(),
    baseImages: plan.bases,
    window,
    figures: { clusters: figures.clusters, platforms: figures.platforms, languages: figures.languages.length, newDomains: figures.newDomains.length, medianSecondsToRemoval: referrals.medianSecondsToRemoval },
    checksStopped,
    bank,
  };
}

async function createOrganisations(s: DemoServices, catalogue: DemoCatalogue, password: string, system: RequestContext, progress: (p: SeedProgress) => void): Promise<Map<string, Organisation>> {
  const orgs = new Map<string, Organisation>();
  const total = catalogue.organisations.reduce((n, o) => n + 1 + o.members.length, 0);
  let done = 0;
  for (const spec of catalogue.organisations) {
    const org = await s.organisations.createOrganisation(system, { name: spec.name, kind: spec.kind, competentAuthority: spec.competentAuthority, country: spec.country });
    orgs.set(spec.key, org);
    progress({ phase: 'organisations', done: ++done, total });
    // Password hashing (Argon2id) dominates here; members of one organisation hash side by side.
    await Promise.all(spec.members.map((m) => s.organisations.createMember(system, org.id, { email: m.email, displayName: m.displayName, roles: m.roles, password })));
    done += spec.members.length;
    progress({ phase: 'organisations', done, total });
  }
  return orgs;
}

async function createRegistry(s: DemoServices, catalogue: DemoCatalogue, orgs: Map<string, Organisation>, ctx: RequestContext, progress: (p: SeedProgress) => void): Promise<number[]> {
  const operator = new Map<number, number>();
  for (const spec of catalogue.organisations) for (const i of spec.operates) operator.set(i, orgs.get(spec.key)!.id);
  const total = catalogue.platforms.length + catalogue.providers.length;
  const ids: number[] = [];
  for (const [i, p] of catalogue.platforms.entries()) {
    const created = await s.platforms.create(ctx, { ...p, operatorOrganisationId: operator.get(i) ?? null });
    ids.push(created.id);
    progress({ phase: 'registry', done: ids.length, total });
  }
  for (const [n, provider] of catalogue.providers.entries()) {
    const { links, ...fields } = provider;
    const created = await s.infrastructure.create(ctx, fields);
    for (const [platform, role] of links) await s.infrastructure.link(ctx, ids[platform]!, created.id, role);
    progress({ phase: 'registry', done: ids.length + n + 1, total });
  }
  return ids;
}

type TimelineEvent =
  | { at: number; order: 0; item: number }
  | { at: number; order: 1; referral: PlannedReferral; step: DemoReferralStep }
  | { at: number; order: 2; sweep: true };

/**
 * The action day in time order: item submissions, referral steps and the overdue sweep (every few
 * minutes, as the job would). Up to `lanes` submissions are in flight at once (hashing runs on the
 * pool); the clock only moves forward, so an item may be stamped a little after its planned time,
 * never before, and a referral's step waits for its item.
 */
async function runTimeline(
  s: DemoServices,
  day: { items: DemoItem[]; referrals: PlannedReferral[]; runner: DemoReferralRunner; images: DemoImageCache; window: { start: Date; end: Date } },
  operationId: number,
  ctxFor: (key: string) => RequestContext,
  lanes: number,
  progress: (p: SeedProgress) => void,
): Promise<SeedDemoSummary['items']> {
  const { items, referrals, runner, images, window } = day;
  const events: TimelineEvent[] = items.map((item, i) => ({ at: item.submittedAt.getTime(), order: 0, item: i }));
  for (const referral of referrals) for (const step of referral.steps) events.push({ at: step.at.getTime(), order: 1, referral, step });
  if (referrals.some((r) => r.kind === 'removal_order')) {
    for (let at = window.start.getTime() + SWEEP_EVERY_MS; at <= window.end.getTime(); at += SWEEP_EVERY_MS) events.push({ at, order: 2, sweep: true });
  }
  // Stable: at one instant submissions first, then steps in plan order, then the sweep.
  events.sort((a, b) => a.at - b.at || a.order - b.order);

  const counts = { created: 0, withImage: 0, textOnly: 0, unregisteredDomain: 0 };
  const ids = new Map<number, number>();
  const inFlight = new Map<number, Promise<void>>();
  let failure: { error: unknown } | null = null;
  const fail = () => {
    if (failure) throw failure.error;
  };
  const moveTo = (at: number) => s.clock.set(Math.max(s.clock.now().getTime(), at));
  const submit = async (i: number) => {
    const item = items[i]!;
    let media;
    if (item.image) {
      const { bytes, extension } = await images.variant(item.image.base, item.image.variant);
      media = { stream: Readable.from([bytes]), filename: `demo-${item.image.base}-${item.image.variant}.${extension}` };
    }
    const result = await s.items.submit(
      ctxFor(item.submitter),
      { url: item.url, operationId, language: item.language, groupName: item.groupName, category: item.category, tier: item.tier, text: item.text, capturedAt: item.capturedAt, notes: 'Synthetic demo item.' },
      media,
    );
    if (!result.created) return;
    ids.set(i, result.item.id);
    counts.created++;
    counts[item.image ? 'withImage' : 'textOnly']++;
    if (result.unregisteredDomain) counts.unregisteredDomain++;
  };

  let done = 0;
  for (const e of events) {
    if (e.order === 0) {
      while (inFlight.size >= Math.max(1, lanes)) await Promise.race(inFlight.values());
      fail();
      moveTo(e.at);
      const running = submit(e.item)
        .catch((error: unknown) => {
          failure ??= { error };
        })
        .finally(() => inFlight.delete(e.item));
      inFlight.set(e.item, running);
    } else {
      if (e.order === 1) await inFlight.get(e.referral.item);
      fail();
      moveTo(e.at);
      if (e.order === 2) await s.overdueSweep.run();
      else {
        const itemId = ids.get(e.referral.item);
        if (itemId !== undefined) await runner.run(e.referral, e.step, itemId);
      }
    }
    progress({ phase: 'action day', done: ++done, total: events.length });
  }
  await Promise.all(inFlight.values());
  fail();
  return counts;
}

async function createBank(
  s: DemoServices,
  catalogue: DemoCatalogue,
  orgs: Map<string, Organisation>,
  owner: RequestContext,
  images: DemoImageCache,
  bankedBases: number[],
  progress: (p: SeedProgress) => void,
): Promise<SeedDemoSummary['bank']> {
  await s.banks.create(owner, { name: DEMO_BANK, description: 'Synthetic demo bank: PDQ and MD5 hashes of some of the demo base images (generated shapes, no real content).' });
  const entries = [];
  for (const base of bankedBases) {
    const hashed = await s.hashing.pool.hashBuffer(await images.base(base), ['pdq', 'md5']);
    const signals = Object.entries(hashed.signals).map(([signalType, h]) => ({ signalType, value: h.value, quality: h.quality ?? null }));
    entries.push({ signals, note: `Demo base image ${base} (synthetic)`, category: 'demo', tags: ['demo'], source: 'seed-demo', sourceId: `base-${base}` });
    progress({ phase: 'bank', done: entries.length, total: bankedBases.length });
  }
  if (entries.length > 0) await s.banks.addContents(owner, { name: DEMO_BANK }, entries);
  const sharedWith: string[] = [];
  for (const spec of catalogue.organisations.filter((o) => o.kind === 'platform')) {
    const org = orgs.get(spec.key)!;
    await s.banks.share(owner, { name: DEMO_BANK }, org.id, 'read');
    sharedWith.push(org.name);
  }
  return { name: DEMO_BANK, entries: entries.length, sharedWith, bankedBases };
}
