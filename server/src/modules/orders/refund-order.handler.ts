import type { DataSource, EntityManager } from 'typeorm';
import { conflict } from '../../graphql/errors';
import type { AuditService } from '../audit/audit.service';
import type { PromoCodesService } from '../events/promo-codes.service';
import type { SeatInventory, SeatLine } from '../events/seat-inventory';
import type { CheckInStatsService } from '../tickets/check-in-stats.service';
import type { Ticket } from '../tickets/ticket.entity';
import type { TicketsService } from '../tickets/tickets.service';
import type { Actor } from '../users/users.service';
import { Order, OrderStatus } from './order.entity';
import type { OrdersService } from './orders.service';
import { RefundReason } from './refund.entity';
import type { RefundsService } from './refunds.service';
import type { SettleRefundHandler } from './settle-refund.handler';

/** What Stripe reports about a charge's refunds (charge.refunded). */
export interface ProviderRefundReport {
  paymentIntentId: string;
  /** Everything refunded on the charge so far, by anyone. */
  amountRefundedCents: number;
  /** The whole charge is refunded. */
  fullyRefunded: boolean;
}

/**
 * Refunds: an admin's refundOrder (the whole order or some of its tickets), and refunds Stripe
 * reports that were made elsewhere. Either way the refunded tickets turn VOID and their seats go
 * back on sale in the same transaction; asking twice refunds once.
 */
export class RefundOrderHandler {
  constructor(
    private readonly db: DataSource,
    private readonly orders: OrdersService,
    private readonly inventory: SeatInventory,
    private readonly promoCodes: PromoCodesService,
    private readonly tickets: TicketsService,
    private readonly refunds: RefundsService,
    private readonly settleRefund: SettleRefundHandler,
    private readonly audit: AuditService,
    private readonly stats: CheckInStatsService,
  ) {}

  /** refundOrder: every ticket of the order, or only `ticketIds`. */
  async run(actor: Actor, orderId: string, ticketIds?: string[] | null): Promise<Order> {
    const { order, refundId } = await this.db.transaction(async (manager) => {
      const order = await this.orders.lock(manager, orderId);
      if (order.status === OrderStatus.REFUNDED) return { order, refundId: null };
      if (order.status !== OrderStatus.PAID) throw conflict(`Only a paid order can be refunded; this one is ${order.status}.`);
      const tickets = await this.tickets.lockRefundable(manager, order.id, ticketIds);
      if (!tickets.length) return { order, refundId: null };
      const amountCents = tickets.reduce((sum, t) => sum + t.priceCents, 0);
      await this.voidTickets(manager, order, tickets);
      order.refundedCents += amountCents;
      await manager.save(order);
      const refund = await this.refunds.record(manager, {
        orderId: order.id,
        amountCents,
        reason: RefundReason.REQUESTED_BY_ADMIN,
        provider: order.paymentProvider,
        requestedById: actor.id,
      });
      await this.audit.record(
        {
          action: 'order.refunded',
          actorId: actor.id,
          ip: actor.ip,
          target: { type: 'Order', id: order.id },
          details: { amountCents, currency: order.currency, tickets: tickets.length, whole: (order.status as OrderStatus) === OrderStatus.REFUNDED },
        },
        manager,
      );
      return { order, refundId: refund.id };
    });
    if (refundId) {
      await this.settleRefund.run(refundId);
      await this.stats.publish(order.eventId);
    }
    return order;
  }

  /**
   * Stripe says the charge was refunded (charge.refunded). Our own refunds are confirmed; money
   * returned outside Matchday is recorded; a fully refunded charge voids the rest of the order,
   * even when the refund is reported before the payment itself (events can arrive out of order).
   */
  async recordProviderRefund(orderId: string, report: ProviderRefundReport): Promise<Order> {
    const order = await this.db.transaction(async (manager) => {
      const order = await this.orders.lock(manager, orderId);
      order.stripePaymentIntentId ??= report.paymentIntentId;
      if (report.amountRefundedCents >= order.refundedCents) await this.refunds.settleAllOf(manager, order.id);
      const elsewhere = report.amountRefundedCents - order.refundedCents;
      if (elsewhere > 0) {
        await this.refunds.record(manager, { orderId: order.id, amountCents: elsewhere, reason: RefundReason.EXTERNAL, provider: order.paymentProvider });
        order.refundedCents += elsewhere;
      }
      if (report.fullyRefunded && order.status !== OrderStatus.REFUNDED) {
        if (order.status === OrderStatus.PAID) {
          await this.voidTickets(manager, order, await this.tickets.lockRefundable(manager, order.id));
        } else if (order.status === OrderStatus.PENDING) {
          await this.inventory.releaseHeld(manager, order.eventId, await this.orders.seatLines(manager, order.id));
          if (order.promoCodeId) await this.promoCodes.release(manager, order.promoCodeId);
        }
        order.status = OrderStatus.REFUNDED;
        order.refundedAt = new Date();
      }
      await manager.save(order);
      return order;
    });
    await this.stats.publish(order.eventId);
    return order;
  }

  /** Voids tickets of a paid order and puts their seats back on sale; the order is REFUNDED once none is left. */
  private async voidTickets(manager: EntityManager, order: Order, tickets: Ticket[]): Promise<void> {
    await this.tickets.void(manager, tickets.map((t) => t.id));
    await this.inventory.releaseSold(manager, order.eventId, seatLinesOf(tickets));
    if (!(await this.tickets.orderHasLiveTickets(manager, order.id))) {
      order.status = OrderStatus.REFUNDED;
      order.refundedAt = new Date();
    }
  }
}

function seatLinesOf(tickets: Ticket[]): SeatLine[] {
  return tickets.map((t) => ({ ticketTypeId: t.ticketTypeId, quantity: 1 }));
}
