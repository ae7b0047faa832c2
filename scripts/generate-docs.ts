// Writes the generated documents (configuration, error codes, OpenAPI) into docs/.
import { writeFileSync } from 'node:fs';
import { generatedDocs } from '../src/docs-generation.ts';

for (const [path, render] of Object.entries(generatedDocs)) {
  writeFileSync(path, await render());
  process.stdout.write(`wrote ${path}\n`);
}
