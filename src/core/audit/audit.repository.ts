// SQL for the audit trail. Appending locks the single chain-head row, so events are chained in
// commit order; the lock is held until the caller's transaction ends.
import type { Queryable } from '../db/index.ts';
import type { ChainedEvent } from './audit-chain.ts';

interface AuditRow {
  seq: number;
  occurred_at: Date;
  organisation_id: number | null;
  actor_type: ChainedEvent['actorType'];
  actor_id: number | null;
  actor_label: string;
  action: string;
  target_type: string;
  target_id: string | null;
  summary: unknown;
  request_id: string | null;
  prev_hash: string;
  hash: string;
}

function toEvent(r: AuditRow): ChainedEvent {
  return {
    seq: r.seq,
    occurredAt: r.occurred_at,
    organisationId: r.organisation_id,
    actorType: r.actor_type,
    actorId: r.actor_id,
    actorLabel: r.actor_label,
    action: r.action,
    targetType: r.target_type,
    targetId: r.target_id,
    summary: r.summary,
    requestId: r.request_id,
    prevHash: r.prev_hash,
    hash: r.hash,
  };
}

export interface AuditFilter {
  organisationId?: number;
  from?: Date;
  to?: Date;
  action?: string;
  targetType?: string;
  targetId?: string;
  afterSeq?: number;
  limit: number;
}

export class AuditRepository {
  constructor(private readonly db: Queryable) {}

  async lockHead(tx: Queryable): Promise<{ seq: number; hash: string }> {
    const { rows } = await tx.query<{ seq: number; hash: string }>('select seq, hash from audit_head where id for update');
    if (!rows[0]) throw new Error('audit_head row is missing; the audit migration did not run');
    return rows[0];
  }

  async append(tx: Queryable, e: ChainedEvent): Promise<void> {
    await tx.query(
      `insert into audit_events (seq, occurred_at, organisation_id, actor_type, actor_id, actor_label, action, target_type, target_id, summary, request_id, prev_hash, hash)
       values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10::jsonb, $11, $12, $13)`,
      [e.seq, e.occurredAt, e.organisationId, e.actorType, e.actorId, e.actorLabel, e.action, e.targetType, e.targetId, JSON.stringify(e.summary ?? {}), e.requestId, e.prevHash, e.hash],
    );
    await tx.query('update audit_head set seq = $1, hash = $2 where id', [e.seq, e.hash]);
  }

  async list(filter: AuditFilter): Promise<ChainedEvent[]> {
    const { rows } = await this.db.query<AuditRow>(
      `select * from audit_events
        where ($1::bigint is null or organisation_id = $1)
          and ($2::timestamptz is null or occurred_at >= $2)
          and ($3::timestamptz is null or occurred_at < $3)
          and ($4::text is null or action = $4)
          and ($5::text is null or target_type = $5)
          and ($6::text is null or target_id = $6)
          and seq > $7
        order by seq
        limit $8`,
      [filter.organisationId ?? null, filter.from ?? null, filter.to ?? null, filter.action ?? null, filter.targetType ?? null, filter.targetId ?? null, filter.afterSeq ?? 0, filter.limit],
    );
    return rows.map(toEvent);
  }

  /** Every event in seq order, for verification. */
  async page(afterSeq: number, limit: number): Promise<ChainedEvent[]> {
    const { rows } = await this.db.query<AuditRow>('select * from audit_events where seq > $1 order by seq limit $2', [afterSeq, limit]);
    return rows.map(toEvent);
  }

  async head(): Promise<{ seq: number; hash: string }> {
    const { rows } = await this.db.query<{ seq: number; hash: string }>('select seq, hash from audit_head where id');
    return rows[0] ?? { seq: 0, hash: '' };
  }
}
