// What a bank, its entries and their signals are, as the rest of Vigil sees them.

export type BankAccess = 'owner' | 'contribute' | 'read';

export interface Bank {
  id: number;
  organisationId: number;
  name: string;
  description: string;
  enabled: boolean;
  isNegative: boolean;
  pdqThreshold: number | null;
  createdAt: Date;
  updatedAt: Date;
  /** The caller's access, when read on someone's behalf. */
  access?: BankAccess;
}

export interface BankSignal {
  id: number;
  signalType: string;
  value: string;
  quality: number | null;
}

export interface BankContent {
  id: number;
  bankId: number;
  note: string;
  category: string | null;
  tags: string[];
  metadata: Record<string, unknown>;
  source: string | null;
  sourceId: string | null;
  enabled: boolean;
  disabledUntil: Date | null;
  quarantinedAt: Date | null;
  quarantineReason: string | null;
  createdAt: Date;
  updatedAt: Date;
  signals: BankSignal[];
}

export interface BankShare {
  organisationId: number;
  access: 'read' | 'contribute';
  createdAt: Date;
}

/**
 * A change a matcher must apply to its in-memory index and directory: a signal added or removed, or
 * the state of its entry changed (the entry's state is read with the change, as it is now).
 */
export interface SignalChange {
  seq: number;
  signalId: number;
  contentId: number;
  bankId: number;
  signalType: string;
  value: string;
  quality: number | null;
  /** The signal or its entry is deleted. */
  deleted: boolean;
  /** The entry is deleted (all its signals go). */
  contentDeleted: boolean;
  /** The entry is enabled; when not, it answers again from disabledUntil, if set. */
  enabled: boolean;
  disabledUntil: Date | null;
  quarantined: boolean;
}

/** What a matcher holds of each live bank: enough to decide, without the database, who it answers. */
export interface MatchableBank {
  id: number;
  organisationId: number;
  name: string;
  enabled: boolean;
  isNegative: boolean;
  pdqThreshold: number | null;
  /** Organisations the bank is shared with (read or contribute). */
  sharedWith: number[];
}

/** An entry's matches this hour (all processes, as flushed) and its hourly baseline over the past week. */
export interface EntryMatchCount {
  contentId: number;
  thisHour: number;
  baselinePerHour: number;
}
