// The referral side of the demo, as a timeline. Agencies with a supervisor refer most items on
// registered platforms: an analyst proposes some minutes after submitting the item, a supervisor of
// the same agency approves 5 to 60 minutes later (four-eyes) and sends at once. The national units
// that are competent authorities issue TCO removal orders to cooperative platforms too. The
// platforms answer with seeded delays: removal orders mostly within the hour (a few late, so
// overdue), voluntary referrals hours later; some clarification requests, rejections and force
// majeure; unresponsive platforms rarely answer and hostile ones never. Referrals sent in the last
// hour of the timeline have no answer yet, so removal orders' countdowns are running when the demo
// is started. `planReferrals` is pure (the same seed gives the same timeline, relative to its end);
// `DemoReferralRunner` carries out one step through the real services, as the demo's members
// would (a platform's liaison answers in the portal when the platform takes part in Vigil).
import type { Principal, RequestContext } from '../../core/auth/principal.ts';
import type { OrganisationService } from '../organisations/organisation.service.ts';
import { memberPrincipal } from '../auth/auth.service.ts';
import type { PlatformReferralService } from '../platform-side/platform-referral.service.ts';
import type { ReferralService } from '../referrals/referral.service.ts';
import type { ReferralEvent, ResponseEvent } from '../referrals/referral-states.ts';
import type { ReferralKind, RejectReason, RemovalOrderFields, RemovalOrderGround } from '../referrals/referral.model.ts';
import type { DemoCatalogue } from './demo-catalogue.ts';
import type { DemoItem } from './demo-items.ts';
import { Prng } from './prng.ts';

const SECOND = 1000;
const MINUTE = 60 * SECOND;
const HOUR = 60 * MINUTE;

/** Items on registered platforms that their agency refers. */
export const REFERRED_SHARE = 0.85;
/**
 * Of the referrals a competent authority makes to a cooperative platform, the share that are
 * removal orders; more to the platforms that take part in Vigil (their portal shows the clock).
 */
export const REMOVAL_ORDER_SHARE = { platform: 0.4, portal: 0.6 } as const;
/** Referrals sent this close to the end have no answer yet. */
export const UNANSWERED_WINDOW_MS = HOUR;
/** Removals and geo-blocks older than this at the end are confirmed; newer ones wait for a re-check. */
export const CONFIRMED_AFTER_MS = 2 * HOUR;
/** The re-check module's first check comes this long after the claim (VIGIL_RECHECK_FIRST_DELAY_MINUTES). */
const FIRST_CHECK_MS = 30 * MINUTE;

export const DEMO_CONFIRMATION =
  'Demo data: recorded by seed-demo where a re-check would have confirmed it; the demo never fetches its fictional URLs.';

/** Who carries out a step: the referring agency's analyst or supervisor, the recipient, or Vigil (seed-demo). */
export type DemoParty = 'analyst' | 'supervisor' | 'recipient' | 'vigil';
export type DemoStepEvent = 'propose' | ReferralEvent;

export interface DemoReferralStep {
  at: Date;
  event: DemoStepEvent;
  by: DemoParty;
  reason: string | null;
  rejectReason: RejectReason | null;
}

export interface PlannedReferral {
  /** Index into the item plan. */
  item: number;
  /** Key of the referring organisation. */
  organisation: string;
  /** Index into the catalogue's platforms. */
  platform: number;
  kind: ReferralKind;
  removalOrder: RemovalOrderFields | null;
  /** In time order; only steps up to the timeline's end. */
  steps: DemoReferralStep[];
}

export interface DemoReferralCounts {
  /** Sent to the platform. */
  referred: number;
  removalOrders: number;
  removed: number;
  geoBlocked: number;
  rejected: number;
  /** Sent and not (yet) answered with a removal, geo-block or rejection. */
  open: number;
  /** Proposed or approved, not sent yet. */
  awaitingApproval: number;
}

type Outcome = 'remove' | 'geo_block' | 'reject' | 'clarify' | 'force_majeure' | 'silent' | 'acknowledge_only';

const ORDER_OUTCOMES: ReadonlyArray<readonly [Outcome, number]> = [['remove', 80], ['geo_block', 5], ['reject', 4], ['clarify', 6], ['force_majeure', 3], ['silent', 2]];
const REFERRAL_OUTCOMES: ReadonlyArray<readonly [Outcome, number]> = [['remove', 72], ['geo_block', 6], ['reject', 10], ['clarify', 4], ['acknowledge_only', 8]];
const REJECTIONS: ReadonlyArray<readonly [RejectReason, number]> = [['not_terrorist_content', 5], ['insufficient_information', 3], ['not_hosted_here', 2]];
const GROUNDS: ReadonlyArray<readonly [RemovalOrderGround[], number]> = [[['incitement'], 5], [['solicitation_to_participate'], 3], [['incitement', 'solicitation_to_participate'], 2], [['threat'], 1]];

const later = (at: Date, ms: number) => new Date(at.getTime() + ms);

/** A log-normal duration around `median` (most within a factor e^spread), kept within [min, max]. */
function duration(rng: Prng, median: number, spread: number, min: number, max: number): number {
  const u = Math.max(rng.next(), 1e-9);
  const z = Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * rng.next());
  return Math.round(Math.min(max, Math.max(min, median * Math.exp(spread * z))));
}

const minutes = (rng: Prng, min: number, max: number) => rng.between(min * 60, max * 60) * SECOND;

type Answer = Omit<DemoReferralStep, 'at' | 'reason' | 'rejectReason'> & { after: number; reason?: string; rejectReason?: RejectReason };

/**
 * The recipient's answers after sending, as offsets from the sending, and whether the answer
 * (removal, geo-block) awaits confirmation. Every draw happens whatever the outcome, so the rest of
 * the plan does not shift when one referral's answer changes.
 */
function answers(rng: Prng, kind: ReferralKind, status: string): Answer[] {
  const order = kind === 'removal_order';
  const d = {
    outcome: rng.weighted(order ? ORDER_OUTCOMES : REFERRAL_OUTCOMES),
    ack: order ? duration(rng, 6 * MINUTE, 0.6, MINUTE, 40 * MINUTE) : duration(rng, 40 * MINUTE, 0.9, 2 * MINUTE, 12 * HOUR),
    late: rng.chance(0.08),
    onTime: duration(rng, 25 * MINUTE, 0.45, 3 * MINUTE, 58 * MINUTE),
    overdue: minutes(rng, 65, 240),
    hoursLater: duration(rng, 150 * MINUTE, 0.9, 5 * MINUTE, 36 * HOUR),
    pauseAfter: minutes(rng, 3, 25),
    pause: order ? minutes(rng, 20, 120) : minutes(rng, 30, 240),
    fmPause: minutes(rng, 60, 360),
    resume: order ? minutes(rng, 5, 30) : minutes(rng, 20, 180),
    rejectReason: rng.weighted(REJECTIONS),
    answers: rng.chance(0.25),
    slowAck: minutes(rng, 4 * 60, 30 * 60),
    slowAnswer: minutes(rng, 60, 12 * 60),
  };
  if (status === 'hostile') return [];
  if (status !== 'cooperative') {
    // Unresponsive: most referrals go unanswered; a few are acted on a day later.
    return d.answers ? [{ after: d.slowAck, event: 'acknowledge', by: 'recipient' }, { after: d.slowAck + d.slowAnswer, event: 'remove', by: 'recipient' }] : [];
  }
  const ack: Answer = { after: d.ack, event: 'acknowledge', by: 'recipient' };
  // When the recipient answers: an order mostly within its hour (a few late), a referral hours later.
  const answerAt = order ? Math.max(d.ack + MINUTE, d.late ? d.overdue : d.onTime) : d.ack + d.hoursLater;
  switch (d.outcome) {
    case 'remove':
    case 'geo_block':
      return [ack, { after: answerAt, event: d.outcome, by: 'recipient' }];
    case 'reject':
      return [ack, { after: answerAt, event: 'reject', by: 'recipient', rejectReason: d.rejectReason }];
    case 'clarify': {
      const asked = d.ack + d.pauseAfter;
      const answered = asked + d.pause;
      return [
        ack,
        { after: asked, event: 'request_clarification', by: 'recipient', reason: 'Please confirm which part of the post is meant (demo).' },
        { after: answered, event: 'answer_clarification', by: 'supervisor', reason: 'The whole post, including the picture (demo).' },
        { after: answered + d.resume, event: 'remove', by: 'recipient' },
      ];
    }
    case 'force_majeure': {
      const declared = d.ack + d.pauseAfter;
      const ended = declared + d.fmPause;
      return [
        ack,
        { after: declared, event: 'declare_force_majeure', by: 'recipient', reason: 'Outage of the moderation tools (demo).' },
        { after: ended, event: 'end_force_majeure', by: 'recipient', reason: 'Tools restored (demo).' },
        { after: ended + d.resume, event: 'remove', by: 'recipient' },
      ];
    }
    case 'acknowledge_only':
      return [ack];
    case 'silent':
      return [];
  }
}

export interface DemoTimelineWindow {
  start: Date;
  end: Date;
}

/** The steps of one referral proposed at `proposedAt`, up to the window's end; approval comes `approval` minutes later. */
function stepsOf(rng: Prng, kind: ReferralKind, status: string, proposedAt: Date, window: DemoTimelineWindow, approval: readonly [number, number] = [5, 60]): DemoReferralStep[] {
  const approvedAt = later(proposedAt, minutes(rng, approval[0], approval[1]));
  const sentAt = later(approvedAt, rng.between(5, 90) * SECOND);
  const planned = answers(rng, kind, status);
  const confirmDelay = FIRST_CHECK_MS + rng.between(0, 300) * SECOND;
  const step = (at: Date, event: DemoStepEvent, by: DemoParty, reason: string | null = null, rejectReason: RejectReason | null = null): DemoReferralStep => ({ at, event, by, reason, rejectReason });
  const steps = [step(proposedAt, 'propose', 'analyst'), step(approvedAt, 'approve', 'supervisor'), step(sentAt, 'send', 'supervisor')];
  // Sent within the last hour: nothing has come back yet.
  if (sentAt.getTime() <= window.end.getTime() - UNANSWERED_WINDOW_MS) {
    for (const a of planned) steps.push(step(later(sentAt, a.after), a.event, a.by, a.reason ?? null, a.rejectReason ?? null));
    const claim = steps.find((s) => s.event === 'remove' || s.event === 'geo_block');
    if (claim && claim.at.getTime() <= window.end.getTime() - CONFIRMED_AFTER_MS) steps.push(step(later(claim.at, confirmDelay), 'recheck_confirmed', 'vigil', DEMO_CONFIRMATION));
  }
  const cut = steps.findIndex((s) => s.at.getTime() > window.end.getTime());
  return cut < 0 ? steps : steps.slice(0, cut);
}

/**
 * The referrals of the demo: which items are referred, by whom, as what, and every step with its
 * time. Where no removal order sent within the last hour would be running at the end (for a
 * platform organisation's portal, or at all), the latest item one could be issued for gets one.
 */
export function planReferrals(seed: number, items: readonly DemoItem[], catalogue: DemoCatalogue, window: DemoTimelineWindow): PlannedReferral[] {
  const rng = Prng.of(seed, 'referrals');
  const spec = new Map(catalogue.organisations.map((o) => [o.key, o]));
  const canRefer = (key: string) => {
    const o = spec.get(key);
    return !!o && o.kind !== 'platform' && o.members.some((m) => m.roles.includes('analyst')) && o.members.some((m) => m.roles.includes('supervisor'));
  };
  // Removal orders come from the Member States' competent authorities.
  const canOrder = (key: string) => {
    const o = spec.get(key);
    return !!o && o.competentAuthority && o.country !== null;
  };
  const orderable = (item: DemoItem) => item.platform !== null && canOrder(item.submitter) && catalogue.platforms[item.platform]!.cooperationStatus === 'cooperative';

  const portals = catalogue.organisations.flatMap((o) => (o.kind === 'platform' ? o.operates : []));
  const planned = new Map<number, PlannedReferral>();
  items.forEach((item, index) => {
    const refer = rng.chance(REFERRED_SHARE);
    const orderDraw = rng.next();
    const proposedAt = later(item.submittedAt, minutes(rng, 3, 45));
    const orderRng = new Prng(rng.int(2 ** 31));
    if (item.platform === null || !refer || !canRefer(item.submitter)) return;
    const share = portals.includes(item.platform) ? REMOVAL_ORDER_SHARE.portal : REMOVAL_ORDER_SHARE.platform;
    const kind: ReferralKind = orderDraw < share && orderable(item) ? 'removal_order' : 'voluntary_referral';
    const steps = stepsOf(orderRng, kind, catalogue.platforms[item.platform]!.cooperationStatus, proposedAt, window);
    if (steps.length > 0) planned.set(index, { item: index, organisation: item.submitter, platform: item.platform, kind, removalOrder: null, steps });
  });

  // Every portal (a platform organisation's platform), and the demo as a whole, gets a removal
  // order whose hour is still running: the latest item an order could be issued for is ordered late.
  const running = (r: PlannedReferral) => r.kind === 'removal_order' && r.steps.some((s) => s.event === 'send' && s.at.getTime() > window.end.getTime() - UNANSWERED_WINDOW_MS);
  for (const platform of [...portals, null]) {
    if ([...planned.values()].some((r) => running(r) && (platform === null || r.platform === platform))) continue;
    const latest = items.findLastIndex((i) => (platform === null || i.platform === platform) && orderable(i) && canRefer(i.submitter) && i.submittedAt.getTime() <= window.end.getTime() - 30 * MINUTE);
    if (latest < 0) continue;
    const item = items[latest]!;
    const proposedAt = new Date(Math.max(item.submittedAt.getTime() + 3 * MINUTE, window.end.getTime() - 50 * MINUTE));
    const steps = stepsOf(Prng.of(seed, `running order ${latest}`), 'removal_order', 'cooperative', proposedAt, window, [5, 15]);
    planned.set(latest, { item: latest, organisation: item.submitter, platform: item.platform!, kind: 'removal_order', removalOrder: null, steps });
  }

  const list = [...planned.values()].sort((a, b) => a.steps[0]!.at.getTime() - b.steps[0]!.at.getTime() || a.item - b.item);
  // Annex I fields; reference numbers count up per authority in the order the orders were proposed.
  const numbers = new Map<string, number>();
  const fields = Prng.of(seed, 'removal orders');
  for (const r of list) {
    if (r.kind !== 'removal_order') continue;
    const o = spec.get(r.organisation)!;
    const p = catalogue.platforms[r.platform]!;
    const n = (numbers.get(o.key) ?? 0) + 1;
    numbers.set(o.key, n);
    r.removalOrder = {
      issuingMemberState: o.country!,
      issuingAuthority: o.name,
      referenceNumber: `${o.country}-TCO-${window.end.getUTCFullYear()}-${String(n).padStart(4, '0')}`,
      reasons: fields.weighted(GROUNDS),
      language: items[r.item]!.language,
      addresseeContact: p.tcoLegalRepresentative ?? p.contactPoint ?? p.contactEmail ?? p.name,
      additionalInformation: 'Synthetic demo removal order: no real content.',
    };
  }
  return list;
}

/** Counts what the executed plan did, as the summary reports it. */
export function countReferrals(referrals: ReadonlyArray<{ kind: ReferralKind; events: readonly DemoStepEvent[] }>): DemoReferralCounts {
  const counts: DemoReferralCounts = { referred: 0, removalOrders: 0, removed: 0, geoBlocked: 0, rejected: 0, open: 0, awaitingApproval: 0 };
  for (const r of referrals) {
    if (!r.events.includes('propose')) continue;
    if (!r.events.includes('send')) {
      counts.awaitingApproval++;
      continue;
    }
    counts.referred++;
    if (r.kind === 'removal_order') counts.removalOrders++;
    if (r.events.includes('remove')) counts.removed++;
    else if (r.events.includes('geo_block')) counts.geoBlocked++;
    else if (r.events.includes('reject')) counts.rejected++;
    else counts.open++;
  }
  return counts;
}

export interface DemoReferralServices {
  organisations: OrganisationService;
  referrals: ReferralService;
  platformReferrals: PlatformReferralService;
}

interface People {
  analysts: Principal[];
  supervisor: Principal;
}

/** Carries out planned steps through the services, as the members (or Vigil) who would take them. */
export class DemoReferralRunner {
  readonly #people = new Map<string, People>();
  /** Platform index → the liaison of the platform organisation operating it. */
  readonly #liaisons = new Map<number, Principal>();
  /** Planned referral → the stored referral's id, or null when it could not be proposed. */
  readonly #ids = new Map<PlannedReferral, number | null>();
  readonly #done = new Map<PlannedReferral, DemoStepEvent[]>();

  private constructor(private readonly deps: DemoReferralServices, private readonly orgIds: ReadonlyMap<string, number>) {}

  static async create(deps: DemoReferralServices, catalogue: DemoCatalogue, orgIds: ReadonlyMap<string, number>): Promise<DemoReferralRunner> {
    const runner = new DemoReferralRunner(deps, orgIds);
    const principal = async (email: string) => {
      const m = await deps.organisations.findMemberForAuth({ email });
      if (!m) throw new Error(`The demo member ${email} is missing.`);
      return memberPrincipal(m);
    };
    for (const o of catalogue.organisations) {
      if (o.kind === 'platform') {
        const liaison = o.members.find((m) => m.roles.includes('liaison'));
        if (liaison) for (const i of o.operates) runner.#liaisons.set(i, await principal(liaison.email));
        continue;
      }
      const analysts = o.members.filter((m) => m.roles.includes('analyst'));
      const supervisor = o.members.find((m) => m.roles.includes('supervisor'));
      if (analysts.length > 0 && supervisor) runner.#people.set(o.key, { analysts: await Promise.all(analysts.map((a) => principal(a.email))), supervisor: await principal(supervisor.email) });
    }
    return runner;
  }

  /** The stored ids of the referrals proposed so far. */
  get referralIds(): number[] {
    return [...this.#ids.values()].filter((id): id is number => id !== null);
  }

  counts(): DemoReferralCounts {
    return countReferrals([...this.#done].map(([r, events]) => ({ kind: r.kind, events })));
  }

  /** One step of one planned referral, at the clock's current time. */
  async run(r: PlannedReferral, step: DemoReferralStep, itemId: number): Promise<void> {
    const people = this.#people.get(r.organisation);
    if (!people) return;
    if (step.event === 'propose') {
      const analyst = people.analysts[r.item % people.analysts.length]!;
      const input = { itemId, kind: r.kind, ...(r.removalOrder ? { removalOrder: r.removalOrder } : {}) };
      // A hold or an open referral of another kind would refuse it, as for a person.
      const referral = await this.deps.referrals.propose({ actor: analyst }, input).catch(() => null);
      this.#ids.set(r, referral?.id ?? null);
      if (referral) this.#done.set(r, ['propose']);
      return;
    }
    const id = this.#ids.get(r);
    if (id == null) return;
    const supervisor: RequestContext = { actor: people.supervisor };
    if (step.event === 'approve') await this.deps.referrals.approve(supervisor, id);
    else if (step.by === 'recipient') {
      const liaison = this.#liaisons.get(r.platform);
      // A platform that takes part in Vigil answers in its portal; for the others the referring
      // agency records the answer that came by e-mail or through the platform's own channel.
      if (liaison) await this.deps.platformReferrals.respond({ actor: liaison }, id, { action: step.event as ResponseEvent, reason: step.reason, rejectReason: step.rejectReason });
      else await this.deps.referrals.transition(supervisor, id, step.event, step.reason ?? (step.rejectReason ? `Rejected by the platform: ${step.rejectReason.replaceAll('_', ' ')}.` : null));
    } else if (step.by === 'vigil') {
      await this.deps.referrals.transition({ actor: { kind: 'system', label: 'seed-demo', organisationId: this.orgIds.get(r.organisation)! } }, id, step.event, step.reason);
    } else await this.deps.referrals.transition(supervisor, id, step.event, step.reason);
    this.#done.get(r)!.push(step.event);
  }
}
