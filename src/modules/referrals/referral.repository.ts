// SQL for referrals and their timeline. Reads on a caller's behalf are scoped to the referring
// organisation; `null` as the organisation is for Vigil itself (delivery and re-check jobs).
import type { Queryable } from '../../core/db/index.ts';
import type { ReferralEvent, ReferralState } from './referral-states.ts';
import type { ActorRef, ReceivedReferral, RecipientKind, Recipients, Referral, ReferralKind, RejectReason, RemovalOrderFields, RemovalOrderGround, TimelineEntry } from './referral.model.ts';

export interface ReferralRow {
  id: number;
  organisation_id: number;
  item_id: number;
  operation_id: number | null;
  platform_id: number | null;
  recipient_kind: RecipientKind;
  infrastructure_provider_id: number | null;
  kind: ReferralKind;
  state: ReferralState;
  proposed_by_type: ActorRef['type'];
  proposed_by_id: number | null;
  proposed_by_label: string;
  approved_by_member_id: number | null;
  approved_by_label: string | null;
  approved_at: Date | null;
  issuing_member_state: string | null;
  issuing_authority: string | null;
  reference_number: string | null;
  reasons: RemovalOrderGround[] | null;
  language: string | null;
  addressee_contact: string | null;
  additional_information: string | null;
  received_at: Date | null;
  deadline_at: Date | null;
  paused_at: Date | null;
  paused_total_ms: number;
  answered_at: Date | null;
  reject_reason: RejectReason | null;
  created_at: Date;
  updated_at: Date;
  closed_at: Date | null;
}

export const toReferral = (r: ReferralRow): Referral => ({
  id: r.id,
  organisationId: r.organisation_id,
  itemId: r.item_id,
  operationId: r.operation_id,
  platformId: r.platform_id,
  recipientKind: r.recipient_kind,
  infrastructureProviderId: r.infrastructure_provider_id,
  kind: r.kind,
  state: r.state,
  proposedBy: { type: r.proposed_by_type, id: r.proposed_by_id, label: r.proposed_by_label },
  approvedBy: r.approved_by_label,
  approvedByMemberId: r.approved_by_member_id,
  approvedAt: r.approved_at,
  removalOrder:
    r.kind === 'removal_order'
      ? { issuingMemberState: r.issuing_member_state!, issuingAuthority: r.issuing_authority!, referenceNumber: r.reference_number!, reasons: r.reasons ?? [], language: r.language!, addresseeContact: r.addressee_contact!, additionalInformation: r.additional_information }
      : null,
  receivedAt: r.received_at,
  deadlineAt: r.deadline_at,
  pausedAt: r.paused_at,
  pausedTotalMs: r.paused_total_ms,
  answeredAt: r.answered_at,
  rejectReason: r.reject_reason,
  createdAt: r.created_at,
  updatedAt: r.updated_at,
  closedAt: r.closed_at,
});

// Sent or later: a recipient never sees what has not left the referring organisation. A referral
// to an infrastructure provider is its provider's alone, never the platform's.
const RECEIVED = `select r.*, i.url as item_url from referrals r join items i on i.id = r.item_id
  where ((r.recipient_kind = 'platform' and r.platform_id = any($1::bigint[])) or (r.recipient_kind = 'infrastructure_provider' and r.infrastructure_provider_id = any($2::bigint[])))
    and r.received_at is not null and r.state not in ('proposed', 'approved', 'withdrawn')`;

const toReceived = (r: ReferralRow & { item_url: string }): ReceivedReferral => ({ ...toReferral(r), url: r.item_url });

export interface NewReferralRow {
  organisationId: number;
  itemId: number;
  operationId: number | null;
  platformId: number | null;
  recipientKind: RecipientKind;
  infrastructureProviderId: number | null;
  kind: ReferralKind;
  proposedBy: ActorRef;
  removalOrder: RemovalOrderFields | null;
}

export interface StatePatch {
  state: ReferralState;
  approvedBy?: { memberId: number; label: string };
  receivedAt?: Date;
  deadlineAt?: Date | null;
  pausedAt?: Date | null;
  pausedTotalMs?: number;
  answeredAt?: Date;
  rejectReason?: RejectReason | null;
  closed?: boolean;
}

export class ReferralRepository {
  constructor(private readonly db: Queryable) {}

  async insert(tx: Queryable, r: NewReferralRow, now: Date): Promise<number> {
    const o = r.removalOrder;
    const { rows } = await tx.query<{ id: number }>(
      `insert into referrals (organisation_id, item_id, operation_id, platform_id, recipient_kind, infrastructure_provider_id, kind, state,
         proposed_by_type, proposed_by_id, proposed_by_label, issuing_member_state, issuing_authority, reference_number, reasons, language,
         addressee_contact, additional_information, created_at, updated_at)
       values ($1, $2, $3, $4, $5, $6, $7, 'proposed', $8, $9, $10, $11, $12, $13, $14::text[], $15, $16, $17, $18, $18) returning id`,
      [r.organisationId, r.itemId, r.operationId, r.platformId, r.recipientKind, r.infrastructureProviderId, r.kind, r.proposedBy.type, r.proposedBy.id, r.proposedBy.label,
        o?.issuingMemberState ?? null, o?.issuingAuthority ?? null, o?.referenceNumber ?? null, o?.reasons ?? null, o?.language ?? null, o?.addresseeContact ?? null, o?.additionalInformation ?? null, now],
    );
    return rows[0]!.id;
  }

  /** One referral of the organisation (any organisation's when `organisationId` is null). */
  async find(organisationId: number | null, id: number, db: Queryable = this.db, forUpdate = false): Promise<Referral | null> {
    const { rows } = await db.query<ReferralRow>(`select * from referrals where ($1::bigint is null or organisation_id = $1) and id = $2${forUpdate ? ' for update' : ''}`, [organisationId, id]);
    return rows[0] ? toReferral(rows[0]) : null;
  }

  async list(organisationId: number, filter: { state: ReferralState | null; itemId: number | null; operationId: number | null; beforeId: number | null; limit: number }): Promise<Referral[]> {
    const { rows } = await this.db.query<ReferralRow>(
      `select * from referrals
        where organisation_id = $1 and ($2::text is null or state = $2) and ($3::bigint is null or item_id = $3)
          and ($4::bigint is null or operation_id = $4) and ($5::bigint is null or id < $5)
        order by id desc limit $6`,
      [organisationId, filter.state, filter.itemId, filter.operationId, filter.beforeId, filter.limit],
    );
    return rows.map(toReferral);
  }

  /** One referral sent to one of the platforms or providers. */
  async findReceived(to: Recipients, id: number, db: Queryable = this.db, forUpdate = false): Promise<ReceivedReferral | null> {
    const { rows } = await db.query<ReferralRow & { item_url: string }>(`${RECEIVED} and r.id = $3${forUpdate ? ' for update of r' : ''}`, [to.platformIds, to.providerIds, id]);
    return rows[0] ? toReceived(rows[0]) : null;
  }

  async listReceived(to: Recipients, filter: { state: ReferralState | null; beforeId: number | null; limit: number }): Promise<ReceivedReferral[]> {
    const { rows } = await this.db.query<ReferralRow & { item_url: string }>(
      `${RECEIVED} and ($3::text is null or r.state = $3) and ($4::bigint is null or r.id < $4) order by r.id desc limit $5`,
      [to.platformIds, to.providerIds, filter.state, filter.beforeId, filter.limit],
    );
    return rows.map(toReceived);
  }

  /** Referrals of the item to the same recipient that are not over yet. */
  async openFor(tx: Queryable, organisationId: number, itemId: number, recipient: { kind: RecipientKind; platformId: number | null; providerId: number | null }, finalStates: ReferralState[]): Promise<number[]> {
    const { rows } = await tx.query<{ id: number }>(
      `select id from referrals
        where organisation_id = $1 and item_id = $2 and recipient_kind = $3 and state <> all($6::text[])
          and (case when $3 = 'platform' then platform_id = $4 else infrastructure_provider_id = $5 end)`,
      [organisationId, itemId, recipient.kind, recipient.platformId, recipient.providerId, finalStates],
    );
    return rows.map((r) => r.id);
  }

  async setState(tx: Queryable, id: number, p: StatePatch, now: Date): Promise<void> {
    await tx.query(
      `update referrals set state = $2,
         approved_by_member_id = coalesce($3, approved_by_member_id), approved_by_label = coalesce($4, approved_by_label),
         approved_at = case when $3::bigint is not null then $8 else approved_at end,
         received_at = coalesce($5, received_at),
         deadline_at = case when $6 then $7 else deadline_at end,
         closed_at = case when $9 then $8 else closed_at end,
         paused_at = case when $10 then $11 else paused_at end,
         paused_total_ms = coalesce($12, paused_total_ms),
         answered_at = coalesce($13, answered_at),
         reject_reason = coalesce($14, reject_reason),
         updated_at = $8
       where id = $1`,
      [id, p.state, p.approvedBy?.memberId ?? null, p.approvedBy?.label ?? null, p.receivedAt ?? null, p.deadlineAt !== undefined, p.deadlineAt ?? null, now, p.closed ?? false,
        p.pausedAt !== undefined, p.pausedAt ?? null, p.pausedTotalMs ?? null, p.answeredAt ?? null, p.rejectReason ?? null],
    );
  }

  async addEvent(tx: Queryable, referralId: number, e: Omit<TimelineEntry, 'at'>, now: Date): Promise<void> {
    await tx.query(
      'insert into referral_events (referral_id, event, from_state, to_state, actor_type, actor_id, actor_label, reason, at) values ($1, $2, $3, $4, $5, $6, $7, $8, $9)',
      [referralId, e.event, e.fromState, e.toState, e.actor.type, e.actor.id, e.actor.label, e.reason, now],
    );
  }

  async timeline(referralId: number): Promise<TimelineEntry[]> {
    const { rows } = await this.db.query<{ event: ReferralEvent | 'propose'; from_state: ReferralState | null; to_state: ReferralState; actor_type: ActorRef['type']; actor_id: number | null; actor_label: string; reason: string | null; at: Date }>(
      'select event, from_state, to_state, actor_type, actor_id, actor_label, reason, at from referral_events where referral_id = $1 order by id',
      [referralId],
    );
    return rows.map((r) => ({ event: r.event, fromState: r.from_state, toState: r.to_state, actor: { type: r.actor_type, id: r.actor_id, label: r.actor_label }, reason: r.reason, at: r.at }));
  }
}
