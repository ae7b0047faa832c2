import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadConfig, type Config } from '../src/core/config/index.ts';

/** A valid config for tests, independent of the machine's environment, with its own data folder. */
export function testConfig(overrides: Partial<Record<keyof Config, unknown>> = {}): Config {
  return loadConfig({}, { logLevel: 'silent', port: 0, dataDir: mkdtempSync(join(tmpdir(), 'vigil-data-')), hashThreads: 1, ...overrides });
}
