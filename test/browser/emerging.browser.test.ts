// Emerging platforms in a real browser: items linking to two unknown domains, each above the
// candidate threshold, make them candidates; a coordinator promotes one into the platform registry
// (category, cooperation status) and dismisses the other after confirming; an analyst only reads.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildMember, buildOrganisation, buildSignedInMember } from '../factories.ts';
import { browserAvailable, screenshot, signInThroughUi, startBrowserTestApp, watchForErrors, type BrowserTestApp } from './harness.ts';

let t: BrowserTestApp;

describe.skipIf(!browserAvailable)('emerging platforms', () => {
  beforeAll(async () => {
    t = await startBrowserTestApp({ candidateThreshold: 3 });
  });
  afterAll(async () => {
    await t?.close();
  });

  it('promotes one candidate and dismisses another', async () => {
    const org = await buildOrganisation(t, { kind: 'authority', name: 'Emerging Test Unit' });
    const coordinator = await buildSignedInMember(t, org, ['coordinator']);
    const analyst = await buildSignedInMember(t, org, ['analyst']);
    expect((await coordinator.as.post('/platforms', { name: 'Example Tube', category: 'video', domains: ['example.com'] })).statusCode).toBe(201);
    // Three items each link to two domains nobody registered: the threshold is three.
    for (let i = 1; i <= 3; i++) {
      const res = await analyst.as.post('/items', { url: `https://example.com/watch/${i}`, text: `synthetic post ${i}; mirror at https://new-forum.example.net/t/${i} and https://mirror.example.org/f/${i}` });
      expect(res.statusCode, res.body).toBe(201);
    }

    const member = await buildMember(t, org, ['coordinator']);
    const page = await (await t.newContext()).newPage();
    const errors = watchForErrors(page);
    await signInThroughUi(page, member.email, member.password);
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Emerging platforms' }).click();
    await page.getByRole('heading', { name: 'Emerging platforms', level: 1 }).waitFor();
    const candidates = page.getByTestId('candidates');
    await candidates.waitFor();
    const row = (domain: string) => candidates.getByRole('row').filter({ has: page.getByText(domain, { exact: true }) });
    await row('example.net').waitFor();
    expect(await row('example.net').getByRole('cell').allTextContents()).toEqual([expect.stringMatching(/UTC$/), expect.stringMatching(/UTC$/), '3', '3', '0', '1', expect.stringContaining('Promote')]);
    await row('example.org').waitFor();
    const domains = page.getByTestId('domains');
    expect(await domains.getByRole('row').filter({ hasText: 'example.com' }).textContent()).toContain('Platform #');
    await screenshot(page, 'emerging');

    // Promote example.net as a hostile forum.
    await row('example.net').getByRole('button', { name: 'Promote example.net' }).click();
    const form = page.getByRole('form', { name: 'Promote example.net' });
    expect(await form.getByLabel('Platform name').inputValue()).toBe('example.net');
    await form.getByLabel('Platform name').fill('New Forum');
    await form.getByLabel('Category').selectOption('forum');
    await form.getByLabel('Cooperation status').selectOption('hostile');
    await form.getByRole('button', { name: 'Add to the registry' }).click();
    await expect.poll(() => page.getByRole('status').filter({ hasText: 'registry' }).textContent()).toMatch(/^example\.net added to the platform registry as “New Forum” \(platform #\d+\)\.$/);
    await row('example.net').waitFor({ state: 'detached' });

    // Dismiss example.org, after confirming.
    await row('example.org').getByRole('button', { name: 'Dismiss example.org' }).click();
    await row('example.org').getByRole('button', { name: 'Yes, dismiss' }).click();
    await expect.poll(() => page.getByRole('status').filter({ hasText: 'dismissed' }).textContent()).toBe('example.org dismissed.');
    await page.getByText('No candidate platforms right now.').waitFor();

    await page.getByRole('button', { name: 'Promoted' }).click();
    await row('example.net').waitFor();
    await page.getByRole('button', { name: 'Dismissed' }).click();
    await row('example.org').waitFor();
    expect(await domains.getByRole('row').filter({ hasText: 'example.org' }).textContent()).toContain('Dismissed');

    const registry = (await coordinator.as.get('/platforms?q=New%20Forum')).json() as { platforms: Array<{ name: string; category: string; cooperationStatus: string; domains: string[] }> };
    expect(registry.platforms).toEqual([expect.objectContaining({ name: 'New Forum', category: 'forum', cooperationStatus: 'hostile', domains: ['example.net'] })]);
    errors.assertNone();
  });

  it('shows candidates to analysts without the decisions', async () => {
    const org = await buildOrganisation(t, { kind: 'authority' });
    const analyst = await buildSignedInMember(t, org, ['analyst']);
    for (let i = 1; i <= 3; i++) expect((await analyst.as.post('/items', { url: `https://readonly-${i}.test/p`, text: `see https://reading-candidate.test/${i}` })).statusCode).toBe(201);
    const page = await (await t.newContext()).newPage();
    await signInThroughUi(page, analyst.email, analyst.password);
    await page.goto('/app/emerging');
    await page.getByTestId('candidates').getByText('reading-candidate.test', { exact: true }).waitFor();
    expect(await page.getByRole('button', { name: 'Promote reading-candidate.test' }).count()).toBe(0);
    expect(await page.getByRole('button', { name: 'Dismiss reading-candidate.test' }).count()).toBe(0);
    expect(await page.getByRole('columnheader', { name: 'Decision' }).count()).toBe(0);
  });
});
