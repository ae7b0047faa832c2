// The one place that wires config → database → repositories → services. Each service receives only
// what it uses; nothing reaches for globals. Every process role (api, worker) builds the same
// container and starts the parts it runs.
import { join } from 'node:path';
import { systemContext } from './core/auth/principal.ts';
import { Gauge, type Registry } from 'prom-client';
import type { Config } from './core/config/index.ts';
import { systemClock, type Clock } from './core/clock/clock.ts';
import type { Database } from './core/db/index.ts';
import { JobQueue, JobRegistry, JobRepository, JobScheduler, JobWorker, type ScheduleDefinition } from './core/jobs/index.ts';
import { silentLogger, type Logger } from './core/logging/logger.ts';
import { createMetricsRegistry } from './http/metrics.ts';
import { AuditRepository, AuditTrail } from './core/audit/index.ts';
import { AuditService } from './modules/audit/audit.service.ts';
import { BankExchangeService } from './modules/banks/bank-exchange.service.ts';
import { BankMatcher } from './modules/banks/bank-matcher.ts';
import { BankRepository } from './modules/banks/bank.repository.ts';
import { BankService } from './modules/banks/bank.service.ts';
import { HashingService } from './modules/hashing/hashing.service.ts';
import { AuthRepository } from './modules/auth/auth.repository.ts';
import { AuthService } from './modules/auth/auth.service.ts';
import { HealthService } from './modules/health/health.service.ts';
import { OrganisationRepository } from './modules/organisations/organisation.repository.ts';
import { OrganisationService } from './modules/organisations/organisation.service.ts';
import { SetupRepository } from './modules/organisations/setup.repository.ts';
import { SetupService } from './modules/organisations/setup.service.ts';
import { InfrastructureRepository } from './modules/platforms/infrastructure.repository.ts';
import { InfrastructureService } from './modules/platforms/infrastructure.service.ts';
import { PlatformRepository } from './modules/platforms/platform.repository.ts';
import { PlatformService } from './modules/platforms/platform.service.ts';
import { OperationRepository } from './modules/operations/operation.repository.ts';
import { OperationService } from './modules/operations/operation.service.ts';
import { OperationFiguresRepository } from './modules/operations/operation-figures.repository.ts';
import { OperationReferralFiguresRepository } from './modules/operations/operation-referral-figures.repository.ts';
import { ClusterIndex } from './modules/items/cluster-index.ts';
import { ItemRepository } from './modules/items/item.repository.ts';
import { ItemService } from './modules/items/item.service.ts';
import { MediaStore } from './modules/items/media-store.ts';
import { DeconflictionService } from './modules/deconfliction/deconfliction.service.ts';
import { HoldRepository } from './modules/deconfliction/hold.repository.ts';
import { NotificationRepository } from './modules/deconfliction/notification.repository.ts';
import { NotificationService } from './modules/deconfliction/notification.service.ts';
import { ReferralRepository } from './modules/referrals/referral.repository.ts';
import { ReferralService } from './modules/referrals/referral.service.ts';
import { OverdueRepository } from './modules/platform-side/overdue.repository.ts';
import { OverdueSweep } from './modules/platform-side/overdue.service.ts';
import { PlatformReferralService } from './modules/platform-side/platform-referral.service.ts';
import { PreservationRepository } from './modules/platform-side/preservation.repository.ts';
import { PreservationService } from './modules/platform-side/preservation.service.ts';
import { ComplaintRepository } from './modules/platform-side/complaint.repository.ts';
import { ComplaintService } from './modules/platform-side/complaint.service.ts';
import { TransparencyRepository } from './modules/platform-side/transparency.repository.ts';
import { TransparencyService } from './modules/platform-side/transparency.service.ts';
import { WebhookRepository } from './modules/webhooks/webhook.repository.ts';
import { WEBHOOK_DELIVER_JOB, WEBHOOK_RETRY, REQUEST_TIMEOUT_MS, WebhookService } from './modules/webhooks/webhook.service.ts';
import { FeedRepository } from './modules/delivery/feed.repository.ts';
import { PlatformFeedService } from './modules/delivery/feed.service.ts';
import { EmailDeliveryRepository } from './modules/delivery/email-delivery.repository.ts';
import { EMAIL_DELIVER_JOB, EMAIL_RESUME_JOB, EMAIL_RETRY, EMAIL_TIMEOUT_MS, EmailDeliveryService } from './modules/delivery/email-delivery.service.ts';
import { senderDomain, smtpSenderFromSettings } from './modules/delivery/email-sender.ts';
import { ReferralDeliveryRepository } from './modules/delivery/referral-delivery.repository.ts';
import { ReferralDelivery } from './modules/delivery/referral-delivery.ts';
import { EmergingRepository } from './modules/emerging/emerging.repository.ts';
import { EmergingService } from './modules/emerging/emerging.service.ts';
import { EscalationRepository } from './modules/escalations/escalation.repository.ts';
import { EscalationService } from './modules/escalations/escalation.service.ts';
import { SafeHttpFetcher } from './modules/rechecks/http-fetcher.ts';
import { RecheckRepository } from './modules/rechecks/recheck.repository.ts';
import { RECHECK_JOB, RECHECK_RETRY, RECHECK_SWEEP_JOB, RecheckService } from './modules/rechecks/recheck.service.ts';
import { PreferencesRepository } from './modules/preferences/preferences.repository.ts';
import { PreferencesService } from './modules/preferences/preferences.service.ts';

export interface ContainerInput {
  config: Config;
  db: Database;
  clock?: Clock;
  logger?: Logger;
}

export interface Container {
  config: Config;
  db: Database;
  clock: Clock;
  logger: Logger;
  metrics: Registry;
  jobs: { registry: JobRegistry; repository: JobRepository; queue: JobQueue; schedules: ScheduleDefinition[] };
  health: HealthService;
  auditTrail: AuditTrail;
  audit: AuditService;
  organisations: OrganisationService;
  auth: AuthService;
  setup: SetupService;
  banks: BankService;
  matcher: BankMatcher;
  hashing: HashingService;
  bankExchange: BankExchangeService;
  platforms: PlatformService;
  operations: OperationService;
  items: ItemService;
  notifications: NotificationService;
  holds: DeconflictionService;
  referrals: ReferralService;
  platformReferrals: PlatformReferralService;
  overdueSweep: OverdueSweep;
  preservations: PreservationService;
  complaints: ComplaintService;
  transparency: TransparencyService;
  infrastructure: InfrastructureService;
  emerging: EmergingService;
  escalations: EscalationService;
  webhooks: WebhookService;
  feed: PlatformFeedService;
  emailDeliveries: EmailDeliveryService;
  preferences: PreferencesService;
  rechecks: RecheckService;
}

const DAY_MS = 86_400_000;

export function createContainer(input: ContainerInput): Container {
  const { config, db } = input;
  const clock = input.clock ?? systemClock;
  const logger = input.logger ?? silentLogger;
  const metrics = createMetricsRegistry();

  const jobRegistry = new JobRegistry();
  const jobRepository = new JobRepository(db);
  const jobQueue = new JobQueue(jobRepository, jobRegistry, clock);
  const schedules: ScheduleDefinition[] = [];

  jobRegistry.define({
    kind: 'jobs.prune',
    handle: async () => {
      const removed = await jobRepository.pruneSucceeded(new Date(clock.now().getTime() - 7 * DAY_MS));
      logger.info({ removed }, 'pruned finished jobs');
    },
  });
  schedules.push({ name: 'jobs.prune', kind: 'jobs.prune', intervalMs: 3_600_000 });

  new Gauge({
    name: 'vigil_jobs',
    help: 'Durable jobs by status',
    labelNames: ['status'] as const,
    registers: [metrics],
    async collect() {
      const counts = await jobRepository.countByStatus();
      for (const [status, n] of Object.entries(counts)) this.set({ status }, n);
    },
  });

  const auditTrail = new AuditTrail(new AuditRepository(db), clock);
  const organisations = new OrganisationService({ db, repository: new OrganisationRepository(db), audit: auditTrail, clock });
  const auth = new AuthService({ db, repository: new AuthRepository(db), organisations, audit: auditTrail, clock, config });

  jobRegistry.define({
    kind: 'sessions.purge',
    handle: async () => {
      const removed = await auth.purgeExpiredSessions();
      logger.info({ removed }, 'purged expired sessions');
    },
  });
  schedules.push({ name: 'sessions.purge', kind: 'sessions.purge', intervalMs: 3_600_000 });

  const bankRepository = new BankRepository(db);
  const banks = new BankService({ db, repository: bankRepository, audit: auditTrail, clock });
  const matcher = new BankMatcher({
    banks,
    logger,
    clock,
    policy: { pollIntervalMs: config.matcherPollIntervalMs, qualityFloor: config.matchQualityFloor, floodMinPerHour: config.floodMinMatchesPerHour, floodFactor: config.floodFactor, countFlushMs: config.matchCountFlushMs },
  });
  // The matcher in this process sees its own process's changes before the request answers.
  if (config.roles.includes('matcher')) banks.onSignalsChanged(() => matcher.sync());

  const platformRepository = new PlatformRepository(db);
  const platforms = new PlatformService({ db, repository: platformRepository, organisations, audit: auditTrail, clock });
  const infrastructure = new InfrastructureService({ db, repository: new InfrastructureRepository(db), platforms: platformRepository, audit: auditTrail, clock, organisations });

  const hashing = new HashingService(config);
  // Reports name platforms whatever the reader's permissions (the registry is another module's).
  const platformName = async (id: number) => (await platforms.get(systemContext('report'), id).catch(() => null))?.name ?? null;
  const operations = new OperationService({
    db,
    repository: new OperationRepository(db),
    figures: new OperationFiguresRepository(db),
    referralFigures: new OperationReferralFiguresRepository(db),
    platformName,
    audit: auditTrail,
    clock,
  });
  const emerging = new EmergingService({ db, repository: new EmergingRepository(db), operations, platforms, audit: auditTrail, clock, candidateThreshold: config.candidateThreshold });
  jobRegistry.define({
    kind: 'emerging.candidates',
    handle: async () => {
      const alerted = await emerging.alertNewCandidates();
      logger.info({ alerted }, 'alerted new candidate platforms');
    },
  });
  // Often enough that a group's move to its own site is seen within minutes of the threshold.
  schedules.push({ name: 'emerging.candidates', kind: 'emerging.candidates', intervalMs: 300_000 });
  const itemRepository = new ItemRepository(db);
  const items: ItemService = new ItemService({
    db,
    repository: itemRepository,
    operations,
    hashing,
    media: new MediaStore(join(config.dataDir, 'media')),
    clusters: new ClusterIndex(itemRepository, config.matchQualityFloor),
    audit: auditTrail,
    clock,
    resolvePlatform: (url) => platforms.platformForUrl(url),
    onItemCreated: (tx, item) => emerging.recordItem(tx, item),
    // Deconfliction depends on items; intake reaches it through these (bound once it exists, below).
    holds: {
      clustersMerged: (tx, ctx, merge) => holds.clustersMerged(tx, ctx, merge),
      itemSubmitted: (tx, ctx, item, platform) => holds.itemSubmitted(tx, ctx, item, platform),
      heldBy: (organisationId, list, q) => holds.heldBy(organisationId, list, q),
    },
  });
  const notifications = new NotificationService({ db, repository: new NotificationRepository(db), organisations, audit: auditTrail, clock });
  const holds: DeconflictionService = new DeconflictionService({ db, repository: new HoldRepository(db), items, operations, notifications, audit: auditTrail, clock, noticeWindowMs: config.holdNoticeWindowHours * 3_600_000 });
  const webhooks = new WebhookService({ db, repository: new WebhookRepository(), queue: jobQueue, audit: auditTrail, clock, secretKey: config.secretKey ?? null, allowPrivateTargets: config.webhookAllowPrivateTargets });
  jobRegistry.define<{ deliveryId: number }>({
    kind: WEBHOOK_DELIVER_JOB,
    handle: ({ job, signal }) => webhooks.deliver(job.payload.deliveryId, { number: job.attempts, maxAttempts: job.maxAttempts, signal }),
    retry: WEBHOOK_RETRY,
    timeoutMs: REQUEST_TIMEOUT_MS + 5_000,
    // Also when the worker running the last attempt died: the delivery must not stay pending.
    onDead: (job, error) => webhooks.markDead(job.payload.deliveryId, error),
  });
  // Delivery channels: the platform feed (always) and, on sending, the platform's chosen push.
  const feed = new PlatformFeedService({ db, repository: new FeedRepository(), platforms, clock });
  const emailDeliveries: EmailDeliveryService = new EmailDeliveryService({
    db,
    repository: new EmailDeliveryRepository(),
    queue: jobQueue,
    audit: auditTrail,
    clock,
    sender: smtpSenderFromSettings(config),
    messageIdDomain: senderDomain(config.smtpFrom),
    publicUrl: config.publicUrl ?? null,
    referral: (platformId, id) => referrals.getReceived(systemContext('email'), [platformId], id).then((r) => r.referral, () => null),
    platform: (id) => platforms.get(systemContext('email'), id).catch(() => null),
  });
  jobRegistry.define<{ deliveryId: number }>({
    kind: EMAIL_DELIVER_JOB,
    handle: ({ job }) => emailDeliveries.deliver(job.payload.deliveryId, { number: job.attempts, maxAttempts: job.maxAttempts }),
    retry: EMAIL_RETRY,
    timeoutMs: EMAIL_TIMEOUT_MS,
    onDead: (job, error) => emailDeliveries.markDead(job.payload.deliveryId, error),
  });
  jobRegistry.define({
    kind: EMAIL_RESUME_JOB,
    handle: async () => {
      const queued = await emailDeliveries.resumeWaiting();
      if (queued > 0) logger.info({ queued }, 'queued e-mail deliveries that waited for SMTP settings');
    },
  });
  schedules.push({ name: EMAIL_RESUME_JOB, kind: EMAIL_RESUME_JOB, intervalMs: 60_000 });
  const delivery: ReferralDelivery = new ReferralDelivery({ repository: new ReferralDeliveryRepository(), feed, webhooks, email: emailDeliveries });
  // Removed content is preserved for six months (TCO Art. 6) from the move that removed it.
  const preservations = new PreservationService({ db, repository: new PreservationRepository(db), platforms, notifications, audit: auditTrail, clock });
  jobRegistry.define({
    kind: 'preservations.purge',
    handle: async () => {
      const purged = await preservations.purgeExpired();
      if (purged > 0) logger.info({ purged }, 'purged preservations whose period ended');
    },
  });
  schedules.push({ name: 'preservations.purge', kind: 'preservations.purge', intervalMs: 3_600_000 });
  const referrals = new ReferralService({ db, repository: new ReferralRepository(db), items, platforms, infrastructure, deconfliction: holds, audit: auditTrail, clock, onMoved: async (tx, referral, move) => {
    await delivery.referralMoved(tx, referral, move);
    await preservations.referralMoved(tx, referral, move);
    await rechecks.referralMoved(tx, referral);
  } });
  const platformReferrals = new PlatformReferralService({ platforms, referrals, infrastructure });
  const escalations = new EscalationService({ repository: new EscalationRepository(db), referrals, items, platforms, infrastructure, audit: auditTrail, clock, escalateAfterMs: config.escalationAfterHours * 3_600_000 });
  const complaints = new ComplaintService({ db, repository: new ComplaintRepository(db), platforms, referrals, notifications, audit: auditTrail, clock });
  const transparency = new TransparencyService({ repository: new TransparencyRepository(db), platforms, platformName, clock });
  const overdueSweep = new OverdueSweep({ db, repository: new OverdueRepository(), audit: auditTrail, clock });
  // Removal orders whose hour ran out are flagged to both sides once; a minute is close enough to the deadline.
  jobRegistry.define({
    kind: 'referrals.overdue',
    handle: async () => {
      const flagged = await overdueSweep.run();
      if (flagged > 0) logger.info({ flagged }, 'flagged overdue removal orders');
    },
  });
  schedules.push({ name: 'referrals.overdue', kind: 'referrals.overdue', intervalMs: 60_000 });
  // Re-checks of referred URLs: confirm removal claims (→ closed), then watch for the content coming back.
  const rechecks: RecheckService = new RecheckService({
    db,
    repository: new RecheckRepository(db),
    fetcher: new SafeHttpFetcher({ maxBytes: config.recheckMaxBytes, timeoutMs: config.recheckTimeoutMs, connectTimeoutMs: config.recheckConnectTimeoutMs, allowPrivateTargets: config.recheckAllowPrivateTargets }),
    referrals,
    notifications,
    queue: jobQueue,
    audit: auditTrail,
    clock,
    policy: {
      firstDelayMs: config.recheckFirstDelayMinutes * 60_000,
      confirmIntervalMs: config.recheckConfirmIntervalMinutes * 60_000,
      watchIntervalMs: config.recheckWatchIntervalHours * 3_600_000,
      watchMs: config.recheckWatchDays * DAY_MS,
    },
    removalMarkers: config.recheckRemovalMarkers,
  });
  jobRegistry.define<{ referralId: number }>({
    kind: RECHECK_JOB,
    handle: async ({ job, signal }) => {
      await rechecks.runScheduled(job.payload.referralId, signal);
    },
    retry: RECHECK_RETRY,
    timeoutMs: config.recheckTimeoutMs + 10_000,
  });
  jobRegistry.define({
    kind: RECHECK_SWEEP_JOB,
    handle: async () => {
      const queued = await rechecks.enqueueDue();
      if (queued > 0) logger.info({ queued }, 'queued re-checks of referred URLs');
    },
  });
  schedules.push({ name: RECHECK_SWEEP_JOB, kind: RECHECK_SWEEP_JOB, intervalMs: 60_000 });

  return {
    config,
    db,
    clock,
    logger,
    metrics,
    jobs: { registry: jobRegistry, repository: jobRepository, queue: jobQueue, schedules },
    health: new HealthService(db),
    auditTrail,
    audit: new AuditService(auditTrail),
    organisations,
    auth,
    setup: new SetupService({ db, repository: new SetupRepository(db), organisations, clock }),
    banks,
    matcher,
    hashing,
    bankExchange: new BankExchangeService({ banks, repository: bankRepository, clock }),
    platforms,
    infrastructure,
    operations,
    items,
    notifications,
    holds,
    referrals,
    platformReferrals,
    overdueSweep,
    preservations,
    complaints,
    transparency,
    emerging,
    escalations,
    webhooks,
    feed,
    emailDeliveries,
    preferences: new PreferencesService({ db, repository: new PreferencesRepository(db), audit: auditTrail, clock }),
    rechecks,
  };
}

export function createJobWorker(c: Container, overrides: Partial<{ id: string; concurrency: number; leaseMs: number; pollIntervalMs: number; kinds: string[] }> = {}): JobWorker {
  return new JobWorker(
    { repository: c.jobs.repository, registry: c.jobs.registry, clock: c.clock, logger: c.logger, queue: c.jobs.queue },
    {
      concurrency: c.config.jobsConcurrency,
      pollIntervalMs: c.config.jobsPollIntervalMs,
      leaseMs: c.config.jobsLeaseMs,
      ...overrides,
    },
  );
}

export function createJobScheduler(c: Container): JobScheduler {
  return new JobScheduler({ db: c.db, repository: c.jobs.repository, queue: c.jobs.queue, clock: c.clock, logger: c.logger }, c.jobs.schedules);
}
