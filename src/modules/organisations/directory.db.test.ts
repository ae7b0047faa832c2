// The organisation directory (GET /organisations/directory): every member, of any kind and role,
// finds organisations by part of the name or by number, and learns their number, name, kind and
// country only: never members, e-mail addresses or the competent-authority flag.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { systemContext } from '../../core/auth/principal.ts';
import { anonymous, buildMember, buildOrganisation, buildSignedInMember, withApiKey, type Caller } from '../../../test/factories.ts';
import { createTestApp, type TestApp } from '../../../test/test-app.ts';
import type { Organisation } from './organisation.model.ts';

let t: TestApp;
let lantern: Organisation;
let watch: Organisation;
let tube: Organisation;
let secretEmail: string;
let coordinator: Caller;
let liaison: Caller;
let ngoAuditor: Caller;

interface Entry {
  id: number;
  name: string;
  kind: string;
  country: string | null;
}

const directory = async (as: Caller, query = ''): Promise<Entry[]> => {
  const res = await as.get(`/organisations/directory${query}`);
  expect(res.statusCode, res.body).toBe(200);
  return res.json().organisations as Entry[];
};

beforeAll(async () => {
  t = await createTestApp();
  const system = systemContext('test');
  lantern = await t.container.organisations.createOrganisation(system, { name: 'Lantern Referral Unit', kind: 'authority', competentAuthority: true, country: 'BE' });
  watch = await t.container.organisations.createOrganisation(system, { name: 'Lantern_Watch 100% NGO', kind: 'ngo', country: 'NL' });
  tube = await buildOrganisation(t, { kind: 'platform', name: 'Lanterntube Trust & Safety' });
  secretEmail = (await buildMember(t, lantern, ['analyst'])).email;
  coordinator = (await buildSignedInMember(t, lantern, ['coordinator'])).as;
  liaison = (await buildSignedInMember(t, tube, ['liaison'])).as;
  ngoAuditor = (await buildSignedInMember(t, watch, ['auditor'])).as;
});
afterAll(async () => {
  await t.close();
});

describe('organisation directory', () => {
  it('finds organisations by part of the name, case-insensitively, sorted by name, with id, name, kind and country only', async () => {
    const found = await directory(coordinator, '?q=lantern');
    expect(found.map((o) => o.name)).toEqual(['Lantern Referral Unit', 'Lantern_Watch 100% NGO', 'Lanterntube Trust & Safety']);
    expect(found[0]).toEqual({ id: lantern.id, name: 'Lantern Referral Unit', kind: 'authority', country: 'BE' });
    for (const entry of found) expect(Object.keys(entry).sort()).toEqual(['country', 'id', 'kind', 'name']);
    const body = (await coordinator.get('/organisations/directory?q=lantern')).body;
    expect(body).not.toContain(secretEmail);
    expect(body).not.toContain('competentAuthority');
    expect(body).not.toContain('members');
  });

  it("treats LIKE's wildcards in the search as text", async () => {
    expect((await directory(coordinator, '?q=n_w')).map((o) => o.id)).toEqual([watch.id]);
    expect((await directory(coordinator, `?q=${encodeURIComponent('100%')}`)).map((o) => o.id)).toEqual([watch.id]);
    expect(await directory(coordinator, `?q=${encodeURIComponent('%%')}`)).toEqual([]);
  });

  it('finds an organisation by its number, with or without #', async () => {
    expect((await directory(coordinator, `?q=${watch.id}`)).map((o) => o.id)).toContain(watch.id);
    expect((await directory(coordinator, `?q=${encodeURIComponent(`#${watch.id}`)}`)).map((o) => o.id)).toEqual([watch.id]);
  });

  it('filters by kind and by a list of numbers, and limits the answer', async () => {
    expect((await directory(coordinator, '?q=lantern&kind=ngo')).map((o) => o.id)).toEqual([watch.id]);
    expect((await directory(coordinator, `?ids=${tube.id},${lantern.id}`)).map((o) => o.id)).toEqual([lantern.id, tube.id]);
    expect(await directory(coordinator, '?q=lantern&limit=2')).toHaveLength(2);
    expect((await coordinator.get('/organisations/directory?limit=201')).statusCode).toBe(400);
    expect((await coordinator.get('/organisations/directory?ids=1,x')).statusCode).toBe(400);
    expect((await coordinator.get('/organisations/directory?kind=agency')).statusCode).toBe(400);
  });

  it('is the same for every kind of organisation: a platform liaison and an NGO auditor see the authority', async () => {
    const expected = await directory(coordinator, '?q=lantern');
    expect(await directory(liaison, '?q=lantern')).toEqual(expected);
    expect(await directory(ngoAuditor, '?q=lantern')).toEqual(expected);
    expect((await directory(liaison, '?kind=authority&q=Lantern Referral')).map((o) => o.id)).toEqual([lantern.id]);
  });

  it('needs a signed-in member or an API key with organisation:read', async () => {
    expect((await anonymous(t).get('/organisations/directory')).statusCode).toBe(401);
    const admin = (await buildSignedInMember(t, tube, ['admin'])).as;
    const narrow = (await admin.post('/api-keys', { name: 'upload checks only', scopes: ['hashes:lookup'] })).json().key as string;
    const refused = await withApiKey(t, narrow).get('/organisations/directory');
    expect({ status: refused.statusCode, code: refused.json().error.code }).toEqual({ status: 403, code: 'FORBIDDEN' });
    const reader = (await admin.post('/api-keys', { name: 'reader', scopes: ['read'] })).json().key as string;
    expect((await directory(withApiKey(t, reader), '?q=lantern')).map((o) => o.id)).toContain(lantern.id);
  });
});
