// The audit trail: every state change writes one event, in the same transaction as the change, so a
// change without its event (or the reverse) cannot be committed. Events never hold secrets: callers
// pass summaries built from presenters, and a final filter drops any key that names one.
import type { Clock } from '../clock/clock.ts';
import type { Queryable } from '../db/index.ts';
import type { RequestContext } from '../auth/principal.ts';
import { eventHash, GENESIS_HASH, verifyBatch, type ChainBreak, type ChainedEvent } from './audit-chain.ts';
import type { AuditFilter, AuditRepository } from './audit.repository.ts';

export interface AuditEntry {
  action: string;
  targetType: string;
  targetId?: string | number | null;
  /** The organisation whose trail shows the event; defaults to the actor's. */
  organisationId?: number | null;
  before?: unknown;
  after?: unknown;
  details?: unknown;
}

const SECRET_KEYS = /password|secret|token|cookie|session/i;

/** Drops secret-looking keys at any depth: a second line of defence behind the presenters. */
export function withoutSecrets(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutSecrets);
  if (value instanceof Date) return value.toISOString();
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value as Record<string, unknown>)
        .filter(([k]) => !SECRET_KEYS.test(k))
        .map(([k, v]) => [k, withoutSecrets(v)]),
    );
  }
  return value;
}

export interface VerifyResult {
  ok: boolean;
  checked: number;
  headSeq: number;
  firstBreak?: ChainBreak;
}

export class AuditTrail {
  constructor(
    private readonly repository: AuditRepository,
    private readonly clock: Clock,
  ) {}

  /** Appends one event inside the caller's transaction. */
  async record(tx: Queryable, ctx: RequestContext, entry: AuditEntry): Promise<void> {
    const head = await this.repository.lockHead(tx);
    const actor = ctx.actor;
    const summary = withoutSecrets({ before: entry.before, after: entry.after, details: entry.details });
    const base = {
      seq: head.seq + 1,
      occurredAt: this.clock.now(),
      organisationId: entry.organisationId !== undefined ? entry.organisationId : (actor.organisationId ?? null),
      actorType: actor.kind,
      actorId: actor.kind === 'system' ? null : actor.id,
      actorLabel: actor.label,
      action: entry.action,
      targetType: entry.targetType,
      targetId: entry.targetId == null ? null : String(entry.targetId),
      summary: JSON.parse(JSON.stringify(summary)) as unknown,
      requestId: ctx.requestId ?? null,
    };
    await this.repository.append(tx, { ...base, prevHash: head.hash, hash: eventHash(head.hash, base) });
  }

  list(filter: AuditFilter): Promise<ChainedEvent[]> {
    return this.repository.list(filter);
  }

  /** Walks the whole chain in pages and reports the first event that was modified, deleted or moved. */
  async verify(pageSize = 5000): Promise<VerifyResult> {
    let seq = 0;
    let hash = GENESIS_HASH;
    let checked = 0;
    const head = await this.repository.head();
    for (;;) {
      const page = await this.repository.page(seq, pageSize);
      if (page.length === 0) break;
      const result = verifyBatch(page, seq, hash);
      if (!result.ok) return { ok: false, checked, headSeq: head.seq, firstBreak: result.break };
      checked += page.length;
      seq = result.seq;
      hash = result.hash;
    }
    if (head.seq !== seq || head.hash !== hash) {
      const firstBreak: ChainBreak =
        head.seq > seq
          ? { seq: seq + 1, reason: 'truncated', detail: `events ${seq + 1} to ${head.seq} were deleted from the end of the trail` }
          : { seq, reason: 'modified', detail: 'the chain head does not match the last event' };
      return { ok: false, checked, headSeq: head.seq, firstBreak };
    }
    return { ok: true, checked, headSeq: head.seq };
  }
}
