import type Stripe from 'stripe';
import type { StripeEventHandler } from '../../../integrations/stripe/stripe-event-handler';
import { MembershipProvider } from '../membership-enums';
import type { InvoiceOutcome } from '../record-invoice.handler';
import type { Services } from '../../../services';
import { idOf, userIdOf } from './stripe-subscription';

const seconds = (value: number | null | undefined) => (value ? new Date(value * 1000) : null);

/** A Stripe invoice of a Matchday membership as an outcome to record; null for any other invoice. */
async function outcomeOf(invoice: Stripe.Invoice, paid: boolean, event: Stripe.Event, services: Services): Promise<InvoiceOutcome | null> {
  const details = invoice.parent?.subscription_details;
  const subscriptionId = idOf(details?.subscription);
  if (!invoice.id || !subscriptionId) return null;
  const line = invoice.lines?.data?.find((l) => idOf(l.subscription) === subscriptionId) ?? invoice.lines?.data?.[0];
  const stripePriceId = idOf(line?.pricing?.price_details?.price ?? null);
  const known = stripePriceId ? await services.plans.findPriceByStripeId(stripePriceId) : null;
  const member = await services.memberships.findBySubscriptionId(subscriptionId);
  const userId = member?.userId ?? (await userIdOf(details?.metadata, idOf(invoice.customer), services));
  // Neither a membership we know nor a fan of ours (our metadata, our Stripe customer): another use of Stripe.
  if (!member && (!userId || !(await services.users.findById(userId)))) return null;
  return {
    invoiceId: invoice.id,
    subscriptionId,
    provider: MembershipProvider.STRIPE,
    userId,
    planId: known?.planId ?? member?.planId ?? null,
    paid,
    amountCents: paid ? invoice.amount_paid : invoice.amount_due,
    currency: invoice.currency,
    periodStart: seconds(line?.period?.start),
    periodEnd: seconds(line?.period?.end),
    first: invoice.billing_reason === 'subscription_create',
    observedAt: new Date(event.created * 1000),
    paidAt: paid ? (seconds(invoice.status_transitions?.paid_at) ?? new Date(event.created * 1000)) : null,
  };
}

function invoiceHandler(type: string, paid: boolean): StripeEventHandler {
  return {
    type,
    async handle(event, services) {
      const outcome = await outcomeOf(event.data.object as Stripe.Invoice, paid, event, services);
      if (outcome) await services.recordMembershipInvoice.run(outcome, `stripe:${event.id}`);
    },
  };
}

/** A membership invoice was paid: the payment is recorded, and a PAST_DUE membership is ACTIVE again. */
export const invoicePaid = invoiceHandler('invoice.paid', true);

/** A renewal failed: the membership is PAST_DUE and the member is told (once per stretch of PAST_DUE). */
export const invoicePaymentFailed = invoiceHandler('invoice.payment_failed', false);
