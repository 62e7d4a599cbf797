import crypto from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import Stripe from 'stripe';

/**
 * A local stand-in for the few Stripe endpoints Matchday calls, for the real `stripe` SDK pointed
 * at it (STRIPE_API_URL): Checkout Sessions (create, expire), refunds (create) and payment intents
 * (retrieve). It honours Idempotency-Key like Stripe, records every request, and builds the events
 * Stripe would send, signed with Stripe's own helper.
 */

export interface RecordedRequest {
  method: string;
  path: string;
  body: Record<string, any>;
  idempotencyKey: string | undefined;
}

interface Session {
  id: string;
  object: 'checkout.session';
  mode: string;
  status: 'open' | 'complete' | 'expired';
  payment_status: 'unpaid' | 'paid';
  amount_total: number;
  currency: string;
  client_reference_id: string | null;
  customer_email: string | null;
  metadata: Record<string, string>;
  payment_intent: string | null;
  expires_at: number;
  url: string;
  success_url: string;
  cancel_url: string;
  line_items: { quantity: number; unit_amount: number; name: string }[];
  paymentIntentMetadata: Record<string, string>;
}

interface PaymentIntent {
  id: string;
  object: 'payment_intent';
  amount: number;
  amount_refunded: number;
  metadata: Record<string, string>;
  status: 'succeeded';
}

export interface FakeStripe {
  url: string;
  requests: RecordedRequest[];
  sessions: Map<string, Session>;
  refunds: { id: string; payment_intent: string; amount: number }[];
  /** The session created for an order (by its metadata). */
  sessionOf(orderId: string): Session | undefined;
  /** Pays a session as a buyer would and returns the checkout.session.completed event. */
  pay(sessionId: string): Stripe.Event;
  /** The checkout.session.expired event of a session. */
  expired(sessionId: string): Stripe.Event;
  /** A charge.refunded event as Stripe sends it after refunds (made here or "in the dashboard"). */
  chargeRefunded(paymentIntentId: string, extraRefundedCents?: number): Stripe.Event;
  /** Makes the next `count` requests to paths starting with `prefix` fail with a 500. */
  failNext(prefix: string, count?: number): void;
  close(): Promise<void>;
}

const id = (prefix: string) => `${prefix}_test_${crypto.randomBytes(12).toString('hex')}`;

/** Stripe's form encoding (a[b][0][c]=v) back to nested objects; numeric keys stay object keys. */
function parseForm(body: string): Record<string, any> {
  const root: Record<string, any> = {};
  for (const [key, value] of new URLSearchParams(body)) {
    const path = key.split(/\[|\]\[|\]/).filter(Boolean);
    let node = root;
    path.forEach((part, i) => {
      if (i === path.length - 1) node[part] = value;
      else node = node[part] ??= {};
    });
  }
  return root;
}

function event(type: string, object: object): Stripe.Event {
  return { id: id('evt'), object: 'event', type, created: Math.floor(Date.now() / 1000), livemode: false, api_version: null, pending_webhooks: 1, request: null, data: { object } } as unknown as Stripe.Event;
}

export async function startFakeStripe(): Promise<FakeStripe> {
  const requests: RecordedRequest[] = [];
  const sessions = new Map<string, Session>();
  const intents = new Map<string, PaymentIntent>();
  const refunds: FakeStripe['refunds'] = [];
  const idempotent = new Map<string, { status: number; body: unknown }>();
  const failures: { prefix: string; left: number }[] = [];
  let baseUrl = '';

  function handle(method: string, path: string, body: Record<string, any>): { status: number; body: unknown } {
    const failure = failures.find((f) => f.left > 0 && path.startsWith(f.prefix));
    if (failure) {
      failure.left--;
      return { status: 500, body: { error: { type: 'api_error', message: 'The fake Stripe was told to fail.' } } };
    }
    if (method === 'POST' && path === '/v1/checkout/sessions') {
      const lines = Object.values(body.line_items ?? {}).map((line: any) => ({
        quantity: Number(line.quantity),
        unit_amount: Number(line.price_data.unit_amount),
        name: line.price_data.product_data.name,
      }));
      const session: Session = {
        id: id('cs'),
        object: 'checkout.session',
        mode: body.mode,
        status: 'open',
        payment_status: 'unpaid',
        amount_total: lines.reduce((sum, l) => sum + l.quantity * l.unit_amount, 0),
        currency: Object.values(body.line_items ?? {}).map((l: any) => l.price_data.currency)[0] ?? 'eur',
        client_reference_id: body.client_reference_id ?? null,
        customer_email: body.customer_email ?? null,
        metadata: body.metadata ?? {},
        payment_intent: null,
        expires_at: Number(body.expires_at),
        url: '',
        success_url: body.success_url,
        cancel_url: body.cancel_url,
        line_items: lines,
        paymentIntentMetadata: body.payment_intent_data?.metadata ?? {},
      };
      session.url = `${baseUrl}/pay/${session.id}`;
      sessions.set(session.id, session);
      return { status: 200, body: publicSession(session) };
    }
    const expire = /^\/v1\/checkout\/sessions\/([^/]+)\/expire$/.exec(path);
    if (method === 'POST' && expire) {
      const session = sessions.get(expire[1]);
      if (!session) return notFound('checkout session');
      if (session.status !== 'open') return { status: 400, body: { error: { type: 'invalid_request_error', message: `Only open sessions can be expired (this one is ${session.status}).` } } };
      session.status = 'expired';
      return { status: 200, body: publicSession(session) };
    }
    if (method === 'POST' && path === '/v1/refunds') {
      const intent = intents.get(body.payment_intent);
      if (!intent) return notFound('payment intent');
      const amount = body.amount ? Number(body.amount) : intent.amount - intent.amount_refunded;
      if (intent.amount_refunded + amount > intent.amount) {
        return { status: 400, body: { error: { type: 'invalid_request_error', code: 'charge_already_refunded', message: 'Refund amount is greater than what is left.' } } };
      }
      intent.amount_refunded += amount;
      const refund = { id: id('re'), object: 'refund', payment_intent: intent.id, amount, status: 'succeeded', metadata: body.metadata ?? {} };
      refunds.push({ id: refund.id, payment_intent: intent.id, amount });
      return { status: 200, body: refund };
    }
    const retrieve = /^\/v1\/payment_intents\/([^/]+)$/.exec(path);
    if (method === 'GET' && retrieve) {
      const intent = intents.get(retrieve[1]);
      return intent ? { status: 200, body: intent } : notFound('payment intent');
    }
    return notFound(`route ${method} ${path}`);
  }

  const server = http.createServer((req, res) => {
    let raw = '';
    req.on('data', (chunk) => (raw += chunk));
    req.on('end', () => {
      const path = (req.url ?? '').split('?')[0];
      const body = parseForm(raw);
      const key = req.headers['idempotency-key'] as string | undefined;
      requests.push({ method: req.method ?? '', path, body, idempotencyKey: key });
      const cacheKey = key && req.method === 'POST' ? `${path}:${key}` : null;
      let answer = cacheKey ? idempotent.get(cacheKey) : undefined;
      if (!answer) {
        answer = handle(req.method ?? '', path, body);
        if (cacheKey && answer.status < 500) idempotent.set(cacheKey, answer);
      }
      res.writeHead(answer.status, { 'content-type': 'application/json', 'request-id': id('req') });
      res.end(JSON.stringify(answer.body));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  return {
    url: baseUrl,
    requests,
    sessions,
    refunds,
    sessionOf: (orderId) => [...sessions.values()].find((s) => s.metadata.orderId === orderId),
    pay(sessionId) {
      const session = sessions.get(sessionId);
      if (!session) throw new Error(`No session ${sessionId}`);
      if (!session.payment_intent) {
        const intent: PaymentIntent = { id: id('pi'), object: 'payment_intent', amount: session.amount_total, amount_refunded: 0, metadata: session.paymentIntentMetadata, status: 'succeeded' };
        intents.set(intent.id, intent);
        session.payment_intent = intent.id;
      }
      session.status = 'complete';
      session.payment_status = 'paid';
      return event('checkout.session.completed', publicSession(session));
    },
    expired(sessionId) {
      const session = sessions.get(sessionId)!;
      if (session.status === 'open') session.status = 'expired';
      return event('checkout.session.expired', publicSession(session));
    },
    chargeRefunded(paymentIntentId, extraRefundedCents = 0) {
      const intent = intents.get(paymentIntentId)!;
      intent.amount_refunded += extraRefundedCents;
      return event('charge.refunded', {
        id: id('ch'),
        object: 'charge',
        payment_intent: intent.id,
        amount: intent.amount,
        amount_refunded: intent.amount_refunded,
        refunded: intent.amount_refunded >= intent.amount,
      });
    },
    failNext(prefix, count = 1) {
      failures.push({ prefix, left: count });
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

function publicSession(session: Session) {
  const { paymentIntentMetadata: _m, line_items: _l, ...visible } = session;
  return visible;
}

function notFound(what: string) {
  return { status: 404, body: { error: { type: 'invalid_request_error', code: 'resource_missing', message: `No such ${what}.` } } };
}

const signer = new Stripe('sk_test_signer');

/** Sends an event to a Matchday server as Stripe does: JSON body, Stripe-Signature header. */
export async function sendWebhook(serverUrl: string, stripeEvent: Stripe.Event, secret: string, signature?: string): Promise<Response> {
  const payload = JSON.stringify(stripeEvent);
  return fetch(`${serverUrl}/webhooks/stripe`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'stripe-signature': signature ?? signer.webhooks.generateTestHeaderString({ payload, secret }) },
    body: payload,
  });
}
