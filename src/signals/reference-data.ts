// Locates the reference test vectors (facebook/ThreatExchange data, see their READMEs) that the
// tests and the hashing benchmark read. They live in shared/testdata beside the repository;
// VIGIL_TESTDATA overrides the location.

import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join, resolve } from 'node:path';

export function referenceDataDir(): string {
  const fromEnv = process.env.VIGIL_TESTDATA;
  if (fromEnv) return resolve(fromEnv);
  const repoRoot = fileURLToPath(new URL('../../', import.meta.url));
  const candidates = [join(repoRoot, '..', 'shared', 'testdata'), join(repoRoot, 'shared', 'testdata')];
  const found = candidates.find((dir) => existsSync(join(dir, 'pdq')));
  if (!found) throw new Error(`reference test data not found (looked in ${candidates.join(', ')}); set VIGIL_TESTDATA`);
  return found;
}
