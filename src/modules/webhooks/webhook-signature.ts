// PURE: the Vigil-Signature header. Senders sign "<t>.<raw body>" with HMAC-SHA256; receivers
// verify with verifyWebhookSignature, which depends on node:crypto only so it can be copied into a
// receiver as it is (see docs/webhooks.md). The timestamp is signed too, so an old request replayed
// later fails the tolerance check even though its signature is genuine.
import { createHmac, timingSafeEqual } from 'node:crypto';

export const SIGNATURE_HEADER = 'Vigil-Signature';

export function signatureOf(secret: string, timestamp: number, rawBody: string): string {
  return createHmac('sha256', secret).update(`${timestamp}.${rawBody}`).digest('hex');
}

/** `t=<unix seconds>,v1=<hex>[,v1=<hex>]`: one v1 per valid secret (two during a rotation's grace). */
export function signatureHeader(secrets: readonly string[], rawBody: string, now: Date): string {
  const t = Math.floor(now.getTime() / 1000);
  return [`t=${t}`, ...secrets.map((s) => `v1=${signatureOf(s, t, rawBody)}`)].join(',');
}

/**
 * True when the header carries a v1 signature of `rawBody` made with `secret` and its timestamp is
 * within `toleranceSeconds` of `now`. Verify the raw body as received, before parsing it.
 */
export function verifyWebhookSignature(secret: string, header: string | undefined | null, rawBody: string, now: Date = new Date(), toleranceSeconds = 300): boolean {
  if (!header) return false;
  let t: number | null = null;
  const candidates: string[] = [];
  for (const part of header.split(',')) {
    const [key, value] = part.trim().split('=', 2);
    if (key === 't' && value && /^\d+$/.test(value)) t = Number(value);
    else if (key === 'v1' && value && /^[0-9a-f]{64}$/.test(value)) candidates.push(value);
  }
  if (t === null || candidates.length === 0) return false;
  if (Math.abs(Math.floor(now.getTime() / 1000) - t) > toleranceSeconds) return false;
  const expected = Buffer.from(signatureOf(secret, t, rawBody), 'hex');
  // Constant-time comparison, so the signature cannot be guessed byte by byte from response times.
  return candidates.some((c) => timingSafeEqual(Buffer.from(c, 'hex'), expected));
}
