// Escalation to infrastructure providers (PRODUCT.md §4.3: "a hostile platform's referrals go to its
// infrastructure providers instead"). A referral to a platform that is hostile or unresponsive, or
// that went unanswered for VIGIL_ESCALATION_AFTER_HOURS after receipt, may be followed by a referral
// of the same item to a hosting company, CDN or registrar behind the platform. The new referral is
// an ordinary one (four-eyes, deconfliction, state table, clock) proposed through ReferralService;
// the link to the original, its grounds and the audit event are written in the same transaction.
// The evidence bundle gathers what the provider needs to act; the referring organisation reads it,
// and so do the liaisons of a provider that operates in Vigil, for referrals addressed to it.
import type { AuditTrail } from '../../core/audit/index.ts';
import { actingOrganisation, requirePermission, systemContext, type RequestContext } from '../../core/auth/principal.ts';
import type { Clock } from '../../core/clock/clock.ts';
import { AppError } from '../../core/errors/app-error.ts';
import type { ItemService } from '../items/item.service.ts';
import type { InfrastructureService } from '../platforms/infrastructure.service.ts';
import type { Platform } from '../platforms/platform.model.ts';
import type { PlatformService } from '../platforms/platform.service.ts';
import type { Referral, ReferralKind, RemovalOrderFields } from '../referrals/referral.model.ts';
import type { ReferralService } from '../referrals/referral.service.ts';
import type { Escalation, EscalationGrounds, EvidenceBundle } from './escalation.model.ts';
import type { EscalationRepository } from './escalation.repository.ts';

export const HISTORY_LISTED = 100;
/** States in which the platform has not decided, though it may have acknowledged. */
const AWAITING_DECISION = new Set(['sent', 'acknowledged']);

export interface EscalationInput {
  providerId: number;
  kind?: ReferralKind;
  removalOrder?: RemovalOrderFields | null;
  /** For the provider: part of the evidence bundle. */
  reason?: string | null;
}

type Deps = {
  repository: EscalationRepository;
  referrals: Pick<ReferralService, 'get' | 'propose' | 'getReceived'>;
  items: Pick<ItemService, 'visibleItem'>;
  platforms: Pick<PlatformService, 'get'>;
  infrastructure: Pick<InfrastructureService, 'ofPlatform' | 'listOperatedByOwnOrganisation'>;
  audit: AuditTrail;
  clock: Clock;
  /** How long a sent referral may stay undecided before it may be escalated. */
  escalateAfterMs: number;
};

export class EscalationService {
  constructor(private readonly deps: Deps) {}

  /** Proposes a referral of the original's item to one of the platform's infrastructure providers. */
  async escalate(ctx: RequestContext, originalId: number, input: EscalationInput): Promise<{ referral: Referral; escalation: Escalation }> {
    requirePermission(ctx.actor, 'referrals:propose');
    const org = actingOrganisation(ctx);
    const { referral: original } = await this.deps.referrals.get(ctx, originalId);
    if (original.recipientKind !== 'platform' || original.platformId === null) throw new AppError('ESCALATION_NOT_ALLOWED', 'An escalation follows a referral to a platform.');
    if (original.state === 'withdrawn') throw new AppError('ESCALATION_NOT_ALLOWED', 'The referral was withdrawn.');
    const registry = systemContext('escalation');
    const platform = await this.deps.platforms.get(registry, original.platformId);
    const grounds = this.#grounds(platform, original);
    const link = (await this.deps.infrastructure.ofPlatform(registry, platform.id)).find((l) => l.provider.id === input.providerId);
    if (!link) throw new AppError('VALIDATION_FAILED', `Infrastructure provider ${input.providerId} is not behind platform ${platform.id}; link it in the registry first.`, { providerId: input.providerId, platformId: platform.id });
    const { audit, clock, repository } = this.deps;
    const referral = await this.deps.referrals.propose(
      ctx,
      { itemId: original.itemId, kind: input.kind ?? 'voluntary_referral', platformId: platform.id, recipientKind: 'infrastructure_provider', infrastructureProviderId: link.provider.id, removalOrder: input.removalOrder ?? null },
      {
        inTransaction: async (tx, created) => {
          await repository.insert(tx, { referralId: created.id, originalReferralId: original.id, organisationId: org, providerId: link.provider.id, grounds, reason: input.reason ?? null, createdBy: ctx.actor.label }, clock.now());
          await audit.record(tx, ctx, { action: 'referral.escalated', targetType: 'referral', targetId: created.id, details: { originalReferralId: original.id, platformId: platform.id, providerId: link.provider.id, role: link.role, grounds } });
        },
      },
    );
    return { referral, escalation: (await repository.findFor(org, referral.id))! };
  }

  /** The escalation a referral came from, if any, and those made from it. */
  async escalations(ctx: RequestContext, referralId: number): Promise<{ escalatedFrom: Escalation | null; escalations: Escalation[] }> {
    requirePermission(ctx.actor, 'referrals:read');
    const org = actingOrganisation(ctx);
    await this.deps.referrals.get(ctx, referralId);
    const [escalatedFrom, escalations] = await Promise.all([this.deps.repository.findFor(org, referralId), this.deps.repository.listFrom(org, referralId)]);
    return { escalatedFrom, escalations };
  }

  /** The evidence bundle of one of the organisation's referrals. */
  async evidence(ctx: RequestContext, referralId: number): Promise<EvidenceBundle> {
    requirePermission(ctx.actor, 'referrals:read');
    const { referral } = await this.deps.referrals.get(ctx, referralId);
    return this.#bundle(ctx, referral);
  }

  /**
   * The evidence bundle of a referral addressed to an infrastructure provider the caller's
   * organisation operates. Gathered for the referring organisation (whose item it is), as Vigil.
   */
  async evidenceForRecipient(ctx: RequestContext, referralId: number): Promise<EvidenceBundle> {
    requirePermission(ctx.actor, 'referrals:respond');
    const providerIds = (await this.deps.infrastructure.listOperatedByOwnOrganisation(ctx)).map((p) => p.id);
    if (providerIds.length === 0) throw new AppError('NOT_FOUND');
    const { referral } = await this.deps.referrals.getReceived(ctx, { platformIds: [], providerIds }, referralId);
    const forReferrer: RequestContext = { actor: { kind: 'system', label: 'evidence bundle', organisationId: referral.organisationId }, ...(ctx.requestId ? { requestId: ctx.requestId } : {}) };
    return this.#bundle(forReferrer, referral);
  }

  /** hostile or unresponsive from the registry, or unanswered for long enough; otherwise refused. */
  #grounds(platform: Platform, original: Referral): EscalationGrounds {
    if (platform.cooperationStatus !== 'cooperative') return platform.cooperationStatus;
    const escalableAt = original.receivedAt ? new Date(original.receivedAt.getTime() + this.deps.escalateAfterMs) : null;
    if (escalableAt && AWAITING_DECISION.has(original.state) && original.answeredAt === null && this.deps.clock.now() >= escalableAt) return 'unanswered';
    throw new AppError('ESCALATION_NOT_ALLOWED', 'The platform is cooperative and the referral is not unanswered for long enough.', {
      cooperationStatus: platform.cooperationStatus,
      state: original.state,
      escalableAt: escalableAt && AWAITING_DECISION.has(original.state) ? escalableAt.toISOString() : null,
    });
  }

  /** `ctx` acts for the referring organisation. */
  async #bundle(ctx: RequestContext, referral: Referral): Promise<EvidenceBundle> {
    const org = actingOrganisation(ctx);
    const registry = systemContext('evidence bundle');
    const now = this.deps.clock.now();
    const item = await this.deps.items.visibleItem(ctx, referral.itemId);
    const platform = referral.platformId === null ? null : await this.deps.platforms.get(registry, referral.platformId);
    const [infrastructure, history, escalation] = await Promise.all([
      platform ? this.deps.infrastructure.ofPlatform(registry, platform.id) : Promise.resolve([]),
      platform ? this.deps.repository.platformHistory(org, platform.id, now, HISTORY_LISTED) : Promise.resolve({ summary: { referrals: 0, sent: 0, answered: 0, unanswered: 0, removed: 0, rejected: 0, overdue: 0 }, referrals: [] }),
      this.deps.repository.findFor(org, referral.id),
    ]);
    const originalTimeline = escalation ? (await this.deps.referrals.get(ctx, escalation.originalReferralId)).timeline.filter((e) => e.event !== 'propose' && e.event !== 'approve' && e.event !== 'withdraw') : [];
    return {
      format: 'vigil.evidence/1',
      generatedAt: now,
      referral: {
        id: referral.id,
        kind: referral.kind,
        state: referral.state,
        recipientKind: referral.recipientKind,
        platformId: referral.platformId,
        infrastructureProviderId: referral.infrastructureProviderId,
        createdAt: referral.createdAt,
        sentAt: referral.receivedAt,
        escalation: escalation ? { originalReferralId: escalation.originalReferralId, grounds: escalation.grounds, reason: escalation.reason, createdAt: escalation.createdAt } : null,
      },
      content: {
        url: item.url,
        submittedUrl: item.submittedUrl,
        capturedAt: item.capturedAt,
        submittedAt: item.createdAt,
        text: item.textContent,
        pageText: item.pageText,
        media: item.media.map((m) => ({ sha256: m.sha256, byteSize: m.byteSize, contentType: m.contentType, format: m.format })),
        signals: item.signals,
      },
      platform: platform ? { id: platform.id, name: platform.name, domains: platform.domains, cooperationStatus: platform.cooperationStatus, contactPoint: platform.contactPoint, contactEmail: platform.contactEmail } : null,
      infrastructure: infrastructure.map((l) => ({ providerId: l.provider.id, name: l.provider.name, kind: l.provider.kind, role: l.role, contactEmail: l.provider.contactEmail, abuseUrl: l.provider.abuseUrl })),
      platformHistory: history,
      originalTimeline: originalTimeline.map((e) => ({ event: e.event, toState: e.toState, at: e.at })),
    };
  }
}
