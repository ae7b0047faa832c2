// Who may do what: the roles of PRODUCT.md §2, the permissions each grants, which organisation kinds
// may hold each role, and the scopes an API key may carry. docs/roles.md is rendered from here.

export const ORGANISATION_KINDS = ['authority', 'ngo', 'platform'] as const;
export type OrganisationKind = (typeof ORGANISATION_KINDS)[number];

export const ROLES = ['admin', 'coordinator', 'analyst', 'supervisor', 'liaison', 'auditor'] as const;
export type Role = (typeof ROLES)[number];

export const PERMISSIONS = {
  'organisation:read': 'See the own organisation and its members',
  'members:manage': "Create members, change their roles, disable them",
  'api_keys:manage': 'Create, list and revoke API keys',
  'audit:read': "Read, export and verify the organisation's audit trail",
  'reports:read': 'Read operation and transparency reports',
  'operations:read': 'See operations the organisation takes part in, and their live figures',
  'operations:manage': 'Create operations, invite organisations, open and close them',
  'platforms:read': 'Read the platform registry',
  'platforms:manage': 'Add and edit platforms and infrastructure providers',
  'items:read': 'Read items, clusters and signals',
  'items:submit': 'Submit items (form, bulk file, API)',
  'items:assess': 'Assess items: group, category, tier, language, legal basis',
  'holds:manage': 'Place and release deconfliction holds',
  'referrals:read': 'Read referrals',
  'referrals:propose': 'Propose referrals',
  'referrals:approve': 'Approve referrals proposed by someone else (four-eyes)',
  'removal_orders:issue': 'Issue TCO removal orders (competent authorities only)',
  'referrals:respond': 'Receive and answer referrals and orders addressed to the own platform',
  'webhooks:manage': "Manage the platform's delivery endpoints and their secrets",
  'banks:read': 'Read hash banks shared with the organisation',
  'banks:manage': "Create banks and change their contents",
  'hashes:lookup': 'Check media and hashes against shared banks (upload checks)',
  'notifications:read': "Read the organisation's notifications (holds run into, candidate platforms, overdue orders)",
  'notifications:manage': 'Mark notifications read',
} as const;
export type Permission = keyof typeof PERMISSIONS;

interface RoleDefinition {
  description: string;
  kinds: readonly OrganisationKind[];
  permissions: readonly Permission[];
}

export const ROLE_DEFINITIONS: Record<Role, RoleDefinition> = {
  admin: {
    description: "Manages the organisation's members, API keys and settings",
    kinds: ORGANISATION_KINDS,
    permissions: ['notifications:read', 'notifications:manage', 'organisation:read', 'members:manage', 'api_keys:manage'],
  },
  coordinator: {
    description: 'Creates operations, invites organisations, watches the dashboard, publishes the report',
    kinds: ['authority'],
    permissions: ['notifications:read', 'notifications:manage', 'organisation:read', 'operations:read', 'operations:manage', 'platforms:read', 'platforms:manage', 'items:read', 'referrals:read', 'reports:read', 'banks:read'],
  },
  analyst: {
    description: 'Submits and assesses items, proposes referrals, places holds',
    kinds: ['authority', 'ngo'],
    permissions: ['notifications:read', 'notifications:manage', 'organisation:read', 'operations:read', 'platforms:read', 'items:read', 'items:submit', 'items:assess', 'holds:manage', 'referrals:read', 'referrals:propose', 'banks:read', 'banks:manage', 'hashes:lookup'],
  },
  supervisor: {
    description: 'Approves referrals (four-eyes) and issues removal orders',
    kinds: ['authority'],
    permissions: ['notifications:read', 'notifications:manage', 'organisation:read', 'operations:read', 'platforms:read', 'items:read', 'holds:manage', 'referrals:read', 'referrals:approve', 'removal_orders:issue', 'reports:read', 'banks:read'],
  },
  liaison: {
    description: 'Receives and answers referrals and orders for its own platform(s); manages webhooks and upload checks',
    kinds: ['platform'],
    permissions: ['notifications:read', 'notifications:manage', 'organisation:read', 'referrals:read', 'referrals:respond', 'webhooks:manage', 'banks:read', 'hashes:lookup', 'reports:read'],
  },
  auditor: {
    description: 'Reads the audit trail and reports; changes nothing',
    kinds: ORGANISATION_KINDS,
    permissions: ['notifications:read', 'organisation:read', 'audit:read', 'reports:read'],
  },
};

export function isRole(value: string): value is Role {
  return (ROLES as readonly string[]).includes(value);
}

export function isPermission(value: string): value is Permission {
  return Object.hasOwn(PERMISSIONS, value);
}

export function permissionsOfRoles(roles: readonly Role[]): Set<Permission> {
  return new Set(roles.flatMap((r) => ROLE_DEFINITIONS[r].permissions));
}

/** Roles this organisation kind may hold. */
export function rolesForKind(kind: OrganisationKind): Role[] {
  return ROLES.filter((r) => ROLE_DEFINITIONS[r].kinds.includes(kind));
}

/**
 * API key scopes: `read` (every read permission the organisation's kind allows), `write` (every
 * permission it allows), or individual permissions. A key never exceeds what the kind's roles grant.
 */
export const API_KEY_SCOPE_SHORTHANDS = ['read', 'write'] as const;
const READ_PERMISSIONS = (Object.keys(PERMISSIONS) as Permission[]).filter((p) => p.endsWith(':read'));

export function permissionsOfScopes(scopes: readonly string[], kind: OrganisationKind): Set<Permission> {
  const allowed = permissionsOfRoles(rolesForKind(kind).filter((r) => r !== 'admin'));
  const out = new Set<Permission>();
  for (const scope of scopes) {
    const wanted: Permission[] = scope === 'write' ? [...allowed] : scope === 'read' ? READ_PERMISSIONS : isPermission(scope) ? [scope] : [];
    for (const p of wanted) if (allowed.has(p)) out.add(p);
  }
  return out;
}

export function isValidScope(scope: string): boolean {
  return (API_KEY_SCOPE_SHORTHANDS as readonly string[]).includes(scope) || isPermission(scope);
}
