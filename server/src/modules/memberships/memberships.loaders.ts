import DataLoader from 'dataloader';
import { byIdLoader, groupLoader } from '../events/events.loaders';
import type { MembershipPayment } from './membership-payment.entity';
import type { MembershipsService } from './memberships.service';
import type { PlanPrice } from './plan-price.entity';
import type { Plan } from './plan.entity';
import type { PlansService } from './plans.service';

export function createMembershipLoaders(plans: PlansService, memberships: MembershipsService) {
  return {
    planById: byIdLoader<Plan>((ids) => plans.findManyByIds(ids)),
    planPricesByPlanId: groupLoader<PlanPrice>((ids) => plans.pricesByPlanIds(ids), (price) => price.planId),
    planMemberCount: new DataLoader<string, number>(async (ids) => {
      const counts = await memberships.memberCountsByPlanIds(ids);
      return ids.map((id) => counts.get(id) ?? 0);
    }),
    paymentsBySubscriptionId: groupLoader<MembershipPayment>((ids) => memberships.paymentsBySubscriptionIds(ids), (payment) => payment.subscriptionId),
    /** Whether a fan has member perks now (for prices shown to the viewer). */
    isMemberByUserId: new DataLoader<string, boolean>(async (ids) => {
      const members = await memberships.memberUserIds(ids);
      return ids.map((id) => members.has(id));
    }),
  };
}
