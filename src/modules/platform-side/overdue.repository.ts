// SQL for the overdue sweep: removal orders whose hour ran out with no answer, not yet flagged,
// and the notifications that flag them to both sides.
import type { Queryable } from '../../core/db/index.ts';

export interface OverdueOrder {
  id: number;
  organisationId: number;
  platformId: number | null;
  operatorOrganisationId: number | null;
  referenceNumber: string | null;
  deadlineAt: Date;
}

export class OverdueRepository {
  /**
   * Locks up to `limit` orders overdue at `now`: received, unanswered, not paused (the stored
   * deadline already includes the finished pauses), past the deadline, not yet notified. Skips
   * rows another sweep holds, so concurrent workers flag each order once.
   */
  async claimOverdue(tx: Queryable, now: Date, limit: number): Promise<OverdueOrder[]> {
    const { rows } = await tx.query<{ id: number; organisation_id: number; platform_id: number | null; operator_organisation_id: number | null; reference_number: string | null; deadline_at: Date }>(
      `select r.id, r.organisation_id, r.platform_id, coalesce(p.operator_organisation_id, ip.operator_organisation_id) as operator_organisation_id, r.reference_number, r.deadline_at
         from referrals r
         -- The recipient's operator: the platform's, or for an escalation the provider's (never the platform's).
         left join platforms p on p.id = r.platform_id and r.recipient_kind = 'platform'
         left join infrastructure_providers ip on ip.id = r.infrastructure_provider_id and r.recipient_kind = 'infrastructure_provider'
        where r.kind = 'removal_order' and r.received_at is not null and r.answered_at is null and r.overdue_notified_at is null
          and r.paused_at is null and r.closed_at is null and r.deadline_at < $1
        order by r.deadline_at limit $2 for update of r skip locked`,
      [now, limit],
    );
    return rows.map((r) => ({ id: r.id, organisationId: r.organisation_id, platformId: r.platform_id, operatorOrganisationId: r.operator_organisation_id, referenceNumber: r.reference_number, deadlineAt: r.deadline_at }));
  }

  async markNotified(tx: Queryable, id: number, now: Date): Promise<void> {
    await tx.query('update referrals set overdue_notified_at = $2 where id = $1', [id, now]);
  }

  async notify(tx: Queryable, organisationId: number, kind: string, payload: Record<string, unknown>, now: Date): Promise<void> {
    await tx.query('insert into notifications (organisation_id, kind, payload, created_at) values ($1, $2, $3::jsonb, $4)', [organisationId, kind, JSON.stringify(payload), now]);
  }
}
