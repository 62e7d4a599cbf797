import crypto from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import twilio from 'twilio';

/** One Messages.create call as the fake received it. */
export interface SentText {
  sid: string;
  to: string;
  from: string | null;
  messagingServiceSid: string | null;
  body: string;
  statusCallback: string | null;
  at: number;
}

export interface FakeTwilio {
  url: string;
  accountSid: string;
  authToken: string;
  from: string;
  /** Every text accepted, in order. */
  sent: SentText[];
  sentTo(phone: string): SentText[];
  /** Answers the next texts to `phone` with this Twilio error (e.g. 400 / 21610 unsubscribed). */
  refuse(phone: string, status: number, code: number): void;
  /** Env for a Matchday server that should text through this fake. */
  env(): Record<string, string>;
  waitFor(predicate: (sent: SentText[]) => boolean, timeoutMs?: number): Promise<void>;
  close(): Promise<void>;
}

/**
 * A local stand-in for Twilio's REST API: implements Messages.create as the real SDK calls it
 * (form-encoded POST with basic auth), records each text and answers like Twilio does.
 */
export async function startFakeTwilio(): Promise<FakeTwilio> {
  const accountSid = `AC${crypto.randomBytes(16).toString('hex')}`;
  const authToken = crypto.randomBytes(16).toString('hex');
  const from = '+15005550006';
  const sent: SentText[] = [];
  const refusals = new Map<string, { status: number; code: number }>();
  const expectedAuth = `Basic ${Buffer.from(`${accountSid}:${authToken}`).toString('base64')}`;

  const server = http.createServer((req, res) => {
    let raw = '';
    req.on('data', (chunk) => (raw += chunk));
    req.on('end', () => {
      const answer = (status: number, body: unknown) => {
        res.writeHead(status, { 'content-type': 'application/json' });
        res.end(JSON.stringify(body));
      };
      if (req.headers.authorization !== expectedAuth) {
        return answer(401, { code: 20003, message: 'Authenticate', more_info: 'https://www.twilio.com/docs/errors/20003', status: 401 });
      }
      if (req.method !== 'POST' || req.url !== `/2010-04-01/Accounts/${accountSid}/Messages.json`) {
        return answer(404, { code: 20404, message: 'The requested resource was not found', status: 404 });
      }
      const form = new URLSearchParams(raw);
      const to = form.get('To') ?? '';
      const refusal = refusals.get(to);
      if (refusal) {
        return answer(refusal.status, { code: refusal.code, message: `Refused by the fake (${refusal.code})`, status: refusal.status });
      }
      const text: SentText = {
        sid: `SM${crypto.randomBytes(16).toString('hex')}`,
        to,
        from: form.get('From'),
        messagingServiceSid: form.get('MessagingServiceSid'),
        body: form.get('Body') ?? '',
        statusCallback: form.get('StatusCallback'),
        at: Date.now(),
      };
      sent.push(text);
      const now = new Date().toUTCString();
      answer(201, {
        sid: text.sid,
        account_sid: accountSid,
        to: text.to,
        from: text.from,
        messaging_service_sid: text.messagingServiceSid,
        body: text.body,
        status: 'queued',
        direction: 'outbound-api',
        num_segments: '1',
        num_media: '0',
        date_created: now,
        date_updated: now,
        date_sent: null,
        error_code: null,
        error_message: null,
        price: null,
        price_unit: 'USD',
        api_version: '2010-04-01',
        uri: `/2010-04-01/Accounts/${accountSid}/Messages/${text.sid}.json`,
        subresource_uris: {},
      });
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  return {
    url,
    accountSid,
    authToken,
    from,
    sent,
    sentTo: (phone) => sent.filter((text) => text.to === phone),
    refuse: (phone, status, code) => refusals.set(phone, { status, code }),
    env: () => ({ TWILIO_ACCOUNT_SID: accountSid, TWILIO_AUTH_TOKEN: authToken, TWILIO_FROM: from, TWILIO_API_URL: url }),
    waitFor: async (predicate, timeoutMs = 20_000) => {
      const deadline = Date.now() + timeoutMs;
      while (!predicate(sent)) {
        if (Date.now() > deadline) throw new Error(`The fake Twilio did not see the expected texts in ${timeoutMs} ms; it saw ${JSON.stringify(sent)}`);
        await new Promise((r) => setTimeout(r, 50));
      }
    },
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

/**
 * POSTs a webhook to a Matchday server the way Twilio does: form-encoded, signed with Twilio's
 * own signature function over the server's public URL + path.
 */
export async function postTwilioWebhook(
  serverUrl: string,
  path: string,
  params: Record<string, string>,
  options: { authToken: string; signature?: string | null; signedUrl?: string },
): Promise<Response> {
  const signature =
    options.signature === undefined ? twilio.getExpectedTwilioSignature(options.authToken, options.signedUrl ?? `${serverUrl}${path}`, params) : options.signature;
  return fetch(`${serverUrl}${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded', ...(signature ? { 'x-twilio-signature': signature } : {}) },
    body: new URLSearchParams(params).toString(),
  });
}
