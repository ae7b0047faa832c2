import { describe, expect, it } from 'vitest';
import { SecretBox } from './secret-box.ts';
import { signatureHeader, verifyWebhookSignature } from './webhook-signature.ts';

const now = new Date('2026-03-01T10:00:00Z');
const body = '{"event":"referral.sent"}';

describe('verifyWebhookSignature', () => {
  it('accepts a signature made with the secret within the tolerance', () => {
    const header = signatureHeader(['s1'], body, now);
    expect(verifyWebhookSignature('s1', header, body, now)).toBe(true);
    expect(verifyWebhookSignature('s1', header, body, new Date(now.getTime() + 299_000))).toBe(true);
  });

  it('rejects another secret, a changed body, a stale timestamp and malformed headers', () => {
    const header = signatureHeader(['s1'], body, now);
    expect(verifyWebhookSignature('s2', header, body, now)).toBe(false);
    expect(verifyWebhookSignature('s1', header, `${body} `, now)).toBe(false);
    expect(verifyWebhookSignature('s1', header, body, new Date(now.getTime() + 301_000))).toBe(false);
    expect(verifyWebhookSignature('s1', undefined, body, now)).toBe(false);
    expect(verifyWebhookSignature('s1', 'v1=zz', body, now)).toBe(false);
  });

  it('accepts either secret when the header carries two signatures', () => {
    const header = signatureHeader(['new', 'old'], body, now);
    expect(verifyWebhookSignature('new', header, body, now)).toBe(true);
    expect(verifyWebhookSignature('old', header, body, now)).toBe(true);
  });
});

describe('SecretBox', () => {
  it('round-trips and refuses a wrong key', () => {
    const sealed = new SecretBox('11'.repeat(32)).seal('whsec_x');
    expect(sealed).not.toContain('whsec_x');
    expect(new SecretBox('11'.repeat(32)).open(sealed)).toBe('whsec_x');
    expect(() => new SecretBox('22'.repeat(32)).open(sealed)).toThrow();
  });
});
