import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createJobWorker } from '../../container.ts';
import { buildOrganisation, buildSignedInMember, type Caller } from '../../../test/factories.ts';
import { createTestApp, type TestApp } from '../../../test/test-app.ts';
import { verifyWebhookSignature } from './webhook-signature.ts';
import { WEBHOOK_RETRY } from './webhook.service.ts';

const HOUR = 3_600_000;
let t: TestApp;
let analyst: Caller;
let supervisor: Caller;
let coordinator: Caller;
let counter = 0;

interface Received {
  headers: IncomingHttpHeaders;
  body: string;
}

/** A loopback receiver that answers the statuses of `plan` in turn, then 200. */
function receiver(plan: number[] = []): Promise<{ url: string; port: number; received: Received[]; server: Server }> {
  const received: Received[] = [];
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      received.push({ headers: req.headers, body: Buffer.concat(chunks).toString('utf8') });
      res.statusCode = plan.shift() ?? 200;
      res.end('ignored');
    });
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => {
    const port = (server.address() as AddressInfo).port;
    resolve({ url: `http://127.0.0.1:${port}/hooks`, port, received, server });
  }));
}
const closeServer = (s: Server) => new Promise<void>((resolve) => s.close(() => resolve()));
const servers: Server[] = [];

/** A platform organisation with a liaison, a platform it operates and one endpoint. */
async function platformWithEndpoint(url: string) {
  const org = await buildOrganisation(t, { kind: 'platform' });
  const liaison = (await buildSignedInMember(t, org, ['liaison'])).as;
  const host = `hooks${++counter}.example`;
  // Webhooks are the channel this platform chose (see src/modules/delivery/referral-delivery.ts).
  const platform = await coordinator.post('/platforms', { name: `Hook Tube ${counter}`, category: 'video', domains: [host], operatorOrganisationId: org.id, deliveryChannel: 'webhook' });
  expect(platform.statusCode, platform.body).toBe(201);
  const created = await liaison.post('/platform/webhooks', { url });
  expect(created.statusCode, created.body).toBe(201);
  return { liaison, host, endpointId: created.json().endpoint.id as number, secret: created.json().secret as string };
}

async function sendReferral(host: string): Promise<number> {
  const item = (await analyst.post('/items', { url: `https://${host}/v/${++counter}` })).json().item;
  const id = (await analyst.post('/referrals', { itemId: item.id, kind: 'voluntary_referral' })).json().id as number;
  expect((await supervisor.post(`/referrals/${id}/approve`, {})).statusCode).toBe(200);
  const sent = await supervisor.post(`/referrals/${id}/events`, { event: 'send' });
  expect(sent.statusCode, sent.body).toBe(200);
  return id;
}

const drain = () => createJobWorker(t.container).drain();

beforeAll(async () => {
  t = await createTestApp({ sessionIdleMinutes: 10_000, sessionTtlHours: 720, secretKey: 'ab'.repeat(32), webhookAllowPrivateTargets: true });
  const iru = await buildOrganisation(t, { kind: 'authority', competentAuthority: true });
  coordinator = (await buildSignedInMember(t, iru, ['coordinator'])).as;
  analyst = (await buildSignedInMember(t, iru, ['analyst'])).as;
  supervisor = (await buildSignedInMember(t, iru, ['supervisor'])).as;
});
afterAll(async () => {
  await Promise.all(servers.map(closeServer));
  await t.close();
});

describe('signed deliveries', () => {
  it('POSTs a signed event when a referral is sent, verifiable by the helper, and a replay later fails', async () => {
    const r = await receiver();
    servers.push(r.server);
    const { liaison, host, secret, endpointId } = await platformWithEndpoint(r.url);
    const list = (await liaison.get('/platform/webhooks')).json().endpoints;
    expect(list).toEqual([expect.objectContaining({ id: endpointId, url: r.url, enabled: true })]);
    expect(JSON.stringify(list)).not.toContain(secret);
    const { rows } = await t.db.query<{ secret_encrypted: string }>('select secret_encrypted from webhook_endpoints where id = $1', [endpointId]);
    expect(rows[0]!.secret_encrypted).not.toContain(secret);

    const referralId = await sendReferral(host);
    const pending = (await liaison.get('/platform/webhooks/deliveries')).json().deliveries;
    expect(pending).toEqual([expect.objectContaining({ referralId, status: 'pending', attempts: 0 })]);
    await drain();

    expect(r.received).toHaveLength(1);
    const req = r.received[0]!;
    expect(verifyWebhookSignature(secret, req.headers['vigil-signature'] as string, req.body, t.clock.now())).toBe(true);
    expect(verifyWebhookSignature('whsec_wrong', req.headers['vigil-signature'] as string, req.body, t.clock.now())).toBe(false);
    expect(req.headers['vigil-delivery']).toBe(String(pending[0].id));
    expect(req.headers['idempotency-key']).toBe(pending[0].idempotencyKey);
    expect(JSON.parse(req.body)).toMatchObject({ event: 'referral.sent', referral: { id: referralId, state: 'sent' } });
    // The same request replayed ten minutes later: the signature is genuine, the timestamp stale.
    expect(verifyWebhookSignature(secret, req.headers['vigil-signature'] as string, req.body, new Date(t.clock.now().getTime() + 600_000))).toBe(false);

    const delivered = (await liaison.get('/platform/webhooks/deliveries')).json().deliveries[0];
    expect(delivered).toMatchObject({ status: 'delivered', attempts: 1, lastStatusCode: 200, lastError: null });
  });

  it('retries with backoff after failures until the receiver answers 2xx', async () => {
    const r = await receiver([500, 500]);
    servers.push(r.server);
    const { liaison, host } = await platformWithEndpoint(r.url);
    await sendReferral(host);
    await drain();
    expect((await liaison.get('/platform/webhooks/deliveries')).json().deliveries[0]).toMatchObject({ status: 'pending', attempts: 1, lastStatusCode: 500, lastError: 'HTTP 500' });
    // Not before the backoff has passed.
    await drain();
    expect(r.received).toHaveLength(1);
    t.clock.advance(WEBHOOK_RETRY.backoffBaseMs);
    await drain();
    expect(r.received).toHaveLength(2);
    t.clock.advance(2 * WEBHOOK_RETRY.backoffBaseMs);
    await drain();
    expect(r.received).toHaveLength(3);
    expect(new Set(r.received.map((x) => x.headers['idempotency-key'])).size).toBe(1);
    expect((await liaison.get('/platform/webhooks/deliveries')).json().deliveries[0]).toMatchObject({ status: 'delivered', attempts: 3, lastStatusCode: 200 });
  });

  it('ends dead after the last attempt against an unreachable receiver, listed as a dead letter, and can be redelivered', async () => {
    const gone = await receiver();
    await closeServer(gone.server);
    const { liaison, host } = await platformWithEndpoint(gone.url);
    await sendReferral(host);
    for (let i = 0; i < WEBHOOK_RETRY.maxAttempts; i++) {
      await drain();
      t.clock.advance(WEBHOOK_RETRY.backoffCapMs);
    }
    const dead = (await liaison.get('/platform/webhooks/deliveries?status=dead')).json().deliveries;
    expect(dead).toEqual([expect.objectContaining({ status: 'dead', attempts: WEBHOOK_RETRY.maxAttempts, lastStatusCode: null })]);
    expect(dead[0].lastError).toBeTruthy();
    const { rows } = await t.db.query<{ status: string }>("select status from jobs where kind = 'webhooks.deliver' and dedupe_key = $1", [String(dead[0].id)]);
    expect(rows.map((j) => j.status)).toEqual(['dead']);

    // The receiver comes back on the same port; a liaison sends the delivery again.
    const back = await new Promise<Received[]>((resolve) => {
      const received: Received[] = [];
      const server = createServer((req, res) => {
        const chunks: Buffer[] = [];
        req.on('data', (c: Buffer) => chunks.push(c));
        req.on('end', () => {
          received.push({ headers: req.headers, body: Buffer.concat(chunks).toString('utf8') });
          res.end();
        });
      });
      servers.push(server);
      server.listen(gone.port, '127.0.0.1', () => resolve(received));
    });
    const again = await liaison.post(`/platform/webhooks/deliveries/${dead[0].id}/redeliver`, {});
    expect(again.statusCode, again.body).toBe(200);
    expect(again.json()).toMatchObject({ id: dead[0].id, status: 'pending' });
    await drain();
    expect(back).toHaveLength(1);
    expect(back[0]!.headers['idempotency-key']).toBe(dead[0].idempotencyKey);
    expect((await liaison.get('/platform/webhooks/deliveries?status=dead')).json().deliveries).toEqual([]);
    expect((await liaison.get('/platform/webhooks/deliveries?status=delivered')).json().deliveries[0]).toMatchObject({ id: dead[0].id, status: 'delivered' });
  });
});

describe('rotation', () => {
  it('signs with both secrets during the grace period, then with the new one only', async () => {
    const r = await receiver();
    servers.push(r.server);
    const { liaison, host, endpointId, secret: oldSecret } = await platformWithEndpoint(r.url);
    const rotated = await liaison.post(`/platform/webhooks/${endpointId}/rotate`, {});
    expect(rotated.statusCode, rotated.body).toBe(200);
    const newSecret = rotated.json().secret as string;
    expect(newSecret).not.toBe(oldSecret);
    expect(rotated.json().endpoint.previousSecretValidUntil).toBeTruthy();

    await sendReferral(host);
    await drain();
    const during = r.received.at(-1)!;
    const header = during.headers['vigil-signature'] as string;
    expect(header.match(/v1=/g)).toHaveLength(2);
    expect(verifyWebhookSignature(newSecret, header, during.body, t.clock.now())).toBe(true);
    expect(verifyWebhookSignature(oldSecret, header, during.body, t.clock.now())).toBe(true);

    t.clock.advance(25 * HOUR);
    await sendReferral(host);
    await drain();
    const after = r.received.at(-1)!;
    const afterHeader = after.headers['vigil-signature'] as string;
    expect(afterHeader.match(/v1=/g)).toHaveLength(1);
    expect(verifyWebhookSignature(newSecret, afterHeader, after.body, t.clock.now())).toBe(true);
    expect(verifyWebhookSignature(oldSecret, afterHeader, after.body, t.clock.now())).toBe(false);
  });
});

describe('isolation', () => {
  it("hides an organisation's endpoints and deliveries from other organisations (404) and refuses roles without webhooks:manage", async () => {
    const r = await receiver();
    servers.push(r.server);
    const { liaison, host, endpointId } = await platformWithEndpoint(r.url);
    await sendReferral(host);
    await drain();
    const deliveryId = (await liaison.get('/platform/webhooks/deliveries')).json().deliveries[0].id as number;

    const other = (await buildSignedInMember(t, await buildOrganisation(t, { kind: 'platform' }), ['liaison'])).as;
    expect((await other.get('/platform/webhooks')).json().endpoints).toEqual([]);
    expect((await other.get('/platform/webhooks/deliveries')).json().deliveries).toEqual([]);
    expect((await other.post(`/platform/webhooks/${endpointId}/rotate`, {})).statusCode).toBe(404);
    expect((await other.delete(`/platform/webhooks/${endpointId}`)).statusCode).toBe(404);
    expect((await other.post(`/platform/webhooks/deliveries/${deliveryId}/redeliver`, {})).statusCode).toBe(404);
    expect((await analyst.get('/platform/webhooks')).statusCode).toBe(403);
    expect((await liaison.post('/platform/webhooks', { url: 'ftp://example.org/x' })).json().error.code).toBe('URL_INVALID');

    expect((await liaison.delete(`/platform/webhooks/${endpointId}`)).statusCode).toBe(204);
    expect((await liaison.get('/platform/webhooks')).json().endpoints).toEqual([]);
    expect((await liaison.get('/platform/webhooks/deliveries')).json().deliveries).toEqual([]);
  });
});
