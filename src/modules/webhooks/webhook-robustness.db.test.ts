import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createJobWorker } from '../../container.ts';
import { buildOrganisation, buildSignedInMember, type Caller } from '../../../test/factories.ts';
import { createTestApp, type TestApp } from '../../../test/test-app.ts';
import { WEBHOOK_DELIVER_JOB, WEBHOOK_RETRY } from './webhook.service.ts';

let counter = 0;

interface Side {
  coordinator: Caller;
  analyst: Caller;
  supervisor: Caller;
}

async function referringSide(t: TestApp): Promise<Side> {
  const iru = await buildOrganisation(t, { kind: 'authority', competentAuthority: true });
  return {
    coordinator: (await buildSignedInMember(t, iru, ['coordinator'])).as,
    analyst: (await buildSignedInMember(t, iru, ['analyst'])).as,
    supervisor: (await buildSignedInMember(t, iru, ['supervisor'])).as,
  };
}

async function webhookPlatform(t: TestApp, side: Side): Promise<{ liaison: Caller; host: string }> {
  const org = await buildOrganisation(t, { kind: 'platform' });
  const liaison = (await buildSignedInMember(t, org, ['liaison'])).as;
  const host = `robust${++counter}.example`;
  const res = await side.coordinator.post('/platforms', { name: `Robust Tube ${counter}`, category: 'video', domains: [host], operatorOrganisationId: org.id, deliveryChannel: 'webhook' });
  expect(res.statusCode, res.body).toBe(201);
  return { liaison, host };
}

async function send(side: Side, host: string): Promise<number> {
  const item = (await side.analyst.post('/items', { url: `https://${host}/v/${++counter}` })).json().item;
  const id = (await side.analyst.post('/referrals', { itemId: item.id, kind: 'voluntary_referral' })).json().id as number;
  expect((await side.supervisor.post(`/referrals/${id}/approve`, {})).statusCode).toBe(200);
  const sent = await side.supervisor.post(`/referrals/${id}/events`, { event: 'send' });
  expect(sent.statusCode, sent.body).toBe(200);
  return id;
}

describe('a webhook delivery whose worker dies on the last attempt', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp({ sessionIdleMinutes: 10_000, sessionTtlHours: 720, secretKey: 'ef'.repeat(32), webhookAllowPrivateTargets: true });
  });
  afterAll(async () => {
    await t.close();
  });

  it('ends dead, not pending, when the queue dead-letters its job', async () => {
    // A receiver that is gone: every attempt fails at once.
    const gone = createServer();
    await new Promise<void>((resolve) => gone.listen(0, '127.0.0.1', () => resolve()));
    const url = `http://127.0.0.1:${(gone.address() as AddressInfo).port}/hooks`;
    await new Promise<void>((resolve) => gone.close(() => resolve()));

    const side = await referringSide(t);
    const { liaison, host } = await webhookPlatform(t, side);
    expect((await liaison.post('/platform/webhooks', { url })).statusCode).toBe(201);
    await send(side, host);
    for (let i = 0; i < WEBHOOK_RETRY.maxAttempts - 1; i++) {
      await createJobWorker(t.container).drain();
      t.clock.advance(WEBHOOK_RETRY.backoffCapMs);
    }
    const before = (await liaison.get('/platform/webhooks/deliveries')).json().deliveries[0];
    expect(before).toMatchObject({ status: 'pending', attempts: WEBHOOK_RETRY.maxAttempts - 1 });

    // A worker claims the last attempt and dies (no outcome recorded); its lease runs out.
    const { repository } = t.container.jobs;
    const now = t.clock.now();
    const claimed = await repository.claim([WEBHOOK_DELIVER_JOB], 'doomed-worker', 10, now, new Date(now.getTime() + 60_000));
    expect(claimed.map((j) => j.attempts)).toEqual([WEBHOOK_RETRY.maxAttempts]);
    t.clock.advance(60_000);
    await createJobWorker(t.container).drain();

    expect((await repository.get(claimed[0]!.id))!.status).toBe('dead');
    const after = (await liaison.get('/platform/webhooks/deliveries?status=dead')).json().deliveries;
    expect(after).toEqual([expect.objectContaining({ id: before.id, status: 'dead', attempts: WEBHOOK_RETRY.maxAttempts - 1 })]);
    expect(after[0].lastError).toMatch(/worker running the last attempt stopped/);
    expect((await liaison.get('/platform/webhooks/deliveries?status=pending')).json().deliveries).toEqual([]);
  });
});

describe('webhooks without VIGIL_SECRET_KEY', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp({ sessionIdleMinutes: 10_000, sessionTtlHours: 720, webhookAllowPrivateTargets: true });
  });
  afterAll(async () => {
    await t.close();
  });

  it('answers WEBHOOKS_NOT_CONFIGURED (503) to creating an endpoint, and sending a referral still works without deliveries', async () => {
    const side = await referringSide(t);
    const { liaison, host } = await webhookPlatform(t, side);
    const created = await liaison.post('/platform/webhooks', { url: 'http://127.0.0.1:9/hooks' });
    expect(created.statusCode).toBe(503);
    expect(created.json().error.code).toBe('WEBHOOKS_NOT_CONFIGURED');
    expect((await liaison.get('/platform/webhooks')).json().endpoints).toEqual([]);
    // Rotating needs the key as well; an unknown endpoint is not reached before that check.
    expect((await liaison.post('/platform/webhooks/1/rotate', {})).json().error.code).toBe('WEBHOOKS_NOT_CONFIGURED');

    const id = await send(side, host);
    expect((await liaison.get('/platform/webhooks/deliveries')).json().deliveries).toEqual([]);
    // The referral reached the platform anyway: in its portal and its feed.
    expect((await liaison.get(`/platform/referrals/${id}`)).statusCode).toBe(200);
    expect((await liaison.get('/platform/feed')).json().events.map((e: { referral: { id: number } }) => e.referral.id)).toContain(id);
  });
});
