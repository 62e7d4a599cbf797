import { GraphQLJSONObject } from 'graphql-scalars';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** One campaign send. Its recipients are sms_messages rows (one per lead), written before the first text. */
@ObjectType({ description: 'A text sent to an audience of leads. Per-recipient status is in its messages.' })
@Entity('sms_campaigns')
export class SmsCampaign {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Field()
  @Column({ type: 'text' })
  name: string;

  @Field({ description: 'The message template, with {name}-style fields.' })
  @Column({ type: 'text' })
  body: string;

  @Field(() => GraphQLJSONObject, { description: 'The LeadFilter that chose the audience.' })
  @Column({ type: 'jsonb', default: {} })
  filter: Record<string, unknown>;

  @Field(() => Int, { description: 'Texts per second at most.' })
  @Column({ type: 'int' })
  ratePerSecond: number;

  @Field(() => ID, { nullable: true, description: 'The job sending it (see job(id) and jobUpdated).' })
  @Column({ type: 'uuid', nullable: true })
  jobId: string | null;

  @Field(() => ID, { nullable: true })
  @Column({ type: 'uuid', nullable: true })
  createdBy: string | null;

  /** Set once every recipient row exists, so a resumed run never picks the audience again. */
  @Column({ type: 'timestamptz', nullable: true })
  recipientsWrittenAt: Date | null;

  @Field()
  @CreateDateColumn({ type: 'timestamptz', precision: 3 })
  createdAt: Date;
}
