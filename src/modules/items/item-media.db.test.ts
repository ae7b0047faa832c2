// Reading an item's media back (GET /items/{id}/media/{mediaId}): the stored bytes with the sniffed
// type and headers that keep a hostile file inert, only for the submitting organisation.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { anonymous, buildOrganisation, buildSignedInMember, type Caller } from '../../../test/factories.ts';
import { multipart } from '../../../test/multipart.ts';
import { syntheticImage } from '../../../test/synthetic-media.ts';
import { createTestApp, type TestApp } from '../../../test/test-app.ts';
import { extensionOf, mimeTypeOf } from './media-types.ts';

let t: TestApp;
let analyst: Caller;
let colleague: Caller;
let auditor: Caller;
let partner: Caller;

beforeAll(async () => {
  t = await createTestApp();
  const iru = await buildOrganisation(t, { kind: 'authority' });
  const other = await buildOrganisation(t, { kind: 'authority' });
  analyst = (await buildSignedInMember(t, iru, ['analyst'])).as;
  colleague = (await buildSignedInMember(t, iru, ['supervisor'])).as;
  auditor = (await buildSignedInMember(t, iru, ['auditor'])).as;
  partner = (await buildSignedInMember(t, other, ['analyst', 'supervisor', 'coordinator'])).as;
});
afterAll(async () => {
  await t.close();
});

async function submit(caller: Caller, url: string, file: Buffer, name: string, declaredType = 'application/octet-stream') {
  const res = await caller.request({ method: 'POST', url: '/items/media', ...multipart(file, name, { url, language: 'en' }, declaredType) });
  expect(res.statusCode, res.body).toBe(201);
  return res.json().item as { id: number; media: Array<{ id: number; sha256: string }> };
}

describe('GET /items/{id}/media/{mediaId}', () => {
  it('answers the stored bytes with the sniffed type, nosniff, a sandbox CSP, inline and privately cached', async () => {
    const jpeg = await syntheticImage(31, 200, 150, 'jpeg');
    // The uploader claims PNG under a .png name; the bytes are JPEG and are served as JPEG.
    const item = await submit(analyst, 'https://media-read.example/1', jpeg, 'claims.png', 'image/png');
    const media = item.media[0]!;
    const res = await colleague.get(`/items/${item.id}/media/${media.id}`);
    expect(res.statusCode).toBe(200);
    expect(res.rawPayload.equals(jpeg)).toBe(true);
    expect(res.headers['content-type']).toBe('image/jpeg');
    expect(res.headers['content-length']).toBe(String(jpeg.length));
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['content-security-policy']).toBe("sandbox; default-src 'none'");
    expect(res.headers['content-disposition']).toBe(`inline; filename="item-${item.id}-media-${media.id}.jpg"`);
    expect(res.headers['cache-control']).toBe('private, max-age=300');
  });

  it("is 404 for another organisation's item, for media of another item, and for an unknown media id", async () => {
    const png = await syntheticImage(32);
    const mine = await submit(analyst, 'https://media-read.example/2', png, 'a.png');
    const theirs = await submit(partner, 'https://media-read.example/3', png, 'b.png'); // the same bytes, another organisation
    expect(theirs.media[0]!.sha256).toBe(mine.media[0]!.sha256);
    const notFound = await partner.get(`/items/${mine.id}/media/${mine.media[0]!.id}`);
    expect(notFound.statusCode).toBe(404);
    expect(notFound.json().error.code).toBe('NOT_FOUND');
    // The partner's own media id does not open the IRU's item, nor the IRU's media id the partner's item.
    expect((await partner.get(`/items/${mine.id}/media/${theirs.media[0]!.id}`)).statusCode).toBe(404);
    expect((await analyst.get(`/items/${theirs.id}/media/${mine.media[0]!.id}`)).statusCode).toBe(404);
    expect((await analyst.get(`/items/${mine.id}/media/${mine.media[0]!.id + 1000}`)).statusCode).toBe(404);
    expect((await partner.get(`/items/${theirs.id}/media/${theirs.media[0]!.id}`)).statusCode).toBe(200);
    const bare = (await analyst.post('/items', { url: 'https://media-read.example/bare' })).json().item;
    expect((await analyst.get(`/items/${bare.id}/media/1`)).statusCode).toBe(404);
  });

  it('needs items:read and credentials', async () => {
    const item = await submit(analyst, 'https://media-read.example/4', await syntheticImage(33), 'c.png');
    const url = `/items/${item.id}/media/${item.media[0]!.id}`;
    expect((await auditor.get(url)).json().error.code).toBe('FORBIDDEN');
    expect((await anonymous(t).get(url)).json().error.code).toBe('UNAUTHENTICATED');
  });
});

describe('media types', () => {
  it('come from the sniffed format; unknown formats are opaque bytes', () => {
    expect(mimeTypeOf('png')).toBe('image/png');
    expect(mimeTypeOf('mp4')).toBe('video/mp4');
    expect(mimeTypeOf('svg')).toBe('application/octet-stream');
    expect(mimeTypeOf(null)).toBe('application/octet-stream');
    expect(extensionOf('jpeg')).toBe('jpg');
    expect(extensionOf('matroska')).toBe('mkv');
    expect(extensionOf('html')).toBe('bin');
  });
});

describe('bulk intake error rows', () => {
  it('name the column at fault', async () => {
    const csv = ['url,language,tier', 'https://bulk-field.example/1,en,crisis', 'https://bulk-field.example/2,en,bogus', 'not a url,en,', 'https://bulk-field.example/3,x,'].join('\n');
    const res = await analyst.request({ method: 'POST', url: '/items/bulk', payload: csv, headers: { 'content-type': 'text/csv' } });
    expect(res.json()).toMatchObject({ rows: 4, created: 1, rejected: 3 });
    expect(res.json().errors.map((e: { line: number; field: string | null; code: string }) => [e.line, e.field, e.code])).toEqual([
      [3, 'tier', 'VALIDATION_FAILED'],
      [4, 'url', 'URL_INVALID'],
      [5, 'language', 'VALIDATION_FAILED'],
    ]);
  });
});
