import { describe, expect, it } from 'vitest';
import type { ApiKeyRecord } from './auth.repository.ts';
import { ApiKeyCache, type VerifiedApiKey } from './api-key-cache.ts';

const T0 = Date.parse('2026-03-01T10:00:00Z');

function verified(id: number, at = T0): VerifiedApiKey {
  const key = { id, prefix: `p${id}` } as ApiKeyRecord;
  return { key, principal: { kind: 'api_key', id } as VerifiedApiKey['principal'], verifiedAt: at, lastUsedAt: null };
}

describe('ApiKeyCache', () => {
  it('holds a verified key for its time to live, and not when the clock goes back', () => {
    const cache = new ApiKeyCache(5000);
    cache.set('h1', verified(1), cache.generation);
    expect(cache.get('h1', T0 + 4999)?.key.id).toBe(1);
    expect(cache.get('h1', T0 + 5000)).toBeUndefined();
    cache.set('h1', verified(1), cache.generation);
    expect(cache.get('h1', T0 - 1)).toBeUndefined();
  });

  it('forgets a revoked key at once, and refuses a verification that started before', () => {
    const cache = new ApiKeyCache(5000);
    cache.set('h1', verified(1), cache.generation);
    cache.set('h2', verified(2), cache.generation);
    const before = cache.generation;
    cache.evict(1);
    expect(cache.get('h1', T0)).toBeUndefined();
    expect(cache.get('h2', T0)?.key.id).toBe(2);
    cache.set('h1', verified(1), before);
    expect(cache.get('h1', T0)).toBeUndefined();
  });

  it('holds nothing with a time to live of 0, and at most maxEntries keys', () => {
    const off = new ApiKeyCache(0);
    off.set('h1', verified(1), off.generation);
    expect(off.size).toBe(0);
    const small = new ApiKeyCache(5000, 2);
    for (const id of [1, 2, 3]) small.set(`h${id}`, verified(id), small.generation);
    expect(small.size).toBe(2);
    expect(small.get('h1', T0)).toBeUndefined();
    expect(small.get('h3', T0)?.key.id).toBe(3);
  });
});
