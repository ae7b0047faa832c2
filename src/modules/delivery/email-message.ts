// The e-mail that carries a referral or removal order to a platform: plain text and HTML with the
// same content. Every value that comes from users (the platform's name, the Annex I fields, the
// content's URL) is untrusted: control characters never reach a header (no CRLF injection), HTML is
// escaped, and the only link is Vigil's own portal link. Pure.
import { REMOVAL_ORDER_GROUNDS, type RemovalOrderFields } from '../referrals/referral.model.ts';

export interface ReferralEmailInput {
  referral: {
    id: number;
    url: string;
    kind: 'voluntary_referral' | 'removal_order';
    removalOrder: RemovalOrderFields | null;
    issuedAt: Date | null;
    receivedAt: Date;
    deadlineAt: Date | null;
  };
  platformName: string;
  /** VIGIL_PUBLIC_URL; without it the message has no link. */
  publicUrl: string | null;
}

export interface RenderedEmail {
  subject: string;
  text: string;
  html: string;
  portalLink: string | null;
}

/** One header line: control characters (CR, LF, tabs, NUL…) become spaces, runs of spaces one. */
export function headerSafe(value: string, max = 200): string {
  // eslint-disable-next-line no-control-regex
  const flat = value.replace(/[\u0000-\u001f\u007f\u2028\u2029]+/g, ' ').replace(/\s+/g, ' ').trim();
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
}

export function escapeHtml(value: string): string {
  return value.replace(/[&<>"'`]/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** The portal page of a referral, if Vigil knows its public address and it is http(s). */
export function portalLink(publicUrl: string | null, referralId: number): string | null {
  if (!publicUrl) return null;
  let base: URL;
  try {
    base = new URL(publicUrl);
  } catch {
    return null;
  }
  if (base.protocol !== 'https:' && base.protocol !== 'http:') return null;
  return `${base.origin}${base.pathname.replace(/\/+$/, '')}/platform/referrals/${referralId}`;
}

export function renderReferralEmail(input: ReferralEmailInput): RenderedEmail {
  const { referral: r, platformName } = input;
  const o = r.removalOrder;
  const link = portalLink(input.publicUrl, r.id);
  const what = o ? 'Removal order' : 'Referral';
  const subject = headerSafe(o ? `[Vigil] Removal order ${o.referenceNumber} for ${platformName} (reply within 1 hour)` : `[Vigil] Referral #${r.id} for ${platformName}`, 250);

  // Label, value pairs, rendered both ways; values are plain text.
  const rows: Array<[string, string]> = [
    ['Platform', platformName],
    ['Vigil reference', `#${r.id}`],
    ['Content URL', r.url],
    ['Received', r.receivedAt.toISOString()],
  ];
  if (r.deadlineAt) rows.push(['Deadline', `${r.deadlineAt.toISOString()} (one hour from receipt, TCO Art. 3(3))`]);
  if (o) {
    rows.push(
      ['Issuing Member State', o.issuingMemberState],
      ['Issuing authority', o.issuingAuthority],
      ['Reference number', o.referenceNumber],
      ['Issued', r.issuedAt?.toISOString() ?? ''],
      ['Language', o.language],
      ['Addressee contact point', o.addresseeContact],
    );
  }
  const grounds = o ? o.reasons.map((g) => REMOVAL_ORDER_GROUNDS[g] ?? g) : [];
  const intro = o
    ? 'A competent authority has issued a removal order under Regulation (EU) 2021/784 (TCO) for content on your platform. Remove the content or disable access to it in all Member States within one hour of receipt, or answer why you cannot.'
    : 'A referral unit reports content on your platform that it considers incompatible with your terms of service. Please assess it and answer.';
  const answer = link ? `Answer in the Vigil portal: ${link}` : 'Answer through the Vigil portal or API (GET /platform/referrals/{id}).';

  const text = [
    `${what} #${r.id}`,
    '',
    intro,
    '',
    ...rows.map(([k, v]) => `${k}: ${singleLine(v)}`),
    ...(grounds.length ? ['', 'Grounds (Art. 2(7)):', ...grounds.map((g) => `- ${g}`)] : []),
    ...(o?.additionalInformation ? ['', 'Additional information:', o.additionalInformation] : []),
    '',
    answer,
    '',
    '-- ',
    'Sent by Vigil. This message was generated automatically; the content URL is given as text, do not open it without precautions.',
  ].join('\n');

  const html = [
    '<!doctype html><html><body style="font-family:sans-serif">',
    `<h1 style="font-size:1.2em">${escapeHtml(`${what} #${r.id}`)}</h1>`,
    `<p>${escapeHtml(intro)}</p>`,
    '<table cellpadding="4" style="border-collapse:collapse">',
    ...rows.map(([k, v]) => `<tr><th align="left" valign="top">${escapeHtml(k)}</th><td>${k === 'Content URL' ? `<code>${escapeHtml(v)}</code>` : escapeHtml(v)}</td></tr>`),
    '</table>',
    ...(grounds.length ? ['<p>Grounds (Art. 2(7)):</p><ul>', ...grounds.map((g) => `<li>${escapeHtml(g)}</li>`), '</ul>'] : []),
    ...(o?.additionalInformation ? [`<p>Additional information:</p><pre style="white-space:pre-wrap">${escapeHtml(o.additionalInformation)}</pre>`] : []),
    link ? `<p><a href="${escapeHtml(link)}">Answer in the Vigil portal</a></p>` : `<p>${escapeHtml(answer)}</p>`,
    '<p style="color:#666;font-size:0.9em">Sent by Vigil. This message was generated automatically; the content URL is given as text, do not open it without precautions.</p>',
    '</body></html>',
  ].join('\n');

  return { subject, text, html, portalLink: link };
}

function singleLine(v: string): string {
  // eslint-disable-next-line no-control-regex
  return v.replace(/[\u0000-\u001f\u007f]+/g, ' ');
}
