// Members, API keys and the audit trail in a real browser: an admin adds a member, changes their
// roles and disables them, creates an API key (the secret is shown once and works), and revokes it
// (it stops working); an auditor of the same organisation then reads those events, filters them,
// verifies the hash chain and exports the trail as CSV and JSON lines.
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildMember, buildOrganisation } from '../factories.ts';
import { browserAvailable, screenshot, signInThroughUi, startBrowserTestApp, watchForErrors, type BrowserTestApp } from './harness.ts';

let t: BrowserTestApp;

describe.skipIf(!browserAvailable)('members, API keys and the audit trail', () => {
  beforeAll(async () => {
    t = await startBrowserTestApp();
  });
  afterAll(async () => {
    await t?.close();
  });

  it('lets an admin manage members and keys, and an auditor check the trail', async () => {
    const org = await buildOrganisation(t, { kind: 'authority', name: 'Admin Test Unit' });
    const admin = await buildMember(t, org, ['admin']);
    const page = await (await t.newContext()).newPage();
    const errors = watchForErrors(page);
    await signInThroughUi(page, admin.email, admin.password);
    expect(new URL(page.url()).pathname).toBe('/app/admin');
    await page.getByRole('heading', { name: 'Members and API keys', level: 1 }).waitFor();

    // Add a member.
    await page.getByLabel('Name', { exact: true }).fill('Dana Example');
    await page.getByLabel('Email').fill('dana@example.org');
    await page.getByLabel('Initial password').fill('a long synthetic password');
    const roles = page.getByRole('group', { name: 'Roles', exact: true });
    await roles.getByLabel('analyst').check();
    expect(await roles.getByLabel('liaison').count()).toBe(0); // platforms' role, not an authority's
    await page.getByRole('button', { name: 'Add member' }).click();
    await expect.poll(() => page.getByRole('status').filter({ hasText: 'added' }).textContent()).toBe('Dana Example added.');
    const dana = page.getByTestId('members').getByRole('row').filter({ hasText: 'dana@example.org' });
    expect(await dana.getByRole('cell').nth(1).textContent()).toBe('analyst');

    // Change the roles.
    await dana.getByRole('button', { name: 'Change roles of Dana Example' }).click();
    const danaRoles = dana.getByRole('group', { name: 'Roles of Dana Example' });
    await danaRoles.getByLabel('supervisor').check();
    await danaRoles.getByLabel('analyst').uncheck();
    await dana.getByRole('button', { name: 'Save roles' }).click();
    await expect.poll(() => dana.getByRole('cell').nth(1).textContent()).toBe('supervisor');

    // Disable, after confirming.
    await dana.getByRole('button', { name: 'Disable Dana Example' }).click();
    await dana.getByRole('button', { name: 'Yes, disable' }).click();
    await expect.poll(() => dana.getByRole('cell').nth(2).textContent()).toBe('Disabled');
    const signIn = await fetch(`${t.baseUrl}/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email: 'dana@example.org', password: 'a long synthetic password' }) });
    expect(signIn.status).toBe(401);

    // An API key: the secret is shown once and works.
    await page.getByLabel('Key name').fill('Upload checks');
    await page.getByLabel('hashes:lookup').check();
    await page.getByLabel('banks:read').check();
    await page.getByRole('button', { name: 'Create key' }).click();
    const secretBox = page.getByTestId('one-time-secret');
    await secretBox.waitFor();
    const secret = (await page.getByTestId('secret-value').textContent())!.trim();
    expect(secret.length).toBeGreaterThan(20);
    const keyRow = page.getByTestId('api-keys').getByRole('row').filter({ hasText: 'Upload checks' });
    expect(await keyRow.getByRole('cell').nth(1).textContent()).toBe('hashes:lookup, banks:read');
    const asKey = () => fetch(`${t.baseUrl}/c/banks`, { headers: { authorization: `Bearer ${secret}` } });
    expect((await asKey()).status).toBe(200);
    await screenshot(page, 'admin');

    await page.getByRole('button', { name: 'I have stored it' }).click();
    await secretBox.waitFor({ state: 'detached' });
    expect(await page.content()).not.toContain(secret);
    await page.reload();
    await keyRow.waitFor();
    expect(await page.content()).not.toContain(secret);

    // Revoke it: it stops working at once.
    await keyRow.getByRole('button', { name: 'Revoke Upload checks' }).click();
    await keyRow.getByRole('button', { name: 'Yes, revoke' }).click();
    await expect.poll(() => keyRow.getByRole('cell').nth(5).textContent()).toMatch(/^Revoked/);
    expect((await asKey()).status).toBe(401);
    errors.assertNone();

    // The auditor sees all of it, filters, verifies the chain and exports.
    const auditor = await buildMember(t, org, ['auditor']);
    const audit = await (await t.newContext()).newPage();
    const auditErrors = watchForErrors(audit);
    await signInThroughUi(audit, auditor.email, auditor.password);
    await audit.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Audit' }).click();
    await audit.getByRole('heading', { name: 'Audit trail', level: 1 }).waitFor();
    const events = audit.getByTestId('audit-events');
    await events.waitFor();
    const actions = await events.locator('tbody td code').allTextContents();
    for (const action of ['member.created', 'member.updated', 'api_key.created', 'api_key.revoked']) expect(actions.some((a) => a === action), action).toBe(true);

    await audit.getByLabel('Action').fill('api_key.revoked');
    await audit.getByRole('button', { name: 'Apply filters' }).click();
    await expect.poll(() => events.locator('tbody tr').count()).toBe(1);

    await audit.getByRole('button', { name: 'Verify the chain' }).click();
    await expect.poll(() => audit.getByTestId('verify-result').textContent()).toMatch(/^The chain is intact: \d+ events checked/);
    await screenshot(audit, 'audit');

    const [csv] = await Promise.all([audit.waitForEvent('download'), audit.getByRole('link', { name: 'Export CSV' }).click()]);
    expect(csv.suggestedFilename()).toBe('vigil-audit.csv');
    const csvLines = readFileSync((await csv.path())!, 'utf8').trim().split(/\r?\n/);
    expect(csvLines).toHaveLength(2); // the header and the one filtered event
    expect(csvLines[1]).toContain('api_key.revoked');

    await audit.getByRole('button', { name: 'Clear' }).click();
    const [jsonl] = await Promise.all([audit.waitForEvent('download'), audit.getByRole('link', { name: 'Export JSON lines' }).click()]);
    const records = readFileSync((await jsonl.path())!, 'utf8').trim().split('\n').map((l) => JSON.parse(l) as { action: string; organisationId: number });
    expect(records.map((r) => r.action)).toEqual(expect.arrayContaining(['member.created', 'api_key.created', 'api_key.revoked']));
    expect(new Set(records.map((r) => r.organisationId))).toEqual(new Set([org.id]));
    auditErrors.assertNone();
  });

  it('keeps members and keys from those who may not manage them', async () => {
    const org = await buildOrganisation(t, { kind: 'ngo' });
    const analyst = await buildMember(t, org, ['analyst']);
    const page = await (await t.newContext()).newPage();
    await signInThroughUi(page, analyst.email, analyst.password);
    const nav = page.getByRole('navigation', { name: 'Main' });
    expect(await nav.getByRole('link', { name: 'Members & keys' }).count()).toBe(0);
    expect(await nav.getByRole('link', { name: 'Audit' }).count()).toBe(0);
    await page.goto('/app/admin');
    await page.getByRole('heading', { name: 'Members and API keys' }).waitFor();
    expect(await page.getByRole('button', { name: 'Add member' }).count()).toBe(0);
    expect(await page.getByRole('button', { name: 'Create key' }).count()).toBe(0);
  });
});
