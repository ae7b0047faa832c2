import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildOrganisation } from '../../../test/factories.ts';
import { createTestApp, type TestApp } from '../../../test/test-app.ts';
import { systemContext, type RequestContext } from '../../core/auth/principal.ts';

let t: TestApp;
let ctx: RequestContext;

beforeAll(async () => {
  t = await createTestApp();
  const org = await buildOrganisation(t, { kind: 'ngo' });
  ctx = { actor: { ...systemContext('test').actor, organisationId: org.id } };
});
afterAll(async () => {
  await t.close();
});

async function* chunks(text: string) {
  yield text;
}

async function collect(gen: AsyncIterable<string>): Promise<string> {
  let out = '';
  for await (const s of gen) out += s;
  return out;
}

const hex = (c: string, n: number) => c.repeat(n);

describe('bank import and export', () => {
  it('imports the good rows of a python-threatexchange CSV, reports bad rows by line, and exports the same', async () => {
    await t.container.banks.create(ctx, { name: 'CSV_BANK' });
    const csv = [
      'signal_type,signal_str,collab,category,tags',
      `pdq,${hex('ab', 32)},,TRUE_POSITIVE,propaganda video`,
      'md5,nothex,,,',
      `video_md5,${hex('0f', 16)},gifct,,`,
      'tmk,abc,,,',
      `sha256,${hex('cd', 32)},,,"a,b"`,
    ].join('\r\n');
    const report = await t.container.bankExchange.importFile(ctx, 'CSV_BANK', 'threatexchange-csv', chunks(csv));
    expect(report).toMatchObject({ imported: 3, rejected: 2 });
    expect(report.errors).toEqual([
      { line: 3, code: 'SIGNAL_INVALID', message: expect.any(String) },
      { line: 5, code: 'SIGNAL_TYPE_UNKNOWN', message: expect.any(String) },
    ]);
    const exported = await collect(t.container.bankExchange.export(ctx, 'CSV_BANK', 'threatexchange-csv'));
    expect(exported.split('\r\n').filter(Boolean)).toEqual([
      'signal_type,signal_str,collab,category,tags',
      `pdq,${hex('ab', 32)},,TRUE_POSITIVE,propaganda video`,
      `md5,${hex('0f', 16)},gifct,,`,
      `sha256,${hex('cd', 32)},,,"a,b"`,
    ]);
    const jsonl = await collect(t.container.bankExchange.export(ctx, 'CSV_BANK', 'vigil-jsonl'));
    await t.container.banks.create(ctx, { name: 'ROUND_TRIP' });
    expect((await t.container.bankExchange.importFile(ctx, 'ROUND_TRIP', 'vigil-jsonl', chunks(jsonl))).imported).toBe(3);
    const local = await collect(t.container.bankExchange.export(ctx, 'ROUND_TRIP', 'local'));
    expect(local.trim().split('\n').sort()).toEqual([`md5 ${hex('0f', 16)}`, `pdq ${hex('ab', 32)}`, `sha256 ${hex('cd', 32)}`]);
  });

  it('refuses an unknown format and a bank the organisation cannot see', async () => {
    await expect(t.container.bankExchange.importFile(ctx, 'CSV_BANK', 'xml', chunks(''))).rejects.toMatchObject({ code: 'EXCHANGE_FORMAT_UNKNOWN' });
    await expect(t.container.bankExchange.importFile(ctx, 'NO_SUCH_BANK', 'local', chunks(''))).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });

  describe('from a paged TCAP source', () => {
    let server: Server;
    let base: string;
    let failPageTwo = true;
    const requests: string[] = [];
    const entry = (id: number, digest: string, algorithm: string, deleted = false) => ({ id, hash_digest: digest, algorithm, ideology: 'test', file_type: 'mp4', deleted, created_on: '2026-01-01T00:00:00Z', updated_on: 1767225600 + id });

    beforeAll(async () => {
      server = createServer((req, res) => {
        const url = new URL(req.url!, base);
        requests.push(url.searchParams.get('after') ?? 'start');
        const after = url.searchParams.get('after');
        const page = (results: unknown[], checkpoint: string, next: string | null) => res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ count: 5, next, previous: null, checkpoint, results }));
        if (!after) return page([entry(1, hex('11', 16), 'MD5'), entry(2, hex('22', 32), 'PDQ')], '1767225602,2', `${base}/list?after=1767225602,2`);
        if (after === '1767225602,2') {
          if (failPageTwo) return res.writeHead(404).end();
          return page([entry(3, hex('33', 32), 'SHA256'), entry(4, 'zz', 'PDQ')], '1767225604,4', `${base}/list?after=1767225604,4`);
        }
        if (after === '1767225604,4') return page([entry(1, hex('11', 16), 'MD5', true)], '1767225605,1', null);
        res.writeHead(400).end();
      });
      await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
      base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
      await t.container.banks.create(ctx, { name: 'TCAP_BANK' });
    });
    afterAll(() => server.close());

    it('stops at a failing page keeping its checkpoint, then resumes there and applies tombstones', async () => {
      await expect(t.container.bankExchange.importTcap(ctx, 'TCAP_BANK', { url: `${base}/list` })).rejects.toMatchObject({ code: 'EXCHANGE_FETCH_FAILED' });
      let contents = (await t.container.banks.listContents(ctx, { name: 'TCAP_BANK' })).contents;
      expect(contents.map((c) => c.sourceId).sort()).toEqual(['1', '2']);

      failPageTwo = false;
      requests.length = 0;
      const report = await t.container.bankExchange.importTcap(ctx, 'TCAP_BANK', { url: `${base}/list`, resume: true });
      expect(requests[0]).toBe('1767225602,2'); // resumed after page one, not from the start
      expect(report).toMatchObject({ imported: 1, rejected: 1, tombstones: 1, checkpoint: '1767225605,1' });
      contents = (await t.container.banks.listContents(ctx, { name: 'TCAP_BANK' })).contents;
      expect(contents.map((c) => c.sourceId).sort()).toEqual(['2', '3']); // entry 1 was tombstoned
      expect(contents.find((c) => c.sourceId === '3')!.tags).toEqual(['ideology:test', 'file_type:mp4']);
    });
  });
});
