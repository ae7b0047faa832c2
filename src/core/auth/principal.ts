// Who is acting: a member (cookie session), an API key, or Vigil itself (jobs, CLI). Services take
// an Actor so that they can authorise, scope queries to its organisation, and write the audit trail.
import type { OrganisationKind, Permission, Role } from './permissions.ts';
import { AppError } from '../errors/app-error.ts';

export interface Principal {
  kind: 'member' | 'api_key';
  id: number;
  /** Email of a member, name of a key: what the audit trail shows. */
  label: string;
  organisationId: number;
  organisationKind: OrganisationKind;
  competentAuthority: boolean;
  roles: readonly Role[];
  permissions: ReadonlySet<Permission>;
}

export interface SystemActor {
  kind: 'system';
  label: string;
  /** The organisation an operator's command acts for (e.g. `vigil bank import --org`). */
  organisationId?: number;
}

export type Actor = Principal | SystemActor;

export interface RequestContext {
  actor: Actor;
  requestId?: string;
}

export function systemContext(label = 'vigil'): RequestContext {
  return { actor: { kind: 'system', label } };
}

export function isPrincipal(actor: Actor): actor is Principal {
  return actor.kind !== 'system';
}

/** Throws FORBIDDEN unless the actor holds the permission (the system actor holds every one). */
export function requirePermission(actor: Actor, permission: Permission): void {
  if (actor.kind === 'system') return;
  if (!actor.permissions.has(permission)) {
    throw new AppError('FORBIDDEN', `This needs the ${permission} permission.`, { permission });
  }
}

/**
 * The organisation a request acts for: a member's or an API key's, or the one an operator's command
 * names. Organisation data has no meaning without one, so a bare system actor is refused.
 */
export function actingOrganisation(ctx: RequestContext): number {
  if (isPrincipal(ctx.actor)) return ctx.actor.organisationId;
  if (ctx.actor.organisationId !== undefined) return ctx.actor.organisationId;
  throw new AppError('FORBIDDEN', 'This belongs to an organisation; act as a member or an API key, or name the organisation.');
}
