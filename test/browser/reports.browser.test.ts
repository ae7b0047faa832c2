// Reports in a real browser: an operation set up through the API (items in three languages on two
// platforms, one referral removed) shows its press-release figures and per-platform table; printed
// (print media) the navigation and buttons disappear, and Chromium saves it as a PDF. The
// transparency report shows a platform's TCO Art. 7(3) figures for a period.
import { mkdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildMember, buildOrganisation, buildSignedInMember } from '../factories.ts';
import { browserAvailable, SCREENSHOTS, screenshot, signInThroughUi, startBrowserTestApp, watchForErrors, type BrowserTestApp } from './harness.ts';

let t: BrowserTestApp;

describe.skipIf(!browserAvailable)('reports', () => {
  beforeAll(async () => {
    t = await startBrowserTestApp();
  });
  afterAll(async () => {
    await t?.close();
  });

  it('shows, prints and saves the operation report, and the transparency report', async () => {
    const org = await buildOrganisation(t, { kind: 'authority', name: 'Report Test Unit' });
    const coordinator = await buildSignedInMember(t, org, ['coordinator']);
    const analyst = await buildSignedInMember(t, org, ['analyst']);
    const supervisor = await buildSignedInMember(t, org, ['supervisor']);
    const ok = async (res: Promise<{ statusCode: number; body: string; json(): unknown }>) => {
      const r = await res;
      expect(r.statusCode, r.body).toBeLessThan(300);
      return r.json() as Record<string, unknown> & { id: number };
    };
    const video = await ok(coordinator.as.post('/platforms', { name: 'Example Video', category: 'video', domains: ['video.example.net'] }));
    await ok(coordinator.as.post('/platforms', { name: 'Example Forum', category: 'forum', domains: ['forum.example.org'] }));
    const operation = await ok(coordinator.as.post('/operations', { name: 'Action day: report test' }));
    await ok(coordinator.as.post(`/operations/${operation.id}/status`, { status: 'live' }));
    const items: number[] = [];
    for (const [url, language] of [
      ['https://video.example.net/watch/1', 'ar'],
      ['https://video.example.net/watch/2', 'en'],
      ['https://forum.example.org/t/3', 'de'],
      ['https://forum.example.org/t/4', 'ar'],
    ] as const) {
      const r = (await ok(analyst.as.post('/items', { operationId: operation.id, url, language, text: `synthetic test text ${url}` }))) as unknown as { item: { id: number } };
      items.push(r.item.id);
    }
    const referral = await ok(analyst.as.post('/referrals', { itemId: items[0], platformId: video.id }));
    await ok(supervisor.as.post(`/referrals/${referral.id}/approve`));
    for (const event of ['send', 'acknowledge', 'remove']) await ok(supervisor.as.post(`/referrals/${referral.id}/events`, { event }));
    const api = (await ok(coordinator.as.get(`/operations/${operation.id}/report`))) as unknown as { headline: string };
    expect(api.headline).toMatch(/^4 items in 3 languages on 2 platforms/);

    const page = await (await t.newContext()).newPage();
    const errors = watchForErrors(page);
    const member = await buildMember(t, org, ['coordinator']);
    await signInThroughUi(page, member.email, member.password);
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Reports' }).click();
    await page.getByRole('heading', { name: 'Reports', level: 1 }).waitFor();
    await page.getByRole('link', { name: 'Report: Action day: report test' }).waitFor();
    await screenshot(page, 'reports');

    await page.getByRole('link', { name: 'Report: Action day: report test' }).click();
    await page.getByRole('heading', { name: 'Report: Action day: report test', level: 1 }).waitFor();
    expect(await page.getByTestId('report-headline').textContent()).toBe(api.headline);
    const figure = (label: string) => page.locator('.report-figure').filter({ has: page.getByText(label, { exact: true }) }).locator('dd').textContent();
    expect(await figure('Items')).toBe('4');
    expect(await figure('Languages')).toBe('3');
    expect(await figure('Platforms')).toBe('2');
    expect(await figure('Referrals')).toBe('1');
    const table = page.getByTestId('report-platforms');
    const videoRow = table.getByRole('row').filter({ hasText: 'Example Video' });
    expect(await videoRow.getByRole('cell').allTextContents()).toEqual(['video.example.net', '2', '1', '1', '100.0 %', '0.0']);
    expect(await table.getByRole('row').filter({ hasText: 'Example Forum' }).getByRole('cell').nth(1).textContent()).toBe('2');
    expect(await page.getByRole('link', { name: 'Download CSV' }).getAttribute('href')).toBe(`/operations/${operation.id}/report?format=csv`);
    const csv = await page.request.get(`/operations/${operation.id}/report?format=csv`);
    expect((await csv.text()).split('\r\n')[0]).toBe('platform_id,platform,domain,items,referrals,removed,removal_rate,median_hours_to_removal');
    expect(await page.getByRole('link', { name: 'Printable HTML' }).getAttribute('href')).toBe(`/operations/${operation.id}/report?format=html`);
    await screenshot(page, 'operation-report');

    // Printed: no navigation, no header, no buttons; the figures and the table stay.
    const nav = page.getByRole('navigation', { name: 'Main' });
    const print = page.getByRole('button', { name: 'Print' });
    expect(await nav.isVisible()).toBe(true);
    expect(await print.isVisible()).toBe(true);
    await page.emulateMedia({ media: 'print' });
    expect(await nav.isVisible()).toBe(false);
    expect(await print.isVisible()).toBe(false);
    expect(await page.getByRole('button', { name: 'Sign out' }).isVisible()).toBe(false);
    expect(await page.getByRole('link', { name: 'Download CSV' }).isVisible()).toBe(false);
    expect(await page.getByTestId('report-headline').isVisible()).toBe(true);
    expect(await table.isVisible()).toBe(true);
    const borders = await table.locator('td').first().evaluate((td) => getComputedStyle(td).borderTopStyle);
    expect(borders).toBe('solid');
    await screenshot(page, 'operation-report-print');

    mkdirSync(SCREENSHOTS, { recursive: true });
    const pdf = join(SCREENSHOTS, 'operation-report.pdf');
    await page.pdf({ path: pdf, format: 'A4', printBackground: true });
    expect(statSync(pdf).size).toBeGreaterThan(5_000);
    expect(readFileSync(pdf).subarray(0, 5).toString()).toBe('%PDF-');
    await page.emulateMedia({ media: 'screen' });

    // The transparency report of one platform for this year.
    await page.goto('/app/reports');
    await page.getByRole('link', { name: 'Open a transparency report' }).click();
    await page.getByRole('heading', { name: 'Transparency report', level: 1 }).waitFor();
    await expect.poll(() => page.getByLabel('Platform', { exact: true }).locator('option').allTextContents()).toContain('Example Video');
    await page.getByLabel('Platform', { exact: true }).selectOption({ label: 'Example Video' });
    await page.getByRole('button', { name: 'Show report' }).click();
    await page.getByRole('heading', { name: 'Transparency report: Example Video', level: 1 }).waitFor();
    expect(new URL(page.url()).searchParams.get('platformId')).toBe(String(video.id));
    const referrals = page.getByRole('region', { name: 'Referrals (other measures)' });
    const value = (label: string) => referrals.getByRole('row').filter({ has: page.getByRole('rowheader', { name: label, exact: true }) }).getByRole('cell').textContent();
    expect(await value('Received')).toBe('1');
    expect(await value('Removed')).toBe('1');
    expect(await page.getByText('Only your organisation’s own referrals').count()).toBe(1);
    await screenshot(page, 'transparency-report');
    errors.assertNone();
  });

  it("offers a platform's liaison the platforms its organisation operates, by name", async () => {
    const iru = await buildOrganisation(t, { kind: 'authority' });
    const coordinator = await buildSignedInMember(t, iru, ['coordinator']);
    const operator = await buildOrganisation(t, { kind: 'platform', name: 'Report Tube Trust & Safety' });
    const other = await buildOrganisation(t, { kind: 'platform' });
    const create = async (body: Record<string, unknown>) => {
      const res = await coordinator.as.post('/platforms', body);
      expect(res.statusCode, res.body).toBe(201);
      return res.json().id as number;
    };
    await create({ name: 'Report Tube', category: 'video', domains: ['reporttube.example'], operatorOrganisationId: operator.id });
    const shorts = await create({ name: 'Report Tube Shorts', category: 'video', domains: ['shorts.reporttube.example'], operatorOrganisationId: operator.id });
    await create({ name: 'Someone Else Video', category: 'video', domains: ['someone-else.example'], operatorOrganisationId: other.id });
    const liaison = await buildMember(t, operator, ['liaison']);
    const page = await (await t.newContext()).newPage();
    const errors = watchForErrors(page);
    await signInThroughUi(page, liaison.email, liaison.password);
    await page.goto('/app/reports/transparency');
    const select = page.getByLabel('Platform', { exact: true });
    await expect.poll(() => select.locator('option').allTextContents()).toEqual(['Choose a platform', 'Report Tube (reporttube.example)', 'Report Tube Shorts (shorts.reporttube.example)']);
    expect(await page.getByLabel('Platform number').count()).toBe(0);
    await select.selectOption({ label: 'Report Tube Shorts (shorts.reporttube.example)' });
    await page.getByRole('button', { name: 'Show report' }).click();
    await page.getByRole('heading', { name: 'Transparency report: Report Tube Shorts', level: 1 }).waitFor();
    expect(new URL(page.url()).searchParams.get('platformId')).toBe(String(shorts));
    await page.getByText('All referrals and removal orders sent to the platform through Vigil.').waitFor();
    await screenshot(page, 'transparency-report-liaison');
    errors.assertNone();
  });

  it('lets an auditor open an operation report by its number', async () => {
    const org = await buildOrganisation(t, { kind: 'authority' });
    const coordinator = await buildSignedInMember(t, org, ['coordinator']);
    const operation = (await coordinator.as.post('/operations', { name: 'Audited operation' })).json() as { id: number };
    const auditor = await buildMember(t, org, ['auditor']);
    const page = await (await t.newContext()).newPage();
    await signInThroughUi(page, auditor.email, auditor.password);
    await page.goto('/app/reports');
    await page.getByLabel('Operation number').fill(String(operation.id));
    await page.getByRole('button', { name: 'Open report' }).click();
    await expect.poll(() => page.getByTestId('report-headline').textContent()).toBe('0 items in 0 languages on 0 platforms');
    await page.getByText('No items on any platform.').waitFor();
  });
});
