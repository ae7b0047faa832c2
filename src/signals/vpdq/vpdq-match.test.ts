// The video match rule against both reference tables in testdata/vpdq/match (all 16×16 pairs of
// the committed sample hashes): python-threatexchange semantics and the C++ brute-force tool.

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { referenceDataDir } from '../reference-data.ts';
import { parseFrameLine } from './vpdq-format.ts';
import { isVpdqMatch, matchVpdq } from './vpdq-match.ts';
import type { VpdqFrame } from '../signal-type.ts';

const vpdqDir = join(referenceDataDir(), 'vpdq');
const cache = new Map<string, VpdqFrame[]>();
function sample(name: string): VpdqFrame[] {
  let frames = cache.get(name);
  if (!frames) {
    const text = readFileSync(join(vpdqDir, 'sample-hashes', `${name}.txt`), 'utf8');
    frames = text.split('\n').filter(Boolean).map(parseFrameLine);
    cache.set(name, frames);
  }
  return frames;
}

function table(file: string): Record<string, string>[] {
  const [header, ...rows] = readFileSync(join(vpdqDir, 'match', file), 'utf8').trim().split('\n');
  const columns = header!.split(',');
  return rows.map((row) => Object.fromEntries(row.split(',').map((v, i) => [columns[i]!, v])));
}

describe('python-threatexchange rules (default)', () => {
  const rows = table('threatexchange-semantics-d31-q50.csv');
  it('has all 256 pairs', () => expect(rows).toHaveLength(256));
  it.each(rows.map((r) => [`${r.query} vs ${r.target}`, r] as const))('%s', (_, row) => {
    const result = matchVpdq(sample(row.query!), sample(row.target!), { distance: Number(row.distance_threshold_le), quality: Number(row.quality_min) });
    expect(result.queryFrames).toBe(Number(row.query_unique_filtered));
    expect(result.comparedFrames).toBe(Number(row.compared_unique_filtered));
    for (const [ours, theirs] of [
      [result.queryMatchPercent, row.query_pct!],
      [result.comparedMatchPercent, row.compared_pct!],
    ] as const) {
      if (theirs === 'nan') expect(ours).toBe(0);
      else expect(ours).toBeCloseTo(Number(theirs), 4);
    }
    const expectedMatch = row.query_pct !== 'nan' && Number(row.query_pct) >= 80;
    expect(isVpdqMatch(result)).toBe(expectedMatch);
  });
});

describe('C++ match-hashes-brute rules', () => {
  const rows = table('match-hashes-brute-cpp-d31-q50.csv');
  it('has all 256 pairs', () => expect(rows).toHaveLength(256));
  it.each(rows.map((r) => [`${r.query} vs ${r.target}`, r] as const))('%s', (_, row) => {
    const result = matchVpdq(sample(row.query!), sample(row.target!), {
      rules: 'cpp',
      distance: Number(row.distance_tolerance),
      quality: Number(row.quality_tolerance),
    });
    expect(result.queryMatchPercent.toFixed(2)).toBe(row.query_pct);
    expect(result.comparedMatchPercent.toFixed(2)).toBe(row.target_pct);
  });
});
