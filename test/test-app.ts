// An in-process Vigil for one test file: a fresh database, a manual clock and the real HTTP app,
// driven through app.inject() without opening a port.
import { ManualClock } from '../src/core/clock/clock.ts';
import type { Config } from '../src/core/config/index.ts';
import { createContainer, type Container } from '../src/container.ts';
import { buildApp } from '../src/http/app.ts';
import type { App } from '../src/http/types.ts';
import { testConfig } from './test-config.ts';
import { createTestDatabase, type TestDatabase } from './test-database.ts';

export interface TestApp {
  app: App;
  db: TestDatabase;
  clock: ManualClock;
  container: Container;
  close(): Promise<void>;
}

export async function createTestApp(overrides: Partial<Record<keyof Config, unknown>> = {}, options: { clockStart?: Date | string } = {}): Promise<TestApp> {
  const db = await createTestDatabase();
  const clock = new ManualClock(options.clockStart ?? '2026-03-01T10:00:00Z');
  const container = createContainer({ config: testConfig(overrides), db, clock });
  const app = await buildApp(container);
  await app.ready();
  return {
    app,
    db,
    clock,
    container,
    async close() {
      await app.close();
      await db.close();
    },
  };
}
