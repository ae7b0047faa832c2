// Referral figures of one operation: referrals by state, removals and time to removal, and each
// platform's responsiveness (how many referrals it answered and how fast). Removal is counted
// from the timeline, so a referral that was removed and later closed still counts as removed; one
// whose content was restored after an upheld complaint (state `restored`) does not: it counts as
// sent and answered, and in `restored`, but not in the removals, the removal rate or the time to
// removal.
import type { Queryable } from '../../core/db/index.ts';

export interface ReferralFigures {
  byState: Record<string, number>;
  /** Referrals that reached the platform (sent or later). */
  sent: number;
  /** Removed and not restored since. */
  removed: number;
  /** Removed, then restored after an upheld complaint. */
  restored: number;
  removalRate: number | null;
  medianSecondsToRemoval: number | null;
  perPlatform: Array<{ platformId: number; referrals: number; answered: number; removed: number; medianHoursToFirstAnswer: number | null; medianHoursToRemoval: number | null }>;
}

const NOT_YET_SENT = `('proposed', 'approved', 'withdrawn')`;
const ANSWERS = `('acknowledged', 'removed', 'geo_blocked', 'rejected', 'clarification_requested')`;
const RESTORED = `'restored'`;

export class OperationReferralFiguresRepository {
  constructor(private readonly db: Queryable) {}

  async referralFigures(operationId: number): Promise<ReferralFigures> {
    const [states, removal, perPlatform] = await Promise.all([
      this.db.query<{ state: string; n: number }>('select state, count(*)::int as n from referrals where operation_id = $1 group by state', [operationId]),
      this.db.query<{ sent: number; removed: number; restored: number; median: number | null }>(
        `with removed as (
           select r.id, min(e.at) - coalesce(r.received_at, r.approved_at, r.created_at) as took
             from referrals r join referral_events e on e.referral_id = r.id and e.to_state = 'removed'
            where r.operation_id = $1 and r.state <> ${RESTORED} group by r.id
         )
         select (select count(*)::int from referrals where operation_id = $1 and state not in ${NOT_YET_SENT}) as sent,
                (select count(*)::int from removed) as removed,
                (select count(*)::int from referrals where operation_id = $1 and state = ${RESTORED}) as restored,
                (select percentile_cont(0.5) within group (order by extract(epoch from took)) from removed) as median`,
        [operationId],
      ),
      this.db.query<{ platform_id: number; referrals: number; answered: number; removed: number; first_answer: number | null; to_removal: number | null }>(
        `with per_referral as (
           select r.id, r.platform_id, coalesce(r.received_at, r.approved_at, r.created_at) as start,
                  min(e.at) filter (where e.to_state in ${ANSWERS}) as first_answer,
                  min(e.at) filter (where e.to_state = 'removed' and r.state <> ${RESTORED}) as removed_at
             from referrals r left join referral_events e on e.referral_id = r.id
            where r.operation_id = $1 and r.platform_id is not null and r.state not in ${NOT_YET_SENT}
            group by r.id
         )
         select platform_id, count(*)::int as referrals, count(first_answer)::int as answered, count(removed_at)::int as removed,
                percentile_cont(0.5) within group (order by extract(epoch from first_answer - start) / 3600) as first_answer,
                percentile_cont(0.5) within group (order by extract(epoch from removed_at - start) / 3600) as to_removal
           from per_referral group by platform_id order by 2 desc, 1`,
        [operationId],
      ),
    ]);
    const r = removal.rows[0]!;
    return {
      byState: Object.fromEntries(states.rows.map((s) => [s.state, s.n])),
      sent: r.sent,
      removed: r.removed,
      restored: r.restored,
      removalRate: r.sent > 0 ? r.removed / r.sent : null,
      medianSecondsToRemoval: r.median === null ? null : Number(r.median),
      perPlatform: perPlatform.rows.map((p) => ({
        platformId: p.platform_id,
        referrals: p.referrals,
        answered: p.answered,
        removed: p.removed,
        medianHoursToFirstAnswer: p.first_answer === null ? null : Number(p.first_answer),
        medianHoursToRemoval: p.to_removal === null ? null : Number(p.to_removal),
      })),
    };
  }
}
