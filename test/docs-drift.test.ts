import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { generatedDocs } from '../src/docs-generation.ts';

describe('generated documents are in step with the code', () => {
  for (const [path, render] of Object.entries(generatedDocs)) {
    it(`${path} (run \`npm run docs:generate\` after changing its source)`, async () => {
      expect(readFileSync(path, 'utf8')).toBe(await render());
    });
  }
});
