// Organisations and their members: creation (from the CLI for organisations, by admins for
// members), role changes within what the organisation's kind allows, disabling, and passwords.
// Every change is audited in its own transaction.
import type { AuditTrail } from '../../core/audit/index.ts';
import { isRole, rolesForKind, type OrganisationKind, type Role } from '../../core/auth/permissions.ts';
import { isPrincipal, requirePermission, type RequestContext } from '../../core/auth/principal.ts';
import { assertPasswordAcceptable, hashPassword, verifyPassword } from '../../core/auth/password.ts';
import type { Clock } from '../../core/clock/clock.ts';
import { pgErrorCode, PG_UNIQUE_VIOLATION, type Database } from '../../core/db/index.ts';
import { AppError } from '../../core/errors/app-error.ts';
import type { Member, MemberWithSecret, Organisation } from './organisation.model.ts';
import type { DirectoryEntry, DirectoryFilter, OrganisationRepository } from './organisation.repository.ts';

export interface NewOrganisation {
  name: string;
  kind: OrganisationKind;
  competentAuthority?: boolean;
  country?: string | null;
}

export interface NewMember {
  email: string;
  displayName: string;
  roles: string[];
  password: string;
}

/** The most directory entries one request returns. */
export const DIRECTORY_MAX = 200;

export interface MemberPatch {
  displayName?: string;
  roles?: string[];
  disabled?: boolean;
}

/** Called when a member's access ends, so their sessions can be ended too. */
export type MemberAccessRevoked = (memberId: number) => Promise<void>;

export class OrganisationService {
  #onAccessRevoked: MemberAccessRevoked = async () => {};

  constructor(
    private readonly deps: { db: Database; repository: OrganisationRepository; audit: AuditTrail; clock: Clock },
  ) {}

  onMemberAccessRevoked(listener: MemberAccessRevoked): void {
    this.#onAccessRevoked = listener;
  }

  async createOrganisation(ctx: RequestContext, input: NewOrganisation): Promise<Organisation> {
    if (ctx.actor.kind !== 'system') throw new AppError('FORBIDDEN', 'Organisations are created by the operator of this Vigil (vigil admin create-org).');
    if (input.competentAuthority && input.kind !== 'authority') {
      throw new AppError('VALIDATION_FAILED', 'Only an authority can be a competent authority for removal orders.');
    }
    const { db, repository, audit, clock } = this.deps;
    try {
      return await db.transaction(async (tx) => {
        const org = await repository.insertOrganisation(tx, { name: input.name.trim(), kind: input.kind, competentAuthority: input.competentAuthority ?? false, country: input.country ?? null }, clock.now());
        await audit.record(tx, ctx, { action: 'organisation.created', targetType: 'organisation', targetId: org.id, organisationId: org.id, after: presentOrganisation(org) });
        return org;
      });
    } catch (error) {
      if (pgErrorCode(error) === PG_UNIQUE_VIOLATION) throw new AppError('ORGANISATION_NAME_TAKEN');
      throw error;
    }
  }

  async getOrganisation(ctx: RequestContext, id: number): Promise<Organisation> {
    if (isPrincipal(ctx.actor) && ctx.actor.organisationId !== id) throw new AppError('NOT_FOUND');
    const org = await this.deps.repository.getOrganisation(id);
    if (!org) throw new AppError('NOT_FOUND');
    return org;
  }

  async findOrganisation(idOrName: string): Promise<Organisation | null> {
    return /^\d+$/.test(idOrName) ? this.deps.repository.getOrganisation(Number(idOrName)) : this.deps.repository.findOrganisationByName(idOrName);
  }

  /**
   * The organisation directory: id, name, kind and country of the organisations on this Vigil, so that
   * members pick organisations by name (inviting to an operation, sharing a bank). Every member sees it:
   * the names of participating organisations are not secret among Vigil's members (docs/security.md).
   * Never members, competent-authority flags or anything an organisation holds.
   */
  async directory(ctx: RequestContext, filter: Partial<DirectoryFilter> = {}): Promise<DirectoryEntry[]> {
    requirePermission(ctx.actor, 'organisation:read');
    const limit = Math.max(1, Math.min(filter.limit ?? 50, DIRECTORY_MAX));
    const ids = filter.ids ? [...new Set(filter.ids)].slice(0, DIRECTORY_MAX) : undefined;
    return this.deps.repository.listDirectory({ ...(filter.search ? { search: filter.search } : {}), ...(filter.kind ? { kind: filter.kind } : {}), ...(ids ? { ids } : {}), limit });
  }

  listOrganisations(): Promise<Organisation[]> {
    return this.deps.repository.listOrganisations();
  }

  /** Admins create members of their own organisation; the CLI (system actor) of any. */
  async createMember(ctx: RequestContext, organisationId: number, input: NewMember): Promise<Member> {
    this.#requireManage(ctx, organisationId);
    const org = await this.deps.repository.getOrganisation(organisationId);
    if (!org) throw new AppError('NOT_FOUND');
    const roles = validateRoles(input.roles, org.kind);
    const email = normaliseEmail(input.email);
    assertPasswordAcceptable(input.password, email);
    const passwordHash = await hashPassword(input.password);
    const { db, repository, audit, clock } = this.deps;
    try {
      return await db.transaction(async (tx) => {
        const member = await repository.insertMember(tx, { organisationId, email, displayName: input.displayName.trim(), roles, passwordHash }, clock.now());
        await audit.record(tx, ctx, { action: 'member.created', targetType: 'member', targetId: member.id, organisationId, after: presentMember(member) });
        return member;
      });
    } catch (error) {
      if (pgErrorCode(error) === PG_UNIQUE_VIOLATION) throw new AppError('EMAIL_TAKEN');
      throw error;
    }
  }

  async listMembers(ctx: RequestContext, organisationId: number): Promise<Member[]> {
    this.#requireSameOrganisation(ctx, organisationId);
    requirePermission(ctx.actor, 'organisation:read');
    return this.deps.repository.listMembers(organisationId);
  }

  async getMember(ctx: RequestContext, organisationId: number, id: number): Promise<Member> {
    this.#requireSameOrganisation(ctx, organisationId);
    requirePermission(ctx.actor, 'organisation:read');
    const member = await this.deps.repository.getMember(organisationId, id);
    if (!member) throw new AppError('NOT_FOUND');
    return member;
  }

  async updateMember(ctx: RequestContext, organisationId: number, id: number, patch: MemberPatch): Promise<Member> {
    this.#requireManage(ctx, organisationId);
    const { db, repository, audit, clock } = this.deps;
    const org = await repository.getOrganisation(organisationId);
    if (!org) throw new AppError('NOT_FOUND');
    const roles = patch.roles ? validateRoles(patch.roles, org.kind) : undefined;
    const updated = await db.transaction(async (tx) => {
      const admins = await repository.activeAdminIds(tx, organisationId);
      const before = await repository.getMember(organisationId, id, tx);
      if (!before) throw new AppError('NOT_FOUND');
      const losesAdmin = admins.includes(id) && (patch.disabled === true || (roles !== undefined && !roles.includes('admin')));
      if (losesAdmin && admins.length <= 1) throw new AppError('LAST_ADMIN');
      const disabledAt = patch.disabled === undefined ? undefined : patch.disabled ? (before.disabledAt ?? clock.now()) : null;
      const after = await repository.updateMember(tx, organisationId, id, { ...(patch.displayName !== undefined ? { displayName: patch.displayName.trim() } : {}), ...(roles ? { roles } : {}), ...(disabledAt !== undefined ? { disabledAt } : {}) }, clock.now());
      await audit.record(tx, ctx, { action: 'member.updated', targetType: 'member', targetId: id, organisationId, before: presentMember(before), after: presentMember(after!) });
      return after!;
    });
    if (updated.disabledAt || (roles && roles.length > 0)) await this.#onAccessRevoked(id);
    return updated;
  }

  async updateOwnSettings(ctx: RequestContext, settings: Record<string, unknown>): Promise<Member> {
    if (!isPrincipal(ctx.actor) || ctx.actor.kind !== 'member') throw new AppError('FORBIDDEN', 'Only a signed-in member has settings.');
    const { organisationId, id } = ctx.actor;
    const { db, repository, audit, clock } = this.deps;
    return db.transaction(async (tx) => {
      const member = await repository.updateMember(tx, organisationId, id, { settings }, clock.now());
      if (!member) throw new AppError('NOT_FOUND');
      await audit.record(tx, ctx, { action: 'member.settings_changed', targetType: 'member', targetId: id, after: { settings } });
      return member;
    });
  }

  async changeOwnPassword(ctx: RequestContext, currentPassword: string, newPassword: string): Promise<void> {
    if (!isPrincipal(ctx.actor) || ctx.actor.kind !== 'member') throw new AppError('FORBIDDEN', 'Only a signed-in member has a password.');
    const member = await this.deps.repository.findMemberForAuth({ id: ctx.actor.id });
    if (!member?.passwordHash || !(await verifyPassword(member.passwordHash, currentPassword))) throw new AppError('INVALID_CREDENTIALS', 'The current password is wrong.');
    assertPasswordAcceptable(newPassword, member.email);
    const hash = await hashPassword(newPassword);
    const { db, repository, audit, clock } = this.deps;
    await db.transaction(async (tx) => {
      await repository.setPasswordHash(tx, member.organisationId, member.id, hash, clock.now());
      await audit.record(tx, ctx, { action: 'member.password_changed', targetType: 'member', targetId: member.id });
    });
  }

  /** For the auth module: a member with their password hash and organisation. */
  findMemberForAuth(by: { email: string } | { id: number }): Promise<MemberWithSecret | null> {
    return this.deps.repository.findMemberForAuth(by);
  }

  #requireSameOrganisation(ctx: RequestContext, organisationId: number): void {
    // Another organisation's records do not exist for this caller: 404, not 403.
    if (isPrincipal(ctx.actor) && ctx.actor.organisationId !== organisationId) throw new AppError('NOT_FOUND');
  }

  #requireManage(ctx: RequestContext, organisationId: number): void {
    this.#requireSameOrganisation(ctx, organisationId);
    requirePermission(ctx.actor, 'members:manage');
  }
}

function validateRoles(roles: string[], kind: OrganisationKind): Role[] {
  const unique = [...new Set(roles)];
  if (unique.length === 0) throw new AppError('VALIDATION_FAILED', 'A member needs at least one role.');
  const unknown = unique.filter((r) => !isRole(r));
  if (unknown.length > 0) throw new AppError('ROLE_UNKNOWN', `Unknown role(s): ${unknown.join(', ')}.`, { roles: unknown });
  const allowed = rolesForKind(kind);
  const refused = unique.filter((r) => !allowed.includes(r as Role));
  if (refused.length > 0) throw new AppError('ROLE_NOT_ALLOWED', `Organisations of kind ${kind} cannot hold the role(s): ${refused.join(', ')}.`, { roles: refused });
  return unique as Role[];
}

function normaliseEmail(email: string): string {
  return email.trim().normalize('NFKC');
}

export function presentOrganisation(o: Organisation) {
  return { id: o.id, name: o.name, kind: o.kind, competentAuthority: o.competentAuthority, country: o.country, createdAt: o.createdAt.toISOString() };
}

export function presentMember(m: Member) {
  return {
    id: m.id,
    organisationId: m.organisationId,
    email: m.email,
    displayName: m.displayName,
    roles: m.roles,
    disabled: m.disabledAt !== null,
    createdAt: m.createdAt.toISOString(),
  };
}
