import type { MailTransport } from './mail-transport';

/**
 * With no SMTP_URL the outbox row is the destination: delivering only marks it CAPTURED, and
 * admins (and tests) read it with the mailOutbox query.
 */
export class OutboxTransport implements MailTransport {
  readonly outcome = 'CAPTURED';

  async deliver(): Promise<void> {}

  close(): void {}
}
