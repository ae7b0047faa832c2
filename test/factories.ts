// Builders for each test's own data: organisations, members, sessions and API keys, made through the
// real services, and a small client that sends requests as one of them.
import { randomBytes } from 'node:crypto';
import type { InjectOptions, LightMyRequestResponse } from 'fastify';
import type { OrganisationKind, Role } from '../src/core/auth/permissions.ts';
import { systemContext } from '../src/core/auth/principal.ts';
import type { Member, Organisation } from '../src/modules/organisations/organisation.model.ts';
import type { TestApp } from './test-app.ts';

let counter = 0;
const unique = () => `${Date.now().toString(36)}${(counter++).toString(36)}${randomBytes(2).toString('hex')}`;

export async function buildOrganisation(t: TestApp, overrides: { kind?: OrganisationKind; competentAuthority?: boolean; name?: string } = {}): Promise<Organisation> {
  const kind = overrides.kind ?? 'authority';
  return t.container.organisations.createOrganisation(systemContext('test'), {
    name: overrides.name ?? `${kind} ${unique()}`,
    kind,
    competentAuthority: overrides.competentAuthority ?? kind === 'authority',
  });
}

export interface TestMember {
  member: Member;
  email: string;
  password: string;
}

export async function buildMember(t: TestApp, org: Organisation, roles: Role[]): Promise<TestMember> {
  const email = `m-${unique()}@example.org`;
  const password = `pw-${randomBytes(12).toString('hex')}`;
  const member = await t.container.organisations.createMember(systemContext('test'), org.id, { email, displayName: `Member ${roles.join('+')}`, roles, password });
  return { member, email, password };
}

export interface Caller {
  headers: Record<string, string>;
  csrf?: string;
  request(options: InjectOptions): Promise<LightMyRequestResponse>;
  get(url: string): Promise<LightMyRequestResponse>;
  post(url: string, payload?: unknown): Promise<LightMyRequestResponse>;
  patch(url: string, payload?: unknown): Promise<LightMyRequestResponse>;
  put(url: string, payload?: unknown): Promise<LightMyRequestResponse>;
  delete(url: string): Promise<LightMyRequestResponse>;
}

function caller(t: TestApp, headers: Record<string, string>): Caller {
  const request = (options: InjectOptions) => t.app.inject({ ...options, headers: { ...headers, ...(options.headers as Record<string, string> | undefined) } });
  const withBody = (method: 'POST' | 'PATCH' | 'PUT') => (url: string, payload?: unknown) =>
    request({ method, url, ...(payload === undefined ? {} : { payload: payload as Record<string, unknown> }) });
  return {
    headers,
    request,
    get: (url) => request({ method: 'GET', url }),
    post: withBody('POST'),
    patch: withBody('PATCH'),
    put: withBody('PUT'),
    delete: (url) => request({ method: 'DELETE', url }),
  };
}

/** Signs in through the HTTP API and returns a caller that sends the cookie and CSRF token. */
export async function signIn(t: TestApp, m: TestMember): Promise<Caller> {
  const res = await t.app.inject({ method: 'POST', url: '/auth/login', payload: { email: m.email, password: m.password } });
  if (res.statusCode !== 200) throw new Error(`sign-in failed: ${res.statusCode} ${res.body}`);
  const cookie = res.cookies.find((c) => c.name === 'vigil_session');
  const csrf = (res.json() as { csrfToken: string }).csrfToken;
  const c = caller(t, { cookie: `vigil_session=${cookie!.value}`, 'x-csrf-token': csrf });
  c.csrf = csrf;
  return c;
}

export async function buildSignedInMember(t: TestApp, org: Organisation, roles: Role[]): Promise<TestMember & { as: Caller }> {
  const m = await buildMember(t, org, roles);
  return { ...m, as: await signIn(t, m) };
}

export function withApiKey(t: TestApp, key: string): Caller {
  return caller(t, { authorization: `Bearer ${key}` });
}

export function anonymous(t: TestApp): Caller {
  return caller(t, {});
}
