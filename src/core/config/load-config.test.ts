import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from './index.ts';

describe('loadConfig', () => {
  it('gives documented defaults for an empty environment', () => {
    const config = loadConfig({});
    expect(config).toMatchObject({ port: 8080, host: 'localhost', dataDir: './.vigil', roles: ['api', 'worker', 'matcher'], migrateOnStart: true });
    expect(config.databaseUrl).toBeUndefined();
    expect(Object.isFrozen(config)).toBe(true);
  });

  it('reads VIGIL_ variables and DATABASE_URL, treating empty values as unset', () => {
    const config = loadConfig({ VIGIL_PORT: '9090', VIGIL_DATA_DIR: '', DATABASE_URL: 'postgres://u@db:5432/vigil', VIGIL_ROLES: 'worker' });
    expect(config.port).toBe(9090);
    expect(config.dataDir).toBe('./.vigil');
    expect(config.databaseUrl).toBe('postgres://u@db:5432/vigil');
    expect(config.roles).toEqual(['worker']);
  });

  it('reports every problem at once, never printing secrets', () => {
    let error: ConfigError | undefined;
    try {
      loadConfig({
        VIGIL_PORT: 'eighty',
        VIGIL_LOG_LEVEL: 'loud',
        DATABASE_URL: 'mysql://root:hunter2@db/x',
        VIGIL_MIGRATE_ON_START: 'perhaps',
        VIGIL_ROLES: 'api,matcherz',
      });
    } catch (e) {
      error = e as ConfigError;
    }
    expect(error).toBeInstanceOf(ConfigError);
    expect(error?.problems.map((p) => p.split(':')[0])).toEqual([
      'VIGIL_PORT',
      'DATABASE_URL',
      'VIGIL_MIGRATE_ON_START',
      'VIGIL_ROLES',
      'VIGIL_LOG_LEVEL',
    ]);
    expect(error?.message).not.toContain('hunter2');
  });

  it('refuses split roles on the embedded database, which serves one process', () => {
    expect(() => loadConfig({ VIGIL_ROLES: 'api' })).toThrow(/PGlite/);
    expect(loadConfig({ VIGIL_ROLES: 'api', DATABASE_URL: 'postgresql://h/db' }).roles).toEqual(['api']);
  });

  it('rejects out-of-range numbers', () => {
    expect(() => loadConfig({ VIGIL_PORT: '70000' })).toThrow(/VIGIL_PORT/);
    expect(() => loadConfig({ VIGIL_JOBS_LEASE_MS: '10' })).toThrow(/VIGIL_JOBS_LEASE_MS/);
  });
});
