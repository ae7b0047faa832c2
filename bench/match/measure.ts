// Measurement helpers for the matching benchmark: memory after a full GC, percentiles, timing.
import type { IndexMatch } from '../../src/matching/index.ts';

const gc = (globalThis as { gc?: () => void }).gc;

export const hasGc = gc !== undefined;

/** JS heap plus ArrayBuffer bytes after a full collection (the index lives in both). */
export function settledMemory(): number {
  if (gc !== undefined) {
    gc();
    gc();
  }
  const m = process.memoryUsage();
  return m.heapUsed + m.arrayBuffers;
}

export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

export function timed<T>(f: () => T): [T, number] {
  const t0 = performance.now();
  const v = f();
  return [v, performance.now() - t0];
}

export interface Latencies {
  qps: number;
  p50: number;
  p99: number;
}

/**
 * Runs `count` queries in `rounds` equal rounds, timing each query. Queries/s is the median of the
 * rounds' rates, so a burst of load from another process skews one round rather than the figure;
 * latency percentiles (ms) pool every query.
 */
export function measureQueries(count: number, run: (i: number) => unknown, rounds = 4): Latencies {
  const lat: number[] = [];
  const rates: number[] = [];
  const perRound = Math.max(1, Math.floor(count / rounds));
  for (let r = 0; r < rounds; r++) {
    const t0 = performance.now();
    for (let i = r * perRound; i < (r + 1) * perRound; i++) {
      const s = performance.now();
      run(i);
      lat.push(performance.now() - s);
    }
    rates.push((perRound / (performance.now() - t0)) * 1000);
  }
  lat.sort((a, b) => a - b);
  rates.sort((a, b) => a - b);
  return { qps: percentile(rates, 50), p50: percentile(lat, 50), p99: percentile(lat, 99) };
}

/** Share of the oracle's matches the index found, and whether the answers were identical. */
export function recallOf(found: IndexMatch[][], truth: IndexMatch[][]): { recall: number; identical: boolean; matches: number } {
  let hit = 0;
  let total = 0;
  let identical = true;
  for (let i = 0; i < truth.length; i++) {
    const got = new Set(found[i]!.map((m) => `${m.id}:${m.distance}`));
    for (const m of truth[i]!) if (got.has(`${m.id}:${m.distance}`)) hit++;
    total += truth[i]!.length;
    if (got.size !== truth[i]!.length) identical = false;
  }
  return { recall: total === 0 ? 1 : hit / total, identical: identical && hit === total, matches: total };
}

export const fmt = (x: number, digits = 0): string =>
  Number.isFinite(x) ? x.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits }) : '–';
