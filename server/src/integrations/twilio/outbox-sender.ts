import type { OutgoingSms, SentSms, SmsSender } from './sms-sender';

/** Without Twilio settings nobody is texted: the message stays in the SMS outbox (status CAPTURED). */
export class OutboxSmsSender implements SmsSender {
  async send(_sms: OutgoingSms): Promise<SentSms> {
    return { sid: null, from: null, captured: true };
  }
}
