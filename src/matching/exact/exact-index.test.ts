import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { SeededRandom } from '../testing/synthetic-hashes.ts';
import { ExactIndex } from './exact-index.ts';

const md5 = (s: string): string => createHash('md5').update(s).digest('hex');
const sha256 = (s: string): string => createHash('sha256').update(s).digest('hex');

describe('ExactIndex', () => {
  it('finds every id holding a digest, in either hex case', () => {
    const index = ExactIndex.sha256();
    index.add(1, sha256('a'));
    index.add(2, sha256('a').toUpperCase());
    index.add(3, sha256('b'));
    expect(index.query(sha256('a'))).toEqual([{ id: 1, distance: 0 }, { id: 2, distance: 0 }]);
    expect(index.query(sha256('b').toUpperCase())).toEqual([{ id: 3, distance: 0 }]);
    expect(index.query(sha256('c'))).toEqual([]);
    expect(index.queryBatch([sha256('b'), sha256('c')])).toEqual([[{ id: 3, distance: 0 }], []]);
  });

  it('replaces, disables and removes by id', () => {
    const index = ExactIndex.md5();
    index.add(7, md5('x'));
    index.add(7, md5('y'));
    expect(index.query(md5('x'))).toEqual([]);
    expect(index.query(md5('y'))).toEqual([{ id: 7, distance: 0 }]);
    expect(index.setEnabled(7, false)).toBe(true);
    expect(index.query(md5('y'))).toEqual([]);
    expect(index.has(7)).toBe(true);
    expect(index.setEnabled(7, true)).toBe(true);
    expect(index.query(md5('y'))).toHaveLength(1);
    expect(index.remove(7)).toBe(true);
    expect(index.remove(7)).toBe(false);
    expect(index.setEnabled(7, true)).toBe(false);
    expect(index.size).toBe(0);
  });

  it('rejects values of the wrong length or alphabet', () => {
    const index = ExactIndex.md5();
    expect(() => index.add(1, sha256('a'))).toThrow(RangeError);
    expect(() => index.query('z'.repeat(32))).toThrow(RangeError);
    expect(() => index.add(-1, md5('a'))).toThrow(RangeError);
    expect(() => new ExactIndex(100)).toThrow(RangeError);
  });

  it('agrees with a Map oracle through random churn', () => {
    const rng = new SeededRandom(31);
    const index = ExactIndex.sha256();
    const oracle = new Map<number, { digest: string; enabled: boolean }>();
    // Few distinct digests, so many ids share one and probe runs get long.
    const digests = Array.from({ length: 400 }, (_, i) => sha256(String(i)));
    for (let step = 0; step < 30_000; step++) {
      const id = rng.below(5000);
      const op = rng.below(10);
      if (op < 5) {
        const digest = digests[rng.below(digests.length)]!;
        index.add(id, digest);
        oracle.set(id, { digest, enabled: true });
      } else if (op < 8) {
        expect(index.remove(id)).toBe(oracle.delete(id));
      } else if (op < 9) {
        const enabled = rng.below(2) === 0;
        const entry = oracle.get(id);
        if (entry) entry.enabled = enabled;
        expect(index.setEnabled(id, enabled)).toBe(entry !== undefined);
      } else {
        const digest = digests[rng.below(digests.length)]!;
        const want = [...oracle].filter(([, e]) => e.enabled && e.digest === digest).map(([i]) => i).sort((a, b) => a - b);
        expect(index.query(digest).map((m) => m.id)).toEqual(want);
      }
    }
    expect(index.size).toBe(oracle.size);
    for (const id of [...oracle.keys()]) index.remove(id);
    expect(index.size).toBe(0);
    for (const d of digests) expect(index.query(d)).toEqual([]);
  });

  it('stays compact: well under 100 bytes per SHA-256 entry at 100k entries', () => {
    const index = ExactIndex.sha256();
    for (let i = 0; i < 100_000; i++) index.add(i, sha256(String(i)));
    expect(index.query(sha256('99999'))).toEqual([{ id: 99_999, distance: 0 }]);
    expect(index.memoryBytes() / index.size).toBeLessThan(100);
  });
});
