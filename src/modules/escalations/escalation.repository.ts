// SQL for escalations and for the evidence bundle's referral history. Every read is scoped to the
// referring organisation: an organisation's referrals to a platform are its own.
import type { Queryable } from '../../core/db/index.ts';
import type { ReferralState } from '../referrals/referral-states.ts';
import type { ReferralKind, RejectReason } from '../referrals/referral.model.ts';
import type { Escalation, EscalationGrounds, HistoryEntry, HistorySummary } from './escalation.model.ts';

interface EscalationRow {
  referral_id: number;
  original_referral_id: number;
  provider_id: number;
  grounds: EscalationGrounds;
  reason: string | null;
  created_by_label: string;
  created_at: Date;
  state: ReferralState;
}

const toEscalation = (r: EscalationRow): Escalation => ({
  referralId: r.referral_id,
  originalReferralId: r.original_referral_id,
  providerId: r.provider_id,
  grounds: r.grounds,
  reason: r.reason,
  createdBy: r.created_by_label,
  createdAt: r.created_at,
  state: r.state,
});

const SELECT = 'select e.*, r.state from referral_escalations e join referrals r on r.id = e.referral_id';

/** A removal order whose hour ran out before its answer (or that is still unanswered past it). */
const OVERDUE = `(r.overdue_notified_at is not null or (r.kind = 'removal_order' and r.deadline_at is not null and r.paused_at is null and coalesce(r.answered_at, $3) > r.deadline_at))`;

export class EscalationRepository {
  constructor(private readonly db: Queryable) {}

  async insert(tx: Queryable, e: { referralId: number; originalReferralId: number; organisationId: number; providerId: number; grounds: EscalationGrounds; reason: string | null; createdBy: string }, now: Date): Promise<void> {
    await tx.query(
      `insert into referral_escalations (referral_id, original_referral_id, organisation_id, provider_id, grounds, reason, created_by_label, created_at)
       values ($1, $2, $3, $4, $5, $6, $7, $8)`,
      [e.referralId, e.originalReferralId, e.organisationId, e.providerId, e.grounds, e.reason, e.createdBy, now],
    );
  }

  /** The escalations made from one referral of the organisation, oldest first. */
  async listFrom(organisationId: number, originalReferralId: number): Promise<Escalation[]> {
    const { rows } = await this.db.query<EscalationRow>(`${SELECT} where e.organisation_id = $1 and e.original_referral_id = $2 order by e.referral_id`, [organisationId, originalReferralId]);
    return rows.map(toEscalation);
  }

  /** The escalation that created the referral, if it was one. */
  async findFor(organisationId: number, referralId: number, db: Queryable = this.db): Promise<Escalation | null> {
    const { rows } = await db.query<EscalationRow>(`${SELECT} where e.organisation_id = $1 and e.referral_id = $2`, [organisationId, referralId]);
    return rows[0] ? toEscalation(rows[0]) : null;
  }

  /** The organisation's referrals to the platform (addressed to the platform itself), newest first, and their totals. */
  async platformHistory(organisationId: number, platformId: number, now: Date, limit: number): Promise<{ summary: HistorySummary; referrals: HistoryEntry[] }> {
    const where = `r.organisation_id = $1 and r.platform_id = $2 and r.recipient_kind = 'platform' and r.state <> 'withdrawn'`;
    const [list, totals] = await Promise.all([
      this.db.query<{ id: number; kind: ReferralKind; state: ReferralState; created_at: Date; received_at: Date | null; answered_at: Date | null; reject_reason: RejectReason | null; closed_at: Date | null; overdue: boolean }>(
        `select r.id, r.kind, r.state, r.created_at, r.received_at, r.answered_at, r.reject_reason, r.closed_at, ${OVERDUE} as overdue
           from referrals r where ${where} order by r.id desc limit $4`,
        [organisationId, platformId, now, limit],
      ),
      this.db.query<HistorySummary>(
        `select count(*)::int as referrals,
                count(*) filter (where r.received_at is not null)::int as sent,
                count(*) filter (where r.answered_at is not null)::int as answered,
                count(*) filter (where r.received_at is not null and r.answered_at is null and r.closed_at is null)::int as unanswered,
                count(*) filter (where exists (select 1 from referral_events e where e.referral_id = r.id and e.event in ('remove', 'geo_block')))::int as removed,
                count(*) filter (where r.reject_reason is not null)::int as rejected,
                count(*) filter (where ${OVERDUE})::int as overdue
           from referrals r where ${where}`,
        [organisationId, platformId, now],
      ),
    ]);
    return {
      summary: totals.rows[0]!,
      referrals: list.rows.map((r) => ({ referralId: r.id, kind: r.kind, state: r.state, createdAt: r.created_at, sentAt: r.received_at, answeredAt: r.answered_at, rejectReason: r.reject_reason, closedAt: r.closed_at, overdue: r.overdue })),
    };
  }
}
