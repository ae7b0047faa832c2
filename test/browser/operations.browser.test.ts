// An action day in a real browser: a coordinator creates an operation and sets it live; an analyst
// submits an item with an image through the intake form, works the review queue with the keyboard,
// opens the item (media blurred until revealed); a partner agency's copy of the same image joins
// the same cluster; the live dashboard picks up a new item by itself; a bulk file with a bad row
// imports the good rows and reports the bad one.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { buildOrganisation, buildSignedInMember, type Caller, type TestMember } from '../factories.ts';
import { multipart } from '../multipart.ts';
import { syntheticImage } from '../synthetic-media.ts';
import { browserAvailable, screenshot, signInThroughUi, startBrowserTestApp, watchForErrors, type BrowserTestApp } from './harness.ts';

let t: BrowserTestApp;
let coordinator: TestMember & { as: Caller };
let analyst: TestMember & { as: Caller };
let supervisor: TestMember & { as: Caller };
let partnerAnalyst: TestMember & { as: Caller };
let partnerId: number;
let observerId: number;
let png: Buffer;
const OPERATION = 'Action Day Tangerine';

// Shared between the steps, which run in order.
let operationId: number;
let imageItemId: number;

/** Runs a function's source in the page (the tests' TypeScript has no DOM types). */
function inPage<T>(page: Page, source: string): Promise<T> {
  return page.evaluate(source) as Promise<T>;
}

async function computedFilter(page: Page, selector: string): Promise<string> {
  return inPage<string>(page, `getComputedStyle(document.querySelector(${JSON.stringify(selector)})).filter`);
}

describe.skipIf(!browserAvailable)('operations, intake, review, item, cluster and dashboard', () => {
  beforeAll(async () => {
    t = await startBrowserTestApp();
    const iru = await buildOrganisation(t, { kind: 'authority', name: 'Tangerine IRU' });
    const partner = await buildOrganisation(t, { kind: 'authority', name: 'Partner Agency' });
    partnerId = partner.id;
    observerId = (await buildOrganisation(t, { kind: 'ngo', name: 'Observer Watch NGO' })).id;
    coordinator = await buildSignedInMember(t, iru, ['coordinator']);
    analyst = await buildSignedInMember(t, iru, ['analyst']);
    supervisor = await buildSignedInMember(t, iru, ['supervisor']);
    partnerAnalyst = await buildSignedInMember(t, partner, ['analyst']);
    const platform = await coordinator.as.post('/platforms', { name: 'Tube Example', category: 'video', domains: ['tube.example'] });
    expect(platform.statusCode, platform.body).toBe(201);
    png = await syntheticImage(41);
  });
  afterAll(async () => {
    await t?.close();
  });

  it('lets a coordinator create an operation, invite a partner and set it live', async () => {
    const page = await (await t.newContext()).newPage();
    const errors = watchForErrors(page);
    await signInThroughUi(page, coordinator.email, coordinator.password);
    expect(new URL(page.url()).pathname).toBe('/app/operations');
    await page.getByText('No operations yet').waitFor();

    await page.getByRole('button', { name: 'New operation' }).click();
    await page.getByRole('button', { name: 'Create operation' }).click();
    await expect.poll(() => page.getByText('Give the operation a name.').isVisible()).toBe(true);
    await page.getByLabel('Name').fill(OPERATION);
    await page.getByLabel('Languages in scope (optional)').fill('ar, en');
    // Organisations are chosen by name from the directory: Enter takes the only one matching.
    const invite = page.getByLabel('Invite organisations (optional)');
    await invite.fill('partner');
    const listId = await invite.getAttribute('list');
    const suggestions = () => page.locator(`datalist[id="${listId}"] option`).evaluateAll((os) => os.map((o) => (o as HTMLOptionElement).value));
    await expect.poll(suggestions).toEqual(['Partner Agency']);
    await invite.press('Enter');
    const chosen = page.getByRole('list', { name: 'Chosen organisations' });
    await expect.poll(() => chosen.getByRole('listitem').allTextContents()).toEqual(['Partner Agency (authority)×']);
    expect(await invite.inputValue()).toBe('');
    await screenshot(page, 'operations-create');
    // Its own organisation is not offered.
    await invite.fill('Tangerine IRU');
    await invite.press('Enter');
    await page.getByText('Tangerine IRU is your own organisation: choose another organisation.').waitFor();
    await invite.fill('');
    await page.getByRole('button', { name: 'Create operation' }).click();

    const row = page.getByRole('row', { name: new RegExp(OPERATION) });
    await row.waitFor();
    expect(await row.getByText('Planned').isVisible()).toBe(true);
    const href = await row.getByRole('link', { name: OPERATION }).getAttribute('href');
    operationId = Number(/\/operations\/(\d+)$/.exec(href ?? '')?.[1]);
    expect(operationId).toBeGreaterThan(0);
    const op = (await coordinator.as.get(`/operations/${operationId}`)).json();
    expect(op.participants).toContain(partnerId);
    expect(new Date(op.endsAt).getTime() - new Date(op.startsAt).getTime()).toBe(48 * 3_600_000);

    await page.getByRole('button', { name: `Set ${OPERATION} live` }).click();
    await expect.poll(() => row.locator('[data-status]').textContent()).toBe('Live');
    expect((await coordinator.as.get(`/operations/${operationId}`)).json().status).toBe('live');
    expect(await page.getByRole('button', { name: `Close ${OPERATION}` }).isVisible()).toBe(true);

    // Inviting more: the form names who takes part, and the full name typed is enough.
    await page.getByRole('button', { name: `Invite organisations to ${OPERATION}` }).click();
    const form = page.getByRole('form', { name: `Invite organisations to ${OPERATION}` });
    expect(await form.textContent()).toContain('Taking part now: ');
    await expect.poll(() => form.textContent()).toMatch(/Taking part now: (Tangerine IRU, Partner Agency|Partner Agency, Tangerine IRU)/);
    await form.getByLabel('Organisations to invite').fill('Observer Watch NGO');
    await expect.poll(() => form.getByRole('list', { name: 'Chosen organisations' }).textContent()).toContain('Observer Watch NGO (NGO)');
    await screenshot(page, 'operations-invite');
    await form.getByRole('button', { name: 'Invite', exact: true }).click();
    await expect.poll(async () => (await coordinator.as.get(`/operations/${operationId}`)).json().participants).toContain(observerId);
    await expect.poll(() => form.count()).toBe(0);
    await screenshot(page, 'operations');
    errors.assertNone();
  });

  it('takes an item with an image through the intake form, shows it blurred, and reviews it with the keyboard', async () => {
    const page = await (await t.newContext()).newPage();
    const errors = watchForErrors(page);
    await signInThroughUi(page, analyst.email, analyst.password);
    await page.getByRole('link', { name: OPERATION }).click();
    await page.getByRole('link', { name: 'Add items' }).click();
    expect(new URL(page.url()).pathname).toBe(`/app/operations/${operationId}/intake`);

    await page.getByLabel('URL').fill('https://tube.example/watch?v=tangerine&utm_source=x');
    await page.getByLabel('Text (optional)').fill('Synthetic test post; mirror at https://newsite.example/mirror/1');
    await page.getByLabel('Language (optional)').fill('en');
    await page.getByLabel('Image or video (optional)').setInputFiles({ name: 'synthetic.png', mimeType: 'image/png', buffer: png });
    // The preview is blurred until revealed, like every piece of media.
    const preview = page.getByTestId('safe-media');
    await preview.waitFor();
    expect(await preview.getAttribute('data-revealed')).toBe('false');
    expect(await computedFilter(page, '[data-testid="safe-media"] img')).toContain('blur(24px)');
    await page.getByRole('button', { name: 'Submit item' }).click();
    const result = page.getByTestId('intake-result');
    await result.waitFor();
    const text = (await result.textContent()) ?? '';
    expect(text).toMatch(/Item \d+ submitted\./);
    expect(text).toContain('https://tube.example/watch?v=tangerine');
    expect(text).toContain('Media stored and hashed');
    imageItemId = Number(/Item (\d+) submitted/.exec(text)?.[1]);
    const stored = (await analyst.as.get(`/items/${imageItemId}`)).json();
    expect(stored.media).toHaveLength(1);
    expect(stored.signals.map((s: { signalType: string }) => s.signalType)).toContain('pdq');

    // A second item, dropped onto the drop zone instead of chosen.
    await page.getByLabel('URL').fill('https://tube.example/watch?v=tangerine-2');
    const dataTransfer = await page.evaluateHandle(`(() => {
      const bytes = Uint8Array.from(atob(${JSON.stringify(png.toString('base64'))}), (c) => c.charCodeAt(0));
      const dt = new DataTransfer();
      dt.items.add(new File([bytes], 'dropped.png', { type: 'image/png' }));
      return dt;
    })()`);
    await page.getByTestId('media-dropzone').dispatchEvent('drop', { dataTransfer });
    await expect.poll(() => page.getByText(/Preview of dropped\.png/).isVisible()).toBe(true);
    await page.getByRole('button', { name: 'Submit item' }).click();
    const submittedId = async () => Number(/Item (\d+) submitted/.exec((await result.textContent()) ?? '')?.[1]);
    await expect.poll(submittedId).toBeGreaterThan(imageItemId);
    const secondId = await submittedId();

    // The review queue, worked with the keyboard.
    await page.getByRole('navigation', { name: 'Operation' }).getByRole('link', { name: 'Review' }).click();
    const first = page.getByTestId(`queue-item-${imageItemId}`);
    const second = page.getByTestId(`queue-item-${secondId}`);
    await first.waitFor();
    expect(await first.getAttribute('aria-current')).toBe('true');
    expect(await page.locator('.shortcuts kbd').allTextContents()).toEqual(expect.arrayContaining(['j', 'k', 'a', 'p', 'h', '?']));
    await page.keyboard.press('j');
    await expect.poll(() => second.getAttribute('aria-current')).toBe('true');
    await page.keyboard.press('k');
    await expect.poll(() => first.getAttribute('aria-current')).toBe('true');
    await page.keyboard.press('ArrowDown');
    await expect.poll(() => second.getAttribute('aria-current')).toBe('true');
    await page.keyboard.press('ArrowUp');
    await expect.poll(() => first.getAttribute('aria-current')).toBe('true');

    await page.keyboard.press('?');
    const help = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
    await help.waitFor();
    await page.keyboard.press('Escape');
    await expect.poll(() => help.isVisible()).toBe(false);

    await page.keyboard.press('a');
    const form = page.getByRole('form', { name: `Assess item ${imageItemId}` });
    await form.waitFor();
    expect(await inPage<string>(page, 'document.activeElement.closest("form")?.getAttribute("aria-label")')).toBe(`Assess item ${imageItemId}`);
    await page.keyboard.type('video');
    // Typing letters that are shortcuts (a, h, p, j, k, ?) into a field does nothing but type.
    await form.getByLabel('Group').fill('');
    await form.getByLabel('Group').pressSequentially('Alpha Hotel Papa jk?');
    expect(await form.getByLabel('Group').inputValue()).toBe('Alpha Hotel Papa jk?');
    expect(await page.getByRole('form', { name: `Hold item ${imageItemId}` }).count()).toBe(0);
    expect(await page.getByRole('dialog', { name: 'Keyboard shortcuts' }).isVisible()).toBe(false);
    expect(await first.getAttribute('aria-current')).toBe('true');
    await form.getByLabel('Tier').selectOption('designated_group_propaganda');
    await screenshot(page, 'review');
    await form.getByLabel('Language').press('Enter');
    await expect.poll(() => page.getByTestId('review-status').textContent()).toBe(`Item ${imageItemId} assessed.`);
    const assessed = (await analyst.as.get(`/items/${imageItemId}`)).json();
    expect(assessed).toMatchObject({ status: 'assessed', category: 'video', groupName: 'Alpha Hotel Papa jk?', tier: 'designated_group_propaganda', language: 'en' });
    // The assessed item leaves the queue; the next one is selected.
    await expect.poll(() => first.count()).toBe(0);
    await expect.poll(() => second.getAttribute('aria-current')).toBe('true');

    // h places a hold on the selected item.
    await page.keyboard.press('h');
    const holdForm = page.getByRole('form', { name: `Hold item ${secondId}` });
    await holdForm.getByLabel('Reason').fill('Under investigation (synthetic)');
    await holdForm.getByRole('button', { name: 'Place hold' }).click();
    await expect.poll(() => page.getByTestId('review-status').textContent()).toMatch(new RegExp(`^Hold \\d+ placed on item ${secondId}`));

    // o opens the item of the selection.
    await page.getByLabel('Show').selectOption('all');
    await page.getByRole('button', { name: `Select item ${imageItemId}` }).click();
    await page.keyboard.press('o');
    await expect.poll(() => new URL(page.url()).pathname).toBe(`/app/items/${imageItemId}`);

    const media = page.getByTestId('safe-media');
    await media.waitFor();
    expect(await media.getAttribute('data-revealed')).toBe('false');
    await expect.poll(() => inPage<number>(page, 'document.querySelector(\'[data-testid="safe-media"] img\').naturalWidth')).toBe(320);
    expect(await computedFilter(page, '[data-testid="safe-media"] img')).toContain('blur(24px)');
    await page.getByRole('button', { name: 'Reveal image' }).click();
    await expect.poll(() => media.getAttribute('data-revealed')).toBe('true');
    const revealed = await computedFilter(page, '[data-testid="safe-media"] img');
    expect(revealed).not.toContain('blur');
    expect(await page.getByTestId('item-url').textContent()).toBe('https://tube.example/watch?v=tangerine');
    expect(await page.getByRole('row', { name: /pdq/ }).count()).toBe(1);
    expect(await page.getByTestId('deconfliction').textContent()).toContain('Not held');
    expect(await page.getByTestId('item-timeline').textContent()).toContain('Submitted with media');
    errors.assertNone();
  });

  it('shows the same image from another organisation as the same cluster, without its details', async () => {
    const res = await partnerAnalyst.as.request({ method: 'POST', url: '/items/media', ...multipart(png, 'copy.png', { url: 'https://share.example.org/f/tangerine', operationId: String(operationId), language: 'ar' }) });
    expect(res.statusCode, res.body).toBe(201);
    const partnerItem = res.json().item;
    const mine = (await analyst.as.get(`/items/${imageItemId}`)).json();
    expect(partnerItem.clusterId).toBe(mine.clusterId);

    const page = await (await t.newContext()).newPage();
    const errors = watchForErrors(page);
    await signInThroughUi(page, analyst.email, analyst.password);
    await page.goto(`/app/items/${imageItemId}`);
    await expect.poll(() => page.getByText('found by 2 organisations').count()).toBe(1);
    await page.getByRole('heading', { name: 'Referrals of this item' }).waitFor();
    await page.getByText('Not referred yet.').waitFor();
    expect(await page.getByTestId('safe-media').getAttribute('data-revealed')).toBe('false');
    await screenshot(page, 'item');
    await page.getByRole('link', { name: `Cluster ${mine.clusterId}` }).click();
    await expect.poll(() => new URL(page.url()).pathname).toBe(`/app/clusters/${mine.clusterId}`);
    await expect.poll(() => page.getByTestId('cluster-organisations').textContent()).toBe('2');
    expect(await page.getByTestId('cluster-items').textContent()).toBe('3'); // the two IRU items and the partner's copy
    expect(await page.getByTestId('cluster-own').textContent()).toBe('2');
    expect(await page.getByTestId('cluster-others').textContent()).toContain('1 item of 1 other organisation');
    const own = page.getByTestId('cluster-own-items');
    await expect.poll(() => own.getByRole('link', { name: `Item ${imageItemId}` }).count()).toBe(1);
    expect(await own.textContent()).not.toContain('share.example.org');
    expect(await page.getByText('example.org', { exact: true }).count()).toBe(1); // the domain list counts the partner's copy
    expect(await page.getByRole('link', { name: `Item ${partnerItem.id}` }).count()).toBe(0);
    await screenshot(page, 'cluster');

    // The partner cannot open the IRU's item or its media.
    expect((await partnerAnalyst.as.get(`/items/${imageItemId}/media/${mine.media[0].id}`)).statusCode).toBe(404);
    errors.assertNone();
  });

  it('keeps the dashboard live: a new item shows up without reloading', async () => {
    // A referral through the funnel, for the charts.
    const referral = await analyst.as.post('/referrals', { itemId: imageItemId });
    expect(referral.statusCode, referral.body).toBe(201);
    const id = referral.json().id;
    expect((await supervisor.as.post(`/referrals/${id}/approve`)).statusCode).toBe(200);
    for (const event of ['send', 'acknowledge', 'remove']) expect((await supervisor.as.post(`/referrals/${id}/events`, { event })).statusCode).toBe(200);

    const page = await (await t.newContext()).newPage();
    const errors = watchForErrors(page);
    await signInThroughUi(page, coordinator.email, coordinator.password);
    await page.goto(`/app/operations/${operationId}`);
    const items = page.getByTestId('figure-items');
    await expect.poll(() => items.textContent()).toBe('3');
    expect(await page.getByTestId('figure-organisations').textContent()).toBe('2');
    expect(await page.getByTestId('figure-removal-rate').textContent()).toContain('100.0 %');
    expect(await page.getByTestId('refresh-state').textContent()).toContain('Updates every 5 s');
    expect(await page.getByRole('heading', { name: 'Referral funnel' }).isVisible()).toBe(true);
    // Every chart has a text alternative: a summary and a data table.
    const figures = page.locator('figure.chart-figure');
    expect(await figures.count()).toBeGreaterThanOrEqual(5);
    await page.getByRole('figure', { name: 'Referral funnel' }).getByText('Data table').click();
    expect(await page.getByRole('row', { name: /Removed or closed 1/ }).count()).toBe(1);
    await expect.poll(() => page.getByText(/^newsite\.example \((unknown domain|candidate platform)\)$/).count()).toBe(1);
    const links = await page.getByRole('link').allTextContents();
    expect(links).toEqual(expect.arrayContaining(['Review queue', 'Report']));

    expect((await analyst.as.post('/items', { operationId, url: 'https://tube.example/watch?v=late-arrival', language: 'ar' })).statusCode).toBe(201);
    await expect.poll(() => items.textContent(), { timeout: 15_000, interval: 500 }).toBe('4');
    await screenshot(page, 'dashboard');
    errors.assertNone();
  });

  it('imports the good rows of a bulk file and reports the bad row by line, field and code', async () => {
    const page = await (await t.newContext()).newPage();
    const errors = watchForErrors(page);
    await signInThroughUi(page, analyst.email, analyst.password);
    await page.goto(`/app/operations/${operationId}/intake`);
    const csv = ['url,language,tier,text', 'https://bulk.example/a,en,promotional,', 'https://bulk.example/b,ar,not-a-tier,', 'https://bulk.example/c,fr,,"a synthetic, quoted post"'].join('\n');
    await page.getByLabel('CSV or JSON lines file').setInputFiles({ name: 'items.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
    await page.getByRole('button', { name: 'Import file' }).click();
    await page.getByTestId('bulk-result').waitFor();
    expect(await page.getByTestId('bulk-rows').textContent()).toBe('3');
    expect(await page.getByTestId('bulk-created').textContent()).toBe('2');
    expect(await page.getByTestId('bulk-rejected').textContent()).toBe('1');
    const bad = page.getByRole('table', { name: /Rejected rows/ }).getByRole('row').nth(1);
    expect(await bad.getByRole('cell').allTextContents()).toEqual(['3', 'tier', 'VALIDATION_FAILED', expect.stringContaining('tier')]);
    const listed = (await analyst.as.get(`/items?operationId=${operationId}&limit=500`)).json().items.map((i: { url: string }) => i.url);
    expect(listed).toEqual(expect.arrayContaining(['https://bulk.example/a', 'https://bulk.example/c']));
    expect(listed).not.toContain('https://bulk.example/b');
    await screenshot(page, 'intake');
    errors.assertNone();
  });

  it('says on the item page that a referral is blocked when another organisation holds the content', async () => {
    const image = await syntheticImage(42);
    const theirs = await partnerAnalyst.as.request({ method: 'POST', url: '/items/media', ...multipart(image, 'held.png', { url: 'https://share.example.org/f/held', operationId: String(operationId) }) });
    expect(theirs.statusCode, theirs.body).toBe(201);
    expect((await partnerAnalyst.as.post('/holds', { clusterId: theirs.json().item.clusterId, reason: 'Partner investigation (synthetic)' })).statusCode).toBe(201);
    const mine = await analyst.as.request({ method: 'POST', url: '/items/media', ...multipart(image, 'same.png', { url: 'https://tube.example/watch?v=held-copy', operationId: String(operationId) }) });
    expect(mine.statusCode, mine.body).toBe(201);
    const itemId = mine.json().item.id;
    expect(mine.json().item.clusterId).toBe(theirs.json().item.clusterId);

    const page = await (await t.newContext()).newPage();
    const errors = watchForErrors(page);
    await signInThroughUi(page, analyst.email, analyst.password);
    await page.goto(`/app/items/${itemId}`);
    const deconfliction = page.getByTestId('deconfliction');
    // The item shows as held by another organisation before anyone tries to refer it.
    await expect.poll(() => deconfliction.textContent()).toContain('Held by another organisation — referral blocked.');
    expect(await deconfliction.textContent()).not.toContain('Your attempt');
    await page.getByRole('button', { name: 'Propose referral' }).click();
    await page.getByRole('form', { name: 'Propose a referral' }).getByRole('button', { name: 'Propose referral' }).click();
    await expect.poll(() => deconfliction.textContent()).toContain('Your attempt at');
    expect(await deconfliction.textContent()).not.toContain('Partner'); // neither who holds it nor why
    expect(await page.getByRole('alert').first().textContent()).toContain('ITEM_HELD');
    expect((await analyst.as.get(`/referrals?itemId=${itemId}`)).json().referrals).toEqual([]);
    errors.assertNone();
  });

  it('stops refreshing the dashboard once the operation is closed', async () => {
    expect((await coordinator.as.post(`/operations/${operationId}/status`, { status: 'closed' })).json().status).toBe('closed');
    const page = await (await t.newContext()).newPage();
    const errors = watchForErrors(page);
    await signInThroughUi(page, analyst.email, analyst.password);
    let figureRequests = 0;
    page.on('request', (r) => {
      if (r.url().endsWith(`/operations/${operationId}/figures`)) figureRequests++;
    });
    await page.goto(`/app/operations/${operationId}`);
    await expect.poll(() => page.getByTestId('refresh-state').textContent()).toContain('Closed: figures are final');
    expect(await page.getByRole('link', { name: 'Add items' }).count()).toBe(0);
    const before = figureRequests;
    await page.waitForTimeout(6_000);
    expect(figureRequests).toBe(before);
    errors.assertNone();
  });
});
