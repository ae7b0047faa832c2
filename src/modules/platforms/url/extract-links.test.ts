import { describe, expect, it } from 'vitest';
import { extractLinks, MAX_LINKS } from './extract-links.ts';

describe('extractLinks', () => {
  it('finds http(s) URLs and canonicalises them', () => {
    expect(extractLinks('Watch HTTPS://Video.Example.org/v?id=1&utm_source=tg now')).toEqual(['https://video.example.org/v?id=1']);
  });

  it('finds bare domains with and without a path', () => {
    expect(extractLinks('join t.me/newchannel or visit example.org and www.bbc.co.uk/news')).toEqual(['http://t.me/newchannel', 'http://example.org', 'http://www.bbc.co.uk/news']);
  });

  it('drops sentence punctuation but keeps brackets the link opened', () => {
    expect(extractLinks('(see https://example.org/a), then https://en.wikipedia.org/wiki/Foo_(bar). Also example.net!')).toEqual([
      'https://example.org/a',
      'https://en.wikipedia.org/wiki/Foo_(bar)',
      'http://example.net',
    ]);
  });

  it('reads markdown, HTML and comma-joined links', () => {
    expect(extractLinks('[here](https://x.example.org/y) <a href="https://z.example.org/">z</a> https://a.org,https://b.org')).toEqual([
      'https://x.example.org/y',
      'https://z.example.org',
      'https://a.org',
      'https://b.org',
    ]);
  });

  it('refangs defanged links', () => {
    expect(extractLinks('hxxps://evil[.]example[.]com/x and hxxp[:]//other(.)org/p')).toEqual(['https://evil.example.com/x', 'http://other.org/p']);
  });

  it('turns international names into punycode', () => {
    expect(extractLinks('siehe bücher.de/neu')).toEqual(['http://xn--bcher-kva.de/neu']);
  });

  it('ignores email addresses, version numbers, abbreviations, file names and unknown suffixes', () => {
    expect(extractLinks('mail someone@example.org, v1.2.3, e.g. i.e. 3.14 notes.md archive.zip foo.notatld Mr.Smith localhost:8080/x')).toEqual([]);
  });

  it('keeps a file-like suffix when a path follows', () => {
    expect(extractLinks('example.md/page')).toEqual(['http://example.md/page']);
  });

  it('ignores other schemes and credentials', () => {
    expect(extractLinks('javascript:alert(1) ftp://example.org/x https://u:p@example.org/')).toEqual([]);
  });

  it('deduplicates by canonical URL', () => {
    expect(extractLinks('https://example.org/a https://EXAMPLE.org/a#x https://example.org/a?utm_source=1 example.org/b example.org/b')).toEqual(['https://example.org/a', 'http://example.org/b']);
  });

  it('caps the number of links', () => {
    const text = Array.from({ length: MAX_LINKS + 50 }, (_, i) => `https://example.org/${i}`).join(' ');
    expect(extractLinks(text)).toHaveLength(MAX_LINKS);
    expect(extractLinks(text, { max: 3 })).toEqual(['https://example.org/0', 'https://example.org/1', 'https://example.org/2']);
  });

  it('answers nothing for empty or non-string input', () => {
    expect(extractLinks('')).toEqual([]);
    expect(extractLinks(undefined as unknown as string)).toEqual([]);
  });

  it('gets through megabyte-sized hostile input', () => {
    const MB = 1 << 20;
    const hostile = [
      'http://'.repeat(MB / 7),
      'a.'.repeat(MB / 2),
      '('.repeat(MB),
      ')'.repeat(MB),
      `https://example.org/${'('.repeat(MB)}`,
      `${'x'.repeat(60)}.`.repeat(MB / 61),
      'hxxp[:]//[.]'.repeat(MB / 12),
      Array.from({ length: MB / 8 }, (_, i) => `a${i}.zz`).join(' '),
    ];
    for (const text of hostile) expect(Array.isArray(extractLinks(text))).toBe(true);
    expect(extractLinks(`${'.'.repeat(MB - 100)} https://found.example.org/`)).toEqual(['https://found.example.org']);
    // Text past the bound is not read.
    expect(extractLinks(`${' '.repeat(2 * MB)}https://late.example.org/`)).toEqual([]);
  });
});
