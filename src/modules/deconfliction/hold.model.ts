// What a deconfliction hold and a notification are. A hold is one organisation's claim on an item
// (and so on its URL) or on a whole cluster; its reason is the holder's alone.

export interface Hold {
  id: number;
  organisationId: number;
  itemId: number | null;
  /** The held item's canonical URL; null for a cluster hold. */
  itemUrl: string | null;
  clusterId: number | null;
  reason: string;
  expiresAt: Date | null;
  releasedAt: Date | null;
  releasedBy: string | null;
  createdBy: string;
  createdAt: Date;
}

export const HOLD_STATUSES = ['active', 'released', 'expired'] as const;
export type HoldStatus = (typeof HOLD_STATUSES)[number];

export interface HoldView extends Hold {
  status: HoldStatus;
}

/** A hold stops blocking once released or once its expiry has passed. */
export function holdStatus(h: Pick<Hold, 'releasedAt' | 'expiresAt'>, now: Date): HoldStatus {
  if (h.releasedAt) return 'released';
  if (h.expiresAt && h.expiresAt <= now) return 'expired';
  return 'active';
}

/** What a hold can cover: an item (matched by id and by URL) and the cluster it belongs to. */
export interface HoldTarget {
  itemId: number | null;
  url: string | null;
  clusterId: number | null;
}

/** What another organisation was doing when it ran into a hold; the holder is told. */
export const CONFLICT_ACTIONS = ['hold_attempted', 'referral_proposed', 'referral_approved'] as const;
export type ConflictAction = (typeof CONFLICT_ACTIONS)[number];

export interface Notification {
  id: number;
  organisationId: number;
  kind: string;
  payload: Record<string, unknown>;
  createdAt: Date;
  readAt: Date | null;
}
