import { Length, Max, Min } from 'class-validator';
import { ArgsType, Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { Connection, PageArgs } from '../../graphql/connection';
import { LeadFilter } from '../leads/leads.types';
import { IdempotencyKeyField } from '../idempotency/idempotency-key.arg';
import { SmsCampaign } from './sms-campaign.entity';

@InputType({ description: 'A text to an audience of leads. Only leads with a phone and SMS consent are texted; opted-out numbers are skipped.' })
export class CampaignInput {
  @Field({ description: 'For admins: what the campaign was about, 1 to 100 characters.' })
  @Length(1, 100, { message: 'name must be 1 to 100 characters long' })
  name: string;

  @Field({ description: 'The text, 1 to 1600 characters, with optional fields {name}, {first_name}, {zip} (fallback: {first_name|there}).' })
  @Length(1, 1600, { message: 'message must be 1 to 1600 characters long' })
  message: string;

  @Field(() => LeadFilter, { nullable: true, description: 'Who gets it (leadCampaignAudienceCount(filter) gives the exact count).' })
  filter?: LeadFilter | null;

  @Field(() => Int, { nullable: true, description: 'Texts per second, at most SMS_CAMPAIGN_RATE (the default).' })
  @Min(1, { message: 'ratePerSecond must be at least 1' })
  @Max(1000, { message: 'ratePerSecond must be at most 1000' })
  ratePerSecond?: number | null;

  @IdempotencyKeyField()
  idempotencyKey?: string | null;
}

@ObjectType({ description: "A campaign's recipients by status (one row per lead, written before the first text)." })
export class CampaignStats {
  @Field(() => Int)
  recipients: number;

  @Field(() => Int, { description: 'Not texted yet.' })
  pending: number;

  @Field(() => Int, { description: 'Accepted by Twilio (or kept in the outbox without Twilio), delivered included.' })
  sent: number;

  @Field(() => Int, { description: 'Of the sent, confirmed delivered by Twilio.' })
  delivered: number;

  @Field(() => Int)
  failed: number;

  @Field(() => Int, { description: 'Opted out: never texted.' })
  skipped: number;
}

@ObjectType()
export class SmsCampaignConnection extends Connection(SmsCampaign) {}

@ArgsType()
export class SmsCampaignsArgs extends PageArgs {}

@ArgsType()
export class SmsCampaignArgs {
  @Field(() => ID)
  id: string;
}
