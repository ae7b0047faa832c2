// Sending e-mail, as a port with one adapter: SMTP through nodemailer, configured by settings
// (VIGIL_SMTP_URL, or VIGIL_SMTP_HOST and VIGIL_SMTP_PORT; VIGIL_SMTP_FROM). Without them there is
// no sender, and e-mail deliveries wait as not_configured (see email-delivery.service.ts).
import { createTransport, type Transporter } from 'nodemailer';
import type SMTPTransport from 'nodemailer/lib/smtp-transport/index.js';

export interface EmailMessage {
  to: string;
  subject: string;
  text: string;
  html: string;
  /** A Message-ID of our own, the same on every attempt, so a repeat can be recognised. */
  messageId: string;
  headers?: Record<string, string>;
}

export interface EmailSender {
  /** Resolves with the message id the server accepted; throws an EmailSendError otherwise. */
  send(message: EmailMessage): Promise<{ messageId: string; response: string }>;
  close(): void;
}

/** A failed send; permanent when the server answered 5xx (retrying the same message cannot help). */
export class EmailSendError extends Error {
  constructor(
    message: string,
    readonly permanent: boolean,
    readonly responseCode: number | null,
  ) {
    super(message);
    this.name = 'EmailSendError';
  }
}

export interface SmtpSettings {
  smtpUrl?: string | undefined;
  smtpHost?: string | undefined;
  smtpPort: number;
  smtpFrom?: string | undefined;
}

const TIMEOUTS = { connectionTimeout: 10_000, greetingTimeout: 10_000, socketTimeout: 30_000 };

/** The sender the settings describe, or null when e-mail is not configured. */
export function smtpSenderFromSettings(s: SmtpSettings): EmailSender | null {
  if (!s.smtpFrom || (!s.smtpUrl && !s.smtpHost)) return null;
  const options: SMTPTransport.Options = s.smtpUrl ? { url: s.smtpUrl, ...TIMEOUTS } : { host: s.smtpHost!, port: s.smtpPort, secure: s.smtpPort === 465, ...TIMEOUTS };
  return new SmtpEmailSender(createTransport(options), s.smtpFrom);
}

export class SmtpEmailSender implements EmailSender {
  constructor(
    private readonly transport: Transporter<SMTPTransport.SentMessageInfo>,
    private readonly from: string,
  ) {}

  async send(message: EmailMessage): Promise<{ messageId: string; response: string }> {
    try {
      const info = await this.transport.sendMail({
        from: this.from,
        to: message.to,
        subject: message.subject,
        text: message.text,
        html: message.html,
        messageId: message.messageId,
        headers: message.headers ?? {},
        // No tracking, no remote content: the message is self-contained text.
        disableFileAccess: true,
        disableUrlAccess: true,
      });
      if (info.rejected.length > 0) throw new EmailSendError(`The server refused the recipient: ${info.response}`, true, null);
      return { messageId: info.messageId, response: info.response };
    } catch (error) {
      if (error instanceof EmailSendError) throw error;
      const e = error as { responseCode?: unknown; message?: unknown; code?: unknown };
      const responseCode = typeof e.responseCode === 'number' ? e.responseCode : null;
      const text = typeof e.message === 'string' ? e.message : String(error);
      throw new EmailSendError(`${typeof e.code === 'string' ? `${e.code}: ` : ''}${text}`, responseCode !== null && responseCode >= 500 && responseCode < 600, responseCode);
    }
  }

  close(): void {
    this.transport.close();
  }
}

/** The domain of a sender address ("Vigil <vigil@example.org>" → example.org), for Message-IDs. */
export function senderDomain(from: string | undefined): string {
  const m = from ? /@([A-Za-z0-9.-]+)>?\s*$/.exec(from) : null;
  return m ? m[1]!.toLowerCase() : 'vigil.invalid';
}
