// Prometheus metrics: process defaults, request durations by route template (never by raw URL, so
// ids in paths cannot explode the label set), and gauges that the container contributes.
import type { FastifyInstance } from 'fastify';
import { collectDefaultMetrics, Histogram, Registry } from 'prom-client';

const REQUEST_DURATION = 'vigil_http_request_duration_seconds';

export function createMetricsRegistry(): Registry {
  const registry = new Registry();
  registry.setDefaultLabels({ service: 'vigil' });
  collectDefaultMetrics({ register: registry, prefix: 'vigil_' });
  return registry;
}

export function registerHttpMetrics(app: FastifyInstance, registry: Registry): void {
  // Several apps may share one container's registry (tests build more than one).
  const existing = registry.getSingleMetric(REQUEST_DURATION) as Histogram<'method' | 'route' | 'status_code'> | undefined;
  const duration = existing ?? new Histogram({
    name: REQUEST_DURATION,
    help: 'HTTP request duration by method, route template and status code',
    labelNames: ['method', 'route', 'status_code'] as const,
    buckets: [0.001, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
    registers: [registry],
  });
  app.addHook('onResponse', async (request, reply) => {
    const route = request.routeOptions.url ?? 'unmatched';
    duration.observe({ method: request.method, route, status_code: String(reply.statusCode) }, reply.elapsedTime / 1000);
  });
  app.get('/metrics', { schema: { hide: true } }, async (_request, reply) => {
    return reply.type(registry.contentType).send(await registry.metrics());
  });
}
