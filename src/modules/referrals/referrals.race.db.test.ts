// Races a hold against a referral many times, from two processes' worth of connection pools on
// PostgreSQL: a hold that committed first must always stop the referral. The audit trail's gapless
// `seq` is taken under a lock held to commit, so it gives the order the two transactions committed.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSignedInMember, type Caller } from '../../../test/factories.ts';
import { race, startRace, type RaceSetup } from '../../../test/race.ts';
import type { TestApp } from '../../../test/test-app.ts';
import { onPostgres } from '../../../test/test-database.ts';

const ROUNDS = 40;

describe.skipIf(!onPostgres)('holds and referrals racing on PostgreSQL', () => {
  let setup: RaceSetup;
  let t: TestApp;
  let analyst: Caller;
  let supervisor: Caller;
  /** The holding organisation's analyst, talking to the second app and pool. */
  let holder: Caller;
  let holderOnFirst: Caller;

  beforeAll(async () => {
    setup = await startRace({ name: 'Race Tube', domain: 'race.example' });
    ({ t, holder, holderOnFirst } = setup);
    analyst = (await buildSignedInMember(t, setup.referrer, ['analyst'])).as;
    supervisor = (await buildSignedInMember(t, setup.referrer, ['supervisor'])).as;
  });
  afterAll(async () => {
    await setup?.close();
  });

  async function seqOf(action: string, targetId: number): Promise<number | null> {
    const { rows } = await t.db.query<{ seq: number }>('select seq from audit_events where action = $1 and target_id = $2', [action, String(targetId)]);
    return rows[0]?.seq ?? null;
  }

  it('never approves a referral after a hold on its cluster committed', async () => {
    const outcomes = { approvedFirst: 0, heldFirst: 0 };
    for (let i = 0; i < ROUNDS; i++) {
      const text = `Synthetic race text ${i} ${Date.now()}: a fictional group's fictional post, for a concurrency test.`;
      const mine = (await analyst.post('/items', { url: `https://race.example/c/${i}/a`, text })).json().item;
      const theirs = (await holderOnFirst.post('/items', { url: `https://race.example/c/${i}/b`, text })).json().item;
      expect(theirs.clusterId).toBe(mine.clusterId);
      const referral = (await analyst.post('/referrals', { itemId: mine.id })).json();
      const [hold, approval] = await race(
        i,
        () => holder.post('/holds', { clusterId: theirs.clusterId, reason: `race ${i}` }),
        () => supervisor.post(`/referrals/${referral.id}/approve`),
      );
      expect(hold.statusCode, hold.body).toBe(201);
      const holdSeq = (await seqOf('hold.placed', hold.json().id))!;
      if (approval.statusCode === 200) {
        expect((await seqOf('referral.approved', referral.id))!).toBeLessThan(holdSeq);
        outcomes.approvedFirst++;
      } else {
        expect(approval.json().error.code, approval.body).toBe('ITEM_HELD');
        expect((await supervisor.get(`/referrals/${referral.id}`)).json().state).toBe('proposed');
        outcomes.heldFirst++;
      }
    }
    expect(outcomes.approvedFirst + outcomes.heldFirst).toBe(ROUNDS);
  });

  it("never creates a referral after a hold on the item's URL committed", async () => {
    const outcomes = { proposedFirst: 0, heldFirst: 0 };
    for (let i = 0; i < ROUNDS; i++) {
      const url = `https://race.example/u/${i}`;
      const held = (await holderOnFirst.post('/items', { url })).json().item;
      const mine = (await analyst.post('/items', { url })).json().item;
      const [hold, proposal] = await race(
        i,
        () => holder.post('/holds', { itemId: held.id, reason: `race ${i}` }),
        () => analyst.post('/referrals', { itemId: mine.id }),
      );
      expect(hold.statusCode, hold.body).toBe(201);
      const holdSeq = (await seqOf('hold.placed', hold.json().id))!;
      if (proposal.statusCode === 201) {
        expect((await seqOf('referral.proposed', proposal.json().id))!).toBeLessThan(holdSeq);
        outcomes.proposedFirst++;
      } else {
        expect(proposal.json().error.code, proposal.body).toBe('ITEM_HELD');
        outcomes.heldFirst++;
      }
    }
    expect(outcomes.proposedFirst + outcomes.heldFirst).toBe(ROUNDS);
  });
});
