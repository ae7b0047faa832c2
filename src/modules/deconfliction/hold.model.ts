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

/**
 * How an item another organisation submitted met a hold: its URL is the held item's, it joined the
 * held cluster, or it joined the cluster of the held item (the same content elsewhere, which that
 * hold does not block).
 */
export const INTAKE_MATCHES = ['url', 'cluster', 'held_item_cluster'] as const;
export type IntakeMatch = (typeof INTAKE_MATCHES)[number];

/** What the holder is told of content another organisation submitted: never the item, its URL or its notes. */
export interface IntakeSighting {
  matchedBy: IntakeMatch;
  /** Items of that organisation this notice stands for: 1, or more when earlier ones fell in the quiet window. */
  items: number;
  platform: { id: number; name: string } | null;
  /** Whether the item was submitted to an operation, and which one if the holder takes part in it. */
  inOperation: boolean;
  operation: { id: number; name: string } | null;
}

export interface Notification {
  id: number;
  organisationId: number;
  kind: string;
  payload: Record<string, unknown>;
  createdAt: Date;
  readAt: Date | null;
}
