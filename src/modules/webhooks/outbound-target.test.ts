import { describe, expect, it } from 'vitest';
import { assertPublicTarget, embeddedIPv4, isPrivateAddress, vetHost } from './outbound-target.ts';

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

describe('the address classifier', () => {
  it('refuses every non-public IPv4 range', () => {
    for (const a of ['0.1.2.3', '10.255.0.1', '100.127.255.254', '127.8.8.8', '169.254.169.254', '172.31.255.255', '192.0.0.8', '192.0.2.1', '192.88.99.1', '192.168.0.1', '198.19.0.1', '198.51.100.2', '203.0.113.3', '224.0.0.251', '239.255.255.250', '240.0.0.1', '255.255.255.255']) expect(isPrivateAddress(a), a).toBe(true);
    for (const a of ['1.1.1.1', '100.63.255.255', '100.128.0.0', '172.15.255.255', '172.32.0.0', '192.167.255.255', '198.17.255.255', '223.255.255.255']) expect(isPrivateAddress(a), a).toBe(false);
  });

  it('refuses every non-public IPv6 range', () => {
    for (const a of ['::', '::1', '::8.8.8.8', '100::1', '2001::1', '2001:db8::1', '3fff::1', '5f00::1', 'fc00::1', 'fdff::1', 'fe80::1', 'febf::1', 'fec0::1', 'ff02::1', '64:ff9b:1::1', 'fe80::1%eth0']) expect(isPrivateAddress(a), a).toBe(true);
    for (const a of ['2001:4860:4860::8888', '2a00:1450:4001:81c::200e', '2606:4700::1111']) expect(isPrivateAddress(a), a).toBe(false);
  });

  it('judges IPv6 addresses that carry an IPv4 address by that address, in any notation', () => {
    for (const a of ['::ffff:127.0.0.1', '::ffff:7f00:1', '::FFFF:A9FE:A9FE', '[::ffff:10.0.0.1]', '::ffff:0:7f00:1', '64:ff9b::7f00:1', '64:ff9b::10.1.1.1', '2002:7f00:1::', '2002:a9fe:a9fe::1']) expect(isPrivateAddress(a), a).toBe(true);
    for (const a of ['::ffff:8.8.8.8', '::ffff:808:808', '64:ff9b::808:808', '2002:808:808::1']) expect(isPrivateAddress(a), a).toBe(false);
    expect(embeddedIPv4('::ffff:7f00:1')).toBe('127.0.0.1');
    expect(embeddedIPv4('2002:c000:0201::')).toBe('192.0.2.1');
    expect(embeddedIPv4('2001:4860::1')).toBeNull();
  });

  it('refuses what is not an IP address', () => {
    for (const a of ['', 'localhost', '127.1', '0x7f000001', '1.2.3.4.5']) expect(isPrivateAddress(a), a).toBe(true);
  });

  it('vets every address a name resolves to, with an injectable resolver', async () => {
    const resolver = async (host: string) => (host === 'tube.example' ? [{ address: '93.184.216.34', family: 4 as const }, { address: '10.0.0.7', family: 4 as const }] : [{ address: '93.184.216.34', family: 4 as const }]);
    expect(await vetHost('tube.example', { resolver })).toMatchObject({ ok: false, code: 'TARGET_FORBIDDEN' });
    expect(await vetHost('public.example', { resolver })).toEqual({ ok: true, addresses: [{ address: '93.184.216.34', family: 4 }] });
    expect(await vetHost('[::1]')).toMatchObject({ ok: false, code: 'TARGET_FORBIDDEN' });
    expect(await vetHost('nowhere.example', { resolver: async () => { throw Object.assign(new Error('not found'), { code: 'ENOTFOUND' }); } })).toMatchObject({ ok: false, code: 'DNS_FAILED' });
    expect(await vetHost('empty.example', { resolver: async () => [] })).toMatchObject({ ok: false, code: 'DNS_FAILED' });
    expect(await vetHost('10.0.0.1', { isForbidden: () => false })).toMatchObject({ ok: true });
  });
});
