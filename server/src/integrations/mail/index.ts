import type { Config } from '../../config';
import type { MailTransport } from './mail-transport';
import { OutboxTransport } from './outbox-transport';
import { SmtpTransport } from './smtp-transport';

export { MailRejectedError, type MailTransport, type OutgoingMail } from './mail-transport';

/** SMTP when SMTP_URL is set; otherwise the outbox that admins read in the app. */
export function createMailTransport(config: Config): MailTransport {
  return config.smtpUrl ? new SmtpTransport(config.smtpUrl, config.mailFrom) : new OutboxTransport();
}
