import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

export enum LeadSource {
  SIGNUP = 'SIGNUP',
  IMPORT = 'IMPORT',
}
registerEnumType(LeadSource, { name: 'LeadSource', description: 'How the lead first reached Matchday: the public signup form or a CSV import.' });

/** A fan who left their details. One lead per email and per phone number (both unique). */
@ObjectType({ description: 'A fan who left their details on the signup form or came in through a CSV import. Admins only.' })
@Entity('leads')
export class Lead {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Field(() => String, { nullable: true, description: 'May be missing for imported leads.' })
  @Column({ type: 'text', nullable: true })
  name: string | null;

  @Field(() => String, { nullable: true, description: 'Lower-cased; unique among leads.' })
  @Column({ type: 'text', nullable: true })
  email: string | null;

  @Field(() => String, { nullable: true, description: 'E.164, e.g. +14155552671; unique among leads.' })
  @Column({ type: 'text', nullable: true })
  phone: string | null;

  @Field(() => String, { nullable: true, description: 'Postcode or ZIP as typed (trimmed, upper-cased).' })
  @Column({ type: 'text', nullable: true })
  zip: string | null;

  @Field(() => [String], { description: 'Keys of the LeadInterest choices the lead ticked.' })
  @Column({ type: 'text', array: true, default: '{}' })
  interests: string[];

  @Field(() => [ID], { description: 'The events whose signup form the lead used (empty for the general form).' })
  @Column({ type: 'uuid', array: true, default: '{}' })
  eventIds: string[];

  @Field(() => LeadSource)
  @Column({ type: 'enum', enum: LeadSource, enumName: 'lead_source', default: LeadSource.SIGNUP })
  source: LeadSource;

  @Field({ description: 'The lead agreed to receive texts (see consentText, consentAt, consentIp).' })
  @Column({ type: 'boolean', default: false })
  consentSms: boolean;

  @Field(() => String, { nullable: true, description: 'The exact consent wording the lead agreed to.' })
  @Column({ type: 'text', nullable: true })
  consentText: string | null;

  @Field(() => Date, { nullable: true })
  @Column({ type: 'timestamptz', nullable: true })
  consentAt: Date | null;

  @Field(() => String, { nullable: true, description: 'The IP address the consent came from (null for imports).' })
  @Column({ type: 'text', nullable: true })
  consentIp: string | null;

  @Field({ description: 'The number texted STOP (or similar): Matchday never texts it until it texts START.' })
  @Column({ type: 'boolean', default: false })
  optedOut: boolean;

  @Field()
  @CreateDateColumn({ type: 'timestamptz', precision: 3 })
  createdAt: Date;

  @Field()
  @UpdateDateColumn({ type: 'timestamptz', precision: 3 })
  updatedAt: Date;
}
