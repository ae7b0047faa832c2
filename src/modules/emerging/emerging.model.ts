// What the emerging-platforms module reports: per-domain figures, candidate platforms and the
// operation's domain graph. Counts only: nothing here names another organisation's item.

export const CANDIDATE_STATUSES = ['candidate', 'promoted', 'dismissed'] as const;
export type CandidateStatus = (typeof CANDIDATE_STATUSES)[number];

export interface DomainStats {
  domain: string;
  firstSeen: Date;
  lastSeen: Date;
  /** Items whose own URL is on the domain or whose text links to it. */
  items: number;
  /** Out-links to the domain. */
  links: number;
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
