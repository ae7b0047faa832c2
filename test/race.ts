// The set-up of the race tests (holds against referrals, holds against cluster merges): two apps on
// two connection pools of one database, as two processes would be; a referring organisation with a
// coordinator who registered one platform; and another organisation's analyst (the holder),
// signed in on both apps. `race` starts two requests together, in alternating order.
import { expect } from 'vitest';
import type { LightMyRequestResponse } from 'fastify';
import { createContainer } from '../src/container.ts';
import type { Database } from '../src/core/db/index.ts';
import { buildApp } from '../src/http/app.ts';
import type { App } from '../src/http/types.ts';
import type { Organisation } from '../src/modules/organisations/organisation.model.ts';
import { buildMember, buildOrganisation, buildSignedInMember, signIn, type Caller } from './factories.ts';
import { createTestApp, type TestApp } from './test-app.ts';
import { testConfig } from './test-config.ts';

export interface RaceSetup {
  t: TestApp;
  /** The referring organisation (an authority); its members are the test's to build. */
  referrer: Organisation;
  /** The holding organisation's analyst, on the second app and pool. */
  holder: Caller;
  /** The same analyst on the first app. */
  holderOnFirst: Caller;
  close(): Promise<void>;
}

/** Builds the set-up, with a platform `platform.name` on `platform.domain` in the registry. */
export async function startRace(platform: { name: string; domain: string }): Promise<RaceSetup> {
  const t = await createTestApp();
  let otherDb: Database | undefined;
  let otherApp: App | undefined;
  const close = async () => {
    await otherApp?.close();
    await otherDb?.close();
    await t.close();
  };
  try {
    otherDb = await t.db.openAnother();
    otherApp = await buildApp(createContainer({ config: testConfig(), db: otherDb, clock: t.clock }));
    await otherApp.ready();
    const referrer = await buildOrganisation(t, { kind: 'authority' });
    const holderMember = await buildMember(t, await buildOrganisation(t, { kind: 'authority' }), ['analyst']);
    const holder = await signIn({ ...t, app: otherApp }, holderMember);
    const holderOnFirst = await signIn(t, holderMember);
    const coordinator = (await buildSignedInMember(t, referrer, ['coordinator'])).as;
    expect((await coordinator.post('/platforms', { name: platform.name, category: 'video', domains: [platform.domain] })).statusCode).toBe(201);
    return { t, referrer, holder, holderOnFirst, close };
  } catch (e) {
    await close();
    throw e;
  }
}

/** Starts both requests together, `a` first in even rounds and `b` first in odd ones, and waits for both. */
export async function race(i: number, a: () => Promise<LightMyRequestResponse>, b: () => Promise<LightMyRequestResponse>): Promise<[LightMyRequestResponse, LightMyRequestResponse]> {
  if (i % 2 === 0) return Promise.all([a(), b()]);
  const [rb, ra] = await Promise.all([b(), a()]);
  return [ra, rb];
}
