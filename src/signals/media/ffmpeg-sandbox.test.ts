import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { networkIsolationPrefix, sandboxedCommand } from './ffmpeg.ts';

describe('decoder sandbox', () => {
  it.runIf(networkIsolationPrefix() !== null)('runs children in a network namespace with loopback only', () => {
    const [command, args] = sandboxedCommand('/bin/cat', ['/proc/self/net/dev'], 256);
    const out = spawnSync(command, args, { encoding: 'utf8' });
    expect(out.status).toBe(0);
    const interfaces = out.stdout
      .split('\n')
      .slice(2)
      .map((l) => l.split(':')[0]!.trim())
      .filter(Boolean);
    expect(interfaces).toEqual(['lo']);
  });

  it('caps the child address space', () => {
    const [command, args] = sandboxedCommand('/bin/true', [], 256);
    expect([command, ...args].join(' ')).toMatch(/--as=268435456|^\/bin\/true$/);
  });
});
