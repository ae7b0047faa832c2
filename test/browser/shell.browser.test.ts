// The UI's frame in a real browser: sign-in, navigation by permission, sign-out, the wellbeing
// settings, keyboard access, and the phone width.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildMember, buildOrganisation } from '../factories.ts';
import { browserAvailable, screenshot, signInThroughUi, startBrowserTestApp, watchForErrors, type BrowserTestApp } from './harness.ts';

let t: BrowserTestApp;

describe.skipIf(!browserAvailable)('web UI frame', () => {
  beforeAll(async () => {
    t = await startBrowserTestApp();
  });
  afterAll(async () => {
    await t?.close();
  });

  it('signs in, shows only what the roles allow, and signs out', async () => {
    const org = await buildOrganisation(t, { kind: 'authority', name: 'Frame Test IRU' });
    const analyst = await buildMember(t, org, ['analyst']);
    const context = await t.newContext();
    const page = await context.newPage();
    const errors = watchForErrors(page);

    await page.goto('/app/operations');
    await expect.poll(() => new URL(page.url()).pathname).toBe('/app/login');
    await screenshot(page, 'login');

    await page.getByLabel('Email').fill(analyst.email);
    await page.getByLabel('Password').fill('not the password');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await expect.poll(() => page.getByRole('alert').textContent()).toContain('INVALID_CREDENTIALS');

    await page.getByLabel('Password').fill(analyst.password);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByTestId('organisation-name').waitFor();
    expect(new URL(page.url()).pathname).toBe('/app/operations');
    expect(await page.getByTestId('organisation-name').textContent()).toBe('Frame Test IRU');

    const nav = page.getByRole('navigation', { name: 'Main' });
    await expect.poll(() => nav.getByRole('link').allTextContents()).toEqual(['Operations', 'Referrals', 'Holds', 'Emerging platforms', 'Hash banks']);

    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.getByRole('button', { name: 'Sign in' }).waitFor();
    const session = await page.request.get('/auth/session');
    expect(session.status()).toBe(401);
    errors.assertNone();
  });

  it('keeps the member’s blur strength and greyscale choice', async () => {
    const org = await buildOrganisation(t, { kind: 'ngo' });
    const analyst = await buildMember(t, org, ['analyst']);
    const page = await (await t.newContext()).newPage();
    await signInThroughUi(page, analyst.email, analyst.password);
    await page.getByRole('link', { name: 'Settings' }).click();
    const slider = page.getByLabel(/Blur strength/);
    await expect.poll(() => slider.inputValue()).toBe('24');
    await slider.fill('48');
    await page.getByLabel('Show media in greyscale').check();
    await page.getByRole('button', { name: 'Save' }).click();
    await expect.poll(() => page.getByRole('status').textContent()).toBe('Saved.');
    await screenshot(page, 'settings');

    await page.reload();
    await expect.poll(() => page.getByLabel(/Blur strength/).inputValue()).toBe('48');
    expect(await page.getByLabel('Show media in greyscale').isChecked()).toBe(true);
    const applied = await page.evaluate(() => [getComputedStyle(document.documentElement).getPropertyValue('--media-blur'), getComputedStyle(document.documentElement).getPropertyValue('--media-greyscale')]);
    expect(applied).toEqual(['48px', '1']);
  });

  it('is keyboard reachable: the skip link leads to the content', async () => {
    const org = await buildOrganisation(t, { kind: 'authority' });
    const coordinator = await buildMember(t, org, ['coordinator']);
    const page = await (await t.newContext()).newPage();
    await signInThroughUi(page, coordinator.email, coordinator.password);
    await page.keyboard.press('Tab');
    const focused = await page.evaluate(() => document.activeElement?.textContent);
    expect(focused).toBe('Skip to content');
    const outline = await page.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle);
    expect(outline).toBe('solid');
  });

  it('fits a 390 px phone without horizontal scrolling', async () => {
    const org = await buildOrganisation(t, { kind: 'platform' });
    const liaison = await buildMember(t, org, ['liaison']);
    const page = await (await t.newContext({ width: 390, height: 844 })).newPage();
    await signInThroughUi(page, liaison.email, liaison.password);
    expect(new URL(page.url()).pathname).toBe('/app/platform');
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
  });

  it('serves the UI under /app/ with a redirect from / and caches only hashed assets', async () => {
    const root = await fetch(`${t.baseUrl}/`, { redirect: 'manual' });
    expect(root.status).toBe(302);
    expect(root.headers.get('location')).toBe('/app/');
    const deep = await fetch(`${t.baseUrl}/app/operations/12/review`);
    expect(deep.status).toBe(200);
    expect(deep.headers.get('cache-control')).toBe('no-cache');
    expect(deep.headers.get('content-security-policy')).toContain("default-src 'self'");
    const html = await deep.text();
    const asset = /src="(\/app\/assets\/[^"]+\.js)"/.exec(html)?.[1];
    expect(asset).toBeDefined();
    const js = await fetch(`${t.baseUrl}${asset}`);
    expect(js.status).toBe(200);
    expect(js.headers.get('cache-control')).toContain('immutable');
    const api = await fetch(`${t.baseUrl}/operations`);
    expect(api.status).toBe(401);
    expect((await api.json()).error.code).toBe('UNAUTHENTICATED');
  });
});
