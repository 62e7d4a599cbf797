import { IsUUID, Length, Matches, Max, MaxLength, Min } from 'class-validator';
import { ArgsType, Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { Event } from '../events/event.entity';
import { MAX_THREAD } from '../sms/sms.service';
import { Connection, SyncPageArgs } from '../../graphql/connection';
import { LeadInterest } from './lead-interest.entity';
import { Lead } from './lead.entity';

// Validated by SignUpLead (sign-up.ts), not by class-validator decorators.
@InputType({ description: 'What a fan types into the signup form. Email or phone is required; texting needs phone and consentSms.' })
export class LeadSignupInput {
  @Field({ description: '1 to 100 characters.' })
  name: string;

  @Field(() => String, { nullable: true })
  email?: string | null;

  @Field(() => String, { nullable: true, description: 'Any common format; read as a LEADS_DEFAULT_COUNTRY number unless it starts with +.' })
  phone?: string | null;

  @Field(() => String, { nullable: true, description: 'Postcode or ZIP.' })
  zip?: string | null;

  @Field(() => [String], { nullable: true, description: 'Keys from signupForm.interests.' })
  interests?: string[] | null;

  @Field({ description: 'The fan ticked the SMS consent box showing signupForm.consentText.' })
  consentSms: boolean;

  @Field(() => ID, { nullable: true, description: 'The (published) event whose signup form this is; null for the general form.' })
  eventId?: string | null;

  @Field(() => String, { nullable: true, description: 'A random string (8 to 100 characters) per form submission: a retry with the same key returns the first answer.' })
  idempotencyKey?: string | null;

  @Field(() => String, { nullable: true, description: 'Must stay empty. The form hides it from people; bots fill it in.' })
  website?: string | null;
}

@ObjectType({ description: 'The acknowledgement of a signup: it is stored for good once this is returned.' })
export class SignupReceipt {
  @Field(() => ID, { description: 'The receipt (not the lead). A retry with the same idempotencyKey returns the same one.' })
  id: string;

  @Field()
  receivedAt: Date;
}

@ObjectType({ description: 'What the public signup form shows.' })
export class SignupForm {
  @Field(() => ID, { nullable: true })
  eventId: string | null;

  @Field(() => Event, { nullable: true, description: 'The event whose form this is (title, venue, dates for the page).' })
  event: Event | null;

  @Field({ description: 'The SMS consent wording to show next to the box; it is stored with each lead that ticks it.' })
  consentText: string;

  @Field(() => [LeadInterest], { description: 'The interest choices, in order.' })
  interests: LeadInterest[];
}

@InputType({ description: 'Which leads: every field narrows the set; none means all leads.' })
export class LeadFilter {
  @Field(() => String, { nullable: true, description: 'Part of a name, email or phone number, ignoring case.' })
  @MaxLength(200)
  search?: string | null;

  @Field(() => ID, { nullable: true, description: 'Leads who used this event’s signup form.' })
  @IsUUID('all', { message: 'eventId must be an event id' })
  eventId?: string | null;

  @Field(() => String, { nullable: true, description: 'Leads who ticked this interest (a LeadInterest key).' })
  @MaxLength(100)
  interest?: string | null;

  @Field(() => Boolean, { nullable: true, description: 'true: can be texted (a phone, SMS consent, not opted out); false: cannot.' })
  optedIn?: boolean | null;

  @Field(() => Date, { nullable: true, description: 'Created at or after this time.' })
  createdFrom?: Date | null;

  @Field(() => Date, { nullable: true, description: 'Created before this time.' })
  createdTo?: Date | null;
}

@ArgsType()
export class LeadsArgs extends SyncPageArgs {
  @Field(() => String, { nullable: true, description: 'Part of a name, email or phone number, ignoring case.' })
  @MaxLength(200)
  search?: string | null;

  @Field(() => ID, { nullable: true })
  @IsUUID('all', { message: 'eventId must be an event id' })
  eventId?: string | null;

  @Field(() => Boolean, { nullable: true, description: 'true: can be texted (a phone, SMS consent, not opted out); false: cannot.' })
  optedIn?: boolean | null;

  @Field(() => String, { nullable: true, description: 'A LeadInterest key.' })
  @MaxLength(100)
  interest?: string | null;

  @Field(() => Date, { nullable: true })
  createdFrom?: Date | null;

  @Field(() => Date, { nullable: true })
  createdTo?: Date | null;
}

@ObjectType()
export class LeadConnection extends Connection(Lead) {}

@InputType()
export class LeadInterestInput {
  @Field({ description: 'What the form shows, 1 to 80 characters.' })
  @Length(1, 80, { message: 'label must be 1 to 80 characters long' })
  label: string;

  @Field(() => String, { nullable: true, description: 'Stable key (lower-case letters, digits, dashes); made from the label when left out. Cannot change later.' })
  @Matches(/^[a-z0-9][a-z0-9-]{0,49}$/, { message: 'key must be 1 to 50 lower-case letters, digits or dashes' })
  key?: string | null;

  @Field(() => Int, { nullable: true, description: 'Order on the form, smallest first.' })
  @Min(0)
  @Max(10_000)
  position?: number | null;
}

@InputType()
export class LeadInterestUpdateInput {
  @Field(() => String, { nullable: true })
  @Length(1, 80, { message: 'label must be 1 to 80 characters long' })
  label?: string | null;

  @Field(() => Int, { nullable: true })
  @Min(0)
  @Max(10_000)
  position?: number | null;

  @Field(() => Boolean, { nullable: true, description: 'true takes the choice off the form; false puts it back.' })
  archived?: boolean | null;
}

@ObjectType({ description: 'Who a campaign to a filter would reach right now.' })
export class CampaignAudienceCount {
  @Field(() => Int, { description: 'Leads matching the filter with a phone number and SMS consent.' })
  matching: number;

  @Field(() => Int, { description: 'Of those, numbers that opted out: the campaign skips them.' })
  optedOut: number;

  @Field(() => Int, { description: 'Texts the campaign would send: matching - optedOut.' })
  recipients: number;
}

@ArgsType()
export class LeadMessagesArgs {
  @Field(() => Int, { defaultValue: 50, description: `How many of the latest texts, 1 to ${MAX_THREAD}; oldest first.` })
  @Min(1)
  @Max(MAX_THREAD)
  last: number;
}
