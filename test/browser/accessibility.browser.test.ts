// Accessibility of every page of the UI, checked in a real browser: a small but realistic data set
// is built through the API (an authority with a coordinator, analyst, supervisor, admin and
// auditor; a platform organisation whose liaison operates a registered platform; an operation with
// items, one with a synthetic image; a referral sent to the platform and one waiting for approval;
// a hold; a hash bank with entries), then every route of web/src/app.tsx is visited once its data
// has loaded and axe-core checks it against WCAG 2.0/2.1 A and AA (colour contrast, labels, names,
// landmarks, ARIA). The platform portal is checked at 1280 px and on a 390 px phone; the loading,
// empty and error states are checked too, and the review page is worked with Tab: it reaches the
// main controls and every focused control shows a visible outline.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Organisation } from '../../src/modules/organisations/organisation.model.ts';
import { buildMember, buildOrganisation, buildSignedInMember, type Caller, type TestMember } from '../factories.ts';
import { multipart } from '../multipart.ts';
import { syntheticImage } from '../synthetic-media.ts';
import { accessibilityViolations, browserAvailable, checkAccessibility, screenshot, signInThroughUi, startBrowserTestApp, watchForErrors, type BrowserTestApp } from './harness.ts';

const PDQ = 'f8f8f0cee0f4a84f06370a22038f63f0b36e2ed596621e1d33e6b39c4e9c9b22';
const BANK = 'A11Y_TEST_BANK';

let t: BrowserTestApp;
let iru: Organisation;
let inspector: TestMember;
let liaison: TestMember;
let operationId: number;
let imageItemId: number;
let clusterId: number;
let sentReferralId: number;
let platformId: number;

type Response = { statusCode: number; body: string; json(): unknown };
async function ok<T = { id: number }>(res: Promise<Response>): Promise<T> {
  const r = await res;
  expect(r.statusCode, r.body).toBeLessThan(300);
  return r.json() as T;
}

/** Waits until the page has its heading and no loading state is left, then a moment for late renders. */
async function settle(page: Page): Promise<void> {
  await page.locator('main h1').first().waitFor();
  await expect.poll(() => page.locator('.state--loading').count(), { timeout: 15_000 }).toBe(0);
  await page.waitForTimeout(150);
  await expect.poll(() => page.locator('.state--loading').count(), { timeout: 15_000 }).toBe(0);
}

/**
 * Walks the page with Tab from the top until the focus comes round again: every control it reaches
 * must show a focus indicator (an outline or a box shadow), and the walk must not get stuck.
 */
async function checkFocusWalk(page: Page, name: string): Promise<void> {
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  const seen: string[] = [];
  const hidden: string[] = [];
  for (let i = 0; i < 250; i++) {
    await page.keyboard.press('Tab');
    const focused = await page.evaluate(() => {
      const e = document.activeElement as HTMLElement | null;
      if (!e || e === document.body) return null;
      const style = getComputedStyle(e);
      const path: string[] = [];
      for (let n: Element | null = e; n && n !== document.body; n = n.parentElement) path.unshift(`${n.tagName.toLowerCase()}:${[...(n.parentElement?.children ?? [])].indexOf(n)}`);
      const label = (e.getAttribute('aria-label') ?? e.textContent ?? '').trim().slice(0, 40);
      return { key: path.join('/'), label: `<${e.tagName.toLowerCase()}> ${label}`, visible: style.outlineStyle !== 'none' || style.boxShadow !== 'none' };
    });
    if (!focused) continue;
    if (seen.includes(focused.key)) break;
    seen.push(focused.key);
    if (!focused.visible) hidden.push(focused.label);
  }
  expect.soft(seen.length, `${name}: Tab reached nothing`).toBeGreaterThan(0);
  expect.soft(seen.length, `${name}: the Tab walk never came round (a keyboard trap?)`).toBeLessThan(250);
  expect.soft(hidden, `${name}: focused without a visible indicator`).toEqual([]);
}

/** Opens a page, waits for its data (and for `ready`, when given), checks it with axe-core, takes a screenshot and walks it with Tab. */
async function visit(page: Page, path: string, name: string, ready?: (page: Page) => Promise<unknown>): Promise<void> {
  await page.goto(path);
  await settle(page);
  if (ready) await ready(page);
  await checkAccessibility(page, `${name} (${path})`);
  await screenshot(page, `accessibility-${name.replace(/[^a-z0-9]+/gi, '-').replace(/-$/, '').toLowerCase()}`);
  await checkFocusWalk(page, `${name} (${path})`);
}

describe.skipIf(!browserAvailable)('accessibility of every page (axe-core, WCAG 2.1 A/AA)', () => {
  beforeAll(async () => {
    t = await startBrowserTestApp({ candidateThreshold: 2 });
    iru = await buildOrganisation(t, { kind: 'authority', competentAuthority: true, name: 'Accessible Referral Unit' });
    const coordinator = await buildSignedInMember(t, iru, ['coordinator']);
    const analyst = await buildSignedInMember(t, iru, ['analyst']);
    const supervisor = await buildSignedInMember(t, iru, ['supervisor']);
    const admin = await buildSignedInMember(t, iru, ['admin']);
    await buildMember(t, iru, ['auditor']);
    // The one who looks at every page: all of the authority's roles.
    inspector = await buildMember(t, iru, ['coordinator', 'analyst', 'supervisor', 'admin', 'auditor']);

    const platformOrg = await buildOrganisation(t, { kind: 'platform', name: 'Example Video Trust & Safety' });
    liaison = await buildMember(t, platformOrg, ['liaison']);
    const liaisonCaller: Caller = (await buildSignedInMember(t, platformOrg, ['liaison'])).as;
    platformId = (await ok(coordinator.as.post('/platforms', { name: 'Example Video', category: 'video', domains: ['video.example'], operatorOrganisationId: platformOrg.id }))).id;
    await ok(coordinator.as.post('/platforms', { name: 'Example Forum', category: 'forum', domains: ['forum.example.org'] }));

    operationId = (await ok(coordinator.as.post('/operations', { name: 'Accessibility Day', scope: { languages: ['ar', 'en'] } }))).id;
    await ok(coordinator.as.post(`/operations/${operationId}/status`, { status: 'live' }));

    const png = await syntheticImage(23);
    const image = await ok<{ item: { id: number; clusterId: number | null } }>(
      analyst.as.request({ method: 'POST', url: '/items/media', ...multipart(png, 'still.png', { url: 'https://video.example/watch/a11y-1', operationId: String(operationId), language: 'ar' }) }),
    );
    imageItemId = image.item.id;
    clusterId = image.item.clusterId!;
    expect(clusterId).toBeGreaterThan(0);
    const items: number[] = [];
    for (const [url, language, text] of [
      ['https://video.example/watch/a11y-2', 'en', 'Synthetic post; mirror at https://new-mirror.example.net/m/2'],
      ['https://forum.example.org/t/a11y-3', 'ar', 'Synthetic thread; mirror at https://new-mirror.example.net/m/3'],
      ['https://forum.example.org/t/a11y-4', 'en', 'Synthetic thread number four'],
    ] as const) {
      items.push((await ok<{ item: { id: number } }>(analyst.as.post('/items', { url, language, text, operationId }))).item.id);
    }
    await ok(analyst.as.patch(`/items/${items[0]}`, { category: 'propaganda', groupName: 'Synthetic Group', tier: 'promotional', status: 'assessed' }));

    // A removal order sent to the platform (answered "acknowledged"), and a referral waiting for approval.
    sentReferralId = (
      await ok(
        analyst.as.post('/referrals', {
          itemId: imageItemId,
          kind: 'removal_order',
          removalOrder: { issuingMemberState: 'BE', issuingAuthority: 'Accessible Referral Unit', referenceNumber: 'A11Y-2026-01', reasons: ['incitement'], language: 'en', addresseeContact: 'legal@video.example' },
        }),
      )
    ).id;
    await ok(supervisor.as.post(`/referrals/${sentReferralId}/approve`, {}));
    await ok(supervisor.as.post(`/referrals/${sentReferralId}/events`, { event: 'send' }));
    await ok(liaisonCaller.post(`/platform/referrals/${sentReferralId}/responses`, { action: 'acknowledge' }));
    await ok(analyst.as.post('/referrals', { itemId: items[0] }));
    await ok(analyst.as.post('/holds', { itemId: items[2], reason: 'Synthetic: under investigation, do not refer yet.' }));

    await ok(analyst.as.post('/c/banks', { name: BANK, description: 'Synthetic hashes for the accessibility test' }));
    await ok(analyst.as.post(`/c/bank/${BANK}/signal`, { signals: [{ signal_type: 'pdq', value: PDQ }], note: 'synthetic gradient', tags: ['synthetic'] }));
    await ok(analyst.as.post(`/c/bank/${BANK}/signal`, { signals: [{ signal_type: 'md5', value: 'a0000000000000000000000000000001' }], note: 'synthetic video' }));
    await ok(admin.as.post('/api-keys', { name: 'Intake pipeline', scopes: ['items:submit'] }));
  });
  afterAll(async () => {
    await t?.close();
  });

  it('catches violations: the check is not vacuous', async () => {
    const page = await (await t.newContext()).newPage();
    await page.goto('/app/login');
    await page.getByRole('button', { name: 'Sign in' }).waitFor();
    await page.evaluate(() => {
      const bad = document.createElement('div');
      bad.innerHTML = '<p style="color:#b0b0b0;background:#fff">Faint text</p><input type="text"><button type="button"></button>';
      document.querySelector('main, #root')!.append(bad);
    });
    const ids = (await accessibilityViolations(page)).map((v) => v.id);
    expect(ids).toEqual(expect.arrayContaining(['color-contrast', 'label', 'button-name']));
  });

  it('has no violations on any page of the authority’s members', { timeout: 300_000 }, async () => {
    const page = await (await t.newContext()).newPage();
    const errors = watchForErrors(page);
    await page.goto('/app/login');
    await page.getByRole('button', { name: 'Sign in' }).waitFor();
    await checkAccessibility(page, 'login');
    await signInThroughUi(page, inspector.email, inspector.password);

    const text = (s: string | RegExp) => (p: Page) => p.getByText(s).first().waitFor();
    await visit(page, '/app/operations', 'operations', (p) => p.getByRole('link', { name: 'Accessibility Day' }).first().waitFor());
    // The new-operation form, with a validation error showing.
    await page.getByRole('button', { name: 'New operation' }).click();
    await page.getByRole('button', { name: 'Create operation' }).click();
    await page.getByText('Give the operation a name.').waitFor();
    await checkAccessibility(page, 'operations: new operation form with an error');
    await visit(page, `/app/operations/${operationId}`, 'dashboard', (p) => p.getByTestId('figure-items').waitFor());
    await visit(page, `/app/operations/${operationId}/intake`, 'intake', (p) => p.getByLabel('URL').waitFor());
    await visit(page, `/app/operations/${operationId}/review`, 'review', (p) => p.getByTestId('review-panel').waitFor());
    // The review page's forms and its shortcut help, opened with the keys.
    for (const [key, form] of [
      ['a', 'assess form'],
      ['p', 'propose form'],
      ['h', 'hold form'],
    ] as const) {
      await page.locator('main h1').click();
      await page.keyboard.press(key);
      await page.locator('.inline-form').waitFor();
      await checkAccessibility(page, `review: ${form}`);
      await page.keyboard.press('Escape');
      await expect.poll(() => page.locator('.inline-form').count()).toBe(0);
    }
    await page.keyboard.press('?');
    await page.getByTestId('shortcut-help').waitFor();
    await checkAccessibility(page, 'review: shortcut help dialog');
    await page.keyboard.press('Escape');
    await visit(page, `/app/operations/${operationId}/report`, 'operation report', (p) => p.getByTestId('report-headline').waitFor());
    await visit(page, `/app/items/${imageItemId}`, 'item', (p) => p.getByTestId('safe-media').waitFor());
    await page.getByRole('button', { name: 'Reveal image' }).click();
    await page.getByRole('button', { name: 'Propose referral' }).click();
    await page.getByRole('form', { name: 'Propose a referral' }).waitFor();
    await checkAccessibility(page, 'item: media revealed, propose form open');
    await visit(page, `/app/clusters/${clusterId}`, 'cluster', (p) => p.getByTestId('cluster-items').waitFor());
    await visit(page, '/app/referrals', 'referrals', (p) => p.getByRole('link', { name: `Referral #${sentReferralId}` }).waitFor());
    await visit(page, `/app/referrals/${sentReferralId}`, 'referral', (p) => p.getByTestId('timeline').waitFor());
    await visit(page, '/app/approvals', 'approvals', (p) => p.locator('[data-testid^="approval-"]').first().waitFor());
    await visit(page, '/app/holds', 'holds', text(/under investigation/));
    await visit(page, '/app/emerging', 'emerging platforms', (p) => p.getByTestId('candidates').waitFor());
    await visit(page, '/app/banks', 'banks', (p) => p.getByRole('link', { name: BANK }).first().waitFor());
    await visit(page, `/app/banks/${BANK}`, 'bank', (p) => p.getByTestId('bank-contents').getByText(PDQ).waitFor());
    await visit(page, '/app/reports', 'reports', (p) => p.getByRole('link', { name: 'Report: Accessibility Day' }).waitFor());
    const year = new Date().getUTCFullYear();
    await visit(page, `/app/reports/transparency?platformId=${platformId}&from=${year}-01-01&to=${year}-12-31`, 'transparency report', (p) =>
      p.getByRole('heading', { name: 'Transparency report: Example Video', level: 1 }).waitFor(),
    );
    await visit(page, '/app/admin', 'admin', (p) => p.getByTestId('members').waitFor());
    await visit(page, '/app/audit', 'audit', (p) => p.locator('main table').first().waitFor());
    await visit(page, '/app/notifications', 'notifications');
    await visit(page, '/app/settings', 'settings', (p) => p.getByLabel(/Blur strength/).waitFor());
    errors.assertNone();
  });

  it('has no violations in the platform portal at 1280 px and on a 390 px phone', { timeout: 180_000 }, async () => {
    for (const viewport of [
      { width: 1280, height: 900 },
      { width: 390, height: 844 },
    ]) {
      const page = await (await t.newContext(viewport)).newPage();
      const errors = watchForErrors(page);
      await signInThroughUi(page, liaison.email, liaison.password);
      const size = `${viewport.width} px`;
      await visit(page, '/app/platform', `platform portal at ${size}`, (p) => p.getByTestId(`portal-card-${sentReferralId}`).waitFor());
      await visit(page, `/app/platform/referrals/${sentReferralId}`, `platform referral at ${size}`, (p) => p.getByTestId('referred-url').waitFor());
      await visit(page, '/app/platform/settings', `platform settings at ${size}`);
      await visit(page, '/app/notifications', `platform notifications at ${size}`);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow).toBeLessThanOrEqual(0);
      errors.assertNone();
    }
  });

  it('has no violations in the empty, loading, error and not-found states', async () => {
    const fresh = await buildOrganisation(t, { kind: 'authority', name: 'Brand New Unit' });
    const coordinator = await buildMember(t, fresh, ['coordinator']);
    const page = await (await t.newContext()).newPage();
    await signInThroughUi(page, coordinator.email, coordinator.password);
    await visit(page, '/app/operations', 'empty operations list', (p) => p.getByText('No operations yet').waitFor());

    // Loading: the operations list's request is held until the check is done.
    let release: () => void = () => undefined;
    const held = new Promise<void>((resolve) => (release = resolve));
    await page.route(/^http:\/\/127\.0\.0\.1:\d+\/operations(\?.*)?$/, async (route) => {
      await held;
      await route.continue();
    });
    await page.goto('/app/operations');
    await page.getByRole('status').filter({ hasText: 'Loading operations…' }).waitFor();
    await checkAccessibility(page, 'loading state');
    release();
    await page.getByText('No operations yet').waitFor();
    await page.unroute(/^http:\/\/127\.0\.0\.1:\d+\/operations(\?.*)?$/);

    const inspectorPage = await (await t.newContext()).newPage();
    await signInThroughUi(inspectorPage, inspector.email, inspector.password);
    await visit(inspectorPage, '/app/items/999999', 'item not found (error state)', (p) => p.getByRole('alert').waitFor());
    expect(await inspectorPage.getByRole('alert').textContent()).toContain('NOT_FOUND');
    await visit(inspectorPage, '/app/no-such-page', 'unknown address', (p) => p.getByRole('heading', { name: 'Not found' }).waitFor());
  });

  it('reaches the review page’s main controls with Tab, each with a visible focus outline', async () => {
    const page = await (await t.newContext()).newPage();
    await signInThroughUi(page, inspector.email, inspector.password);
    await page.goto(`/app/operations/${operationId}/review`);
    await page.getByTestId('review-panel').waitFor();
    await page.getByLabel('Show').selectOption('all');
    await page.getByTestId(`queue-item-${imageItemId}`).waitFor();
    await page.locator('body').focus();
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());

    const reached: Array<{ name: string; outline: string }> = [];
    for (let i = 0; i < 80; i++) {
      await page.keyboard.press('Tab');
      const focused = await page.evaluate(() => {
        const e = document.activeElement as HTMLElement | null;
        if (!e || e === document.body) return null;
        const label = e.id ? document.querySelector(`label[for="${e.id}"]`)?.textContent : null;
        return { name: (e.getAttribute('aria-label') ?? label ?? e.textContent ?? '').trim(), outline: getComputedStyle(e).outlineStyle, inPanel: !!e.closest('[data-testid="review-panel"]') };
      });
      if (!focused) continue;
      reached.push({ name: focused.name, outline: focused.outline });
      if (focused.inPanel && focused.name.startsWith('Open item')) break;
    }
    const names = reached.map((r) => r.name);
    for (const control of ['Skip to content', 'Show', 'Refresh', `Select item ${imageItemId}`, 'Assess a', 'Propose referral p', 'Hold h', 'Open item o']) {
      expect(names, `Tab order: ${names.join(' | ')}`).toContain(control);
    }
    const invisible = reached.filter((r) => r.outline === 'none');
    expect(invisible, 'controls without a visible focus outline').toEqual([]);
    await screenshot(page, 'accessibility-review-focus');
  });
});
