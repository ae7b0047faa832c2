// The web UI's typed API client (web/src/api/client.ts, openapi-fetch) is typed by
// web/src/api/schema.d.ts, which is generated here from the same OpenAPI document the server
// serves. The drift test fails when a route changes and the types were not regenerated.
import { renderOpenApiDocument } from './openapi-doc.ts';

const HEADER = '// Generated from the OpenAPI document by `npm run docs:generate`; do not edit.\n';

export async function renderApiClientTypes(): Promise<string> {
  const { default: openapiTS, astToString } = await import('openapi-typescript');
  const document = JSON.parse(await renderOpenApiDocument()) as Parameters<typeof openapiTS>[0];
  const ast = await openapiTS(document, { alphabetize: false, exportType: false });
  return HEADER + astToString(ast);
}
