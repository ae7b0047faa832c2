// Replays an action day against the HTTP API: 20 organisations, 200 analysts, 10,000 items (a
// share with media, re-uploaded across platforms), the live-figures query at 10,000 items, then the
// referral side: analysts propose referrals of a share of the items (some as removal orders), their
// supervisors approve them (four-eyes: another member) and send them, and the liaisons of the
// platform organisations operating the platforms acknowledge and then remove, geo-block or reject.
// Last, the live-figures query again at 100,000 items. Latencies are also given as multiples of
// GET /healthz measured in the same run, the baseline that carries only HTTP and framework overhead.
//   DATABASE_URL=postgres://… node --import tsx bench/operation.bench.ts
//   ITEMS=10000 (items in the intake), REFERRAL_SHARE=0.2 (share of the items referred; 0 skips the referral side)
import { randomBytes } from 'node:crypto';
import { rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import sharp from 'sharp';
import { loadConfig } from '../src/core/config/index.ts';
import { migrate } from '../src/core/db/index.ts';
import { systemContext } from '../src/core/auth/principal.ts';
import { createContainer } from '../src/container.ts';
import { buildApp } from '../src/http/app.ts';
import { openBenchDatabase } from './support/database.ts';

const ITEMS = Number(process.env.ITEMS ?? 10_000);
const ORGS = 20;
const ANALYSTS_PER_ORG = 10;
const LANES = 16;
const MEDIA_SHARE = 0.5;
const BASE_IMAGES = 150;
const REFERRAL_SHARE = Number(process.env.REFERRAL_SHARE ?? 0.2);
const SUPERVISORS_PER_ORG = 2;
/** Platform organisations, each operating every tenth of the 52 platforms, with 2 liaisons each. */
const PLATFORM_ORGS = 10;
const PLATFORMS = 52;
const LIAISONS_PER_PLATFORM_ORG = 2;
/** Every fourth referral is a removal order (the orgs are competent authorities). */
const REMOVAL_ORDER_EVERY = 4;

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

interface Session {
  cookie: string;
  csrf: string;
}

/** A JSON request as a signed-in member; the answer must be 2xx. */
async function send(base: string, who: Session, method: 'GET' | 'POST', path: string, body?: unknown): Promise<Response> {
  const res = await fetch(`${base}${path}`, {
    method,
    headers: { cookie: who.cookie, ...(method === 'GET' ? {} : { 'x-csrf-token': who.csrf }), ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  if (res.status >= 300) throw new Error(`${method} ${path} answered ${res.status}: ${await res.text()}`);
  return res;
}

/** Like send, recording the time to the whole answer under `name`; returns the parsed answer. */
async function timed<T>(name: string, base: string, who: Session, method: 'GET' | 'POST', path: string, body?: unknown): Promise<T> {
  const t0 = performance.now();
  const res = await send(base, who, method, path, body);
  const text = await res.text();
  record(name, performance.now() - t0);
  return JSON.parse(text) as T;
}

async function main() {
  const { db, engine, close: closeDb } = await openBenchDatabase({ poolSize: 20 });
  await migrate(db);
  const dataDir = `/tmp/vigil-bench-${process.pid}`;
  const config = loadConfig({}, { logLevel: 'silent', cookieSecure: false, loginMaxFailuresPerAddress: 100_000, dataDir });
  const c = createContainer({ config, db });
  const app = await buildApp(c);
  await app.listen({ port: 0, host: '127.0.0.1' });
  const base = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`;
  const sys = systemContext('bench');

  // Organisations with analysts and supervisors, the platform organisations with their liaisons,
  // the platforms they operate, and the operation.
  const orgs: number[] = [];
  const analysts: Session[] = [];
  const supervisors: Session[][] = [];
  const password = 'bench password long enough';
  for (let o = 0; o < ORGS; o++) {
    const org = await c.organisations.createOrganisation(sys, { name: `Bench agency ${o}`, kind: 'authority', competentAuthority: true });
    orgs.push(org.id);
    for (let a = 0; a < ANALYSTS_PER_ORG; a++) await c.organisations.createMember(sys, org.id, { email: `a${a}@agency${o}.bench.example`, displayName: 'Analyst', roles: ['analyst'], password });
    for (let s = 0; s < SUPERVISORS_PER_ORG; s++) await c.organisations.createMember(sys, org.id, { email: `s${s}@agency${o}.bench.example`, displayName: 'Supervisor', roles: ['supervisor'], password });
  }
  await c.organisations.createMember(sys, orgs[0]!, { email: 'coordinator@agency0.bench.example', displayName: 'Coordinator', roles: ['coordinator'], password });
  const platformOrgs: number[] = [];
  for (let p = 0; p < PLATFORM_ORGS; p++) {
    const org = await c.organisations.createOrganisation(sys, { name: `Bench platform company ${p}`, kind: 'platform', competentAuthority: false });
    platformOrgs.push(org.id);
    for (let l = 0; l < LIAISONS_PER_PLATFORM_ORG; l++) await c.organisations.createMember(sys, org.id, { email: `l${l}@company${p}.bench.example`, displayName: 'Liaison', roles: ['liaison'], password });
  }
  const signIn = async (email: string): Promise<Session> => {
    const res = await fetch(`${base}/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email, password }) });
    const cookie = res.headers.get('set-cookie')!.split(';')[0]!;
    return { cookie, csrf: ((await res.json()) as { csrfToken: string }).csrfToken };
  };
  const coordinator = await signIn('coordinator@agency0.bench.example');
  for (let o = 0; o < ORGS; o++) for (let a = 0; a < ANALYSTS_PER_ORG; a++) analysts.push(await signIn(`a${a}@agency${o}.bench.example`));
  for (let o = 0; o < ORGS; o++) supervisors.push(await Promise.all(Array.from({ length: SUPERVISORS_PER_ORG }, (_, s) => signIn(`s${s}@agency${o}.bench.example`))));
  const liaisons: Session[][] = [];
  for (let p = 0; p < PLATFORM_ORGS; p++) liaisons.push(await Promise.all(Array.from({ length: LIAISONS_PER_PLATFORM_ORG }, (_, l) => signIn(`l${l}@company${p}.bench.example`))));
  /** platform id → index of the platform organisation operating it. */
  const operatorOf = new Map<number, number>();
  for (let p = 0; p < PLATFORMS; p++) {
    const res = await send(base, coordinator, 'POST', '/platforms', { name: `Bench platform ${p}`, category: 'video', domains: [`platform${p}.bench.example`], operatorOrganisationId: platformOrgs[p % PLATFORM_ORGS] });
    operatorOf.set(((await res.json()) as { id: number }).id, p % PLATFORM_ORGS);
  }
  const opRes = await fetch(`${base}/operations`, { method: 'POST', headers: { 'content-type': 'application/json', cookie: coordinator.cookie, 'x-csrf-token': coordinator.csrf }, body: JSON.stringify({ name: 'Bench action day', participants: orgs.slice(1) }) });
  const operationId = ((await opRes.json()) as { id: number }).id;

  const images = await Promise.all(Array.from({ length: BASE_IMAGES * 3 }, (_, i) => image(Math.floor(i / 3), i % 3)));

  // Baseline: the cheapest authenticated-free request, in the same run.
  for (let i = 0; i < 500; i++) {
    const t0 = performance.now();
    await (await fetch(`${base}/healthz`)).arrayBuffer();
    record('GET /healthz (baseline)', performance.now() - t0);
  }

  /** Items as submitted: n (which analyst, hence organisation), id and platform. */
  const submitted: Array<{ n: number; itemId: number; platformId: number }> = [];
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
      const answer = await res.text();
      if (res.status >= 400) throw new Error(`${name} answered ${res.status}`);
      record(name, performance.now() - t0);
      const { item, created } = JSON.parse(answer) as { item: { id: number; platformId: number | null }; created: boolean };
      if (created && item.platformId !== null) submitted.push({ n, itemId: item.id, platformId: item.platformId });
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

  // The referral side, through the HTTP API: for a share of the items, the analyst who submitted
  // it proposes a referral to the item's platform (every fourth a removal order), a supervisor
  // of the same organisation approves it (four-eyes) and sends it, and a liaison of the platform
  // organisation operating the platform acknowledges it and answers: remove (85 %), geo-block
  // (5 %) or reject (10 %). Every 25th referral, the liaison first lists its inbox of sent ones.
  const every = REFERRAL_SHARE > 0 ? Math.max(1, Math.round(1 / REFERRAL_SHARE)) : Infinity;
  const toRefer = submitted.filter((s) => s.n % every === 0).sort((a, b) => a.n - b.n);
  const outcomes = new Map<string, number>();
  // The table lists the referral side in the order of its steps, whatever finishes first.
  for (const name of [
    'POST /referrals (propose referral)', 'POST /referrals (propose removal order)', 'POST /referrals/{id}/approve (four-eyes)', 'POST /referrals/{id}/approve (four-eyes, issues the order)',
    'POST /referrals/{id}/events (send)', 'GET /platform/referrals?state=sent (liaison inbox)', 'POST /platform/referrals/{id}/responses (acknowledge)',
    'POST /platform/referrals/{id}/responses (remove)', 'POST /platform/referrals/{id}/responses (geo_block)', 'POST /platform/referrals/{id}/responses (reject)',
  ]) if (toRefer.length > 0) latencies.set(name, []);
  let nextReferral = 0;
  const referralsStarted = performance.now();
  const referralLane = async () => {
    for (;;) {
      const r = nextReferral++;
      if (r >= toRefer.length) return;
      const { n, itemId, platformId } = toRefer[r]!;
      const analyst = analysts[n % analysts.length]!;
      const org = Math.floor((n % analysts.length) / ANALYSTS_PER_ORG);
      const supervisor = supervisors[org]![r % SUPERVISORS_PER_ORG]!;
      const liaison = liaisons[operatorOf.get(platformId)!]![r % LIAISONS_PER_PLATFORM_ORG]!;
      const order = r % REMOVAL_ORDER_EVERY === 0;
      const body = order
        ? { itemId, kind: 'removal_order', removalOrder: { issuingMemberState: 'BE', issuingAuthority: `Bench agency ${org}`, referenceNumber: `BENCH-${n}`, reasons: ['incitement'], language: 'en', addresseeContact: `legal@company${operatorOf.get(platformId)}.bench.example` } }
        : { itemId, kind: 'voluntary_referral' };
      const { id } = await timed<{ id: number }>(`POST /referrals (propose${order ? ' removal order' : ' referral'})`, base, analyst, 'POST', '/referrals', body);
      await timed(`POST /referrals/{id}/approve (four-eyes${order ? ', issues the order' : ''})`, base, supervisor, 'POST', `/referrals/${id}/approve`, {});
      await timed('POST /referrals/{id}/events (send)', base, supervisor, 'POST', `/referrals/${id}/events`, { event: 'send' });
      if (r % 25 === 0) await timed('GET /platform/referrals?state=sent (liaison inbox)', base, liaison, 'GET', '/platform/referrals?state=sent&limit=100');
      await timed('POST /platform/referrals/{id}/responses (acknowledge)', base, liaison, 'POST', `/platform/referrals/${id}/responses`, { action: 'acknowledge' });
      const roll = (r * 7919) % 100;
      const answer = roll < 10 ? { action: 'reject', rejectReason: 'not_terrorist_content', reason: 'Satire of a fictional group.' } : roll < 15 ? { action: 'geo_block' } : { action: 'remove' };
      const answered = await timed<{ state: string }>(`POST /platform/referrals/{id}/responses (${answer.action})`, base, liaison, 'POST', `/platform/referrals/${id}/responses`, answer);
      outcomes.set(`${order ? 'removal order' : 'referral'} ${answered.state}`, (outcomes.get(`${order ? 'removal order' : 'referral'} ${answered.state}`) ?? 0) + 1);
    }
  };
  await Promise.all(Array.from({ length: LANES }, referralLane));
  const referralSeconds = (performance.now() - referralsStarted) / 1000;
  await figuresAt(`GET figures at ${ITEMS.toLocaleString('en')} items, after the referrals`);
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
  if (toRefer.length > 0) {
    const requests = [...latencies.entries()].filter(([name]) => /^(GET|POST) \/(platform\/)?referrals/.test(name)).reduce((sum, [, xs]) => sum + xs.length, 0);
    console.log(`${toRefer.length} referrals in ${referralSeconds.toFixed(1)} s = ${(toRefer.length / referralSeconds).toFixed(1)} referrals/s (${requests} requests, ${(requests / referralSeconds).toFixed(1)}/s) over ${LANES} lanes; ` +
      `${ORGS * SUPERVISORS_PER_ORG} supervisors, ${PLATFORM_ORGS * LIAISONS_PER_PLATFORM_ORG} liaisons of ${PLATFORM_ORGS} platform organisations operating ${PLATFORMS} platforms`);
    console.log(`outcomes: ${[...outcomes.entries()].sort().map(([k, v]) => `${k} ${v}`).join(', ')}`);
  }
  console.log('| endpoint | requests | p50 (ms) | p99 (ms) | p50 × baseline |');
  console.log('| --- | ---: | ---: | ---: | ---: |');
  for (const [name, xs] of latencies) {
    if (xs.length === 0) continue;
    const p50 = quantile(xs, 0.5);
    console.log(`| ${name} | ${xs.length} | ${p50.toFixed(2)} | ${quantile(xs, 0.99).toFixed(2)} | ${(p50 / baseline).toFixed(1)} |`);
  }
  await app.close();
  await c.hashing.close();
  await closeDb();
  rmSync(dataDir, { recursive: true, force: true });
}

await main();
