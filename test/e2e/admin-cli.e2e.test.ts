import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openPglite } from '../../src/core/db/index.ts';
import { runVigil, startVigil } from '../cli-process.ts';

const dataDir = mkdtempSync(join(tmpdir(), 'vigil-admin-'));
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

describe('vigil admin and vigil audit', () => {
  it('creates the first organisation and admin, who then signs in over HTTP', async () => {
    const org = await runVigil(['admin', 'create-org', '--name', 'Test IRU', '--kind', 'authority', '--competent-authority', '--json', '--data-dir', dataDir]);
    expect(org.code).toBe(0);
    expect(JSON.parse(org.stdout)).toMatchObject({ name: 'Test IRU', kind: 'authority' });
    const user = await runVigil(['admin', 'create-user', '--org', 'Test IRU', '--email', 'chief@example.org', '--roles', 'admin,supervisor', '--data-dir', dataDir]);
    expect(user.code).toBe(0);
    const password = /Initial password.*: (\S+)/.exec(user.stdout)?.[1];
    expect(password).toBeDefined();
    const wrongRole = await runVigil(['admin', 'create-user', '--org', 'Test IRU', '--email', 'l@example.org', '--roles', 'liaison', '--data-dir', dataDir]);
    expect(wrongRole.code).toBe(1);
    expect(wrongRole.stderr).toContain('ROLE_NOT_ALLOWED');

    const server = await startVigil([], { VIGIL_DATA_DIR: dataDir, VIGIL_PORT: '0', VIGIL_HOST: '127.0.0.1' });
    try {
      expect(server.logs.some((l) => String(l.msg).includes('one-time token'))).toBe(false); // already set up
      const res = await fetch(`${server.url}/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email: 'chief@example.org', password }) });
      expect(res.status).toBe(200);
      expect(res.headers.get('set-cookie')).toMatch(/vigil_session=.*HttpOnly.*SameSite=Strict/i);
    } finally {
      expect(await server.stop()).toBe(0);
    }
  }, 120_000);

  it('verifies the audit trail, and names the first tampered event with exit status 3', async () => {
    const intact = await runVigil(['audit', 'verify', '--data-dir', dataDir]);
    expect(intact.code).toBe(0);
    expect(intact.stdout).toMatch(/intact: \d+ events verified/);

    const db = await openPglite({ dataDir });
    await db.query("update audit_events set actor_label = 'someone-else' where seq = 2");
    await db.close();
    const broken = await runVigil(['audit', 'verify', '--json', '--data-dir', dataDir]);
    expect(broken.code).toBe(3);
    expect(JSON.parse(broken.stdout)).toMatchObject({ ok: false, firstBreak: { seq: 2, reason: 'modified' } });
  }, 120_000);

  it('prints a set-up token on a fresh start', async () => {
    const fresh = mkdtempSync(join(tmpdir(), 'vigil-fresh-'));
    const server = await startVigil([], { VIGIL_DATA_DIR: fresh, VIGIL_PORT: '0', VIGIL_HOST: '127.0.0.1' });
    try {
      const line = server.logs.find((l) => String(l.msg).includes('one-time token'));
      const token = /token \(valid 24 h\): (\S+)/.exec(String(line?.msg))?.[1];
      expect(token).toBeDefined();
      const res = await fetch(`${server.url}/setup`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ token, organisation: { name: 'Fresh NGO', kind: 'ngo' }, admin: { email: 'a@fresh.example', displayName: 'A', password: 'correct horse battery staple' } }),
      });
      expect(res.status).toBe(201);
    } finally {
      await server.stop();
      rmSync(fresh, { recursive: true, force: true });
    }
  }, 120_000);
});
