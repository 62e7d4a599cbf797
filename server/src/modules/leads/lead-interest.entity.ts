import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** A choice admins offer on the signup form ("Match tickets", "Kids' club"…). Leads store its key. */
@ObjectType({ description: 'An interest a fan can tick on the signup form; admins manage the list.' })
@Entity('lead_interests')
export class LeadInterest {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Field({ description: 'Stable key stored on leads and sent in LeadSignupInput.interests, e.g. "match-tickets".' })
  @Column({ type: 'text', unique: true })
  key: string;

  @Field({ description: 'What the form shows.' })
  @Column({ type: 'text' })
  label: string;

  @Field(() => Int, { description: 'Order on the form, smallest first.' })
  @Column({ type: 'int', default: 0 })
  position: number;

  @Field(() => Date, { nullable: true, description: 'Archived choices leave the form; leads keep them.' })
  @Column({ type: 'timestamptz', nullable: true })
  archivedAt: Date | null;

  @Field()
  @CreateDateColumn({ type: 'timestamptz', precision: 3 })
  createdAt: Date;
}
