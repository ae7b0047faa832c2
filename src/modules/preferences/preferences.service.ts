// The signed-in member's own preferences. API keys have no member and so no preferences.
import type { AuditTrail } from '../../core/audit/index.ts';
import { isPrincipal, type RequestContext } from '../../core/auth/principal.ts';
import type { Clock } from '../../core/clock/clock.ts';
import type { Database } from '../../core/db/index.ts';
import { AppError } from '../../core/errors/app-error.ts';
import { DEFAULT_PREFERENCES, type Preferences } from './preferences.model.ts';
import type { PreferencesRepository } from './preferences.repository.ts';

export class PreferencesService {
  constructor(private readonly deps: { db: Database; repository: PreferencesRepository; audit: AuditTrail; clock: Clock }) {}

  async get(ctx: RequestContext): Promise<Preferences> {
    return (await this.deps.repository.find(memberOf(ctx))) ?? DEFAULT_PREFERENCES;
  }

  async set(ctx: RequestContext, preferences: Preferences): Promise<Preferences> {
    const memberId = memberOf(ctx);
    const { db, repository, audit, clock } = this.deps;
    await db.transaction(async (tx) => {
      await repository.upsert(tx, memberId, preferences, clock.now());
      await audit.record(tx, ctx, { action: 'member.preferences_changed', targetType: 'member', targetId: memberId, details: { ...preferences } });
    });
    return preferences;
  }
}

function memberOf(ctx: RequestContext): number {
  if (!isPrincipal(ctx.actor) || ctx.actor.kind !== 'member') throw new AppError('FORBIDDEN', 'Only a signed-in member has preferences.');
  return ctx.actor.id;
}
