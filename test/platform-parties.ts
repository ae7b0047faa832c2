// The parties of a platform-side test: a competent authority (analyst, supervisor), the platform
// organisation operating one platform (liaison), another platform organisation with its own
// platform (otherLiaison), and an outsider authority (supervisor and analyst). Members keep their
// passwords so that tests which move the clock by months can sign everyone in again.
import type { Organisation } from '../src/modules/organisations/organisation.model.ts';
import { buildOrganisation, buildSignedInMember, signIn, type Caller, type TestMember } from './factories.ts';
import type { TestApp } from './test-app.ts';

export type PartyName = 'analyst' | 'supervisor' | 'liaison' | 'otherLiaison' | 'outsider';

export interface PlatformParties {
  iru: Organisation;
  operator: Organisation;
  members: Record<PartyName, TestMember>;
  /** Signed-in callers; `resignIn` replaces them. */
  as: Record<PartyName, Caller>;
  resignIn(): Promise<void>;
}

export async function buildPlatformParties(t: TestApp, platform: { name: string; domain: string }): Promise<PlatformParties> {
  const iru = await buildOrganisation(t, { kind: 'authority', competentAuthority: true });
  const coordinator = (await buildSignedInMember(t, iru, ['coordinator'])).as;
  const operator = await buildOrganisation(t, { kind: 'platform' });
  const other = await buildOrganisation(t, { kind: 'platform' });
  const spec: Array<[PartyName, Organisation, Parameters<typeof buildSignedInMember>[2]]> = [
    ['analyst', iru, ['analyst']],
    ['supervisor', iru, ['supervisor']],
    ['liaison', operator, ['liaison']],
    ['otherLiaison', other, ['liaison']],
    ['outsider', await buildOrganisation(t, { kind: 'authority' }), ['supervisor', 'analyst']],
  ];
  const members = {} as Record<PartyName, TestMember>;
  const as = {} as Record<PartyName, Caller>;
  for (const [name, org, roles] of spec) {
    const m = await buildSignedInMember(t, org, roles);
    members[name] = m;
    as[name] = m.as;
  }
  for (const [name, domain, operatorOrganisationId] of [[platform.name, platform.domain, operator.id], [`Other ${platform.name}`, `other-${platform.domain}`, other.id]] as const) {
    const res = await coordinator.post('/platforms', { name, category: 'video', domains: [domain], operatorOrganisationId });
    if (res.statusCode !== 201) throw new Error(`platform: ${res.statusCode} ${res.body}`);
  }
  return {
    iru,
    operator,
    members,
    as,
    async resignIn() {
      for (const name of Object.keys(members) as PartyName[]) as[name] = await signIn(t, members[name]);
    },
  };
}
