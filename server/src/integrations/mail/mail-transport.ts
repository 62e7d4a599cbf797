/** One outgoing message as a transport sees it. */
export interface OutgoingMail {
  /** Stable across retries, so a receiving server can spot a repeat. */
  id: string;
  to: string;
  subject: string;
  text: string;
  html: string | null;
}

/** Where mail goes: an SMTP server, or (with no SMTP configured) the outbox itself. */
export interface MailTransport {
  /** SENT when a real server accepted it; CAPTURED when it stays in the outbox for admins to read. */
  readonly outcome: 'SENT' | 'CAPTURED';
  deliver(mail: OutgoingMail): Promise<void>;
  close(): void;
}

/** The receiving server refused the message for good (e.g. unknown mailbox): retrying cannot help. */
export class MailRejectedError extends Error {}
