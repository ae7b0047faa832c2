// First start: while no organisation exists, `vigil serve` prints a one-time set-up token. Whoever
// holds it may create the first organisation and its admin once, through POST /setup; after that
// the token is spent and organisations come from `vigil admin create-org`.
import { createHash, randomBytes } from 'node:crypto';
import { assertPasswordAcceptable } from '../../core/auth/password.ts';
import { systemContext } from '../../core/auth/principal.ts';
import type { Clock } from '../../core/clock/clock.ts';
import type { Database } from '../../core/db/index.ts';
import { AppError } from '../../core/errors/app-error.ts';
import type { Member, Organisation } from './organisation.model.ts';
import type { NewMember, NewOrganisation, OrganisationService } from './organisation.service.ts';
import type { SetupRepository } from './setup.repository.ts';

const TOKEN_TTL_MS = 24 * 3_600_000;
const hashOf = (token: string) => createHash('sha256').update(token).digest('hex');

export class SetupService {
  constructor(private readonly deps: { db: Database; repository: SetupRepository; organisations: OrganisationService; clock: Clock }) {}

  /** Issues a set-up token if Vigil has no organisation yet; returns it, or null when set up. */
  async issueTokenIfNeeded(): Promise<string | null> {
    if (await this.deps.repository.anyOrganisation()) return null;
    const token = randomBytes(24).toString('base64url');
    const now = this.deps.clock.now();
    await this.deps.repository.insertToken(hashOf(token), now, new Date(now.getTime() + TOKEN_TTL_MS));
    return token;
  }

  async isSetUp(): Promise<boolean> {
    return this.deps.repository.anyOrganisation();
  }

  async complete(token: string, organisation: NewOrganisation, admin: Omit<NewMember, 'roles'>): Promise<{ organisation: Organisation; admin: Member }> {
    const { repository, organisations, clock } = this.deps;
    if (await repository.anyOrganisation()) throw new AppError('CONFLICT', 'Vigil is already set up; use an admin account or `vigil admin`.');
    // Refuse bad input before the token is spent, so a typo does not lock the first admin out.
    assertPasswordAcceptable(admin.password, admin.email);
    // Spending the token first makes two concurrent set-ups impossible: only one delete succeeds.
    if (!(await repository.consumeToken(hashOf(token), clock.now()))) throw new AppError('UNAUTHENTICATED', 'The set-up token is wrong, spent or expired.');
    const ctx = systemContext('setup');
    const org = await organisations.createOrganisation(ctx, organisation);
    const member = await organisations.createMember(ctx, org.id, { ...admin, roles: ['admin'] });
    await repository.deleteAllTokens();
    return { organisation: org, admin: member };
  }
}
