// The referral side of the demo: agencies refer most items on registered platforms, a second
// member of the same agency approves (four-eyes), the referral is sent, and the platform answers
// — mostly removal, some geo-blocks, rejections and clarifications — so the dashboard and the
// report show a realistic removal rate. Acts as the demo's real members, as people would.
import type { Principal } from '../../core/auth/principal.ts';
import type { OrganisationService } from '../organisations/organisation.service.ts';
import { memberPrincipal } from '../auth/auth.service.ts';
import type { ReferralService } from '../referrals/referral.service.ts';
import type { ReferralEvent } from '../referrals/referral-states.ts';
import type { DemoCatalogue } from './demo-catalogue.ts';
import { Prng } from './prng.ts';

export interface DemoReferralCounts {
  referred: number;
  removed: number;
  geoBlocked: number;
  rejected: number;
  open: number;
}

/** What happens to a referral after it is sent, with the share of referrals it happens to. */
const OUTCOMES: Array<{ weight: number; events: ReferralEvent[] }> = [
  { weight: 62, events: ['acknowledge', 'remove', 'recheck_confirmed'] },
  { weight: 18, events: ['acknowledge', 'remove'] },
  { weight: 5, events: ['acknowledge', 'geo_block'] },
  { weight: 6, events: ['acknowledge', 'reject'] },
  { weight: 3, events: ['acknowledge', 'request_clarification'] },
  { weight: 6, events: [] },
];

export async function seedReferrals(
  deps: { organisations: OrganisationService; referrals: ReferralService },
  catalogue: DemoCatalogue,
  orgIdByKey: Map<string, number>,
  items: Array<{ id: number; submitter: string; registered: boolean }>,
  seed: number,
): Promise<DemoReferralCounts> {
  const rng = new Prng(seed * 7919 + 17);
  const counts: DemoReferralCounts = { referred: 0, removed: 0, geoBlocked: 0, rejected: 0, open: 0 };
  const principals = new Map<string, { analyst: Principal; supervisor: Principal } | null>();
  const forOrganisation = async (key: string) => {
    if (!principals.has(key)) {
      const spec = catalogue.organisations.find((o) => o.key === key);
      const analyst = spec?.members.find((m) => m.roles.includes('analyst'));
      const supervisor = spec?.members.find((m) => m.roles.includes('supervisor'));
      if (!analyst || !supervisor) principals.set(key, null);
      else {
        const a = await deps.organisations.findMemberForAuth({ email: analyst.email });
        const s = await deps.organisations.findMemberForAuth({ email: supervisor.email });
        principals.set(key, a && s ? { analyst: memberPrincipal(a), supervisor: memberPrincipal(s) } : null);
      }
    }
    return principals.get(key) ?? null;
  };
  for (const item of items) {
    // Referrals go to registered platforms; most, not all, items are referred during the day.
    if (!item.registered || rng.next() > 0.85 || !orgIdByKey.has(item.submitter)) continue;
    const people = await forOrganisation(item.submitter);
    if (!people) continue; // an organisation without a supervisor (the NGO) cannot approve
    const referral = await deps.referrals.propose({ actor: people.analyst }, { itemId: item.id, kind: 'voluntary_referral' }).catch(() => null);
    if (!referral) continue;
    await deps.referrals.approve({ actor: people.supervisor }, referral.id);
    await deps.referrals.transition({ actor: people.supervisor }, referral.id, 'send');
    const outcome = rng.weighted(OUTCOMES.map((o) => [o, o.weight] as const));
    for (const event of outcome.events) await deps.referrals.transition({ actor: people.supervisor }, referral.id, event);
    counts.referred++;
    if (outcome.events.includes('remove')) counts.removed++;
    else if (outcome.events.includes('geo_block')) counts.geoBlocked++;
    else if (outcome.events.includes('reject')) counts.rejected++;
    else counts.open++;
  }
  return counts;
}
