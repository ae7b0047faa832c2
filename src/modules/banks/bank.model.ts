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

/** A change a matcher must apply to its in-memory index. */
export interface SignalChange {
  seq: number;
  signalId: number;
  signalType: string;
  value: string;
  quality: number | null;
  deleted: boolean;
}
