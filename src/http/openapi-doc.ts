// Produces the OpenAPI document without a running server or database: the document depends only on
// the route schemas, so the app is built against a database that refuses every query.
import { loadConfig } from '../core/config/index.ts';
import type { Database } from '../core/db/index.ts';
import { createContainer } from '../container.ts';
import { buildApp } from './app.ts';

const detachedDatabase: Database = {
  engine: 'pglite',
  query: () => Promise.reject(new Error('no database: rendering the OpenAPI document only')),
  exec: () => Promise.reject(new Error('no database: rendering the OpenAPI document only')),
  transaction: () => Promise.reject(new Error('no database: rendering the OpenAPI document only')),
  close: async () => {},
};

let rendered: Promise<string> | undefined;

/** The document as JSON text; rendered once per process (the route schemas do not change at run time). */
export function renderOpenApiDocument(): Promise<string> {
  rendered ??= render();
  return rendered;
}

async function render(): Promise<string> {
  const app = await buildApp(createContainer({ config: loadConfig({}), db: detachedDatabase }));
  await app.ready();
  const doc = app.swagger();
  await app.close();
  return `${JSON.stringify(doc, null, 2)}\n`;
}
