import type { PaymentGateway } from '../../integrations/stripe/payment-gateway';
import type { Logger } from '../../infra/logger';
import { PaymentProvider } from './order.entity';
import type { OrdersService } from './orders.service';
import { RefundStatus } from './refund.entity';
import type { RefundsService } from './refunds.service';

/**
 * Sends an owed refund to Stripe. Safe to run any number of times, from anywhere: Stripe's
 * idempotency key is the refund's id, so a retry never returns the money twice. A failure stays
 * PENDING with its reason, and the hold sweep retries it.
 */
export class SettleRefundHandler {
  constructor(
    private readonly refunds: RefundsService,
    private readonly orders: OrdersService,
    private readonly gateway: PaymentGateway,
    private readonly log: Logger,
  ) {}

  async run(refundId: string): Promise<void> {
    const refund = await this.refunds.findById(refundId);
    if (!refund || refund.status !== RefundStatus.PENDING) return;
    const order = await this.orders.findById(refund.orderId);
    if (!order || order.paymentProvider !== PaymentProvider.STRIPE) return;
    if (this.gateway.mode !== 'stripe') {
      // A process without the Stripe key cannot return Stripe money; one with it will.
      this.log.warn({ refundId }, 'A Stripe refund is owed but this process has no STRIPE_SECRET_KEY');
      return;
    }
    if (!order.stripePaymentIntentId) {
      await this.refunds.markFailed(refund.id, 'The order has no Stripe payment to refund.');
      return;
    }
    try {
      const { refundId: providerRefundId } = await this.gateway.refund({
        paymentIntentId: order.stripePaymentIntentId,
        amountCents: refund.amountCents,
        idempotencyKey: `refund-${refund.id}`,
      });
      await this.refunds.markSucceeded(refund.id, providerRefundId);
    } catch (err) {
      this.log.warn({ err, refundId }, 'Stripe refund failed; the sweep will retry it');
      await this.refunds.markFailed(refund.id, err instanceof Error ? err.message : String(err));
    }
  }
}
