// The TCO Art. 7(3) transparency report on a hand-built month with known numbers: six removal
// orders (three removed within the hour, one after it, one rejected, one unanswered from another
// authority), three voluntary referrals (geo-blocked, force majeure, unanswered), two complaints
// (one upheld and restored, one dismissed), and an order before the period that must not count.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Organisation } from '../organisations/organisation.model.ts';
import { buildOrganisation, buildSignedInMember, type Caller } from '../../../test/factories.ts';
import { createTestApp, type TestApp } from '../../../test/test-app.ts';

const MIN = 60_000;
const HOSTILE = '=HYPERLINK("http://evil.example","x") <script>alert(1)</script>';
let t: TestApp;
let operator: Organisation;
let analyst: Caller;
let supervisor: Caller;
let analyst2: Caller;
let supervisor2: Caller;
let liaison: Caller;
let auditor: Caller;
let otherLiaison: Caller;
let platformId: number;
let counter = 0;

const REPORT = '/platform/transparency-report';
const period = () => `platformId=${platformId}&from=2026-03-01&to=2026-03-31`;

beforeAll(async () => {
  t = await createTestApp({ sessionIdleMinutes: 10_000, sessionTtlHours: 720 }, { clockStart: '2026-02-28T10:00:00Z' });
  const iru = await buildOrganisation(t, { kind: 'authority', competentAuthority: true });
  const iru2 = await buildOrganisation(t, { kind: 'authority', competentAuthority: true });
  const coordinator = (await buildSignedInMember(t, iru, ['coordinator'])).as;
  analyst = (await buildSignedInMember(t, iru, ['analyst'])).as;
  supervisor = (await buildSignedInMember(t, iru, ['supervisor'])).as;
  analyst2 = (await buildSignedInMember(t, iru2, ['analyst'])).as;
  supervisor2 = (await buildSignedInMember(t, iru2, ['supervisor'])).as;
  operator = await buildOrganisation(t, { kind: 'platform' });
  liaison = (await buildSignedInMember(t, operator, ['liaison'])).as;
  auditor = (await buildSignedInMember(t, operator, ['auditor'])).as;
  otherLiaison = (await buildSignedInMember(t, await buildOrganisation(t, { kind: 'platform' }), ['liaison'])).as;
  const created = await coordinator.post('/platforms', { name: HOSTILE, category: 'video', domains: ['reporttube.example'], operatorOrganisationId: operator.id });
  expect(created.statusCode, created.body).toBe(201);
  platformId = created.json().id;

  // Before the period: an order removed on 28 February.
  await answer(await sent('removal_order'), 'remove');
  t.clock.set('2026-03-02T09:00:00Z');

  const orders = [];
  for (let i = 0; i < 3; i++) {
    const id = await sent('removal_order');
    t.clock.advance(10 * MIN);
    await answer(id, 'remove');
    orders.push(id);
  }
  const late = await sent('removal_order');
  t.clock.advance(61 * MIN);
  await answer(late, 'remove');
  await answer(await sent('removal_order'), 'reject');
  await sent('removal_order', { analyst: analyst2, supervisor: supervisor2 });

  await answer(await sent('voluntary_referral'), 'geo_block');
  const fm = await sent('voluntary_referral');
  expect((await liaison.post(`/platform/referrals/${fm}/responses`, { action: 'declare_force_majeure', reason: 'Power cut' })).statusCode).toBe(200);
  await sent('voluntary_referral');

  t.clock.advance(24 * 60 * MIN);
  const upheld = (await liaison.post(`/platform/referrals/${orders[0]}/complaints`, {})).json();
  const dismissed = (await liaison.post(`/platform/referrals/${orders[1]}/complaints`, {})).json();
  t.clock.advance(3 * 24 * 60 * MIN);
  expect((await liaison.post(`/platform/complaints/${upheld.id}/decision`, { outcome: 'upheld', reason: 'Reporting, not propaganda' })).statusCode).toBe(200);
  expect((await liaison.post(`/platform/complaints/${dismissed.id}/decision`, { outcome: 'dismissed', reason: 'Propaganda' })).statusCode).toBe(200);
});
afterAll(async () => {
  await t.close();
});

/** A referral of a new item on the platform, sent, and (unless `acknowledge` is false) acknowledged. */
async function sent(kind: 'removal_order' | 'voluntary_referral', by = { analyst, supervisor }): Promise<number> {
  const item = (await by.analyst.post('/items', { url: `https://reporttube.example/v/${++counter}` })).json().item;
  const body = kind === 'removal_order'
    ? { itemId: item.id, kind, removalOrder: { issuingMemberState: 'NL', issuingAuthority: 'Fictional Unit', referenceNumber: `TR-${counter}`, reasons: ['incitement'], language: 'en', addresseeContact: 'legal@reporttube.example' } }
    : { itemId: item.id, kind };
  const res = await by.analyst.post('/referrals', body);
  expect(res.statusCode, res.body).toBe(201);
  const id = res.json().id as number;
  expect((await by.supervisor.post(`/referrals/${id}/approve`, {})).statusCode).toBe(200);
  expect((await by.supervisor.post(`/referrals/${id}/events`, { event: 'send' })).statusCode).toBe(200);
  return id;
}

async function answer(id: number, action: 'remove' | 'geo_block' | 'reject'): Promise<void> {
  expect((await liaison.post(`/platform/referrals/${id}/responses`, { action: 'acknowledge' })).statusCode).toBe(200);
  const res = await liaison.post(`/platform/referrals/${id}/responses`, action === 'reject' ? { action, rejectReason: 'not_terrorist_content' } : { action });
  expect(res.statusCode, res.body).toBe(200);
}

const zeroReasons = { not_terrorist_content: 0, not_hosted_here: 0, technical_impossibility: 0, insufficient_information: 0, other: 0 };

describe('the transparency report', () => {
  it('gives the operating platform the Art. 7(3) figures of the period', async () => {
    const res = await liaison.get(`${REPORT}?${period()}`);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toEqual({
      platform: { id: platformId, name: HOSTILE },
      period: { from: '2026-03-01T00:00:00.000Z', to: '2026-04-01T00:00:00.000Z' },
      scope: 'platform',
      removalOrders: {
        received: 6,
        actioned: 4,
        removed: 4,
        geoBlocked: 0,
        actionedWithinOneHour: 3,
        actionedAfterOneHour: 1,
        notActioned: { total: 2, rejected: { ...zeroReasons, not_terrorist_content: 1 }, forceMajeure: 0, clarificationRequested: 0, pending: 1 },
      },
      referrals: { received: 3, actioned: 1, removed: 0, geoBlocked: 1, notActioned: { total: 2, rejected: zeroReasons, forceMajeure: 1, clarificationRequested: 0, pending: 1 } },
      complaints: { received: 2, upheld: 1, dismissed: 1, pending: 0, overdue: 0, decidedLate: 0 },
      restoredAfterComplaint: 1,
      generatedAt: t.clock.now().toISOString(),
    });
    // The platform's auditor reads it too; a date-time period excludes its end.
    expect((await auditor.get(`${REPORT}?${period()}`)).json().removalOrders.received).toBe(6);
    const firstDay = (await liaison.get(`${REPORT}?platformId=${platformId}&from=2026-02-28T00:00:00Z&to=2026-03-01T00:00:00Z`)).json();
    expect(firstDay.removalOrders).toMatchObject({ received: 1, actionedWithinOneHour: 1 });
    expect(firstDay.complaints.received).toBe(0);
  });

  it("gives an authority the same figures for its own referrals only, and nobody else's platform", async () => {
    const own = (await supervisor.get(`${REPORT}?${period()}`)).json();
    expect(own).toMatchObject({ scope: 'own_referrals', removalOrders: { received: 5, actionedWithinOneHour: 3, actionedAfterOneHour: 1, notActioned: { total: 1, pending: 0 } }, referrals: { received: 3 }, complaints: { received: 2, upheld: 1 }, restoredAfterComplaint: 1 });
    const other = (await supervisor2.get(`${REPORT}?${period()}`)).json();
    expect(other).toMatchObject({ scope: 'own_referrals', removalOrders: { received: 1, actioned: 0, notActioned: { pending: 1 } }, referrals: { received: 0 }, complaints: { received: 0 }, restoredAfterComplaint: 0 });
    expect((await otherLiaison.get(`${REPORT}?${period()}`)).statusCode).toBe(404);
    expect((await analyst.get(`${REPORT}?${period()}`)).statusCode).toBe(403);
    expect((await liaison.get(`${REPORT}?platformId=999999&from=2026-03-01&to=2026-03-31`)).statusCode).toBe(404);
    expect((await liaison.get(`${REPORT}?platformId=${platformId}&from=2026-03-31&to=2026-03-01`)).json().error.code).toBe('VALIDATION_FAILED');
    expect((await liaison.get(`${REPORT}?platformId=${platformId}&from=yesterday&to=2026-03-01`)).json().error.code).toBe('VALIDATION_FAILED');
  });

  it('exports CSV with formula-safe cells, one figure a row', async () => {
    const res = await liaison.get(`${REPORT}?${period()}&format=csv`);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain('text/csv');
    expect(res.headers['content-disposition']).toContain(`transparency-${platformId}-2026-03-01-2026-04-01.csv`);
    const lines = res.body.trimEnd().split('\r\n');
    expect(lines[0]).toBe('platform_id,platform,scope,from,to,section,figure,detail,value');
    const cells = `${platformId},"'=HYPERLINK(""http://evil.example"",""x"") <script>alert(1)</script>",platform,2026-03-01T00:00:00.000Z,2026-04-01T00:00:00.000Z`;
    expect(lines).toContain(`${cells},removal_orders,actioned_within_one_hour,,3`);
    expect(lines).toContain(`${cells},removal_orders,not_actioned_rejected,not_terrorist_content,1`);
    expect(lines).toContain(`${cells},complaints,upheld,,1`);
    expect(lines).toContain(`${cells},restorations,after_complaint,,1`);
    for (const line of lines.slice(1)) expect(line.split(',')[1]).toMatch(/^"'=/);
  });

  it('prints a self-contained HTML page with every string escaped', async () => {
    const res = await liaison.get(`${REPORT}?${period()}&format=html`);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain('text/html');
    const html = res.body;
    expect(html).not.toContain('<script>');
    expect(html).toContain('=HYPERLINK(&quot;http://evil.example&quot;,&quot;x&quot;) &lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).toContain('@media print');
    expect(html).not.toMatch(/<(link|script|img)\b/);
    expect(html).toContain('<tr><td>Removed or disabled within one hour of receipt</td><td class="n">3</td></tr>');
    expect(html).toContain('<tr><td>Upheld (content restored)</td><td class="n">1</td></tr>');
  });
});
