import { badInput } from '../../graphql/errors';
import type { MembershipFiguresService } from '../memberships/membership-figures.service';
import type { PlansService } from '../memberships/plans.service';
import type { LeadsService } from '../leads/leads.service';
import type { OrdersService } from '../orders/orders.service';
import type { UsersService } from '../users/users.service';
import { BusinessFigure, EXPLANATIONS } from './business-figure';
import type { BusinessMetrics, BusinessMetricsArgs, MonthFigures } from './business-metrics.types';
import { dayBuckets, monthBuckets, rate } from './month-buckets';

const TEN_YEARS_MS = 10 * 366 * 24 * 3600_000;
/** Money figures default to this when there is no plan yet. */
const FALLBACK_CURRENCY = 'EUR';

/**
 * businessMetrics: the admin dashboard's figures for a date range, composed from what each domain
 * computes from its own records (membership history and payments, orders, accounts, leads). Every figure
 * comes with how it is computed (EXPLANATIONS).
 */
export class BusinessMetricsService {
  constructor(
    private readonly memberships: MembershipFiguresService,
    private readonly plans: PlansService,
    private readonly orders: OrdersService,
    private readonly users: UsersService,
    private readonly leads: LeadsService,
  ) {}

  async compute(args: BusinessMetricsArgs): Promise<BusinessMetrics> {
    const { from, to } = args;
    checkRange(from, to);
    const currency = args.currency ?? (await this.plans.mainCurrency()) ?? FALLBACK_CURRENCY;
    const buckets = monthBuckets(from, to);

    const [mrrAtEnds, countsAtStarts, countsAtEnds, months, ticketMoney, membersByPlan, trials, planCurrencies, historyCurrencies, leadsByDay] = await Promise.all([
      this.memberships.mrrAt(buckets.map((b) => b.end), currency),
      this.memberships.countsAt(buckets.map((b) => b.start)),
      this.memberships.countsAt(buckets.map((b) => b.end)),
      this.memberships.months(from, to, currency),
      this.orders.revenueByMonth(from, to, currency),
      this.memberships.membersByPlanAt(to),
      this.memberships.trialOutcomes(from, to),
      this.plans.currencies(),
      this.memberships.currencies(),
      this.leads.countByDay(from, to),
    ]);
    const firstTimeMembers = await this.memberships.firstTimeMemberIds(from, to);
    const [signups, signupsBecameMembers] = await Promise.all([this.users.countSignups(from, to), this.users.countSignups(from, to, firstTimeMembers)]);

    const monthFigures: MonthFigures[] = buckets.map((bucket, i) => {
      const members = months.get(bucket.month);
      const tickets = ticketMoney.get(bucket.month) ?? { paidCents: 0, refundedCents: 0 };
      const churned = members?.churnedPayingMembers ?? 0;
      return {
        month: bucket.month,
        start: bucket.start,
        end: bucket.end,
        newMembers: members?.newMembers ?? 0,
        reactivatedMembers: members?.reactivatedMembers ?? 0,
        canceledMembers: members?.canceledMembers ?? 0,
        payingMembersAtStart: countsAtStarts[i].paying,
        churnedPayingMembers: churned,
        churnRate: rate(churned, countsAtStarts[i].paying),
        membersAtEnd: countsAtEnds[i].members,
        mrrCentsAtEnd: mrrAtEnds[i],
        ticketSalesCents: tickets.paidCents,
        ticketRefundsCents: tickets.refundedCents,
        ticketRevenueCents: tickets.paidCents - tickets.refundedCents,
        membershipRevenueCents: members?.revenueCents ?? 0,
      };
    });
    const sum = (pick: (month: MonthFigures) => number) => monthFigures.reduce((total, month) => total + pick(month), 0);
    const leadsPerDay = dayBuckets(from, to).map(({ day, start, end }) => {
      const counts = leadsByDay.get(day) ?? { signups: 0, imported: 0 };
      return { day, start, end, leads: counts.signups + counts.imported, ...counts };
    });
    const mrrCents = mrrAtEnds.at(-1) ?? 0;
    const last = countsAtEnds.at(-1) ?? { members: 0, paying: 0 };

    return {
      from,
      to,
      currency,
      currencies: [...new Set([...planCurrencies, ...historyCurrencies, currency])].sort(),
      mrrCents,
      arrCents: mrrCents * 12,
      activeMembers: last.members,
      payingMembers: last.paying,
      churnRate: rate(sum((m) => m.churnedPayingMembers), sum((m) => m.payingMembersAtStart)),
      trialsEnded: trials.ended,
      trialsConverted: trials.converted,
      trialConversionRate: rate(trials.converted, trials.ended),
      signups,
      signupsBecameMembers,
      signupConversionRate: rate(signupsBecameMembers, signups),
      ticketRevenueCents: sum((m) => m.ticketRevenueCents),
      membershipRevenueCents: sum((m) => m.membershipRevenueCents),
      membersByPlan,
      months: monthFigures,
      leadsCollected: leadsPerDay.reduce((total, day) => total + day.leads, 0),
      leadsPerDay,
      explanations: Object.values(BusinessFigure).map((figure) => ({ figure, ...EXPLANATIONS[figure] })),
    };
  }
}

/** A range businessMetrics can compute: to after from, at most ten years. */
export function checkRange(from: Date, to: Date): void {
  if (to.getTime() <= from.getTime()) throw badInput('to', 'to must be after from.');
  if (to.getTime() - from.getTime() > TEN_YEARS_MS) throw badInput('to', 'The range can be at most ten years long.');
}
