// The OpenAPI 3 document, generated from the route schemas (/openapi.json), and a reference page
// served from local assets (/docs) so it works on networks with no outside access.
import fastifySwagger from '@fastify/swagger';
import fastifySwaggerUi from '@fastify/swagger-ui';
import { jsonSchemaTransform } from 'fastify-type-provider-zod';
import type { App } from './types.ts';

export const API_VERSION = '0.1.0';

export async function registerOpenApi(app: App): Promise<void> {
  await app.register(fastifySwagger, {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'Vigil API',
        version: API_VERSION,
        description:
          'Operations, signals, hash banks, deconfliction, referrals and removal orders. Errors share one shape; see docs/errors.md.',
      },
      components: {
        securitySchemes: {
          bearerAuth: { type: 'http', scheme: 'bearer', description: 'An API key' },
          cookieAuth: { type: 'apiKey', in: 'cookie', name: 'vigil_session' },
        },
      },
    },
    transform: jsonSchemaTransform,
  });
  await app.register(fastifySwaggerUi, {
    routePrefix: '/docs',
    staticCSP: true,
    uiConfig: { docExpansion: 'list', deepLinking: true },
  });
  app.get('/openapi.json', { schema: { hide: true } }, async () => app.swagger());
}
