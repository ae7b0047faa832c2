import { describe, expect, it } from 'vitest';
import { canonicaliseHost, canonicaliseUrl, isUrlError, lookupNames, registrableDomainOf, UrlError } from './canonicalise.ts';

const url = (raw: string) => canonicaliseUrl(raw).url;

function rejects(raw: string, message: RegExp): void {
  let caught: unknown;
  try {
    canonicaliseUrl(raw);
  } catch (error) {
    caught = error;
  }
  expect(isUrlError(caught), raw).toBe(true);
  expect((caught as UrlError).code).toBe('URL_INVALID');
  expect((caught as UrlError).message).toMatch(message);
}

describe('canonicaliseUrl', () => {
  it('trims, lowercases scheme and host, keeps the path case', () => {
    expect(canonicaliseUrl('  HTTPS://WWW.Example.ORG/Some/Path  ')).toEqual({ url: 'https://www.example.org/Some/Path', host: 'www.example.org', registrableDomain: 'example.org' });
  });

  it('removes default ports and keeps others', () => {
    expect(url('http://example.org:80/a')).toBe('http://example.org/a');
    expect(url('https://example.org:443/a')).toBe('https://example.org/a');
    expect(url('https://example.org:8443/a')).toBe('https://example.org:8443/a');
    expect(url('http://example.org:443/a')).toBe('http://example.org:443/a');
  });

  it('removes the fragment and a trailing "?"', () => {
    expect(url('https://example.org/a?#section')).toBe('https://example.org/a');
    expect(url('https://example.org/a#x?y=1')).toBe('https://example.org/a');
  });

  it('drops tracking parameters, including utm_* in any case and spelling', () => {
    expect(url('https://example.org/v?utm_source=tw&UTM_Medium=x&id=7&fbclid=abc&gclid=1&si=s&igshid=i&ref_src=twsrc&mc_cid=1&mc_eid=2')).toBe('https://example.org/v?id=7');
    expect(url('https://example.org/v?utm%5Fsource=x&id=7')).toBe('https://example.org/v?id=7');
    expect(url('https://example.org/?utm_source=x')).toBe('https://example.org');
  });

  it('sorts the remaining parameters by key, stably, keeping repeated keys in order and each pair as spelled', () => {
    expect(url('https://example.org/s?b=2&a=9&c&a=1')).toBe('https://example.org/s?a=9&a=1&b=2&c');
    expect(url('https://forum.example.org/showthread.php?12345-title')).toBe('https://forum.example.org/showthread.php?12345-title');
    expect(url('https://example.org/s?q=a+b&&x=%2f')).toBe('https://example.org/s?q=a+b&x=%2F');
  });

  it('collapses the slash of an empty path only', () => {
    expect(url('https://example.org/')).toBe('https://example.org');
    expect(url('https://example.org')).toBe('https://example.org');
    expect(url('https://example.org/?q=1')).toBe('https://example.org/?q=1');
    expect(url('https://example.org/dir/')).toBe('https://example.org/dir/');
  });

  it('resolves dot segments and uppercases percent escapes', () => {
    expect(url('https://example.org/a/./b/../c/%7euser')).toBe('https://example.org/a/c/%7Euser');
  });

  it('turns international domain names into punycode', () => {
    expect(canonicaliseUrl('https://Bücher.de/ä')).toEqual({ url: 'https://xn--bcher-kva.de/%C3%A4', host: 'xn--bcher-kva.de', registrableDomain: 'xn--bcher-kva.de' });
    expect(canonicaliseUrl('http://пример.рф/').registrableDomain).toBe('xn--e1afmkfd.xn--p1ai');
  });

  it('drops the trailing dot of a fully qualified host', () => {
    expect(canonicaliseUrl('https://example.org./a')).toMatchObject({ url: 'https://example.org/a', host: 'example.org' });
  });

  it('reads a URL without a scheme as http', () => {
    expect(url('example.org/path')).toBe('http://example.org/path');
    expect(url('example.org:8080/path')).toBe('http://example.org:8080/path');
    expect(url('//example.org/path')).toBe('http://example.org/path');
  });

  it('finds the registrable domain with public suffixes, private suffixes off', () => {
    expect(canonicaliseUrl('https://news.bbc.co.uk/x').registrableDomain).toBe('bbc.co.uk');
    expect(canonicaliseUrl('https://someone.blogspot.com/x').registrableDomain).toBe('blogspot.com');
    expect(canonicaliseUrl('https://someone.github.io/').registrableDomain).toBe('github.io');
    expect(canonicaliseUrl('http://localhost:3000/').registrableDomain).toBeNull();
  });

  it('uses the IP as the registrable domain of IP hosts', () => {
    expect(canonicaliseUrl('http://203.0.113.9:8080/x')).toEqual({ url: 'http://203.0.113.9:8080/x', host: '203.0.113.9', registrableDomain: '203.0.113.9' });
    expect(canonicaliseUrl('http://0xcb.0.113.9/').host).toBe('203.0.113.9');
    expect(canonicaliseUrl('http://[2001:DB8::1]:80/x')).toEqual({ url: 'http://[2001:db8::1]/x', host: '2001:db8::1', registrableDomain: '2001:db8::1' });
  });

  it('rejects other schemes, credentials, over-long and unparsable URLs', () => {
    rejects('javascript:alert(1)', /http/);
    rejects('mailto:someone@example.org', /http/);
    rejects('ftp://example.org/file', /http/);
    rejects('data:text/html,hi', /http/);
    rejects('https://user:secret@example.org/', /credentials/);
    rejects('https://user@example.org/', /credentials/);
    rejects(`https://example.org/${'a'.repeat(4096)}`, /longer/);
    rejects('   ', /empty/);
    rejects('http://', /parsed/);
    rejects('https://exa mple.org/', /parsed/);
    rejects('https://example..org/', /empty label/);
    rejects(42 as unknown as string, /string/);
  });

  it('is idempotent', () => {
    for (const raw of ['HTTPS://Bücher.de:443/a/../b?z=1&utm_x=2&a=%7e#f', 'http://[::1]:8080/?b&a', 'example.org']) {
      const once = url(raw);
      expect(url(once)).toBe(once);
    }
  });
});

describe('canonicaliseHost', () => {
  it('accepts a domain, a host or a URL and gives the lowercase punycode host without www', () => {
    expect(canonicaliseHost('WWW.Bücher.DE')).toBe('xn--bcher-kva.de');
    expect(canonicaliseHost('https://someone.blogspot.com/x')).toBe('someone.blogspot.com');
    expect(canonicaliseHost('example.org.')).toBe('example.org');
    expect(canonicaliseHost('203.0.113.9')).toBe('203.0.113.9');
  });

  it('rejects what is not a host', () => {
    expect(() => canonicaliseHost('')).toThrow(UrlError);
    expect(() => canonicaliseHost('mailto:x@example.org')).toThrow(UrlError);
    expect(() => canonicaliseHost('exa*mple.org')).toThrow(UrlError);
  });
});

describe('lookupNames and registrableDomainOf', () => {
  it('lists the host and its parents down to the registrable domain, most specific first', () => {
    expect(lookupNames('a.b.example.co.uk')).toEqual(['a.b.example.co.uk', 'b.example.co.uk', 'example.co.uk']);
    expect(lookupNames('example.org')).toEqual(['example.org']);
    expect(lookupNames('someone.blogspot.com')).toEqual(['someone.blogspot.com', 'blogspot.com']);
    expect(lookupNames('203.0.113.9')).toEqual(['203.0.113.9']);
    expect(lookupNames('localhost')).toEqual(['localhost']);
  });

  it('has no registrable domain for a bare public suffix', () => {
    expect(registrableDomainOf('co.uk')).toBeNull();
  });
});
