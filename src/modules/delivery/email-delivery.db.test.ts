import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createContainer, createJobWorker, type Container } from '../../container.ts';
import { buildOrganisation, buildSignedInMember, type Caller } from '../../../test/factories.ts';
import { createTestApp, type TestApp } from '../../../test/test-app.ts';
import { testConfig } from '../../../test/test-config.ts';
import { EMAIL_RETRY } from './email-delivery.service.ts';

interface Received {
  from: string;
  to: string[];
  raw: string;
  headers: Map<string, string[]>;
  text: string;
  html: string;
}

/** A loopback SMTP server that answers the codes of `plan` to DATA in turn (4xx, 5xx), then accepts. */
async function smtpServer(): Promise<{ port: number; received: Received[]; plan: number[]; close(): Promise<void> }> {
  const received: Received[] = [];
  const plan: number[] = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (c: Buffer) => chunks.push(c));
      stream.on('end', () => {
        const code = plan.shift();
        if (code) return callback(Object.assign(new Error(code >= 500 ? 'Mailbox unavailable' : 'Try again later'), { responseCode: code }));
        const raw = Buffer.concat(chunks).toString('utf8');
        received.push({ from: session.envelope.mailFrom ? session.envelope.mailFrom.address : '', to: session.envelope.rcptTo.map((r) => r.address), raw, ...parseMessage(raw) });
        callback(null, 'queued');
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  const port = (server.server.address() as AddressInfo).port;
  return { port, received, plan, close: () => new Promise<void>((resolve) => server.close(() => resolve())) };
}

/** Just enough MIME for the test: unfolded headers, and the decoded text/plain and text/html parts. */
function parseMessage(raw: string): { headers: Map<string, string[]>; text: string; html: string } {
  const [head, ...rest] = raw.split('\r\n\r\n');
  const headers = parseHeaders(head!);
  const body = rest.join('\r\n\r\n');
  const boundary = /boundary="?([^";]+)"?/.exec(headers.get('content-type')?.[0] ?? '')?.[1];
  const parts = boundary ? body.split(`--${boundary}`).slice(1, -1) : [`${head}\r\n\r\n${body}`];
  let text = '';
  let html = '';
  for (const part of parts) {
    const [ph, ...pb] = part.replace(/^\r\n/, '').split('\r\n\r\n');
    const h = parseHeaders(ph!);
    const decoded = decodeBody(pb.join('\r\n\r\n'), h.get('content-transfer-encoding')?.[0] ?? '7bit');
    if (h.get('content-type')?.[0]?.startsWith('text/plain')) text = decoded;
    if (h.get('content-type')?.[0]?.startsWith('text/html')) html = decoded;
  }
  return { headers, text, html };
}

function parseHeaders(block: string): Map<string, string[]> {
  const map = new Map<string, string[]>();
  for (const line of block.replace(/\r\n[ \t]+/g, ' ').split('\r\n')) {
    const i = line.indexOf(':');
    if (i <= 0) continue;
    const name = line.slice(0, i).toLowerCase();
    map.set(name, [...(map.get(name) ?? []), decodeWords(line.slice(i + 1).trim())]);
  }
  return map;
}

function decodeWords(v: string): string {
  return v.replace(/=\?utf-8\?([QB])\?([^?]*)\?=\s*/gi, (_, enc: string, data: string) =>
    enc.toUpperCase() === 'B' ? Buffer.from(data, 'base64').toString('utf8') : Buffer.from(data.replace(/_/g, ' ').replace(/=([0-9A-F]{2})/gi, (_m, hex: string) => String.fromCharCode(parseInt(hex, 16))), 'latin1').toString('utf8'),
  );
}

function decodeBody(body: string, encoding: string): string {
  const trimmed = body.replace(/\r\n$/, '');
  if (/quoted-printable/i.test(encoding)) {
    const bytes = trimmed.replace(/=\r\n/g, '').replace(/=([0-9A-F]{2})/gi, (_m, hex: string) => String.fromCharCode(parseInt(hex, 16)));
    return Buffer.from(bytes, 'latin1').toString('utf8').replace(/\r\n/g, '\n');
  }
  if (/base64/i.test(encoding)) return Buffer.from(trimmed.replace(/\s+/g, ''), 'base64').toString('utf8').replace(/\r\n/g, '\n');
  return trimmed.replace(/\r\n/g, '\n');
}

let smtp: Awaited<ReturnType<typeof smtpServer>>;
let t: TestApp;
let coordinator: Caller;
let analyst: Caller;
let supervisor: Caller;
let counter = 0;
const MIN = 60_000;
const smtpSettings = () => ({ smtpHost: '127.0.0.1', smtpPort: smtp.port, smtpFrom: 'Vigil <vigil@vigil.example.org>', publicUrl: 'https://vigil.example.org/' });

async function emailPlatform(caller: Caller, overrides: Record<string, unknown> = {}): Promise<{ platformId: number; host: string }> {
  const host = `mail${++counter}.example`;
  const res = await caller.post('/platforms', { name: `Mail Tube ${counter}`, category: 'video', domains: [host], deliveryChannel: 'email', contactEmail: `abuse@${host}`, ...overrides });
  expect(res.statusCode, res.body).toBe(201);
  return { platformId: res.json().id as number, host };
}

async function sendOrder(as: { analyst: Caller; supervisor: Caller }, host: string, removalOrder: Record<string, unknown> = {}, path = `/v/${++counter}`): Promise<number> {
  const item = await as.analyst.post('/items', { url: `https://${host}${path}` });
  expect(item.statusCode, item.body).toBe(201);
  const res = await as.analyst.post('/referrals', { itemId: item.json().item.id, kind: 'removal_order', removalOrder: { issuingMemberState: 'be', issuingAuthority: 'Fictional IRU', referenceNumber: `EM-${++counter}`, reasons: ['incitement'], language: 'en', addresseeContact: `legal@${host}`, ...removalOrder } });
  expect(res.statusCode, res.body).toBe(201);
  const id = res.json().id as number;
  expect((await as.supervisor.post(`/referrals/${id}/approve`, {})).statusCode).toBe(200);
  const sent = await as.supervisor.post(`/referrals/${id}/events`, { event: 'send' });
  expect(sent.statusCode, sent.body).toBe(200);
  return id;
}

async function deliveryOf(as: Caller, referralId: number) {
  const res = await as.get(`/email-deliveries?referralId=${referralId}`);
  expect(res.statusCode, res.body).toBe(200);
  return res.json().deliveries[0];
}

beforeAll(async () => {
  smtp = await smtpServer();
  t = await createTestApp({ sessionIdleMinutes: 10_000, sessionTtlHours: 720, ...smtpSettings() });
  const iru = await buildOrganisation(t, { kind: 'authority', competentAuthority: true });
  coordinator = (await buildSignedInMember(t, iru, ['coordinator'])).as;
  analyst = (await buildSignedInMember(t, iru, ['analyst'])).as;
  supervisor = (await buildSignedInMember(t, iru, ['supervisor'])).as;
});
afterAll(async () => {
  await t.close();
  await smtp.close();
});

describe('e-mail deliveries over SMTP', () => {
  it('sends the removal order as text and HTML with a portal link, from a job that survives a restart', async () => {
    const { platformId, host } = await emailPlatform(coordinator);
    const referralId = await sendOrder({ analyst, supervisor }, host);
    const pending = await deliveryOf(analyst, referralId);
    expect(pending).toMatchObject({ referralId, platformId, event: 'referral.sent', status: 'pending', attempts: 0, recipient: null });

    // Another process (a restart) finds the durable job and sends the e-mail.
    const restarted = createContainer({ config: testConfig(smtpSettings()), db: t.db, clock: t.clock });
    await createJobWorker(restarted).drain();
    expect(smtp.received).toHaveLength(1);
    const mail = smtp.received[0]!;
    expect(mail.from).toBe('vigil@vigil.example.org');
    expect(mail.to).toEqual([`abuse@${host}`]);
    expect(mail.headers.get('subject')).toEqual([`[Vigil] Removal order EM-${counter} for Mail Tube ${counter - 2} (reply within 1 hour)`]);
    expect(mail.headers.get('message-id')).toEqual([`<vigil.referral-${referralId}.email-${pending.id}@vigil.example.org>`]);
    expect(mail.headers.get('x-vigil-referral')).toEqual([String(referralId)]);
    expect(mail.headers.get('idempotency-key')).toEqual([`referral.sent:${referralId}:email`]);
    expect(mail.text).toContain(`Content URL: https://${host}/v/`);
    expect(mail.text).toContain('Issuing authority: Fictional IRU');
    expect(mail.text).toContain(`Deadline: ${new Date(t.clock.now().getTime() + 60 * MIN).toISOString()}`);
    expect(mail.text).toContain(`Answer in the Vigil portal: https://vigil.example.org/platform/referrals/${referralId}`);
    expect(mail.html).toContain(`<a href="https://vigil.example.org/platform/referrals/${referralId}">`);

    const sent = await deliveryOf(analyst, referralId);
    expect(sent).toMatchObject({ status: 'sent', attempts: 1, recipient: `abuse@${host}`, lastError: null, messageId: `<vigil.referral-${referralId}.email-${pending.id}@vigil.example.org>` });
    expect(sent.sentAt).toBe(t.clock.now().toISOString());
    // Done once: another drain sends nothing more.
    await createJobWorker(t.container).drain();
    expect(smtp.received).toHaveLength(1);
  });

  it('retries when the SMTP server answers 4xx, until it accepts; a 5xx is final', async () => {
    const { host } = await emailPlatform(coordinator);
    const before = smtp.received.length;
    smtp.plan.push(451, 421);
    const referralId = await sendOrder({ analyst, supervisor }, host);
    await createJobWorker(t.container).drain();
    let d = await deliveryOf(analyst, referralId);
    expect(d).toMatchObject({ status: 'pending', attempts: 1 });
    expect(d.lastError).toMatch(/451/);
    t.clock.advance(EMAIL_RETRY.backoffBaseMs);
    await createJobWorker(t.container).drain();
    expect((await deliveryOf(analyst, referralId)).attempts).toBe(2);
    t.clock.advance(2 * EMAIL_RETRY.backoffBaseMs);
    await createJobWorker(t.container).drain();
    d = await deliveryOf(analyst, referralId);
    expect(d).toMatchObject({ status: 'sent', attempts: 3, lastError: null });
    expect(smtp.received.length).toBe(before + 1);
    // Every attempt carried the same Message-ID, so a receiver can recognise a repeat.
    expect(smtp.received.at(-1)!.headers.get('message-id')).toEqual([d.messageId]);

    smtp.plan.push(550);
    const refused = await sendOrder({ analyst, supervisor }, host);
    await createJobWorker(t.container).drain();
    d = await deliveryOf(analyst, refused);
    expect(d).toMatchObject({ status: 'dead', attempts: 1 });
    expect(d.lastError).toMatch(/550/);
    expect((await analyst.get('/email-deliveries?status=dead')).json().deliveries.map((x: { referralId: number }) => x.referralId)).toContain(refused);

    // The referring organisation sends it again; this time the server accepts.
    const again = await supervisor.post(`/email-deliveries/${d.id}/redeliver`, {});
    expect(again.statusCode, again.body).toBe(200);
    expect(again.json()).toMatchObject({ id: d.id, status: 'pending' });
    await createJobWorker(t.container).drain();
    expect(await deliveryOf(analyst, refused)).toMatchObject({ status: 'sent', attempts: 2 });
  });

  it('escapes hostile strings: no header injection from names or reference numbers, no markup from Annex I fields or URLs', async () => {
    const { host } = await emailPlatform(coordinator, { name: `Evil\r\nBcc: victim@example.net\r\nX-Evil: 1 Tube ${counter + 1}` });
    const before = smtp.received.length;
    const referralId = await sendOrder(
      { analyst, supervisor },
      host,
      { referenceNumber: `RO\r\nBcc: victim2@example.net ${counter + 1}`, issuingAuthority: '<script>alert(1)</script> IRU', additionalInformation: '<img src=x onerror=alert(1)>\r\n"quoted" & more' },
      `/v/"><svg onload=alert(1)>?q=<b>x</b>&r='y'`,
    );
    await createJobWorker(t.container).drain();
    expect(smtp.received.length).toBe(before + 1);
    const mail = smtp.received.at(-1)!;
    expect(mail.to).toEqual([`abuse@${host}`]);
    expect(mail.headers.has('bcc')).toBe(false);
    expect(mail.headers.has('x-evil')).toBe(false);
    expect(mail.headers.get('subject')).toHaveLength(1);
    expect(mail.headers.get('subject')![0]).toMatch(/^\[Vigil\] Removal order RO Bcc: victim2@example\.net \d+ for Evil Bcc: victim@example\.net X-Evil: 1 Tube \d+ \(reply within 1 hour\)$/);
    expect(mail.html).not.toMatch(/<script|<img|<svg|<b>/i);
    expect(mail.html).toContain('&#60;script&#62;alert(1)&#60;/script&#62; IRU');
    expect(mail.html).toContain('&#60;img src=x onerror=alert(1)&#62;');
    expect(mail.html).toContain('&#34;quoted&#34; &#38; more');
    // The one link is Vigil's own; the content URL is text.
    expect(mail.html.match(/<a /g)).toHaveLength(1);
    expect(mail.html).toContain(`<a href="https://vigil.example.org/platform/referrals/${referralId}">`);
    expect(await deliveryOf(analyst, referralId)).toMatchObject({ status: 'sent' });
  });

  it('ends dead when the platform has no contact address, and hides deliveries from other organisations', async () => {
    const { host } = await emailPlatform(coordinator, { contactEmail: null });
    const referralId = await sendOrder({ analyst, supervisor }, host);
    await createJobWorker(t.container).drain();
    const d = await deliveryOf(analyst, referralId);
    expect(d).toMatchObject({ status: 'dead', recipient: null });
    expect(d.lastError).toMatch(/no contact e-mail address/);

    const other = await buildOrganisation(t, { kind: 'authority' });
    const outsider = (await buildSignedInMember(t, other, ['supervisor'])).as;
    expect((await outsider.get('/email-deliveries')).json().deliveries).toEqual([]);
    expect((await outsider.post(`/email-deliveries/${d.id}/redeliver`, {})).statusCode).toBe(404);
    expect((await analyst.post(`/email-deliveries/${d.id}/redeliver`, {})).statusCode).toBe(403);
  });
});

describe('without SMTP settings', () => {
  let bare: TestApp;
  let as: { analyst: Caller; supervisor: Caller; coordinator: Caller };

  beforeAll(async () => {
    bare = await createTestApp({ sessionIdleMinutes: 10_000, sessionTtlHours: 720 });
    const iru = await buildOrganisation(bare, { kind: 'authority', competentAuthority: true });
    as = {
      coordinator: (await buildSignedInMember(bare, iru, ['coordinator'])).as,
      analyst: (await buildSignedInMember(bare, iru, ['analyst'])).as,
      supervisor: (await buildSignedInMember(bare, iru, ['supervisor'])).as,
    };
  });
  afterAll(async () => {
    await bare.close();
  });

  it('keeps the delivery waiting, visibly not configured, and sends it once the settings exist', async () => {
    const { host } = await emailPlatform(as.coordinator);
    const referralId = await sendOrder(as, host);
    await createJobWorker(bare.container).drain();
    const waiting = await deliveryOf(as.analyst, referralId);
    expect(waiting).toMatchObject({ status: 'not_configured', attempts: 0 });
    expect(waiting.lastError).toMatch(/^EMAIL_NOT_CONFIGURED/);
    expect((await as.analyst.get('/email-deliveries?status=not_configured')).json().deliveries).toHaveLength(1);
    const refused = await as.supervisor.post(`/email-deliveries/${waiting.id}/redeliver`, {});
    expect(refused.statusCode).toBe(503);
    expect(refused.json().error.code).toBe('EMAIL_NOT_CONFIGURED');
    // The schedule does nothing while there are no settings.
    expect(await bare.container.emailDeliveries.resumeWaiting()).toBe(0);

    // The operator configures SMTP and restarts: the schedule queues what waited.
    const before = smtp.received.length;
    const configured: Container = createContainer({ config: testConfig(smtpSettings()), db: bare.db, clock: bare.clock });
    expect(await configured.emailDeliveries.resumeWaiting()).toBe(1);
    await createJobWorker(configured).drain();
    expect(smtp.received.length).toBe(before + 1);
    expect(smtp.received.at(-1)!.to).toEqual([`abuse@${host}`]);
    expect(await deliveryOf(as.analyst, referralId)).toMatchObject({ status: 'sent', attempts: 1, lastError: null });
  });
});
