// A real Vigil on a loopback port and a real headless Chromium (Debian's `chromium`, driven by
// playwright-core) for the browser tests. Chromium is started without background networking so it
// reaches nothing but the test's server. Screenshots go to test-output/screenshots/.
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
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

/** One axe-core rule a page breaks, with the elements that break it. */
export interface AccessibilityViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: Array<{ target: string; summary: string }>;
}

let axeSource: string | undefined;
const AXE_PATH = '/__test__/axe-core.min.js';

/**
 * Runs axe-core (WCAG 2.0/2.1, levels A and AA) on the page as it is now and asserts (softly) that
 * nothing is violated; the assertion message lists each rule (id, impact, help) and the failing
 * elements. The UI's Content-Security-Policy (script-src 'self') refuses inline scripts, so axe's
 * source is injected as a same-origin script tag that the test itself serves (page.route).
 */
export async function checkAccessibility(page: Page, name: string): Promise<AccessibilityViolation[]> {
  const violations = await accessibilityViolations(page);
  const report = violations
    .map((v) => [`- ${v.id} (${v.impact ?? 'unknown impact'}): ${v.help}`, ...v.nodes.map((n) => `    ${n.target}\n      ${n.summary.replace(/\n/g, '\n      ')}`)].join('\n'))
    .join('\n');
  // Soft: a test that checks several pages reports every page's violations, and still fails.
  expect.soft(violations.length, `${name}: ${violations.length} accessibility violation(s)\n${report}`).toBe(0);
  return violations;
}

/** axe-core's WCAG 2.0/2.1 A and AA violations on the page as it is now. */
export async function accessibilityViolations(page: Page): Promise<AccessibilityViolation[]> {
  const source = (axeSource ??= readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8'));
  if (!(await page.evaluate(() => typeof (window as unknown as { axe?: unknown }).axe === 'object'))) {
    await page.route(`**${AXE_PATH}`, (route) => route.fulfill({ status: 200, contentType: 'text/javascript', body: source }));
    await page.addScriptTag({ url: AXE_PATH });
    await page.unroute(`**${AXE_PATH}`);
  }
  return page.evaluate(async () => {
    type Node = { target: unknown[]; failureSummary?: string };
    type Axe = { run(context: Document, options: object): Promise<{ violations: Array<{ id: string; impact?: string | null; help: string; nodes: Node[] }> }> };
    const axe = (window as unknown as { axe: Axe }).axe;
    const result = await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } });
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact ?? null,
      help: v.help,
      nodes: v.nodes.map((n) => ({ target: n.target.map(String).join(' > '), summary: n.failureSummary ?? '' })),
    }));
  });
}
