import { Max, Min } from 'class-validator';
import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';

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
