import type { DataSource } from 'typeorm';
import type { Logger } from '../../infra/logger';
import type { ApplySubscriptionHandler } from './apply-subscription.handler';
import { periodEnd } from './billing-period';
import { MEMBER_STATUSES, MembershipStatus } from './membership-enums';
import type { MembershipsService } from './memberships.service';
import type { RecordInvoiceHandler } from './record-invoice.handler';
import { changedSnapshot } from './subscription-snapshot';
import { testPayment } from './test-membership.handler';

const BATCH = 200;

/**
 * In TEST MODE nobody else keeps the billing clock: when a test membership's period is over, it
 * ends (cancelAtPeriodEnd) or renews with a test payment (a trial converts), at the moment the
 * period ended, through the same handlers as Stripe's webhooks. Idempotent, so every process may
 * run it: a period is renewed once (its invoice id) and an older picture never wins.
 */
export class TestBillingClock {
  constructor(
    private readonly db: DataSource,
    private readonly memberships: MembershipsService,
    private readonly apply: ApplySubscriptionHandler,
    private readonly invoices: RecordInvoiceHandler,
    private readonly log: Logger,
  ) {}

  async run(now = new Date()): Promise<number> {
    const due = await this.memberships.findDueTestMemberships(now, BATCH);
    for (const subscriptionId of due) {
      await this.advance(subscriptionId, now).catch((err) => this.log.warn({ err, subscriptionId }, 'Could not advance a TEST MODE membership; next tick tries again'));
    }
    return due.length;
  }

  private async advance(subscriptionId: string, now: Date): Promise<void> {
    const known = await this.memberships.findBySubscriptionId(subscriptionId);
    if (!known) return;
    await this.db.transaction(async (manager) => {
      await this.apply.lockMember(manager, known.userId);
      let membership = await this.memberships.lockBySubscriptionId(manager, subscriptionId);
      // Catch up period by period (a server that was off for months renews each month it missed).
      while (membership && MEMBER_STATUSES.includes(membership.status) && membership.currentPeriodEnd && membership.currentPeriodEnd <= now) {
        const at = membership.currentPeriodEnd;
        if (membership.cancelAtPeriodEnd) {
          await this.apply.applyIn(manager, changedSnapshot(membership, at, { status: MembershipStatus.CANCELED, endedAt: at }), 'test:clock');
          return;
        }
        const end = periodEnd(at, membership.interval);
        const renewed = await this.apply.applyIn(
          manager,
          changedSnapshot(membership, at, { status: MembershipStatus.ACTIVE, currentPeriodStart: at, currentPeriodEnd: end }),
          'test:clock',
        );
        await this.invoices.recordIn(manager, testPayment(membership, at, end, false), 'test:clock');
        // Never loop on a picture that did not move the period forward.
        membership = renewed && renewed.membership.currentPeriodEnd && renewed.membership.currentPeriodEnd > at ? renewed.membership : null;
      }
    });
  }
}
