// Where Vigil may send outbound requests on a tenant's say-so. A webhook URL is chosen by a
// platform's liaison, so without a check it could make the server call its own network (cloud
// metadata, databases, admin consoles). Every address the host resolves to must be public, unless
// the operator allows private targets (tests on loopback, or an on-premises receiver).
import { lookup } from 'node:dns/promises';
import { BlockList, isIP } from 'node:net';
import { AppError } from '../../core/errors/app-error.ts';

const PRIVATE = new BlockList();
for (const [net, prefix] of [['0.0.0.0', 8], ['10.0.0.0', 8], ['100.64.0.0', 10], ['127.0.0.0', 8], ['169.254.0.0', 16], ['172.16.0.0', 12], ['192.0.0.0', 24], ['192.168.0.0', 16], ['198.18.0.0', 15], ['224.0.0.0', 4], ['240.0.0.0', 4]] as const) {
  PRIVATE.addSubnet(net, prefix, 'ipv4');
}
// IPv4-mapped IPv6 (::ffff:a.b.c.d) is checked as the IPv4 address it carries (see below); a
// ::ffff:0:0/96 rule here would match every IPv4 address, as BlockList maps them into it.
for (const [net, prefix] of [['::', 127], ['fc00::', 7], ['fe80::', 10], ['ff00::', 8]] as const) {
  PRIVATE.addSubnet(net, prefix, 'ipv6');
}

export function isPrivateAddress(raw: string): boolean {
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(raw);
  const address = mapped ? mapped[1]! : raw;
  const family = isIP(address);
  if (family === 0) return true;
  return PRIVATE.check(address, family === 4 ? 'ipv4' : 'ipv6');
}

/** Resolves the URL's host and refuses private, loopback and link-local targets unless allowed. */
export async function assertPublicTarget(rawUrl: string, allowPrivate: boolean): Promise<void> {
  if (allowPrivate) return;
  const host = new URL(rawUrl).hostname.replace(/^\[|\]$/g, '');
  let addresses: string[];
  try {
    addresses = isIP(host) ? [host] : (await lookup(host, { all: true, verbatim: true })).map((a) => a.address);
  } catch {
    throw new AppError('WEBHOOK_TARGET_FORBIDDEN', `The host ${host} does not resolve.`);
  }
  const blocked = addresses.find(isPrivateAddress);
  if (blocked) throw new AppError('WEBHOOK_TARGET_FORBIDDEN', `The host ${host} resolves to ${blocked}, a private, loopback or link-local address.`);
}
