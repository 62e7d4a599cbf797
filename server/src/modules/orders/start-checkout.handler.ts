import crypto from 'node:crypto';
import type { DataSource } from 'typeorm';
import { isUniqueViolation } from '../../db/concurrent-write-conflict';
import type { Config } from '../../config';
import { badInput, conflict } from '../../graphql/errors';
import type { Logger } from '../../infra/logger';
import type { PaymentGateway } from '../../integrations/stripe/payment-gateway';
import type { Viewer } from '../auth/viewer.service';
import type { OnSaleService } from '../onsale/on-sale.service';
import type { PromoCodesService } from '../events/promo-codes.service';
import type { SeatInventory, Shortage } from '../events/seat-inventory';
import type { CheckoutPlan, CheckoutPlanner } from './checkout-planner';
import type { CompleteOrderHandler, Completion } from './complete-order.handler';
import type { ExpireHoldHandler } from './expire-hold.handler';
import type { HoldTimers } from './hold-timers';
import { Order, OrderStatus, PaymentProvider } from './order.entity';
import type { OrdersService } from './orders.service';
import type { Checkout, CheckoutInput } from './orders.types';
import type { PaymentPageContext, PaymentPages } from './payment-pages';

/**
 * startCheckout: holds the seats and creates the PENDING order in one transaction, then opens the
 * payment page. The seats are taken by conditional UPDATEs on the event and ticket-type rows (see
 * SeatInventory), so however many buyers race for the last seat, one gets it and the others are
 * told it is sold out. The same idempotencyKey returns the first answer; a free order is
 * fulfilled in the same transaction.
 */
export class StartCheckoutHandler {
  constructor(
    private readonly db: DataSource,
    private readonly config: Config,
    private readonly planner: CheckoutPlanner,
    private readonly orders: OrdersService,
    private readonly inventory: SeatInventory,
    private readonly promoCodes: PromoCodesService,
    private readonly completeOrder: CompleteOrderHandler,
    private readonly expireHold: ExpireHoldHandler,
    private readonly holdTimers: HoldTimers,
    private readonly paymentPages: PaymentPages,
    private readonly gateway: PaymentGateway,
    private readonly log: Logger,
    private readonly onSale: OnSaleService,
  ) {}

  async run(viewer: Viewer, input: CheckoutInput): Promise<Checkout> {
    const buyerId = viewer.user.id;
    const fingerprint = fingerprintOf(input);
    // The same idempotencyKey again is rare, so it is looked up only when this checkout cannot go
    // ahead (a refusal, or the key's unique index in the insert): then the first answer wins.
    const replayOr = async (err: unknown): Promise<Checkout> => {
      const earlier = await this.orders.findByIdempotencyKey(buyerId, input.idempotencyKey);
      if (earlier) return this.replay(earlier, fingerprint);
      throw err;
    };

    let plan: CheckoutPlan;
    try {
      await this.onSale.assertMayCheckout(input.eventId, buyerId);
      plan = await this.planner.plan(viewer, input);
      const shortage = shortageBefore(plan);
      if (shortage) throw soldOut(shortage, plan);
    } catch (err) {
      return replayOr(err);
    }

    const provider = plan.priced.totalCents === 0 ? PaymentProvider.FREE : this.gateway.mode === 'stripe' ? PaymentProvider.STRIPE : PaymentProvider.TEST;
    const holdExpiresAt = new Date(Date.now() + this.config.checkoutHoldSeconds * 1000);
    let started: Completion;
    try {
      started = await this.db.transaction(async (manager): Promise<Completion> => {
        // One statement holds the seats and writes the order with its lines: the event row stays
        // locked for that round trip and the commit. A promo code's row after it, as everywhere else
        // (event row, then promo code row), so two transactions never deadlock.
        const { order, shortage } = await this.orders.insertHolding(
          manager,
          this.inventory,
          {
            eventId: plan.event.id,
            buyerId,
            paymentProvider: provider,
            currency: plan.currency,
            subtotalCents: plan.priced.subtotalCents,
            discountCents: plan.priced.discountCents,
            memberDiscountCents: plan.priced.memberDiscountCents,
            totalCents: plan.priced.totalCents,
            promoCodeId: plan.promo?.id ?? null,
            idempotencyKey: input.idempotencyKey,
            requestFingerprint: fingerprint,
            holdExpiresAt,
          },
          plan.priced.lines.map((line) => ({
            ticketTypeId: line.ticketType.id,
            quantity: line.quantity,
            unitPriceCents: line.unitPriceCents,
            unitDiscountCents: line.unitDiscountCents,
          })),
        );
        if (!order) throw soldOut(shortage!, plan);
        if (plan.promo && !(await this.promoCodes.redeem(manager, plan.promo.id))) {
          throw badInput('promoCode', 'This promo code has been used up.');
        }
        if (provider === PaymentProvider.FREE) return this.completeOrder.completeIn(manager, order.id, viewer.user, { provider, amountPaidCents: 0 });
        return { order, afterCommit: async () => {} };
      });
    } catch (err) {
      // A concurrent request with the same key waited for the first one to commit, then hit the index.
      const refusal = isUniqueViolation(err, 'orders_idempotency')
        ? conflict('This checkout is being started by another request with the same idempotencyKey; try again.', 'idempotencyKey')
        : err;
      return replayOr(refusal);
    }
    await started.afterCommit();
    const order = started.order;
    if (order.status !== OrderStatus.PENDING) return this.answer(order);

    await this.holdTimers.schedule(order.id, holdExpiresAt).catch((err) => {
      // The sweep releases it anyway; the timer only makes it prompt.
      this.log.warn({ err, orderId: order.id }, 'Could not schedule the hold expiry; the sweep will release it');
    });
    const lines = plan.priced.lines.map((line) => ({ ...line, name: line.ticketType.name }));
    return this.answer(await this.openPaymentPage(order, { event: plan.event, buyerEmail: viewer.user.email, lines }));
  }

  /** The same request again: the first answer (its payment page opened if that had not happened yet). */
  private async replay(order: Order, fingerprint: string): Promise<Checkout> {
    if (order.requestFingerprint !== fingerprint) {
      throw conflict('This idempotencyKey was already used for a different checkout; use a new key for a new checkout.', 'idempotencyKey');
    }
    return this.answer(order.status === OrderStatus.PENDING && !order.paymentUrl ? await this.openPaymentPage(order, await this.paymentPages.contextOf(order)) : order);
  }

  /** Opens the payment page; if the provider fails, the hold is released so no seats stay stuck, and the key freed for a retry. */
  private async openPaymentPage(order: Order, context: PaymentPageContext): Promise<Order> {
    try {
      return await this.paymentPages.open(order, context);
    } catch (err) {
      this.log.error({ err, orderId: order.id }, 'Could not open a payment page; releasing the hold');
      await this.expireHold.run(order.id, OrderStatus.CANCELLED, { closeCheckoutPage: false });
      await this.db.getRepository(Order).update({ id: order.id }, { idempotencyKey: null });
      throw new Error('The payment provider could not be reached', { cause: err });
    }
  }

  private answer(order: Order): Checkout {
    return { order, paymentUrl: order.status === OrderStatus.PENDING ? order.paymentUrl : null, testMode: this.gateway.mode === 'test' };
  }
}

function fingerprintOf(input: CheckoutInput): string {
  const items = [...input.items].sort((a, b) => a.ticketTypeId.localeCompare(b.ticketTypeId)).map((i) => [i.ticketTypeId, i.quantity]);
  return crypto.createHash('sha256').update(JSON.stringify([input.eventId, items, input.promoCode?.trim().toUpperCase() ?? null])).digest('base64url');
}

/** A cheap first answer from the rows just read, so a sold-out event turns buyers away without a transaction. */
function shortageBefore(plan: CheckoutPlan): Shortage | null {
  const wanted = plan.priced.lines.reduce((sum, line) => sum + line.quantity, 0);
  if (plan.event.seatsAvailable < wanted) return { of: 'event' };
  const short = plan.priced.lines.find((line) => line.ticketType.remaining < line.quantity);
  return short ? { of: 'ticketType', ticketTypeId: short.ticketType.id } : null;
}

function soldOut(shortage: Shortage, plan: CheckoutPlan) {
  if (shortage.of === 'event') return conflict('Sold out: this event has no more seats for that many tickets.', 'items');
  const type = plan.priced.lines.find((line) => line.ticketType.id === shortage.ticketTypeId)?.ticketType;
  return conflict(`Sold out: not enough "${type?.name ?? 'ticket'}" tickets are left for that quantity.`, 'items');
}
