import type { DataSource, EntityManager } from 'typeorm';
import { PaymentProvider } from './order.entity';
import { Refund, RefundReason, RefundStatus } from './refund.entity';
import { emitWebhook, webhookData, WebhookEventType } from '../outgoing-webhooks';

/** The refund ledger of orders. Money goes back through settle-refund.handler.ts. */
export class RefundsService {
  constructor(private readonly db: DataSource) {}

  private get repo() {
    return this.db.getRepository(Refund);
  }

  /**
   * Records a refund in the caller's transaction. Only money taken through Stripe needs a call to
   * settle it; anything else (free, TEST MODE, or already refunded at Stripe) is settled at once.
   */
  async record(
    manager: EntityManager,
    input: { orderId: string; amountCents: number; reason: RefundReason; provider: PaymentProvider; requestedById?: string | null },
  ): Promise<Refund> {
    const owed = input.provider === PaymentProvider.STRIPE && input.amountCents > 0 && input.reason !== RefundReason.EXTERNAL;
    const refund = manager.create(Refund, {
      orderId: input.orderId,
      amountCents: input.amountCents,
      reason: input.reason,
      requestedById: input.requestedById ?? null,
      status: owed ? RefundStatus.PENDING : RefundStatus.SUCCEEDED,
      settledAt: owed ? null : new Date(),
    });
    await manager.save(refund);
    await emitWebhook(manager, WebhookEventType.ORDER_REFUNDED, webhookData.refund(refund));
    return refund;
  }

  findById(id: string): Promise<Refund | null> {
    return this.repo.findOneBy({ id });
  }

  async findByOrderIds(orderIds: readonly string[]): Promise<Refund[]> {
    if (!orderIds.length) return [];
    return this.repo.createQueryBuilder('refund').where('refund.orderId = ANY(:orderIds)', { orderIds: [...orderIds] }).orderBy('refund.createdAt', 'ASC').getMany();
  }

  /** Refunds still owed whose last attempt is at least `retryAfterSeconds` old: the sweep retries them. */
  async findDue(retryAfterSeconds: number, limit: number): Promise<string[]> {
    const rows = await this.repo
      .createQueryBuilder('refund')
      .select('refund.id', 'id')
      .where(`refund.status = :pending AND refund.updatedAt < now() - make_interval(secs => :wait)`, { pending: RefundStatus.PENDING, wait: retryAfterSeconds })
      .orderBy('refund.updatedAt', 'ASC')
      .limit(limit)
      .getRawMany<{ id: string }>();
    return rows.map((row) => row.id);
  }

  async markSucceeded(id: string, providerRefundId: string): Promise<void> {
    await this.repo
      .createQueryBuilder()
      .update(Refund)
      .set({ status: RefundStatus.SUCCEEDED, providerRefundId, settledAt: () => 'now()', lastError: null, attempts: () => 'attempts + 1' })
      .where('id = :id AND status = :pending', { id, pending: RefundStatus.PENDING })
      .execute();
  }

  async markFailed(id: string, error: string): Promise<void> {
    await this.repo
      .createQueryBuilder()
      .update(Refund)
      .set({ attempts: () => 'attempts + 1', lastError: error.slice(0, 500) })
      .where('id = :id AND status = :pending', { id, pending: RefundStatus.PENDING })
      .execute();
  }

  /** The provider reports the order refunded at least this far: whatever we still owed is done. */
  async settleAllOf(manager: EntityManager, orderId: string): Promise<void> {
    await manager.update(Refund, { orderId, status: RefundStatus.PENDING }, { status: RefundStatus.SUCCEEDED, settledAt: new Date() });
  }
}
