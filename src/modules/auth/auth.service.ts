// Sign-in, sessions and API keys: turns a cookie or a bearer key into a Principal, or into a clear
// 401. Sign-in failures are throttled per account and per client address across all processes.
import type { AuditTrail } from '../../core/audit/index.ts';
import { isValidScope, permissionsOfRoles, permissionsOfScopes, type Permission } from '../../core/auth/permissions.ts';
import { requirePermission, type Principal, type RequestContext } from '../../core/auth/principal.ts';
import { dummyPasswordHash, MAX_PASSWORD_LENGTH, verifyPassword } from '../../core/auth/password.ts';
import type { Clock } from '../../core/clock/clock.ts';
import type { Config } from '../../core/config/index.ts';
import type { Database } from '../../core/db/index.ts';
import { AppError } from '../../core/errors/app-error.ts';
import type { Member, MemberWithSecret, Organisation } from '../organisations/organisation.model.ts';
import type { OrganisationService } from '../organisations/organisation.service.ts';
import { ApiKeyCache, type VerifiedApiKey } from './api-key-cache.ts';
import type { ApiKeyRecord, AuthRepository } from './auth.repository.ts';
import { csrfTokenFor, newApiKey, newSessionToken, parseApiKey, safeEqual, sha256Hex } from './tokens.ts';

type AuthConfig = Pick<Config, 'sessionTtlHours' | 'sessionIdleMinutes' | 'loginMaxFailuresPerAccount' | 'loginMaxFailuresPerAddress' | 'loginLockoutMinutes' | 'apiKeyCacheSeconds'>;

export interface LoginResult {
  token: string;
  csrfToken: string;
  expiresAt: Date;
  member: Member;
  organisation: Organisation;
  principal: Principal;
}

export interface NewApiKey {
  name: string;
  scopes: string[];
  expiresAt?: Date | null;
}

const TOUCH_EVERY_MS = 30_000;
/** An API key's last use is written at most this often (per key and process; the SQL guards across processes). */
const KEY_TOUCH_EVERY_MS = 60_000;

export class AuthService {
  readonly #keys: ApiKeyCache;
  /** Verifications in flight, so that a burst on a cold key reads the database once. */
  readonly #verifying = new Map<string, Promise<VerifiedApiKey>>();

  constructor(
    private readonly deps: {
      db: Database;
      repository: AuthRepository;
      organisations: OrganisationService;
      audit: AuditTrail;
      clock: Clock;
      config: AuthConfig;
    },
  ) {
    this.#keys = new ApiKeyCache(deps.config.apiKeyCacheSeconds * 1000);
    deps.organisations.onMemberAccessRevoked(async (memberId) => {
      await deps.repository.deleteSessionsOf(memberId);
    });
  }

  async login(input: { email: string; password: string; ip: string; userAgent?: string; requestId?: string }): Promise<LoginResult> {
    const { repository, clock, config, db, audit } = this.deps;
    const now = clock.now();
    const accountKey = `account:${input.email.trim().toLowerCase()}`;
    const addressKey = `address:${input.ip}`;
    const lockedUntil = await repository.throttleLockedUntil([accountKey, addressKey], now);
    if (lockedUntil) {
      throw new AppError('LOGIN_RATE_LIMITED', undefined, { retryAfterSeconds: Math.ceil((lockedUntil.getTime() - now.getTime()) / 1000) });
    }
    const member = input.password.length <= MAX_PASSWORD_LENGTH ? await this.deps.organisations.findMemberForAuth({ email: input.email.trim() }) : null;
    // Verify against a dummy hash when the account is unknown, so response time does not tell.
    const ok = await verifyPassword(member?.passwordHash ?? (await dummyPasswordHash()), input.password);
    if (!member || !member.passwordHash || !ok || member.disabledAt) {
      const windowMs = config.loginLockoutMinutes * 60_000;
      await repository.recordFailure(accountKey, config.loginMaxFailuresPerAccount, windowMs, now);
      await repository.recordFailure(addressKey, config.loginMaxFailuresPerAddress, windowMs, now);
      throw new AppError('INVALID_CREDENTIALS');
    }
    await repository.clearThrottle(accountKey);
    const token = newSessionToken();
    const expiresAt = this.#expiry(now, now);
    const principal = memberPrincipal(member);
    await db.transaction(async (tx) => {
      await repository.insertSession(tx, { tokenHash: sha256Hex(token), memberId: member.id, createdAt: now, lastSeenAt: now, expiresAt, ip: input.ip, userAgent: input.userAgent ?? null });
      await audit.record(tx, { actor: principal, ...(input.requestId ? { requestId: input.requestId } : {}) }, { action: 'session.created', targetType: 'member', targetId: member.id, details: { ip: input.ip } });
    });
    return { token, csrfToken: csrfTokenFor(token), expiresAt, member, organisation: member.organisation, principal };
  }

  async logout(ctx: RequestContext, token: string): Promise<void> {
    await this.deps.db.transaction(async (tx) => {
      const removed = await this.deps.repository.deleteSession(sha256Hex(token), tx);
      if (removed && ctx.actor.kind === 'member') {
        await this.deps.audit.record(tx, ctx, { action: 'session.ended', targetType: 'member', targetId: ctx.actor.id });
      }
    });
  }

  /** The principal behind a session cookie, sliding its idle expiry forward. */
  async authenticateSession(token: string): Promise<{ principal: Principal; member: Member; expiresAt: Date }> {
    const { repository, clock } = this.deps;
    const now = clock.now();
    const tokenHash = sha256Hex(token);
    const session = await repository.findSession(tokenHash);
    if (!session) throw new AppError('SESSION_EXPIRED');
    if (session.expiresAt <= now) {
      await repository.deleteSession(tokenHash);
      throw new AppError('SESSION_EXPIRED');
    }
    const member = await this.deps.organisations.findMemberForAuth({ id: session.memberId });
    if (!member || member.disabledAt) {
      await repository.deleteSession(tokenHash);
      throw new AppError('SESSION_EXPIRED');
    }
    let expiresAt = session.expiresAt;
    if (now.getTime() - session.lastSeenAt.getTime() >= TOUCH_EVERY_MS) {
      expiresAt = this.#expiry(session.createdAt, now);
      await repository.touchSession(tokenHash, now, expiresAt);
    }
    return { principal: memberPrincipal(member), member, expiresAt };
  }

  csrfMatches(sessionToken: string, presented: string): boolean {
    return safeEqual(csrfTokenFor(sessionToken), presented);
  }

  csrfToken(sessionToken: string): string {
    return csrfTokenFor(sessionToken);
  }

  /**
   * The principal behind an API key. A key verified in the last VIGIL_API_KEY_CACHE_SECONDS is
   * taken from memory (see ApiKeyCache); expiry is checked against the clock on every request, and
   * the last use is written at most once a minute.
   */
  async authenticateApiKey(raw: string): Promise<{ principal: Principal; apiKey: ApiKeyRecord }> {
    const parsed = parseApiKey(raw);
    if (!parsed) throw new AppError('API_KEY_INVALID');
    const now = this.deps.clock.now();
    const secretHash = sha256Hex(parsed.secret);
    let entry = this.#keys.get(secretHash, now.getTime());
    if (!entry || entry.key.prefix !== parsed.prefix) entry = await this.#verifyApiKey(parsed.prefix, secretHash, now);
    if (entry.key.expiresAt && entry.key.expiresAt <= now) throw new AppError('API_KEY_REVOKED');
    if (entry.lastUsedAt === null || now.getTime() - entry.lastUsedAt > KEY_TOUCH_EVERY_MS) {
      entry.lastUsedAt = now.getTime();
      await this.deps.repository.touchApiKey(entry.key.id, now);
    }
    return { principal: entry.principal, apiKey: entry.key };
  }

  #verifyApiKey(prefix: string, secretHash: string, now: Date): Promise<VerifiedApiKey> {
    const flight = `${prefix}:${secretHash}`;
    const joined = this.#verifying.get(flight);
    if (joined) return joined;
    const generation = this.#keys.generation;
    const pending = (async () => {
      const key = await this.deps.repository.findApiKeyByPrefix(prefix);
      if (!key || !safeEqual(key.secretHash, secretHash)) throw new AppError('API_KEY_INVALID');
      if (key.revokedAt || (key.expiresAt && key.expiresAt <= now)) throw new AppError('API_KEY_REVOKED');
      const org = await this.deps.organisations.findOrganisation(String(key.organisationId));
      if (!org) throw new AppError('API_KEY_INVALID');
      const entry: VerifiedApiKey = { key, principal: apiKeyPrincipal(key, org), verifiedAt: now.getTime(), lastUsedAt: key.lastUsedAt?.getTime() ?? null };
      this.#keys.set(secretHash, entry, generation);
      return entry;
    })();
    this.#verifying.set(flight, pending);
    const done = () => {
      if (this.#verifying.get(flight) === pending) this.#verifying.delete(flight);
    };
    pending.then(done, done);
    return pending;
  }

  async createApiKey(ctx: RequestContext, input: NewApiKey): Promise<{ apiKey: ApiKeyRecord; key: string }> {
    const principal = this.#requireKeyAdmin(ctx);
    const unknown = input.scopes.filter((s) => !isValidScope(s));
    if (unknown.length > 0) throw new AppError('SCOPE_UNKNOWN', `Unknown scope(s): ${unknown.join(', ')}.`, { scopes: unknown });
    const { db, repository, audit, clock } = this.deps;
    const { key, prefix, secret } = newApiKey();
    const now = clock.now();
    if (input.expiresAt && input.expiresAt <= now) throw new AppError('VALIDATION_FAILED', 'expiresAt must be in the future.');
    const apiKey = await db.transaction(async (tx) => {
      const record = await repository.insertApiKey(tx, {
        organisationId: principal.organisationId,
        name: input.name.trim(),
        prefix,
        secretHash: sha256Hex(secret),
        scopes: [...new Set(input.scopes)],
        createdBy: principal.kind === 'member' ? principal.id : null,
        createdAt: now,
        expiresAt: input.expiresAt ?? null,
      });
      await audit.record(tx, ctx, { action: 'api_key.created', targetType: 'api_key', targetId: record.id, after: presentApiKey(record) });
      return record;
    });
    return { apiKey, key };
  }

  async listApiKeys(ctx: RequestContext): Promise<ApiKeyRecord[]> {
    const principal = this.#requireKeyAdmin(ctx);
    return this.deps.repository.listApiKeys(principal.organisationId);
  }

  async revokeApiKey(ctx: RequestContext, id: number): Promise<void> {
    const principal = this.#requireKeyAdmin(ctx);
    const { db, repository, audit, clock } = this.deps;
    await db.transaction(async (tx) => {
      const key = await repository.getApiKey(principal.organisationId, id, tx);
      if (!key) throw new AppError('NOT_FOUND');
      if (await repository.revokeApiKey(tx, principal.organisationId, id, clock.now())) {
        await audit.record(tx, ctx, { action: 'api_key.revoked', targetType: 'api_key', targetId: id, before: presentApiKey(key) });
      }
    });
    // After the commit; a verification that read the key before it is neither stored nor joined.
    this.#keys.evict(id);
    this.#verifying.clear();
  }

  async organisationOf(ctx: RequestContext): Promise<Organisation> {
    if (ctx.actor.kind === 'system') throw new AppError('NOT_FOUND');
    return this.deps.organisations.getOrganisation(ctx, ctx.actor.organisationId);
  }

  purgeExpiredSessions(): Promise<number> {
    return this.deps.repository.deleteExpiredSessions(this.deps.clock.now());
  }

  #requireKeyAdmin(ctx: RequestContext): Principal {
    if (ctx.actor.kind === 'system') throw new AppError('FORBIDDEN', 'API keys belong to an organisation; use a member of it.');
    requirePermission(ctx.actor, 'api_keys:manage');
    return ctx.actor;
  }

  #expiry(createdAt: Date, lastSeenAt: Date): Date {
    const absolute = createdAt.getTime() + this.deps.config.sessionTtlHours * 3_600_000;
    const idle = lastSeenAt.getTime() + this.deps.config.sessionIdleMinutes * 60_000;
    return new Date(Math.min(absolute, idle));
  }
}

function withoutOrderPower(permissions: Set<Permission>, org: Organisation): Set<Permission> {
  // Only competent authorities may issue removal orders, whatever the role says.
  if (!org.competentAuthority) permissions.delete('removal_orders:issue');
  return permissions;
}

export function memberPrincipal(member: MemberWithSecret): Principal {
  return {
    kind: 'member',
    id: member.id,
    label: member.email,
    organisationId: member.organisationId,
    organisationKind: member.organisation.kind,
    competentAuthority: member.organisation.competentAuthority,
    roles: member.roles,
    permissions: withoutOrderPower(permissionsOfRoles(member.roles), member.organisation),
  };
}

function apiKeyPrincipal(key: ApiKeyRecord, org: Organisation): Principal {
  return {
    kind: 'api_key',
    id: key.id,
    label: `api-key:${key.name}`,
    organisationId: org.id,
    organisationKind: org.kind,
    competentAuthority: org.competentAuthority,
    roles: [],
    permissions: withoutOrderPower(permissionsOfScopes(key.scopes, org.kind), org),
  };
}

export function presentApiKey(k: ApiKeyRecord) {
  return {
    id: k.id,
    name: k.name,
    prefix: `vgl_${k.prefix}`,
    scopes: k.scopes,
    createdBy: k.createdBy,
    createdAt: k.createdAt.toISOString(),
    expiresAt: k.expiresAt?.toISOString() ?? null,
    lastUsedAt: k.lastUsedAt?.toISOString() ?? null,
    revokedAt: k.revokedAt?.toISOString() ?? null,
  };
}
