import { describe, expect, it } from 'vitest';
import { escapeHtml, headerSafe, portalLink, renderReferralEmail, type ReferralEmailInput } from './email-message.ts';

const order: ReferralEmailInput = {
  referral: {
    id: 42,
    url: 'https://tube.example/v/1?q=%3Cscript%3E',
    kind: 'removal_order',
    removalOrder: { issuingMemberState: 'BE', issuingAuthority: 'Fictional IRU <b>', referenceNumber: 'RO-1\r\nBcc: victim@example.net', reasons: ['incitement', 'threat'], language: 'en', addresseeContact: 'legal@tube.example', additionalInformation: '<img src=x onerror=alert(1)>\nsecond line' },
    issuedAt: new Date('2026-03-01T09:00:00Z'),
    receivedAt: new Date('2026-03-01T10:00:00Z'),
    deadlineAt: new Date('2026-03-01T11:00:00Z'),
  },
  platformName: 'Tube "Video" & <Co>',
  publicUrl: 'https://vigil.example.org/app/',
};

describe('the referral e-mail', () => {
  it('puts no control character into the subject', () => {
    const { subject } = renderReferralEmail(order);
    expect(subject).not.toMatch(/[\r\n]/);
    expect(subject).toBe('[Vigil] Removal order RO-1 Bcc: victim@example.net for Tube "Video" & <Co> (reply within 1 hour)');
    expect(headerSafe('a\u0000b\u2028c\t\td')).toBe('a b c d');
    expect(headerSafe('x'.repeat(300), 10)).toHaveLength(10);
  });

  it('escapes every user value in the HTML and links only to the portal', () => {
    const { html, text, portalLink: link } = renderReferralEmail(order);
    expect(link).toBe('https://vigil.example.org/app/platform/referrals/42');
    expect(html).not.toContain('<img');
    expect(html).not.toContain('<b>');
    expect(html).not.toContain('<Co>');
    expect(html).toContain('&#60;img src=x onerror=alert(1)&#62;');
    expect(html).toContain('Tube &#34;Video&#34; &#38; &#60;Co&#62;');
    expect(html.match(/<a /g)).toHaveLength(1);
    expect(html).toContain('<a href="https://vigil.example.org/app/platform/referrals/42">');
    expect(html).toContain('<code>https://tube.example/v/1?q=%3Cscript%3E</code>');
    // The text part carries the same facts, with the Annex I grounds spelt out.
    expect(text).toContain('Content URL: https://tube.example/v/1?q=%3Cscript%3E');
    expect(text).toContain('Deadline: 2026-03-01T11:00:00.000Z');
    expect(text).toContain('(e) constitutes a threat');
    expect(text).toContain('Reference number: RO-1  Bcc: victim@example.net'.replace('  ', ' '));
    expect(text).toContain('Answer in the Vigil portal: https://vigil.example.org/app/platform/referrals/42');
  });

  it('renders a voluntary referral without a deadline, and without a link when no public URL is set', () => {
    const { subject, text, html } = renderReferralEmail({ ...order, publicUrl: null, referral: { ...order.referral, kind: 'voluntary_referral', removalOrder: null, deadlineAt: null, issuedAt: null } });
    expect(subject).toBe('[Vigil] Referral #42 for Tube "Video" & <Co>');
    expect(text).not.toContain('Deadline');
    expect(html).not.toContain('<a ');
  });

  it('builds portal links only from http(s) public URLs', () => {
    expect(portalLink('javascript:alert(1)', 1)).toBeNull();
    expect(portalLink('not a url', 1)).toBeNull();
    expect(portalLink('http://localhost:8080', 7)).toBe('http://localhost:8080/platform/referrals/7');
    expect(escapeHtml(`<>&"'\``)).toBe('&#60;&#62;&#38;&#34;&#39;&#96;');
  });
});
