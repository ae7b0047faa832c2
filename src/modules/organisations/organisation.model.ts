// What an organisation and a member are, as the rest of Vigil sees them.
import type { OrganisationKind, Role } from '../../core/auth/permissions.ts';

export interface Organisation {
  id: number;
  name: string;
  kind: OrganisationKind;
  competentAuthority: boolean;
  country: string | null;
  createdAt: Date;
  updatedAt: Date;
}

export interface Member {
  id: number;
  organisationId: number;
  email: string;
  displayName: string;
  roles: Role[];
  settings: Record<string, unknown>;
  disabledAt: Date | null;
  createdAt: Date;
  updatedAt: Date;
}

export interface MemberWithSecret extends Member {
  passwordHash: string | null;
  organisation: Organisation;
}
