import type { DataSource } from 'typeorm';
import type { UsersService } from '../users/users.service';
import { MembershipStatus } from './membership-enums';
import type { MembershipMail } from './membership-mail';
import type { MembershipsService } from './memberships.service';
import type { PlansService } from './plans.service';

/** Tells a trialing member their trial ends soon: once per trial end, however often Stripe says so. */
export class TrialReminderHandler {
  constructor(
    private readonly db: DataSource,
    private readonly memberships: MembershipsService,
    private readonly plans: PlansService,
    private readonly users: UsersService,
    private readonly mail: MembershipMail,
  ) {}

  async run(subscriptionId: string): Promise<boolean> {
    const membership = await this.memberships.findBySubscriptionId(subscriptionId);
    if (!membership || membership.status !== MembershipStatus.TRIALING || !membership.trialEndsAt) return false;
    const [user, plan] = await Promise.all([this.users.findById(membership.userId), this.plans.findById(membership.planId)]);
    if (!user) return false;
    return this.db.transaction(async (manager) => {
      if (!(await this.memberships.claimTrialReminder(manager, subscriptionId, membership.trialEndsAt!))) return false;
      await this.mail.trialEnding(manager, user, membership, plan);
      return true;
    });
  }
}
