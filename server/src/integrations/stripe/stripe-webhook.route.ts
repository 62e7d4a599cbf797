import express, { Router } from 'express';
import type Stripe from 'stripe';
import type { Services } from '../../services';
import type { StripeEventHandler } from './stripe-event-handler';

/**
 * POST /webhooks/stripe: verifies the signature on the raw body (400, and nothing stored, when it
 * does not match), stores the event by its id before acting, then dispatches it to the handlers
 * of its type. A replayed event that was processed is only acknowledged. A handler failure
 * answers 500 so Stripe delivers it again.
 */
export function stripeWebhookRoutes(services: Services, handlers: readonly StripeEventHandler[]): Router {
  const { log } = services.infra;
  const router = Router();
  router.post('/webhooks/stripe', express.raw({ type: '*/*', limit: '1mb' }), async (req, res) => {
    if (services.payments.mode !== 'stripe') {
      res.status(404).json({ error: 'Stripe is not configured on this server.' });
      return;
    }
    let event: Stripe.Event;
    try {
      event = services.payments.verifyWebhook(Buffer.isBuffer(req.body) ? req.body : Buffer.alloc(0), req.header('stripe-signature'));
    } catch {
      log.warn({ requestId: res.locals.requestId }, 'Refused a Stripe webhook with a bad signature');
      res.status(400).json({ error: 'The Stripe-Signature header does not match this body.' });
      return;
    }
    let storedId: string | null = null;
    try {
      const stored = await services.webhooks.receive({ provider: 'stripe', eventId: event.id, type: event.type, payload: event as unknown as Record<string, unknown> });
      storedId = stored.id;
      if (stored.alreadyProcessed) {
        res.json({ received: true, duplicate: true });
        return;
      }
      for (const handler of handlers) {
        if (handler.type === event.type) await handler.handle(event, services);
      }
      await services.webhooks.markProcessed(stored.id);
      res.json({ received: true });
    } catch (err) {
      log.error({ err, eventId: event.id, type: event.type }, 'Could not process a Stripe webhook; Stripe will deliver it again');
      if (storedId) await services.webhooks.markFailed(storedId, err instanceof Error ? err.message : String(err)).catch(() => undefined);
      res.status(500).json({ error: 'The event could not be processed; it will be retried.' });
    }
  });
  return router;
}
