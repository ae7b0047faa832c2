// Reading the audit trail: auditors see their own organisation's events, page by page, and can
// export them as JSON lines or CSV, and check the integrity of the whole chain.
import type { AuditTrail, ChainedEvent, VerifyResult } from '../../core/audit/index.ts';
import { requirePermission, type RequestContext } from '../../core/auth/principal.ts';
import { csvCell } from '../../core/csv/csv-cell.ts';

export interface AuditQuery {
  from?: Date;
  to?: Date;
  action?: string;
  targetType?: string;
  targetId?: string;
  after?: number;
  limit?: number;
}

export class AuditService {
  constructor(private readonly trail: AuditTrail) {}

  async list(ctx: RequestContext, query: AuditQuery): Promise<{ events: ChainedEvent[]; nextAfter: number | null }> {
    requirePermission(ctx.actor, 'audit:read');
    const limit = query.limit ?? 100;
    const events = await this.trail.list({
      ...(ctx.actor.kind === 'system' ? {} : { organisationId: ctx.actor.organisationId }),
      ...(query.from ? { from: query.from } : {}),
      ...(query.to ? { to: query.to } : {}),
      ...(query.action ? { action: query.action } : {}),
      ...(query.targetType ? { targetType: query.targetType } : {}),
      ...(query.targetId ? { targetId: query.targetId } : {}),
      afterSeq: query.after ?? 0,
      limit,
    });
    return { events, nextAfter: events.length === limit ? events[events.length - 1]!.seq : null };
  }

  /** Every matching event, page by page, for export. */
  async *export(ctx: RequestContext, query: Omit<AuditQuery, 'after' | 'limit'>): AsyncGenerator<ChainedEvent> {
    let after = 0;
    for (;;) {
      const page = await this.list(ctx, { ...query, after, limit: 1000 });
      yield* page.events;
      if (page.nextAfter === null) return;
      after = page.nextAfter;
    }
  }

  async verify(ctx: RequestContext): Promise<VerifyResult> {
    requirePermission(ctx.actor, 'audit:read');
    return this.trail.verify();
  }
}

export function presentAuditEvent(e: ChainedEvent) {
  return {
    seq: e.seq,
    occurredAt: e.occurredAt.toISOString(),
    organisationId: e.organisationId,
    actor: { type: e.actorType, id: e.actorId, label: e.actorLabel },
    action: e.action,
    target: { type: e.targetType, id: e.targetId },
    summary: e.summary,
    requestId: e.requestId,
    hash: e.hash,
    prevHash: e.prevHash,
  };
}

const CSV_COLUMNS = ['seq', 'occurred_at', 'organisation_id', 'actor_type', 'actor_id', 'actor_label', 'action', 'target_type', 'target_id', 'summary', 'request_id', 'prev_hash', 'hash'] as const;

export const AUDIT_CSV_HEADER = `${CSV_COLUMNS.join(',')}\r\n`;

export function auditCsvRow(e: ChainedEvent): string {
  const cells = [e.seq, e.occurredAt.toISOString(), e.organisationId, e.actorType, e.actorId, e.actorLabel, e.action, e.targetType, e.targetId, JSON.stringify(e.summary), e.requestId, e.prevHash, e.hash];
  return `${cells.map(csvCell).join(',')}\r\n`;
}
