import type { DataSource, EntityManager } from 'typeorm';
import { paginate } from '../../graphql/connection';
import { MailMessage, MailStatus } from './mail-message.entity';
import type { MailOutboxArgs } from './mail.types';

export interface MailInput {
  to: string;
  subject: string;
  text: string;
  html?: string;
  /** What the message is for, e.g. 'password_reset', 'tickets'. */
  kind: string;
}

/** Sending mail: a row in the outbox, delivered after commit by the mail workers (mail.workers.ts). */
export class MailService {
  constructor(private readonly db: DataSource) {}

  /** Durable in the caller's transaction (pass its manager); delivered after commit by the mail worker. */
  async send(input: MailInput, manager: EntityManager = this.db.manager): Promise<MailMessage> {
    const message = manager.create(MailMessage, {
      to: input.to.trim(),
      subject: input.subject,
      text: input.text,
      html: input.html ?? null,
      kind: input.kind,
      status: MailStatus.PENDING,
    });
    return manager.save(message);
  }

  /** The outbox, newest first. */
  list(args: MailOutboxArgs) {
    const query = this.db.getRepository(MailMessage).createQueryBuilder('mail');
    if (args.to) query.andWhere('lower(mail.to) = lower(:to)', { to: args.to.trim() });
    return paginate(query, args);
  }
}
