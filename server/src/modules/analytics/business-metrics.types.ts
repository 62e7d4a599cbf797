import { ArgsType, Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { Matches } from 'class-validator';
import { BillingInterval } from '../memberships/membership-enums';
import { BusinessFigure } from './business-figure';

@ArgsType()
export class BusinessMetricsArgs {
  @Field({ description: 'Start of the range.' })
  from: Date;

  @Field({ description: 'End of the range (exclusive); at most ten years after from.' })
  to: Date;

  @Field(() => String, { nullable: true, description: 'Currency of the money figures; default: that of the newest active plan.' })
  @Matches(/^[A-Z]{3}$/, { message: 'currency must be a three-letter ISO 4217 code in capitals, e.g. EUR' })
  currency?: string | null;
}

@ArgsType()
export class BusinessMetricsExportArgs extends BusinessMetricsArgs {
  @Field(() => BusinessFigure)
  figure: BusinessFigure;
}

@ObjectType({ description: 'How a figure is computed (show it on hover or in a footnote).' })
export class FigureExplanation {
  @Field(() => BusinessFigure)
  figure: BusinessFigure;

  @Field()
  title: string;

  @Field()
  explanation: string;
}

@ObjectType({ description: 'Active members of one plan and interval at the end of the range.' })
export class PlanMembersFigure {
  @Field(() => ID)
  planId: string;

  @Field(() => BillingInterval)
  interval: BillingInterval;

  @Field()
  currency: string;

  @Field(() => Int, { description: 'TRIALING, ACTIVE or PAST_DUE.' })
  members: number;

  @Field(() => Int)
  trialing: number;

  @Field(() => Int, { description: 'ACTIVE or PAST_DUE.' })
  paying: number;

  @Field(() => Int, { description: 'What this group adds to MRR, minor units of its currency.' })
  mrrCents: number;
}

@ObjectType({ description: 'The figures of one UTC calendar month of the range (the first and last months are clipped to it).' })
export class MonthFigures {
  @Field({ description: "'YYYY-MM'." })
  month: string;

  @Field()
  start: Date;

  @Field({ description: 'Exclusive.' })
  end: Date;

  @Field(() => Int)
  newMembers: number;

  @Field(() => Int)
  reactivatedMembers: number;

  @Field(() => Int)
  canceledMembers: number;

  @Field(() => Int, { description: 'Paying members (ACTIVE or PAST_DUE) at the start of the month.' })
  payingMembersAtStart: number;

  @Field(() => Int, { description: 'Paying members whose membership ended during the month.' })
  churnedPayingMembers: number;

  @Field(() => Float, { nullable: true, description: 'churnedPayingMembers ÷ payingMembersAtStart; null when that is 0.' })
  churnRate: number | null;

  @Field(() => Int, { description: 'Active members (TRIALING, ACTIVE, PAST_DUE) at the end of the month.' })
  membersAtEnd: number;

  @Field(() => Int, { description: 'MRR at the end of the month, minor units.' })
  mrrCentsAtEnd: number;

  @Field(() => Int, { description: 'Ticket orders paid during the month, minor units.' })
  ticketSalesCents: number;

  @Field(() => Int, { description: 'Ticket refunds decided during the month, minor units.' })
  ticketRefundsCents: number;

  @Field(() => Int, { description: 'ticketSalesCents − ticketRefundsCents.' })
  ticketRevenueCents: number;

  @Field(() => Int, { description: 'Membership invoices paid during the month, minor units.' })
  membershipRevenueCents: number;
}

@ObjectType({ description: 'Leads collected on one UTC day of the range (the first and last days are clipped to it).' })
export class DayLeads {
  @Field({ description: "'YYYY-MM-DD'." })
  day: string;

  @Field()
  start: Date;

  @Field({ description: 'Exclusive.' })
  end: Date;

  @Field(() => Int, { description: 'signups + imported.' })
  leads: number;

  @Field(() => Int, { description: 'New leads from the signup form.' })
  signups: number;

  @Field(() => Int, { description: 'New leads from CSV imports.' })
  imported: number;
}

@ObjectType({ description: 'The numbers that matter for a date range, each computed from the membership history, the payments ledger, the orders and the accounts (admin).' })
export class BusinessMetrics {
  @Field()
  from: Date;

  @Field({ description: 'Exclusive.' })
  to: Date;

  @Field({ description: 'Currency of every money figure.' })
  currency: string;

  @Field(() => [String], { description: 'Currencies memberships are priced or recorded in (to offer a choice).' })
  currencies: string[];

  @Field(() => Int, { description: 'MRR at the end of the range, minor units.' })
  mrrCents: number;

  @Field(() => Int, { description: 'mrrCents × 12.' })
  arrCents: number;

  @Field(() => Int, { description: 'Members (TRIALING, ACTIVE, PAST_DUE) at the end of the range.' })
  activeMembers: number;

  @Field(() => Int, { description: 'Paying members (ACTIVE, PAST_DUE) at the end of the range.' })
  payingMembers: number;

  @Field(() => Float, { nullable: true, description: 'Monthly churn rate over the range (see explanations); null when nobody was paying.' })
  churnRate: number | null;

  @Field(() => Int)
  trialsEnded: number;

  @Field(() => Int)
  trialsConverted: number;

  @Field(() => Float, { nullable: true, description: 'trialsConverted ÷ trialsEnded; null when no trial ended.' })
  trialConversionRate: number | null;

  @Field(() => Int, { description: 'Accounts created within the range.' })
  signups: number;

  @Field(() => Int, { description: 'Of those, how many became members within the range.' })
  signupsBecameMembers: number;

  @Field(() => Float, { nullable: true, description: 'signupsBecameMembers ÷ signups; null without signups.' })
  signupConversionRate: number | null;

  @Field(() => Int, { description: 'Ticket revenue over the range (sales − refunds), minor units.' })
  ticketRevenueCents: number;

  @Field(() => Int, { description: 'Membership invoices paid over the range, minor units.' })
  membershipRevenueCents: number;

  @Field(() => [PlanMembersFigure])
  membersByPlan: PlanMembersFigure[];

  @Field(() => [MonthFigures], { description: 'One entry per UTC month of the range, oldest first (for charts).' })
  months: MonthFigures[];

  @Field(() => Int, { description: 'New leads within the range.' })
  leadsCollected: number;

  @Field(() => [DayLeads], { description: 'One entry per UTC day of the range, oldest first (for charts).' })
  leadsPerDay: DayLeads[];

  @Field(() => [FigureExplanation], { description: 'How each figure is computed.' })
  explanations: FigureExplanation[];
}
