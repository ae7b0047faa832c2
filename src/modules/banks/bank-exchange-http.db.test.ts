// Bank import and export over HTTP: a multipart upload imported with per-row errors, downloads in
// each line format, and who may do either (owner, read-only share, another organisation).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildOrganisation, buildSignedInMember, type Caller } from '../../../test/factories.ts';
import { multipart } from '../../../test/multipart.ts';
import { createTestApp, type TestApp } from '../../../test/test-app.ts';

let t: TestApp;
let owner: Caller;
let reader: Caller;
let outsider: Caller;
let auditor: Caller;

const hex = (c: string, n: number) => c.repeat(n);

function upload(caller: Caller, bank: string, format: string, text: string, filename = 'bank.csv') {
  const body = multipart(Buffer.from(text), filename, {}, 'text/csv');
  return caller.request({ method: 'POST', url: `/c/bank/${bank}/import?format=${format}`, payload: body.payload, headers: body.headers });
}

beforeAll(async () => {
  t = await createTestApp();
  const org = await buildOrganisation(t, { kind: 'ngo' });
  owner = (await buildSignedInMember(t, org, ['analyst'])).as;
  auditor = (await buildSignedInMember(t, org, ['auditor'])).as;
  const readerOrg = await buildOrganisation(t, { kind: 'authority' });
  reader = (await buildSignedInMember(t, readerOrg, ['analyst'])).as;
  outsider = (await buildSignedInMember(t, await buildOrganisation(t, { kind: 'authority' }), ['analyst'])).as;
  expect((await owner.post('/c/banks', { name: 'HTTP_EXCHANGE' })).statusCode).toBe(201);
  expect((await owner.put(`/c/bank/HTTP_EXCHANGE/shares/${readerOrg.id}`, { access: 'read' })).statusCode).toBe(204);
});
afterAll(async () => {
  await t.close();
});

describe('bank import and export over HTTP', () => {
  it('imports the good rows of an uploaded CSV and reports the bad ones by line', async () => {
    const csv = ['signal_type,signal_str,collab,category,tags', `pdq,${hex('ab', 32)},,TRUE_POSITIVE,synthetic test`, 'md5,not-a-hash,,,', `video_md5,${hex('0f', 16)},gifct,,`].join('\r\n');
    const res = await upload(owner, 'HTTP_EXCHANGE', 'threatexchange-csv', csv);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toEqual({ lines: 4, imported: 2, rejected: 1, tombstones: 0, errors: [{ line: 3, code: 'SIGNAL_INVALID', message: expect.any(String) }] });
    const contents = (await owner.get('/c/bank/HTTP_EXCHANGE/content')).json().contents as Array<{ tags: string[]; signals: Array<{ value: string }> }>;
    expect(contents.map((c) => c.signals[0]!.value).sort()).toEqual([hex('0f', 16), hex('ab', 32)]);
    const events = (await auditor.get('/audit/events?action=bank.content_added')).json().events as Array<{ summary: unknown }>;
    expect(events).toHaveLength(1);
  });

  it('downloads the bank in each line format, with python-threatexchange names on request', async () => {
    const csv = await owner.get('/c/bank/HTTP_EXCHANGE/export?format=threatexchange-csv&signal_type_names=python-threatexchange');
    expect(csv.statusCode).toBe(200);
    expect(csv.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(csv.headers['content-disposition']).toBe('attachment; filename="HTTP_EXCHANGE.csv"');
    expect(csv.body.split('\r\n').filter(Boolean).sort()).toEqual(['signal_type,signal_str,collab,category,tags', `pdq,${hex('ab', 32)},,TRUE_POSITIVE,synthetic test`, `video_md5,${hex('0f', 16)},gifct,,`].sort());

    const local = await owner.get('/c/bank/HTTP_EXCHANGE/export?format=local');
    expect(local.headers['content-disposition']).toBe('attachment; filename="HTTP_EXCHANGE.txt"');
    expect(local.body.trim().split('\n').sort()).toEqual([`md5 ${hex('0f', 16)}`, `pdq ${hex('ab', 32)}`]);

    const jsonl = await owner.get('/c/bank/HTTP_EXCHANGE/export');
    expect(jsonl.headers['content-type']).toBe('application/jsonl; charset=utf-8');
    expect((await owner.post('/c/banks', { name: 'HTTP_ROUND_TRIP' })).statusCode).toBe(201);
    const again = await upload(owner, 'HTTP_ROUND_TRIP', 'vigil-jsonl', jsonl.body, 'copy.jsonl');
    expect(again.json()).toMatchObject({ imported: 2, rejected: 0, errors: [] });
    const copy = (await owner.get('/c/bank/HTTP_ROUND_TRIP/export')).body;
    expect(copy.trim().split('\n').sort()).toEqual(jsonl.body.trim().split('\n').sort());
  });

  it('lets a read-only share export but not import, and shows nothing to another organisation', async () => {
    const exported = await reader.get('/c/bank/HTTP_EXCHANGE/export?format=local');
    expect(exported.statusCode).toBe(200);
    expect(exported.body).toContain(hex('ab', 32));
    const refused = await upload(reader, 'HTTP_EXCHANGE', 'local', `md5 ${hex('11', 16)}\n`, 'x.txt');
    expect({ status: refused.statusCode, code: refused.json().error.code }).toEqual({ status: 403, code: 'FORBIDDEN' });

    for (const res of [await outsider.get('/c/bank/HTTP_EXCHANGE/export'), await upload(outsider, 'HTTP_EXCHANGE', 'local', `md5 ${hex('11', 16)}\n`), await outsider.post('/c/bank/HTTP_EXCHANGE/import')]) {
      expect({ status: res.statusCode, code: res.json().error.code }).toEqual({ status: 404, code: 'NOT_FOUND' });
    }
    const contents = (await owner.get('/c/bank/HTTP_EXCHANGE/content')).json().contents as unknown[];
    expect(contents).toHaveLength(2);
  });

  it('refuses an unknown format and a request without a file', async () => {
    const unknown = await owner.get('/c/bank/HTTP_EXCHANGE/export?format=xml');
    expect({ status: unknown.statusCode, code: unknown.json().error.code }).toEqual({ status: 400, code: 'VALIDATION_FAILED' });
    const noFile = await owner.post('/c/bank/HTTP_EXCHANGE/import?format=local');
    expect(noFile.statusCode).toBe(415);
  });
});
