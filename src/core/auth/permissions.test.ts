import { describe, expect, it } from 'vitest';
import { isValidScope, permissionsOfRoles, permissionsOfScopes, PERMISSIONS, ROLE_DEFINITIONS, ROLES, rolesForKind } from './permissions.ts';

describe('roles and permissions', () => {
  it('grant only known permissions', () => {
    for (const role of ROLES) for (const p of ROLE_DEFINITIONS[role].permissions) expect(Object.keys(PERMISSIONS)).toContain(p);
  });

  it('follow the product roles table: who may hold what', () => {
    expect(rolesForKind('platform').sort()).toEqual(['admin', 'auditor', 'liaison']);
    expect(rolesForKind('ngo').sort()).toEqual(['admin', 'analyst', 'auditor']);
    expect(rolesForKind('authority').sort()).toEqual(['admin', 'analyst', 'auditor', 'coordinator', 'supervisor']);
  });

  it('keep auditors read-only and the four eyes apart', () => {
    const auditor = permissionsOfRoles(['auditor']);
    expect([...auditor].every((p) => p.endsWith(':read'))).toBe(true);
    expect(permissionsOfRoles(['analyst']).has('referrals:approve')).toBe(false);
    expect(permissionsOfRoles(['supervisor']).has('referrals:propose')).toBe(false);
  });

  it('expand API key scopes within what the organisation kind allows', () => {
    const platformWrite = permissionsOfScopes(['write'], 'platform');
    expect(platformWrite.has('referrals:respond')).toBe(true);
    expect(platformWrite.has('items:submit')).toBe(false);
    expect(platformWrite.has('members:manage')).toBe(false); // keys never administer members
    expect([...permissionsOfScopes(['read'], 'platform')].every((p) => p.endsWith(':read'))).toBe(true);
    expect([...permissionsOfScopes(['hashes:lookup'], 'platform')]).toEqual(['hashes:lookup']);
    expect([...permissionsOfScopes(['items:submit'], 'platform')]).toEqual([]);
    expect(isValidScope('write')).toBe(true);
    expect(isValidScope('root')).toBe(false);
  });
});
