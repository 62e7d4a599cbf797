import type { Config } from '../../config';
import { OutboxSmsSender } from './outbox-sender';
import { TwilioSmsSender } from './twilio-sender';

export interface OutgoingSms {
  to: string;
  body: string;
}

export interface SentSms {
  /** The provider's id (Twilio's SM…), null when the text stays in the outbox. */
  sid: string | null;
  from: string | null;
  /** true: kept in the app's outbox for admins to read, nobody was texted. */
  captured: boolean;
}

/** Why a send failed, and whether trying again later can help. */
export class SmsSendError extends Error {
  constructor(
    message: string,
    readonly retryable: boolean,
    /** Twilio's error code, e.g. 21610 (the recipient has unsubscribed). */
    readonly code?: number,
  ) {
    super(message);
  }
}

/** Sends one text. Twilio when configured; otherwise the outbox, which admins read in the app. */
export interface SmsSender {
  send(sms: OutgoingSms): Promise<SentSms>;
}

export function createSmsSender(config: Config): SmsSender {
  return config.twilio ? new TwilioSmsSender(config.twilio, `${config.publicUrl}/webhooks/twilio/status`) : new OutboxSmsSender();
}
