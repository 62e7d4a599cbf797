import type Stripe from 'stripe';
import type { StripeEventHandler } from '../../../integrations/stripe/stripe-event-handler';

/** Stripe's notice three days before a trial ends: the member gets one reminder per trial end. */
export const trialWillEnd: StripeEventHandler = {
  type: 'customer.subscription.trial_will_end',
  async handle(event, services) {
    const subscription = event.data.object as Stripe.Subscription;
    await services.trialReminder.run(subscription.id);
  },
};
