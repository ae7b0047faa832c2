// Races a hold on a cluster against an intake that merges that cluster into an older one, from two
// processes' worth of connection pools on PostgreSQL: whichever commits first, the hold ends up on
// the surviving cluster and blocks another organisation's referral of any of its items.
import { randomBytes } from 'node:crypto';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LightMyRequestResponse } from 'fastify';
import { buildSignedInMember, type Caller } from '../../../test/factories.ts';
import { multipart } from '../../../test/multipart.ts';
import { race, startRace, type RaceSetup } from '../../../test/race.ts';
import { onPostgres } from '../../../test/test-database.ts';

const ROUNDS = 40;

/** Random pixels: unlike the gradient test images, no two are near each other in PDQ, so every round makes its own cluster. */
const noiseImage = (): Promise<Buffer> => sharp(randomBytes(160 * 120 * 3), { raw: { width: 160, height: 120, channels: 3 } }).png().toBuffer();

describe.skipIf(!onPostgres)('holds and cluster merges racing on PostgreSQL', () => {
  let setup: RaceSetup;
  let partner: Caller;
  /** The holding organisation's analyst, talking to the second app and pool. */
  let holder: Caller;
  let holderOnFirst: Caller;

  beforeAll(async () => {
    setup = await startRace({ name: 'Merge Race Tube', domain: 'mergerace.example' });
    ({ holder, holderOnFirst } = setup);
    partner = (await buildSignedInMember(setup.t, setup.referrer, ['analyst'])).as;
  });
  afterAll(async () => {
    await setup?.close();
  });

  const media = async (caller: Caller, image: Buffer, fields: Record<string, string>): Promise<LightMyRequestResponse> => caller.request({ method: 'POST', url: '/items/media', ...multipart(image, 'still.png', fields) });

  it('never leaves a hold on a cluster that was merged away', { timeout: 300_000 }, async () => {
    for (let i = 0; i < ROUNDS; i++) {
      const text = `Synthetic merge race text ${i} ${Date.now()}: a fictional post, for a concurrency test.`;
      const image = await noiseImage();
      const older = (await partner.post('/items', { url: `https://mergerace.example/t/${i}`, text })).json().item;
      const held = (await media(holderOnFirst, image, { url: `https://mergerace.example/i/${i}` })).json().item;
      expect(held.clusterId).toBeGreaterThan(older.clusterId);
      const [hold, bridge] = await race(
        i,
        () => holder.post('/holds', { clusterId: held.clusterId, reason: `race ${i}` }),
        () => media(partner, image, { url: `https://mergerace.example/b/${i}`, text }),
      );
      expect(hold.statusCode, hold.body).toBe(201);
      expect(bridge.statusCode, bridge.body).toBe(201);
      expect(bridge.json().item.clusterId).toBe(older.clusterId);
      const now = (await holderOnFirst.get('/holds?status=active')).json().holds.find((h: { id: number }) => h.id === hold.json().id);
      expect(now.clusterId).toBe(older.clusterId);
      expect((await partner.post('/referrals', { itemId: older.id })).json().error.code).toBe('ITEM_HELD');
      expect((await holderOnFirst.delete(`/holds/${hold.json().id}`)).statusCode).toBe(200);
    }
  });
});
