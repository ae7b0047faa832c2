// Builds the HTTP application from a container. It never listens: tests drive it in-process with
// app.inject(), and the serve command calls listen() on it.
import fastify, { type FastifyBaseLogger } from 'fastify';
import fastifyHelmet from '@fastify/helmet';
import { serializerCompiler, validatorCompiler, type ZodTypeProvider } from 'fastify-type-provider-zod';
import type { Container } from '../container.ts';
import { registerAuditRoutes } from '../modules/audit/audit.routes.ts';
import { registerAuthRoutes } from '../modules/auth/auth.routes.ts';
import { registerHealthRoutes } from '../modules/health/health.routes.ts';
import { registerOrganisationRoutes } from '../modules/organisations/organisation.routes.ts';
import { registerSetupRoutes } from '../modules/organisations/setup.routes.ts';
import { registerBankExchangeRoutes } from '../modules/banks/bank-exchange.routes.ts';
import { registerBankRoutes } from '../modules/banks/bank.routes.ts';
import { registerLookupRoutes } from '../modules/banks/lookup.routes.ts';
import { registerHashingRoutes } from '../modules/hashing/hashing.routes.ts';
import { registerInfrastructureRoutes } from '../modules/platforms/infrastructure.routes.ts';
import { registerPlatformRoutes } from '../modules/platforms/platform.routes.ts';
import { registerOperationRoutes } from '../modules/operations/operation.routes.ts';
import { registerItemRoutes } from '../modules/items/item.routes.ts';
import { registerDeconflictionRoutes } from '../modules/deconfliction/deconfliction.routes.ts';
import { registerReferralRoutes } from '../modules/referrals/referral.routes.ts';
import { registerPlatformReferralRoutes } from '../modules/platform-side/platform-referral.routes.ts';
import { registerPreservationRoutes } from '../modules/platform-side/preservation.routes.ts';
import { registerComplaintRoutes } from '../modules/platform-side/complaint.routes.ts';
import { registerTransparencyRoutes } from '../modules/platform-side/transparency.routes.ts';
import { registerEmergingRoutes } from '../modules/emerging/emerging.routes.ts';
import { registerEscalationRoutes } from '../modules/escalations/escalation.routes.ts';
import { registerWebhookRoutes } from '../modules/webhooks/webhook.routes.ts';
import { registerRecheckRoutes } from '../modules/rechecks/recheck.routes.ts';
import { registerFeedRoutes } from '../modules/delivery/feed.routes.ts';
import { registerEmailDeliveryRoutes } from '../modules/delivery/email-delivery.routes.ts';
import { registerPreferencesRoutes } from '../modules/preferences/preferences.routes.ts';
import { registerAuthentication } from './auth.ts';
import { registerUploads } from './upload.ts';
import { registerErrorHandling } from './error-handler.ts';
import { registerHttpMetrics } from './metrics.ts';
import { registerOpenApi } from './openapi.ts';
import { registerWebApp } from './web-app.ts';
import { requestIdFrom } from './request-id.ts';
import type { App } from './types.ts';

export async function buildApp(container: Container): Promise<App> {
  const { config, logger } = container;
  const app = fastify({
    loggerInstance: logger as FastifyBaseLogger,
    genReqId: requestIdFrom,
    bodyLimit: config.bodyLimitBytes,
    trustProxy: config.trustProxy,
    return503OnClosing: true,
    routerOptions: { ignoreTrailingSlash: true, maxParamLength: 500 },
  }).withTypeProvider<ZodTypeProvider>();

  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  registerErrorHandling(app);

  await app.register(fastifyHelmet, {
    // The API serves JSON; the reference page and the web UI load only same-origin assets.
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"],
        imgSrc: ["'self'", 'data:', 'blob:'],
        mediaSrc: ["'self'", 'blob:'],
        objectSrc: ["'none'"],
        frameAncestors: ["'none'"],
        upgradeInsecureRequests: null,
      },
    },
    crossOriginResourcePolicy: { policy: 'same-origin' },
    referrerPolicy: { policy: 'no-referrer' },
  });
  app.addHook('onSend', async (request, reply) => {
    reply.header('x-request-id', request.id);
  });

  registerHttpMetrics(app, container.metrics);
  await registerOpenApi(app);

  await registerAuthentication(app, container.auth);
  await registerUploads(app, config.uploadLimitBytes);

  registerHealthRoutes(app, container.health);
  registerAuthRoutes(app, { auth: container.auth, config });
  if (config.roles.includes('api')) {
    registerOrganisationRoutes(app, container.organisations);
    registerAuditRoutes(app, container.audit);
    registerSetupRoutes(app, container.setup);
    registerBankRoutes(app, container.banks);
    registerBankExchangeRoutes(app, container.bankExchange);
    registerHashingRoutes(app, container.hashing);
    registerPlatformRoutes(app, container.platforms);
    registerInfrastructureRoutes(app, container.infrastructure);
    registerOperationRoutes(app, container.operations);
    registerItemRoutes(app, container.items);
    registerDeconflictionRoutes(app, { holds: container.holds, notifications: container.notifications });
    registerReferralRoutes(app, container.referrals);
    registerPlatformReferralRoutes(app, container.platformReferrals);
    registerPreservationRoutes(app, container.preservations);
    registerComplaintRoutes(app, container.complaints);
    registerTransparencyRoutes(app, container.transparency);
    registerEmergingRoutes(app, container.emerging);
    registerEscalationRoutes(app, container.escalations);
    registerWebhookRoutes(app, container.webhooks);
    registerRecheckRoutes(app, container.rechecks);
    registerFeedRoutes(app, container.feed);
    registerEmailDeliveryRoutes(app, container.emailDeliveries);
    registerPreferencesRoutes(app, container.preferences);
    await registerWebApp(app);
  }
  // Lookups need the in-memory indexes, which only matcher processes hold.
  if (config.roles.includes('matcher')) registerLookupRoutes(app, { matcher: container.matcher, hashing: container.hashing });
  app.addHook('onClose', async () => {
    await container.hashing.close();
  });

  return app;
}
