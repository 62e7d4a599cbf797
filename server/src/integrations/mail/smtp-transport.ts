import nodemailer from 'nodemailer';
import { MailRejectedError, type MailTransport, type OutgoingMail } from './mail-transport';

interface SmtpError extends Error {
  code?: string;
  responseCode?: number;
  /** The server's reply line, e.g. "550 5.1.1 No such mailbox". */
  response?: string;
}

const short = (text: string) => text.replace(/\s+/g, ' ').trim().slice(0, 200);

/** Real delivery through an SMTP server (SMTP_URL, e.g. smtps://user:pass@smtp.example.com). */
export class SmtpTransport implements MailTransport {
  readonly outcome = 'SENT';
  private readonly transporter: ReturnType<typeof nodemailer.createTransport>;

  constructor(
    smtpUrl: string,
    private readonly from: string,
  ) {
    this.transporter = nodemailer.createTransport(smtpUrl);
  }

  async deliver(mail: OutgoingMail): Promise<void> {
    try {
      await this.transporter.sendMail({
        from: this.from,
        to: mail.to,
        subject: mail.subject,
        text: mail.text,
        html: mail.html ?? undefined,
        messageId: `<${mail.id}@matchday>`,
      });
    } catch (err) {
      const smtp = err as SmtpError;
      // A 5xx answer to the envelope or the message is final; anything else (a refused connection,
      // a 4xx "try later", a login problem being fixed) is worth another attempt.
      const refused = (smtp.code === 'EENVELOPE' || smtp.code === 'EMESSAGE') && (smtp.responseCode ?? 0) >= 500;
      if (refused) throw new MailRejectedError(`The SMTP server refused the message: ${short(smtp.response ?? String(smtp.responseCode))}`);
      // The reply or the error code only: a connection error's message could name the configured URL.
      throw new Error(`SMTP delivery failed: ${short(smtp.response ?? smtp.code ?? 'unknown error')}`);
    }
  }

  close(): void {
    this.transporter.close();
  }
}
