import { IsUUID, Max, Min } from 'class-validator';
import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { IdempotencyKeyField } from '../idempotency/idempotency-key.arg';

@InputType('LeadImportMappingInput', { description: 'Which column (0-based index) holds each field; leave out what the file lacks. Email or phone is required.' })
@ObjectType('LeadImportMapping', { description: 'Which column (0-based index) holds each field.' })
export class LeadImportMapping {
  @Field(() => Int, { nullable: true })
  @Min(0)
  @Max(1000)
  name?: number | null;

  @Field(() => Int, { nullable: true })
  @Min(0)
  @Max(1000)
  email?: number | null;

  @Field(() => Int, { nullable: true })
  @Min(0)
  @Max(1000)
  phone?: number | null;

  @Field(() => Int, { nullable: true })
  @Min(0)
  @Max(1000)
  zip?: number | null;

  @Field(() => Int, { nullable: true, description: 'Interest keys or labels separated by , ; or |.' })
  @Min(0)
  @Max(1000)
  interests?: number | null;
}

@ObjectType({ description: 'The first rows of an uploaded CSV, for mapping its columns.' })
export class LeadImportPreview {
  @Field(() => ID)
  uploadId: string;

  @Field()
  filename: string;

  @Field(() => [String], { description: 'The first row (usually the header).' })
  headers: string[];

  @Field(() => [[String]], { description: 'The rows after the first.' })
  rows: string[][];

  @Field(() => LeadImportMapping, { description: 'A guess from the header names.' })
  suggestedMapping: LeadImportMapping;
}

@InputType({ description: 'Starts the import of an uploaded CSV (POST /uploads/leads) with the column mapping chosen in the app.' })
export class LeadImportInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'uploadId must be an upload id' })
  uploadId: string;

  @Field(() => LeadImportMapping)
  mapping: LeadImportMapping;

  @Field({ defaultValue: true, description: 'The first row is a header, not a lead.' })
  hasHeader: boolean;

  @Field({ defaultValue: false, description: 'The admin confirms the people in the file agreed to receive texts (recorded as their consent).' })
  consentSms: boolean;

  @Field(() => ID, { nullable: true, description: 'Record the imported leads as signed up for this event.' })
  @IsUUID('all', { message: 'eventId must be an event id' })
  eventId?: string | null;

  @IdempotencyKeyField()
  idempotencyKey?: string | null;
}
