// Matching benchmark: the PDQ multi-index against the plain linear scan, both built over the same
// hashes in the same run, at 1 M and 10 M hashes, uniformly random and clustered (families of
// near-duplicates at distances 0–40). Prints build time, memory per hash after GC, single-core
// queries/s and latency at distance 31, recall against brute force, and how soon a hash added
// under query load becomes matchable. BENCH_QUICK=1 runs 1 M only.
//
//   node --expose-gc --import tsx bench/match.bench.ts
import os from 'node:os';
import { LinearScanIndex, PdqIndex, PDQ_WORDS, type IndexMatch } from '../src/matching/index.ts';
import { clusteredHashes, mixedQueries, randomHashes, SeededRandom } from '../src/matching/testing/synthetic-hashes.ts';
import { fmt, hasGc, measureQueries, recallOf, settledMemory, timed } from './match/measure.ts';
import { measureFreshness, type Freshness } from './match/freshness.ts';

const QUICK = process.env.BENCH_QUICK === '1';
const SIZES = QUICK ? [1_000_000] : [1_000_000, 10_000_000];
const THRESHOLD = 31;
const RECALL_QUERIES = 200;
const SPEED_QUERIES = 4000;
/** The linear scan's queries/s comes from at most this many of the recall queries. */
const LINEAR_QUERIES: Record<number, number> = { 1_000_000: 200, 10_000_000: 40 };

interface Row {
  data: string;
  n: number;
  index: string;
  buildS: number;
  bytesPerHash: number;
  qps: number;
  ratio: number;
  p50: number;
  p99: number;
  recall: string;
}

const rows: Row[] = [];
const freshness: (Freshness & { data: string; n: number })[] = [];

function log(msg: string): void {
  process.stdout.write(`${msg}\n`);
}

function run(n: number, kind: 'uniform' | 'clustered'): void {
  const label = `${kind} ${fmt(n / 1e6)}M`;
  log(`\n== ${label}`);
  const rng = new SeededRandom(kind === 'uniform' ? 1 : 2);
  const [words, genMs] = timed(() => (kind === 'uniform' ? randomHashes(n, rng) : clusteredHashes(n, rng, { maxFamily: 16, maxDistance: 40 })));
  const ids = Float64Array.from({ length: n }, (_, i) => i + 1);
  log(`generated in ${fmt(genMs / 1000, 1)} s`);

  // Baseline: the linear scan wraps the same arrays (no copy), so its memory is the data itself.
  const linear = LinearScanIndex.fromArrays(ids, words);
  const linearBytes = linear.memoryBytes() / n;

  const before = settledMemory();
  const [index, buildMs] = timed(() => PdqIndex.fromArrays(ids, words));
  const bytesPerHash = (settledMemory() - before) / n;
  log(`PdqIndex built in ${fmt(buildMs / 1000, 1)} s; ${fmt(bytesPerHash, 1)} B/hash measured, ${fmt(index.memoryBytes() / n, 1)} B/hash counted`);

  // Recall on 200 queries (half near stored hashes, half random), brute force as the truth.
  const recallQueries = mixedQueries(words, RECALL_QUERIES, new SeededRandom(3));
  const q = (set: Uint32Array, i: number): Uint32Array => set.subarray(i * PDQ_WORDS, (i + 1) * PDQ_WORDS);
  const linearCount = LINEAR_QUERIES[n] ?? 20;
  const truth: IndexMatch[][] = [];
  const linearSpeed = measureQueries(linearCount, (i) => truth.push(linear.query(q(recallQueries, i), THRESHOLD)));
  for (let i = linearCount; i < RECALL_QUERIES; i++) truth.push(linear.query(q(recallQueries, i), THRESHOLD));
  const found = index.queryBatch(Array.from({ length: RECALL_QUERIES }, (_, i) => q(recallQueries, i)), THRESHOLD);
  const recall = recallOf(found, truth);
  log(`recall ${fmt(recall.recall * 100, 2)} % of ${recall.matches} brute-force matches; identical answers: ${recall.identical}`);

  // Speed: a fresh set of mixed queries, after a short warm-up.
  const speedQueries = mixedQueries(words, SPEED_QUERIES, new SeededRandom(4));
  for (let i = 0; i < 200; i++) index.query(q(speedQueries, i), THRESHOLD);
  const speed = measureQueries(SPEED_QUERIES, (i) => index.query(q(speedQueries, i), THRESHOLD), 8);
  log(`PdqIndex ${fmt(speed.qps)} q/s (p50 ${fmt(speed.p50, 3)} ms, p99 ${fmt(speed.p99, 3)} ms); linear ${fmt(linearSpeed.qps, 1)} q/s over ${linearCount} queries`);

  rows.push(
    { data: kind, n, index: 'PdqIndex', buildS: buildMs / 1000, bytesPerHash, qps: speed.qps, ratio: speed.qps / linearSpeed.qps, p50: speed.p50, p99: speed.p99, recall: `${fmt(recall.recall * 100, 1)} %` },
    { data: kind, n, index: 'linear scan', buildS: 0, bytesPerHash: linearBytes, qps: linearSpeed.qps, ratio: 1, p50: linearSpeed.p50, p99: linearSpeed.p99, recall: '100 % (oracle)' },
  );

  if (kind === 'uniform') {
    const f = measureFreshness(index, words, new SeededRandom(5), { seconds: 5, threshold: THRESHOLD });
    freshness.push({ ...f, data: kind, n });
    log(`under load: ${fmt(f.adds)} adds at ${fmt(f.addsPerSecond)}/s, matchable after p50 ${fmt(f.visibleP50, 3)} ms / max ${fmt(f.visibleMax, 3)} ms; ` +
      `${fmt(f.queriesPerSecond)} q/s meanwhile (p99 ${fmt(f.queryP99, 3)} ms), ${f.merges} merges, longest maintain slice ${fmt(f.longestSlice, 1)} ms`);
  }
}

log(`Matching benchmark — ${os.cpus()[0]?.model ?? 'cpu'} × ${os.cpus().length}, Node ${process.version}${hasGc ? '' : ' (no --expose-gc: memory figures include garbage)'}`);
for (const n of SIZES) for (const kind of ['uniform', 'clustered'] as const) run(n, kind);

log('\n| Data | Hashes | Index | Build (s) | Memory (B/hash) | Queries/s at d ≤ 31 | × linear | p50 (ms) | p99 (ms) | Recall |');
log('| --- | ---: | --- | ---: | ---: | ---: | ---: | ---: | ---: | --- |');
for (const r of rows) {
  log(`| ${r.data} | ${fmt(r.n / 1e6)} M | ${r.index} | ${r.index === 'PdqIndex' ? fmt(r.buildS, 1) : '–'} | ${fmt(r.bytesPerHash, 1)} | ${fmt(r.qps, r.qps < 100 ? 1 : 0)} | ${r.index === 'PdqIndex' ? `${fmt(r.ratio)}×` : '1×'} | ${fmt(r.p50, 3)} | ${fmt(r.p99, 3)} | ${r.recall} |`);
}
log('\n| Hashes | Adds | Adds/s | Matchable after: p50 (ms) | max (ms) | Queries/s meanwhile | Query p99 (ms) | Merges | Longest slice (ms) |');
log('| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
for (const f of freshness) {
  log(`| ${fmt(f.n / 1e6)} M | ${fmt(f.adds)} | ${fmt(f.addsPerSecond)} | ${fmt(f.visibleP50, 3)} | ${fmt(f.visibleMax, 3)} | ${fmt(f.queriesPerSecond)} | ${fmt(f.queryP99, 3)} | ${f.merges} | ${fmt(f.longestSlice, 1)} |`);
}
