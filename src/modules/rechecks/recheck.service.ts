// Re-checks: Vigil looks at a referred URL again. When the recipient reports the content removed or
// geo-blocked, the referral gets a schedule (first check soon, then repeated until confirmed); a
// check that finds the content gone or blocked applies recheck_confirmed (→ closed), one that finds
// it still served flags the referral "still live". After closing, checks go on for a while to see
// whether the content came back ("came back" flag). Each flag is raised once, tells the referring
// organisation (a notification) and is audited; a later check that finds the content offline
// resolves it. The `rechecks.sweep` job queues due checks (`rechecks.check` jobs); members can also
// check at once. The fetch runs outside any transaction; its result, the referral's move, the flags
// and the next check are written in one transaction under the referral's row lock.
import { createHash } from 'node:crypto';
import type { AuditTrail } from '../../core/audit/index.ts';
import { actingOrganisation, isPrincipal, requirePermission, type RequestContext } from '../../core/auth/principal.ts';
import type { Clock } from '../../core/clock/clock.ts';
import type { Database, Queryable } from '../../core/db/index.ts';
import { AppError } from '../../core/errors/app-error.ts';
import type { JobQueue, RetryPolicy } from '../../core/jobs/index.ts';
import type { NotificationService } from '../deconfliction/notification.service.ts';
import type { ReferralState } from '../referrals/referral-states.ts';
import type { ReferralService } from '../referrals/referral.service.ts';
import type { UrlFetcher } from './fetcher.ts';
import { AWAITING_CONFIRMATION, decide, isCheckable, judge, scheduleAfterCheck, scheduleOnMove, type FlagKind, type RecheckPolicy } from './recheck-rules.ts';
import type { CheckTarget, CheckTrigger, FlaggedReferral, ReferralCheck, ReferralFlag, StoredSchedule } from './recheck.model.ts';
import type { RecheckRepository } from './recheck.repository.ts';

export const RECHECK_JOB = 'rechecks.check';
export const RECHECK_SWEEP_JOB = 'rechecks.sweep';
/** A check's own failures (no answer, an error answer) are recorded, not retried; only database trouble throws. */
export const RECHECK_RETRY: Partial<RetryPolicy> = { maxAttempts: 3, backoffBaseMs: 30_000, backoffCapMs: 600_000 };
export const FLAG_NOTIFICATIONS: Readonly<Record<FlagKind, string>> = { still_live: 'referral.still_live', came_back: 'referral.came_back' };
/** How long a queued check holds its schedule before the sweep queues it again. */
export const RECHECK_LEASE_MS = 15 * 60_000;
const SWEEP_BATCH = 100;
export const MAX_LISTED = 500;

type Deps = {
  db: Database;
  repository: RecheckRepository;
  fetcher: UrlFetcher;
  referrals: Pick<ReferralService, 'confirmRemoval'>;
  notifications: Pick<NotificationService, 'notify'>;
  queue: Pick<JobQueue, 'enqueue'>;
  audit: AuditTrail;
  clock: Clock;
  policy: RecheckPolicy;
  /** VIGIL_RECHECK_REMOVAL_MARKERS: text that, in a 2xx answer, means a removal page. */
  removalMarkers: readonly string[];
};

export interface ChecksOfReferral {
  checks: ReferralCheck[];
  flags: ReferralFlag[];
  schedule: StoredSchedule | null;
}

export class RecheckService {
  constructor(private readonly deps: Deps) {}

  /** Called in the transaction that moves a referral: plans the checks its new state needs. */
  async referralMoved(tx: Queryable, referral: { id: number; organisationId: number; state: ReferralState }): Promise<void> {
    const now = this.deps.clock.now();
    const schedule = scheduleOnMove(referral.state, now, this.deps.policy);
    if (schedule) await this.deps.repository.saveSchedule(tx, referral.id, referral.organisationId, schedule, now);
  }

  /**
   * Plans no further scheduled checks of these referrals: each schedule keeps its phase and count
   * with no next check, and a `referral.checks_stopped` audit event says why. For Vigil itself
   * (`vigil seed-demo` stops the checks of its fictional URLs) and an organisation's supervisors
   * (their own referrals); a later move of the referral plans checks again. Returns how many
   * planned checks were dropped.
   */
  async stopChecks(ctx: RequestContext, referralIds: readonly number[], reason: string): Promise<number> {
    requirePermission(ctx.actor, 'referrals:approve');
    const { db, repository, audit, clock } = this.deps;
    const scope = isPrincipal(ctx.actor) ? ctx.actor.organisationId : (ctx.actor.organisationId ?? null);
    let stopped = 0;
    for (let from = 0; from < referralIds.length; from += SWEEP_BATCH) {
      stopped += await db.transaction(async (tx) => {
        let n = 0;
        for (const id of referralIds.slice(from, from + SWEEP_BATCH)) {
          // Under the referral's row lock, like a check that records its next time.
          const target = await repository.target(scope, id, tx, true);
          if (!target) throw new AppError('NOT_FOUND', `No referral ${id}.`);
          const schedule = await repository.schedule(id, tx);
          if (!schedule || schedule.nextCheckAt === null) continue;
          await repository.saveSchedule(tx, id, target.organisationId, { phase: schedule.phase, phaseSince: schedule.phaseSince, nextCheckAt: null }, clock.now());
          await audit.record(tx, ctx, { action: 'referral.checks_stopped', targetType: 'referral', targetId: id, organisationId: target.organisationId, details: { reason, phase: schedule.phase, nextCheckAt: schedule.nextCheckAt.toISOString() } });
          n++;
        }
        return n;
      });
    }
    return stopped;
  }

  /** The rechecks.sweep job: queues one rechecks.check job per due schedule; returns how many. */
  async enqueueDue(): Promise<number> {
    const { db, repository, queue, clock } = this.deps;
    let total = 0;
    for (;;) {
      const queued = await db.transaction(async (tx) => {
        const now = clock.now();
        const ids = await repository.claimDue(tx, now, new Date(now.getTime() + RECHECK_LEASE_MS), SWEEP_BATCH);
        // The dedupe key keeps one queued check per referral, however often its lease runs out.
        for (const id of ids) await queue.enqueue(RECHECK_JOB, { referralId: id }, { tx, dedupeKey: String(id) });
        return ids.length;
      });
      total += queued;
      if (queued < SWEEP_BATCH) return total;
    }
  }

  /** The rechecks.check job: one scheduled check, as Vigil itself. Null when none is due any more. */
  async runScheduled(referralId: number, signal?: AbortSignal): Promise<ReferralCheck | null> {
    const { repository, clock } = this.deps;
    const [target, schedule] = [await repository.target(null, referralId), await repository.schedule(referralId)];
    if (!target || !schedule || schedule.nextCheckAt === null) return null;
    if (!AWAITING_CONFIRMATION.includes(target.state) && target.state !== 'closed') {
      await this.deps.db.transaction((tx) => repository.saveSchedule(tx, referralId, target.organisationId, { ...schedule, nextCheckAt: null }, clock.now()));
      return null;
    }
    const ctx: RequestContext = { actor: { kind: 'system', label: 're-check', organisationId: target.organisationId } };
    return this.#check(ctx, target, 'scheduled', signal);
  }

  /** Checks a referred URL at once (the referring organisation's analysts and supervisors). */
  async checkNow(ctx: RequestContext, referralId: number): Promise<{ check: ReferralCheck; state: ReferralState; flags: ReferralFlag[] }> {
    if (isPrincipal(ctx.actor) && !ctx.actor.permissions.has('referrals:propose') && !ctx.actor.permissions.has('referrals:approve')) {
      throw new AppError('FORBIDDEN', 'This needs the referrals:propose or referrals:approve permission.');
    }
    const org = actingOrganisation(ctx);
    const target = await this.deps.repository.target(org, referralId);
    if (!target) throw new AppError('NOT_FOUND');
    if (!isCheckable(target.state)) throw new AppError('RECHECK_NOT_POSSIBLE', `A referral is checked once it was sent; this one is ${target.state}.`, { state: target.state });
    const check = await this.#check(ctx, target, 'manual');
    const after = (await this.deps.repository.target(org, referralId))!;
    return { check, state: after.state, flags: await this.deps.repository.flagsOf(referralId) };
  }

  async listChecks(ctx: RequestContext, referralId: number, filter: { beforeId?: number | null; limit?: number } = {}): Promise<ChecksOfReferral> {
    requirePermission(ctx.actor, 'referrals:read');
    const { repository } = this.deps;
    if (!(await repository.target(actingOrganisation(ctx), referralId))) throw new AppError('NOT_FOUND');
    const limit = Math.max(1, Math.min(filter.limit ?? MAX_LISTED, MAX_LISTED));
    return {
      checks: await repository.listChecks(referralId, { beforeId: filter.beforeId ?? null, limit }),
      flags: await repository.flagsOf(referralId),
      schedule: await repository.schedule(referralId),
    };
  }

  /** The organisation's flagged referrals, newest flag first; open flags only unless asked. */
  async listFlagged(ctx: RequestContext, filter: { includeResolved?: boolean; kind?: FlagKind | null; beforeId?: number | null; limit?: number } = {}): Promise<FlaggedReferral[]> {
    requirePermission(ctx.actor, 'referrals:read');
    const limit = Math.max(1, Math.min(filter.limit ?? MAX_LISTED, MAX_LISTED));
    return this.deps.repository.listFlagged(actingOrganisation(ctx), { open: !filter.includeResolved, kind: filter.kind ?? null, beforeId: filter.beforeId ?? null, limit });
  }

  /** Fetches, then records the check and everything it decides in one transaction. */
  async #check(ctx: RequestContext, target: CheckTarget, trigger: CheckTrigger, signal?: AbortSignal): Promise<ReferralCheck> {
    const { db, repository, audit, clock, policy, fetcher } = this.deps;
    const outcome = await fetcher.fetch(target.url, signal ? { signal } : {});
    // The worker is stopping: nothing was learnt about the URL. The job fails and runs again later.
    if (outcome.errorCode === 'ABORTED') throw new Error(`The re-check of referral ${target.referralId} was cancelled.`);
    const judgement = judge(outcome, this.deps.removalMarkers);
    return db.transaction(async (tx) => {
      const now = clock.now();
      // The state now, under the row lock: the referral may have moved while the URL was fetched.
      const locked = (await repository.target(null, target.referralId, tx, true))!;
      const id = locked.referralId;
      const organisationId = locked.organisationId;
      const check = await repository.insertCheck(tx, {
        referralId: id,
        organisationId,
        trigger,
        referralState: locked.state,
        url: outcome.url,
        finalUrl: outcome.finalUrl,
        httpStatus: outcome.status,
        hops: outcome.hops,
        bytesRead: outcome.bytesRead,
        truncated: outcome.truncated,
        bodySha256: outcome.bytesRead > 0 ? createHash('sha256').update(outcome.body).digest('hex') : null,
        durationMs: outcome.durationMs,
        verdict: judgement.verdict,
        reason: judgement.reason,
        errorCode: judgement.errorCode,
        errorDetail: outcome.errorDetail,
        requestedBy: ctx.actor.label,
        checkedAt: now,
      });
      const summary = { checkId: check.id, trigger, verdict: check.verdict, httpStatus: check.httpStatus, finalUrl: check.finalUrl, errorCode: check.errorCode };
      await audit.record(tx, ctx, { action: 'referral.checked', targetType: 'referral', targetId: id, organisationId, details: summary });

      const decision = decide(locked.state, judgement.verdict);
      let state = locked.state;
      if (decision.resolve) {
        for (const flag of await repository.resolveFlags(tx, id, decision.resolve, check.id, now)) {
          await audit.record(tx, ctx, { action: 'referral.flag_resolved', targetType: 'referral', targetId: id, organisationId, details: { flagId: flag.id, kind: flag.kind, checkId: check.id } });
        }
      }
      if (decision.confirm) {
        state = (await this.deps.referrals.confirmRemoval(tx, ctx, id, `Re-check ${check.id}: ${judgement.reason}.`)).state;
      }
      if (decision.raise) {
        const flag = await repository.raiseFlag(tx, { referralId: id, organisationId, kind: decision.raise, checkId: check.id }, now);
        // Raised once: while the flag is open, later checks that find the same say nothing new.
        if (flag) {
          const payload = { referralId: id, itemId: locked.itemId, platformId: locked.platformId, url: locked.url, flagId: flag.id, checkId: check.id, httpStatus: check.httpStatus, finalUrl: check.finalUrl };
          await this.deps.notifications.notify(tx, organisationId, FLAG_NOTIFICATIONS[flag.kind], payload);
          await audit.record(tx, ctx, { action: 'referral.flagged', targetType: 'referral', targetId: id, organisationId, details: { flagId: flag.id, kind: flag.kind, ...summary } });
        }
      }
      const next = scheduleAfterCheck(await repository.schedule(id, tx), state, now, policy);
      if (next) await repository.saveSchedule(tx, id, organisationId, next, now, { verdict: check.verdict });
      return check;
    });
  }
}
