// What an operation is: a time-boxed, multi-agency effort with participants and a status.

export type OperationStatus = 'planned' | 'live' | 'closed';

export interface OperationScope {
  groups?: string[];
  languages?: string[];
  notes?: string;
}

export interface Operation {
  id: number;
  organisationId: number;
  name: string;
  description: string;
  startsAt: Date;
  endsAt: Date;
  status: OperationStatus;
  scope: OperationScope;
  participantIds: number[];
  createdAt: Date;
  updatedAt: Date;
  openedAt: Date | null;
  closedAt: Date | null;
}

/** Allowed status changes: planned → live → closed. */
export const OPERATION_TRANSITIONS: Readonly<Record<OperationStatus, readonly OperationStatus[]>> = {
  planned: ['live', 'closed'],
  live: ['closed'],
  closed: [],
};
