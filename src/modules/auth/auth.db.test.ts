import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { anonymous, buildMember, buildOrganisation, buildSignedInMember, signIn, withApiKey, type TestMember } from '../../../test/factories.ts';
import { createTestApp, type TestApp } from '../../../test/test-app.ts';
import type { Organisation } from '../organisations/organisation.model.ts';

let t: TestApp;
let org: Organisation;
let admin: TestMember & { as: Awaited<ReturnType<typeof signIn>> };

beforeAll(async () => {
  t = await createTestApp({ loginMaxFailuresPerAccount: 3, loginMaxFailuresPerAddress: 1000, loginLockoutMinutes: 15, sessionIdleMinutes: 60, sessionTtlHours: 12 });
  org = await buildOrganisation(t, { kind: 'authority' });
  admin = await buildSignedInMember(t, org, ['admin']);
});
beforeEach(async () => {
  // Tests move the shared clock forward; a fresh session keeps the admin signed in.
  admin.as = await signIn(t, admin);
});
afterAll(async () => {
  await t.close();
});

describe('sign-in and sessions', () => {
  it('signs in with a password and sets an httpOnly, SameSite=Strict session cookie', async () => {
    const m = await buildMember(t, org, ['analyst']);
    const res = await t.app.inject({ method: 'POST', url: '/auth/login', payload: { email: m.email.toUpperCase(), password: m.password } });
    expect(res.statusCode).toBe(200);
    const cookie = res.cookies.find((c) => c.name === 'vigil_session')!;
    expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Strict', secure: true, path: '/' });
    const body = res.json();
    expect(body.member).toMatchObject({ email: m.email, roles: ['analyst'] });
    expect(body.permissions).toContain('items:submit');
    expect(body.csrfToken).toEqual(expect.any(String));
    const me = await t.app.inject({ url: '/auth/session', headers: { cookie: `vigil_session=${cookie.value}` } });
    expect(me.statusCode).toBe(200);
    expect(me.json().member.id).toBe(m.member.id);
  });

  it('refuses a wrong password, an unknown account and a disabled member alike', async () => {
    const m = await buildMember(t, org, ['analyst']);
    for (const payload of [{ email: m.email, password: 'wrong password!!' }, { email: 'nobody@example.org', password: m.password }]) {
      const res = await t.app.inject({ method: 'POST', url: '/auth/login', payload });
      expect(res.statusCode).toBe(401);
      expect(res.json().error.code).toBe('INVALID_CREDENTIALS');
      expect(res.cookies).toEqual([]);
    }
    await admin.as.patch(`/members/${m.member.id}`, { disabled: true });
    const disabled = await t.app.inject({ method: 'POST', url: '/auth/login', payload: { email: m.email, password: m.password } });
    expect(disabled.json().error.code).toBe('INVALID_CREDENTIALS');
  });

  it('locks an account after repeated failures, even for the right password, until the window passes', async () => {
    const m = await buildMember(t, org, ['analyst']);
    for (let i = 0; i < 3; i++) {
      expect((await t.app.inject({ method: 'POST', url: '/auth/login', payload: { email: m.email, password: `nope-${i}-xxxxxxxx` } })).statusCode).toBe(401);
    }
    const locked = await t.app.inject({ method: 'POST', url: '/auth/login', payload: { email: m.email, password: m.password } });
    expect(locked.statusCode).toBe(429);
    expect(locked.json().error.code).toBe('LOGIN_RATE_LIMITED');
    t.clock.advance(15 * 60_000 + 1);
    expect((await t.app.inject({ method: 'POST', url: '/auth/login', payload: { email: m.email, password: m.password } })).statusCode).toBe(200);
  });

  it('locks a client address after many failures across accounts', async () => {
    const t2 = await createTestApp({ loginMaxFailuresPerAddress: 4, loginMaxFailuresPerAccount: 100 });
    try {
      const o = await buildOrganisation(t2);
      const m = await buildMember(t2, o, ['analyst']);
      for (let i = 0; i < 4; i++) await t2.app.inject({ method: 'POST', url: '/auth/login', payload: { email: `x${i}@example.org`, password: 'whatever-password' } });
      const res = await t2.app.inject({ method: 'POST', url: '/auth/login', payload: { email: m.email, password: m.password } });
      expect(res.json().error.code).toBe('LOGIN_RATE_LIMITED');
      const elsewhere = await t2.app.inject({ method: 'POST', url: '/auth/login', payload: { email: m.email, password: m.password }, remoteAddress: '10.9.9.9' });
      expect(elsewhere.statusCode).toBe(200);
    } finally {
      await t2.close();
    }
  });

  it('ends the session on logout and on idle expiry', async () => {
    const m = await buildSignedInMember(t, org, ['analyst']);
    expect((await m.as.get('/auth/session')).statusCode).toBe(200);
    expect((await m.as.post('/auth/logout')).statusCode).toBe(204);
    const after = await m.as.get('/auth/session');
    expect(after.statusCode).toBe(401);
    expect(after.json().error.code).toBe('SESSION_EXPIRED');

    const idle = await buildSignedInMember(t, org, ['analyst']);
    t.clock.advance(61 * 60_000);
    expect((await idle.as.get('/auth/session')).json().error.code).toBe('SESSION_EXPIRED');
  });

  it('keeps an active session alive, but never past its absolute lifetime', async () => {
    const m = await buildSignedInMember(t, org, ['analyst']);
    for (let i = 0; i < 23; i++) {
      t.clock.advance(30 * 60_000);
      expect((await m.as.get('/auth/session')).statusCode).toBe(200);
    }
    t.clock.advance(31 * 60_000); // 12 h 1 min after sign-in
    expect((await m.as.get('/auth/session')).json().error.code).toBe('SESSION_EXPIRED');
  });

  it('refuses a forged or garbage cookie with 401, and public routes still answer', async () => {
    for (const value of ['forged-token', 'A'.repeat(43), '%00%ff<script>']) {
      const res = await t.app.inject({ url: '/members', headers: { cookie: `vigil_session=${value}` } });
      expect(res.statusCode).toBe(401);
      expect(res.json().error.code).toBe('SESSION_EXPIRED');
      expect((await t.app.inject({ url: '/healthz', headers: { cookie: `vigil_session=${value}` } })).statusCode).toBe(200);
    }
    expect((await anonymous(t).get('/members')).json().error.code).toBe('UNAUTHENTICATED');
  });

  it('requires the CSRF token for cookie-authenticated changes', async () => {
    const cookieOnly = { cookie: admin.as.headers.cookie! };
    const payload = { email: 'csrf@example.org', displayName: 'C', roles: ['analyst'], password: 'a-long-password-1' };
    const missing = await t.app.inject({ method: 'POST', url: '/members', headers: cookieOnly, payload });
    expect(missing.statusCode).toBe(403);
    expect(missing.json().error.code).toBe('CSRF_TOKEN_MISSING');
    const wrong = await t.app.inject({ method: 'POST', url: '/members', headers: { ...cookieOnly, 'x-csrf-token': 'x'.repeat(43) }, payload });
    expect(wrong.json().error.code).toBe('CSRF_TOKEN_INVALID');
    expect((await admin.as.get('/members')).json().members.some((m: { email: string }) => m.email === 'csrf@example.org')).toBe(false);
    expect((await admin.as.post('/members', payload)).statusCode).toBe(201);
  });

  it('changes the own password, checking the current one and the policy', async () => {
    const m = await buildSignedInMember(t, org, ['analyst']);
    expect((await m.as.put('/members/me/password', { currentPassword: 'not-it-at-all', newPassword: 'a-new-long-password' })).json().error.code).toBe('INVALID_CREDENTIALS');
    expect((await m.as.put('/members/me/password', { currentPassword: m.password, newPassword: 'short' })).json().error.code).toBe('PASSWORD_TOO_WEAK');
    expect((await m.as.put('/members/me/password', { currentPassword: m.password, newPassword: 'a-new-long-password' })).statusCode).toBe(204);
    expect((await t.app.inject({ method: 'POST', url: '/auth/login', payload: { email: m.email, password: 'a-new-long-password' } })).statusCode).toBe(200);
  });
});

describe('members and roles', () => {
  it('lets admins add members with roles their organisation kind allows', async () => {
    const ok = await admin.as.post('/members', { email: 'new.analyst@example.org', displayName: 'New Analyst', roles: ['analyst', 'supervisor'], password: 'correct horse battery' });
    expect(ok.statusCode).toBe(201);
    expect(ok.json()).toMatchObject({ roles: ['analyst', 'supervisor'], disabled: false });
    const unknown = await admin.as.post('/members', { email: 'u@example.org', displayName: 'U', roles: ['overlord'], password: 'correct horse battery' });
    expect(unknown.json().error.code).toBe('ROLE_UNKNOWN');
    const refused = await admin.as.post('/members', { email: 'l@example.org', displayName: 'L', roles: ['liaison'], password: 'correct horse battery' });
    expect(refused.json().error.code).toBe('ROLE_NOT_ALLOWED');
    const taken = await admin.as.post('/members', { email: 'NEW.analyst@example.org', displayName: 'Dup', roles: ['analyst'], password: 'correct horse battery' });
    expect(taken.json().error.code).toBe('EMAIL_TAKEN');
    const weak = await admin.as.post('/members', { email: 'w@example.org', displayName: 'W', roles: ['analyst'], password: 'short' });
    expect(weak.json().error.code).toBe('PASSWORD_TOO_WEAK');
  });

  it('keeps at least one active admin', async () => {
    const o = await buildOrganisation(t, { kind: 'ngo' });
    const only = await buildSignedInMember(t, o, ['admin']);
    expect((await only.as.patch(`/members/${only.member.id}`, { roles: ['analyst'] })).json().error.code).toBe('LAST_ADMIN');
    expect((await only.as.patch(`/members/${only.member.id}`, { disabled: true })).json().error.code).toBe('LAST_ADMIN');
  });

  it("ends a member's sessions when they are disabled or their roles change", async () => {
    const m = await buildSignedInMember(t, org, ['analyst', 'supervisor']);
    expect((await admin.as.patch(`/members/${m.member.id}`, { roles: ['analyst'] })).statusCode).toBe(200);
    expect((await m.as.get('/auth/session')).json().error.code).toBe('SESSION_EXPIRED');
    const again = await signIn(t, m);
    expect((await again.get('/auth/session')).json().roles).toEqual(['analyst']);
  });
});

describe('API keys', () => {
  it('are shown once, stored hashed, scoped, and record their last use', async () => {
    const created = await admin.as.post('/api-keys', { name: 'uploader', scopes: ['read'] });
    expect(created.statusCode).toBe(201);
    const { key, apiKey } = created.json();
    expect(key).toMatch(/^vgl_[A-Za-z0-9_-]{12}_[A-Za-z0-9_-]{43}$/);
    expect(apiKey.lastUsedAt).toBeNull();
    const listed = (await admin.as.get('/api-keys')).json().apiKeys;
    expect(JSON.stringify(listed)).not.toContain(key.slice(17));
    const { rows } = await t.db.query<{ secret_hash: string }>('select secret_hash from api_keys where id = $1', [apiKey.id]);
    expect(rows[0]!.secret_hash).toMatch(/^[0-9a-f]{64}$/);
    expect(rows[0]!.secret_hash).not.toContain(key.slice(17));

    const session = await withApiKey(t, key).get('/auth/session');
    expect(session.statusCode).toBe(200);
    expect(session.json()).toMatchObject({ member: null, apiKey: { id: apiKey.id, name: 'uploader' }, csrfToken: null });
    expect(session.json().permissions.every((p: string) => p.endsWith(':read'))).toBe(true);
    // A read-scoped key cannot change anything; writes by key need no CSRF token.
    expect((await withApiKey(t, key).get('/api-keys')).json().error.code).toBe('FORBIDDEN');
    const after = (await admin.as.get('/api-keys')).json().apiKeys.find((k: { id: number }) => k.id === apiKey.id);
    expect(after.lastUsedAt).not.toBeNull();
  });

  it('stop working when revoked or expired', async () => {
    const { key, apiKey } = (await admin.as.post('/api-keys', { name: 'temp', scopes: ['read'], expiresAt: new Date(t.clock.now().getTime() + 3_600_000).toISOString() })).json();
    expect((await withApiKey(t, key).get('/organisation')).statusCode).toBe(200);
    t.clock.advance(3_600_001);
    expect((await withApiKey(t, key).get('/organisation')).json().error.code).toBe('API_KEY_REVOKED');
    admin.as = await signIn(t, admin); // the admin's own session went idle meanwhile
    const other = (await admin.as.post('/api-keys', { name: 'other', scopes: ['read'] })).json();
    expect((await admin.as.delete(`/api-keys/${other.apiKey.id}`)).statusCode).toBe(204);
    expect((await withApiKey(t, other.key).get('/organisation')).json().error.code).toBe('API_KEY_REVOKED');
    expect(apiKey.id).toBeLessThan(other.apiKey.id);
  });

  it('refuse malformed or unknown keys and unknown scopes', async () => {
    for (const header of ['Bearer nope', 'Bearer vgl_AAAAAAAAAAAA_' + 'A'.repeat(43), 'Basic dXNlcjpwYXNz', 'Bearer']) {
      const res = await t.app.inject({ url: '/organisation', headers: { authorization: header } });
      expect(res.statusCode).toBe(401);
      expect(res.json().error.code).toBe('API_KEY_INVALID');
    }
    expect((await admin.as.post('/api-keys', { name: 'bad', scopes: ['superuser'] })).json().error.code).toBe('SCOPE_UNKNOWN');
  });
});

describe('first start set-up', () => {
  it('creates the first organisation and admin once, with the printed token', async () => {
    const fresh = await createTestApp();
    try {
      const token = await fresh.container.setup.issueTokenIfNeeded();
      expect(token).toEqual(expect.any(String));
      const body = { token, organisation: { name: 'First IRU', kind: 'authority', competentAuthority: true }, admin: { email: 'first@example.org', displayName: 'First', password: 'correct horse battery staple' } };
      expect((await fresh.app.inject({ method: 'POST', url: '/setup', payload: { ...body, token: 'wrong' } })).json().error.code).toBe('UNAUTHENTICATED');
      expect((await fresh.app.inject({ method: 'POST', url: '/setup', payload: { ...body, admin: { ...body.admin, password: 'short' } } })).json().error.code).toBe('PASSWORD_TOO_WEAK');
      const ok = await fresh.app.inject({ method: 'POST', url: '/setup', payload: body });
      expect(ok.statusCode).toBe(201);
      expect(ok.json().admin.roles).toEqual(['admin']);
      expect((await fresh.app.inject({ method: 'POST', url: '/setup', payload: body })).statusCode).toBe(409);
      expect(await fresh.container.setup.issueTokenIfNeeded()).toBeNull();
      expect((await fresh.app.inject({ method: 'POST', url: '/auth/login', payload: { email: 'first@example.org', password: 'correct horse battery staple' } })).statusCode).toBe(200);
    } finally {
      await fresh.close();
    }
  });
});
