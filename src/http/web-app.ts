// Serves the web UI (web/dist, built by `npm run build:ui`) under /app/ from the same process as the
// API. Hashed assets are cached for a year; index.html never, so a new build is picked up at once.
// Any other address under /app/ answers index.html and the UI's router shows the page. The UI
// talks to the API only through its public routes; nothing here gives it anything else.
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import fastifyStatic from '@fastify/static';
import type { FastifyReply } from 'fastify';
import type { App } from './types.ts';

export const WEB_DIST = fileURLToPath(new URL('../../web/dist', import.meta.url));

export async function registerWebApp(app: App, root: string = WEB_DIST): Promise<void> {
  app.get('/', { schema: { hide: true } }, async (_request, reply) => reply.redirect('/app/'));

  const indexPath = join(root, 'index.html');
  if (!existsSync(indexPath)) {
    app.get('/app/*', { schema: { hide: true } }, async (_request, reply) =>
      reply.status(503).type('text/plain; charset=utf-8').send('The web UI is not built. Run `npm run build:ui` (npm ci runs it) and restart.\n'),
    );
    return;
  }
  const index = await readFile(indexPath);

  await app.register(fastifyStatic, {
    root,
    prefix: '/app/',
    // Routes for the files present at start; everything else falls through to index.html below.
    wildcard: false,
    index: false,
    serveDotFiles: false,
    setHeaders(reply, path) {
      reply.header('cache-control', path.startsWith(join(root, 'assets')) ? 'public, max-age=31536000, immutable' : 'no-cache');
    },
  });
  const sendIndex = async (_request: unknown, reply: FastifyReply) => reply.header('cache-control', 'no-cache').type('text/html; charset=utf-8').send(index);
  app.get('/app', { schema: { hide: true } }, sendIndex);
  app.get('/app/*', { schema: { hide: true } }, sendIndex);
}
