// A real Vigil on a loopback port and a real headless Chromium (Debian's `chromium`, driven by
// playwright-core) for the browser tests. Chromium is started without background networking so it
// reaches nothing but the test's server. Screenshots go to test-output/screenshots/.
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { expect } from 'vitest';
import type { Config } from '../../src/core/config/index.ts';
import { createTestApp, type TestApp } from '../test-app.ts';

export const CHROMIUM = process.env.VIGIL_CHROMIUM ?? '/usr/bin/chromium';
/** Browser tests run where Chromium is installed, and always in CI (where a missing browser fails them). */
export const browserAvailable = existsSync(CHROMIUM) || process.env.CI === 'true';

export const SCREENSHOTS = join(import.meta.dirname, '..', '..', 'test-output', 'screenshots');

export interface BrowserTestApp extends TestApp {
  baseUrl: string;
  browser: Browser;
  /** A fresh browser context (own cookies) at the given viewport. */
  newContext(viewport?: { width: number; height: number }): Promise<BrowserContext>;
}

export async function startBrowserTestApp(overrides: Partial<Record<keyof Config, unknown>> = {}): Promise<BrowserTestApp> {
  // The server's clock starts at the real time, so deadlines and countdowns in the browser agree.
  const t = await createTestApp({ sessionIdleMinutes: 10_000, sessionTtlHours: 720, ...overrides }, { clockStart: new Date() });
  await t.app.listen({ host: '127.0.0.1', port: 0 });
  const address = t.app.server.address();
  if (!address || typeof address === 'string') throw new Error('no port');
  const baseUrl = `http://127.0.0.1:${address.port}`;
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage'],
  });
  const contexts: BrowserContext[] = [];
  return {
    ...t,
    baseUrl,
    browser,
    async newContext(viewport = { width: 1280, height: 900 }) {
      const context = await browser.newContext({ baseURL: baseUrl, viewport, reducedMotion: 'reduce' });
      // Anything but the test's own server is a bug in the UI: fail loudly.
      await context.route(/^(?!http:\/\/127\.0\.0\.1:\d+\/).*/, (route) => route.abort('blockedbyclient'));
      contexts.push(context);
      return context;
    },
    async close() {
      for (const c of contexts) await c.close().catch(() => undefined);
      await browser.close();
      await t.close();
    },
  };
}

/** Signs in through the login form and waits for the signed-in frame. */
export async function signInThroughUi(page: Page, email: string, password: string): Promise<void> {
  await page.goto('/app/login');
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.getByTestId('organisation-name').waitFor();
}

/** Writes a full-page screenshot named after the page into test-output/screenshots/. */
export async function screenshot(page: Page, name: string): Promise<string> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  const path = join(SCREENSHOTS, `${name}.png`);
  await page.screenshot({ path, fullPage: true });
  return path;
}

/**
 * Collects a page's script errors and server errors (5xx), for an assertion at the end of a test.
 * 4xx answers are the API doing its job (a 401 before sign-in, a 409 for a held item) and the UI
 * shows them; Chromium logs them to the console, so they are left out here.
 */
export function watchForErrors(page: Page): { assertNone(): void } {
  const problems: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error' && !/status of 4\d\d/.test(m.text())) problems.push(`console: ${m.text()}`);
  });
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  return {
    assertNone() {
      expect(problems).toEqual([]);
    },
  };
}
