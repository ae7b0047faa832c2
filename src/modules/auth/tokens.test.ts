import { describe, expect, it } from 'vitest';
import { csrfTokenFor, newApiKey, newSessionToken, parseApiKey, safeEqual } from './tokens.ts';

describe('tokens', () => {
  it('makes distinct session tokens with distinct CSRF tokens', () => {
    const a = newSessionToken();
    const b = newSessionToken();
    expect(a).not.toBe(b);
    expect(a).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(csrfTokenFor(a)).toBe(csrfTokenFor(a));
    expect(csrfTokenFor(a)).not.toBe(csrfTokenFor(b));
  });

  it('round-trips API keys and refuses malformed ones', () => {
    const { key, prefix, secret } = newApiKey();
    expect(parseApiKey(key)).toEqual({ prefix, secret });
    for (const bad of ['', 'vgl_', `${key}x`, key.replace('vgl_', 'xyz_'), 'vgl_short_secret', `vgl_${prefix}_${secret.slice(1)}!`]) {
      expect(parseApiKey(bad)).toBeNull();
    }
  });

  it('compares in constant time without throwing on length differences', () => {
    expect(safeEqual('abc', 'abc')).toBe(true);
    expect(safeEqual('abc', 'abd')).toBe(false);
    expect(safeEqual('abc', 'abcd')).toBe(false);
  });
});
