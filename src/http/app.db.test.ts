import { Writable } from 'node:stream';
import type { InjectOptions } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { createTestApp, type TestApp } from '../../test/test-app.ts';
import { createLogger } from '../core/logging/logger.ts';
import { AppError } from '../core/errors/app-error.ts';

let t: TestApp;
const logLines: string[] = [];

beforeAll(async () => {
  t = await createTestApp({ bodyLimitBytes: 1024 });
  // Routes that exist only in this test, to exercise validation and error mapping.
  const sink = new Writable({
    write(chunk: Buffer, _enc, cb) {
      logLines.push(chunk.toString());
      cb();
    },
  });
  (t.container as { logger: unknown }).logger = createLogger('info', sink);
});

afterAll(async () => {
  await scratch?.close();
  await t.close();
});

let scratch: Awaited<ReturnType<typeof buildScratchApp>> | undefined;
async function scratchApp() {
  scratch ??= await buildScratchApp();
  return scratch;
}

async function buildScratchApp() {
  const { buildApp } = await import('./app.ts');
  const app = await buildApp(t.container);
  app.post('/t/echo', { schema: { body: z.object({ n: z.number().int() }) } }, async (req) => ({ n: req.body.n }));
  app.get('/t/query', { schema: { querystring: z.object({ limit: z.coerce.number().int().min(1).max(10) }) } }, async (req) => ({ limit: req.query.limit }));
  app.get('/t/boom', async () => {
    throw new Error('database password is hunter2');
  });
  app.get('/t/domain', async () => {
    throw new AppError('CONFLICT', 'That operation is already closed.');
  });
  await app.ready();
  return app;
}

describe('HTTP basics', () => {
  it('answers liveness and readiness', async () => {
    expect((await t.app.inject('/healthz')).json()).toEqual({ status: 'ok' });
    const ready = await t.app.inject('/readyz');
    expect(ready.statusCode).toBe(200);
    expect(ready.json()).toMatchObject({ status: 'ready', database: { engine: expect.any(String) } });
  });

  it('is not ready when the database lacks a migration', async () => {
    await t.db.query("delete from schema_migrations where version = '0001'");
    try {
      const res = await t.app.inject('/readyz');
      expect(res.statusCode).toBe(503);
      expect(res.json().error.code).toBe('NOT_READY');
    } finally {
      const { loadMigrations } = await import('../core/db/index.ts');
      const m = loadMigrations()[0]!;
      await t.db.query('insert into schema_migrations (version, name, checksum) values ($1, $2, $3)', [m.version, m.name, m.checksum]);
    }
  });

  it('sends security headers and a request id, keeping a well-formed incoming one', async () => {
    const res = await t.app.inject({ url: '/healthz', headers: { 'x-request-id': 'trace-12345678' } });
    expect(res.headers['x-request-id']).toBe('trace-12345678');
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['content-security-policy']).toContain("frame-ancestors 'none'");
    expect(res.headers['referrer-policy']).toBe('no-referrer');
    const hostile = await t.app.inject({ url: '/healthz', headers: { 'x-request-id': '<script>alert(1)</script>' } });
    expect(hostile.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('publishes an OpenAPI 3 document and a reference page', async () => {
    const doc = (await t.app.inject('/openapi.json')).json();
    expect(doc.openapi).toMatch(/^3\./);
    expect(Object.keys(doc.paths)).toEqual(expect.arrayContaining(['/healthz', '/readyz']));
    const page = await t.app.inject('/docs');
    expect(page.statusCode).toBe(200);
    expect(page.headers['content-type']).toContain('text/html');
  });

  it('exposes Prometheus metrics with request durations by route template', async () => {
    await t.app.inject('/healthz');
    const res = await t.app.inject('/metrics');
    expect(res.headers['content-type']).toContain('text/plain');
    expect(res.body).toMatch(/vigil_http_request_duration_seconds_count\{service="vigil",method="GET",route="\/healthz",status_code="200"\} [1-9]/);
    expect(res.body).toContain('vigil_jobs{status="queued"');
    expect(res.body).toContain('vigil_process_cpu_user_seconds_total');
  });
});

describe('bad input gets a 4xx with a stable code', () => {
  const cases: Array<[string, InjectOptions, number, string]> = [
    ['unknown route', { method: 'GET', url: '/no/such/route' }, 404, 'ROUTE_NOT_FOUND'],
    ['malformed JSON', { method: 'POST', url: '/t/echo', payload: '{"n": 1', headers: { 'content-type': 'application/json' } }, 400, 'MALFORMED_JSON'],
    ['empty JSON body', { method: 'POST', url: '/t/echo', payload: '', headers: { 'content-type': 'application/json' } }, 400, 'EMPTY_BODY'],
    ['schema mismatch', { method: 'POST', url: '/t/echo', payload: { n: 'one' } }, 400, 'VALIDATION_FAILED'],
    ['oversized body', { method: 'POST', url: '/t/echo', payload: JSON.stringify({ n: 1, pad: 'x'.repeat(5000) }), headers: { 'content-type': 'application/json' } }, 413, 'PAYLOAD_TOO_LARGE'],
    ['wrong content type', { method: 'POST', url: '/t/echo', payload: 'n=1', headers: { 'content-type': 'application/x-www-form-urlencoded' } }, 415, 'UNSUPPORTED_MEDIA_TYPE'],
    ['invalid query value', { method: 'GET', url: '/t/query?limit=abc' }, 400, 'VALIDATION_FAILED'],
    ['out-of-range query value', { method: 'GET', url: '/t/query?limit=1000' }, 400, 'VALIDATION_FAILED'],
    ['missing query value', { method: 'GET', url: '/t/query' }, 400, 'VALIDATION_FAILED'],
    ['domain error', { method: 'GET', url: '/t/domain' }, 409, 'CONFLICT'],
  ];
  for (const [name, request, status, code] of cases) {
    it(name, async () => {
      const app = await scratchApp();
      const res = await app.inject(request);
      expect(res.statusCode).toBe(status);
      const body = res.json();
      expect(body.error.code).toBe(code);
      expect(body.error.requestId).toBe(res.headers['x-request-id']);
      expect(typeof body.error.message).toBe('string');
    });
  }

  it('answers good input on the same routes', async () => {
    const app = await scratchApp();
    expect((await app.inject({ method: 'POST', url: '/t/echo', payload: { n: 3 } })).json()).toEqual({ n: 3 });
    expect((await app.inject({ method: 'GET', url: '/t/query?limit=5' })).json()).toEqual({ limit: 5 });
  });

  it('turns an unknown error into a logged 500 that leaks nothing', async () => {
    const app = await scratchApp();
    const res = await app.inject('/t/boom');
    expect(res.statusCode).toBe(500);
    expect(res.json().error).toEqual({ code: 'INTERNAL', message: expect.any(String), requestId: res.headers['x-request-id'] });
    expect(res.body).not.toContain('hunter2');
    expect(res.body).not.toContain('at ');
    const logged = logLines.find((l) => l.includes('unhandled error'));
    expect(logged).toBeDefined();
    expect(JSON.parse(logged!)).toMatchObject({ level: 'error', reqId: res.headers['x-request-id'], err: { message: 'database password is hunter2' } });
  });
});
