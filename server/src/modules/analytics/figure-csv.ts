import { BusinessFigure } from './business-figure';
import type { BusinessMetrics } from './business-metrics.types';

/** One figure of a BusinessMetrics as CSV rows (a header first): what the admin downloads. */
export function figureRows(figure: BusinessFigure, metrics: BusinessMetrics, planNames: Map<string, string>): unknown[][] {
  const month = (m: BusinessMetrics['months'][number]) => [m.month, m.start, m.end];
  const range = [metrics.from, metrics.to];
  switch (figure) {
    case BusinessFigure.MRR:
      return [['month', 'start', 'end', 'currency', 'mrr_cents_at_end'], ...metrics.months.map((m) => [...month(m), metrics.currency, m.mrrCentsAtEnd])];
    case BusinessFigure.ARR:
      return [['month', 'start', 'end', 'currency', 'arr_cents_at_end'], ...metrics.months.map((m) => [...month(m), metrics.currency, m.mrrCentsAtEnd * 12])];
    case BusinessFigure.ACTIVE_MEMBERS:
      return [['month', 'start', 'end', 'members_at_end'], ...metrics.months.map((m) => [...month(m), m.membersAtEnd])];
    case BusinessFigure.MEMBERS_BY_PLAN:
      return [
        ['at', 'plan_id', 'plan', 'interval', 'currency', 'members', 'trialing', 'paying', 'mrr_cents'],
        ...metrics.membersByPlan.map((p) => [metrics.to, p.planId, planNames.get(p.planId) ?? '', p.interval, p.currency, p.members, p.trialing, p.paying, p.mrrCents]),
      ];
    case BusinessFigure.MEMBER_MOVEMENTS:
      return [
        ['month', 'start', 'end', 'new', 'reactivated', 'canceled'],
        ...metrics.months.map((m) => [...month(m), m.newMembers, m.reactivatedMembers, m.canceledMembers]),
      ];
    case BusinessFigure.CHURN_RATE:
      return [
        ['month', 'start', 'end', 'paying_at_start', 'churned_paying', 'churn_rate'],
        ...metrics.months.map((m) => [...month(m), m.payingMembersAtStart, m.churnedPayingMembers, m.churnRate]),
      ];
    case BusinessFigure.TRIAL_CONVERSION:
      return [
        ['from', 'to', 'trials_ended', 'trials_converted', 'conversion_rate'],
        [...range, metrics.trialsEnded, metrics.trialsConverted, metrics.trialConversionRate],
      ];
    case BusinessFigure.SIGNUP_CONVERSION:
      return [
        ['from', 'to', 'signups', 'became_members', 'conversion_rate'],
        [...range, metrics.signups, metrics.signupsBecameMembers, metrics.signupConversionRate],
      ];
    case BusinessFigure.TICKET_REVENUE:
      return [
        ['month', 'start', 'end', 'currency', 'sales_cents', 'refunds_cents', 'revenue_cents'],
        ...metrics.months.map((m) => [...month(m), metrics.currency, m.ticketSalesCents, m.ticketRefundsCents, m.ticketRevenueCents]),
      ];
    case BusinessFigure.LEADS_PER_DAY:
      return [['day', 'start', 'end', 'signups', 'imported', 'leads'], ...metrics.leadsPerDay.map((d) => [d.day, d.start, d.end, d.signups, d.imported, d.leads])];
    case BusinessFigure.MEMBERSHIP_REVENUE:
      return [['month', 'start', 'end', 'currency', 'revenue_cents'], ...metrics.months.map((m) => [...month(m), metrics.currency, m.membershipRevenueCents])];
  }
}
