import type { Logger } from '../../infra/logger';
import type { ExpireHoldHandler } from './expire-hold.handler';
import { OrderStatus } from './order.entity';
import type { OrdersService } from './orders.service';
import type { RefundsService } from './refunds.service';
import type { SettleRefundHandler } from './settle-refund.handler';

const BATCH = 500;

/**
 * The safety net behind the hold timers: releases every hold past its time that no timer
 * released (Redis was down, a worker died), and retries refunds Stripe has not confirmed yet.
 */
export class HoldSweep {
  constructor(
    private readonly orders: OrdersService,
    private readonly refunds: RefundsService,
    private readonly expireHold: ExpireHoldHandler,
    private readonly settleRefund: SettleRefundHandler,
    /** A refund is retried once its last attempt is this old: one sweep interval. */
    private readonly refundRetrySeconds: number,
    private readonly log: Logger,
  ) {}

  async run(): Promise<{ expired: number; refundsRetried: number }> {
    const holds = await this.orders.findExpiredHolds(BATCH);
    for (const orderId of holds) await this.expireHold.run(orderId, OrderStatus.EXPIRED, { onlyIfDue: true });
    const refunds = await this.refunds.findDue(this.refundRetrySeconds, BATCH);
    for (const refundId of refunds) await this.settleRefund.run(refundId);
    if (holds.length || refunds.length) this.log.info({ expired: holds.length, refundsRetried: refunds.length }, 'Hold sweep');
    return { expired: holds.length, refundsRetried: refunds.length };
  }
}
