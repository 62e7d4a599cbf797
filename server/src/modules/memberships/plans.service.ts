import { isUUID } from 'class-validator';
import { IsNull, type DataSource, type EntityManager } from 'typeorm';
import { badInput, notFound } from '../../graphql/errors';
import type { Logger } from '../../infra/logger';
import type { BillingGateway } from '../../integrations/stripe/billing-gateway';
import type { AuditService } from '../audit/audit.service';
import type { Actor } from '../users/users.service';
import { BillingInterval } from './membership-enums';
import type { PlanInput } from './memberships.types';
import { PlanPrice } from './plan-price.entity';
import { Plan } from './plan.entity';

const STRIPE_INTERVAL = { [BillingInterval.MONTH]: 'month', [BillingInterval.YEAR]: 'year' } as const;

/**
 * Membership plans (admin) and their prices. With Stripe, each plan is a Stripe product and each
 * price a Stripe price, created through the SDK after the plan is saved; a plan saved while Stripe
 * could not be reached is linked at its next change or at its first checkout. A new amount is a
 * new price: existing members keep paying what they joined at.
 */
export class PlansService {
  constructor(
    private readonly db: DataSource,
    private readonly billing: BillingGateway,
    private readonly audit: AuditService,
    private readonly log: Logger,
  ) {}

  private get repo() {
    return this.db.getRepository(Plan);
  }

  findById(id: string): Promise<Plan | null> {
    return isUUID(id) ? this.repo.findOneBy({ id }) : Promise.resolve(null);
  }

  async findManyByIds(ids: readonly string[]): Promise<Plan[]> {
    return ids.length ? this.repo.createQueryBuilder('plan').where('plan.id = ANY(:ids)', { ids: [...ids] }).getMany() : [];
  }

  /** Active plans (or every plan), cheapest monthly first. */
  list(includeArchived: boolean): Promise<Plan[]> {
    const query = this.repo.createQueryBuilder('plan');
    if (!includeArchived) query.where('plan.archivedAt IS NULL');
    return query
      .orderBy('plan.archivedAt', 'DESC', 'NULLS FIRST')
      .addOrderBy('coalesce(plan.monthlyPriceCents, plan.yearlyPriceCents / 12)', 'ASC')
      .addOrderBy('plan.createdAt', 'ASC')
      .getMany();
  }

  /** The price new members pay for this interval, or null when the plan is not offered that way. */
  currentPrice(planId: string, interval: BillingInterval): Promise<PlanPrice | null> {
    return this.db.getRepository(PlanPrice).findOneBy({ planId, interval, active: true });
  }

  findPriceByStripeId(stripePriceId: string): Promise<PlanPrice | null> {
    return this.db.getRepository(PlanPrice).findOneBy({ stripePriceId });
  }

  /** Every price of these plans, current and past, newest first. */
  async pricesByPlanIds(planIds: readonly string[]): Promise<PlanPrice[]> {
    if (!planIds.length) return [];
    return this.db
      .getRepository(PlanPrice)
      .createQueryBuilder('price')
      .where('price.planId = ANY(:planIds)', { planIds: [...planIds] })
      .orderBy('price.createdAt', 'DESC')
      .addOrderBy('price.id', 'DESC')
      .getMany();
  }

  /** The currency of the newest active plan (what money figures default to), or null without plans. */
  async mainCurrency(): Promise<string | null> {
    const plan = await this.repo.createQueryBuilder('plan').orderBy('plan.archivedAt', 'DESC', 'NULLS FIRST').addOrderBy('plan.createdAt', 'DESC').getOne();
    return plan?.currency ?? null;
  }

  /** Every currency a plan was ever priced in. */
  async currencies(): Promise<string[]> {
    const rows: { currency: string }[] = await this.db.query(`SELECT DISTINCT currency FROM membership_plans ORDER BY currency`);
    return rows.map((row) => row.currency);
  }

  async create(actor: Actor, input: PlanInput): Promise<Plan> {
    checkPrices(input);
    const plan = await this.db.transaction(async (manager) => {
      const plan = manager.create(Plan, { ...fields(input), currency: input.currency, createdById: actor.id });
      await manager.save(plan);
      for (const interval of Object.values(BillingInterval)) {
        const amount = amountOf(input, interval);
        if (amount) await manager.insert(PlanPrice, { planId: plan.id, interval, amountCents: amount, currency: plan.currency });
      }
      await this.audit.record({ action: 'plan.created', actorId: actor.id, ip: actor.ip, target: { type: 'Plan', id: plan.id }, details: { name: plan.name } }, manager);
      return plan;
    });
    return this.linkAfterChange(plan.id);
  }

  async update(actor: Actor, id: string, input: PlanInput): Promise<Plan> {
    checkPrices(input);
    const retired: string[] = [];
    await this.change(actor, id, 'plan.updated', async (plan, manager) => {
      if (input.currency !== plan.currency) throw badInput('currency', `currency cannot change (it is ${plan.currency}); create a new plan for another currency.`);
      Object.assign(plan, fields(input));
      const changedPrices: string[] = [];
      for (const interval of Object.values(BillingInterval)) {
        const amount = amountOf(input, interval);
        const current = await manager.findOneBy(PlanPrice, { planId: plan.id, interval, active: true });
        if (current?.amountCents === amount) continue;
        if (current) {
          await manager.update(PlanPrice, { id: current.id }, { active: false });
          if (current.stripePriceId) retired.push(current.stripePriceId);
        }
        if (amount) await manager.insert(PlanPrice, { planId: plan.id, interval, amountCents: amount, currency: plan.currency });
        changedPrices.push(interval);
      }
      return { changedPrices };
    });
    // Best effort: a retired Stripe price still offered only matters to a new checkout, which uses the current one.
    for (const stripePriceId of retired) {
      await this.billing.deactivatePrice(stripePriceId).catch((err) => this.log.warn({ err, stripePriceId }, 'Could not deactivate a retired Stripe price'));
    }
    return this.linkAfterChange(id);
  }

  /** No longer offered; its members keep their membership (and their Stripe subscriptions go on). */
  async archive(actor: Actor, id: string): Promise<Plan> {
    await this.change(actor, id, 'plan.archived', (plan) => {
      if (plan.archivedAt) return null;
      plan.archivedAt = new Date();
      return {};
    });
    return this.linkAfterChange(id);
  }

  async restore(actor: Actor, id: string): Promise<Plan> {
    await this.change(actor, id, 'plan.restored', (plan) => {
      if (!plan.archivedAt) return null;
      plan.archivedAt = null;
      return {};
    });
    return this.linkAfterChange(id);
  }

  /** The Stripe price id of a plan price, creating the product and prices first if they are not linked yet (null in TEST MODE). */
  async stripePriceIdOf(price: PlanPrice): Promise<string | null> {
    if (this.billing.mode !== 'stripe' || price.stripePriceId) return price.stripePriceId;
    await this.link(price.planId);
    const linked = await this.db.getRepository(PlanPrice).findOneByOrFail({ id: price.id });
    if (!linked.stripePriceId) throw new Error(`Plan price ${price.id} could not be linked to Stripe`);
    return linked.stripePriceId;
  }

  /**
   * Creates (or updates) the plan's Stripe product and creates the Stripe prices its current
   * prices lack. Idempotency keys per plan and per price row make a retry reuse what Stripe made.
   */
  async link(planId: string): Promise<void> {
    if (this.billing.mode !== 'stripe') return;
    const plan = await this.repo.findOneByOrFail({ id: planId });
    const productId = await this.billing.syncProduct({ planId, name: plan.name, description: plan.description, active: plan.active, stripeProductId: plan.stripeProductId });
    if (!productId) return;
    if (!plan.stripeProductId) {
      await this.repo.createQueryBuilder().update(Plan).set({ stripeProductId: productId }).where('id = :planId AND stripeProductId IS NULL', { planId }).execute();
    }
    const unlinked = await this.db.getRepository(PlanPrice).findBy({ planId, active: true, stripePriceId: IsNull() });
    for (const price of unlinked) {
      const stripePriceId = await this.billing.createPrice({
        priceId: price.id,
        planId,
        stripeProductId: productId,
        interval: STRIPE_INTERVAL[price.interval],
        amountCents: price.amountCents,
        currency: price.currency,
      });
      await this.db
        .getRepository(PlanPrice)
        .createQueryBuilder()
        .update(PlanPrice)
        .set({ stripePriceId })
        .where('id = :id AND stripePriceId IS NULL', { id: price.id })
        .execute();
    }
  }

  /** Links the plan to Stripe after a change; a Stripe outage leaves it to be linked later, not lost. */
  private async linkAfterChange(planId: string): Promise<Plan> {
    await this.link(planId).catch((err) => this.log.warn({ err, planId }, 'Could not update the plan in Stripe; it is linked at its next change or checkout'));
    return this.repo.findOneByOrFail({ id: planId });
  }

  private async change(
    actor: Actor,
    id: string,
    action: string,
    apply: (plan: Plan, manager: EntityManager) => Record<string, unknown> | null | Promise<Record<string, unknown> | null>,
  ): Promise<Plan> {
    if (!isUUID(id)) throw badInput('id', 'id must be a plan id.');
    return this.db.transaction(async (manager) => {
      const plan = await manager.findOne(Plan, { where: { id }, lock: { mode: 'pessimistic_write' } });
      if (!plan) throw notFound('Plan');
      const details = await apply(plan, manager);
      if (details === null) return plan;
      await manager.save(plan);
      await this.audit.record({ action, actorId: actor.id, ip: actor.ip, target: { type: 'Plan', id: plan.id }, details: { name: plan.name, ...details } }, manager);
      return plan;
    });
  }
}

function checkPrices(input: PlanInput): void {
  if (!input.monthlyPriceCents && !input.yearlyPriceCents) throw badInput('monthlyPriceCents', 'Give a monthly or a yearly price (or both).');
}

function amountOf(input: PlanInput, interval: BillingInterval): number | null {
  return (interval === BillingInterval.MONTH ? input.monthlyPriceCents : input.yearlyPriceCents) ?? null;
}

function fields(input: PlanInput) {
  return {
    name: input.name.trim(),
    description: input.description?.trim() ?? '',
    perks: input.perks?.trim() ?? '',
    monthlyPriceCents: input.monthlyPriceCents ?? null,
    yearlyPriceCents: input.yearlyPriceCents ?? null,
    trialDays: input.trialDays ?? 0,
  };
}
