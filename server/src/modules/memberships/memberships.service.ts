import { isUUID } from 'class-validator';
import type { DataSource, EntityManager } from 'typeorm';
import { paginate } from '../../graphql/connection';
import { BillingCustomer } from './billing-customer.entity';
import { MEMBER_STATUSES, MembershipProvider, MembershipStatus } from './membership-enums';
import { MembershipCheckout, MembershipCheckoutStatus } from './membership-checkout.entity';
import { MembershipEvent } from './membership-event.entity';
import { MembershipPayment } from './membership-payment.entity';
import { Membership } from './membership.entity';
import type { MembershipHistoryArgs, MembershipsArgs } from './memberships.types';

/** Reading memberships, their history, payments, checkouts and Stripe customers; the use cases that change them are the *.handler.ts files. */
export class MembershipsService {
  constructor(private readonly db: DataSource) {}

  private get repo() {
    return this.db.getRepository(Membership);
  }

  /** Whether the fan has member perks now (a TRIALING, ACTIVE or PAST_DUE membership). */
  async isMember(userId: string): Promise<boolean> {
    return (await this.memberUserIds([userId])).has(userId);
  }

  /** Which of these fans have member perks now. */
  async memberUserIds(userIds: readonly string[]): Promise<Set<string>> {
    if (!userIds.length) return new Set();
    const rows: { user_id: string }[] = await this.db.query(`SELECT DISTINCT user_id FROM memberships WHERE user_id = ANY($1) AND status = ANY($2)`, [
      [...userIds],
      MEMBER_STATUSES,
    ]);
    return new Set(rows.map((row) => row.user_id));
  }

  /** The membership to show a fan: a running one (newest first), else the one that ended last; null if they never had one. */
  async currentOf(userId: string, manager: EntityManager = this.db.manager): Promise<Membership | null> {
    return manager
      .createQueryBuilder(Membership, 'm')
      .where('m.userId = :userId', { userId })
      .orderBy(`CASE WHEN m.status = 'CANCELED' THEN 1 ELSE 0 END`, 'ASC')
      .addOrderBy('m.createdAt', 'DESC')
      .addOrderBy('m.id', 'DESC')
      .getOne();
  }

  /** Whether the fan ever had a membership (a free trial is for first-time members). */
  async hadMembership(userId: string): Promise<boolean> {
    return (await this.repo.countBy({ userId })) > 0;
  }

  findBySubscriptionId(subscriptionId: string, manager: EntityManager = this.db.manager): Promise<Membership | null> {
    return manager.findOneBy(Membership, { subscriptionId });
  }

  /** The membership of a subscription, locked for the rest of the caller's transaction. */
  lockBySubscriptionId(manager: EntityManager, subscriptionId: string): Promise<Membership | null> {
    return manager.findOne(Membership, { where: { subscriptionId }, lock: { mode: 'pessimistic_write' } });
  }

  /** Whether the fan has a membership other than `exceptId` that gave perks and has ended. */
  async hasEndedMembership(manager: EntityManager, userId: string, exceptId: string | null): Promise<boolean> {
    const query = manager
      .createQueryBuilder(Membership, 'm')
      .where('m.userId = :userId AND m.status = :canceled AND m.startedAt IS NOT NULL', { userId, canceled: MembershipStatus.CANCELED });
    if (exceptId) query.andWhere('m.id <> :exceptId', { exceptId });
    return (await query.getCount()) > 0;
  }

  /** Every membership, newest first, with filters (admin). */
  list(args: MembershipsArgs) {
    const query = this.repo.createQueryBuilder('m');
    if (args.status) query.andWhere('m.status = :status', { status: args.status });
    if (args.planId) query.andWhere('m.planId = :planId', { planId: args.planId });
    return paginate(query, args);
  }

  /** The membership history, newest first (admin). */
  history(args: MembershipHistoryArgs) {
    const query = this.db.getRepository(MembershipEvent).createQueryBuilder('e');
    if (args.membershipId) query.andWhere('e.membershipId = :membershipId', { membershipId: args.membershipId });
    if (args.userId) query.andWhere('e.userId = :userId', { userId: args.userId });
    if (args.reason) query.andWhere('e.reason = :reason', { reason: args.reason });
    return paginate(query, args);
  }

  /** Paid invoices of these subscriptions, newest first. */
  async paymentsBySubscriptionIds(subscriptionIds: readonly string[]): Promise<MembershipPayment[]> {
    if (!subscriptionIds.length) return [];
    return this.db
      .getRepository(MembershipPayment)
      .createQueryBuilder('p')
      .where('p.subscriptionId = ANY(:ids)', { ids: [...subscriptionIds] })
      .orderBy('p.paidAt', 'DESC')
      .addOrderBy('p.id', 'DESC')
      .getMany();
  }

  /** How many fans have perks on each of these plans now. */
  async memberCountsByPlanIds(planIds: readonly string[]): Promise<Map<string, number>> {
    if (!planIds.length) return new Map();
    const rows: { plan_id: string; members: number }[] = await this.db.query(
      `SELECT plan_id, count(*)::int AS members FROM memberships WHERE plan_id = ANY($1) AND status = ANY($2) GROUP BY plan_id`,
      [[...planIds], MEMBER_STATUSES],
    );
    return new Map(rows.map((row) => [row.plan_id, row.members]));
  }

  /** TEST MODE memberships whose period is over (to renew or end), oldest first. */
  async findDueTestMemberships(now: Date, limit: number): Promise<string[]> {
    const rows = await this.repo
      .createQueryBuilder('m')
      .select('m.subscriptionId', 'subscriptionId')
      .where('m.provider = :test AND m.status IN (:...live) AND m.currentPeriodEnd <= :now', { test: MembershipProvider.TEST, live: MEMBER_STATUSES, now })
      .orderBy('m.currentPeriodEnd', 'ASC')
      .limit(limit)
      .getRawMany<{ subscriptionId: string }>();
    return rows.map((row) => row.subscriptionId);
  }

  /**
   * Marks the trial reminder for this trial end as sent; false when it already was (so two
   * deliveries of Stripe's trial_will_end send one mail).
   */
  async claimTrialReminder(manager: EntityManager, subscriptionId: string, trialEndsAt: Date): Promise<boolean> {
    const result = await manager
      .createQueryBuilder()
      .update(Membership)
      .set({ trialReminderSentFor: trialEndsAt })
      .where('subscriptionId = :subscriptionId AND status = :trialing', { subscriptionId, trialing: MembershipStatus.TRIALING })
      .andWhere('trialReminderSentFor IS DISTINCT FROM :trialEndsAt', { trialEndsAt })
      .execute();
    return (result.affected ?? 0) > 0;
  }

  // Checkouts

  findCheckout(id: string, manager: EntityManager = this.db.manager): Promise<MembershipCheckout | null> {
    return isUUID(id) ? manager.findOneBy(MembershipCheckout, { id }) : Promise.resolve(null);
  }

  lockCheckout(manager: EntityManager, id: string): Promise<MembershipCheckout | null> {
    return isUUID(id) ? manager.findOne(MembershipCheckout, { where: { id }, lock: { mode: 'pessimistic_write' } }) : Promise.resolve(null);
  }

  /** An OPEN checkout of this fan for this price that can still be paid for a while (a second click reuses it). */
  findReusableCheckout(userId: string, priceId: string, validUntil: Date): Promise<MembershipCheckout | null> {
    return this.db
      .getRepository(MembershipCheckout)
      .createQueryBuilder('c')
      .where('c.userId = :userId AND c.priceId = :priceId AND c.status = :open AND c.paymentUrl IS NOT NULL AND c.expiresAt > :validUntil', {
        userId,
        priceId,
        open: MembershipCheckoutStatus.OPEN,
        validUntil,
      })
      .orderBy('c.createdAt', 'DESC')
      .getOne();
  }

  async createCheckout(fields: Partial<MembershipCheckout>): Promise<MembershipCheckout> {
    const repo = this.db.getRepository(MembershipCheckout);
    return repo.save(repo.create(fields));
  }

  async updateCheckout(id: string, fields: Partial<Pick<MembershipCheckout, 'paymentUrl' | 'stripeCheckoutSessionId' | 'status'>>): Promise<void> {
    await this.db.getRepository(MembershipCheckout).update({ id }, fields);
  }

  /** Marks the checkout a membership came from as COMPLETED (once). */
  async completeCheckout(manager: EntityManager, checkoutId: string, membershipId: string): Promise<void> {
    if (!isUUID(checkoutId)) return;
    await manager
      .createQueryBuilder()
      .update(MembershipCheckout)
      .set({ status: MembershipCheckoutStatus.COMPLETED, membershipId, completedAt: () => 'now()', paymentUrl: null })
      .where('id = :checkoutId AND status = :open', { checkoutId, open: MembershipCheckoutStatus.OPEN })
      .execute();
  }

  // Stripe customers

  async stripeCustomerOf(userId: string): Promise<string | null> {
    return (await this.db.getRepository(BillingCustomer).findOneBy({ userId }))?.stripeCustomerId ?? null;
  }

  async userIdOfStripeCustomer(stripeCustomerId: string): Promise<string | null> {
    return (await this.db.getRepository(BillingCustomer).findOneBy({ stripeCustomerId }))?.userId ?? null;
  }

  /** Links the fan to their Stripe customer; the first link wins (Stripe's idempotency key makes both the same customer anyway). */
  async linkStripeCustomer(userId: string, stripeCustomerId: string): Promise<string> {
    await this.db.createQueryBuilder().insert().into(BillingCustomer).values({ userId, stripeCustomerId }).orIgnore().execute();
    return (await this.stripeCustomerOf(userId)) ?? stripeCustomerId;
  }
}
