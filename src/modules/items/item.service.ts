// Intake and assessment of items. A submission canonicalises the URL, resolves the platform by
// registrable domain (an unknown domain is kept and flagged, never refused), stores media
// content-addressed and hashes it at once (text too), and joins the item to its cluster, all in
// one transaction with its audit event. The same URL in the same operation is one item; an
// Idempotency-Key makes an API retry return the first answer. Deconfliction joins in through
// IntakeHolds: holds follow merged clusters, holders hear of their content submitted by others,
// and every item read carries whether it is held (never by whom).
import { createHash } from 'node:crypto';
import type { Readable } from 'node:stream';
import type { AuditTrail } from '../../core/audit/index.ts';
import { canonicalJson } from '../../core/audit/index.ts';
import { isPrincipal, requirePermission, type RequestContext, actingOrganisation } from '../../core/auth/principal.ts';
import type { Clock } from '../../core/clock/clock.ts';
import type { Database, Queryable } from '../../core/db/index.ts';
import { AppError } from '../../core/errors/app-error.ts';
import type { HashingService } from '../hashing/hashing.service.ts';
import type { OperationService } from '../operations/operation.service.ts';
import { canonicaliseUrl, isUrlError } from '../platforms/url/index.ts';
import type { ClusterIndex } from './cluster-index.ts';
import { PAGE_TEXT_MAX_LENGTH, type ClusterMerge, type ClusterSummary, type HeldBy, type Item, type ItemMedia, type ItemSignal, type ItemStatus, type ItemTier, type ItemView } from './item.model.ts';
import type { ItemRepository } from './item.repository.ts';
import type { MediaStore } from './media-store.ts';

export interface ItemInput {
  url: string;
  operationId?: number | null;
  language?: string | null;
  groupName?: string | null;
  category?: string | null;
  tier?: ItemTier | null;
  legalBasis?: string | null;
  text?: string | null;
  /** The text of the page at capture (links in it are counted like links in the text). */
  pageText?: string | null;
  notes?: string;
  capturedAt?: Date | null;
}

export interface MediaInput {
  stream: Readable;
  filename: string | null;
}

export type PlatformResolver = (canonicalUrl: string) => Promise<{ id: number; name: string } | null>;

export type ItemCreatedHook = (tx: Queryable, item: { id: number; textContent: string | null; pageText: string | null }) => Promise<void>;

/**
 * What intake needs of deconfliction. The container connects the deconfliction module, which
 * depends on this one, so this module names none of its types.
 */
export interface IntakeHolds {
  /** In the intake transaction, right after clusters merged: holds on the absorbed clusters follow the survivor. */
  clustersMerged(tx: Queryable, ctx: RequestContext, merge: ClusterMerge): Promise<void>;
  /** In the intake transaction, once a new item is stored and clustered: tells other organisations holding content it matches. */
  itemSubmitted(tx: Queryable, ctx: RequestContext, item: Item, platform: { id: number; name: string } | null): Promise<void>;
  /** Whose active holds cover each item (by the item, its URL or its cluster), for the item's submitting organisation. */
  heldBy(organisationId: number, items: Array<Pick<Item, 'id' | 'url' | 'clusterId'>>, db?: Queryable): Promise<Map<number, HeldBy>>;
}

export interface SubmitResult {
  item: ItemView;
  created: boolean;
  /** The registrable domain is in no platform's registry entry. */
  unregisteredDomain: boolean;
}

const TEXT_SIGNALS = ['text_sha256', 'text_tlsh'];
const MEDIA_SIGNALS = ['pdq', 'vpdq', 'md5', 'sha256'];

export class ItemService {
  constructor(
    private readonly deps: {
      db: Database;
      repository: ItemRepository;
      operations: OperationService;
      hashing: HashingService;
      media: MediaStore;
      clusters: ClusterIndex;
      audit: AuditTrail;
      clock: Clock;
      resolvePlatform: PlatformResolver;
      /** Runs in the intake transaction once a new item is stored (the container connects other modules here). */
      onItemCreated?: ItemCreatedHook;
      /** Deconfliction at intake and the held indicator; without it, no item reads as held. */
      holds?: IntakeHolds;
    },
  ) {}

  /** Refuses an operation the caller does not take part in (404) or that is closed. */
  async checkOperationOpen(ctx: RequestContext, operationId: number): Promise<void> {
    const op = await this.deps.operations.visible(ctx, operationId);
    if (op.status === 'closed') throw new AppError('INVALID_STATE_TRANSITION', 'The operation is closed; it takes no more items.');
  }

  async submit(ctx: RequestContext, input: ItemInput, media?: MediaInput): Promise<SubmitResult> {
    requirePermission(ctx.actor, 'items:submit');
    const org = actingOrganisation(ctx);
    if (input.pageText && input.pageText.length > PAGE_TEXT_MAX_LENGTH) throw new AppError('VALIDATION_FAILED', `The captured page text has more than ${PAGE_TEXT_MAX_LENGTH} characters.`);
    if (input.operationId != null) await this.checkOperationOpen(ctx, input.operationId);
    let canonical;
    try {
      canonical = canonicaliseUrl(input.url);
    } catch (error) {
      if (isUrlError(error)) throw new AppError('URL_INVALID', error.message);
      throw error;
    }
    const platform = await this.deps.resolvePlatform(canonical.url);
    const signals: ItemSignal[] = [];
    let stored: { sha256: string; byteSize: number; contentType: string; format: string | null; filename: string | null } | null = null;
    if (media) {
      stored = await this.deps.hashing.withSpooled(media.stream, async (path) => {
        const hashed = await this.deps.hashing.pool.hashFile(path, MEDIA_SIGNALS);
        for (const [signalType, h] of Object.entries(hashed.signals)) signals.push({ signalType, value: h.value, quality: h.quality ?? null });
        const put = await this.deps.media.put(path);
        return { ...put, contentType: hashed.contentType, format: hashed.format ?? null, filename: media.filename };
      });
    }
    if (input.text && input.text.trim().length > 0) {
      const hashed = await this.deps.hashing.pool.hashText(input.text, TEXT_SIGNALS).catch(() => this.deps.hashing.pool.hashText(input.text!, ['text_sha256']));
      for (const [signalType, h] of Object.entries(hashed.signals)) signals.push({ signalType, value: h.value, quality: h.quality ?? null });
    }
    const { db, repository, audit, clock, clusters } = this.deps;
    return db.transaction(async (tx) => {
      const now = clock.now();
      const { id, created } = await repository.insertIfNew(
        tx,
        {
          organisationId: org,
          operationId: input.operationId ?? null,
          url: canonical.url,
          submittedUrl: input.url,
          host: canonical.host,
          registrableDomain: canonical.registrableDomain,
          platformId: platform?.id ?? null,
          language: input.language ?? null,
          groupName: input.groupName ?? null,
          category: input.category ?? null,
          tier: input.tier ?? null,
          legalBasis: input.legalBasis ?? null,
          textContent: input.text ?? null,
          pageText: input.pageText ?? null,
          notes: input.notes ?? '',
          capturedAt: input.capturedAt ?? null,
          submittedBy: isPrincipal(ctx.actor) && ctx.actor.kind === 'member' ? ctx.actor.id : null,
        },
        now,
      );
      if (created) {
        await repository.insertSignals(tx, id, signals, now);
        if (stored) await repository.insertMedia(tx, id, stored, now);
        // Only content with signals can match anything; the clustering lock is not taken for bare URLs.
        let merge: ClusterMerge | null = null;
        if (signals.length > 0) {
          const assigned = await clusters.assign(tx, id, signals, now);
          if (assigned.absorbed.length > 0) merge = { into: assigned.clusterId, absorbed: assigned.absorbed };
        }
        // Before this transaction's first audit event: the holds' locks come before the audit trail's head lock, as everywhere.
        if (merge) await this.deps.holds?.clustersMerged(tx, ctx, merge);
        await audit.record(tx, ctx, { action: 'item.submitted', targetType: 'item', targetId: id, after: { url: canonical.url, operationId: input.operationId ?? null, platformId: platform?.id ?? null, signals: signals.map((s) => s.signalType), ...(merge ? { clustersMerged: merge } : {}) } });
        await this.deps.onItemCreated?.(tx, { id, textContent: input.text ?? null, pageText: input.pageText ?? null });
      }
      const item = await repository.get(org, id, tx);
      // Another organisation submitted this URL to the operation first: say so, show nothing of it.
      if (!item) throw new AppError('ITEM_ALREADY_SUBMITTED');
      if (created) await this.deps.holds?.itemSubmitted(tx, ctx, item, platform ? { id: platform.id, name: platform.name } : null);
      return { item: (await this.#withHolds(org, [item], tx))[0]!, created, unregisteredDomain: platform === null };
    });
  }

  /** Runs `submit` at most once per Idempotency-Key: a retry gets the stored answer back. */
  async idempotent<T>(ctx: RequestContext, key: string | undefined, request: unknown, run: () => Promise<{ status: number; body: T }>): Promise<{ status: number; body: T; replayed: boolean }> {
    if (!key) return { ...(await run()), replayed: false };
    const org = actingOrganisation(ctx);
    const requestHash = createHash('sha256').update(canonicalJson(request)).digest('hex');
    const previous = await this.deps.repository.findIdempotent(org, key);
    if (previous) {
      if (previous.requestHash !== requestHash) throw new AppError('IDEMPOTENCY_KEY_REUSED');
      return { status: previous.statusCode, body: previous.response as T, replayed: true };
    }
    const result = await run();
    await this.deps.db.transaction((tx) => this.deps.repository.saveIdempotent(tx, org, key, requestHash, result.status, result.body, this.deps.clock.now()));
    return { ...result, replayed: false };
  }

  async get(ctx: RequestContext, id: number): Promise<ItemView> {
    requirePermission(ctx.actor, 'items:read');
    const org = actingOrganisation(ctx);
    const item = await this.deps.repository.get(org, id);
    if (!item) throw new AppError('NOT_FOUND');
    return (await this.#withHolds(org, [item]))[0]!;
  }

  /** Adds the deconfliction indicator: whether an active hold covers each item, and only whether it is the caller's own. */
  async #withHolds(organisationId: number, items: Item[], tx?: Queryable): Promise<ItemView[]> {
    const heldBy = items.length > 0 && this.deps.holds ? await this.deps.holds.heldBy(organisationId, items, tx) : new Map<number, HeldBy>();
    return items.map((i) => ({ ...i, held: heldBy.has(i.id), heldBy: heldBy.get(i.id) ?? null }));
  }

  /** The cluster `clusterId` is now: itself, or the one it was merged into; null if there is none. For deconfliction. */
  async survivingCluster(clusterId: number, tx?: Queryable): Promise<number | null> {
    return this.deps.repository.survivingCluster(clusterId, tx);
  }

  /**
   * One media file of an item, for display: the same visibility as `get` (another organisation's
   * item is 404), and the media must belong to that item. The caller streams the bytes.
   */
  async mediaFile(ctx: RequestContext, itemId: number, mediaId: number): Promise<{ media: ItemMedia; stream: Readable; byteSize: number }> {
    const item = await this.get(ctx, itemId);
    const media = item.media.find((m) => m.id === mediaId);
    if (!media) throw new AppError('NOT_FOUND');
    const file = await this.deps.media.open(media.sha256);
    // The database names a file the store does not have: a broken store, not the caller's mistake.
    if (!file) throw new Error(`media ${media.sha256} of item ${itemId} is missing from the media store`);
    return { media, stream: file.stream, byteSize: file.byteSize };
  }

  /**
   * The item if the caller's organisation submitted it; 404 otherwise. For other modules, which
   * check their own permissions. `lock` takes the item's row lock in `tx`, so that its cluster
   * cannot change and two deciders on one item (a hold and a referral) run one after the other.
   */
  async visibleItem(ctx: RequestContext, id: number, options: { tx?: Queryable; lock?: boolean } = {}): Promise<Item> {
    const org = actingOrganisation(ctx);
    if (options.lock && options.tx) await this.deps.repository.lock(options.tx, org, id);
    const item = await this.deps.repository.get(org, id, options.tx);
    if (!item) throw new AppError('NOT_FOUND');
    return item;
  }

  async list(ctx: RequestContext, filter: { operationId?: number; afterId?: number; limit?: number }): Promise<ItemView[]> {
    requirePermission(ctx.actor, 'items:read');
    const org = actingOrganisation(ctx);
    return this.#withHolds(org, await this.deps.repository.list(org, { ...(filter.operationId ? { operationId: filter.operationId } : {}), afterId: filter.afterId ?? 0, limit: filter.limit ?? 100 }));
  }

  async assess(ctx: RequestContext, id: number, patch: { language?: string | null; groupName?: string | null; category?: string | null; tier?: ItemTier | null; legalBasis?: string | null; notes?: string; status?: ItemStatus }): Promise<ItemView> {
    requirePermission(ctx.actor, 'items:assess');
    const org = actingOrganisation(ctx);
    const { db, repository, audit, clock } = this.deps;
    const assessed = await db.transaction(async (tx) => {
      const before = await repository.get(org, id, tx);
      if (!before) throw new AppError('NOT_FOUND');
      const status = patch.status ?? (before.status === 'new' ? 'assessed' : before.status);
      await repository.assess(tx, org, id, { ...patch, status }, clock.now());
      const after = (await repository.get(org, id, tx))!;
      await audit.record(tx, ctx, { action: 'item.assessed', targetType: 'item', targetId: id, before: assessmentOf(before), after: assessmentOf(after) });
      return after;
    });
    return (await this.#withHolds(org, [assessed]))[0]!;
  }

  async cluster(ctx: RequestContext, clusterId: number): Promise<ClusterSummary> {
    requirePermission(ctx.actor, 'items:read');
    const summary = await this.deps.repository.clusterSummary(actingOrganisation(ctx), clusterId);
    if (!summary) throw new AppError('NOT_FOUND');
    return summary;
  }
}

function assessmentOf(i: Item) {
  return { language: i.language, groupName: i.groupName, category: i.category, tier: i.tier, legalBasis: i.legalBasis, status: i.status };
}

