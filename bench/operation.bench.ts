// Replays an action day against the HTTP API: 20 organisations, 200 analysts, 10,000 items (a
// share with media, re-uploaded across platforms), then the live-figures query at 10,000 and at
// 100,000 items. Latencies are also given as multiples of GET /healthz measured in the same run,
// the baseline that carries only HTTP and framework overhead.
//   DATABASE_URL=postgres://… node --import tsx bench/operation.bench.ts   (ITEMS=10000 by default)
import { randomBytes } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import sharp from 'sharp';
import { loadConfig } from '../src/core/config/index.ts';
import { migrate, openPglite, openPostgres, type Database } from '../src/core/db/index.ts';
import { systemContext } from '../src/core/auth/principal.ts';
import { createContainer } from '../src/container.ts';
import { buildApp } from '../src/http/app.ts';

const ITEMS = Number(process.env.ITEMS ?? 10_000);
const ORGS = 20;
const ANALYSTS_PER_ORG = 10;
const LANES = 16;
const MEDIA_SHARE = 0.5;
const BASE_IMAGES = 150;

const latencies = new Map<string, number[]>();
function record(name: string, ms: number) {
  let list = latencies.get(name);
  if (!list) latencies.set(name, (list = []));
  list.push(ms);
}
const quantile = (xs: number[], q: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(q * s.length))] ?? NaN;
};

async function openDb(): Promise<{ db: Database; engine: string; drop: () => Promise<void> }> {
  const url = process.env.DATABASE_URL;
  if (!url) {
    console.warn('DATABASE_URL is not set: running on in-memory PGlite (the target figures are for PostgreSQL).');
    const db = await openPglite();
    return { db, engine: 'pglite', drop: async () => {} };
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

async function image(seed: number, variant: number): Promise<Buffer> {
  const w = 320;
  const h = 240;
  const px = Buffer.alloc(w * h * 3);
  for (let y = 0; y < h; y++) for (let x = 0; x < w; x++) {
    const i = (y * w + x) * 3;
    px[i] = (x * ((seed % 7) + 1) + y * (seed % 3)) & 0xff;
    px[i + 1] = ((x ^ y) * ((seed % 5) + 2)) & 0xff;
    px[i + 2] = (((x - w / 2) ** 2 + (y - h / 2) ** 2) / ((seed % 11) + 3)) & 0xff;
  }
  const img = sharp(px, { raw: { width: w, height: h, channels: 3 } });
  // Re-uploads: the same picture re-encoded or resized, as platforms do.
  return variant % 3 === 0 ? img.png().toBuffer() : variant % 3 === 1 ? img.jpeg({ quality: 80 }).toBuffer() : img.resize(288, 216).jpeg({ quality: 85 }).toBuffer();
}

function multipart(file: Buffer, fields: Record<string, string>) {
  const boundary = `----bench${randomBytes(6).toString('hex')}`;
  const parts: Buffer[] = [];
  for (const [k, v] of Object.entries(fields)) parts.push(Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${k}"\r\n\r\n${v}\r\n`));
  parts.push(Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="m"\r\nContent-Type: application/octet-stream\r\n\r\n`), file, Buffer.from(`\r\n--${boundary}--\r\n`));
  return { body: Buffer.concat(parts), type: `multipart/form-data; boundary=${boundary}` };
}

async function main() {
  const { db, engine, drop } = await openDb();
  await migrate(db);
  const config = loadConfig({}, { logLevel: 'silent', cookieSecure: false, loginMaxFailuresPerAddress: 100_000, dataDir: `/tmp/vigil-bench-${process.pid}` });
  const c = createContainer({ config, db });
  const app = await buildApp(c);
  await app.listen({ port: 0, host: '127.0.0.1' });
  const base = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`;
  const sys = systemContext('bench');

  // Organisations, analysts and the operation.
  const orgs: number[] = [];
  const analysts: Array<{ cookie: string; csrf: string }> = [];
  const password = 'bench password long enough';
  for (let o = 0; o < ORGS; o++) {
    const org = await c.organisations.createOrganisation(sys, { name: `Bench agency ${o}`, kind: 'authority', competentAuthority: true });
    orgs.push(org.id);
    for (let a = 0; a < ANALYSTS_PER_ORG; a++) await c.organisations.createMember(sys, org.id, { email: `a${a}@agency${o}.bench.example`, displayName: 'Analyst', roles: ['analyst'], password });
  }
  await c.organisations.createMember(sys, orgs[0]!, { email: 'coordinator@agency0.bench.example', displayName: 'Coordinator', roles: ['coordinator'], password });
  const signIn = async (email: string) => {
    const res = await fetch(`${base}/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email, password }) });
    const cookie = res.headers.get('set-cookie')!.split(';')[0]!;
    return { cookie, csrf: ((await res.json()) as { csrfToken: string }).csrfToken };
  };
  const coordinator = await signIn('coordinator@agency0.bench.example');
  for (let o = 0; o < ORGS; o++) for (let a = 0; a < ANALYSTS_PER_ORG; a++) analysts.push(await signIn(`a${a}@agency${o}.bench.example`));
  const opRes = await fetch(`${base}/operations`, { method: 'POST', headers: { 'content-type': 'application/json', cookie: coordinator.cookie, 'x-csrf-token': coordinator.csrf }, body: JSON.stringify({ name: 'Bench action day', participants: orgs.slice(1) }) });
  const operationId = ((await opRes.json()) as { id: number }).id;

  const images = await Promise.all(Array.from({ length: BASE_IMAGES * 3 }, (_, i) => image(Math.floor(i / 3), i % 3)));

  // Baseline: the cheapest authenticated-free request, in the same run.
  for (let i = 0; i < 500; i++) {
    const t0 = performance.now();
    await (await fetch(`${base}/healthz`)).arrayBuffer();
    record('GET /healthz (baseline)', performance.now() - t0);
  }

  let next = 0;
  const started = performance.now();
  const lane = async () => {
    for (;;) {
      const n = next++;
      if (n >= ITEMS) return;
      const who = analysts[n % analysts.length]!;
      const headers = { cookie: who.cookie, 'x-csrf-token': who.csrf };
      const url = `https://platform${n % 52}.bench.example/item/${n}`;
      const t0 = performance.now();
      let res: Response;
      let name: string;
      if ((n * 7919) % 100 < MEDIA_SHARE * 100) {
        const mp = multipart(images[(n * 31) % images.length]!, { url, operationId: String(operationId), language: ['en', 'ar', 'fr', 'de', 'ru', 'tr'][n % 6]! });
        res = await fetch(`${base}/items/media`, { method: 'POST', headers: { ...headers, 'content-type': mp.type }, body: mp.body });
        name = 'POST /items/media';
      } else {
        res = await fetch(`${base}/items`, { method: 'POST', headers: { ...headers, 'content-type': 'application/json' }, body: JSON.stringify({ url, operationId, language: ['en', 'ar', 'fr', 'de', 'ru', 'tr'][n % 6], text: `Synthetic benchmark post ${n % 400} about a fictional group, repeated on several fictional platforms.` }) });
        name = 'POST /items';
      }
      await res.arrayBuffer();
      if (res.status >= 400) throw new Error(`${name} answered ${res.status}`);
      record(name, performance.now() - t0);
      if (n % 500 === 0) {
        const f0 = performance.now();
        await (await fetch(`${base}/operations/${operationId}/figures`, { headers })).arrayBuffer();
        record('GET /operations/{id}/figures (during intake)', performance.now() - f0);
      }
    }
  };
  await Promise.all(Array.from({ length: LANES }, lane));
  const seconds = (performance.now() - started) / 1000;

  const figuresAt = async (label: string) => {
    const who = analysts[0]!;
    for (let i = 0; i < 20; i++) {
      const t0 = performance.now();
      await (await fetch(`${base}/operations/${operationId}/figures`, { headers: { cookie: who.cookie } })).arrayBuffer();
      record(label, performance.now() - t0);
    }
  };
  await figuresAt(`GET figures at ${ITEMS.toLocaleString('en')} items`);
  // Grow to 100,000 items directly in SQL (intake speed is measured above) and measure again.
  await db.query(
    `insert into items (organisation_id, operation_id, url, submitted_url, host, registrable_domain, language, created_at, updated_at)
     select $1, $2, 'https://bulk' || (g % 180) || '.bench.example/' || g, 'x', 'bulk' || (g % 180) || '.bench.example', 'bulk' || (g % 180) || '.bench.example',
            (array['en','ar','fr','de','ru','tr'])[1 + g % 6], now(), now()
       from generate_series(1, $3::int) as g`,
    [orgs[0], operationId, 100_000 - ITEMS],
  );
  await db.exec('analyze items');
  await figuresAt('GET figures at 100,000 items');

  const baseline = quantile(latencies.get('GET /healthz (baseline)')!, 0.5);
  console.log(`\nengine ${engine}; ${ITEMS} items in ${seconds.toFixed(1)} s = ${(ITEMS / seconds).toFixed(1)} items/s over ${LANES} concurrent lanes (${ORGS} organisations, ${analysts.length} analysts)`);
  console.log('| endpoint | requests | p50 (ms) | p99 (ms) | p50 × baseline |');
  console.log('| --- | ---: | ---: | ---: | ---: |');
  for (const [name, xs] of latencies) {
    const p50 = quantile(xs, 0.5);
    console.log(`| ${name} | ${xs.length} | ${p50.toFixed(2)} | ${quantile(xs, 0.99).toFixed(2)} | ${(p50 / baseline).toFixed(1)} |`);
  }
  await app.close();
  await c.hashing.close();
  await db.close();
  await drop();
}

await main();
