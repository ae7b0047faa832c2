import { describe, expect, it } from 'vitest';
import type { EntryMatchCount } from './bank.model.ts';
import { HOUR_MS, isFlood, MatchCounter } from './match-counter.ts';

/** A stand-in for bank_match_counts: totals per (hour, entry), and a fixed baseline per entry. */
function fakeDatabase(baselines: Record<number, number> = {}) {
  const totals = new Map<string, number>();
  const writes: Array<{ hour: number; counts: Record<number, number> }> = [];
  let failing = false;
  return {
    writes,
    total: (hour: number, id: number) => totals.get(`${hour}:${id}`) ?? 0,
    fail(on: boolean) {
      failing = on;
    },
    async write(hour: Date, counts: ReadonlyMap<number, number>): Promise<EntryMatchCount[]> {
      if (failing) throw new Error('database down');
      writes.push({ hour: hour.getTime(), counts: Object.fromEntries(counts) });
      return [...counts].map(([id, n]) => {
        const key = `${hour.getTime()}:${id}`;
        totals.set(key, (totals.get(key) ?? 0) + n);
        return { contentId: id, thisHour: totals.get(key)!, baselinePerHour: baselines[id] ?? 0 };
      });
    },
  };
}

const T0 = Date.parse('2026-03-01T10:00:00Z');
const policy = { minPerHour: 5, factor: 10 };

describe('the flood rule', () => {
  it('needs at least minPerHour matches and more than factor × the baseline', () => {
    expect(isFlood({ thisHour: 4, baselinePerHour: 0 }, policy)).toBe(false);
    expect(isFlood({ thisHour: 5, baselinePerHour: 0 }, policy)).toBe(true);
    expect(isFlood({ thisHour: 50, baselinePerHour: 5 }, policy)).toBe(false);
    expect(isFlood({ thisHour: 51, baselinePerHour: 5 }, policy)).toBe(true);
  });
});

describe('MatchCounter', () => {
  it('counts in memory and writes nothing until an entry may flood or a flush', async () => {
    const db = fakeDatabase();
    const counter = new MatchCounter({ policy, write: (h, c) => db.write(h, c) });
    for (let i = 0; i < 4; i++) expect(counter.count([1, 2], T0 + i)).toEqual([]);
    expect(db.writes).toEqual([]);
    expect(counter.pending).toBe(2);
    expect(await counter.flush(T0 + 10)).toEqual([]);
    expect(db.writes).toEqual([{ hour: T0, counts: { 1: 4, 2: 4 } }]);
    expect(counter.pending).toBe(0);
  });

  it('checks an entry at once when its estimate reaches the rule, and the database decides', async () => {
    const db = fakeDatabase();
    const counter = new MatchCounter({ policy, write: (h, c) => db.write(h, c) });
    for (let i = 0; i < 4; i++) counter.count([7], T0);
    const check = counter.count([7], T0);
    expect(check).toEqual([7]); // 5th match, no baseline read yet
    expect(await counter.flush(T0, check)).toEqual([{ contentId: 7, thisHour: 5, baselinePerHour: 0 }]);
  });

  it('does not go to the database for an entry whose known baseline keeps it well below the rule', async () => {
    const db = fakeDatabase({ 3: 20 }); // 20 an hour: floods only above 200
    const counter = new MatchCounter({ policy, write: (h, c) => db.write(h, c) });
    for (let i = 0; i < 4; i++) counter.count([3], T0);
    const check = counter.count([3], T0);
    expect(check).toEqual([3]); // baseline unknown: read it once
    expect(await counter.flush(T0, check)).toEqual([]);
    for (let i = 0; i < 190; i++) expect(counter.count([3], T0)).toEqual([]);
    expect(db.writes).toHaveLength(1);
    // 5 + 196 = 201 > 200: checked again, and now it floods.
    for (let i = 0; i < 5; i++) counter.count([3], T0);
    const again = counter.count([3], T0);
    expect(again).toEqual([3]);
    expect(await counter.flush(T0, again)).toEqual([{ contentId: 3, thisHour: 201, baselinePerHour: 20 }]);
  });

  it('finds a flood spread over several processes at a flush', async () => {
    const db = fakeDatabase();
    const a = new MatchCounter({ policy, write: (h, c) => db.write(h, c) });
    const b = new MatchCounter({ policy, write: (h, c) => db.write(h, c) });
    for (let i = 0; i < 3; i++) {
      expect(a.count([9], T0)).toEqual([]);
      expect(b.count([9], T0)).toEqual([]);
    }
    expect(await a.flush(T0)).toEqual([]);
    expect(await b.flush(T0)).toEqual([{ contentId: 9, thisHour: 6, baselinePerHour: 0 }]);
  });

  it('writes matches under the hour they happened in, across an hour boundary', async () => {
    const db = fakeDatabase();
    const counter = new MatchCounter({ policy, write: (h, c) => db.write(h, c) });
    counter.count([1], T0 + HOUR_MS - 1);
    counter.count([1], T0 + HOUR_MS);
    await counter.flush(T0 + HOUR_MS + 5);
    expect(db.total(T0, 1)).toBe(1);
    expect(db.total(T0 + HOUR_MS, 1)).toBe(1);
  });

  it('keeps the counts it could not write for the next flush', async () => {
    const db = fakeDatabase();
    const counter = new MatchCounter({ policy, write: (h, c) => db.write(h, c) });
    counter.count([1, 2], T0);
    db.fail(true);
    await expect(counter.flush(T0)).rejects.toThrow('database down');
    expect(counter.pending).toBe(2);
    counter.count([1], T0);
    db.fail(false);
    await counter.flush(T0);
    expect(db.total(T0, 1)).toBe(2);
    expect(db.total(T0, 2)).toBe(1);
  });
});
