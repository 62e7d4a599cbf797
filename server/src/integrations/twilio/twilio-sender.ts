import twilio from 'twilio';
import type RequestClient from 'twilio/lib/base/RequestClient';
import type { Config } from '../../config';
import { SmsSendError, type OutgoingSms, type SentSms, type SmsSender } from './sms-sender';

type TwilioSettings = NonNullable<Config['twilio']>;

/** Twilio's default API origin, swapped for TWILIO_API_URL (a local fake in tests and benches). */
const TWILIO_ORIGIN = /^https:\/\/[^/]+\.twilio\.com/;

function redirectedRequestClient(baseUrl: string): twilio.RequestClient {
  const base = baseUrl.replace(/\/$/, '');
  class RedirectedRequestClient extends twilio.RequestClient {
    request<T>(opts: RequestClient.RequestOptions<T>) {
      return super.request({ ...opts, uri: opts.uri.replace(TWILIO_ORIGIN, base) });
    }
  }
  return new RedirectedRequestClient();
}

/** Texts through the real `twilio` SDK; delivery callbacks come back to /webhooks/twilio/status. */
export class TwilioSmsSender implements SmsSender {
  private readonly client: twilio.Twilio;

  constructor(
    private readonly settings: TwilioSettings,
    private readonly statusCallback: string,
  ) {
    this.client = twilio(settings.accountSid, settings.authToken, {
      httpClient: settings.apiUrl ? redirectedRequestClient(settings.apiUrl) : undefined,
    });
  }

  async send(sms: OutgoingSms): Promise<SentSms> {
    // TWILIO_FROM may be a number or a messaging service (MG…), which picks the number itself.
    const sender = this.settings.from.startsWith('MG') ? { messagingServiceSid: this.settings.from } : { from: this.settings.from };
    try {
      const message = await this.client.messages.create({ to: sms.to, body: sms.body, statusCallback: this.statusCallback, ...sender });
      return { sid: message.sid, from: message.from ?? this.settings.from, captured: false };
    } catch (err) {
      throw toSendError(err);
    }
  }
}

const NEVER_CONNECTED = new Set(['ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN', 'EHOSTUNREACH', 'ENETUNREACH']);

function toSendError(err: unknown): SmsSendError {
  const e = err as { status?: number; code?: number | string; message?: string };
  if (typeof e.status === 'number') {
    // Twilio answered: 429 and 5xx are worth another try; a 4xx (bad number, unsubscribed…) is final.
    const retryable = e.status === 429 || e.status >= 500;
    const code = typeof e.code === 'number' ? e.code : undefined;
    return new SmsSendError(`Twilio refused the message (HTTP ${e.status}${code ? `, error ${code}` : ''}): ${e.message ?? ''}`.trim(), retryable, code);
  }
  // No answer. Only a connection that never opened is safe to retry: after a timeout or a reset
  // Twilio may have sent the text, and a retry could text the person twice.
  const neverConnected = typeof e.code === 'string' && NEVER_CONNECTED.has(e.code);
  return new SmsSendError(`Twilio could not be reached (${typeof e.code === 'string' ? e.code : 'no answer'}).`, neverConnected);
}
