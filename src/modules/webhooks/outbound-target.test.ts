import { describe, expect, it } from 'vitest';
import { assertPublicTarget, isPrivateAddress } from './outbound-target.ts';

describe('outbound webhook targets', () => {
  it('knows private, loopback, link-local and mapped addresses', () => {
    for (const a of ['127.0.0.1', '10.1.2.3', '172.20.0.1', '192.168.1.1', '169.254.169.254', '100.64.0.1', '0.0.0.0', '::1', 'fd00::1', 'fe80::1', '::ffff:127.0.0.1']) expect(isPrivateAddress(a), a).toBe(true);
    for (const a of ['93.184.216.34', '2606:2800:220:1:248:1893:25c8:1946', '8.8.8.8']) expect(isPrivateAddress(a), a).toBe(false);
  });

  it('refuses private targets unless allowed, without leaving the machine', async () => {
    await expect(assertPublicTarget('http://127.0.0.1:9/hook', false)).rejects.toMatchObject({ code: 'WEBHOOK_TARGET_FORBIDDEN' });
    await expect(assertPublicTarget('http://[::1]:9/hook', false)).rejects.toMatchObject({ code: 'WEBHOOK_TARGET_FORBIDDEN' });
    await expect(assertPublicTarget('http://localhost:9/hook', false)).rejects.toMatchObject({ code: 'WEBHOOK_TARGET_FORBIDDEN' });
    await expect(assertPublicTarget('http://169.254.169.254/latest/meta-data', false)).rejects.toMatchObject({ code: 'WEBHOOK_TARGET_FORBIDDEN' });
    await expect(assertPublicTarget('http://127.0.0.1:9/hook', true)).resolves.toBeUndefined();
  });
});
