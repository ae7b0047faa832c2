import { describe, expect, it } from 'vitest';
import { canonicalJson, eventHash, GENESIS_HASH, verifyBatch, type ChainedEvent } from './audit-chain.ts';

function chain(n: number): ChainedEvent[] {
  const out: ChainedEvent[] = [];
  let prev = GENESIS_HASH;
  for (let seq = 1; seq <= n; seq++) {
    const base = {
      seq,
      occurredAt: new Date(Date.UTC(2026, 0, 1, 0, 0, seq)),
      organisationId: 1,
      actorType: 'member' as const,
      actorId: 7,
      actorLabel: 'a@example.org',
      action: 'member.created',
      targetType: 'member',
      targetId: String(seq),
      summary: { after: { roles: ['analyst'], n: seq } },
      requestId: null,
    };
    const hash = eventHash(prev, base);
    out.push({ ...base, prevHash: prev, hash });
    prev = hash;
  }
  return out;
}

describe('audit hash chain', () => {
  it('canonical JSON ignores key order', () => {
    expect(canonicalJson({ b: 1, a: { d: [1, { z: 1, y: 2 }], c: null } })).toBe(canonicalJson({ a: { c: null, d: [1, { y: 2, z: 1 }] }, b: 1 }));
  });

  it('verifies an intact chain', () => {
    const events = chain(5);
    expect(verifyBatch(events, 0, GENESIS_HASH)).toEqual({ ok: true, seq: 5, hash: events[4]!.hash });
    // In batches, too.
    const first = verifyBatch(events.slice(0, 2), 0, GENESIS_HASH);
    expect(first.ok && verifyBatch(events.slice(2), first.seq, first.hash).ok).toBe(true);
  });

  it('names the first modified event', () => {
    const events = chain(5);
    events[2] = { ...events[2]!, summary: { after: { roles: ['admin'], n: 3 } } };
    expect(verifyBatch(events, 0, GENESIS_HASH)).toMatchObject({ ok: false, break: { seq: 3, reason: 'modified' } });
  });

  it('names a deleted event', () => {
    const events = chain(5);
    events.splice(1, 1);
    expect(verifyBatch(events, 0, GENESIS_HASH)).toMatchObject({ ok: false, break: { seq: 2, reason: 'missing' } });
  });

  it('names reordered events even when their seq numbers are swapped back', () => {
    const events = chain(5);
    const a = events[1]!;
    const b = events[2]!;
    events[1] = { ...b, seq: 2 };
    events[2] = { ...a, seq: 3 };
    expect(verifyBatch(events, 0, GENESIS_HASH)).toMatchObject({ ok: false, break: { seq: 2 } });
  });
});
