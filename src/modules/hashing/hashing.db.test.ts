import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildOrganisation, buildSignedInMember, type Caller } from '../../../test/factories.ts';
import { syntheticImage } from '../../../test/synthetic-media.ts';
import { createTestApp, type TestApp } from '../../../test/test-app.ts';

let server: Server;
let host: string;
let t: TestApp;
let caller: Caller;
let image: Buffer;

beforeAll(async () => {
  image = await syntheticImage(5);
  // A fake platform on loopback: an image, a redirect off the allowlist, and an oversized body.
  server = createServer((req, res) => {
    if (req.url === '/image.png') return res.writeHead(200, { 'content-type': 'image/png' }).end(image);
    if (req.url === '/redirect') return res.writeHead(302, { location: 'http://evil.example/x.png' }).end();
    if (req.url === '/local-redirect') return res.writeHead(302, { location: '/image.png' }).end();
    if (req.url === '/huge') {
      res.writeHead(200, { 'content-type': 'image/png' });
      const chunk = Buffer.alloc(64 * 1024);
      let sent = 0;
      const pump = () => {
        while (sent < 4 * 1024 * 1024) {
          sent += chunk.length;
          if (!res.write(chunk)) return res.once('drain', pump);
        }
        res.end();
      };
      return pump();
    }
    res.writeHead(404).end();
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  host = `127.0.0.1:${(server.address() as AddressInfo).port}`;
  t = await createTestApp({ hashUrlAllowlist: host, hashUrlMaxBytes: 1024 * 1024, hashThreads: 1 });
  const org = await buildOrganisation(t, { kind: 'platform' });
  caller = (await buildSignedInMember(t, org, ['liaison'])).as;
});
afterAll(async () => {
  await t.close();
  server.close();
});

describe('hashing by URL', () => {
  it('hashes media from an allow-listed host, following redirects that stay on the list', async () => {
    const direct = await caller.get(`/h/hash?url=http://${host}/image.png&signals=pdq,md5`);
    expect(direct.statusCode, direct.body).toBe(200);
    expect(Object.keys(direct.json()).sort()).toEqual(['md5', 'pdq']);
    const redirected = await caller.get(`/h/hash?url=http://${host}/local-redirect&signals=pdq`);
    expect(redirected.json().pdq).toBe(direct.json().pdq);
  });

  it('refuses hosts off the list, redirects off the list, oversized bodies and missing resources', async () => {
    expect((await caller.get('/h/hash?url=http://localhost:1/image.png')).json().error.code).toBe('URL_NOT_ALLOWED');
    expect((await caller.get(`/h/hash?url=http://${host}/redirect`)).json().error.code).toBe('URL_NOT_ALLOWED');
    expect((await caller.get(`/h/hash?url=file:///etc/passwd`)).json().error.code).toBe('URL_NOT_ALLOWED');
    expect((await caller.get(`/h/hash?url=http://${host}/huge`)).json().error.code).toBe('MEDIA_TOO_LARGE');
    expect((await caller.get(`/h/hash?url=http://${host}/missing.png`)).json().error.code).toBe('URL_FETCH_FAILED');
    expect((await caller.get(`/h/hash?url=http://${host}/image.png&signals=tmk`)).json().error.code).toBe('SIGNAL_TYPE_UNKNOWN');
  });
});
