// Operations: a coordinator creates one (48 hours by default), invites organisations, opens it
// (planned → live) and closes it (live → closed). Only participants see an operation; only its
// coordinating organisation changes it. Every change is audited.
import type { AuditTrail } from '../../core/audit/index.ts';
import { actingOrganisation, requirePermission, type RequestContext } from '../../core/auth/principal.ts';
import type { Clock } from '../../core/clock/clock.ts';
import type { Database, Queryable } from '../../core/db/index.ts';
import { AppError } from '../../core/errors/app-error.ts';
import { OPERATION_TRANSITIONS, type Operation, type OperationScope, type OperationStatus } from './operation.model.ts';
import type { OperationFigures, OperationFiguresRepository } from './operation-figures.repository.ts';
import { buildReport, type OperationReport, type PlatformRow } from './operation-report.ts';
import type { OperationReferralFiguresRepository, ReferralFigures } from './operation-referral-figures.repository.ts';
import type { OperationRepository } from './operation.repository.ts';

export const DEFAULT_OPERATION_HOURS = 48;

export interface NewOperation {
  name: string;
  description?: string;
  startsAt?: Date;
  endsAt?: Date;
  scope?: OperationScope;
  participants?: number[];
}

export class OperationService {
  constructor(
    private readonly deps: {
      db: Database;
      repository: OperationRepository;
      figures: OperationFiguresRepository;
      referralFigures: OperationReferralFiguresRepository;
      /** Platform names for the report (the registry is another module's). */
      platformName: (id: number) => Promise<string | null>;
      audit: AuditTrail;
      clock: Clock;
    },
  ) {}

  /** Live figures for the dashboard; any participant may read them. */
  async figures(ctx: RequestContext, id: number): Promise<{ operation: Operation; figures: OperationFigures; referrals: ReferralFigures; at: Date }> {
    requirePermission(ctx.actor, 'operations:read');
    return this.#gather(ctx, id);
  }

  async #gather(ctx: RequestContext, id: number) {
    const operation = await this.visible(ctx, id);
    const [figures, referrals] = await Promise.all([this.deps.figures.itemFigures(id), this.deps.referralFigures.referralFigures(id)]);
    return { operation, figures, referrals, at: this.deps.clock.now() };
  }

  /** The operation report: press-release figures and the per-platform table (auditors may read it too). */
  async report(ctx: RequestContext, id: number): Promise<OperationReport> {
    requirePermission(ctx.actor, 'reports:read');
    const { operation, figures, referrals, at } = await this.#gather(ctx, id);
    const byPlatform = new Map(referrals.perPlatform.map((p) => [p.platformId, p]));
    const rows: PlatformRow[] = [];
    for (const p of figures.perPlatform) {
      const r = p.platformId === null ? undefined : byPlatform.get(p.platformId);
      rows.push({
        platformId: p.platformId,
        name: (p.platformId === null ? null : await this.deps.platformName(p.platformId)) ?? `${p.domain} (unregistered)`,
        domain: p.domain,
        items: p.items,
        referrals: r?.referrals ?? 0,
        removed: r?.removed ?? 0,
        removalRate: r && r.referrals > 0 ? r.removed / r.referrals : null,
        medianHoursToRemoval: r?.medianHoursToRemoval ?? null,
      });
    }
    return buildReport(operation, figures, rows, { total: referrals.sent, removed: referrals.removed }, at);
  }

  async create(ctx: RequestContext, input: NewOperation): Promise<Operation> {
    requirePermission(ctx.actor, 'operations:manage');
    const org = actingOrganisation(ctx);
    const startsAt = input.startsAt ?? this.deps.clock.now();
    const endsAt = input.endsAt ?? new Date(startsAt.getTime() + DEFAULT_OPERATION_HOURS * 3_600_000);
    if (endsAt <= startsAt) throw new AppError('VALIDATION_FAILED', 'An operation must end after it starts.');
    const invited = await this.#existing(input.participants ?? []);
    const { db, repository, audit, clock } = this.deps;
    return db.transaction(async (tx) => {
      const now = clock.now();
      const id = await repository.insert(tx, { organisationId: org, name: input.name.trim(), description: input.description ?? '', startsAt, endsAt, scope: input.scope ?? {} }, now);
      await repository.addParticipants(tx, id, [org, ...invited], now);
      const op = (await repository.findVisible(org, id, tx))!;
      await audit.record(tx, ctx, { action: 'operation.created', targetType: 'operation', targetId: id, after: presentOperationSummary(op) });
      return op;
    });
  }

  async list(ctx: RequestContext, status: OperationStatus | null = null): Promise<Operation[]> {
    requirePermission(ctx.actor, 'operations:read');
    return this.deps.repository.listVisible(actingOrganisation(ctx), status);
  }

  async get(ctx: RequestContext, id: number): Promise<Operation> {
    requirePermission(ctx.actor, 'operations:read');
    return this.visible(ctx, id);
  }

  /** The operation if the caller's organisation takes part in it; 404 otherwise. For other modules. */
  async visible(ctx: RequestContext, id: number, tx?: Queryable): Promise<Operation> {
    const op = await this.deps.repository.findVisible(actingOrganisation(ctx), id, tx);
    if (!op) throw new AppError('NOT_FOUND');
    return op;
  }

  async update(ctx: RequestContext, id: number, patch: { name?: string; description?: string; startsAt?: Date; endsAt?: Date; scope?: OperationScope }): Promise<Operation> {
    return this.#change(ctx, id, 'operation.updated', async (tx, before) => {
      const startsAt = patch.startsAt ?? before.startsAt;
      const endsAt = patch.endsAt ?? before.endsAt;
      if (endsAt <= startsAt) throw new AppError('VALIDATION_FAILED', 'An operation must end after it starts.');
      if (before.status === 'closed') throw new AppError('INVALID_STATE_TRANSITION', 'A closed operation cannot change.');
      await this.deps.repository.update(tx, id, { ...patch, ...(patch.name ? { name: patch.name.trim() } : {}) }, this.deps.clock.now());
    });
  }

  async setStatus(ctx: RequestContext, id: number, status: OperationStatus): Promise<Operation> {
    return this.#change(ctx, id, `operation.${status === 'live' ? 'opened' : status}`, async (tx, before) => {
      if (!OPERATION_TRANSITIONS[before.status].includes(status)) {
        throw new AppError('INVALID_STATE_TRANSITION', `An operation cannot go from ${before.status} to ${status}.`, { from: before.status, to: status });
      }
      await this.deps.repository.update(tx, id, { status }, this.deps.clock.now());
    });
  }

  async invite(ctx: RequestContext, id: number, organisationIds: number[]): Promise<Operation> {
    const invited = await this.#existing(organisationIds);
    return this.#change(ctx, id, 'operation.invited', async (tx, before) => {
      if (before.status === 'closed') throw new AppError('INVALID_STATE_TRANSITION', 'A closed operation cannot change.');
      await this.deps.repository.addParticipants(tx, id, invited, this.deps.clock.now());
    });
  }

  async removeParticipant(ctx: RequestContext, id: number, organisationId: number): Promise<Operation> {
    return this.#change(ctx, id, 'operation.participant_removed', async (tx, before) => {
      if (organisationId === before.organisationId) throw new AppError('VALIDATION_FAILED', 'The coordinating organisation cannot leave its own operation.');
      if (!(await this.deps.repository.removeParticipant(tx, id, organisationId))) throw new AppError('NOT_FOUND', 'That organisation does not take part.');
    });
  }

  async #change(ctx: RequestContext, id: number, action: string, apply: (tx: Queryable, before: Operation) => Promise<void>): Promise<Operation> {
    requirePermission(ctx.actor, 'operations:manage');
    const org = actingOrganisation(ctx);
    const { db, repository, audit } = this.deps;
    return db.transaction(async (tx) => {
      const before = await repository.findVisible(org, id, tx);
      if (!before) throw new AppError('NOT_FOUND');
      if (before.organisationId !== org) throw new AppError('FORBIDDEN', 'Only the coordinating organisation changes an operation.');
      await apply(tx, before);
      const after = (await repository.findVisible(org, id, tx))!;
      await audit.record(tx, ctx, { action, targetType: 'operation', targetId: id, before: presentOperationSummary(before), after: presentOperationSummary(after) });
      return after;
    });
  }

  async #existing(ids: number[]): Promise<number[]> {
    const unique = [...new Set(ids)];
    const found = await this.deps.repository.organisationsExist(unique);
    const missing = unique.filter((id) => !found.includes(id));
    if (missing.length > 0) throw new AppError('NOT_FOUND', `No organisation(s) ${missing.join(', ')}.`, { organisations: missing });
    return unique;
  }
}


export function presentOperationSummary(o: Operation) {
  return { id: o.id, name: o.name, status: o.status, startsAt: o.startsAt.toISOString(), endsAt: o.endsAt.toISOString(), participants: o.participantIds, scope: o.scope };
}
