import { registerEnumType } from 'type-graphql';

export enum BusinessFigure {
  MRR = 'MRR',
  ARR = 'ARR',
  ACTIVE_MEMBERS = 'ACTIVE_MEMBERS',
  MEMBERS_BY_PLAN = 'MEMBERS_BY_PLAN',
  MEMBER_MOVEMENTS = 'MEMBER_MOVEMENTS',
  CHURN_RATE = 'CHURN_RATE',
  TRIAL_CONVERSION = 'TRIAL_CONVERSION',
  SIGNUP_CONVERSION = 'SIGNUP_CONVERSION',
  TICKET_REVENUE = 'TICKET_REVENUE',
  MEMBERSHIP_REVENUE = 'MEMBERSHIP_REVENUE',
  LEADS_PER_DAY = 'LEADS_PER_DAY',
}
registerEnumType(BusinessFigure, { name: 'BusinessFigure', description: 'One figure of businessMetrics (for its explanation and its CSV download).' });

/** How each figure is computed, in words a person can check against the membership history and the orders. */
export const EXPLANATIONS: Record<BusinessFigure, { title: string; explanation: string }> = {
  [BusinessFigure.MRR]: {
    title: 'MRR',
    explanation:
      'Monthly recurring revenue at the end of the range (and of each month): the sum of every MRR change in the membership history before that moment. ' +
      'A membership counts its price per month while ACTIVE or PAST_DUE (a yearly price ÷ 12, rounded to the cent); trials count nothing until they convert; a membership stops counting when it ends, not when its end is scheduled.',
  },
  [BusinessFigure.ARR]: { title: 'ARR', explanation: 'Annual run rate: MRR × 12.' },
  [BusinessFigure.ACTIVE_MEMBERS]: {
    title: 'Active members',
    explanation: 'Memberships whose last recorded state before the end of the range (or of each month) is TRIALING, ACTIVE or PAST_DUE: the members with perks. "Paying" leaves out the trials.',
  },
  [BusinessFigure.MEMBERS_BY_PLAN]: {
    title: 'Members by plan and interval',
    explanation: 'The active members at the end of the range, grouped by the plan and billing interval of their last recorded state, with the MRR each group adds.',
  },
  [BusinessFigure.MEMBER_MOVEMENTS]: {
    title: 'New, canceled and reactivated members',
    explanation:
      'Per UTC month, from the membership history: new = fans who became members for the first time (trial or paid); reactivated = fans who became members again after an earlier membership ended; ' +
      'canceled = memberships that ended (a scheduled cancellation counts when the membership actually ends).',
  },
  [BusinessFigure.CHURN_RATE]: {
    title: 'Monthly churn rate',
    explanation:
      'Per UTC month: paying members (ACTIVE or PAST_DUE) whose membership ended during the month ÷ paying members at the start of the month. ' +
      'For the whole range: the ended paying members of all its months ÷ the sum of the paying members at the start of each month. Empty when nobody was paying at the start.',
  },
  [BusinessFigure.TRIAL_CONVERSION]: {
    title: 'Trial conversion',
    explanation: 'Free trials that ended within the range and turned into a paid membership (TRIALING to ACTIVE) ÷ all free trials that ended within the range.',
  },
  [BusinessFigure.SIGNUP_CONVERSION]: {
    title: 'Signup-to-member conversion',
    explanation: 'Accounts created within the range whose owner became a member for the first time within the range ÷ accounts created within the range.',
  },
  [BusinessFigure.TICKET_REVENUE]: {
    title: 'Ticket revenue',
    explanation:
      'Per UTC month, in the chosen currency: what paid ticket orders brought in (by when they were paid) minus what was refunded (by when the refund was decided). TEST MODE orders count, as in TEST MODE nothing else does.',
  },
  [BusinessFigure.MEMBERSHIP_REVENUE]: {
    title: 'Membership revenue',
    explanation: 'Per UTC month, in the chosen currency: the membership invoices paid (by when they were paid), from the payments ledger. Refunds made in Stripe are not subtracted.',
  },
  [BusinessFigure.LEADS_PER_DAY]: {
    title: 'Leads collected per day',
    explanation:
      'Per UTC day: new leads, by when they first reached Matchday, from the signup form or a CSV import. A fan who signs up again (same email or phone) is the same lead and is not counted twice.',
  },
};
