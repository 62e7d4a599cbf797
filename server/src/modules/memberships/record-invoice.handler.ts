import type { DataSource, EntityManager } from 'typeorm';
import type { ApplySubscriptionHandler, Applied } from './apply-subscription.handler';
import { MembershipProvider, MembershipStatus } from './membership-enums';
import { MembershipPayment } from './membership-payment.entity';
import type { MembershipsService } from './memberships.service';
import { changedSnapshot } from './subscription-snapshot';

/** What a payment provider told us about one invoice of a subscription. */
export interface InvoiceOutcome {
  invoiceId: string;
  subscriptionId: string;
  provider: MembershipProvider;
  /** The fan, when the invoice says (our metadata, or the Stripe customer); else the membership's. */
  userId: string | null;
  planId: string | null;
  paid: boolean;
  amountCents: number;
  currency: string;
  /** The billing period the invoice is for (Stripe: its subscription line's period). */
  periodStart: Date | null;
  periodEnd: Date | null;
  /** The subscription's first invoice (Stripe Checkout shows its failures on the page itself). */
  first: boolean;
  /** When the provider reported it (Stripe: the event's time). */
  observedAt: Date;
  /** When the money was taken. */
  paidAt: Date | null;
}

/**
 * invoice.paid and invoice.payment_failed (and TEST MODE payments): a paid invoice is appended to
 * membership_payments once (by its id); the outcome then moves the membership through
 * ApplySubscriptionHandler like any other picture of the subscription, so it is ignored when a
 * newer one is already known (a failure reported after the recovery changes nothing):
 * a failed renewal makes it PAST_DUE, a paid one makes a PAST_DUE (or unpaid) membership ACTIVE.
 */
export class RecordInvoiceHandler {
  constructor(
    private readonly db: DataSource,
    private readonly memberships: MembershipsService,
    private readonly apply: ApplySubscriptionHandler,
  ) {}

  async run(outcome: InvoiceOutcome, source: string): Promise<Applied | null> {
    const known = await this.memberships.findBySubscriptionId(outcome.subscriptionId);
    const userId = known?.userId ?? outcome.userId;
    if (!userId) return null;
    return this.db.transaction(async (manager) => {
      await this.apply.lockMember(manager, userId);
      return this.recordIn(manager, { ...outcome, userId }, source);
    });
  }

  /** Inside the caller's transaction, which holds the fan's lock. */
  async recordIn(manager: EntityManager, outcome: InvoiceOutcome & { userId: string }, source: string): Promise<Applied | null> {
    const membership = await this.memberships.lockBySubscriptionId(manager, outcome.subscriptionId);
    if (outcome.paid && outcome.amountCents > 0) {
      await manager
        .createQueryBuilder()
        .insert()
        .into(MembershipPayment)
        .values({
          invoiceId: outcome.invoiceId,
          subscriptionId: outcome.subscriptionId,
          userId: outcome.userId,
          planId: outcome.planId ?? membership?.planId ?? null,
          amountCents: outcome.amountCents,
          currency: outcome.currency.toUpperCase(),
          provider: outcome.provider,
          paidAt: outcome.paidAt ?? outcome.observedAt,
        })
        .orIgnore()
        .execute();
    }
    // Before the subscription itself is known, its own events will bring its state.
    if (!membership) return null;
    const status = nextStatus(membership.status, outcome);
    if (status === membership.status) return { membership, reason: null };
    const newPeriod = outcome.periodStart && outcome.periodStart > (membership.currentPeriodStart ?? new Date(0));
    return this.apply.applyIn(
      manager,
      changedSnapshot(membership, outcome.observedAt, {
        status,
        ...(newPeriod ? { currentPeriodStart: outcome.periodStart, currentPeriodEnd: outcome.periodEnd } : {}),
      }),
      source,
    );
  }
}

function nextStatus(current: MembershipStatus, outcome: InvoiceOutcome): MembershipStatus {
  if (outcome.paid) {
    if (current === MembershipStatus.PAST_DUE || current === MembershipStatus.INCOMPLETE) return MembershipStatus.ACTIVE;
    // A trial's own invoice is for nothing; a paid one after it ends the trial.
    if (current === MembershipStatus.TRIALING && outcome.amountCents > 0) return MembershipStatus.ACTIVE;
    return current;
  }
  if (!outcome.first && (current === MembershipStatus.ACTIVE || current === MembershipStatus.TRIALING)) return MembershipStatus.PAST_DUE;
  return current;
}
