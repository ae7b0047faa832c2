// The generated documents (and the web UI's API types) and where they live; used by `npm run docs:generate` and by the drift test.
import { renderRolesDoc } from './core/auth/roles-doc.ts';
import { renderConfigurationDoc } from './core/config/index.ts';
import { renderErrorsDoc } from './core/errors/errors-doc.ts';
import { renderOpenApiDocument } from './http/openapi-doc.ts';
import { renderApiClientTypes } from './http/openapi-client-types.ts';
import { renderReferralsDoc } from './modules/referrals/referrals-doc.ts';

export const generatedDocs: Record<string, () => string | Promise<string>> = {
  'docs/configuration.md': renderConfigurationDoc,
  'docs/errors.md': renderErrorsDoc,
  'docs/openapi.json': renderOpenApiDocument,
  'docs/referrals.md': renderReferralsDoc,
  'docs/roles.md': renderRolesDoc,
  'web/src/api/schema.d.ts': renderApiClientTypes,
};
