import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildOrganisation, buildSignedInMember, withApiKey } from '../../../test/factories.ts';
import { createTestApp, type TestApp } from '../../../test/test-app.ts';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => {
  await t.close();
});

describe('member preferences', () => {
  it('start at the defaults (blurred, in colour) and are the member’s own', async () => {
    const org = await buildOrganisation(t, { kind: 'authority' });
    const a = await buildSignedInMember(t, org, ['analyst']);
    const b = await buildSignedInMember(t, org, ['analyst']);

    expect((await a.as.get('/me/preferences')).json()).toEqual({ mediaBlurPx: 24, greyscale: false });
    const put = await a.as.put('/me/preferences', { mediaBlurPx: 40, greyscale: true });
    expect(put.statusCode, put.body).toBe(200);
    expect((await a.as.get('/me/preferences')).json()).toEqual({ mediaBlurPx: 40, greyscale: true });
    expect((await b.as.get('/me/preferences')).json()).toEqual({ mediaBlurPx: 24, greyscale: false });

    const events = await t.container.db.query<{ action: string }>("select action from audit_events where action = 'member.preferences_changed' and actor_id = $1", [a.member.id]);
    expect(events.rows).toHaveLength(1);
  });

  it('refuse out-of-range values with a stable code and keep the old ones', async () => {
    const org = await buildOrganisation(t, { kind: 'ngo' });
    const a = await buildSignedInMember(t, org, ['analyst']);
    for (const body of [{ mediaBlurPx: 65, greyscale: false }, { mediaBlurPx: -1, greyscale: false }, { mediaBlurPx: 3.5, greyscale: false }, { mediaBlurPx: 10 }, { mediaBlurPx: '10', greyscale: 'yes' }]) {
      const res = await a.as.put('/me/preferences', body);
      expect(res.statusCode).toBe(400);
      expect(res.json().error.code).toBe('VALIDATION_FAILED');
    }
    expect((await a.as.get('/me/preferences')).json()).toEqual({ mediaBlurPx: 24, greyscale: false });
  });

  it('are not there for API keys, which have no member', async () => {
    const org = await buildOrganisation(t, { kind: 'platform' });
    const admin = await buildSignedInMember(t, org, ['admin']);
    const created = await admin.as.post('/api-keys', { name: 'upload checks', scopes: ['read'] });
    expect(created.statusCode, created.body).toBe(201);
    const res = await withApiKey(t, created.json().key).get('/me/preferences');
    expect(res.statusCode).toBe(403);
    expect(res.json().error.code).toBe('FORBIDDEN');
  });
});
