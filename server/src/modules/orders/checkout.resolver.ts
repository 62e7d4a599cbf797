import { Arg, Authorized, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import type { Context } from '../../graphql/context';
import { Order } from './order.entity';
import { Checkout, CheckoutInput, CheckoutQuote, CheckoutQuoteInput, TestCheckoutOutcome } from './orders.types';

@Resolver()
export class CheckoutResolver {
  @Authorized()
  @Query(() => CheckoutQuote, { description: 'What these tickets would cost now, promo code applied, with every checkout rule checked. Holds nothing.' })
  checkoutQuote(@Arg('input') input: CheckoutQuoteInput, @Ctx() { services, viewer }: Context) {
    return services.checkoutPlanner.quote(viewer!, input);
  }

  @Authorized()
  @Mutation(() => Checkout, {
    description:
      'Holds the seats (CHECKOUT_HOLD_SECONDS, 15 minutes by default) and creates a PENDING order, then returns where to pay. ' +
      'CONFLICT "Sold out: …" when the seats are gone. A free order is PAID at once. The same idempotencyKey returns the first answer.',
  })
  startCheckout(@Arg('input') input: CheckoutInput, @Ctx() { services, viewer }: Context) {
    return services.startCheckout.run(viewer!, input);
  }

  @Authorized()
  @Mutation(() => Order, {
    description: 'TEST MODE only (no Stripe key): the test checkout page pays (COMPLETED) or abandons the order, through the same fulfilment as a Stripe payment. FORBIDDEN when Stripe is configured. The buyer or an admin.',
  })
  completeTestCheckout(
    @Arg('orderId', () => ID) orderId: string,
    @Arg('outcome', () => TestCheckoutOutcome) outcome: TestCheckoutOutcome,
    @Ctx() { services, viewer }: Context,
  ) {
    return services.testCheckout.run(viewer!, orderId, outcome);
  }

  @Authorized()
  @Mutation(() => Order, { description: 'The buyer gives up an unpaid order: its seats go back on sale at once. Does nothing to an order that is no longer PENDING.' })
  cancelCheckout(@Arg('orderId', () => ID) orderId: string, @Ctx() { services, viewer }: Context) {
    return services.cancelCheckout.run(viewer!, orderId);
  }
}
