import { loadConfig, type Config } from '../src/core/config/index.ts';

/** A valid config for tests, independent of the machine's environment. */
export function testConfig(overrides: Partial<Record<keyof Config, unknown>> = {}): Config {
  return loadConfig({}, { logLevel: 'silent', port: 0, ...overrides });
}
