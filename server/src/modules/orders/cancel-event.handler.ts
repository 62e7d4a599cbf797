import type { DataSource } from 'typeorm';
import type { Logger } from '../../infra/logger';
import type { PaymentGateway } from '../../integrations/stripe/payment-gateway';
import type { AuditService } from '../audit/audit.service';
import type { Event } from '../events/event.entity';
import type { EventsService } from '../events/events.service';
import type { PromoCodesService } from '../events/promo-codes.service';
import type { CheckInStatsService } from '../tickets/check-in-stats.service';
import type { TicketsService } from '../tickets/tickets.service';
import type { Actor } from '../users/users.service';
import { Order, OrderStatus } from './order.entity';
import { RefundReason } from './refund.entity';
import type { RefundsService } from './refunds.service';
import type { SettleRefundHandler } from './settle-refund.handler';
import { emitWebhook, webhookData, WebhookEventType } from '../outgoing-webhooks';

/**
 * cancelEvent: in one transaction the event stops selling, unpaid holds are cancelled, every
 * paid order is refunded in full and every ticket turns VOID. Stripe refunds are then sent in the
 * background (the sweep retries any that fail). Cancelling twice does nothing more.
 */
export class CancelEventHandler {
  constructor(
    private readonly db: DataSource,
    private readonly events: EventsService,
    private readonly promoCodes: PromoCodesService,
    private readonly tickets: TicketsService,
    private readonly refunds: RefundsService,
    private readonly settleRefund: SettleRefundHandler,
    private readonly gateway: PaymentGateway,
    private readonly audit: AuditService,
    private readonly stats: CheckInStatsService,
    private readonly log: Logger,
  ) {}

  async run(actor: Actor, eventId: string): Promise<Event> {
    // First stop all sales (a short transaction on the event row)…
    const cancelled = await this.db.transaction((manager) => this.events.markCancelled(manager, eventId));
    // …then settle every order, locking the orders before the event as every order use case does.
    // Cancelling again settles anything a failed earlier attempt left.
    const outcome = await this.db.transaction(async (manager) => {
      const pending = await manager.find(Order, { where: { eventId, status: OrderStatus.PENDING }, lock: { mode: 'pessimistic_write' } });
      const paid = await manager.find(Order, { where: { eventId, status: OrderStatus.PAID }, lock: { mode: 'pessimistic_write' } });
      await this.events.clearSeats(manager, eventId);
      for (const order of pending) {
        order.status = OrderStatus.CANCELLED;
        order.closedAt = new Date();
        if (order.promoCodeId) await this.promoCodes.release(manager, order.promoCodeId);
      }
      await manager.save(pending);
      await emitWebhook(manager, WebhookEventType.ORDER_CANCELLED, pending.map(webhookData.order));
      const owedByOrder = await this.tickets.liveValueByOrder(manager, eventId);
      const refundIds: string[] = [];
      for (const order of paid) {
        const amountCents = owedByOrder.get(order.id) ?? 0;
        const refund = await this.refunds.record(manager, { orderId: order.id, amountCents, reason: RefundReason.EVENT_CANCELLED, provider: order.paymentProvider });
        refundIds.push(refund.id);
        order.status = OrderStatus.REFUNDED;
        order.refundedCents += amountCents;
        order.refundedAt = new Date();
      }
      await manager.save(paid);
      await this.tickets.voidAllOfEvent(manager, eventId);
      if (cancelled || pending.length || paid.length) {
        await this.audit.record(
          { action: 'event.cancelled', actorId: actor.id, ip: actor.ip, target: { type: 'Event', id: eventId }, details: { cancelledOrders: pending.length, refundedOrders: paid.length } },
          manager,
        );
      }
      return { refundIds, sessions: pending.map((o) => o.stripeCheckoutSessionId).filter((s): s is string => !!s) };
    });
    void this.afterCancel(eventId, outcome.refundIds, outcome.sessions);
    return (await this.events.findById(eventId))!;
  }

  private async afterCancel(eventId: string, refundIds: string[], sessions: string[]): Promise<void> {
    for (const session of sessions) await this.gateway.expireCheckout(session).catch(() => undefined);
    for (const refundId of refundIds) await this.settleRefund.run(refundId);
    await this.stats.publish(eventId);
    this.log.info({ eventId, refunds: refundIds.length }, 'Event cancelled and its orders settled');
  }
}
