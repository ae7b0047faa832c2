import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { ExchangeError } from './exchange-error.ts';
import { fetchTcapPages, type TcapFetchedPage, type TcapFetchOptions } from './tcap-client.ts';
import { MD5, PDQ, PDQ2, SHA256, collect, records } from './test-helpers.ts';

type Handler = (req: IncomingMessage, res: ServerResponse, url: URL) => void;

const servers: Server[] = [];

async function serve(handler: Handler): Promise<{ base: string; requests: URL[]; headers: IncomingMessage['headers'][] }> {
  const requests: URL[] = [];
  const headers: IncomingMessage['headers'][] = [];
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    requests.push(url);
    headers.push(req.headers);
    handler(req, res, url);
  });
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return { base: `http://127.0.0.1:${port}`, requests, headers };
}

afterEach(async () => {
  for (const server of servers.splice(0)) {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  }
});

function json(res: ServerResponse, body: unknown, status = 200): void {
  res.writeHead(status, { 'content-type': 'application/json' });
  res.end(JSON.stringify(body));
}

function entry(id: number, hash: string, algorithm: string, deleted = false): Record<string, unknown> {
  return { id, hash_digest: hash, algorithm, ideology: 'far-right', file_type: 'mp4', deleted, created_on: 1704085200 + id, updated_on: 1704085200 + id };
}

/** A three-page list; `after` picks the page, as TCAP's checkpoints do. */
const PAGES: Record<string, { checkpoint: string; results: Array<Record<string, unknown>>; after: string | null }> = {
  '': { checkpoint: '1704085202,2', results: [entry(1, PDQ, 'PDQ'), entry(2, MD5, 'MD5')], after: '1704085202,2' },
  '1704085202,2': { checkpoint: '1704085204,4', results: [entry(3, SHA256, 'SHA256'), entry(1, PDQ, 'PDQ', true)], after: '1704085204,4' },
  '1704085204,4': { checkpoint: '1704085205,5', results: [entry(5, PDQ2, 'PDQ')], after: null },
};

function tcapList(base: () => string, path = '/api/hash-list/v2/all'): Handler {
  return (_req, res, url) => {
    const page = PAGES[url.searchParams.get('after') ?? ''];
    if (!page || url.pathname !== path) return json(res, { detail: 'not found' }, 404);
    const next = page.after === null ? null : `${base()}${path}?order=asc&after=${page.after}`;
    json(res, { count: 5, next, previous: null, checkpoint: page.checkpoint, results: page.results });
  };
}

async function listServer(): Promise<{ url: string; requests: URL[]; headers: IncomingMessage['headers'][] }> {
  let base = '';
  const server = await serve(tcapList(() => base));
  base = server.base;
  return { ...server, url: `${base}/api/hash-list/v2/all` };
}

function run(options: TcapFetchOptions): Promise<TcapFetchedPage[]> {
  return collect(fetchTcapPages({ retryDelayMs: 5, ...options }));
}

async function failure(promise: Promise<unknown>): Promise<ExchangeError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(ExchangeError);
  return error as ExchangeError;
}

describe('fetchTcapPages', () => {
  it('follows next links through three pages, with tombstones and checkpoints', async () => {
    const { url, requests, headers } = await listServer();
    const pages = await run({ url, headers: { authorization: 'Bearer t0ken' } });
    expect(pages.map((p) => [p.page, p.checkpoint, p.count, p.rows.length])).toEqual([
      [1, '1704085202,2', 5, 2],
      [2, '1704085204,4', 5, 2],
      [3, '1704085205,5', 5, 1],
    ]);
    const all = pages.flatMap((p) => records(p.rows));
    expect(all.map((r) => [r.sourceId, r.signalType, r.deleted])).toEqual([
      ['1', 'pdq', false],
      ['2', 'md5', false],
      ['3', 'sha256', false],
      ['1', 'pdq', true],
      ['5', 'pdq', false],
    ]);
    expect(all[0]?.tags).toEqual(['ideology:far-right', 'file_type:mp4']);
    expect(requests.map((r) => r.searchParams.get('after'))).toEqual([null, '1704085202,2', '1704085204,4']);
    expect(requests[0]?.searchParams.get('order')).toBe('asc');
    expect(headers.every((h) => h.authorization === 'Bearer t0ken' && h.accept === 'application/json')).toBe(true);
  });

  it('resumes after a stored checkpoint', async () => {
    const { url, requests } = await listServer();
    const pages = await run({ url, after: '1704085202,2' });
    expect(pages.map((p) => p.checkpoint)).toEqual(['1704085204,4', '1704085205,5']);
    expect(requests[0]?.searchParams.get('after')).toBe('1704085202,2');
  });

  it('can page by checkpoint, as python-threatexchange does', async () => {
    let base = '';
    const server = await serve((req, res, url) => {
      const page = PAGES[url.searchParams.get('after') ?? ''];
      if (!page) return json(res, {}, 404);
      json(res, { count: 5, next: page.after === null ? null : `${base}/elsewhere?offset=9`, checkpoint: page.checkpoint, results: page.results });
    });
    base = server.base;
    const pages = await run({ url: `${base}/api/hash-list/v2/all`, paging: 'checkpoint' });
    expect(pages).toHaveLength(3);
    expect(server.requests.map((r) => r.pathname)).toEqual(Array(3).fill('/api/hash-list/v2/all'));
  });

  it('stops after maxPages, leaving the checkpoint to resume from', async () => {
    const { url } = await listServer();
    const first = await run({ url, maxPages: 1 });
    expect(first.map((p) => p.checkpoint)).toEqual(['1704085202,2']);
    const rest = await run({ url, after: first[0]?.checkpoint });
    expect(rest).toHaveLength(2);
  });

  it('retries a 500 and then succeeds', async () => {
    let calls = 0;
    let base = '';
    const inner = tcapList(() => base);
    const server = await serve((req, res, url) => {
      calls++;
      if (calls <= 2) return json(res, { detail: 'busy' }, calls === 1 ? 500 : 503);
      inner(req, res, url);
    });
    base = server.base;
    const pages = await run({ url: `${base}/api/hash-list/v2/all` });
    expect(pages).toHaveLength(3);
    expect(calls).toBe(5);
  });

  it('gives up after the retries with EXCHANGE_FETCH_FAILED', async () => {
    const { base, requests } = await serve((_req, res) => json(res, {}, 502));
    const error = await failure(run({ url: base, retries: 2 }));
    expect(error.code).toBe('EXCHANGE_FETCH_FAILED');
    expect(requests).toHaveLength(3);
  });

  it('does not retry a 4xx', async () => {
    const { base, requests } = await serve((_req, res) => json(res, { detail: 'no' }, 401));
    const error = await failure(run({ url: base }));
    expect(error).toMatchObject({ code: 'EXCHANGE_FETCH_FAILED', details: { status: 401 } });
    expect(requests).toHaveLength(1);
  });

  it('retries a network failure', async () => {
    let calls = 0;
    const { base } = await serve((req, res) => {
      calls++;
      if (calls === 1) return req.socket.destroy();
      json(res, { count: 0, next: null, checkpoint: null, results: [] });
    });
    expect(await run({ url: base })).toHaveLength(1);
    expect(calls).toBe(2);
  });

  it('retries a page that does not arrive in time', async () => {
    let calls = 0;
    const { base } = await serve((_req, res) => {
      calls++;
      if (calls === 1) return; // never answers
      json(res, { count: 0, next: null, checkpoint: null, results: [] });
    });
    expect(await run({ url: base, timeoutMs: 200 })).toHaveLength(1);
    expect(calls).toBe(2);
  });

  it('refuses a next link to another origin, after yielding the page it came on', async () => {
    const other = await listServer();
    const { base } = await serve((_req, res) => json(res, { count: 1, next: `${other.url}?after=x`, checkpoint: 'c1', results: [entry(1, PDQ, 'PDQ')] }));
    const seen: TcapFetchedPage[] = [];
    const error = await failure(
      (async () => {
        for await (const page of fetchTcapPages({ url: base, headers: { authorization: 'secret' } })) seen.push(page);
      })(),
    );
    expect(error.code).toBe('EXCHANGE_CROSS_ORIGIN');
    expect(seen.map((p) => p.checkpoint)).toEqual(['c1']);
    expect(other.requests).toHaveLength(0);
  });

  it('refuses a redirect to another origin and follows one on the same origin', async () => {
    const other = await listServer();
    const { base } = await serve((_req, res, url) => {
      if (url.pathname === '/away') return res.writeHead(302, { location: other.url }).end();
      if (url.pathname === '/moved') return res.writeHead(301, { location: '/here' }).end();
      json(res, { count: 0, next: null, checkpoint: 'c', results: [] });
    });
    expect((await failure(run({ url: `${base}/away` }))).code).toBe('EXCHANGE_CROSS_ORIGIN');
    expect(other.requests).toHaveLength(0);
    expect(await run({ url: `${base}/moved` })).toEqual([{ page: 1, rows: [], checkpoint: 'c', count: 0 }]);
  });

  it('refuses an oversize page, declared or streamed', async () => {
    const big = { count: 1, next: null, checkpoint: null, results: [entry(1, PDQ, 'PDQ')], padding: 'x'.repeat(5000) };
    const declared = await serve((_req, res) => json(res, big));
    expect((await failure(run({ url: declared.base, maxPageBytes: 1000 }))).code).toBe('EXCHANGE_PAGE_TOO_LARGE');
    const streamed = await serve((_req, res) => {
      res.writeHead(200, { 'content-type': 'application/json' }); // chunked: no content-length
      res.write(JSON.stringify(big).slice(0, 3000));
      res.end(JSON.stringify(big).slice(3000));
    });
    const error = await failure(run({ url: streamed.base, maxPageBytes: 1000 }));
    expect(error.code).toBe('EXCHANGE_PAGE_TOO_LARGE');
    expect(streamed.requests).toHaveLength(1); // not retried
  });

  it('throws VALIDATION_FAILED for a page that is not JSON or not a page, without retrying', async () => {
    const notJson = await serve((_req, res) => res.writeHead(200).end('<html>'));
    expect((await failure(run({ url: notJson.base }))).code).toBe('VALIDATION_FAILED');
    expect(notJson.requests).toHaveLength(1);
    const notPage = await serve((_req, res) => json(res, { hashes: [] }));
    expect((await failure(run({ url: notPage.base }))).code).toBe('VALIDATION_FAILED');
  });

  it('stops a next link that loops', async () => {
    const { base } = await serve((_req, res, url) => json(res, { count: 0, next: url.pathname + url.search, checkpoint: 'c', results: [] }));
    const error = await failure(run({ url: `${base}/list` }));
    expect(error.code).toBe('VALIDATION_FAILED');
  });

  it('stops when the caller aborts', async () => {
    const { base } = await serve(() => undefined); // never answers
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 50);
    expect((await failure(run({ url: base, signal: controller.signal }))).code).toBe('EXCHANGE_ABORTED');
  });

  it('uses the injected fetch and rejects URLs that are not http(s)', async () => {
    const calls: string[] = [];
    const fakeFetch: typeof fetch = async (input) => {
      calls.push(String(input));
      return new Response(JSON.stringify({ count: 0, next: null, checkpoint: null, results: [] }), { status: 200 });
    };
    expect(await run({ url: 'https://tcap.invalid/api/hash-list/v2/all', fetch: fakeFetch, after: '1,2' })).toHaveLength(1);
    expect(calls).toEqual(['https://tcap.invalid/api/hash-list/v2/all?order=asc&after=1%2C2']);
    expect((await failure(run({ url: 'file:///etc/passwd', fetch: fakeFetch }))).code).toBe('VALIDATION_FAILED');
    expect((await failure(run({ url: 'https://user:pw@tcap.invalid/', fetch: fakeFetch }))).code).toBe('VALIDATION_FAILED');
    expect(calls).toHaveLength(1);
  });
});
