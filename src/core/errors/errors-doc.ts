// Renders docs/errors.md from the catalogue so the two never drift.
import { errorCatalogue } from './catalogue.ts';

export function renderErrorsDoc(): string {
  const rows = Object.entries(errorCatalogue)
    .map(([code, def]) => `| \`${code}\` | ${def.status} | ${def.message} |`)
    .join('\n');
  return `# Error codes

<!-- Generated from src/core/errors/catalogue.ts by \`npm run docs:generate\`; do not edit by hand. -->

Every error response has the same shape:

\`\`\`json
{ "error": { "code": "VALIDATION_FAILED", "message": "…", "requestId": "…" } }
\`\`\`

\`code\` is stable: clients may branch on it. \`message\` is for people and may change. Validation
errors add \`details\` with the failing fields. \`requestId\` is also sent as the \`x-request-id\`
header and appears in the server's logs.

| code | HTTP status | meaning |
|---|---|---|
${rows}
`;
}
