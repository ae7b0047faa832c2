// Referrals in a real browser, end to end across three organisations: an analyst proposes a
// removal order; another agency's hold on the same content blocks the supervisor's approval with a
// clear ITEM_HELD message; once the hold is released the supervisor approves (four-eyes) and sends
// it; the platform's liaison sees it in the portal with a live countdown on a 390 px phone and
// answers "removed"; the referring agency's timeline shows the answer. Then the platform's settings:
// a webhook endpoint and an upload-check key, each secret shown once.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Organisation } from '../../src/modules/organisations/organisation.model.ts';
import { buildMember, buildOrganisation, buildSignedInMember, signIn, type Caller, type TestMember } from '../factories.ts';
import { browserAvailable, screenshot, signInThroughUi, startBrowserTestApp, watchForErrors, type BrowserTestApp } from './harness.ts';

const HOUR = 3_600_000;
let t: BrowserTestApp;
let iru: Organisation;
let operator: Organisation;
let analyst: TestMember & { as: Caller };
let supervisor: TestMember & { as: Caller };
let coordinator: Caller;
let partnerAnalyst: TestMember & { as: Caller };
let liaison: TestMember & { as: Caller };
let operationId: number;
let platformId: number;
let counter = 0;
let sink: Server;
let sinkUrl: string;

/** A removal order (or voluntary referral) of a new item, moved through the API up to `until`. */
async function apiReferral(opts: { kind?: 'removal_order' | 'voluntary_referral'; until?: 'proposed' | 'sent' } = {}): Promise<number> {
  const kind = opts.kind ?? 'removal_order';
  const n = ++counter;
  const item = await analyst.as.post('/items', { url: `https://sidetube.example/watch/extra-${n}`, operationId });
  expect(item.statusCode, item.body).toBe(201);
  const body =
    kind === 'removal_order'
      ? { itemId: item.json().item.id, kind, removalOrder: { issuingMemberState: 'BE', issuingAuthority: 'Fictional Referral Unit', referenceNumber: `EXTRA-${n}`, reasons: ['incitement'], language: 'en', addresseeContact: 'legal@sidetube.example' } }
      : { itemId: item.json().item.id, kind };
  const proposed = await analyst.as.post('/referrals', body);
  expect(proposed.statusCode, proposed.body).toBe(201);
  const id = proposed.json().id as number;
  if ((opts.until ?? 'sent') === 'sent') {
    expect((await supervisor.as.post(`/referrals/${id}/approve`, {})).statusCode).toBe(200);
    expect((await supervisor.as.post(`/referrals/${id}/events`, { event: 'send' })).statusCode).toBe(200);
  }
  return id;
}

const timerText = (page: Page, scope: string) => page.getByTestId(scope).locator('[role="timer"]').first().textContent();

describe.skipIf(!browserAvailable)('referrals in the browser', () => {
  beforeAll(async () => {
    // Webhook secrets are encrypted under VIGIL_SECRET_KEY; the receiver is a local sink.
    t = await startBrowserTestApp({ secretKey: 'cd'.repeat(32), webhookAllowPrivateTargets: true });
    sink = createServer((_req, res) => res.writeHead(204).end());
    await new Promise<void>((resolve) => sink.listen(0, '127.0.0.1', resolve));
    sinkUrl = `http://127.0.0.1:${(sink.address() as AddressInfo).port}/vigil-hook`;

    iru = await buildOrganisation(t, { kind: 'authority', competentAuthority: true, name: 'Fictional Referral Unit' });
    coordinator = (await buildSignedInMember(t, iru, ['coordinator'])).as;
    analyst = await buildSignedInMember(t, iru, ['analyst']);
    supervisor = await buildSignedInMember(t, iru, ['supervisor']);
    const partner = await buildOrganisation(t, { kind: 'authority', name: 'Partner Agency' });
    partnerAnalyst = await buildSignedInMember(t, partner, ['analyst']);
    operator = await buildOrganisation(t, { kind: 'platform', name: 'SideTube Trust & Safety' });
    liaison = await buildSignedInMember(t, operator, ['liaison']);
    const platform = await coordinator.post('/platforms', { name: 'SideTube', category: 'video', domains: ['sidetube.example'], operatorOrganisationId: operator.id });
    expect(platform.statusCode, platform.body).toBe(201);
    platformId = platform.json().id;
    const op = await coordinator.post('/operations', { name: 'Action Day Browser', participants: [partner.id] });
    expect(op.statusCode, op.body).toBe(201);
    operationId = op.json().id;
    expect((await coordinator.post(`/operations/${operationId}/status`, { status: 'live' })).statusCode).toBe(200);
  });
  afterAll(async () => {
    await t?.close();
    await new Promise((resolve) => sink?.close(resolve));
  });

  it('proposes, is blocked by a hold, approves four-eyes, sends, and shows the platform’s answer', async () => {
    const submitted = await analyst.as.post('/items', { url: 'https://sidetube.example/watch/propaganda-1', operationId });
    expect(submitted.statusCode, submitted.body).toBe(201);
    const itemId = submitted.json().item.id as number;

    // The analyst proposes a removal order through the form.
    const analystPage = await (await t.newContext()).newPage();
    const analystErrors = watchForErrors(analystPage);
    await signInThroughUi(analystPage, analyst.email, analyst.password);
    await analystPage.goto(`/app/referrals?propose=${itemId}`);
    expect(await analystPage.getByLabel('Item number').inputValue()).toBe(String(itemId));
    await analystPage.getByLabel('TCO removal order (legally binding, one hour to act)').check();
    await analystPage.getByLabel('Issuing Member State').fill('BE');
    await analystPage.getByLabel('Reference number').fill('TCO-2026-0042');
    await analystPage.getByLabel('Addressee contact point').fill('legal@sidetube.example');
    await analystPage.getByLabel(/incites the commission of a terrorist offence/).check();
    await analystPage.getByLabel(/threat to commit a terrorist offence/).check();
    await analystPage.getByRole('button', { name: 'Propose referral' }).click();
    await analystPage.getByRole('heading', { name: 'Removal order TCO-2026-0042' }).waitFor();
    const referralId = Number(/\/referrals\/(\d+)$/.exec(new URL(analystPage.url()).pathname)?.[1]);
    expect(referralId).toBeGreaterThan(0);
    expect(await analystPage.getByTestId('timeline').textContent()).toContain('Proposed');
    analystErrors.assertNone();

    // Another agency holds the same content (its own item with the same URL).
    // (Outside the operation: inside it, the URL counts once and the second submission is refused.)
    const partnerItem = await partnerAnalyst.as.post('/items', { url: 'https://sidetube.example/watch/propaganda-1' });
    expect(partnerItem.statusCode, partnerItem.body).toBe(201);
    const hold = await partnerAnalyst.as.post('/holds', { itemId: partnerItem.json().item.id, reason: 'Undercover account behind this upload; do not refer before Friday.' });
    expect(hold.statusCode, hold.body).toBe(201);

    // The supervisor's approval is refused, and the page says why.
    const supervisorPage = await (await t.newContext()).newPage();
    const supervisorErrors = watchForErrors(supervisorPage);
    await signInThroughUi(supervisorPage, supervisor.email, supervisor.password);
    await supervisorPage.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Approvals' }).click();
    const card = supervisorPage.getByTestId(`approval-${referralId}`);
    await card.waitFor();
    expect(await card.textContent()).toContain('incites the commission of a terrorist offence');
    await card.getByRole('button', { name: 'Approve and issue removal order' }).click();
    const alert = card.getByRole('alert');
    await expect.poll(() => alert.textContent()).toContain('ITEM_HELD');
    expect(await alert.textContent()).toContain('another organisation holds this content');
    await screenshot(supervisorPage, 'approvals');
    expect((await supervisor.as.get(`/referrals/${referralId}`)).json().state).toBe('proposed');

    // The holder sees who ran into its hold and releases it through its holds page.
    const partnerPage = await (await t.newContext()).newPage();
    const partnerErrors = watchForErrors(partnerPage);
    await signInThroughUi(partnerPage, partnerAnalyst.email, partnerAnalyst.password);
    await partnerPage.goto('/app/holds');
    await expect.poll(() => partnerPage.getByRole('region', { name: 'Others who ran into your holds' }).textContent()).toContain('Fictional Referral Unit tried to approve a referral of item');
    await screenshot(partnerPage, 'holds');
    await partnerPage.getByRole('button', { name: /^Release the hold on item/ }).click();
    await partnerPage.getByRole('button', { name: 'Release', exact: true }).click();
    await expect.poll(() => partnerPage.getByText('No active holds.').count()).toBe(1);
    await partnerPage.getByRole('link', { name: 'Notifications' }).click();
    await partnerPage.getByRole('button', { name: 'Mark read' }).first().click();
    await expect.poll(() => partnerPage.getByRole('button', { name: 'Mark read' }).count()).toBe(0);
    partnerErrors.assertNone();

    // Now the approval goes through (another member proposed it), and the supervisor sends it.
    await card.getByRole('button', { name: 'Approve and issue removal order' }).click();
    await expect.poll(() => supervisorPage.getByRole('status').filter({ hasText: 'issued' }).count()).toBe(1);
    await supervisorPage.getByRole('link', { name: `Open referral #${referralId}` }).click();
    await supervisorPage.getByRole('button', { name: 'Send to the platform' }).click();
    await expect.poll(() => supervisorPage.locator('[data-state]').first().getAttribute('data-state')).toBe('sent');
    await expect.poll(() => supervisorPage.getByTestId('countdown').getAttribute('data-phase')).toBe('running');

    // More work in the liaison's queue: an overdue order, a paused one, a voluntary referral.
    t.clock.set(Date.now() - 2 * HOUR);
    const overdueId = await apiReferral();
    t.clock.set(Date.now());
    const pausedId = await apiReferral();
    await liaison.as.post(`/platform/referrals/${pausedId}/responses`, { action: 'acknowledge' });
    await liaison.as.post(`/platform/referrals/${pausedId}/responses`, { action: 'request_clarification', reason: 'Which minute of the video?' });
    await apiReferral({ kind: 'voluntary_referral' });

    // The liaison, on a phone: most urgent first, a ticking countdown, no sideways scrolling.
    const phone = await (await t.newContext({ width: 390, height: 844 })).newPage();
    const phoneErrors = watchForErrors(phone);
    await signInThroughUi(phone, liaison.email, liaison.password);
    expect(new URL(phone.url()).pathname).toBe('/app/platform');
    const ours = `portal-card-${referralId}`;
    await phone.getByTestId(ours).waitFor();
    const cards = await phone.locator('[data-testid^="portal-card-"]').evaluateAll((els) => els.map((e) => e.getAttribute('data-testid')));
    expect(cards[0]).toBe(`portal-card-${overdueId}`);
    expect(cards.indexOf(ours)).toBeLessThan(cards.indexOf(`portal-card-${pausedId}`));
    expect(await phone.getByTestId(`portal-card-${overdueId}`).getByTestId('countdown').getAttribute('data-phase')).toBe('overdue');
    const overdueColour = await phone.getByTestId(`portal-card-${overdueId}`).locator('[role="timer"]').evaluate((e) => getComputedStyle(e).color);
    expect(overdueColour).toBe('rgb(164, 22, 26)');
    expect(await phone.getByTestId(`portal-card-${pausedId}`).getByTestId('countdown').getAttribute('data-phase')).toBe('paused');
    expect(await phone.getByTestId(ours).getByTestId('countdown').getAttribute('data-phase')).toBe('running');
    const before = await timerText(phone, ours);
    expect(before).toMatch(/^\d+:\d\d left$/);
    await expect.poll(() => timerText(phone, ours), { timeout: 5_000 }).not.toBe(before);
    // The pause does not tick.
    const paused = await timerText(phone, `portal-card-${pausedId}`);
    await phone.waitForTimeout(1_200);
    expect(await timerText(phone, `portal-card-${pausedId}`)).toBe(paused);
    const overflow = await phone.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await screenshot(phone, 'platform-portal-phone');

    // It answers: acknowledge, then removed, each confirmed.
    await phone.getByRole('link', { name: 'Removal order TCO-2026-0042' }).click();
    expect(await phone.getByTestId('referred-url').textContent()).toBe('https://sidetube.example/watch/propaganda-1');
    expect(await phone.locator('main').textContent()).not.toContain('Undercover');
    await phone.getByLabel('Acknowledge receipt').check();
    await phone.getByRole('button', { name: 'Continue' }).click();
    await phone.getByRole('button', { name: 'Confirm: Acknowledge receipt' }).click();
    await expect.poll(() => phone.getByRole('status').filter({ hasText: 'Recorded' }).textContent()).toBe('Recorded: Acknowledged.');
    await phone.getByLabel('Removed', { exact: true }).check();
    await phone.getByRole('button', { name: 'Continue' }).click();
    await phone.getByRole('button', { name: 'Confirm: Removed' }).click();
    await expect.poll(() => phone.getByRole('status').filter({ hasText: 'Recorded' }).textContent()).toBe('Recorded: Removed.');
    await expect.poll(() => phone.getByTestId('countdown').getAttribute('data-phase')).toBe('answered');
    const phoneOverflow = await phone.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(phoneOverflow).toBeLessThanOrEqual(0);
    await screenshot(phone, 'platform-referral');
    phoneErrors.assertNone();

    // The same portal on a desktop, with the answered ones too.
    const desk = await (await t.newContext()).newPage();
    const deskErrors = watchForErrors(desk);
    await signInThroughUi(desk, liaison.email, liaison.password);
    await desk.getByRole('combobox', { name: 'Show' }).selectOption('all');
    await desk.getByTestId(ours).waitFor();
    await screenshot(desk, 'platform-portal-desktop');
    deskErrors.assertNone();

    // The referring agency's page shows the platform's answer in the timeline.
    await supervisorPage.reload();
    const removed = supervisorPage.getByTestId('timeline').locator('[data-event="remove"]');
    await removed.waitFor();
    expect(await removed.textContent()).toContain('Recipient');
    expect(await supervisorPage.getByRole('region', { name: 'Recipient’s responses' }).textContent()).toContain('Removed');
    expect(await supervisorPage.getByTestId('countdown').getAttribute('data-phase')).toBe('answered');
    const events = await supervisorPage.getByTestId('timeline').locator('li').evaluateAll((els) => els.map((e) => e.getAttribute('data-event')));
    expect(events).toEqual(['propose', 'approve', 'send', 'acknowledge', 'remove']);
    expect(await supervisorPage.getByTestId('timeline').textContent()).toContain('(member)');
    await screenshot(supervisorPage, 'referral');

    // The paused order: the clock stands still until the agency answers the platform's question.
    await supervisorPage.goto(`/app/referrals/${pausedId}`);
    await expect.poll(() => supervisorPage.getByTestId('countdown').getAttribute('data-phase')).toBe('paused');
    expect(await supervisorPage.getByTestId('timeline').textContent()).toContain('Which minute of the video?');
    await supervisorPage.getByLabel('Your answer').fill('From 02:10 to 03:45.');
    await supervisorPage.getByRole('button', { name: 'Send answer' }).click();
    await expect.poll(() => supervisorPage.getByTestId('countdown').getAttribute('data-phase')).toBe('running');
    expect((await liaison.as.get(`/platform/referrals/${pausedId}`)).json().timeline.at(-1)).toMatchObject({ event: 'answer_clarification', reason: 'From 02:10 to 03:45.' });

    await supervisorPage.getByRole('link', { name: 'Referrals', exact: true }).click();
    await supervisorPage.getByRole('link', { name: `Referral #${referralId}` }).waitFor();
    await supervisorPage.getByLabel('State').selectOption('removed');
    await expect.poll(() => supervisorPage.locator('tbody tr').count()).toBe(1);
    await supervisorPage.getByLabel('State').selectOption('');
    await expect.poll(() => supervisorPage.locator('tbody tr').count()).toBe(4);
    await screenshot(supervisorPage, 'referrals');
    supervisorErrors.assertNone();
  });

  it('refuses self-approval with the four-eyes message', async () => {
    // A supervisor who is also an analyst proposes; the queue leaves it out, the referral page explains.
    const both = await buildSignedInMember(t, iru, ['analyst', 'supervisor']);
    const item = await both.as.post('/items', { url: 'https://sidetube.example/watch/own-proposal', operationId });
    const own = (await both.as.post('/referrals', { itemId: item.json().item.id })).json().id as number;
    const page = await (await t.newContext()).newPage();
    await signInThroughUi(page, both.email, both.password);
    await page.goto('/app/approvals');
    await page.getByText(/of your own proposals wait for another supervisor/).waitFor();
    expect(await page.getByTestId(`approval-${own}`).count()).toBe(0);
    await page.goto(`/app/referrals/${own}`);
    await page.getByText('You proposed this referral, so another supervisor approves it (four-eyes).').waitFor();
    const refused = await both.as.post(`/referrals/${own}/approve`, {});
    expect(refused.json().error.code).toBe('FOUR_EYES_REQUIRED');
  });

  it('manages webhook endpoints and upload-check keys, each secret shown once', async () => {
    const admin = await buildMember(t, operator, ['liaison', 'admin']);
    const page = await (await t.newContext()).newPage();
    const errors = watchForErrors(page);
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
    await signInThroughUi(page, admin.email, admin.password);
    await page.getByRole('link', { name: 'Webhooks and keys' }).click();
    await page.getByRole('heading', { name: 'Platform settings' }).waitFor();

    await page.getByLabel('Endpoint URL').fill(sinkUrl);
    await page.getByRole('button', { name: 'Add endpoint' }).click();
    const secretBox = page.getByTestId('one-time-secret');
    await secretBox.waitFor();
    const secret = await secretBox.getByTestId('secret-value').textContent();
    expect(secret).toMatch(/^whsec_/);
    await secretBox.getByRole('button', { name: 'Copy to clipboard' }).click();
    await expect.poll(() => secretBox.getByRole('status').textContent()).toBe('Copied.');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(secret);
    await secretBox.getByRole('button', { name: 'I have stored it' }).click();
    expect(await page.getByTestId('one-time-secret').count()).toBe(0);
    expect(await page.locator('main').textContent()).not.toContain(secret!);
    await page.getByRole('list', { name: 'Endpoints' }).getByText(sinkUrl).waitFor();

    await page.getByRole('button', { name: `Rotate the secret of ${sinkUrl}` }).click();
    await page.getByRole('button', { name: 'Rotate secret', exact: true }).click();
    await page.getByTestId('one-time-secret').waitFor();
    const rotated = await page.getByTestId('secret-value').textContent();
    expect(rotated).toMatch(/^whsec_/);
    expect(rotated).not.toBe(secret);
    await page.getByRole('button', { name: 'I have stored it' }).click();
    await page.getByText(/the previous secret keeps signing until/).waitFor();

    // A referral sent to the platform (now by webhook) is delivered to the endpoint; a delivery can be sent again.
    expect((await coordinator.patch(`/platforms/${platformId}`, { deliveryChannel: 'webhook' })).statusCode).toBe(200);
    await apiReferral({ kind: 'voluntary_referral' });
    // Deliver it as the webhooks.deliver job would (draining the whole queue would also run the URL re-checks).
    const pending = (await (await signIn(t, admin)).get('/platform/webhooks/deliveries')).json().deliveries as Array<{ id: number; status: string }>;
    expect(pending.map((d) => d.status)).toEqual(['pending']);
    await t.container.webhooks.deliver(pending[0]!.id, { number: 1, maxAttempts: 32 });
    await page.reload();
    const deliveries = page.getByRole('region', { name: 'Deliveries' });
    await deliveries.getByText('delivered', { exact: true }).waitFor();
    await deliveries.getByRole('button', { name: /^Redeliver delivery/ }).click();
    await deliveries.getByText('pending', { exact: true }).waitFor();

    await page.getByLabel('Key name').fill('Upload pipeline');
    await page.getByRole('button', { name: 'Create upload-check key' }).click();
    await page.getByTestId('one-time-secret').waitFor();
    const key = await page.getByTestId('secret-value').textContent();
    expect(key!.length).toBeGreaterThan(20);
    const apiKeys = (await (await signIn(t, admin)).get('/api-keys')).json().apiKeys as Array<{ name: string; scopes: string[]; prefix: string }>;
    expect(apiKeys.find((k) => k.name === 'Upload pipeline')).toMatchObject({ scopes: ['hashes:lookup'] });
    expect(key!.startsWith(apiKeys.find((k) => k.name === 'Upload pipeline')!.prefix)).toBe(true);
    await page.getByRole('cell', { name: 'Upload pipeline', exact: true }).waitFor();
    await screenshot(page, 'platform-settings');
    await page.getByRole('button', { name: 'I have stored it' }).click();
    expect(await page.locator('main').textContent()).not.toContain(key!);

    await page.getByRole('button', { name: 'Revoke key Upload pipeline' }).click();
    await page.getByRole('button', { name: 'Revoke', exact: true }).click();
    await page.getByText(/^Revoked /).waitFor();
    errors.assertNone();
  });
});
