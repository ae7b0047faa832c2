// Does recording emerging domains slow the live figures? Two operations of the same size on the
// same database: A's items carry no links, B's carry links in their text and captured page text,
// recorded in item_links at intake as usual. Every figure is a ratio against a baseline measured in
// the same run, interleaved so that a busy machine weighs on both sides alike:
//   1. intake: POST /items with two links (text + page text) against POST /items without any;
//   2. GET /operations/{id}/figures on B against A, at BENCH_ITEMS items each (default 20,000);
//   3. the same figures polled while 4 lanes submit link-carrying items to B, against while they
//      submit link-less items to A (blocks of BLOCK_SECONDS, A B A B);
//   4. for information, the emerging reads at that size (domains, candidates, the operation's
//      graph) as multiples of GET /healthz.
//   DATABASE_URL=postgres://… node --import tsx bench/emerging.bench.ts
import { randomBytes } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import { systemContext } from '../src/core/auth/principal.ts';
import { loadConfig } from '../src/core/config/index.ts';
import { migrate, openPglite, openPostgres, type Database } from '../src/core/db/index.ts';
import { createContainer } from '../src/container.ts';
import { buildApp } from '../src/http/app.ts';

const ITEMS = Number(process.env.BENCH_ITEMS ?? 20_000);
const INTAKE = Number(process.env.BENCH_INTAKE ?? 500);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 30);
const BLOCK_SECONDS = Number(process.env.BLOCK_SECONDS ?? 10);
const LANES = 4;
const SITES = 60;

const latencies = new Map<string, number[]>();
const record = (name: string, ms: number) => {
  let list = latencies.get(name);
  if (!list) latencies.set(name, (list = []));
  list.push(ms);
};
const p50 = (name: string) => quantile(latencies.get(name) ?? [], 0.5);
function quantile(xs: number[], q: number): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(q * s.length))] ?? NaN;
}

async function openDb(): Promise<{ db: Database; engine: string; drop: () => Promise<void> }> {
  const url = process.env.DATABASE_URL;
  if (!url) {
    console.warn('DATABASE_URL is not set: running on in-memory PGlite.');
    return { db: await openPglite(), engine: 'pglite', drop: async () => {} };
  }
  const schema = `vigil_bench_${randomBytes(4).toString('hex')}`;
  const admin = await openPostgres({ url, poolSize: 1 });
  await admin.exec(`create schema ${schema}`);
  const db = await openPostgres({ url, schema, poolSize: 20 });
  return {
    db,
    engine: 'postgres',
    drop: async () => {
      await admin.exec(`drop schema ${schema} cascade`);
      await admin.close();
    },
  };
}

async function main() {
  const { db, engine, drop } = await openDb();
  await migrate(db);
  const config = loadConfig({}, { logLevel: 'silent', cookieSecure: false, loginMaxFailuresPerAddress: 100_000, dataDir: `/tmp/vigil-bench-emerging-${process.pid}` });
  const c = createContainer({ config, db });
  const app = await buildApp(c);
  await app.listen({ port: 0, host: '127.0.0.1' });
  const base = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`;
  const sys = systemContext('bench');

  const org = await c.organisations.createOrganisation(sys, { name: 'Bench agency', kind: 'authority', competentAuthority: true });
  const password = 'bench password long enough';
  for (const role of ['analyst', 'coordinator'] as const) await c.organisations.createMember(sys, org.id, { email: `${role}@bench.example`, displayName: role, roles: [role], password });
  const signIn = async (email: string) => {
    const res = await fetch(`${base}/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email, password }) });
    const cookie = res.headers.get('set-cookie')!.split(';')[0]!;
    return { cookie, 'x-csrf-token': ((await res.json()) as { csrfToken: string }).csrfToken };
  };
  const analyst = await signIn('analyst@bench.example');
  const coordinator = await signIn('coordinator@bench.example');
  const call = async (name: string, path: string, body?: unknown, who = analyst) => {
    const t0 = performance.now();
    const res = await fetch(`${base}${path}`, body === undefined ? { headers: who } : { method: 'POST', headers: { ...who, 'content-type': 'application/json' }, body: JSON.stringify(body) });
    await res.arrayBuffer();
    if (res.status >= 400) throw new Error(`${name} answered ${res.status}`);
    if (name) record(name, performance.now() - t0);
  };
  for (let p = 0; p < 6; p++) await call('', '/platforms', { name: `Mainstream ${p}`, category: 'video', domains: [`mainstream${p}-bench.example`] }, coordinator);
  const operation = async (name: string) => {
    const res = await fetch(`${base}/operations`, { method: 'POST', headers: { ...coordinator, 'content-type': 'application/json' }, body: JSON.stringify({ name }) });
    return ((await res.json()) as { id: number }).id;
  };
  const opA = await operation('A: no links');
  const opB = await operation('B: links recorded');

  let n = 0;
  const post = (op: number, links: boolean) => {
    const i = n++;
    const url = `https://mainstream${i % 6}-bench.example/post/${i}`;
    const text = links ? `Synthetic post ${i % 400}; full video at https://site${i % SITES}-bench.example/v/${i}` : `Synthetic post ${i % 400} about a fictional group, repeated on several fictional platforms.`;
    const pageText = links ? `Captured page of post ${i}. Mirror: hxxps://mirror${i % SITES}-bench[.]example/m/${i}` : `Captured page of post ${i}, no links in it.`;
    return { operationId: op, url, text, pageText, language: ['en', 'ar', 'fr'][i % 3] };
  };

  // Baseline for the absolute figures: HTTP and framework overhead only.
  for (let i = 0; i < 300; i++) await call('GET /healthz (baseline)', '/healthz');

  // 1. Intake, interleaved: each link-carrying item right after a link-less one.
  for (let i = 0; i < INTAKE; i++) {
    await call('POST /items, no links (baseline)', '/items', post(opA, false));
    await call('POST /items, 2 links recorded', '/items', post(opB, true));
  }

  // 2. Grow both operations to ITEMS in SQL; B's items get the two links intake would record.
  const grow = ITEMS - INTAKE;
  for (const op of [opA, opB]) {
    await db.query(
      `insert into items (organisation_id, operation_id, url, submitted_url, host, registrable_domain, platform_id, language, text_content, page_text, created_at, updated_at)
       select $1, $2::bigint, 'https://mainstream' || (g % 6) || '-bench.example/bulk/' || $2::bigint || '/' || g, 'x', 'mainstream' || (g % 6) || '-bench.example', 'mainstream' || (g % 6) || '-bench.example',
              (select platform_id from platform_domains where domain = 'mainstream' || (g % 6) || '-bench.example'), (array['en','ar','fr'])[1 + g % 3], 'synthetic', 'captured', now(), now()
         from generate_series(1, $3::int) as g`,
      [org.id, op, grow],
    );
  }
  await db.query(
    `insert into item_links (item_id, url, host, registrable_domain, found_in, created_at)
     select i.id, 'https://' || d || '/v/' || i.id, d, d, f, i.created_at
       from items i cross join lateral (values ('site' || (i.id % ${SITES}) || '-bench.example', 'text'), ('mirror' || (i.id % ${SITES}) || '-bench.example', 'page_text')) as v(d, f)
      where i.operation_id = $1 and i.url like '%/bulk/%'`,
    [opB],
  );
  await db.exec('analyze items');
  await db.exec('analyze item_links');
  const counts = await db.query<{ items: number; links: number }>('select (select count(*)::int from items) as items, (select count(*)::int from item_links) as links');
  for (let r = 0; r < ROUNDS; r++) {
    await call(`GET figures of A at ${ITEMS.toLocaleString('en')} items (baseline)`, `/operations/${opA}/figures`);
    await call(`GET figures of B at ${ITEMS.toLocaleString('en')} items, with links`, `/operations/${opB}/figures`);
  }

  // 3. Figures while intake runs, with recording (B) and without (A), in alternating blocks.
  const during = async (op: number, links: boolean, name: string) => {
    const stopAt = performance.now() + BLOCK_SECONDS * 1000;
    const lane = async () => {
      while (performance.now() < stopAt) await call('', '/items', post(op, links));
    };
    const poll = async () => {
      while (performance.now() < stopAt) {
        await call(name, `/operations/${op}/figures`);
        await new Promise((r) => setTimeout(r, 100));
      }
    };
    await Promise.all([...Array.from({ length: LANES }, lane), poll()]);
  };
  for (let block = 0; block < 2; block++) {
    await during(opA, false, 'GET figures of A during link-less intake (baseline)');
    await during(opB, true, 'GET figures of B during intake recording links');
  }

  // 4. The emerging reads themselves, at this size.
  for (let r = 0; r < 10; r++) {
    await call('GET /emerging/domains', '/emerging/domains');
    await call('GET /emerging/candidates', '/emerging/candidates');
    await call('GET /operations/{B}/domain-graph', `/operations/${opB}/domain-graph`);
    await call('GET /emerging/domains/{d}/items', `/emerging/domains/site7-bench.example/items`);
  }
  const t0 = performance.now();
  await c.emerging.alertNewCandidates();
  const jobMs = performance.now() - t0;

  const healthz = p50('GET /healthz (baseline)');
  const c0 = counts.rows[0]!;
  console.log(`\nengine ${engine}; ${c0.items} items, ${c0.links} recorded links; ${LANES} intake lanes in section 3`);
  console.log('| measurement | requests | p50 (ms) | p99 (ms) | ratio |');
  console.log('| --- | ---: | ---: | ---: | ---: |');
  const pairs: Array<[string, string]> = [
    ['POST /items, no links (baseline)', 'POST /items, 2 links recorded'],
    [`GET figures of A at ${ITEMS.toLocaleString('en')} items (baseline)`, `GET figures of B at ${ITEMS.toLocaleString('en')} items, with links`],
    ['GET figures of A during link-less intake (baseline)', 'GET figures of B during intake recording links'],
  ];
  const line = (name: string, ratio: number, unit: string) => {
    const xs = latencies.get(name)!;
    console.log(`| ${name} | ${xs.length} | ${quantile(xs, 0.5).toFixed(2)} | ${quantile(xs, 0.99).toFixed(2)} | ${ratio.toFixed(2)}${unit} |`);
  };
  for (const [baseline, measured] of pairs) {
    line(baseline, 1, '');
    line(measured, p50(measured) / p50(baseline), '');
  }
  for (const name of ['GET /healthz (baseline)', 'GET /emerging/domains', 'GET /emerging/candidates', 'GET /operations/{B}/domain-graph', 'GET /emerging/domains/{d}/items']) line(name, p50(name) / healthz, ' × healthz');
  console.log(`emerging.candidates job over all items: ${jobMs.toFixed(0)} ms`);

  await app.close();
  await c.hashing.close();
  await db.close();
  await drop();
}

await main();
