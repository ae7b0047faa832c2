// Where Vigil may send outbound requests on a tenant's say-so. A webhook URL is chosen by a
// platform's liaison, and a re-checked URL by whoever submitted the item, so without a check either
// could make the server call its own network (cloud metadata, databases, admin consoles). Every
// address the host resolves to must be public, unless the operator allows private targets (tests
// on loopback, or an on-premises receiver). Re-checks also pin the connection to the vetted
// address (src/modules/rechecks/http-fetcher.ts).
import { lookup } from 'node:dns/promises';
import { BlockList, isIP } from 'node:net';
import { AppError } from '../../core/errors/app-error.ts';

// Not public: "this" network, RFC 1918, CGNAT, loopback, link-local (cloud metadata), IETF protocol
// assignments, documentation (TEST-NET-1/2/3), the 6to4 relay anycast, benchmarking, multicast,
// reserved and broadcast.
const PRIVATE_V4 = new BlockList();
for (const [net, prefix] of [['0.0.0.0', 8], ['10.0.0.0', 8], ['100.64.0.0', 10], ['127.0.0.0', 8], ['169.254.0.0', 16], ['172.16.0.0', 12], ['192.0.0.0', 24], ['192.0.2.0', 24], ['192.88.99.0', 24], ['192.168.0.0', 16], ['198.18.0.0', 15], ['198.51.100.0', 24], ['203.0.113.0', 24], ['224.0.0.0', 4], ['240.0.0.0', 4]] as const) {
  PRIVATE_V4.addSubnet(net, prefix, 'ipv4');
}
// Unspecified, loopback and IPv4-compatible (::/96), NAT64 local use, discard-only, IETF protocol
// assignments (Teredo, ORCHID), documentation, SRv6, unique local, link-local, site-local,
// multicast. Addresses that carry an IPv4 address (mapped, translated, NAT64, 6to4) are judged by
// that address instead (embeddedIPv4 below); a ::ffff:0:0/96 rule here would match every IPv4
// address, as BlockList maps them into it.
const PRIVATE_V6 = new BlockList();
for (const [net, prefix] of [['::', 96], ['64:ff9b:1::', 48], ['100::', 64], ['2001::', 23], ['2001:db8::', 32], ['3fff::', 20], ['5f00::', 16], ['fc00::', 7], ['fe80::', 10], ['fec0::', 10], ['ff00::', 8]] as const) {
  PRIVATE_V6.addSubnet(net, prefix, 'ipv6');
}

/** True for every address a tenant must not make Vigil call: private, loopback, link-local, CGNAT, multicast, reserved; and for anything that is not an IP address. */
export function isPrivateAddress(raw: string): boolean {
  // A zone index (fe80::1%eth0) only exists on link-local addresses.
  if (raw.includes('%')) return true;
  const address = raw.replace(/^\[|\]$/g, '');
  const family = isIP(address);
  if (family === 4) return PRIVATE_V4.check(address, 'ipv4');
  if (family !== 6) return true;
  const embedded = embeddedIPv4(address);
  if (embedded !== null) return PRIVATE_V4.check(embedded, 'ipv4');
  return PRIVATE_V6.check(address, 'ipv6');
}

/**
 * The IPv4 address an IPv6 address stands for, where it stands for one: IPv4-mapped
 * (::ffff:a.b.c.d), IPv4-translated (::ffff:0:a.b.c.d), NAT64 (64:ff9b::a.b.c.d) and 6to4
 * (2002:aabb:ccdd::). Written in any notation (hexadecimal groups, dotted tail, compressed).
 */
export function embeddedIPv4(address: string): string | null {
  const b = ipv6Bytes(address);
  if (!b) return null;
  const zero = (from: number, to: number) => b.subarray(from, to).every((x) => x === 0);
  const v4 = (at: number) => `${b[at]}.${b[at + 1]}.${b[at + 2]}.${b[at + 3]}`;
  if (zero(0, 10) && b[10] === 0xff && b[11] === 0xff) return v4(12);
  if (zero(0, 8) && b[8] === 0xff && b[9] === 0xff && b[10] === 0 && b[11] === 0) return v4(12);
  if (b[0] === 0x00 && b[1] === 0x64 && b[2] === 0xff && b[3] === 0x9b && zero(4, 12)) return v4(12);
  if (b[0] === 0x20 && b[1] === 0x02) return v4(2);
  return null;
}

function ipv6Bytes(address: string): Uint8Array | null {
  if (isIP(address) !== 6) return null;
  let text = address.toLowerCase();
  const dotted = /(\d+\.\d+\.\d+\.\d+)$/.exec(text);
  if (dotted) {
    const [a, b, c, d] = dotted[1]!.split('.').map(Number) as [number, number, number, number];
    text = `${text.slice(0, dotted.index)}${((a << 8) | b).toString(16)}:${((c << 8) | d).toString(16)}`;
  }
  const [head, tail] = text.includes('::') ? (text.split('::') as [string, string]) : [text, null];
  const headGroups = head === '' ? [] : head.split(':');
  const tailGroups = tail === null || tail === '' ? [] : tail.split(':');
  const groups = tail === null ? headGroups : [...headGroups, ...Array<string>(8 - headGroups.length - tailGroups.length).fill('0'), ...tailGroups];
  if (groups.length !== 8) return null;
  const bytes = new Uint8Array(16);
  groups.forEach((g, i) => {
    const n = Number.parseInt(g, 16);
    bytes[i * 2] = n >> 8;
    bytes[i * 2 + 1] = n & 0xff;
  });
  return bytes;
}

export interface ResolvedAddress {
  address: string;
  family: 4 | 6;
}

/** Resolves a host name to its addresses; injectable so tests can play DNS. */
export type Resolver = (hostname: string) => Promise<ResolvedAddress[]>;

export const systemResolver: Resolver = async (hostname) => (await lookup(hostname, { all: true, verbatim: true })).map((a) => ({ address: a.address, family: a.family === 6 ? 6 : 4 }));

export type VettedTarget = { ok: true; addresses: ResolvedAddress[] } | { ok: false; code: 'DNS_FAILED' | 'TARGET_FORBIDDEN'; detail: string };

/**
 * Resolves a host once and vets every address it resolves to. The caller connects to one of the
 * returned addresses (never resolving the name again), so a second DNS answer cannot swap in a
 * private address between the check and the connection (DNS rebinding).
 */
export async function vetHost(rawHost: string, options: { resolver?: Resolver; isForbidden?: (address: string) => boolean } = {}): Promise<VettedTarget> {
  const host = rawHost.replace(/^\[|\]$/g, '');
  const isForbidden = options.isForbidden ?? isPrivateAddress;
  let addresses: ResolvedAddress[];
  const family = isIP(host);
  if (family !== 0) {
    addresses = [{ address: host, family: family === 6 ? 6 : 4 }];
  } else {
    try {
      addresses = await (options.resolver ?? systemResolver)(host);
    } catch (error) {
      return { ok: false, code: 'DNS_FAILED', detail: `The host ${host} does not resolve (${(error as NodeJS.ErrnoException).code ?? (error as Error).message}).` };
    }
    if (addresses.length === 0) return { ok: false, code: 'DNS_FAILED', detail: `The host ${host} has no address.` };
  }
  const blocked = addresses.find((a) => isForbidden(a.address));
  if (blocked) return { ok: false, code: 'TARGET_FORBIDDEN', detail: `The host ${host} resolves to ${blocked.address}, a private, loopback, link-local or reserved address.` };
  return { ok: true, addresses };
}

/** Resolves the URL's host and refuses private, loopback and link-local targets unless allowed. */
export async function assertPublicTarget(rawUrl: string, allowPrivate: boolean): Promise<void> {
  if (allowPrivate) return;
  const vetted = await vetHost(new URL(rawUrl).hostname);
  if (!vetted.ok) throw new AppError('WEBHOOK_TARGET_FORBIDDEN', vetted.detail);
}
