// GET /platform/platforms: the platforms the caller's organisation operates, by name, so that a
// liaison or a platform's auditor picks one (for its transparency report) instead of typing a number.
// Another platform organisation's platforms never appear; an authority operates none; the registry's
// own notes and cooperation status of the platform are not shown to it.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { anonymous, buildOrganisation, buildSignedInMember, type Caller } from '../../../test/factories.ts';
import { createTestApp, type TestApp } from '../../../test/test-app.ts';

let t: TestApp;
let coordinator: Caller;
let liaison: Caller;
let auditor: Caller;
let otherLiaison: Caller;
let videoId: number;
let forumId: number;
let otherId: number;

beforeAll(async () => {
  t = await createTestApp();
  const iru = await buildOrganisation(t, { kind: 'authority' });
  coordinator = (await buildSignedInMember(t, iru, ['coordinator'])).as;
  const operator = await buildOrganisation(t, { kind: 'platform' });
  liaison = (await buildSignedInMember(t, operator, ['liaison'])).as;
  auditor = (await buildSignedInMember(t, operator, ['auditor'])).as;
  const other = await buildOrganisation(t, { kind: 'platform' });
  otherLiaison = (await buildSignedInMember(t, other, ['liaison'])).as;
  const create = async (body: Record<string, unknown>) => {
    const res = await coordinator.post('/platforms', body);
    expect(res.statusCode, res.body).toBe(201);
    return res.json().id as number;
  };
  videoId = await create({ name: 'Operated Video', category: 'video', domains: ['operated-video.example'], operatorOrganisationId: operator.id, notes: 'internal registry note', cooperationStatus: 'unresponsive' });
  forumId = await create({ name: 'another operated forum', category: 'forum', domains: ['operated-forum.example'], operatorOrganisationId: operator.id });
  otherId = await create({ name: 'Other Operator Video', category: 'video', domains: ['other-operator.example'], operatorOrganisationId: other.id });
  await create({ name: 'Unoperated Site', category: 'website', domains: ['unoperated.example'] });
});
afterAll(async () => {
  await t.close();
});

describe('the platforms an organisation operates', () => {
  it("lists the own organisation's platforms by name, with category and domains only", async () => {
    const res = await liaison.get('/platform/platforms');
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().platforms).toEqual([
      { id: forumId, name: 'another operated forum', category: 'forum', domains: ['operated-forum.example'] },
      { id: videoId, name: 'Operated Video', category: 'video', domains: ['operated-video.example'] },
    ]);
    expect(res.body).not.toContain('internal registry note');
    expect(res.body).not.toContain('unresponsive');
  });

  it("gives the organisation's auditor the same list, and another platform organisation only its own", async () => {
    expect((await auditor.get('/platform/platforms')).json().platforms.map((p: { id: number }) => p.id)).toEqual([forumId, videoId]);
    expect((await otherLiaison.get('/platform/platforms')).json().platforms.map((p: { id: number }) => p.id)).toEqual([otherId]);
  });

  it('is empty for an authority, and closed without credentials', async () => {
    const res = await coordinator.get('/platform/platforms');
    expect(res.statusCode).toBe(200);
    expect(res.json().platforms).toEqual([]);
    expect((await anonymous(t).get('/platform/platforms')).statusCode).toBe(401);
  });
});
