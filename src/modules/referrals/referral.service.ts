// Referrals: an analyst proposes one (a voluntary referral, or a removal order with its Annex I
// fields if the organisation is a competent authority), a supervisor who did not propose it
// approves it (four-eyes; removal orders need removal_orders:issue), and delivery, the recipient's
// answers and re-checks move it on through the state table in referral-states.ts. Proposing and
// approving first run the deconfliction check under the item's row lock: a hold by another
// organisation blocks it with ITEM_HELD and the holder is told, in the same transaction. Every move
// is written to the timeline and the audit trail in its transaction. Only the referring
// organisation sees a referral.
import type { AuditTrail } from '../../core/audit/index.ts';
import { isPrincipal, requirePermission, type RequestContext, actingOrganisation } from '../../core/auth/principal.ts';
import type { Clock } from '../../core/clock/clock.ts';
import { pgErrorCode, PG_UNIQUE_VIOLATION, type Database, type Queryable } from '../../core/db/index.ts';
import { AppError } from '../../core/errors/app-error.ts';
import type { DeconflictionService } from '../deconfliction/deconfliction.service.ts';
import type { ItemService } from '../items/item.service.ts';
import type { InfrastructureService } from '../platforms/infrastructure.service.ts';
import type { PlatformService } from '../platforms/platform.service.ts';
import { clockPatch, deadlineStatus } from './deadline.ts';
import { DELIVERY_EVENTS, isTerminal, nextState, REFERRAL_STATES, RESPONSE_EVENTS, type ReferralEvent, type ReferralState, type ResponseEvent } from './referral-states.ts';
import type { ActorRef, ReceivedReferral, RecipientKind, Recipients, Referral, ReferralKind, RejectReason, RemovalOrderFields, TimelineEntry } from './referral.model.ts';
import type { ReferralRepository, StatePatch } from './referral.repository.ts';

export { REMOVAL_ORDER_DEADLINE_MS } from './deadline.ts';
export const MAX_REFERRALS_LISTED = 500;
const FINAL_STATES = REFERRAL_STATES.filter(isTerminal);

/** Audit actions in the past tense, like the rest of the trail. */
const AUDIT_ACTIONS: Readonly<Record<ReferralEvent, string>> = {
  approve: 'referral.approved',
  withdraw: 'referral.withdrawn',
  send: 'referral.sent',
  acknowledge: 'referral.acknowledged',
  remove: 'referral.removed',
  geo_block: 'referral.geo_blocked',
  reject: 'referral.rejected',
  request_clarification: 'referral.clarification_requested',
  answer_clarification: 'referral.clarification_answered',
  recheck_confirmed: 'referral.recheck_confirmed',
  declare_force_majeure: 'referral.force_majeure_declared',
  end_force_majeure: 'referral.force_majeure_ended',
  restore: 'referral.restored',
};

export interface NewReferral {
  itemId: number;
  kind: ReferralKind;
  /** Defaults to the item's platform. */
  platformId?: number | null;
  recipientKind?: RecipientKind;
  infrastructureProviderId?: number | null;
  removalOrder?: RemovalOrderFields | null;
}

export interface ReferralFilter {
  state?: ReferralState | null;
  itemId?: number | null;
  operationId?: number | null;
  beforeId?: number | null;
  limit?: number;
}

type Deps = {
  db: Database;
  repository: ReferralRepository;
  items: Pick<ItemService, 'visibleItem'>;
  platforms: Pick<PlatformService, 'get'>;
  infrastructure: Pick<InfrastructureService, 'get'>;
  deconfliction: Pick<DeconflictionService, 'check'>;
  audit: AuditTrail;
  clock: Clock;
  /** Called in the transaction that moves a referral to sent (the container connects webhooks). */
  onSent?: (tx: Queryable, referral: Referral) => Promise<void>;
  /** Called in the transaction of every move, after it is written (the container connects delivery: feed and channels). */
  onMoved?: (tx: Queryable, referral: Referral, move: { event: ReferralEvent; fromState: ReferralState; toState: ReferralState; reason: string | null }) => Promise<void>;
};

export class ReferralService {
  constructor(private readonly deps: Deps) {}

  /** `inTransaction` runs in the proposing transaction once the referral is written (escalations link it there). */
  async propose(ctx: RequestContext, input: NewReferral, options: { inTransaction?: (tx: Queryable, referral: Referral) => Promise<void> } = {}): Promise<Referral> {
    requirePermission(ctx.actor, 'referrals:propose');
    const org = actingOrganisation(ctx);
    const removalOrder = checkedRemovalOrder(ctx, input);
    const item = await this.deps.items.visibleItem(ctx, input.itemId);
    const recipientKind = input.recipientKind ?? 'platform';
    const platformId = input.platformId ?? item.platformId;
    if (input.platformId != null) await mustExist(() => this.deps.platforms.get(ctx, input.platformId!), `No platform ${input.platformId}.`);
    if (recipientKind === 'platform' && platformId === null) throw new AppError('VALIDATION_FAILED', "The item's domain is in no platform's registry entry: register the platform or give platformId.");
    const providerId = recipientKind === 'infrastructure_provider' ? (input.infrastructureProviderId ?? null) : null;
    if (recipientKind === 'infrastructure_provider') {
      if (providerId === null) throw new AppError('VALIDATION_FAILED', 'A referral to an infrastructure provider needs infrastructureProviderId.');
      await mustExist(() => this.deps.infrastructure.get(ctx, providerId), `No infrastructure provider ${providerId}.`);
    } else if (input.infrastructureProviderId != null) {
      throw new AppError('VALIDATION_FAILED', 'infrastructureProviderId is only for referrals to an infrastructure provider.');
    }
    const { db, repository, audit, clock, deconfliction } = this.deps;
    const created = await uniqueReference(() =>
      db.transaction(async (tx) => {
        const locked = await this.deps.items.visibleItem(ctx, item.id, { tx, lock: true });
        const open = await repository.openFor(tx, org, locked.id, { kind: recipientKind, platformId, providerId }, FINAL_STATES);
        if (open.length > 0) throw new AppError('REFERRAL_ALREADY_OPEN', undefined, { referralId: open[0] });
        if (await deconfliction.check(tx, ctx, { itemId: locked.id, url: locked.url, clusterId: locked.clusterId }, 'referral_proposed')) return null;
        const now = clock.now();
        const by = actorRef(ctx);
        const id = await repository.insert(tx, { organisationId: org, itemId: locked.id, operationId: locked.operationId, platformId, recipientKind, infrastructureProviderId: providerId, kind: input.kind, proposedBy: by, removalOrder }, now);
        await repository.addEvent(tx, id, { event: 'propose', fromState: null, toState: 'proposed', actor: by, reason: null }, now);
        const referral = this.#withDeadline((await repository.find(org, id, tx))!);
        await audit.record(tx, ctx, { action: 'referral.proposed', targetType: 'referral', targetId: id, after: presentReferralSummary(referral) });
        await options.inTransaction?.(tx, referral);
        return referral;
      }),
    );
    if (!created) throw new AppError('ITEM_HELD');
    return created;
  }

  /** Four-eyes approval; for a removal order, its issue. Runs the deconfliction check again. */
  async approve(ctx: RequestContext, id: number, reason: string | null = null): Promise<Referral> {
    requirePermission(ctx.actor, 'referrals:approve');
    const approved = await this.#move(ctx, id, 'approve', reason, async (tx, before) => {
      if (before.kind === 'removal_order') requirePermission(ctx.actor, 'removal_orders:issue');
      const actor = ctx.actor;
      if (!isPrincipal(actor) || actor.kind !== 'member') throw new AppError('FOUR_EYES_REQUIRED', 'A referral is approved by a signed-in member, not by a key or by Vigil.');
      if (before.proposedBy.type === 'member' && before.proposedBy.id === actor.id) throw new AppError('FOUR_EYES_REQUIRED');
      const item = await this.deps.items.visibleItem(ctx, before.itemId, { tx, lock: true });
      if (await this.deps.deconfliction.check(tx, ctx, { itemId: item.id, url: item.url, clusterId: item.clusterId }, 'referral_approved')) return null;
      return { state: 'approved', approvedBy: { memberId: actor.id, label: actor.label } };
    });
    if (!approved) throw new AppError('ITEM_HELD');
    return approved;
  }

  /** Takes a proposed or approved referral back; its proposer's side (propose) or a supervisor (approve) may. */
  async withdraw(ctx: RequestContext, id: number, reason: string | null = null): Promise<Referral> {
    if (isPrincipal(ctx.actor) && !ctx.actor.permissions.has('referrals:propose') && !ctx.actor.permissions.has('referrals:approve')) {
      throw new AppError('FORBIDDEN', 'This needs the referrals:propose or referrals:approve permission.');
    }
    return (await this.#move(ctx, id, 'withdraw', reason, async () => ({ state: 'withdrawn' })))!;
  }

  /**
   * Records delivery, the recipient's answer or a re-check (events in DELIVERY_EVENTS). For the
   * delivery and platform modules (as Vigil itself) and, for now, the referring organisation's
   * supervisors. Sending records the receipt; a removal order's deadline is one hour after it.
   */
  async transition(ctx: RequestContext, id: number, event: ReferralEvent, reason: string | null = null): Promise<Referral> {
    requirePermission(ctx.actor, 'referrals:approve');
    if (!(DELIVERY_EVENTS as readonly string[]).includes(event)) throw new AppError('VALIDATION_FAILED', `${event} has its own route and rules.`);
    // Receipt starts a removal order's hour; clarification and force majeure pause it (deadline.ts).
    return (await this.#move(ctx, id, event, reason, async (_tx, before) => clockPatch(event, before, this.deps.clock.now())))!;
  }

  /**
   * A re-check found the content gone or blocked: recheck_confirmed (removed | geo_blocked →
   * closed) in the caller's transaction, which holds the referral's row lock. For the re-check
   * module, which has checked who may ask; `ctx` is the member who asked or Vigil itself.
   */
  async confirmRemoval(tx: Queryable, ctx: RequestContext, id: number, reason: string): Promise<Referral> {
    return (await this.#move(ctx, id, 'recheck_confirmed', reason, async () => ({}), { tx }))!;
  }

  /**
   * An upheld complaint (TCO Art. 10) puts the content back: restore (removed | geo_blocked |
   * closed → restored) in the caller's transaction. For the platform side's complaints, which has
   * checked which platforms the caller speaks for. Audited in the recipient's organisation.
   */
  async restore(tx: Queryable, ctx: RequestContext, to: number[] | Recipients, id: number, reason: string): Promise<Referral> {
    requirePermission(ctx.actor, 'referrals:respond');
    const load = (q: Queryable) => this.deps.repository.findReceived(recipientsOf(to), id, q, true);
    return (await this.#move(ctx, id, 'restore', reason, async () => ({}), { load, auditInOwnOrganisation: true, tx }))!;
  }

  /** Referrals sent to the given platforms (or providers; the caller's organisation operates them), newest first. */
  async listReceived(ctx: RequestContext, to: number[] | Recipients, filter: { state?: ReferralState | null; beforeId?: number | null; limit?: number } = {}): Promise<ReceivedReferral[]> {
    requirePermission(ctx.actor, 'referrals:respond');
    const limit = Math.max(1, Math.min(filter.limit ?? MAX_REFERRALS_LISTED, MAX_REFERRALS_LISTED));
    const list = await this.deps.repository.listReceived(recipientsOf(to), { state: filter.state ?? null, beforeId: filter.beforeId ?? null, limit });
    return list.map((r) => this.#withDeadline(r));
  }

  /** One referral sent to the given platforms, with the timeline from its sending on. */
  async getReceived(ctx: RequestContext, to: number[] | Recipients, id: number): Promise<{ referral: ReceivedReferral; timeline: TimelineEntry[] }> {
    requirePermission(ctx.actor, 'referrals:respond');
    const referral = await this.deps.repository.findReceived(recipientsOf(to), id);
    if (!referral) throw new AppError('NOT_FOUND');
    const timeline = (await this.deps.repository.timeline(id)).filter((e) => e.event !== 'propose' && e.event !== 'approve' && e.event !== 'withdraw');
    return { referral: this.#withDeadline(referral), timeline };
  }

  /**
   * The recipient's answer to a referral sent to one of the given platforms. A rejection carries
   * one of the fixed reasons; the clock fields move as deadline.ts says. Audited in the
   * recipient's organisation.
   */
  async respond(ctx: RequestContext, to: number[] | Recipients, id: number, event: ResponseEvent, reason: string | null, rejectReason: RejectReason | null): Promise<ReceivedReferral> {
    requirePermission(ctx.actor, 'referrals:respond');
    if (!(RESPONSE_EVENTS as readonly string[]).includes(event)) throw new AppError('VALIDATION_FAILED', `${event} is not a recipient's answer.`);
    if ((event === 'reject') !== (rejectReason !== null)) throw new AppError('VALIDATION_FAILED', 'A rejection, and only a rejection, needs rejectReason.');
    if (rejectReason === 'other' && !reason) throw new AppError('VALIDATION_FAILED', "A rejection for 'other' reasons needs the reason.");
    const load = (tx: Queryable) => this.deps.repository.findReceived(recipientsOf(to), id, tx, true);
    await this.#move(ctx, id, event, reason, async (_tx, before) => ({ ...clockPatch(event, before, this.deps.clock.now()), ...(rejectReason ? { rejectReason } : {}) }), { load, auditInOwnOrganisation: true });
    return (await this.getReceived(ctx, to, id)).referral;
  }

  /** Adds the removal order clock as of now. */
  #withDeadline<R extends Referral>(r: R): R {
    return { ...r, deadline: deadlineStatus(r, this.deps.clock.now()) };
  }

  async list(ctx: RequestContext, filter: ReferralFilter = {}): Promise<Referral[]> {
    requirePermission(ctx.actor, 'referrals:read');
    const limit = Math.max(1, Math.min(filter.limit ?? MAX_REFERRALS_LISTED, MAX_REFERRALS_LISTED));
    const list = await this.deps.repository.list(actingOrganisation(ctx), { state: filter.state ?? null, itemId: filter.itemId ?? null, operationId: filter.operationId ?? null, beforeId: filter.beforeId ?? null, limit });
    return list.map((r) => this.#withDeadline(r));
  }

  async get(ctx: RequestContext, id: number): Promise<{ referral: Referral; timeline: TimelineEntry[] }> {
    requirePermission(ctx.actor, 'referrals:read');
    const referral = await this.deps.repository.find(actingOrganisation(ctx), id);
    if (!referral) throw new AppError('NOT_FOUND');
    return { referral: this.#withDeadline(referral), timeline: await this.deps.repository.timeline(id) };
  }

  /**
   * One move through the state table, under the referral's row lock. `decide` adds the move's own
   * checks and fields; it returns null to make no move but commit (the deconfliction check's
   * notifications), and the caller answers accordingly. `load` finds and locks the referral as the
   * caller may see it (the referring organisation's by default; a recipient's for its answers).
   */
  async #move(
    ctx: RequestContext,
    id: number,
    event: ReferralEvent,
    reason: string | null,
    decide: (tx: Queryable, before: Referral) => Promise<Partial<StatePatch> | null>,
    options: { load?: (tx: Queryable) => Promise<Referral | null>; auditInOwnOrganisation?: boolean; tx?: Queryable } = {},
  ): Promise<Referral | null> {
    const scope = scopeOf(ctx);
    const { db, repository, audit, clock } = this.deps;
    // In the caller's transaction when one is given (a re-check records its result and the move together).
    const run = <T>(fn: (tx: Queryable) => Promise<T>): Promise<T> => (options.tx ? fn(options.tx) : db.transaction(fn));
    return run(async (tx) => {
      const before = options.load ? await options.load(tx) : await repository.find(scope, id, tx, true);
      if (!before) throw new AppError('NOT_FOUND');
      const to = nextState(before.state, event);
      if (!to) throw new AppError('INVALID_STATE_TRANSITION', `A referral cannot ${event.replaceAll('_', ' ')} when ${before.state}.`, { from: before.state, event });
      const patch = await decide(tx, before);
      if (!patch) return null;
      const now = clock.now();
      await repository.setState(tx, id, { ...patch, state: to, closed: isTerminal(to) }, now);
      await repository.addEvent(tx, id, { event, fromState: before.state, toState: to, actor: actorRef(ctx), reason }, now);
      const after = this.#withDeadline((await repository.find(null, id, tx))!);
      if (to === 'sent') await this.deps.onSent?.(tx, after);
      await audit.record(tx, ctx, { action: AUDIT_ACTIONS[event], targetType: 'referral', targetId: id, ...(options.auditInOwnOrganisation ? {} : { organisationId: before.organisationId }), before: presentReferralSummary(before), after: presentReferralSummary(after), ...(reason ? { details: { reason } } : {}) });
      // After the audit event: every transaction then takes the audit trail's head lock before the
      // delivery module's per-platform feed lock, never the other way round (no deadlock).
      await this.deps.onMoved?.(tx, after, { event, fromState: before.state, toState: to, reason });
      return after;
    });
  }
}

function checkedRemovalOrder(ctx: RequestContext, input: NewReferral): RemovalOrderFields | null {
  if (input.kind === 'voluntary_referral') {
    if (input.removalOrder) throw new AppError('VALIDATION_FAILED', 'Removal order fields belong to removal orders only.');
    return null;
  }
  if (!input.removalOrder) throw new AppError('VALIDATION_FAILED', 'A removal order needs its Annex I fields (removalOrder).');
  if (isPrincipal(ctx.actor) && !ctx.actor.competentAuthority) throw new AppError('FORBIDDEN', 'Only competent authorities issue removal orders.');
  const o = input.removalOrder;
  return { ...o, issuingMemberState: o.issuingMemberState.toUpperCase(), reasons: [...new Set(o.reasons)] };
}

async function mustExist(lookup: () => Promise<unknown>, message: string): Promise<void> {
  try {
    await lookup();
  } catch (error) {
    if (error instanceof AppError && error.code === 'NOT_FOUND') throw new AppError('VALIDATION_FAILED', message);
    throw error;
  }
}

async function uniqueReference<T>(fn: () => Promise<T>): Promise<T> {
  try {
    return await fn();
  } catch (error) {
    if (pgErrorCode(error) === PG_UNIQUE_VIOLATION && ((error as { constraint?: string }).constraint ?? '').startsWith('referrals_reference_number')) throw new AppError('REFERENCE_NUMBER_TAKEN');
    throw error;
  }
}

/** Platform ids alone (the platform side's older calls) or platforms and providers. */
function recipientsOf(to: number[] | Recipients): Recipients {
  return Array.isArray(to) ? { platformIds: to, providerIds: [] } : to;
}

function actorRef(ctx: RequestContext): ActorRef {
  return { type: ctx.actor.kind, id: isPrincipal(ctx.actor) ? ctx.actor.id : null, label: ctx.actor.label };
}


/** The organisation whose referrals the caller may move; null for Vigil itself (delivery jobs). */
function scopeOf(ctx: RequestContext): number | null {
  return isPrincipal(ctx.actor) ? ctx.actor.organisationId : (ctx.actor.organisationId ?? null);
}

export function presentReferralSummary(r: Referral) {
  return { id: r.id, itemId: r.itemId, kind: r.kind, state: r.state, recipientKind: r.recipientKind, platformId: r.platformId, infrastructureProviderId: r.infrastructureProviderId, referenceNumber: r.removalOrder?.referenceNumber ?? null, deadlineAt: (r.deadline?.deadlineAt ?? r.deadlineAt)?.toISOString() ?? null };
}
