// Pieces shared by the referral pages (referrals, referral, approvals, holds, notifications and the
// platform portal): look-ups of platform and operation names, actor wording, and error messages
// that say plainly what a refusal means (a hold by another organisation, four-eyes, a state move).
import { useQuery } from '@tanstack/react-query';
import { api, ApiRequestError, errorMessage, unwrap, type paths } from '../api/client';
import { FormError } from '../components/form-error';
import type { Platform } from '../components/platform-map';
import { useSession } from '../session';
import './referrals.css';

export type Operation = paths['/operations']['get']['responses'][200]['content']['application/json']['operations'][number];
export type ActorRef = paths['/referrals/{id}']['get']['responses'][200]['content']['application/json']['proposedBy'];

export function platformName(platforms: Map<number, Platform>, id: number | null): string {
  if (id == null) return '—';
  return platforms.get(id)?.name ?? `Platform #${id}`;
}

export function useOperations() {
  const { can } = useSession();
  return useQuery({
    queryKey: ['operations', 'all'],
    enabled: can('operations:read'),
    staleTime: 60_000,
    queryFn: () => unwrap(api.GET('/operations', {})),
  });
}

export const ACTOR_KIND_LABELS: Record<ActorRef['type'], string> = {
  member: 'member',
  api_key: 'API key',
  system: 'Vigil',
};

/** "Dana Example (member)", "intake-bot (API key)", "overdue sweep (Vigil)". */
export function actorText(actor: ActorRef): string {
  return `${actor.label} (${ACTOR_KIND_LABELS[actor.type]})`;
}

/** What a refused action means, in words, with the API's code kept for support. */
export function refusal(error: unknown): string {
  const code = error instanceof ApiRequestError ? error.code : undefined;
  switch (code) {
    case 'ITEM_HELD':
      return 'Blocked by a hold: another organisation holds this content (the item, its URL or its cluster), so it cannot be referred now. The holder has been told who tried; talk to them, or wait until the hold is released or expires. (ITEM_HELD)';
    case 'FOUR_EYES_REQUIRED':
      return 'Four-eyes rule: a referral must be approved by a supervisor other than the member who proposed it. (FOUR_EYES_REQUIRED)';
    case 'INVALID_STATE_TRANSITION':
      return 'This move is not possible from the referral’s current state; it may have changed meanwhile. Reload to see where it is. (INVALID_STATE_TRANSITION)';
    case 'REFERRAL_ALREADY_OPEN':
      return 'Your organisation already has an open referral of this item to this recipient. (REFERRAL_ALREADY_OPEN)';
    default:
      return errorMessage(error);
  }
}

/** A refused action's error in plain words (refusal), boxed when a hold blocked it. */
export function RefusalError({ error }: { error: unknown }) {
  const held = error instanceof ApiRequestError && error.code === 'ITEM_HELD';
  return <FormError error={error} describe={refusal} className={held ? 'rf-form-error--held' : undefined} />;
}

export type Notification = paths['/notifications']['get']['responses'][200]['content']['application/json']['notifications'][number];

const CONFLICT_ACTIONS: Record<string, string> = {
  hold_attempted: 'tried to hold',
  referral_proposed: 'tried to propose a referral of',
  referral_approved: 'tried to approve a referral of',
};

/**
 * "Agency B tried to propose a referral of item #4, which your organisation holds (hold #2)." or,
 * at intake, "Agency B submitted 3 items on Example Tube that your hold #2 covers (operation …)."
 */
export function conflictText(n: Notification): string {
  const p = n.payload;
  const who = typeof p.organisationName === 'string' ? p.organisationName : `Organisation #${String(p.organisationId ?? '?')}`;
  if (p.action === 'item_submitted') {
    const count = typeof p.items === 'number' && p.items > 1 ? `${p.items} items` : 'an item';
    const where = typeof p.platformName === 'string' ? ` on ${p.platformName}` : '';
    const operation = typeof p.operationName === 'string' ? ` in operation “${p.operationName}”` : p.inOperation === false ? ' in an operation your organisation is not part of' : '';
    return `${who} submitted ${count}${where}${operation} that your hold #${String(p.holdId ?? '?')} covers. Their referral of it is blocked while the hold stands.`;
  }
  const action = CONFLICT_ACTIONS[String(p.action)] ?? 'ran into';
  const what = typeof p.itemId === 'number' ? `item #${p.itemId}` : typeof p.clusterId === 'number' ? `cluster #${p.clusterId}` : 'held content';
  return `${who} ${action} ${what}, which your organisation holds (hold #${String(p.holdId ?? '?')}).`;
}
