// Upload-check benchmark: a platform's API key checking PDQ hashes against a bank of 100,000
// synthetic hashes shared with it, over HTTP on loopback, at a fixed 1,000 requests/s driven by
// autocannon. Vigil runs in a forked child process (bench/lookup/server.ts) so that the load
// generator has its own event loop. In the same run and at the same rate, GET /healthz is the
// baseline (HTTP and framework only), so lookups are also given as multiples of it; GET /healthz
// sent with the API key shows what authenticating the key costs; then batches of 100 hashes per
// request.
//
//   DATABASE_URL=postgres://… node --import tsx bench/lookup.bench.ts
//   HASHES=100000 RATE=1000 SECONDS=20 CONNECTIONS=50 BATCH_SIZE=100 BATCH_RATE=20 BATCH_SECONDS=10
//   SERVER_NODE_ARGS="--cpu-prof --cpu-prof-dir=/tmp/prof" profiles the server process
//
// Latencies are taken from autocannon's per-response times (fractions of a millisecond; its own
// histogram rounds to whole milliseconds). autocannon's rate gives each connection a quota per
// second that it sends back to back at the start of the second, so the figures are those of
// CONNECTIONS concurrent callers working through one second's requests, then idling.
import { fork } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { join } from 'node:path';
import autocannon from 'autocannon';
import { formatPdqHex, PDQ_WORDS } from '../src/matching/index.ts';
import { flipBits, randomHashes, SeededRandom } from '../src/matching/testing/synthetic-hashes.ts';
import { ADMIN_EMAIL, ADMIN_PASSWORD, type ServerReady } from './lookup/protocol.ts';

const HASHES = Number(process.env.HASHES ?? 100_000);
const RATE = Number(process.env.RATE ?? 1000);
const SECONDS = Number(process.env.SECONDS ?? 20);
const WARMUP_SECONDS = Number(process.env.WARMUP_SECONDS ?? 3);
const CONNECTIONS = Number(process.env.CONNECTIONS ?? 50);
const BATCH_SIZE = Number(process.env.BATCH_SIZE ?? 100);
const BATCH_RATE = Number(process.env.BATCH_RATE ?? 20);
const BATCH_SECONDS = Number(process.env.BATCH_SECONDS ?? 10);
/** Distinct single-hash queries, half near a stored hash (distance 0–24), half random (misses). */
const QUERY_POOL = 20_000;

const log = (msg: string) => process.stdout.write(`${msg}\n`);
const load = () => os.loadavg().map((x) => x.toFixed(2)).join(', ');

function quantile(sorted: number[], q: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? NaN;
}

interface Row {
  name: string;
  target: number;
  achieved: number;
  requests: number;
  p50: number;
  p99: number;
  max: number;
  failed: number;
}

async function main(): Promise<void> {
  log(`Upload-check benchmark — ${os.cpus()[0]?.model ?? 'cpu'} × ${os.cpus().length}, Node ${process.version}; load average ${load()}`);

  // The bank: uniformly random hashes, as python-threatexchange's local file.
  const rng = new SeededRandom(1);
  const stored = randomHashes(HASHES, rng);
  const dir = mkdtempSync(join(os.tmpdir(), 'vigil-lookup-bench-'));
  const file = join(dir, 'bank.txt');
  const lines: string[] = [];
  for (let i = 0; i < HASHES; i++) lines.push(`pdq ${formatPdqHex(stored, i * PDQ_WORDS)}`);
  writeFileSync(file, `${lines.join('\n')}\n`);

  const queries: Array<{ hex: string; hit: boolean }> = [];
  const q = new Uint32Array(PDQ_WORDS);
  for (let i = 0; i < QUERY_POOL; i++) {
    if (i % 2 === 0) {
      flipBits(stored, rng.below(HASHES) * PDQ_WORDS, rng.between(0, 24), rng, q);
      queries.push({ hex: formatPdqHex(q), hit: true });
    } else {
      for (let j = 0; j < PDQ_WORDS; j++) q[j] = rng.nextUint32();
      queries.push({ hex: formatPdqHex(q), hit: false });
    }
  }

  const child = fork(new URL('./lookup/server.ts', import.meta.url), [file], { execArgv: ['--import', 'tsx', ...(process.env.SERVER_NODE_ARGS?.split(' ').filter(Boolean) ?? [])], stdio: 'inherit', env: process.env });
  const ready = await new Promise<ServerReady>((resolve, reject) => {
    child.once('message', (m) => resolve(m as ServerReady));
    child.once('exit', (code) => reject(new Error(`the server exited with ${code} before it was ready`)));
  });
  const base = `http://127.0.0.1:${ready.port}`;
  log(`engine ${ready.engine}; bank of ${ready.imported.toLocaleString('en')} PDQ hashes imported in ${ready.importSeconds.toFixed(1)} s (${ready.rejected} rejected); matcher holds ${ready.indexed.toLocaleString('en')} signals`);

  try {
    // The platform's admin makes an upload-check key, as a platform would.
    const login = await fetch(`${base}/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email: ADMIN_EMAIL, password: ADMIN_PASSWORD }) });
    const cookie = login.headers.get('set-cookie')!.split(';')[0]!;
    const { csrfToken } = (await login.json()) as { csrfToken: string };
    const made = await fetch(`${base}/api-keys`, { method: 'POST', headers: { 'content-type': 'application/json', cookie, 'x-csrf-token': csrfToken }, body: JSON.stringify({ name: 'upload checks', scopes: ['hashes:lookup'] }) });
    if (made.status !== 201) throw new Error(`POST /api-keys answered ${made.status}: ${await made.text()}`);
    const { key } = (await made.json()) as { key: string };
    const authorization = `Bearer ${key}`;

    // Correctness first: every near hash matches its entry, no random hash matches.
    let hitsFound = 0;
    let missesFound = 0;
    for (const query of queries.slice(0, 400)) {
      const res = await fetch(`${base}/m/lookup?signal_type=pdq&signal=${query.hex}`, { headers: { authorization } });
      const banks = (await res.json()) as Record<string, unknown[]>;
      const matched = Object.keys(banks).length > 0;
      if (query.hit && matched) hitsFound++;
      if (!query.hit && matched) missesFound++;
    }
    log(`check: ${hitsFound}/200 near hashes matched, ${missesFound}/200 random hashes matched`);
    if (hitsFound !== 200 || missesFound !== 0) throw new Error('lookups answered wrongly; not measuring');

    let nextQuery = 400;
    const lookupPath = () => `/m/lookup?signal_type=pdq&signal=${queries[nextQuery++ % QUERY_POOL]!.hex}`;
    const batchBodies = Array.from({ length: 64 }, (_, b) =>
      JSON.stringify({ queries: Array.from({ length: BATCH_SIZE }, (_, i) => ({ signal_type: 'pdq', signal: queries[(b * BATCH_SIZE + i * 7) % QUERY_POOL]!.hex })) }),
    );
    let nextBody = 0;

    const run = async (name: string, opts: { rate: number; seconds: number; connections?: number; method?: 'GET' | 'POST'; path: () => string; body?: () => string; record?: boolean; anonymous?: boolean }): Promise<Row | null> => {
      const latencies: number[] = [];
      let finish!: (r: autocannon.Result) => void;
      let fail!: (e: unknown) => void;
      const done = new Promise<autocannon.Result>((resolve, reject) => ((finish = resolve), (fail = reject)));
      const instance = autocannon({
        url: base,
        connections: opts.connections ?? CONNECTIONS,
        overallRate: opts.rate,
        duration: opts.seconds,
        ignoreCoordinatedOmission: true,
        // The baseline sends no key: Vigil resolves credentials on every request, even /healthz.
        headers: { ...(opts.anonymous ? {} : { authorization }), ...(opts.body ? { 'content-type': 'application/json' } : {}) },
        requests: [{ method: opts.method ?? 'GET', setupRequest: (req) => ({ ...req, path: opts.path(), ...(opts.body ? { body: opts.body() } : {}) }) }],
      }, (error, result) => (error ? fail(error) : finish(result)));
      instance.on('response', (_client: unknown, status: number, _bytes: number, ms: number) => {
        if (status < 300) latencies.push(ms);
      });
      const result = await done;
      if (!opts.record) return null;
      latencies.sort((a, b) => a - b);
      const row: Row = { name, target: opts.rate, achieved: result.requests.total / result.duration, requests: result.requests.total, p50: quantile(latencies, 0.5), p99: quantile(latencies, 0.99), max: latencies[latencies.length - 1] ?? NaN, failed: result.non2xx + result.errors + result.timeouts };
      log(`${name}: ${row.requests} requests, ${row.achieved.toFixed(0)}/s; p50 ${row.p50.toFixed(2)} ms, p99 ${row.p99.toFixed(2)} ms, max ${row.max.toFixed(1)} ms; ${row.failed} failed (load average ${load()})`);
      return row;
    };

    await run('warm-up', { rate: RATE, seconds: WARMUP_SECONDS, path: lookupPath });
    const rows: Row[] = [];
    rows.push((await run('GET /healthz (baseline)', { rate: RATE, seconds: SECONDS, path: () => '/healthz', record: true, anonymous: true }))!);
    rows.push((await run('GET /healthz with the API key (authentication only)', { rate: RATE, seconds: SECONDS, path: () => '/healthz', record: true }))!);
    rows.push((await run('GET /m/lookup (pdq, half hits)', { rate: RATE, seconds: SECONDS, path: lookupPath, record: true }))!);
    rows.push((await run(`POST /m/lookup/batch (${BATCH_SIZE} pdq)`, { rate: BATCH_RATE, seconds: BATCH_SECONDS, connections: Math.min(CONNECTIONS, BATCH_RATE), method: 'POST', path: () => '/m/lookup/batch', body: () => batchBodies[nextBody++ % batchBodies.length]!, record: true }))!);

    const baseline = rows[0]!;
    log(`\n${HASHES.toLocaleString('en')} hashes; ${CONNECTIONS} connections; load average at the end ${load()}`);
    log('| request | target/s | achieved/s | requests | p50 (ms) | p99 (ms) | max (ms) | p50 × baseline | p99 × baseline | failed |');
    log('| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
    for (const r of rows) {
      log(`| ${r.name} | ${r.target} | ${r.achieved.toFixed(0)} | ${r.requests} | ${r.p50.toFixed(2)} | ${r.p99.toFixed(2)} | ${r.max.toFixed(1)} | ${(r.p50 / baseline.p50).toFixed(1)} | ${(r.p99 / baseline.p99).toFixed(1)} | ${r.failed} |`);
    }
    const failed = rows.reduce((n, r) => n + r.failed, 0);
    if (failed > 0) process.exitCode = 1;
  } finally {
    child.send({ type: 'stop' });
    await new Promise((resolve) => child.once('exit', resolve));
    rmSync(dir, { recursive: true, force: true });
  }
}

await main();
