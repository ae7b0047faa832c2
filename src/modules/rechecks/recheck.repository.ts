// SQL for re-checks: the schedules, the checks and the flags, and the one read of a referral (with
// its item's canonical URL) a check needs. Reads on a caller's behalf are scoped to the referring
// organisation; `null` as the organisation is for Vigil itself (the scheduled checks).
import type { Queryable } from '../../core/db/index.ts';
import type { ReferralState } from '../referrals/referral-states.ts';
import type { FetchHop } from './fetcher.ts';
import type { CheckErrorCode, FlagKind, Schedule, SchedulePhase, Verdict } from './recheck-rules.ts';
import type { CheckTarget, CheckTrigger, FlaggedReferral, ReferralCheck, ReferralFlag, StoredSchedule } from './recheck.model.ts';

interface CheckRow {
  id: number;
  referral_id: number;
  organisation_id: number;
  trigger: CheckTrigger;
  referral_state: ReferralState;
  url: string;
  final_url: string;
  http_status: number | null;
  hops: FetchHop[];
  bytes_read: number;
  truncated: boolean;
  body_sha256: string | null;
  duration_ms: number;
  verdict: Verdict;
  reason: string;
  error_code: CheckErrorCode | null;
  error_detail: string | null;
  requested_by_label: string;
  checked_at: Date;
}

const toCheck = (r: CheckRow): ReferralCheck => ({
  id: r.id,
  referralId: r.referral_id,
  organisationId: r.organisation_id,
  trigger: r.trigger,
  referralState: r.referral_state,
  url: r.url,
  finalUrl: r.final_url,
  httpStatus: r.http_status,
  hops: r.hops,
  bytesRead: r.bytes_read,
  truncated: r.truncated,
  bodySha256: r.body_sha256,
  durationMs: r.duration_ms,
  verdict: r.verdict,
  reason: r.reason,
  errorCode: r.error_code,
  errorDetail: r.error_detail,
  requestedBy: r.requested_by_label,
  checkedAt: r.checked_at,
});

interface FlagRow {
  id: number;
  referral_id: number;
  kind: FlagKind;
  check_id: number;
  raised_at: Date;
  resolved_at: Date | null;
  resolved_by_check_id: number | null;
}

const toFlag = (r: FlagRow): ReferralFlag => ({ id: r.id, referralId: r.referral_id, kind: r.kind, checkId: r.check_id, raisedAt: r.raised_at, resolvedAt: r.resolved_at, resolvedByCheckId: r.resolved_by_check_id });

interface ScheduleRow {
  referral_id: number;
  phase: SchedulePhase;
  phase_since: Date;
  next_check_at: Date | null;
  checks: number;
  last_checked_at: Date | null;
  last_verdict: Verdict | null;
}

const toSchedule = (r: ScheduleRow): StoredSchedule => ({ referralId: r.referral_id, phase: r.phase, phaseSince: r.phase_since, nextCheckAt: r.next_check_at, checks: r.checks, lastCheckedAt: r.last_checked_at, lastVerdict: r.last_verdict });

export type NewCheck = Omit<ReferralCheck, 'id'>;

export class RecheckRepository {
  constructor(private readonly db: Queryable) {}

  /** The referral (the organisation's, or any with null) with its item's URL; locked with forUpdate. */
  async target(organisationId: number | null, referralId: number, db: Queryable = this.db, forUpdate = false): Promise<CheckTarget | null> {
    const { rows } = await db.query<{ id: number; organisation_id: number; item_id: number; platform_id: number | null; state: ReferralState; url: string }>(
      `select r.id, r.organisation_id, r.item_id, r.platform_id, r.state, i.url
         from referrals r join items i on i.id = r.item_id
        where ($1::bigint is null or r.organisation_id = $1) and r.id = $2${forUpdate ? ' for update of r' : ''}`,
      [organisationId, referralId],
    );
    const r = rows[0];
    return r ? { referralId: r.id, organisationId: r.organisation_id, itemId: r.item_id, platformId: r.platform_id, state: r.state, url: r.url } : null;
  }

  /**
   * Takes up to `limit` schedules due at `now` and moves their next check to `leaseUntil`, so the
   * next sweep does not queue them again while their check runs (the check sets the real next
   * time; a lost check is queued again once the lease has passed). Skips rows another sweep holds.
   */
  async claimDue(tx: Queryable, now: Date, leaseUntil: Date, limit: number): Promise<number[]> {
    const { rows } = await tx.query<{ referral_id: number }>(
      `update recheck_schedules set next_check_at = $2, updated_at = $1
        where referral_id in (select referral_id from recheck_schedules where next_check_at <= $1 order by next_check_at limit $3 for update skip locked)
        returning referral_id`,
      [now, leaseUntil, limit],
    );
    return rows.map((r) => r.referral_id);
  }

  async schedule(referralId: number, db: Queryable = this.db): Promise<StoredSchedule | null> {
    const { rows } = await db.query<ScheduleRow>('select * from recheck_schedules where referral_id = $1', [referralId]);
    return rows[0] ? toSchedule(rows[0]) : null;
  }

  /** Creates or replaces the schedule; with a verdict, also counts the check it follows. */
  async saveSchedule(tx: Queryable, referralId: number, organisationId: number, s: Schedule, now: Date, checked: { verdict: Verdict } | null = null): Promise<void> {
    await tx.query(
      `insert into recheck_schedules (referral_id, organisation_id, phase, phase_since, next_check_at, checks, last_checked_at, last_verdict, updated_at)
       values ($1, $2, $3, $4, $5, case when $6::text is null then 0 else 1 end, case when $6::text is null then null else $7::timestamptz end, $6, $7)
       on conflict (referral_id) do update set
         phase = excluded.phase, phase_since = excluded.phase_since, next_check_at = excluded.next_check_at,
         checks = recheck_schedules.checks + excluded.checks,
         last_checked_at = coalesce(excluded.last_checked_at, recheck_schedules.last_checked_at),
         last_verdict = coalesce(excluded.last_verdict, recheck_schedules.last_verdict),
         updated_at = excluded.updated_at`,
      [referralId, organisationId, s.phase, s.phaseSince, s.nextCheckAt, checked?.verdict ?? null, now],
    );
  }

  async insertCheck(tx: Queryable, c: NewCheck): Promise<ReferralCheck> {
    const { rows } = await tx.query<CheckRow>(
      `insert into referral_checks (referral_id, organisation_id, trigger, referral_state, url, final_url, http_status, hops, bytes_read, truncated, body_sha256,
         duration_ms, verdict, reason, error_code, error_detail, requested_by_label, checked_at)
       values ($1, $2, $3, $4, $5, $6, $7, $8::jsonb, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18) returning *`,
      [c.referralId, c.organisationId, c.trigger, c.referralState, c.url, c.finalUrl, c.httpStatus, JSON.stringify(c.hops), c.bytesRead, c.truncated, c.bodySha256,
        c.durationMs, c.verdict, c.reason, c.errorCode, c.errorDetail, c.requestedBy, c.checkedAt],
    );
    return toCheck(rows[0]!);
  }

  async listChecks(referralId: number, filter: { beforeId: number | null; limit: number }): Promise<ReferralCheck[]> {
    const { rows } = await this.db.query<CheckRow>(
      'select * from referral_checks where referral_id = $1 and ($2::bigint is null or id < $2) order by id desc limit $3',
      [referralId, filter.beforeId, filter.limit],
    );
    return rows.map(toCheck);
  }

  /** Raises a flag unless one of the kind is open on the referral; returns it, or null when one was. */
  async raiseFlag(tx: Queryable, f: { referralId: number; organisationId: number; kind: FlagKind; checkId: number }, now: Date): Promise<ReferralFlag | null> {
    const { rows } = await tx.query<FlagRow>(
      `insert into referral_flags (referral_id, organisation_id, kind, check_id, raised_at) values ($1, $2, $3, $4, $5)
       on conflict (referral_id, kind) where resolved_at is null do nothing returning *`,
      [f.referralId, f.organisationId, f.kind, f.checkId, now],
    );
    return rows[0] ? toFlag(rows[0]) : null;
  }

  /** Resolves the open flag of the kind, if any, by the check; returns what it resolved. */
  async resolveFlags(tx: Queryable, referralId: number, kind: FlagKind, checkId: number, now: Date): Promise<ReferralFlag[]> {
    const { rows } = await tx.query<FlagRow>(
      'update referral_flags set resolved_at = $4, resolved_by_check_id = $3 where referral_id = $1 and kind = $2 and resolved_at is null returning *',
      [referralId, kind, checkId, now],
    );
    return rows.map(toFlag);
  }

  async flagsOf(referralId: number, db: Queryable = this.db): Promise<ReferralFlag[]> {
    const { rows } = await db.query<FlagRow>('select * from referral_flags where referral_id = $1 order by id desc', [referralId]);
    return rows.map(toFlag);
  }

  async listFlagged(organisationId: number, filter: { open: boolean; kind: FlagKind | null; beforeId: number | null; limit: number }): Promise<FlaggedReferral[]> {
    const { rows } = await this.db.query<FlagRow & { item_id: number; platform_id: number | null; url: string; state: ReferralState }>(
      `select f.*, r.item_id, r.platform_id, r.state, i.url
         from referral_flags f join referrals r on r.id = f.referral_id join items i on i.id = r.item_id
        where f.organisation_id = $1 and (not $2 or f.resolved_at is null) and ($3::text is null or f.kind = $3) and ($4::bigint is null or f.id < $4)
        order by f.id desc limit $5`,
      [organisationId, filter.open, filter.kind, filter.beforeId, filter.limit],
    );
    return rows.map((r) => ({ ...toFlag(r), itemId: r.item_id, platformId: r.platform_id, url: r.url, referralState: r.state }));
  }
}
