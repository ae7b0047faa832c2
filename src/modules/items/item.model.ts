// What an item is: one piece of content at one location, submitted by one organisation.

export const ITEM_TIERS = ['threat_to_life', 'crisis', 'designated_group_propaganda', 'promotional'] as const;
export type ItemTier = (typeof ITEM_TIERS)[number];

export const ITEM_STATUSES = ['new', 'assessed', 'dismissed'] as const;
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
  notes: string;
  status: ItemStatus;
  capturedAt: Date | null;
  clusterId: number | null;
  createdAt: Date;
  updatedAt: Date;
  signals: ItemSignal[];
  media: ItemMedia[];
}

export interface ClusterSummary {
  id: number;
  itemCount: number;
  platformCount: number;
  domains: string[];
  organisationCount: number;
  /** The caller's own items in the cluster; other organisations' items are counted, not shown. */
  ownItemIds: number[];
}
