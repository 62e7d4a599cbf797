import { IsUUID, Length, MaxLength } from 'class-validator';
import { ArgsType, Field, ID, Int, ObjectType } from 'type-graphql';
import { Connection, PageArgs } from '../../graphql/connection';
import { SmsDirection, SmsMessage, SmsStatus } from './sms-message.entity';

@ObjectType()
export class SmsMessageConnection extends Connection(SmsMessage) {}

@ArgsType()
export class SmsOutboxArgs extends PageArgs {
  @Field(() => String, { nullable: true, description: 'Only texts to this number (E.164).' })
  @MaxLength(30)
  to?: string | null;
}

@ArgsType()
export class SmsMessagesArgs extends PageArgs {
  @Field(() => SmsDirection, { nullable: true })
  direction?: SmsDirection | null;

  @Field(() => SmsStatus, { nullable: true })
  status?: SmsStatus | null;

  @Field(() => String, { nullable: true, description: 'Texts to or from this number (E.164).' })
  @MaxLength(30)
  phone?: string | null;

  @Field(() => ID, { nullable: true })
  @IsUUID('all', { message: 'campaignId must be a campaign id' })
  campaignId?: string | null;
}

@ArgsType()
export class ReplyToLeadArgs {
  @Field(() => ID)
  @IsUUID('all', { message: 'leadId must be a lead id' })
  leadId: string;

  @Field({ description: '1 to 1600 characters (Twilio’s limit).' })
  @Length(1, 1600, { message: 'body must be 1 to 1600 characters long' })
  body: string;
}

@ObjectType({ description: 'What a text costs: encoding and segments (GSM-7: 160, then 153 per segment; UCS-2: 70, then 67).' })
export class SmsSegmentInfo {
  @Field({ description: 'GSM7 or UCS2 (any character outside GSM-7, e.g. an emoji, makes the whole text UCS2).' })
  encoding: string;

  @Field(() => Int)
  characters: number;

  @Field(() => Int, { description: 'Septets (GSM7) or UTF-16 units (UCS2).' })
  units: number;

  @Field(() => Int)
  segments: number;

  @Field(() => Int)
  unitsPerSegment: number;

  @Field(() => Int, { description: 'Units left before another segment starts.' })
  remainingInSegment: number;
}
