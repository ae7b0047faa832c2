// Walks every authenticated route of the API. Another organisation's member gets 404 for this
// organisation's records (existence is not leaked) and never sees them in lists; a member lacking
// the route's permission gets 403; nobody gets in without credentials. A route added to the API
// without an entry here fails the first test.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Role } from '../src/core/auth/permissions.ts';
import { anonymous, buildOrganisation, buildSignedInMember, type Caller } from './factories.ts';
import { createTestApp, type TestApp } from './test-app.ts';

interface Fixture {
  memberId: number;
  apiKeyId: number;
  marker: string;
  bank: string;
  contentId: number;
  operationId: number;
  itemId: number;
  clusterId: number;
  platformId: number;
  holdId: number;
  notificationId: number;
  referralId: number;
}

interface RouteCase {
  /** "METHOD /openapi/{path}" */
  route: string;
  /** Concrete URL for this organisation's data. */
  url: (f: Fixture) => string;
  body?: (f: Fixture) => unknown;
  /** A role of the owning organisation that lacks the permission (403), if one exists. */
  lacking?: Role;
  /** The route addresses one record by id: another organisation gets 404. */
  targetsRecord?: boolean;
}

const ROUTES: RouteCase[] = [
  { route: 'GET /auth/session', url: () => '/auth/session' },
  { route: 'POST /auth/logout', url: () => '/auth/logout' },
  { route: 'GET /organisation', url: () => '/organisation' },
  // The organisation directory is shared by every member on purpose (docs/security.md): the number, name,
  // kind and country of every organisation, the owner's included, but never a member, an e-mail address
  // or anything an organisation holds, which the "never shows" test checks. Every role has organisation:read.
  { route: 'GET /organisations/directory', url: () => '/organisations/directory?limit=200' },
  { route: 'GET /members', url: () => '/members' },
  { route: 'POST /members', url: () => '/members', body: (f) => ({ email: `n-${f.memberId}@example.org`, displayName: 'N', roles: ['analyst'], password: 'correct horse battery' }), lacking: 'analyst' },
  { route: 'GET /members/{id}', url: (f) => `/members/${f.memberId}`, targetsRecord: true },
  { route: 'PATCH /members/{id}', url: (f) => `/members/${f.memberId}`, body: () => ({ displayName: 'Renamed' }), lacking: 'auditor', targetsRecord: true },
  { route: 'PUT /members/me/password', url: () => '/members/me/password', body: () => ({ currentPassword: 'wrong-password-x', newPassword: 'another long password' }) },
  { route: 'GET /me/preferences', url: () => '/me/preferences' },
  { route: 'PUT /me/preferences', url: () => '/me/preferences', body: () => ({ mediaBlurPx: 12, greyscale: true }) },
  { route: 'GET /api-keys', url: () => '/api-keys', lacking: 'analyst' },
  { route: 'POST /api-keys', url: () => '/api-keys', body: () => ({ name: 'k', scopes: ['read'] }), lacking: 'supervisor' },
  { route: 'DELETE /api-keys/{id}', url: (f) => `/api-keys/${f.apiKeyId}`, lacking: 'coordinator', targetsRecord: true },
  { route: 'GET /audit/events', url: () => '/audit/events', lacking: 'admin' },
  { route: 'GET /audit/export', url: () => '/audit/export', lacking: 'analyst' },
  { route: 'GET /audit/verify', url: () => '/audit/verify', lacking: 'supervisor' },
  { route: 'GET /c/banks', url: () => '/c/banks', lacking: 'admin' },
  { route: 'POST /c/banks', url: () => '/c/banks', body: () => ({ name: 'ANOTHER_BANK' }), lacking: 'supervisor' },
  { route: 'GET /c/bank/{name}', url: (f) => `/c/bank/${f.bank}`, lacking: 'admin', targetsRecord: true },
  { route: 'PUT /c/bank/{name}', url: (f) => `/c/bank/${f.bank}`, body: () => ({ description: 'x' }), lacking: 'coordinator', targetsRecord: true },
  { route: 'DELETE /c/bank/{name}', url: (f) => `/c/bank/${f.bank}`, lacking: 'supervisor', targetsRecord: true },
  { route: 'GET /c/bank/{name}/shares', url: (f) => `/c/bank/${f.bank}/shares`, lacking: 'auditor', targetsRecord: true },
  { route: 'PUT /c/bank/{name}/shares/{organisationId}', url: (f) => `/c/bank/${f.bank}/shares/1`, body: () => ({ access: 'read' }), lacking: 'auditor', targetsRecord: true },
  { route: 'GET /c/bank/{name}/content', url: (f) => `/c/bank/${f.bank}/content`, lacking: 'auditor', targetsRecord: true },
  { route: 'POST /c/bank/{name}/signal', url: (f) => `/c/bank/${f.bank}/signal`, body: () => ({ md5: 'ab'.repeat(16) }), lacking: 'supervisor', targetsRecord: true },
  { route: 'GET /c/bank/{name}/content/{id}', url: (f) => `/c/bank/${f.bank}/content/${f.contentId}`, lacking: 'auditor', targetsRecord: true },
  { route: 'PUT /c/bank/{name}/content/{id}', url: (f) => `/c/bank/${f.bank}/content/${f.contentId}`, body: () => ({ note: 'x' }), lacking: 'coordinator', targetsRecord: true },
  { route: 'DELETE /c/bank/{name}/content/{id}', url: (f) => `/c/bank/${f.bank}/content/${f.contentId}`, lacking: 'coordinator', targetsRecord: true },
  { route: 'POST /c/bank/{name}/import', url: (f) => `/c/bank/${f.bank}/import?format=local`, lacking: 'supervisor', targetsRecord: true },
  { route: 'GET /c/bank/{name}/export', url: (f) => `/c/bank/${f.bank}/export`, lacking: 'auditor', targetsRecord: true },
  { route: 'POST /h/hash', url: () => '/h/hash', lacking: 'coordinator' },
  { route: 'GET /h/hash', url: () => '/h/hash?url=http://127.0.0.1:9/x', lacking: 'supervisor' },
  { route: 'GET /m/lookup', url: () => `/m/lookup?signal_type=md5&signal=${'cd'.repeat(16)}`, lacking: 'auditor' },
  { route: 'POST /m/lookup', url: () => '/m/lookup', lacking: 'coordinator' },
  { route: 'GET /operations', url: () => '/operations', lacking: 'auditor' },
  { route: 'POST /operations', url: () => '/operations', body: () => ({ name: 'Another operation' }), lacking: 'analyst' },
  { route: 'GET /operations/{id}', url: (f) => `/operations/${f.operationId}`, lacking: 'auditor', targetsRecord: true },
  { route: 'GET /operations/{id}/report', url: (f) => `/operations/${f.operationId}/report`, lacking: 'admin', targetsRecord: true },
  { route: 'GET /operations/{id}/figures', url: (f) => `/operations/${f.operationId}/figures`, lacking: 'auditor', targetsRecord: true },
  { route: 'PATCH /operations/{id}', url: (f) => `/operations/${f.operationId}`, body: () => ({ description: 'x' }), lacking: 'analyst', targetsRecord: true },
  { route: 'POST /operations/{id}/status', url: (f) => `/operations/${f.operationId}/status`, body: () => ({ status: 'live' }), lacking: 'supervisor', targetsRecord: true },
  { route: 'POST /operations/{id}/participants', url: (f) => `/operations/${f.operationId}/participants`, body: () => ({ organisationIds: [1] }), lacking: 'analyst', targetsRecord: true },
  { route: 'DELETE /operations/{id}/participants/{organisationId}', url: (f) => `/operations/${f.operationId}/participants/1`, lacking: 'supervisor', targetsRecord: true },
  { route: 'POST /items', url: () => '/items', body: (f) => ({ operationId: f.operationId, url: 'https://isolation.example/2' }), lacking: 'coordinator', targetsRecord: true },
  { route: 'POST /items/media', url: () => '/items/media', lacking: 'supervisor' },
  { route: 'POST /items/bulk', url: (f) => `/items/bulk?operationId=${f.operationId}`, lacking: 'supervisor' },
  { route: 'GET /items', url: () => '/items', lacking: 'auditor' },
  { route: 'GET /items/{id}', url: (f) => `/items/${f.itemId}`, lacking: 'auditor', targetsRecord: true },
  // The fixture item has no media: the owner would get 404 too, but the outsider's 404 comes before the media lookup.
  { route: 'GET /items/{id}/media/{mediaId}', url: (f) => `/items/${f.itemId}/media/1`, lacking: 'auditor', targetsRecord: true },
  { route: 'PATCH /items/{id}', url: (f) => `/items/${f.itemId}`, body: () => ({ notes: 'x' }), lacking: 'supervisor', targetsRecord: true },
  { route: 'GET /clusters/{id}', url: (f) => `/clusters/${f.clusterId}`, lacking: 'auditor', targetsRecord: true },
  { route: 'GET /holds', url: () => '/holds', lacking: 'auditor' },
  { route: 'POST /holds', url: () => '/holds', body: (f) => ({ itemId: f.itemId, reason: 'x' }), lacking: 'coordinator', targetsRecord: true },
  { route: 'DELETE /holds/{id}', url: (f) => `/holds/${f.holdId}`, lacking: 'coordinator', targetsRecord: true },
  { route: 'GET /notifications', url: () => '/notifications' },
  { route: 'POST /notifications/{id}/read', url: (f) => `/notifications/${f.notificationId}/read`, lacking: 'auditor', targetsRecord: true },
  { route: 'GET /referrals', url: () => '/referrals', lacking: 'auditor' },
  { route: 'POST /referrals', url: () => '/referrals', body: (f) => ({ itemId: f.itemId, platformId: f.platformId }), lacking: 'supervisor', targetsRecord: true },
  { route: 'GET /referrals/{id}', url: (f) => `/referrals/${f.referralId}`, lacking: 'auditor', targetsRecord: true },
  { route: 'POST /referrals/{id}/approve', url: (f) => `/referrals/${f.referralId}/approve`, lacking: 'analyst', targetsRecord: true },
  { route: 'POST /referrals/{id}/withdraw', url: (f) => `/referrals/${f.referralId}/withdraw`, lacking: 'auditor', targetsRecord: true },
  { route: 'POST /referrals/{id}/events', url: (f) => `/referrals/${f.referralId}/events`, body: () => ({ event: 'send' }), lacking: 'analyst', targetsRecord: true },
  { route: 'POST /referrals/{id}/escalations', url: (f) => `/referrals/${f.referralId}/escalations`, body: () => ({ providerId: 1 }), lacking: 'supervisor', targetsRecord: true },
  { route: 'GET /referrals/{id}/escalations', url: (f) => `/referrals/${f.referralId}/escalations`, lacking: 'auditor', targetsRecord: true },
  { route: 'GET /referrals/{id}/evidence', url: (f) => `/referrals/${f.referralId}/evidence`, lacking: 'auditor', targetsRecord: true },
  // Re-checks: the referring organisation's only. Checking at once needs referrals:propose or referrals:approve.
  { route: 'GET /referrals/{id}/checks', url: (f) => `/referrals/${f.referralId}/checks`, lacking: 'auditor', targetsRecord: true },
  { route: 'POST /referrals/{id}/checks', url: (f) => `/referrals/${f.referralId}/checks`, lacking: 'coordinator', targetsRecord: true },
  { route: 'GET /referrals/flagged', url: () => '/referrals/flagged?includeResolved=true', lacking: 'auditor' },
  // The platform side needs referrals:respond, which only platform organisations' liaisons hold: the
  // owner here is an authority, so every role of it gets 403 and there is no record of its own to target.
  // The platforms the caller's own organisation operates: organisation:read (every role); an outsider
  // gets its own organisation's platforms only (none for an authority), never the owner's.
  { route: 'GET /platform/platforms', url: () => '/platform/platforms' },
  { route: 'GET /platform/referrals', url: () => '/platform/referrals', lacking: 'analyst' },
  { route: 'GET /platform/referrals/{id}', url: (f) => `/platform/referrals/${f.referralId}`, lacking: 'analyst' },
  { route: 'POST /platform/referrals/{id}/responses', url: (f) => `/platform/referrals/${f.referralId}/responses`, body: () => ({ action: 'acknowledge' }), lacking: 'analyst' },
  { route: 'GET /platform/referrals/{id}/evidence', url: (f) => `/platform/referrals/${f.referralId}/evidence`, lacking: 'analyst' },
  // Preservation and complaints (TCO Art. 6, 10): the platform's side needs referrals:respond as above;
  // the referring organisation's side is scoped to its own referrals.
  { route: 'GET /platform/preservations', url: () => '/platform/preservations', lacking: 'analyst' },
  { route: 'POST /platform/preservations/{id}/extensions', url: () => '/platform/preservations/1/extensions', body: () => ({ days: 1, reason: 'x' }), lacking: 'analyst' },
  { route: 'GET /referrals/{id}/preservation', url: (f) => `/referrals/${f.referralId}/preservation`, lacking: 'auditor', targetsRecord: true },
  { route: 'POST /referrals/{id}/preservation/extensions', url: (f) => `/referrals/${f.referralId}/preservation/extensions`, body: () => ({ days: 1, reason: 'x' }), lacking: 'analyst', targetsRecord: true },
  { route: 'POST /platform/referrals/{id}/complaints', url: (f) => `/platform/referrals/${f.referralId}/complaints`, body: () => ({}), lacking: 'analyst' },
  { route: 'POST /platform/complaints/{id}/decision', url: () => '/platform/complaints/1/decision', body: () => ({ outcome: 'dismissed', reason: 'x' }), lacking: 'analyst' },
  { route: 'GET /platform/complaints', url: () => '/platform/complaints', lacking: 'analyst' },
  { route: 'GET /referrals/{id}/complaints', url: (f) => `/referrals/${f.referralId}/complaints`, lacking: 'auditor', targetsRecord: true },
  // An authority reads a platform's report restricted to its own referrals: counts, no records.
  { route: 'GET /platform/transparency-report', url: (f) => `/platform/transparency-report?platformId=${f.platformId}&from=2026-01-01&to=2026-12-31`, lacking: 'admin' },
  // Webhooks need webhooks:manage, which only liaisons hold: the same as the platform side above.
  { route: 'GET /platform/webhooks', url: () => '/platform/webhooks', lacking: 'analyst' },
  { route: 'POST /platform/webhooks', url: () => '/platform/webhooks', body: () => ({ url: 'https://hooks.isolation.example/' }), lacking: 'analyst' },
  { route: 'DELETE /platform/webhooks/{id}', url: () => '/platform/webhooks/1', lacking: 'analyst' },
  { route: 'POST /platform/webhooks/{id}/rotate', url: () => '/platform/webhooks/1/rotate', lacking: 'analyst' },
  { route: 'GET /platform/webhooks/deliveries', url: () => '/platform/webhooks/deliveries?status=dead', lacking: 'analyst' },
  { route: 'POST /platform/webhooks/deliveries/{id}/redeliver', url: () => '/platform/webhooks/deliveries/1/redeliver', lacking: 'analyst' },
  // The feed needs referrals:respond like the liaison view; e-mail deliveries belong to the referring organisation.
  { route: 'GET /platform/feed', url: () => '/platform/feed', lacking: 'analyst' },
  { route: 'GET /email-deliveries', url: () => '/email-deliveries?status=not_configured', lacking: 'admin' },
  { route: 'POST /email-deliveries/{id}/redeliver', url: () => '/email-deliveries/1/redeliver', lacking: 'analyst' },
  { route: 'POST /m/lookup/batch', url: () => '/m/lookup/batch', body: () => ({ queries: [{ signal_type: 'md5', signal: 'cd'.repeat(16) }] }), lacking: 'supervisor' },
  // The platform registry is shared by every organisation: no 404 for outsiders, only permissions.
  { route: 'GET /platforms', url: () => '/platforms', lacking: 'admin' },
  { route: 'POST /platforms', url: () => '/platforms', body: () => ({ name: 'Isolated platform', category: 'video' }), lacking: 'analyst' },
  { route: 'GET /platforms/resolve', url: () => '/platforms/resolve?url=https://example.org/', lacking: 'auditor' },
  { route: 'GET /platforms/{id}', url: () => '/platforms/1', lacking: 'admin' },
  { route: 'PATCH /platforms/{id}', url: () => '/platforms/1', body: () => ({ notes: 'x' }), lacking: 'analyst' },
  { route: 'POST /platforms/{id}/domains', url: () => '/platforms/1/domains', body: () => ({ domain: 'example.org' }), lacking: 'supervisor' },
  { route: 'DELETE /platforms/{id}/domains/{domain}', url: () => '/platforms/1/domains/example.org', lacking: 'analyst' },
  { route: 'GET /platforms/{id}/infrastructure', url: () => '/platforms/1/infrastructure', lacking: 'auditor' },
  { route: 'PUT /platforms/{id}/infrastructure/{providerId}', url: () => '/platforms/1/infrastructure/1', body: () => ({ role: 'hosting' }), lacking: 'analyst' },
  { route: 'DELETE /platforms/{id}/infrastructure/{providerId}', url: () => '/platforms/1/infrastructure/1', lacking: 'supervisor' },
  { route: 'GET /infrastructure-providers', url: () => '/infrastructure-providers', lacking: 'admin' },
  { route: 'POST /infrastructure-providers', url: () => '/infrastructure-providers', body: () => ({ name: 'Isolated host', kind: 'hosting' }), lacking: 'analyst' },
  { route: 'GET /infrastructure-providers/{id}', url: () => '/infrastructure-providers/1', lacking: 'auditor' },
  { route: 'PATCH /infrastructure-providers/{id}', url: () => '/infrastructure-providers/1', body: () => ({ notes: 'x' }), lacking: 'analyst' },
  { route: 'DELETE /infrastructure-providers/{id}', url: () => '/infrastructure-providers/1', lacking: 'supervisor' },
  // Domain figures are counts across organisations; the graph belongs to an operation.
  { route: 'GET /emerging/domains', url: () => '/emerging/domains', lacking: 'admin' },
  // Another organisation's drill-down counts this organisation's items, never lists them.
  { route: 'GET /emerging/domains/{domain}/items', url: () => '/emerging/domains/isolation.example/items', lacking: 'auditor' },
  { route: 'GET /emerging/candidates', url: () => '/emerging/candidates', lacking: 'auditor' },
  { route: 'POST /emerging/candidates/{domain}/promote', url: () => '/emerging/candidates/isolation.example/promote', body: () => ({ category: 'website' }), lacking: 'analyst' },
  { route: 'POST /emerging/candidates/{domain}/dismiss', url: () => '/emerging/candidates/isolation.example/dismiss', lacking: 'analyst' },
  { route: 'GET /operations/{id}/domain-graph', url: (f) => `/operations/${f.operationId}/domain-graph`, lacking: 'admin', targetsRecord: true },
];

const PUBLIC_ROUTES = new Set(['GET /healthz', 'GET /readyz', 'POST /auth/login', 'POST /setup']);

let t: TestApp;
let fixture: Fixture;
let ownerRoles: Map<Role, Caller>;
let outsider: Caller;

beforeAll(async () => {
  t = await createTestApp();
  const org = await buildOrganisation(t, { kind: 'authority' });
  const admin = await buildSignedInMember(t, org, ['admin']);
  const target = await buildSignedInMember(t, org, ['analyst']);
  const key = (await admin.as.post('/api-keys', { name: 'target-key', scopes: ['read'] })).json();
  const analyst = await buildSignedInMember(t, org, ['analyst']);
  await analyst.as.post('/c/banks', { name: 'ISOLATED_BANK' });
  const marker = 'cd'.repeat(16);
  const content = (await analyst.as.post('/c/bank/ISOLATED_BANK/signal', { md5: marker })).json();
  const coordinator = await buildSignedInMember(t, org, ['coordinator']);
  const operation = (await coordinator.as.post('/operations', { name: 'Isolated operation' })).json();
  const item = (await analyst.as.post('/items', { operationId: operation.id, url: 'https://isolation.example/1', text: 'isolated synthetic text' })).json().item;
  const platform = (await coordinator.as.post('/platforms', { name: 'Isolation referral platform', category: 'video' })).json();
  const referral = (await analyst.as.post('/referrals', { itemId: item.id, platformId: platform.id })).json();
  const hold = (await analyst.as.post('/holds', { clusterId: item.clusterId, reason: 'isolation hold' })).json();
  // A third organisation runs into the hold, which leaves the owner a notification.
  const third = (await buildSignedInMember(t, await buildOrganisation(t, { kind: 'authority' }), ['analyst'])).as;
  const thirdItem = (await third.post('/items', { url: 'https://isolation.example/third', text: 'isolated synthetic text' })).json().item;
  expect((await third.post('/holds', { clusterId: thirdItem.clusterId, reason: 'x' })).json().error.code).toBe('ITEM_HELD');
  const notification = (await analyst.as.get('/notifications')).json().notifications[0];
  fixture = {
    memberId: target.member.id,
    apiKeyId: key.apiKey.id,
    marker: target.email,
    bank: 'ISOLATED_BANK',
    contentId: content.id,
    operationId: operation.id,
    itemId: item.id,
    clusterId: item.clusterId,
    platformId: platform.id,
    holdId: hold.id,
    notificationId: notification.id,
    referralId: referral.id,
  };
  ownerRoles = new Map();
  for (const role of ['admin', 'coordinator', 'analyst', 'supervisor', 'auditor'] as Role[]) {
    ownerRoles.set(role, (await buildSignedInMember(t, org, [role])).as);
  }
  // The outsider holds every role its organisation allows, so only isolation can stop it.
  const other = await buildOrganisation(t, { kind: 'authority' });
  outsider = (await buildSignedInMember(t, other, ['admin', 'coordinator', 'analyst', 'supervisor', 'auditor'])).as;
});
afterAll(async () => {
  await t.close();
});

function send(caller: Caller, rc: RouteCase) {
  const method = rc.route.split(' ')[0] as 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';
  const body = rc.body?.(fixture);
  return caller.request({ method, url: rc.url(fixture), ...(body === undefined ? {} : { payload: body as Record<string, unknown> }) });
}

describe('tenant isolation and permissions on every route', () => {
  it('covers every route of the API', async () => {
    const doc = (await t.app.inject('/openapi.json')).json() as { paths: Record<string, Record<string, { security?: unknown }>> };
    const all = Object.entries(doc.paths).flatMap(([path, ops]) => Object.keys(ops).map((m) => `${m.toUpperCase()} ${path}`));
    const secured = all.filter((r) => !PUBLIC_ROUTES.has(r));
    expect(secured.sort()).toEqual(ROUTES.map((r) => r.route).sort());
    for (const route of PUBLIC_ROUTES) expect(all).toContain(route);
  });

  it('answers 401 to a caller without credentials', async () => {
    for (const rc of ROUTES) {
      const res = await send(anonymous(t), rc);
      expect({ route: rc.route, status: res.statusCode, code: res.json().error?.code }).toEqual({ route: rc.route, status: 401, code: 'UNAUTHENTICATED' });
    }
  });

  it("answers 404 to another organisation's member for this organisation's records", async () => {
    for (const rc of ROUTES.filter((r) => r.targetsRecord)) {
      const res = await send(outsider, rc);
      expect({ route: rc.route, status: res.statusCode, code: res.json().error?.code }).toEqual({ route: rc.route, status: 404, code: 'NOT_FOUND' });
    }
  });

  it("never shows another organisation's records in any answer", async () => {
    for (const rc of ROUTES.filter((r) => !r.targetsRecord && r.route.startsWith('GET'))) {
      const res = await send(outsider, rc);
      expect(res.body, rc.route).not.toContain(fixture.marker);
      expect(res.body, rc.route).not.toContain(fixture.bank);
    }
    // Unshared banks are not searched for other organisations.
    const batch = await outsider.post('/m/lookup/batch', { queries: [{ signal_type: 'md5', signal: 'cd'.repeat(16) }] });
    expect(batch.json().results[0].matches).toEqual({});
  });

  it("answers 403 to a member whose roles lack the route's permission", async () => {
    for (const rc of ROUTES.filter((r) => r.lacking)) {
      const res = await send(ownerRoles.get(rc.lacking!)!, rc);
      expect({ route: rc.route, status: res.statusCode, code: res.json().error?.code }).toEqual({ route: rc.route, status: 403, code: 'FORBIDDEN' });
    }
  });
});
