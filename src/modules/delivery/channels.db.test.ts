import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildOrganisation, buildSignedInMember, type Caller } from '../../../test/factories.ts';
import { createTestApp, type TestApp } from '../../../test/test-app.ts';
import { CHANNEL_PUSH } from './referral-delivery.ts';

let t: TestApp;
let coordinator: Caller;
let analyst: Caller;
let supervisor: Caller;
let counter = 0;

/** A platform with the given channel, an operating organisation with a liaison, a webhook endpoint and a contact address. */
async function platform(channel: string) {
  const org = await buildOrganisation(t, { kind: 'platform' });
  const liaison = (await buildSignedInMember(t, org, ['liaison'])).as;
  const host = `chan${++counter}.example`;
  const res = await coordinator.post('/platforms', { name: `Channel Tube ${counter}`, category: 'video', domains: [host], operatorOrganisationId: org.id, deliveryChannel: channel, contactEmail: `abuse@${host}` });
  expect(res.statusCode, res.body).toBe(201);
  // Never reached: the tests look at the deliveries written, not at their sending.
  expect((await liaison.post('/platform/webhooks', { url: 'http://127.0.0.1:9/hook' })).statusCode).toBe(201);
  return { liaison, host, platformId: res.json().id as number };
}

async function send(host: string, to: { recipientKind?: string; infrastructureProviderId?: number } = {}): Promise<number> {
  const item = (await analyst.post('/items', { url: `https://${host}/v/${++counter}` })).json().item;
  const res = await analyst.post('/referrals', { itemId: item.id, kind: 'voluntary_referral', ...to });
  expect(res.statusCode, res.body).toBe(201);
  const id = res.json().id as number;
  expect((await supervisor.post(`/referrals/${id}/approve`, {})).statusCode).toBe(200);
  expect((await supervisor.post(`/referrals/${id}/events`, { event: 'send' })).statusCode).toBe(200);
  return id;
}

async function outcome(liaison: Caller, referralId: number) {
  const webhooks = (await liaison.get('/platform/webhooks/deliveries')).json().deliveries.filter((d: { referralId: number }) => d.referralId === referralId).length as number;
  const emails = (await analyst.get(`/email-deliveries?referralId=${referralId}`)).json().deliveries.length as number;
  const feed = (await liaison.get('/platform/feed')).json().events.filter((e: { referral: { id: number } }) => e.referral.id === referralId).length as number;
  const portal = (await liaison.get(`/platform/referrals/${referralId}`)).statusCode === 200;
  return { webhooks, emails, feed, portal };
}

beforeAll(async () => {
  // No SMTP settings: e-mail deliveries are written and wait, which is all these tests look at.
  t = await createTestApp({ sessionIdleMinutes: 10_000, sessionTtlHours: 720, secretKey: 'cd'.repeat(32), webhookAllowPrivateTargets: true });
  const iru = await buildOrganisation(t, { kind: 'authority', competentAuthority: true });
  coordinator = (await buildSignedInMember(t, iru, ['coordinator'])).as;
  analyst = (await buildSignedInMember(t, iru, ['analyst'])).as;
  supervisor = (await buildSignedInMember(t, iru, ['supervisor'])).as;
});
afterAll(async () => {
  await t.close();
});

describe("delivery follows the platform's channel", () => {
  it('pushes by webhook only for the webhook channel and by e-mail only for the e-mail channel; portal and feed always', async () => {
    const expected = { portal: { webhooks: 0, emails: 0 }, api_polling: { webhooks: 0, emails: 0 }, webhook: { webhooks: 1, emails: 0 }, email: { webhooks: 0, emails: 1 } };
    for (const channel of ['portal', 'api_polling', 'webhook', 'email'] as const) {
      const p = await platform(channel);
      const id = await send(p.host);
      expect({ channel, ...(await outcome(p.liaison, id)) }).toEqual({ channel, ...expected[channel], feed: 1, portal: true });
      expect(CHANNEL_PUSH[channel]).toBe(channel === 'webhook' || channel === 'email' ? channel : null);
    }
  });

  it('follows a change of channel for the next referral', async () => {
    // A platform without an operator in Vigil: e-mail is how it is reached, until the registry says otherwise.
    const host = `chan${++counter}.example`;
    const created = await coordinator.post('/platforms', { name: `Channel Tube ${counter}`, category: 'video', domains: [host], deliveryChannel: 'email', contactEmail: `abuse@${host}` });
    expect(created.statusCode, created.body).toBe(201);
    const first = await send(host);
    expect((await coordinator.patch(`/platforms/${created.json().id}`, { deliveryChannel: 'portal' })).statusCode).toBe(200);
    const second = await send(host);
    const emails = async (id: number) => (await analyst.get(`/email-deliveries?referralId=${id}`)).json().deliveries.length as number;
    expect([await emails(first), await emails(second)]).toEqual([1, 0]);
  });

  it('tells a platform nothing about a referral addressed to the infrastructure provider behind it', async () => {
    for (const channel of ['webhook', 'email'] as const) {
      const p = await platform(channel);
      const provider = (await coordinator.post('/infrastructure-providers', { name: `Chan Host ${++counter}`, kind: 'hosting', contactEmail: `abuse@host${counter}.example` })).json();
      const id = await send(p.host, { recipientKind: 'infrastructure_provider', infrastructureProviderId: provider.id });
      expect(await outcome(p.liaison, id)).toEqual({ webhooks: 0, emails: 0, feed: 0, portal: false });
    }
  });
});
