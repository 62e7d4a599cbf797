import type Stripe from 'stripe';
import type { StripeEventHandler } from '../../../integrations/stripe/stripe-event-handler';
import { snapshotOfSubscription } from './stripe-subscription';

/**
 * customer.subscription.created / .updated / .deleted: each carries the whole subscription as it
 * was when the event was made; it is applied if it is newer than what the membership shows.
 */
function subscriptionChanged(type: string): StripeEventHandler {
  return {
    type,
    async handle(event, services) {
      const snapshot = await snapshotOfSubscription(event.data.object as Stripe.Subscription, new Date(event.created * 1000), services);
      if (snapshot) await services.applySubscription.run(snapshot, `stripe:${event.id}`);
    },
  };
}

export const subscriptionCreated = subscriptionChanged('customer.subscription.created');
export const subscriptionUpdated = subscriptionChanged('customer.subscription.updated');
export const subscriptionDeleted = subscriptionChanged('customer.subscription.deleted');
