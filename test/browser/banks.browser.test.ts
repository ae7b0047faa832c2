// Hash banks in a real browser: an analyst creates a bank, adds a PDQ hash, imports a file with a
// bad row (and sees the row's error), pages through the entries, deletes one, downloads the bank,
// and searches the banks by the same hash, by a near-duplicate (with its Hamming distance), by a
// hash nobody holds and by an uploaded image.
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildMember, buildOrganisation, buildSignedInMember } from '../factories.ts';
import { syntheticImage } from '../synthetic-media.ts';
import { browserAvailable, screenshot, signInThroughUi, startBrowserTestApp, watchForErrors, type BrowserTestApp } from './harness.ts';

let t: BrowserTestApp;

const PDQ = 'f8f8f0cee0f4a84f06370a22038f63f0b36e2ed596621e1d33e6b39c4e9c9b22';

/** `hex` with its `bits` low bits flipped: a near-duplicate at Hamming distance `bits`. */
function flip(hex: string, bits: number): string {
  return (BigInt(`0x${hex}`) ^ ((1n << BigInt(bits)) - 1n)).toString(16).padStart(64, '0');
}

const md5 = (i: number) => i.toString(16).padStart(32, '0').replace(/^0/, 'a');

describe.skipIf(!browserAvailable)('hash banks', () => {
  beforeAll(async () => {
    t = await startBrowserTestApp();
  });
  afterAll(async () => {
    await t?.close();
  });

  it('creates a bank, adds and imports entries, exports it, and finds hashes by distance', async () => {
    const org = await buildOrganisation(t, { kind: 'ngo', name: 'Bank Test NGO' });
    const analyst = await buildMember(t, org, ['analyst']);
    const context = await t.newContext();
    const page = await context.newPage();
    const errors = watchForErrors(page);
    await signInThroughUi(page, analyst.email, analyst.password);

    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Hash banks' }).click();
    await page.getByRole('heading', { name: 'Hash banks', level: 1 }).waitFor();
    await page.getByText('No banks yet').waitFor();

    // Create a bank: the name is upper-cased as typed.
    await page.getByLabel('Bank name').fill('ui_test_bank');
    expect(await page.getByLabel('Bank name').inputValue()).toBe('UI_TEST_BANK');
    await page.getByLabel('Description').fill('Synthetic hashes for the browser test');
    await page.getByRole('button', { name: 'Create bank' }).click();
    await page.getByRole('link', { name: 'UI_TEST_BANK' }).first().waitFor();
    await page.getByRole('table').getByRole('link', { name: 'UI_TEST_BANK' }).click();
    await page.getByRole('heading', { name: 'Bank UI_TEST_BANK', level: 1 }).waitFor();
    await page.getByText('This bank has no entries yet.').waitFor();

    // Add a PDQ entry.
    await page.getByLabel('Signal type').selectOption('pdq');
    await page.getByLabel('Signal value').fill(PDQ);
    await page.getByLabel('Note').fill('synthetic gradient');
    await page.getByLabel('Tags').fill('test, synthetic');
    await page.getByRole('button', { name: 'Add entry' }).click();
    await expect.poll(() => page.getByRole('status').filter({ hasText: 'added' }).textContent()).toMatch(/Entry #\d+ added\./);
    await page.getByTestId('bank-contents').getByText(PDQ).waitFor();

    // Import 30 good MD5 rows and one bad row: the good ones are kept, the bad one reported by line.
    const csv = ['signal_type,signal_str,collab,category,tags', 'md5,this-is-not-a-hash,,,', ...Array.from({ length: 30 }, (_, i) => `video_md5,${md5(i + 1)},synthetic,TRUE_POSITIVE,imported`)].join('\r\n');
    await page.getByLabel('Import format').selectOption('threatexchange-csv');
    await page.getByLabel('File to import').setInputFiles({ name: 'synthetic.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
    await page.getByRole('button', { name: 'Import', exact: true }).click();
    const result = page.getByTestId('import-result');
    await result.waitFor();
    expect(await result.getByRole('status').textContent()).toContain('Imported 30 entries; 1 row rejected');
    const errorRow = result.getByRole('table', { name: 'Rejected rows' }).getByRole('row').nth(1);
    expect(await errorRow.getByRole('cell').allTextContents()).toEqual(['2', 'SIGNAL_INVALID', expect.any(String)]);

    // 31 entries: 25 on the first page, 6 on the second.
    const rows = page.getByTestId('bank-contents').locator('tbody tr');
    await expect.poll(() => rows.count()).toBe(25);
    await page.getByRole('button', { name: 'Next page' }).click();
    await expect.poll(() => rows.count()).toBe(6);
    expect(await page.getByRole('button', { name: 'Next page' }).isDisabled()).toBe(true);

    // Delete the last imported entry, after confirming.
    const last = rows.last();
    const lastId = (await last.getByRole('rowheader').textContent())!.trim();
    await last.getByRole('button', { name: `Delete entry ${lastId}` }).click();
    await last.getByRole('button', { name: 'Yes, delete' }).click();
    await expect.poll(() => page.getByRole('status').filter({ hasText: 'deleted' }).textContent()).toBe(`Entry ${lastId} deleted.`);
    await expect.poll(() => rows.count()).toBe(5);
    await page.getByRole('button', { name: 'Previous page' }).click();
    await expect.poll(() => rows.count()).toBe(25);
    await screenshot(page, 'bank');

    // Download the bank as python-threatexchange CSV.
    await page.getByLabel(/python-threatexchange names/).check();
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'Download CSV' }).click()]);
    expect(download.suggestedFilename()).toBe('UI_TEST_BANK.csv');
    const exported = readFileSync((await download.path())!, 'utf8').split('\r\n').filter(Boolean);
    expect(exported[0]).toBe('signal_type,signal_str,collab,category,tags');
    expect(exported).toContain(`pdq,${PDQ},,,test synthetic`);
    expect(exported).toContain(`video_md5,${md5(1)},synthetic,TRUE_POSITIVE,imported`);
    expect(exported).toHaveLength(1 + 30);

    // Search by the same hash: an exact match.
    await page.getByRole('link', { name: 'All banks' }).click();
    await page.getByLabel('Hash', { exact: true }).fill(PDQ);
    await page.getByRole('button', { name: 'Search by hash' }).click();
    const results = page.getByTestId('search-results');
    await expect.poll(() => results.getByRole('status').textContent()).toMatch(/^Match: 1 entry in 1 bank/);
    expect(await results.getByTestId('match-distance').textContent()).toBe('0 (exact)');
    await results.getByText('synthetic gradient').waitFor();

    // A near-duplicate, six bits away: matched with its distance.
    await page.getByLabel('Hash', { exact: true }).fill(flip(PDQ, 6));
    await page.getByRole('button', { name: 'Search by hash' }).click();
    await expect.poll(() => results.getByTestId('match-distance').textContent()).toBe('6');
    expect(await results.getByRole('status').textContent()).toMatch(/^Match: 1 entry in 1 bank/);
    expect(await results.getByRole('row').nth(1).getByRole('cell').first().textContent()).toBe('UI_TEST_BANK');
    await screenshot(page, 'banks');

    // An MD5 from the import, and a hash nobody holds.
    await page.getByLabel('Hash', { exact: true }).fill(md5(7));
    await page.getByRole('button', { name: 'Search by hash' }).click();
    await expect.poll(() => results.getByTestId('match-distance').textContent()).toBe('0 (exact)');
    await page.getByLabel('Hash', { exact: true }).fill(flip(PDQ, 128));
    await page.getByRole('button', { name: 'Search by hash' }).click();
    await expect.poll(() => results.getByRole('status').textContent()).toMatch(/^No match/);

    // Something that is no hash is refused before asking the server.
    await page.getByLabel('Hash', { exact: true }).fill('hello');
    await page.getByRole('button', { name: 'Search by hash' }).click();
    await page.getByText('Not a hash Vigil recognises').waitFor();

    // An uploaded image is hashed and each hash looked up.
    await page.getByLabel('Or a file').setInputFiles({ name: 'synthetic.png', mimeType: 'image/png', buffer: await syntheticImage(5) });
    await page.getByRole('button', { name: 'Hash and search' }).click();
    await expect.poll(() => results.getByRole('status').textContent(), { timeout: 20_000 }).toMatch(/^No match for file synthetic\.png/);
    expect(await results.locator('dt').allTextContents()).toEqual(expect.arrayContaining(['pdq', 'md5', 'sha256']));
    errors.assertNone();
  });

  it('shares a bank with an organisation chosen by name, and names it in the list', async () => {
    const owner = await buildOrganisation(t, { kind: 'authority', name: 'Sharing Owner Unit' });
    const reader = await buildOrganisation(t, { kind: 'ngo', name: 'Sharewell Research NGO' });
    const o = await buildMember(t, owner, ['analyst']);
    const analyst = await buildSignedInMember(t, owner, ['analyst']);
    expect((await analyst.as.post('/c/banks', { name: 'SHARED_BY_NAME_BANK' })).statusCode).toBe(201);
    const page = await (await t.newContext()).newPage();
    const errors = watchForErrors(page);
    await signInThroughUi(page, o.email, o.password);
    await page.goto('/app/banks/SHARED_BY_NAME_BANK');
    await page.getByText('Not shared with any organisation.').waitFor();
    const share = page.getByRole('form', { name: 'Share with an organisation' });
    const organisation = share.getByLabel('Organisation', { exact: true });
    // A name that matches nothing is refused; part of a name and Enter takes the one organisation matching it.
    await organisation.fill('no such organisation');
    await share.getByRole('button', { name: 'Share' }).click();
    await share.getByText('No organisation is named “no such organisation”').waitFor();
    await organisation.fill('sharewell');
    await organisation.press('Enter');
    await expect.poll(() => organisation.inputValue()).toBe('Sharewell Research NGO');
    await share.getByLabel('Access', { exact: true }).selectOption('contribute');
    await share.getByRole('button', { name: 'Share' }).click();
    const row = page.getByRole('row', { name: /Sharewell Research NGO/ });
    await row.waitFor();
    expect(await row.getByLabel('Access of Sharewell Research NGO').inputValue()).toBe('contribute');
    expect(await organisation.inputValue()).toBe('');
    const shares = (await analyst.as.get('/c/bank/SHARED_BY_NAME_BANK/shares')).json() as Array<{ organisation_id: number; access: string }>;
    expect(shares.map((x) => [x.organisation_id, x.access])).toEqual([[reader.id, 'contribute']]);
    await screenshot(page, 'bank-sharing');
    errors.assertNone();
  });

  it('shows a shared bank read-only and refuses outsiders', async () => {
    const owner = await buildOrganisation(t, { kind: 'authority' });
    const reader = await buildOrganisation(t, { kind: 'ngo' });
    const o = await buildSignedInMember(t, owner, ['analyst']);
    expect((await o.as.post('/c/banks', { name: 'SHARED_READ_BANK' })).statusCode).toBe(201);
    expect((await o.as.post('/c/bank/SHARED_READ_BANK/signal', { md5: 'ab'.repeat(16) })).statusCode).toBe(201);
    expect((await o.as.put(`/c/bank/SHARED_READ_BANK/shares/${reader.id}`, { access: 'read' })).statusCode).toBe(204);
    const member = await buildMember(t, reader, ['analyst']);
    const page = await (await t.newContext()).newPage();
    await signInThroughUi(page, member.email, member.password);
    await page.goto('/app/banks/SHARED_READ_BANK');
    await page.getByText('Shared: read').waitFor();
    await page.getByTestId('bank-contents').getByText('ab'.repeat(16)).waitFor();
    expect(await page.getByRole('button', { name: 'Add entry' }).count()).toBe(0);
    expect(await page.getByRole('button', { name: 'Import', exact: true }).count()).toBe(0);
    expect(await page.getByRole('heading', { name: 'Sharing' }).count()).toBe(0);
    expect(await page.getByRole('link', { name: 'Download JSON lines' }).count()).toBe(1);

    const outsider = await buildMember(t, await buildOrganisation(t, { kind: 'ngo' }), ['analyst']);
    const other = await (await t.newContext()).newPage();
    await signInThroughUi(other, outsider.email, outsider.password);
    await other.goto('/app/banks/SHARED_READ_BANK');
    await expect.poll(() => other.getByRole('alert').textContent()).toContain('NOT_FOUND');
  });
});
