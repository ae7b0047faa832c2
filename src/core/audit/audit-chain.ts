// The hash chain of the audit trail. Each event's hash is SHA-256 over the previous event's hash and
// a canonical JSON form of the event, so changing, deleting or reordering any event breaks every
// link from that point on, and verification names the first broken one.
import { createHash } from 'node:crypto';

export const GENESIS_HASH = '0'.repeat(64);

export interface ChainedEvent {
  seq: number;
  occurredAt: Date;
  organisationId: number | null;
  actorType: 'member' | 'api_key' | 'system';
  actorId: number | null;
  actorLabel: string;
  action: string;
  targetType: string;
  targetId: string | null;
  summary: unknown;
  requestId: string | null;
  prevHash: string;
  hash: string;
}

/** JSON with object keys sorted at every depth, so jsonb's own key order cannot change a hash. */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value ?? null);
  if (value instanceof Date) return JSON.stringify(value.toISOString());
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, v]) => v !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
}

export function eventHash(prevHash: string, e: Omit<ChainedEvent, 'hash' | 'prevHash'>): string {
  const body = canonicalJson({
    seq: e.seq,
    occurredAt: e.occurredAt.toISOString(),
    organisationId: e.organisationId,
    actorType: e.actorType,
    actorId: e.actorId,
    actorLabel: e.actorLabel,
    action: e.action,
    targetType: e.targetType,
    targetId: e.targetId,
    summary: e.summary,
    requestId: e.requestId,
  });
  return createHash('sha256').update(prevHash).update('\n').update(body).digest('hex');
}

export type ChainBreak =
  | { seq: number; reason: 'modified'; detail: string }
  | { seq: number; reason: 'missing'; detail: string }
  | { seq: number; reason: 'reordered'; detail: string }
  | { seq: number; reason: 'truncated'; detail: string };

/**
 * Checks events in seq order, continuing from (prevSeq, prevHash). Returns the first break, or the
 * new (seq, hash) to continue from with the next batch.
 */
export function verifyBatch(events: readonly ChainedEvent[], prevSeq: number, prevHash: string): { ok: true; seq: number; hash: string } | { ok: false; break: ChainBreak } {
  let seq = prevSeq;
  let hash = prevHash;
  for (const e of events) {
    if (e.seq !== seq + 1) {
      return { ok: false, break: { seq: seq + 1, reason: 'missing', detail: `event ${seq + 1} is missing (next present is ${e.seq})` } };
    }
    if (e.prevHash !== hash) {
      return { ok: false, break: { seq: e.seq, reason: 'reordered', detail: `event ${e.seq} does not follow event ${seq}: its link to the previous event is broken` } };
    }
    if (eventHash(e.prevHash, e) !== e.hash) {
      return { ok: false, break: { seq: e.seq, reason: 'modified', detail: `event ${e.seq} was modified after it was written` } };
    }
    seq = e.seq;
    hash = e.hash;
  }
  return { ok: true, seq, hash };
}
