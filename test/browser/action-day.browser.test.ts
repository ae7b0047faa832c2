// Vigil issue 8 as one story, through the UI, one browser context per person: authority A's
// coordinator creates an operation (inviting authority B by the form) and sets it live; an analyst
// of A and an analyst of B submit the same synthetic image on two platforms' URLs and A's analyst
// finds both in one cluster (media blurred until revealed); A's analyst proposes a removal order;
// B's analyst holds the cluster; A's supervisor's approval is refused with the held message until B
// releases the hold; A's supervisor (not the proposer: four-eyes) approves and sends; the
// platform's liaison sees it with a ticking countdown and answers acknowledged, then removed; A's
// coordinator watches the dashboard figures move without reloading, and prints the operation
// report to PDF.
//
// Only what the UI cannot do is set up directly: the organisations, their members, and the
// platform registry entries (one of them operated by the platform's organisation).
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it, onTestFinished } from 'vitest';
import type { Organisation } from '../../src/modules/organisations/organisation.model.ts';
import { buildOrganisation, buildSignedInMember, type Caller, type TestMember } from '../factories.ts';
import { syntheticImage } from '../synthetic-media.ts';
import { browserAvailable, SCREENSHOTS, screenshot, signInThroughUi, startBrowserTestApp, watchForErrors, type BrowserTestApp } from './harness.ts';

const OPERATION = 'Action Day Aurora';
const REFERENCE = 'AD-2026-0815';
const A_URL = 'https://cliphost.example/watch/aurora-7781';
const B_URL = 'https://picshare.example/p/aurora-7781';

let t: BrowserTestApp;
let orgA: Organisation;
let orgB: Organisation;
let coordinator: TestMember & { as: Caller };
let analystA: TestMember & { as: Caller };
let supervisorA: TestMember & { as: Caller };
let analystB: TestMember & { as: Caller };
let liaison: TestMember & { as: Caller };
let png: Buffer;

/** Runs an expression's source in the page (the tests' TypeScript has no DOM types). */
function inPage<T>(page: Page, source: string): Promise<T> {
  return page.evaluate(source) as Promise<T>;
}

const numberIn = (pattern: RegExp, text: string | null): number => Number(pattern.exec(text ?? '')?.[1]);

/** A dashboard headline figure as "value · hint" (e.g. "1 · 1 sent"). */
async function headline(page: Page, testId: string): Promise<string> {
  const figure = page.getByTestId(testId);
  const value = (await figure.locator('.headline__value').textContent()) ?? '';
  const hint = (await figure.locator('.headline__hint').count()) > 0 ? await figure.locator('.headline__hint').textContent() : null;
  return hint === null ? value : `${value} · ${hint}`;
}

describe.skipIf(!browserAvailable)('action day, end to end in the browser', () => {
  beforeAll(async () => {
    t = await startBrowserTestApp();
    orgA = await buildOrganisation(t, { kind: 'authority', competentAuthority: true, name: 'Aurora Referral Unit' });
    orgB = await buildOrganisation(t, { kind: 'authority', competentAuthority: false, name: 'Borealis Police Unit' });
    const platformOrg = await buildOrganisation(t, { kind: 'platform', name: 'ClipHost Trust & Safety' });
    coordinator = await buildSignedInMember(t, orgA, ['coordinator']);
    analystA = await buildSignedInMember(t, orgA, ['analyst']);
    supervisorA = await buildSignedInMember(t, orgA, ['supervisor']);
    analystB = await buildSignedInMember(t, orgB, ['analyst']);
    liaison = await buildSignedInMember(t, platformOrg, ['liaison']);
    // The registry: A's item's platform is operated by the platform organisation; B's is another platform.
    const clipHost = await coordinator.as.post('/platforms', { name: 'ClipHost', category: 'video', domains: ['cliphost.example'], operatorOrganisationId: platformOrg.id });
    expect(clipHost.statusCode, clipHost.body).toBe(201);
    const picShare = await coordinator.as.post('/platforms', { name: 'PicShare', category: 'file_share', domains: ['picshare.example'] });
    expect(picShare.statusCode, picShare.body).toBe(201);
    png = await syntheticImage(77);
  });
  afterAll(async () => {
    await t?.close();
  });

  it('runs an action day from the operation to the printed report', { timeout: 300_000 }, async () => {
    // The server's (manual) clock follows the real one, as in production: the removal order's hour
    // starts when it is really sent and the time to removal is really measured.
    const tick = setInterval(() => t.clock.set(Date.now()), 200);
    onTestFinished(() => clearInterval(tick));

    // 1. A's coordinator creates the operation, inviting B through the form, sets it live and keeps its dashboard open.
    const coord = await (await t.newContext()).newPage();
    const coordErrors = watchForErrors(coord);
    await signInThroughUi(coord, coordinator.email, coordinator.password);
    await coord.getByRole('button', { name: 'New operation' }).click();
    await coord.getByLabel('Name').fill(OPERATION);
    await coord.getByLabel('Languages in scope (optional)').fill('ar, en');
    await coord.getByLabel('Invite organisations (optional)').fill(String(orgB.id));
    await coord.getByRole('button', { name: 'Create operation' }).click();
    const row = coord.getByRole('row', { name: new RegExp(OPERATION) });
    await row.waitFor();
    expect(await row.getByText('Planned').isVisible()).toBe(true);
    expect(await row.getByRole('cell').nth(3).textContent()).toBe('2'); // A coordinating, B invited
    await coord.getByRole('button', { name: `Set ${OPERATION} live` }).click();
    await expect.poll(() => row.locator('[data-status]').textContent()).toBe('Live');
    await screenshot(coord, 'action-day-1-operation-live');
    const operationId = numberIn(/\/operations\/(\d+)$/, await row.getByRole('link', { name: OPERATION }).getAttribute('href'));
    expect(operationId).toBeGreaterThan(0);

    await row.getByRole('link', { name: OPERATION }).click();
    await expect.poll(() => coord.getByTestId('figure-items').textContent()).toBe('0');
    expect(await headline(coord, 'figure-referrals')).toBe('0 · 0 sent');
    expect(await headline(coord, 'figure-removal-rate')).toBe('— · 0 removed');
    // Marks this document: it is still there at the end only if the dashboard never reloaded.
    await inPage(coord, 'window.__actionDayDashboard = "same document"');

    // 2. A's analyst submits an item with the synthetic image through the intake page.
    const analystPageA = await (await t.newContext()).newPage();
    const analystErrorsA = watchForErrors(analystPageA);
    await signInThroughUi(analystPageA, analystA.email, analystA.password);
    await analystPageA.getByRole('link', { name: OPERATION }).click();
    await analystPageA.getByRole('link', { name: 'Add items' }).click();
    await analystPageA.getByLabel('URL').fill(A_URL);
    await analystPageA.getByLabel('Text (optional)').fill('Synthetic test post for the action day.');
    expect(await analystPageA.getByLabel('Language (optional)').inputValue()).toBe('ar'); // the operation's first language
    await analystPageA.getByLabel('Image or video (optional)').setInputFiles({ name: 'aurora.png', mimeType: 'image/png', buffer: png });
    const previewA = analystPageA.getByTestId('safe-media');
    await previewA.waitFor();
    expect(await previewA.getAttribute('data-revealed')).toBe('false');
    await analystPageA.getByRole('button', { name: 'Submit item' }).click();
    const resultA = analystPageA.getByTestId('intake-result');
    await resultA.waitFor();
    const textA = await resultA.textContent();
    expect(textA).toContain('Media stored and hashed');
    expect(textA).not.toContain('is in no platform’s registry entry');
    const itemA = numberIn(/Item (\d+) submitted/, textA);
    const clusterId = numberIn(/Part of cluster (\d+)/, textA);
    expect(itemA).toBeGreaterThan(0);
    expect(clusterId).toBeGreaterThan(0);
    await screenshot(analystPageA, 'action-day-2a-intake-authority-a');

    // B's analyst submits the same image, found on another platform.
    const analystPageB = await (await t.newContext()).newPage();
    const analystErrorsB = watchForErrors(analystPageB);
    await signInThroughUi(analystPageB, analystB.email, analystB.password);
    const rowB = analystPageB.getByRole('row', { name: new RegExp(OPERATION) });
    await rowB.getByText('Participating').waitFor();
    await rowB.getByRole('link', { name: OPERATION }).click();
    await analystPageB.getByRole('link', { name: 'Add items' }).click();
    await analystPageB.getByLabel('URL').fill(B_URL);
    await analystPageB.getByLabel('Language (optional)').fill('en');
    await analystPageB.getByLabel('Image or video (optional)').setInputFiles({ name: 'copy.png', mimeType: 'image/png', buffer: png });
    await analystPageB.getByRole('button', { name: 'Submit item' }).click();
    const resultB = analystPageB.getByTestId('intake-result');
    await resultB.waitFor();
    const textB = await resultB.textContent();
    const itemB = numberIn(/Item (\d+) submitted/, textB);
    expect(itemB).toBeGreaterThan(itemA);
    expect(numberIn(/Part of cluster (\d+)/, textB)).toBe(clusterId);
    await screenshot(analystPageB, 'action-day-2b-intake-authority-b');

    // A's analyst opens the cluster: both copies, two platforms, two organisations; B's details stay with B.
    await resultA.getByRole('link', { name: `cluster ${clusterId}` }).click();
    await expect.poll(() => analystPageA.getByTestId('cluster-items').textContent()).toBe('2');
    expect(await analystPageA.getByTestId('cluster-organisations').textContent()).toBe('2');
    expect(await analystPageA.getByTestId('cluster-platforms').textContent()).toBe('2');
    expect(await analystPageA.getByTestId('cluster-own').textContent()).toBe('1');
    expect(await analystPageA.getByTestId('cluster-others').textContent()).toContain('1 item of 1 other organisation');
    const ownItems = analystPageA.getByTestId('cluster-own-items');
    await expect.poll(() => ownItems.getByRole('cell', { name: A_URL }).count()).toBe(1);
    expect(await analystPageA.locator('main').textContent()).not.toContain(B_URL);
    expect(await analystPageA.getByRole('link', { name: `Item ${itemB}` }).count()).toBe(0);
    await screenshot(analystPageA, 'action-day-2c-cluster');

    // The item's media is blurred until revealed.
    await ownItems.getByRole('link', { name: `Item ${itemA}` }).click();
    const media = analystPageA.getByTestId('safe-media');
    await media.waitFor();
    await expect.poll(() => analystPageA.getByText('found by 2 organisations').count()).toBe(1);
    expect(await media.getAttribute('data-revealed')).toBe('false');
    await expect.poll(() => inPage<number>(analystPageA, `document.querySelector('[data-testid="safe-media"] img').naturalWidth`)).toBe(320);
    expect(await inPage<string>(analystPageA, `getComputedStyle(document.querySelector('[data-testid="safe-media"] img')).filter`)).toContain('blur(');
    await screenshot(analystPageA, 'action-day-2d-item-blurred');
    await analystPageA.getByRole('button', { name: 'Reveal image' }).click();
    await expect.poll(() => media.getAttribute('data-revealed')).toBe('true');
    expect(await inPage<string>(analystPageA, `getComputedStyle(document.querySelector('[data-testid="safe-media"] img')).filter`)).not.toContain('blur');
    expect(await analystPageA.getByTestId('deconfliction').textContent()).toContain('Not held');

    // 3 (first half of 4). A's analyst proposes a removal order (A is a competent authority) from the item page.
    // It comes before B's hold: a hold already in place would refuse the proposal itself (ITEM_HELD).
    await analystPageA.getByRole('button', { name: 'Propose referral' }).click();
    const propose = analystPageA.getByRole('form', { name: 'Propose a referral' });
    await propose.getByLabel('TCO removal order (legally binding, one hour to act)').check();
    await propose.getByLabel('Issuing Member State').fill('BE');
    expect(await propose.getByLabel('Issuing authority').inputValue()).toBe('Aurora Referral Unit');
    await propose.getByLabel('Reference number').fill(REFERENCE);
    await propose.getByLabel('Addressee contact point').fill('legal@cliphost.example');
    await propose.getByLabel(/incites the commission of a terrorist offence/).check();
    await propose.getByRole('button', { name: 'Propose referral' }).click();
    const itemReferrals = analystPageA.getByRole('region', { name: 'Referrals of this item' });
    const referralLink = itemReferrals.getByRole('link', { name: /^Referral \d+$/ });
    await referralLink.waitFor();
    const referralId = numberIn(/^Referral (\d+)$/, await referralLink.textContent());
    expect(await itemReferrals.getByRole('row', { name: new RegExp(`Referral ${referralId}`) }).textContent()).toContain('ClipHost');
    await screenshot(analystPageA, 'action-day-3a-removal-order-proposed');
    analystErrorsA.assertNone();

    // 3. B's analyst places a hold on the whole cluster from B's item page.
    await resultB.getByRole('link', { name: `Open item ${itemB}` }).click();
    await analystPageB.getByRole('button', { name: 'Place hold' }).click();
    const holdForm = analystPageB.getByRole('form', { name: `Hold item ${itemB}` });
    await holdForm.getByLabel(`The whole cluster ${clusterId} (every copy, on every platform)`).check();
    await holdForm.getByLabel('Reason').fill('Source account under investigation (synthetic): do not refer yet.');
    await holdForm.getByRole('button', { name: 'Place hold' }).click();
    const deconflictionB = analystPageB.getByTestId('deconfliction');
    await expect.poll(() => deconflictionB.textContent()).toContain('Held by your organisation.');
    expect(await deconflictionB.textContent()).toMatch(/Hold \d+ on the cluster/);
    await screenshot(analystPageB, 'action-day-3b-cluster-held');

    // 4. A's supervisor: the approval is refused, and the card says why.
    const supervisorPage = await (await t.newContext()).newPage();
    const supervisorErrors = watchForErrors(supervisorPage);
    await signInThroughUi(supervisorPage, supervisorA.email, supervisorA.password);
    await supervisorPage.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Approvals' }).click();
    const card = supervisorPage.getByTestId(`approval-${referralId}`);
    await card.waitFor();
    expect(await card.getByRole('heading').textContent()).toBe(`Removal order ${REFERENCE}`);
    expect(await card.textContent()).toContain(`by ${analystA.email}`); // proposed by another member
    await card.getByRole('button', { name: 'Approve and issue removal order' }).click();
    const refusal = card.getByRole('alert');
    await expect.poll(() => refusal.textContent()).toContain('ITEM_HELD');
    expect(await refusal.textContent()).toContain('another organisation holds this content');
    expect(await refusal.textContent()).not.toContain('Borealis'); // not who holds it
    await screenshot(supervisorPage, 'action-day-4a-approval-refused');

    // B sees who ran into its hold and releases it on the holds page.
    await analystPageB.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Holds' }).click();
    await expect
      .poll(() => analystPageB.getByRole('region', { name: 'Others who ran into your holds' }).textContent())
      .toContain('Aurora Referral Unit tried to approve a referral of');
    await screenshot(analystPageB, 'action-day-4b-holds');
    await analystPageB.getByRole('button', { name: `Release the hold on cluster ${clusterId}` }).click();
    await analystPageB.getByRole('button', { name: 'Release', exact: true }).click();
    await expect.poll(() => analystPageB.getByText('No active holds.').count()).toBe(1);
    analystErrorsB.assertNone();

    // A's supervisor approves (issuing the order) and sends it from the referral's page.
    await card.getByRole('button', { name: 'Approve and issue removal order' }).click();
    await expect.poll(() => supervisorPage.getByRole('status').filter({ hasText: 'issued' }).textContent()).toContain(`Removal order ${REFERENCE} issued.`);
    await supervisorPage.getByRole('link', { name: `Open referral #${referralId}` }).click();
    await supervisorPage.getByRole('heading', { name: `Removal order ${REFERENCE}`, level: 1 }).waitFor();
    const facts = supervisorPage.getByRole('region', { name: 'Details' });
    await expect.poll(() => facts.textContent()).toContain(`by ${supervisorA.email}`);
    expect(await facts.textContent()).toMatch(new RegExp(`Proposed.*by ${analystA.email}.*Issued \\(approved\\).*by ${supervisorA.email}`)); // four-eyes: two members
    await supervisorPage.getByRole('button', { name: 'Send to the platform' }).click();
    await expect.poll(() => supervisorPage.locator('[data-state]').first().getAttribute('data-state')).toBe('sent');
    await expect.poll(() => supervisorPage.getByTestId('countdown').getAttribute('data-phase')).toBe('running');
    await screenshot(supervisorPage, 'action-day-4c-sent');

    // Meanwhile the coordinator's dashboard has picked up the items and the referral by itself.
    await expect.poll(() => headline(coord, 'figure-referrals'), { timeout: 15_000, interval: 500 }).toBe('1 · 1 sent');
    expect(await coord.getByTestId('figure-items').textContent()).toBe('2');
    expect(await coord.getByTestId('figure-organisations').textContent()).toBe('2');
    expect(await headline(coord, 'figure-removal-rate')).toBe('0.0 % · 0 removed');

    // 5. The platform's liaison sees it in the portal with a running countdown and answers.
    const liaisonPage = await (await t.newContext()).newPage();
    const liaisonErrors = watchForErrors(liaisonPage);
    await signInThroughUi(liaisonPage, liaison.email, liaison.password);
    expect(new URL(liaisonPage.url()).pathname).toBe('/app/platform');
    const portalCard = liaisonPage.getByTestId(`portal-card-${referralId}`);
    await portalCard.waitFor();
    expect(await portalCard.getByText(A_URL).count()).toBe(1);
    expect(await portalCard.getByTestId('countdown').getAttribute('data-phase')).toBe('running');
    const timer = portalCard.locator('[role="timer"]');
    const before = await timer.textContent();
    expect(before).toMatch(/^5\d:\d\d left$/); // the hour started when it was sent, moments ago
    await expect.poll(() => timer.textContent(), { timeout: 5_000 }).not.toBe(before);
    await screenshot(liaisonPage, 'action-day-5a-platform-portal');

    await portalCard.getByRole('link', { name: `Removal order ${REFERENCE}` }).click();
    expect(await liaisonPage.getByTestId('referred-url').textContent()).toBe(A_URL);
    expect(await liaisonPage.locator('main').textContent()).not.toContain('investigation');
    await liaisonPage.getByLabel('Acknowledge receipt').check();
    await liaisonPage.getByRole('button', { name: 'Continue' }).click();
    await liaisonPage.getByRole('button', { name: 'Confirm: Acknowledge receipt' }).click();
    await expect.poll(() => liaisonPage.getByRole('status').filter({ hasText: 'Recorded' }).textContent()).toBe('Recorded: Acknowledged.');
    await liaisonPage.getByLabel('Removed', { exact: true }).check();
    await liaisonPage.getByRole('button', { name: 'Continue' }).click();
    await liaisonPage.getByRole('button', { name: 'Confirm: Removed' }).click();
    await expect.poll(() => liaisonPage.getByRole('status').filter({ hasText: 'Recorded' }).textContent()).toBe('Recorded: Removed.');
    await expect.poll(() => liaisonPage.getByTestId('countdown').getAttribute('data-phase')).toBe('answered');
    await screenshot(liaisonPage, 'action-day-5b-removed');
    liaisonErrors.assertNone();

    // 6. The coordinator's dashboard shows the removal without a reload.
    await expect.poll(() => headline(coord, 'figure-removal-rate'), { timeout: 15_000, interval: 500 }).toBe('100.0 % · 1 removed');
    expect(await headline(coord, 'figure-referrals')).toBe('1 · 1 sent');
    expect(await coord.getByTestId('figure-median-removal').textContent()).not.toBe('—');
    expect(await inPage<string>(coord, 'window.__actionDayDashboard')).toBe('same document');
    await screenshot(coord, 'action-day-6-dashboard');

    // 7. The operation report: its figures, printed to PDF.
    await coord.getByRole('navigation', { name: 'Operation' }).getByRole('link', { name: 'Report' }).click();
    await coord.getByRole('heading', { name: `Report: ${OPERATION}`, level: 1 }).waitFor();
    expect(await coord.getByTestId('report-headline').textContent()).toBe('2 items in 2 languages on 2 platforms; 100 % removed');
    const figure = (label: string) => coord.locator('.report-figure').filter({ has: coord.getByText(label, { exact: true }) }).locator('dd').textContent();
    expect(await figure('Items')).toBe('2');
    expect(await figure('Languages')).toBe('2');
    expect(await figure('Platforms')).toBe('2');
    expect(await figure('Referrals')).toBe('1');
    expect(await figure('Removals')).toBe('1');
    expect(await figure('Removed')).toBe('100.0 %');
    expect(await figure('Clusters')).toBe('1');
    expect(await figure('Organisations')).toBe('2');
    expect(await figure('New domains')).toBe('0');
    const table = coord.getByTestId('report-platforms');
    const clipHostCells = await table.getByRole('row').filter({ hasText: 'ClipHost' }).getByRole('cell').allTextContents();
    expect(clipHostCells.slice(1, 5)).toEqual(['1', '1', '1', '100.0 %']);
    const picShareCells = await table.getByRole('row').filter({ hasText: 'PicShare' }).getByRole('cell').allTextContents();
    expect(picShareCells.slice(1, 4)).toEqual(['1', '0', '0']);
    await screenshot(coord, 'action-day-7a-report');

    await coord.emulateMedia({ media: 'print' });
    expect(await coord.getByRole('navigation', { name: 'Main' }).isVisible()).toBe(false);
    expect(await coord.getByRole('button', { name: 'Print' }).isVisible()).toBe(false);
    expect(await coord.getByTestId('report-headline').isVisible()).toBe(true);
    expect(await table.isVisible()).toBe(true);
    await screenshot(coord, 'action-day-7b-report-print');
    const pdf = join(SCREENSHOTS, 'action-day-report.pdf');
    await coord.pdf({ path: pdf, format: 'A4', printBackground: true });
    expect(statSync(pdf).size).toBeGreaterThan(5_000);
    expect(readFileSync(pdf).subarray(0, 5).toString()).toBe('%PDF-');
    await coord.emulateMedia({ media: 'screen' });

    // The API agrees with what the pages showed.
    const report = (await coordinator.as.get(`/operations/${operationId}/report`)).json();
    expect(report.figures).toMatchObject({ items: 2, languages: 2, platforms: 2, organisations: 2, clusters: 1, referrals: 1, removed: 1, removalRate: 1 });
    const referral = (await supervisorA.as.get(`/referrals/${referralId}`)).json();
    expect(referral.state).toBe('removed');
    expect(referral.proposedBy.id).toBe(analystA.member.id);
    expect(referral.timeline.map((e: { event: string }) => e.event)).toEqual(['propose', 'approve', 'send', 'acknowledge', 'remove']);
    coordErrors.assertNone();
    supervisorErrors.assertNone();
  });
});
