// What the emerging-platforms module reports: per-domain figures, candidate platforms, the
// operation's domain graph and the drill-down behind one domain. Across organisations, counts
// only: nothing here names another organisation's item.

export const CANDIDATE_STATUSES = ['candidate', 'promoted', 'dismissed'] as const;
export type CandidateStatus = (typeof CANDIDATE_STATUSES)[number];

/** Where an item refers to a domain: its own URL, a link in its text, a link in its captured page text. */
export const REFERENCE_SOURCES = ['url', 'text', 'page_text'] as const;
export type ReferenceSource = (typeof REFERENCE_SOURCES)[number];

export interface DomainStats {
  /**
   * The counted name: the registrable domain, or, under a shared hosting domain (one the registry
   * holds full hosts under), the registered full host or the item's own host.
   */
  domain: string;
  firstSeen: Date;
  lastSeen: Date;
  /** Items whose own URL is on the domain or whose text or page text links to it. */
  items: number;
  /** Out-links to the domain (one per item and URL, wherever found). */
  links: number;
  /** Items per source of the reference; an item may count under several. */
  sources: Record<ReferenceSource, number>;
  operations: number;
  organisations: number;
  /** The registered platform the domain leads to, or null. */
  platformId: number | null;
  candidateStatus: CandidateStatus | null;
  promotedPlatformId: number | null;
  alertedAt: Date | null;
  decidedAt: Date | null;
}

export type GraphNodeKind = 'platform' | 'candidate' | 'unknown';

export interface DomainGraph {
  operationId: number;
  nodes: { domain: string; kind: GraphNodeKind; platformId?: number; items: number }[];
  edges: { from: string; to: string; links: number }[];
}

/** One of the caller's own items behind a domain. */
export interface DomainItem {
  itemId: number;
  url: string;
  operationId: number | null;
  sources: ReferenceSource[];
  firstSeen: Date;
}

/** The items behind one domain, as far as the caller's organisation may see them. */
export interface DomainDrillDown {
  domain: string;
  stats: DomainStats;
  /** The caller's own items, by id. */
  items: DomainItem[];
  nextAfter: number | null;
  /** In each operation the caller's organisation takes part in: items per participating organisation (counts). */
  operations: { operationId: number; items: number; organisations: { organisationId: number; items: number }[] }[];
  /** Other organisations' items outside those operations: a count only. */
  elsewhere: number;
}
