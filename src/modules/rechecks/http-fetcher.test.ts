// The re-check fetcher against fake platforms on loopback. Public-looking names (tube.example) are
// resolved by an injected resolver; where a test needs one address to count as "public", it
// narrows the classifier to let exactly that loopback address through and nothing else.
import { createServer, type IncomingHttpHeaders, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isPrivateAddress, type Resolver } from '../webhooks/outbound-target.ts';
import { RECHECK_USER_AGENT, SafeHttpFetcher, type SafeHttpFetcherOptions } from './http-fetcher.ts';
import { judge } from './recheck-rules.ts';

interface Seen {
  path: string;
  headers: IncomingHttpHeaders;
}

type Handler = (path: string, res: ServerResponse) => void;

async function fakePlatform(host: string, handler: Handler): Promise<{ server: Server; port: number; seen: Seen[]; closed: () => number }> {
  const seen: Seen[] = [];
  let closedSockets = 0;
  const server = createServer((req, res) => {
    seen.push({ path: req.url ?? '', headers: req.headers });
    handler(req.url ?? '', res);
  });
  server.on('connection', (socket) => socket.on('close', () => closedSockets++));
  await new Promise<void>((resolve) => server.listen(0, host, resolve));
  return { server, port: (server.address() as AddressInfo).port, seen, closed: () => closedSockets };
}

const MIB = 1024 * 1024;
let platform: Awaited<ReturnType<typeof fakePlatform>>;
let internal: Awaited<ReturnType<typeof fakePlatform>>;
let hugeUnsent = -1;

beforeAll(async () => {
  // The platform listens on 127.0.0.2, which the redirect tests treat as its public address.
  platform = await fakePlatform('127.0.0.2', (path, res) => {
    const port = platform.port;
    if (path === '/v/live') {
      res.setHeader('set-cookie', 'session=abc; Path=/');
      res.end('<html><body>synthetic video page</body></html>');
    } else if (path === '/v/gone') {
      res.statusCode = 404;
      res.end('not found');
    } else if (path.startsWith('/hop/')) {
      const n = Number(path.slice(5));
      res.statusCode = 302;
      res.setHeader('location', n === 0 ? '/v/live' : `/hop/${n - 1}`);
      res.end();
    } else if (path === '/to/loopback') {
      res.statusCode = 302;
      res.setHeader('location', `http://127.0.0.1:${internal.port}/secret`);
      res.end();
    } else if (path === '/to/metadata') {
      res.statusCode = 301;
      res.setHeader('location', 'http://169.254.169.254/latest/meta-data/');
      res.end();
    } else if (path === '/to/rebind') {
      res.statusCode = 307;
      res.setHeader('location', `http://rebind.example:${port}/v/live`);
      res.end();
    } else if (path === '/to/ipv6-mapped') {
      res.statusCode = 308;
      res.setHeader('location', `http://[::ffff:127.0.0.1]:${internal.port}/secret`);
      res.end();
    } else if (path === '/to/file') {
      res.statusCode = 302;
      res.setHeader('location', 'file:///etc/passwd');
      res.end();
    } else if (path === '/to/nowhere') {
      res.statusCode = 302;
      res.end();
    } else if (path === '/huge') {
      // 64 MiB in 64 KiB chunks, or until the client goes away.
      const chunk = Buffer.alloc(64 * 1024, 0x61);
      let left = 1024;
      const write = () => {
        while (left > 0) {
          left--;
          if (!res.write(chunk)) return void res.once('drain', write);
        }
        res.end();
      };
      res.on('close', () => {
        hugeUnsent = left;
        left = 0;
      });
      write();
    } else if (path === '/slow-head') {
      // Never answers.
    } else if (path === '/slow-body') {
      res.writeHead(200, { 'content-type': 'text/html' });
      res.write('<html>');
    } else {
      res.statusCode = 500;
      res.end();
    }
  });
  internal = await fakePlatform('127.0.0.1', (_path, res) => res.end('internal secret'));
});
afterAll(async () => {
  for (const s of [platform.server, internal.server]) {
    s.closeAllConnections();
    await new Promise((resolve) => s.close(resolve));
  }
});

/** DNS for the tests: tube.example is the platform, rebind.example points inside, the rest does not exist. */
function resolverCounting(): { resolver: Resolver; calls: string[] } {
  const calls: string[] = [];
  const resolver: Resolver = async (host) => {
    calls.push(host);
    if (host === 'tube.example') return [{ address: '127.0.0.2', family: 4 }];
    if (host === 'rebind.example') return [{ address: '10.0.0.7', family: 4 }];
    if (host === 'loopback.example') return [{ address: '127.0.0.1', family: 4 }];
    throw Object.assign(new Error(`getaddrinfo ENOTFOUND ${host}`), { code: 'ENOTFOUND' });
  };
  return { resolver, calls };
}

/** Private targets refused, except the fake platform's own address, which stands in for a public one. */
const platformIsPublic = (address: string) => (address === '127.0.0.2' ? false : isPrivateAddress(address));

function fetcher(options: Partial<SafeHttpFetcherOptions> = {}): SafeHttpFetcher {
  return new SafeHttpFetcher({ maxBytes: MIB, timeoutMs: 5_000, connectTimeoutMs: 2_000, allowPrivateTargets: false, isForbidden: platformIsPublic, resolver: resolverCounting().resolver, ...options });
}

describe('fetching a referred URL', () => {
  it('connects to the address it vetted, resolving the name once, with a fixed User-Agent and no cookies', async () => {
    const { resolver, calls } = resolverCounting();
    const before = platform.seen.length;
    const o = await fetcher({ resolver }).fetch(`http://tube.example:${platform.port}/hop/1`);
    expect(o).toMatchObject({ status: 200, errorCode: null, truncated: false, finalUrl: `http://tube.example:${platform.port}/v/live` });
    expect(o.body.toString()).toContain('synthetic video page');
    expect(o.bytesRead).toBe(o.body.length);
    expect(o.hops.map((h) => [h.address, h.status])).toEqual([['127.0.0.2', 302], ['127.0.0.2', 302], ['127.0.0.2', 200]]);
    // One lookup per hop: the socket used the vetted answer, never a lookup of its own (tube.example exists nowhere else).
    expect(calls).toEqual(['tube.example', 'tube.example', 'tube.example']);
    const requests = platform.seen.slice(before);
    expect(requests.map((r) => r.path)).toEqual(['/hop/1', '/hop/0', '/v/live']);
    for (const r of requests) {
      expect(r.headers['user-agent']).toBe(RECHECK_USER_AGENT);
      expect(r.headers.host).toBe(`tube.example:${platform.port}`);
      expect(r.headers.cookie).toBeUndefined();
    }
    expect(judge(o).verdict).toBe('live');
  });

  it('reports 404 as gone', async () => {
    const o = await fetcher().fetch(`http://tube.example:${platform.port}/v/gone`);
    expect(o).toMatchObject({ status: 404, errorCode: null });
    expect(judge(o)).toMatchObject({ verdict: 'gone', errorCode: null });
  });

  it('refuses a name that resolves to loopback, without connecting', async () => {
    const before = internal.seen.length;
    const o = await fetcher().fetch(`http://loopback.example:${internal.port}/secret`);
    expect(o).toMatchObject({ status: null, errorCode: 'TARGET_FORBIDDEN', bytesRead: 0 });
    expect(o.errorDetail).toContain('127.0.0.1');
    expect(internal.seen.length).toBe(before);
    expect(judge(o).verdict).toBe('error');
  });

  it('refuses private addresses written into the URL', async () => {
    const f = fetcher({ isForbidden: undefined });
    for (const url of [`http://127.0.0.1:${internal.port}/secret`, `http://[::1]:${internal.port}/`, 'http://169.254.169.254/latest/meta-data/', 'http://0x7f.1/', 'http://[::ffff:7f00:1]/', 'http://10.1.2.3/', 'http://100.64.0.1/', 'http://224.0.0.1/']) {
      expect((await f.fetch(url)).errorCode, url).toBe('TARGET_FORBIDDEN');
    }
  });

  it('re-vets every redirect: loopback, cloud metadata, a name resolving inside, a mapped IPv6 address', async () => {
    const before = internal.seen.length;
    for (const path of ['/to/loopback', '/to/metadata', '/to/rebind', '/to/ipv6-mapped']) {
      const o = await fetcher().fetch(`http://tube.example:${platform.port}${path}`);
      expect({ path, code: o.errorCode }).toEqual({ path, code: 'TARGET_FORBIDDEN' });
      expect(o.errorDetail).toMatch(/^Redirect refused/);
      expect(o.status).toBeGreaterThanOrEqual(301);
      expect(o.hops).toHaveLength(2);
      expect(o.hops[1]!.address).toBeNull();
      expect(judge(o).verdict).toBe('error');
    }
    expect(internal.seen.length).toBe(before);
  });

  it('follows http(s) redirects only, and at most five', async () => {
    expect((await fetcher().fetch(`http://tube.example:${platform.port}/to/file`)).errorCode).toBe('REDIRECT_INVALID');
    expect((await fetcher().fetch(`http://tube.example:${platform.port}/to/nowhere`)).errorCode).toBe('REDIRECT_INVALID');
    expect(await fetcher().fetch(`http://tube.example:${platform.port}/hop/4`)).toMatchObject({ status: 200, errorCode: null });
    const tooMany = await fetcher().fetch(`http://tube.example:${platform.port}/hop/5`);
    expect(tooMany).toMatchObject({ status: 302, errorCode: 'TOO_MANY_REDIRECTS' });
    expect(tooMany.hops).toHaveLength(6);
  });

  it('refuses other schemes and URLs with credentials', async () => {
    for (const url of ['ftp://tube.example/x', 'file:///etc/passwd', 'http://user:pw@tube.example/x', 'not a url']) {
      expect((await fetcher().fetch(url)).errorCode, url).toBe('URL_INVALID');
    }
  });

  it('reads at most the byte limit, then stops', async () => {
    const closedBefore = platform.closed();
    const o = await fetcher({ maxBytes: 64 * 1024 }).fetch(`http://tube.example:${platform.port}/huge`);
    expect(o).toMatchObject({ status: 200, bytesRead: 64 * 1024, truncated: true, errorCode: null });
    expect(o.body.length).toBe(64 * 1024);
    expect(judge(o).verdict).toBe('live');
    // The connection was dropped instead of downloading the other 64 MiB: the server could not send them all.
    await expect.poll(() => platform.closed()).toBeGreaterThan(closedBefore);
    await expect.poll(() => hugeUnsent).toBeGreaterThan(0);
  });

  it('gives up on a server that does not answer in time', async () => {
    const o = await fetcher({ timeoutMs: 300 }).fetch(`http://tube.example:${platform.port}/slow-head`);
    expect(o).toMatchObject({ status: null, errorCode: 'TIMEOUT' });
    expect(o.durationMs).toBeGreaterThanOrEqual(250);
    expect(o.durationMs).toBeLessThan(3_000);
    expect(judge(o).verdict).toBe('unreachable');
  });

  it('gives up on a body that does not end in time, and judges the status it got', async () => {
    const o = await fetcher({ timeoutMs: 300 }).fetch(`http://tube.example:${platform.port}/slow-body`);
    expect(o).toMatchObject({ status: 200, errorCode: 'TIMEOUT', bytesRead: 6 });
    expect(judge(o).verdict).toBe('live');
  });

  it('reports names that do not resolve and ports nobody listens on', async () => {
    expect(await fetcher().fetch('http://nowhere.example/x')).toMatchObject({ errorCode: 'DNS_FAILED' });
    const closed = await fakePlatform('127.0.0.2', () => undefined);
    const port = closed.port;
    await new Promise((resolve) => closed.server.close(resolve));
    const o = await fetcher().fetch(`http://tube.example:${port}/x`);
    expect(o).toMatchObject({ errorCode: 'CONNECTION_FAILED', status: null });
    expect(judge(o).verdict).toBe('unreachable');
  });

  it('stops when the caller aborts', async () => {
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 100);
    expect(await fetcher().fetch(`http://tube.example:${platform.port}/slow-head`, { signal: controller.signal })).toMatchObject({ errorCode: 'ABORTED' });
  });

  it('connects to private targets when they are allowed (tests only)', async () => {
    const o = await new SafeHttpFetcher({ maxBytes: MIB, timeoutMs: 5_000, connectTimeoutMs: 2_000, allowPrivateTargets: true }).fetch(`http://127.0.0.1:${internal.port}/secret`);
    expect(o).toMatchObject({ status: 200, errorCode: null });
  });
});
