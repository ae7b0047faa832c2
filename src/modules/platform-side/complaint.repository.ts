// SQL for complaints (TCO Art. 10): recorded by a platform's liaison against a referral to one of
// the platforms its organisation operates, decided within two weeks. Reads are scoped to the
// operated platforms or to the referring organisation.
import type { Queryable } from '../../core/db/index.ts';
import type { ReferralState } from '../referrals/referral-states.ts';

export type ComplaintOutcome = 'upheld' | 'dismissed';

export interface Complaint {
  id: number;
  referralId: number;
  referralOrganisationId: number;
  referenceNumber: string | null;
  platformId: number;
  organisationId: number;
  complainantReference: string | null;
  grounds: string | null;
  receivedAt: Date;
  deadlineAt: Date;
  outcome: ComplaintOutcome | null;
  decisionReason: string | null;
  decidedAt: Date | null;
  decidedByLabel: string | null;
  recordedByLabel: string;
  createdAt: Date;
}

/** The referral a complaint is about, as its recipient sees it. */
export interface ComplainedReferral {
  id: number;
  organisationId: number;
  platformId: number;
  state: ReferralState;
  referenceNumber: string | null;
  answeredAt: Date | null;
}

export type ComplaintScope = { platformIds: number[] } | { referringOrganisationId: number };

interface Row {
  id: number;
  referral_id: number;
  referral_organisation_id: number;
  reference_number: string | null;
  platform_id: number;
  organisation_id: number;
  complainant_reference: string | null;
  grounds: string | null;
  received_at: Date;
  deadline_at: Date;
  outcome: ComplaintOutcome | null;
  decision_reason: string | null;
  decided_at: Date | null;
  decided_by_label: string | null;
  recorded_by_label: string;
  created_at: Date;
}

const toComplaint = (r: Row): Complaint => ({
  id: r.id,
  referralId: r.referral_id,
  referralOrganisationId: r.referral_organisation_id,
  referenceNumber: r.reference_number,
  platformId: r.platform_id,
  organisationId: r.organisation_id,
  complainantReference: r.complainant_reference,
  grounds: r.grounds,
  receivedAt: r.received_at,
  deadlineAt: r.deadline_at,
  outcome: r.outcome,
  decisionReason: r.decision_reason,
  decidedAt: r.decided_at,
  decidedByLabel: r.decided_by_label,
  recordedByLabel: r.recorded_by_label,
  createdAt: r.created_at,
});

// $1: the operated platforms, or $2: the referring organisation.
const SCOPED = `select c.*, r.organisation_id as referral_organisation_id, r.reference_number
  from complaints c join referrals r on r.id = c.referral_id
  where (case when $2::bigint is null then r.recipient_kind = 'platform' and c.platform_id = any($1::bigint[]) else r.organisation_id = $2 end)`;

const scopeParams = (s: ComplaintScope): [number[], number | null] => ('platformIds' in s ? [s.platformIds, null] : [[], s.referringOrganisationId]);

export interface ComplaintFilter {
  referralId: number | null;
  platformId: number | null;
  status: 'open' | 'decided' | null;
  /** Only undecided complaints past their deadline at `now`. */
  overdueAt: Date | null;
  beforeId: number | null;
  limit: number;
}

export class ComplaintRepository {
  constructor(private readonly db: Queryable) {}

  /** Locks a referral sent to one of the platforms (addressed to the platform itself). */
  async lockReferral(tx: Queryable, platformIds: number[], referralId: number): Promise<ComplainedReferral | null> {
    const { rows } = await tx.query<{ id: number; organisation_id: number; platform_id: number; state: ReferralState; reference_number: string | null; answered_at: Date | null }>(
      `select id, organisation_id, platform_id, state, reference_number, answered_at from referrals
        where id = $1 and recipient_kind = 'platform' and platform_id = any($2::bigint[]) and received_at is not null for update`,
      [referralId, platformIds],
    );
    const r = rows[0];
    return r ? { id: r.id, organisationId: r.organisation_id, platformId: r.platform_id, state: r.state, referenceNumber: r.reference_number, answeredAt: r.answered_at } : null;
  }

  async hasOpen(tx: Queryable, referralId: number): Promise<boolean> {
    const { rows } = await tx.query('select 1 from complaints where referral_id = $1 and outcome is null', [referralId]);
    return rows.length > 0;
  }

  async insert(tx: Queryable, c: { referralId: number; platformId: number; organisationId: number; complainantReference: string | null; grounds: string | null; receivedAt: Date; deadlineAt: Date; recordedByLabel: string }, now: Date): Promise<number> {
    const { rows } = await tx.query<{ id: number }>(
      `insert into complaints (referral_id, platform_id, organisation_id, complainant_reference, grounds, received_at, deadline_at, recorded_by_label, created_at)
       values ($1, $2, $3, $4, $5, $6, $7, $8, $9) returning id`,
      [c.referralId, c.platformId, c.organisationId, c.complainantReference, c.grounds, c.receivedAt, c.deadlineAt, c.recordedByLabel, now],
    );
    return rows[0]!.id;
  }

  async find(scope: ComplaintScope, id: number, db: Queryable = this.db, forUpdate = false): Promise<Complaint | null> {
    const { rows } = await db.query<Row>(`${SCOPED} and c.id = $3${forUpdate ? ' for update of c' : ''}`, [...scopeParams(scope), id]);
    return rows[0] ? toComplaint(rows[0]) : null;
  }

  async list(scope: ComplaintScope, f: ComplaintFilter): Promise<Complaint[]> {
    const { rows } = await this.db.query<Row>(
      `${SCOPED} and ($3::bigint is null or c.referral_id = $3) and ($4::bigint is null or c.platform_id = $4)
         and ($5::text is null or ($5 = 'decided') = (c.outcome is not null))
         and ($6::timestamptz is null or (c.outcome is null and c.deadline_at < $6))
         and ($7::bigint is null or c.id < $7)
       order by c.id desc limit $8`,
      [...scopeParams(scope), f.referralId, f.platformId, f.status, f.overdueAt, f.beforeId, f.limit],
    );
    return rows.map(toComplaint);
  }

  async decide(tx: Queryable, id: number, d: { outcome: ComplaintOutcome; reason: string; decidedByLabel: string }, now: Date): Promise<void> {
    await tx.query('update complaints set outcome = $2, decision_reason = $3, decided_by_label = $4, decided_at = $5 where id = $1', [id, d.outcome, d.reason, d.decidedByLabel, now]);
  }
}
