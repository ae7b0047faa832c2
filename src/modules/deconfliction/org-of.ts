// The organisation a request acts for: holds and notifications belong to organisations, so the
// system actor must name one (an operator's command), or it is refused.
import { isPrincipal, type RequestContext } from '../../core/auth/principal.ts';
import { AppError } from '../../core/errors/app-error.ts';

export function orgOf(ctx: RequestContext): number {
  if (isPrincipal(ctx.actor)) return ctx.actor.organisationId;
  if (ctx.actor.organisationId !== undefined) return ctx.actor.organisationId;
  throw new AppError('FORBIDDEN', 'Holds and notifications belong to organisations.');
}
