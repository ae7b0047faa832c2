// Races a hold on a cluster against an intake that merges that cluster into an older one, from two
// processes' worth of connection pools on PostgreSQL: whichever commits first, the hold ends up on
// the surviving cluster and blocks another organisation's referral of any of its items.
import { randomBytes } from 'node:crypto';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LightMyRequestResponse } from 'fastify';
import { createContainer } from '../../container.ts';
import type { Database } from '../../core/db/index.ts';
import { buildApp } from '../../http/app.ts';
import type { App } from '../../http/types.ts';
import { buildMember, buildOrganisation, buildSignedInMember, signIn, type Caller } from '../../../test/factories.ts';
import { multipart } from '../../../test/multipart.ts';
import { createTestApp, type TestApp } from '../../../test/test-app.ts';
import { testConfig } from '../../../test/test-config.ts';
import { onPostgres } from '../../../test/test-database.ts';

const ROUNDS = 40;

/** Random pixels: unlike the gradient test images, no two are near each other in PDQ, so every round makes its own cluster. */
const noiseImage = (): Promise<Buffer> => sharp(randomBytes(160 * 120 * 3), { raw: { width: 160, height: 120, channels: 3 } }).png().toBuffer();

describe.skipIf(!onPostgres)('holds and cluster merges racing on PostgreSQL', () => {
  let t: TestApp;
  let otherDb: Database;
  let otherApp: App;
  let partner: Caller;
  /** The holding organisation's analyst, talking to the second app and pool. */
  let holder: Caller;
  let holderOnFirst: Caller;

  beforeAll(async () => {
    t = await createTestApp();
    otherDb = await t.db.openAnother();
    otherApp = await buildApp(createContainer({ config: testConfig(), db: otherDb, clock: t.clock }));
    await otherApp.ready();
    const partnerOrg = await buildOrganisation(t, { kind: 'authority' });
    partner = (await buildSignedInMember(t, partnerOrg, ['analyst'])).as;
    const holderMember = await buildMember(t, await buildOrganisation(t, { kind: 'authority' }), ['analyst']);
    holder = await signIn({ ...t, app: otherApp }, holderMember);
    holderOnFirst = await signIn(t, holderMember);
    const coordinator = (await buildSignedInMember(t, partnerOrg, ['coordinator'])).as;
    expect((await coordinator.post('/platforms', { name: 'Merge Race Tube', category: 'video', domains: ['mergerace.example'] })).statusCode).toBe(201);
  });
  afterAll(async () => {
    await otherApp?.close();
    await otherDb?.close();
    await t?.close();
  });

  const media = async (caller: Caller, image: Buffer, fields: Record<string, string>): Promise<LightMyRequestResponse> => caller.request({ method: 'POST', url: '/items/media', ...multipart(image, 'still.png', fields) });

  it('never leaves a hold on a cluster that was merged away', { timeout: 300_000 }, async () => {
    for (let i = 0; i < ROUNDS; i++) {
      const text = `Synthetic merge race text ${i} ${Date.now()}: a fictional post, for a concurrency test.`;
      const image = await noiseImage();
      const older = (await partner.post('/items', { url: `https://mergerace.example/t/${i}`, text })).json().item;
      const held = (await media(holderOnFirst, image, { url: `https://mergerace.example/i/${i}` })).json().item;
      expect(held.clusterId).toBeGreaterThan(older.clusterId);
      const [a, b] = [() => holder.post('/holds', { clusterId: held.clusterId, reason: `race ${i}` }), () => media(partner, image, { url: `https://mergerace.example/b/${i}`, text })];
      const [hold, bridge] = i % 2 === 0 ? await Promise.all([a(), b()]) : (await Promise.all([b(), a()])).reverse();
      expect(hold!.statusCode, hold!.body).toBe(201);
      expect(bridge!.statusCode, bridge!.body).toBe(201);
      expect(bridge!.json().item.clusterId).toBe(older.clusterId);
      const now = (await holderOnFirst.get('/holds?status=active')).json().holds.find((h: { id: number }) => h.id === hold!.json().id);
      expect(now.clusterId).toBe(older.clusterId);
      expect((await partner.post('/referrals', { itemId: older.id })).json().error.code).toBe('ITEM_HELD');
      expect((await holderOnFirst.delete(`/holds/${hold!.json().id}`)).statusCode).toBe(200);
    }
  });
});
