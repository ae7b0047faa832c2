// Canonical URLs and hosts: one spelling per location, so that the same item reached through a
// share link, a tracking redirect or a mixed-case host is counted once and resolves to the same
// platform. Pure: no SQL, no HTTP, no network. The rules are documented in docs/platforms.md.
import { parse as parseDomain } from 'tldts';

export const MAX_URL_LENGTH = 4096;

/**
 * Query parameters that only say how a visitor arrived (campaigns, click ids, share ids), never
 * which content is shown; they are dropped. Keys are compared lowercased; `utm_*` is a prefix.
 */
export const TRACKING_PARAMETER_PREFIXES: readonly string[] = ['utm_'];
export const TRACKING_PARAMETERS: ReadonlySet<string> = new Set([
  'fbclid', 'gclid', 'gclsrc', 'dclid', 'gbraid', 'wbraid', 'msclkid', 'yclid', 'twclid', 'ttclid', 'li_fat_id', 'epik',
  'mc_cid', 'mc_eid', 'igshid', 'igsh', 'si', 'ref_src', 'ref_url',
  '_ga', '_gl', '_hsenc', '_hsmi', '__hstc', '__hssc', '__hsfp', 'mkt_tok', 'oly_anon_id', 'oly_enc_id', 'vero_id', 'vero_conv', 'rb_clickid', 'wickedid',
  'pk_campaign', 'pk_kwd', 'pk_source', 'pk_medium', 'pk_content', 'mtm_campaign', 'mtm_kwd', 'mtm_source', 'mtm_medium', 'mtm_content',
]);

/**
 * Private suffixes (blogspot.com, github.io…) are not treated as public suffixes: the registrable
 * domain of `x.blogspot.com` is `blogspot.com`, the platform. Hosted sites that must resolve on
 * their own are registered by full host (see platformForUrl).
 */
const DOMAIN_OPTIONS = { allowPrivateDomains: false, validateHostname: false } as const;

export class UrlError extends Error {
  readonly code = 'URL_INVALID' as const;

  constructor(message: string) {
    super(message);
    this.name = 'UrlError';
  }
}

export function isUrlError(value: unknown): value is UrlError {
  return value instanceof UrlError;
}

export interface CanonicalUrl {
  url: string;
  /** Lowercase ASCII (punycode) host without a trailing dot; IPv6 without brackets. */
  host: string;
  /** The domain one registers (`bbc.co.uk` for `www.bbc.co.uk`), the IP for IP hosts, null when there is none (`localhost`). */
  registrableDomain: string | null;
}

const SCHEME = /^([a-z][a-z0-9+.-]*):/i;

export function canonicaliseUrl(raw: string): CanonicalUrl {
  if (typeof raw !== 'string') throw new UrlError('A URL must be a string.');
  const input = raw.trim();
  if (input.length === 0) throw new UrlError('The URL is empty.');
  if (input.length > MAX_URL_LENGTH) throw new UrlError(`The URL is longer than ${MAX_URL_LENGTH} characters.`);
  const parsed = parseLoose(input);
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') throw new UrlError('Only http and https URLs are accepted.');
  if (parsed.username !== '' || parsed.password !== '') throw new UrlError('URLs with credentials are not accepted.');
  const host = hostOf(parsed);
  if (host === '') throw new UrlError('The URL has no host.');
  if (!host.includes(':') && host.split('.').some((label) => label === '')) throw new UrlError('The host has an empty label.');
  const port = parsed.port === '' ? '' : `:${parsed.port}`;
  const authority = host.includes(':') ? `[${host}]${port}` : `${host}${port}`;
  const query = canonicalQuery(parsed.search);
  const path = upperEscapes(parsed.pathname);
  const url = `${parsed.protocol}//${authority}${path === '/' && query === '' ? '' : path}${query}`;
  if (url.length > MAX_URL_LENGTH) throw new UrlError(`The canonical URL is longer than ${MAX_URL_LENGTH} characters.`);
  return { url, host, registrableDomain: registrableDomainOf(host) };
}

/**
 * A host or domain as a person types it (`WWW.Bücher.de`, `example.org.`, or a whole URL) in the
 * form canonical URLs carry: lowercase punycode, no trailing dot, no `www.` prefix.
 */
export function canonicaliseHost(raw: string): string {
  const input = typeof raw === 'string' ? raw.trim() : '';
  if (input.length === 0) throw new UrlError('The domain is empty.');
  const host = canonicaliseUrl(input).host;
  const stripped = host.startsWith('www.') && host.length > 4 ? host.slice(4) : host;
  if (stripped.length > 253 || /[^a-z0-9.:_-]/.test(stripped)) throw new UrlError('The host is not a domain name or IP address.');
  return stripped;
}

export function registrableDomainOf(host: string): string | null {
  const info = parseDomain(host, DOMAIN_OPTIONS);
  if (info.isIp) return host;
  return info.domain;
}

/**
 * The names a host may be registered under, most specific first: the host itself, then each parent
 * down to the registrable domain (`a.b.example.org`, `b.example.org`, `example.org`).
 */
export function lookupNames(host: string): string[] {
  const registrable = registrableDomainOf(host);
  if (registrable === null) return [host];
  if (registrable === host) return [host];
  const names: string[] = [];
  let name = host;
  while (name.length > registrable.length && name.endsWith(`.${registrable}`)) {
    names.push(name);
    name = name.slice(name.indexOf('.') + 1);
  }
  names.push(registrable);
  return names;
}

/** Reads a URL; one without a scheme (`example.org/x`, `//example.org/x`) is read as http. */
function parseLoose(input: string): URL {
  let candidate = input;
  const scheme = SCHEME.exec(input)?.[1];
  if (input.startsWith('//')) candidate = `http:${input}`;
  // `example.org:8080/x` has no scheme; `javascript:…` and `mailto:…` do (no dot before the colon).
  else if (scheme === undefined || (scheme.includes('.') && !input.slice(scheme.length + 1).startsWith('//'))) candidate = `http://${input}`;
  try {
    return new URL(candidate);
  } catch {
    throw new UrlError('The URL cannot be parsed.');
  }
}

function hostOf(url: URL): string {
  let host = url.hostname;
  if (host.startsWith('[') && host.endsWith(']')) return host.slice(1, -1);
  while (host.endsWith('.')) host = host.slice(0, -1);
  return host;
}

/** Drops tracking parameters and empty pairs, sorts the rest by key (stable), keeps each pair's spelling. */
function canonicalQuery(search: string): string {
  if (search.length <= 1) return '';
  const pairs = search
    .slice(1)
    .split('&')
    .filter((pair) => pair !== '' && !isTracking(keyOf(pair)))
    .map((pair) => ({ pair: upperEscapes(pair), key: keyOf(pair) }));
  if (pairs.length === 0) return '';
  pairs.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  return `?${pairs.map((p) => p.pair).join('&')}`;
}

function keyOf(pair: string): string {
  const eq = pair.indexOf('=');
  const raw = (eq === -1 ? pair : pair.slice(0, eq)).replace(/\+/g, ' ');
  try {
    return decodeURIComponent(raw);
  } catch {
    return raw;
  }
}

function isTracking(key: string): boolean {
  const k = key.toLowerCase();
  return TRACKING_PARAMETERS.has(k) || TRACKING_PARAMETER_PREFIXES.some((p) => k.startsWith(p));
}

/** `%2f` and `%2F` are the same octet; RFC 3986 prefers uppercase. */
function upperEscapes(s: string): string {
  return s.replace(/%[0-9a-f]{2}/gi, (m) => m.toUpperCase());
}
