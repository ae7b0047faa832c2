// Complaints by content providers about a removal (TCO Art. 10). A platform's liaison records the
// complaint against a referral to a platform its organisation operates whose content it removed or
// geo-blocked; the decision is due two weeks after receipt. Upheld, the content is restored: the
// referral moves to `restored` in the same transaction as the decision. The referring
// organisation is told of every complaint and every decision about its referrals.
import type { AuditTrail } from '../../core/audit/index.ts';
import { actingOrganisation, type RequestContext } from '../../core/auth/principal.ts';
import type { Clock } from '../../core/clock/clock.ts';
import { pgErrorCode, PG_UNIQUE_VIOLATION, type Database } from '../../core/db/index.ts';
import { AppError } from '../../core/errors/app-error.ts';
import type { NotificationService } from '../deconfliction/notification.service.ts';
import type { PlatformService } from '../platforms/platform.service.ts';
import type { ReferralState } from '../referrals/referral-states.ts';
import type { ReferralService } from '../referrals/referral.service.ts';
import type { Complaint, ComplaintOutcome, ComplaintRepository, ComplaintScope } from './complaint.repository.ts';
import { operatedPlatformIds } from './operated-platforms.ts';
import { complaintDeadline, complaintOverdue } from './tco-periods.ts';

export const COMPLAINT_RECEIVED_NOTIFICATION = 'complaint.received';
export const COMPLAINT_DECIDED_NOTIFICATION = 'complaint.decided';
export const MAX_COMPLAINTS_LISTED = 500;
/** A complaint is about content the recipient removed or disabled, and not yet restored. */
export const COMPLAINABLE_STATES: readonly ReferralState[] = ['removed', 'geo_blocked', 'closed'];

/** A complaint with its deadline as of now. */
export type ComplaintView = Complaint & { overdue: boolean; decidedLate: boolean };

export interface NewComplaint {
  /** When the platform received it; defaults to now, never in the future. */
  receivedAt?: Date | null;
  /** The platform's own reference (a ticket number); not shown to the referring organisation. */
  complainantReference?: string | null;
  grounds?: string | null;
}

export interface ComplaintListFilter {
  referralId?: number | null;
  platformId?: number | null;
  status?: 'open' | 'decided' | null;
  overdue?: boolean;
  beforeId?: number | null;
  limit?: number;
}

type Deps = {
  db: Database;
  repository: ComplaintRepository;
  platforms: Pick<PlatformService, 'listOperatedByOwnOrganisation'>;
  referrals: Pick<ReferralService, 'restore' | 'get'>;
  notifications: Pick<NotificationService, 'notify'>;
  audit: AuditTrail;
  clock: Clock;
};

export class ComplaintService {
  constructor(private readonly deps: Deps) {}

  async create(ctx: RequestContext, referralId: number, input: NewComplaint): Promise<ComplaintView> {
    const platformIds = await operatedPlatformIds(this.deps.platforms, ctx);
    const org = actingOrganisation(ctx);
    const { db, repository, audit, clock, notifications } = this.deps;
    try {
      return await db.transaction(async (tx) => {
        const now = clock.now();
        const referral = await repository.lockReferral(tx, platformIds, referralId);
        if (!referral) throw new AppError('NOT_FOUND');
        if (!COMPLAINABLE_STATES.includes(referral.state)) throw new AppError('COMPLAINT_NOT_ALLOWED', undefined, { state: referral.state });
        const receivedAt = input.receivedAt ?? now;
        if (receivedAt.getTime() > now.getTime()) throw new AppError('VALIDATION_FAILED', 'receivedAt is in the future.');
        if (referral.answeredAt && receivedAt.getTime() < referral.answeredAt.getTime()) throw new AppError('VALIDATION_FAILED', 'receivedAt is before the content was removed.');
        if (await repository.hasOpen(tx, referral.id)) throw new AppError('COMPLAINT_ALREADY_OPEN');
        const deadlineAt = complaintDeadline(receivedAt);
        const id = await repository.insert(tx, { referralId: referral.id, platformId: referral.platformId, organisationId: org, complainantReference: input.complainantReference ?? null, grounds: input.grounds ?? null, receivedAt, deadlineAt, recordedByLabel: ctx.actor.label }, now);
        const summary = { complaintId: id, referralId: referral.id, platformId: referral.platformId, referenceNumber: referral.referenceNumber, receivedAt: receivedAt.toISOString(), deadlineAt: deadlineAt.toISOString() };
        await audit.record(tx, ctx, { action: 'complaint.received', targetType: 'complaint', targetId: id, after: summary });
        await notifications.notify(tx, referral.organisationId, COMPLAINT_RECEIVED_NOTIFICATION, summary);
        return this.#view((await repository.find({ platformIds }, id, tx))!);
      });
    } catch (error) {
      if (pgErrorCode(error) === PG_UNIQUE_VIOLATION) throw new AppError('COMPLAINT_ALREADY_OPEN');
      throw error;
    }
  }

  /** Upheld: the content is restored (the referral moves to `restored`); dismissed: the removal stands. */
  async decide(ctx: RequestContext, id: number, decision: { outcome: ComplaintOutcome; reason: string }): Promise<ComplaintView> {
    const platformIds = await operatedPlatformIds(this.deps.platforms, ctx);
    const reason = decision.reason.trim();
    if (!reason) throw new AppError('VALIDATION_FAILED', 'A decision needs its reason.');
    const scope: ComplaintScope = { platformIds };
    const { db, repository, audit, clock, notifications, referrals } = this.deps;
    const found = await repository.find(scope, id);
    if (!found) throw new AppError('NOT_FOUND');
    return db.transaction(async (tx) => {
      // The referral first, as when a complaint is recorded, so the two never wait on each other.
      await repository.lockReferral(tx, platformIds, found.referralId);
      const before = await repository.find(scope, id, tx, true);
      if (!before) throw new AppError('NOT_FOUND');
      if (before.outcome) throw new AppError('COMPLAINT_ALREADY_DECIDED');
      const restored = decision.outcome === 'upheld';
      if (restored) await referrals.restore(tx, ctx, platformIds, before.referralId, reason);
      const now = clock.now();
      await repository.decide(tx, id, { outcome: decision.outcome, reason, decidedByLabel: ctx.actor.label }, now);
      const summary = { complaintId: id, referralId: before.referralId, platformId: before.platformId, referenceNumber: before.referenceNumber, outcome: decision.outcome, restored, decidedAt: now.toISOString(), deadlineAt: before.deadlineAt.toISOString() };
      await audit.record(tx, ctx, { action: 'complaint.decided', targetType: 'complaint', targetId: id, after: summary, details: { reason } });
      await notifications.notify(tx, before.referralOrganisationId, COMPLAINT_DECIDED_NOTIFICATION, summary);
      return this.#view((await repository.find(scope, id, tx))!);
    });
  }

  /** Complaints about content removed from the platforms the caller's organisation operates, newest first. */
  async list(ctx: RequestContext, filter: ComplaintListFilter = {}): Promise<ComplaintView[]> {
    const platformIds = await operatedPlatformIds(this.deps.platforms, ctx);
    return this.#list({ platformIds }, filter);
  }

  /** Complaints about one of the caller's organisation's referrals. */
  async listForReferral(ctx: RequestContext, referralId: number): Promise<ComplaintView[]> {
    await this.deps.referrals.get(ctx, referralId);
    return this.#list({ referringOrganisationId: actingOrganisation(ctx) }, { referralId });
  }

  /** Adds the two-week deadline as of now. */
  #view(c: Complaint): ComplaintView {
    return { ...c, overdue: complaintOverdue(c, this.deps.clock.now()), decidedLate: c.decidedAt !== null && c.decidedAt.getTime() > c.deadlineAt.getTime() };
  }

  async #list(scope: ComplaintScope, filter: ComplaintListFilter): Promise<ComplaintView[]> {
    const limit = Math.max(1, Math.min(filter.limit ?? MAX_COMPLAINTS_LISTED, MAX_COMPLAINTS_LISTED));
    const list = await this.deps.repository.list(scope, {
      referralId: filter.referralId ?? null,
      platformId: filter.platformId ?? null,
      status: filter.status ?? null,
      overdueAt: filter.overdue ? this.deps.clock.now() : null,
      beforeId: filter.beforeId ?? null,
      limit,
    });
    return list.map((c) => this.#view(c));
  }
}
