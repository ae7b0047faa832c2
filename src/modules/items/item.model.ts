// What an item is: one piece of content at one location, submitted by one organisation.

export const ITEM_TIERS = ['threat_to_life', 'crisis', 'designated_group_propaganda', 'promotional'] as const;
export type ItemTier = (typeof ITEM_TIERS)[number];

export const ITEM_STATUSES = ['new', 'assessed', 'dismissed'] as const;

/** The longest captured page text accepted, in characters. */
export const PAGE_TEXT_MAX_LENGTH = 200_000;
export type ItemStatus = (typeof ITEM_STATUSES)[number];

export interface ItemSignal {
  signalType: string;
  value: string;
  quality: number | null;
}

export interface ItemMedia {
  id: number;
  sha256: string;
  byteSize: number;
  contentType: string;
  format: string | null;
  filename: string | null;
}

export interface Item {
  id: number;
  organisationId: number;
  operationId: number | null;
  url: string;
  submittedUrl: string;
  host: string;
  registrableDomain: string | null;
  platformId: number | null;
  language: string | null;
  groupName: string | null;
  category: string | null;
  tier: ItemTier | null;
  legalBasis: string | null;
  textContent: string | null;
  /** The text of the page at capture, apart from the item's own text. */
  pageText: string | null;
  notes: string;
  status: ItemStatus;
  capturedAt: Date | null;
  clusterId: number | null;
  createdAt: Date;
  updatedAt: Date;
  signals: ItemSignal[];
  media: ItemMedia[];
}

/** Whose active hold covers an item (by the item, its URL or its cluster), as its submitter may know it. */
export const HELD_BY = ['own_organisation', 'another_organisation'] as const;
export type HeldBy = (typeof HELD_BY)[number];

/**
 * An item as its submitting organisation reads it: with the deconfliction indicator. `heldBy` is
 * `another_organisation` when any other organisation holds it (a referral by the caller is refused
 * with ITEM_HELD), else `own_organisation` when only the caller's organisation does; never who.
 */
export interface ItemView extends Item {
  held: boolean;
  heldBy: HeldBy | null;
}

/** Clusters merged at one intake: `absorbed` now resolve to `into`. */
export interface ClusterMerge {
  into: number;
  absorbed: number[];
}

export interface ClusterSummary {
  /** The cluster as it is now: for an absorbed cluster, the one it was merged into. */
  id: number;
  /** Clusters merged into this one; asking for any of them answers with this cluster. */
  mergedClusterIds: number[];
  itemCount: number;
  platformCount: number;
  domains: string[];
  organisationCount: number;
  /** The caller's own items in the cluster; other organisations' items are counted, not shown. */
  ownItemIds: number[];
}
