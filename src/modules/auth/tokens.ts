// Secret tokens: session tokens, CSRF tokens derived from them, and API keys. All come from the
// CSPRNG with 256 bits of entropy, so a fast hash (SHA-256) is the right way to store them.
import { createHash, createHmac, randomBytes, timingSafeEqual } from 'node:crypto';

export function newSessionToken(): string {
  return randomBytes(32).toString('base64url');
}

export function sha256Hex(value: string): string {
  return createHash('sha256').update(value).digest('hex');
}

/** The CSRF token of a session: derived, so nothing extra is stored, and useless without the cookie. */
export function csrfTokenFor(sessionToken: string): string {
  return createHmac('sha256', sessionToken).update('vigil-csrf-v1').digest('base64url');
}

export function safeEqual(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

const API_KEY = /^vgl_([A-Za-z0-9_-]{12})_([A-Za-z0-9_-]{43})$/;

export function newApiKey(): { key: string; prefix: string; secret: string } {
  const prefix = randomBytes(9).toString('base64url');
  const secret = randomBytes(32).toString('base64url');
  return { key: `vgl_${prefix}_${secret}`, prefix, secret };
}

export function parseApiKey(raw: string): { prefix: string; secret: string } | null {
  const m = API_KEY.exec(raw.trim());
  return m ? { prefix: m[1]!, secret: m[2]! } : null;
}
