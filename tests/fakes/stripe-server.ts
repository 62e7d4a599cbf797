import crypto from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import Stripe from 'stripe';

/**
 * A local stand-in for the few Stripe endpoints Matchday calls, for the real `stripe` SDK pointed
 * at it (STRIPE_API_URL): Checkout Sessions (create, expire; payment and subscription mode),
 * refunds (create), payment intents (retrieve), and for memberships customers, products, prices
 * and billing portal sessions. It honours Idempotency-Key like Stripe, records every request, and
 * builds the events Stripe would send (subscriptions and their invoices included), signed with
 * Stripe's own helper.
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
  line_items: { quantity: number; unit_amount: number; name: string; price: string | null }[];
  paymentIntentMetadata: Record<string, string>;
  customer: string | null;
  subscription: string | null;
  subscriptionData: { metadata: Record<string, string>; trial_period_days: number | null };
}

interface Price {
  id: string;
  object: 'price';
  product: string;
  currency: string;
  unit_amount: number;
  recurring: { interval: 'month' | 'year'; interval_count: 1 };
  active: boolean;
  metadata: Record<string, string>;
}

/** A subscription as Stripe's API (2025+) shows it: the billing period is on its item. */
export interface FakeSubscription {
  id: string;
  object: 'subscription';
  customer: string;
  status: Stripe.Subscription.Status;
  cancel_at_period_end: boolean;
  canceled_at: number | null;
  ended_at: number | null;
  created: number;
  start_date: number;
  trial_start: number | null;
  trial_end: number | null;
  metadata: Record<string, string>;
  items: { object: 'list'; data: { id: string; object: 'subscription_item'; quantity: number; price: Price; current_period_start: number; current_period_end: number }[] };
}

/** What a test changes on a subscription before Stripe "sends" its event. */
export interface SubscriptionChange {
  status?: Stripe.Subscription.Status;
  cancel_at_period_end?: boolean;
  canceled_at?: number | null;
  ended_at?: number | null;
  /** Another price (a plan switch). */
  price?: string;
  /** A new billing period [start, end] in Unix seconds. */
  period?: [number, number];
  trial_end?: number | null;
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
  customers: Map<string, { id: string; email: string; name: string; metadata: Record<string, string> }>;
  products: Map<string, { id: string; name: string; description: string | null; active: boolean; metadata: Record<string, string> }>;
  prices: Map<string, Price>;
  subscriptions: Map<string, FakeSubscription>;
  refunds: { id: string; payment_intent: string; amount: number }[];
  /** The session created for an order (by its metadata). */
  sessionOf(orderId: string): Session | undefined;
  /** Pays a session as a buyer would and returns the checkout.session.completed event. */
  pay(sessionId: string): Stripe.Event;
  /** The checkout.session.expired event of a session. */
  expired(sessionId: string): Stripe.Event;
  /** A charge.refunded event as Stripe sends it after refunds (made here or "in the dashboard"). */
  chargeRefunded(paymentIntentId: string, extraRefundedCents?: number): Stripe.Event;
  /** The session created for a membership checkout (by its metadata). */
  sessionOfMembershipCheckout(checkoutId: string): Session | undefined;
  /**
   * Completes a subscription-mode session as a fan would: creates its subscription (trialing when
   * the session has trial days) at `at` (Unix seconds; default now) and returns it with the events
   * Stripe sends: customer.subscription.created, then invoice.paid (for nothing during a trial).
   */
  subscribe(sessionId: string, at?: number): { subscription: FakeSubscription; created: Stripe.Event; invoicePaid: Stripe.Event };
  /** Changes a subscription as Stripe would and returns the event carrying it, made at `at` (Unix seconds). */
  subscriptionEvent(type: 'customer.subscription.created' | 'customer.subscription.updated' | 'customer.subscription.deleted', subscriptionId: string, change?: SubscriptionChange, at?: number): Stripe.Event;
  /** An invoice event for the subscription's current period (amount: its price), made at `at`. */
  invoiceEvent(type: 'invoice.paid' | 'invoice.payment_failed', subscriptionId: string, options?: { at?: number; amount?: number; billingReason?: string }): Stripe.Event;
  /** Stripe's customer.subscription.trial_will_end notice. */
  trialWillEnd(subscriptionId: string, at?: number): Stripe.Event;
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

function event(type: string, object: object, created = Math.floor(Date.now() / 1000)): Stripe.Event {
  // A copy: the object as it was when the event was made, whatever happens to it later.
  return { id: id('evt'), object: 'event', type, created, livemode: false, api_version: null, pending_webhooks: 1, request: null, data: { object: structuredClone(object) } } as unknown as Stripe.Event;
}

const now = () => Math.floor(Date.now() / 1000);

/** One month or year after `start` (Unix seconds), as Stripe bills (30/365 days is close enough for a fake). */
function periodAfter(start: number, interval: 'month' | 'year'): number {
  return start + (interval === 'year' ? 365 : 30) * 24 * 3600;
}

export async function startFakeStripe(): Promise<FakeStripe> {
  const requests: RecordedRequest[] = [];
  const sessions = new Map<string, Session>();
  const intents = new Map<string, PaymentIntent>();
  const refunds: FakeStripe['refunds'] = [];
  const customers: FakeStripe['customers'] = new Map();
  const products: FakeStripe['products'] = new Map();
  const prices = new Map<string, Price>();
  const subscriptions = new Map<string, FakeSubscription>();
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
      const missing = Object.values(body.line_items ?? {}).find((line: any) => line.price && !prices.has(line.price)) as any;
      if (missing) return notFound(`price ${missing.price}`);
      if (body.customer && !customers.has(body.customer)) return notFound(`customer ${body.customer}`);
      const lines = Object.values(body.line_items ?? {}).map((line: any) => {
        const price = line.price ? prices.get(line.price)! : null;
        return {
          quantity: Number(line.quantity),
          unit_amount: price ? price.unit_amount : Number(line.price_data.unit_amount),
          name: price ? products.get(price.product)!.name : line.price_data.product_data.name,
          price: price?.id ?? null,
        };
      });
      const session: Session = {
        id: id('cs'),
        object: 'checkout.session',
        mode: body.mode,
        status: 'open',
        payment_status: 'unpaid',
        amount_total: lines.reduce((sum, l) => sum + l.quantity * l.unit_amount, 0),
        currency: lines[0]?.price ? prices.get(lines[0].price)!.currency : (Object.values(body.line_items ?? {}).map((l: any) => l.price_data.currency)[0] ?? 'eur'),
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
        customer: body.customer ?? null,
        subscription: null,
        subscriptionData: {
          metadata: body.subscription_data?.metadata ?? {},
          trial_period_days: body.subscription_data?.trial_period_days ? Number(body.subscription_data.trial_period_days) : null,
        },
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
    if (method === 'POST' && path === '/v1/customers') {
      const customer = { id: id('cus'), object: 'customer', email: body.email, name: body.name, metadata: body.metadata ?? {} };
      customers.set(customer.id, customer);
      return { status: 200, body: customer };
    }
    if (method === 'POST' && path === '/v1/products') {
      const product = { id: id('prod'), object: 'product', name: body.name, description: body.description ?? null, active: body.active !== 'false', metadata: body.metadata ?? {} };
      products.set(product.id, product);
      return { status: 200, body: product };
    }
    const productUpdate = /^\/v1\/products\/([^/]+)$/.exec(path);
    if (method === 'POST' && productUpdate) {
      const product = products.get(productUpdate[1]);
      if (!product) return notFound('product');
      if (body.name !== undefined) product.name = body.name;
      if (body.description !== undefined) product.description = body.description || null;
      if (body.active !== undefined) product.active = body.active === 'true';
      return { status: 200, body: { object: 'product', ...product } };
    }
    if (method === 'POST' && path === '/v1/prices') {
      if (!products.has(body.product)) return notFound('product');
      const price: Price = {
        id: id('price'),
        object: 'price',
        product: body.product,
        currency: body.currency,
        unit_amount: Number(body.unit_amount),
        recurring: { interval: body.recurring.interval, interval_count: 1 },
        active: true,
        metadata: body.metadata ?? {},
      };
      prices.set(price.id, price);
      return { status: 200, body: price };
    }
    const priceUpdate = /^\/v1\/prices\/([^/]+)$/.exec(path);
    if (method === 'POST' && priceUpdate) {
      const price = prices.get(priceUpdate[1]);
      if (!price) return notFound('price');
      if (body.active !== undefined) price.active = body.active === 'true';
      return { status: 200, body: price };
    }
    if (method === 'POST' && path === '/v1/billing_portal/sessions') {
      if (!customers.has(body.customer)) return notFound(`customer ${body.customer}`);
      const portal = { id: id('bps'), object: 'billing_portal.session', customer: body.customer, return_url: body.return_url, url: '' };
      portal.url = `${baseUrl}/portal/${portal.id}`;
      return { status: 200, body: portal };
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

  function invoiceOf(subscription: FakeSubscription, paid: boolean, amount: number, billingReason: string, at: number) {
    const item = subscription.items.data[0];
    return {
      id: id('in'),
      object: 'invoice',
      customer: subscription.customer,
      currency: item.price.currency,
      amount_due: amount,
      amount_paid: paid ? amount : 0,
      billing_reason: billingReason,
      status: paid ? 'paid' : 'open',
      status_transitions: { paid_at: paid ? at : null, finalized_at: at, marked_uncollectible_at: null, voided_at: null },
      parent: { type: 'subscription_details', quote_details: null, subscription_details: { subscription: subscription.id, metadata: subscription.metadata } },
      lines: {
        object: 'list',
        data: [
          {
            id: id('il'),
            object: 'line_item',
            amount,
            currency: item.price.currency,
            subscription: subscription.id,
            period: { start: item.current_period_start, end: item.current_period_end },
            pricing: { type: 'price_details', price_details: { price: item.price.id, product: item.price.product }, unit_amount_decimal: String(item.price.unit_amount) },
          },
        ],
      },
    };
  }

  return {
    url: baseUrl,
    requests,
    sessions,
    refunds,
    customers,
    products,
    prices,
    subscriptions,
    sessionOf: (orderId) => [...sessions.values()].find((s) => s.metadata.orderId === orderId),
    sessionOfMembershipCheckout: (checkoutId) => [...sessions.values()].find((s) => s.metadata.checkoutId === checkoutId),
    subscribe(sessionId, at = now()) {
      const session = sessions.get(sessionId);
      if (!session || session.mode !== 'subscription' || !session.customer) throw new Error(`No subscription session ${sessionId}`);
      const price = prices.get(session.line_items[0].price!)!;
      const trialDays = session.subscriptionData.trial_period_days;
      const trialEnd = trialDays ? at + trialDays * 24 * 3600 : null;
      const subscription: FakeSubscription = {
        id: id('sub'),
        object: 'subscription',
        customer: session.customer,
        status: trialEnd ? 'trialing' : 'active',
        cancel_at_period_end: false,
        canceled_at: null,
        ended_at: null,
        created: at,
        start_date: at,
        trial_start: trialEnd ? at : null,
        trial_end: trialEnd,
        metadata: session.subscriptionData.metadata,
        items: {
          object: 'list',
          data: [{ id: id('si'), object: 'subscription_item', quantity: 1, price, current_period_start: at, current_period_end: trialEnd ?? periodAfter(at, price.recurring.interval) }],
        },
      };
      subscriptions.set(subscription.id, subscription);
      session.status = 'complete';
      session.payment_status = trialEnd ? 'unpaid' : 'paid';
      session.subscription = subscription.id;
      return {
        subscription,
        created: event('customer.subscription.created', subscription, at),
        invoicePaid: event('invoice.paid', invoiceOf(subscription, true, trialEnd ? 0 : price.unit_amount, 'subscription_create', at), at),
      };
    },
    subscriptionEvent(type, subscriptionId, change = {}, at = now()) {
      const subscription = subscriptions.get(subscriptionId);
      if (!subscription) throw new Error(`No subscription ${subscriptionId}`);
      const item = subscription.items.data[0];
      if (change.status !== undefined) subscription.status = change.status;
      if (change.cancel_at_period_end !== undefined) subscription.cancel_at_period_end = change.cancel_at_period_end;
      if (change.canceled_at !== undefined) subscription.canceled_at = change.canceled_at;
      if (change.ended_at !== undefined) subscription.ended_at = change.ended_at;
      if (change.trial_end !== undefined) subscription.trial_end = change.trial_end;
      if (change.price) item.price = prices.get(change.price)!;
      if (change.period) [item.current_period_start, item.current_period_end] = change.period;
      if (type === 'customer.subscription.deleted') {
        subscription.status = 'canceled';
        subscription.ended_at ??= at;
        subscription.canceled_at ??= at;
      }
      return event(type, subscription, at);
    },
    invoiceEvent(type, subscriptionId, options = {}) {
      const subscription = subscriptions.get(subscriptionId);
      if (!subscription) throw new Error(`No subscription ${subscriptionId}`);
      const at = options.at ?? now();
      const amount = options.amount ?? subscription.items.data[0].price.unit_amount;
      return event(type, invoiceOf(subscription, type === 'invoice.paid', amount, options.billingReason ?? 'subscription_cycle', at), at);
    },
    trialWillEnd(subscriptionId, at = now()) {
      return event('customer.subscription.trial_will_end', subscriptions.get(subscriptionId)!, at);
    },
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
  const { paymentIntentMetadata: _m, line_items: _l, subscriptionData: _s, ...visible } = session;
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
