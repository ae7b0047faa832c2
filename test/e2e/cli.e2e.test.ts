import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runVigil, startVigil } from '../cli-process.ts';
import { createTestDatabase, onPostgres } from '../test-database.ts';

const dirs: string[] = [];
function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'vigil-e2e-'));
  dirs.push(dir);
  return dir;
}
afterAll(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

describe('the vigil command', () => {
  it('prints help for itself and each command', async () => {
    const top = await runVigil(['--help']);
    expect(top.code).toBe(0);
    expect(top.stdout).toContain('serve');
    expect(top.stdout).toContain('migrate');
    for (const command of ['serve', 'migrate']) {
      const res = await runVigil([command, '--help']);
      expect(res.code).toBe(0);
      expect(res.stdout).toContain(`Usage: vigil ${command}`);
    }
  });

  it('exits 2 on an unknown command or option', async () => {
    expect((await runVigil(['frobnicate'])).code).toBe(2);
    expect((await runVigil(['serve', '--no-such-flag'])).code).toBe(2);
  });

  it('prints every configuration problem at once and exits 78', async () => {
    const res = await runVigil(['serve'], { VIGIL_PORT: 'eighty', VIGIL_LOG_LEVEL: 'loud', DATABASE_URL: 'mysql://x' });
    expect(res.code).toBe(78);
    expect(res.stderr).toContain('VIGIL_PORT');
    expect(res.stderr).toContain('VIGIL_LOG_LEVEL');
    expect(res.stderr).toContain('DATABASE_URL');
    expect(res.stderr).not.toMatch(/\n\s+at /);
  });

  it('explains an unreachable database in one line, without a stack', async () => {
    const res = await runVigil(['migrate'], { DATABASE_URL: 'postgres://postgres@127.0.0.1:1/none' });
    expect(res.code).toBe(1);
    expect(res.stderr.trim()).toMatch(/^Database unavailable: Cannot connect to PostgreSQL at 127\.0\.0\.1:1\/none: .*ECONNREFUSED/);
    expect(res.stderr.trim().split('\n')).toHaveLength(1);
  });

  it('serves on the embedded database, stops on SIGTERM, and applies nothing twice on restart', async () => {
    const dataDir = tempDir();
    const env = { VIGIL_DATA_DIR: dataDir, VIGIL_PORT: '0', VIGIL_HOST: '127.0.0.1' };
    const first = await startVigil([], env);
    expect(first.logs.some((l) => l.msg === 'applied migrations')).toBe(true);
    const health = await fetch(`${first.url}/healthz`);
    expect(await health.json()).toEqual({ status: 'ok' });
    const ready = await fetch(`${first.url}/readyz`);
    expect(((await ready.json()) as { database: { engine: string } }).database.engine).toBe('pglite');
    expect(await first.stop()).toBe(0);

    const second = await startVigil([], env);
    expect(second.logs.some((l) => l.msg === 'applied migrations')).toBe(false);
    expect((await fetch(`${second.url}/readyz`)).status).toBe(200);
    // The data folder serves one process: a second server on it is refused clearly.
    const clash = await runVigil(['serve'], env);
    expect(clash.code).toBe(1);
    expect(clash.stderr).toContain('in use by another Vigil process');
    expect(await second.stop()).toBe(0);

    const migrateAgain = await runVigil(['migrate', '--data-dir', dataDir]);
    expect(migrateAgain.stdout).toContain('up to date');
  }, 120_000);

  it.runIf(onPostgres)('runs the API, the worker and the matcher as separate processes on PostgreSQL', async () => {
    const db = await createTestDatabase();
    try {
      const url = new URL(process.env.DATABASE_URL!);
      url.searchParams.set('options', `-c search_path=${db.schema}`);
      const env = { DATABASE_URL: url.toString(), VIGIL_PORT: '0', VIGIL_HOST: '127.0.0.1' };
      const [api1, api2, worker, matcher] = await Promise.all([
        startVigil(['--roles', 'api'], env),
        startVigil(['--roles', 'api'], env),
        startVigil(['--roles', 'worker'], env),
        startVigil(['--roles', 'matcher'], env),
      ]);
      expect(worker.url).toBe('');
      for (const api of [api1, api2, matcher]) {
        const ready = await fetch(`${api.url}/readyz`);
        expect(((await ready.json()) as { database: { engine: string } }).database.engine).toBe('postgres');
      }
      // Lookups are served by the matcher, not by API-only processes.
      expect((await fetch(`${api1.url}/m/lookup?signal_type=md5&signal=x`)).status).toBe(404);
      expect((await fetch(`${matcher.url}/m/lookup?signal_type=md5&signal=x`)).status).toBe(401);
      expect(await Promise.all([api1.stop(), api2.stop(), worker.stop(), matcher.stop()])).toEqual([0, 0, 0, 0]);
    } finally {
      await db.close();
    }
  }, 120_000);
});
