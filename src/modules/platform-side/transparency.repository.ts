// SQL for the Art. 7(3) transparency report: referrals and removal orders addressed to one platform
// and received in a period, grouped by how they were answered; complaints received in the period by
// outcome; restorations made in the period. Optionally only one referring organisation's.
import type { Queryable } from '../../core/db/index.ts';
import type { RejectReason } from '../referrals/referral.model.ts';
import type { ComplaintCount, OutcomeCount } from './transparency-report.ts';

export interface ReportQuery {
  platformId: number;
  from: Date;
  to: Date;
  /** Only this referring organisation's referrals; null for all. */
  referringOrganisationId: number | null;
}

export class TransparencyRepository {
  constructor(private readonly db: Queryable) {}

  /**
   * One row per kind, outcome, reject reason and timeliness. The outcome is the first removal or
   * geo-block when there was one (whatever came after, a restoration included), else where the
   * referral stands. In time: answered by the stored deadline (receipt + 1 hour + finished pauses).
   */
  async outcomes(q: ReportQuery): Promise<OutcomeCount[]> {
    const { rows } = await this.db.query<{ kind: OutcomeCount['kind']; outcome: OutcomeCount['outcome']; reject_reason: RejectReason | null; in_time: boolean | null; n: number }>(
      `select r.kind,
              case when a.event is not null then a.event
                   when r.state in ('rejected', 'force_majeure', 'clarification_requested') then r.state
                   else 'pending' end as outcome,
              case when a.event is null and r.state = 'rejected' then r.reject_reason end as reject_reason,
              case when a.event is not null and r.kind = 'removal_order' then a.at <= r.deadline_at end as in_time,
              count(*)::int as n
         from referrals r
         left join lateral (select e.event, e.at from referral_events e where e.referral_id = r.id and e.event in ('remove', 'geo_block') order by e.id limit 1) a on true
        where r.recipient_kind = 'platform' and r.platform_id = $1 and r.received_at >= $2 and r.received_at < $3
          and ($4::bigint is null or r.organisation_id = $4)
        group by 1, 2, 3, 4`,
      [q.platformId, q.from, q.to, q.referringOrganisationId],
    );
    return rows.map((r) => ({ kind: r.kind, outcome: r.outcome, rejectReason: r.reject_reason, inTime: r.in_time, count: r.n }));
  }

  /** Complaints received in the period, by outcome; overdue: undecided past the deadline at `now`. */
  async complaints(q: ReportQuery, now: Date): Promise<ComplaintCount[]> {
    const { rows } = await this.db.query<{ outcome: ComplaintCount['outcome']; overdue: boolean; late: boolean; n: number }>(
      `select c.outcome, (c.outcome is null and c.deadline_at < $5) as overdue, coalesce(c.decided_at > c.deadline_at, false) as late, count(*)::int as n
         from complaints c join referrals r on r.id = c.referral_id
        where c.platform_id = $1 and r.recipient_kind = 'platform' and c.received_at >= $2 and c.received_at < $3
          and ($4::bigint is null or r.organisation_id = $4)
        group by 1, 2, 3`,
      [q.platformId, q.from, q.to, q.referringOrganisationId, now],
    );
    return rows.map((r) => ({ outcome: r.outcome, overdue: r.overdue, late: r.late, count: r.n }));
  }

  /** Referrals whose content was restored (after an upheld complaint) in the period. */
  async restored(q: ReportQuery): Promise<number> {
    const { rows } = await this.db.query<{ n: number }>(
      `select count(*)::int as n from referral_events e join referrals r on r.id = e.referral_id
        where e.event = 'restore' and r.recipient_kind = 'platform' and r.platform_id = $1 and e.at >= $2 and e.at < $3
          and ($4::bigint is null or r.organisation_id = $4)`,
      [q.platformId, q.from, q.to, q.referringOrganisationId],
    );
    return rows[0]!.n;
  }
}
