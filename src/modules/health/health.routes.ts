import { z } from 'zod';
import { errorResponseSchema, type App } from '../../http/types.ts';
import type { HealthService } from './health.service.ts';

export function registerHealthRoutes(app: App, health: HealthService): void {
  app.get(
    '/healthz',
    {
      schema: {
        tags: ['health'],
        summary: 'Liveness: the process is up',
        response: { 200: z.object({ status: z.literal('ok') }) },
      },
    },
    async () => ({ status: 'ok' as const }),
  );
  app.get(
    '/readyz',
    {
      schema: {
        tags: ['health'],
        summary: 'Readiness: the database answers and is fully migrated',
        response: {
          200: z.object({ status: z.literal('ready'), database: z.object({ engine: z.string(), latencyMs: z.number() }) }),
          503: errorResponseSchema,
        },
      },
    },
    async () => health.readiness(),
  );
}
