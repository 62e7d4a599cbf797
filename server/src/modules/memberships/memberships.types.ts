import { IsInt, IsUUID, Length, Matches, Max, MaxLength, Min } from 'class-validator';
import { ArgsType, Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { Connection, PageArgs, SyncPageArgs } from '../../graphql/connection';
import { MembershipChangeReason, MembershipStatus } from './membership-enums';
import { MembershipEvent } from './membership-event.entity';
import { Membership } from './membership.entity';

@InputType({ description: 'Everything an admin sets on a plan. updatePlan replaces all of it.' })
export class PlanInput {
  @Field()
  @Length(1, 100, { message: 'name must be 1 to 100 characters long' })
  name: string;

  @Field({ defaultValue: '' })
  @MaxLength(5000, { message: 'description must be at most 5000 characters long' })
  description: string;

  @Field({ defaultValue: '', description: 'What members get, one perk per line.' })
  @MaxLength(5000, { message: 'perks must be at most 5000 characters long' })
  perks: string;

  @Field(() => Int, { nullable: true, description: 'Minor units per month; null: no monthly option. At least one of the two prices is needed.' })
  @IsInt()
  @Min(1, { message: 'monthlyPriceCents must be at least 1' })
  @Max(100_000_000, { message: 'monthlyPriceCents must be at most 100000000' })
  monthlyPriceCents?: number | null;

  @Field(() => Int, { nullable: true, description: 'Minor units per year; null: no yearly option.' })
  @IsInt()
  @Min(1, { message: 'yearlyPriceCents must be at least 1' })
  @Max(100_000_000, { message: 'yearlyPriceCents must be at most 100000000' })
  yearlyPriceCents?: number | null;

  @Field({ description: 'ISO 4217 code in capitals, e.g. EUR. It cannot change once the plan exists.' })
  @Matches(/^[A-Z]{3}$/, { message: 'currency must be a three-letter ISO 4217 code in capitals, e.g. EUR' })
  currency: string;

  @Field(() => Int, { defaultValue: 0, description: 'Free days before the first payment (first-time members only); 0: no trial.' })
  @IsInt()
  @Min(0, { message: 'trialDays must be 0 or more' })
  @Max(365, { message: 'trialDays must be at most 365' })
  trialDays: number;
}

@ObjectType()
export class MembershipConnection extends Connection(Membership) {}

@ObjectType()
export class MembershipEventConnection extends Connection(MembershipEvent) {}

@ArgsType()
export class MembershipsArgs extends SyncPageArgs {
  @Field(() => MembershipStatus, { nullable: true })
  status?: MembershipStatus;

  @Field(() => ID, { nullable: true })
  @IsUUID('all', { message: 'planId must be a plan id' })
  planId?: string;
}

@ArgsType()
export class MembershipHistoryArgs extends PageArgs {
  @Field(() => ID, { nullable: true, description: 'Only the changes of this membership.' })
  @IsUUID('all', { message: 'membershipId must be a membership id' })
  membershipId?: string;

  @Field(() => ID, { nullable: true, description: "Only this fan's changes." })
  @IsUUID('all', { message: 'userId must be a user id' })
  userId?: string;

  @Field(() => MembershipChangeReason, { nullable: true })
  reason?: MembershipChangeReason;
}
