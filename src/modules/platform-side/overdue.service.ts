// The overdue sweep, run by the `referrals.overdue` job on a schedule: each removal order whose
// hour ran out without an answer is flagged once, with a `referral.overdue` notification to the
// referring organisation and to the organisation operating the platform, in one transaction with
// the flag and its audit event. Reads compute `overdue` themselves; this only tells people.
import type { AuditTrail } from '../../core/audit/index.ts';
import { systemContext } from '../../core/auth/principal.ts';
import type { Clock } from '../../core/clock/clock.ts';
import type { Database } from '../../core/db/index.ts';
import type { OverdueRepository } from './overdue.repository.ts';

export const OVERDUE_NOTIFICATION = 'referral.overdue';
/** Orders flagged per transaction; the sweep repeats until none are left. */
const BATCH = 100;

export class OverdueSweep {
  constructor(private readonly deps: { db: Database; repository: OverdueRepository; audit: AuditTrail; clock: Clock }) {}

  /** Flags every order overdue now; returns how many. */
  async run(): Promise<number> {
    const { db, repository, audit, clock } = this.deps;
    const ctx = systemContext('overdue sweep');
    let total = 0;
    for (;;) {
      const flagged = await db.transaction(async (tx) => {
        const now = clock.now();
        const orders = await repository.claimOverdue(tx, now, BATCH);
        for (const o of orders) {
          const payload = { referralId: o.id, platformId: o.platformId, referenceNumber: o.referenceNumber, deadlineAt: o.deadlineAt.toISOString() };
          await repository.notify(tx, o.organisationId, OVERDUE_NOTIFICATION, payload, now);
          if (o.operatorOrganisationId !== null && o.operatorOrganisationId !== o.organisationId) await repository.notify(tx, o.operatorOrganisationId, OVERDUE_NOTIFICATION, payload, now);
          await repository.markNotified(tx, o.id, now);
          await audit.record(tx, ctx, { action: 'referral.overdue', targetType: 'referral', targetId: o.id, organisationId: o.organisationId, details: payload });
        }
        return orders.length;
      });
      total += flagged;
      if (flagged < BATCH) return total;
    }
  }
}
