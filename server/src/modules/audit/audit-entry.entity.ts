import { GraphQLJSONObject } from 'graphql-scalars';
import { Field, ID, ObjectType } from 'type-graphql';
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** One admin action or security event. Append-only: nothing updates or deletes a row. */
@ObjectType()
@Entity('audit_entries')
export class AuditEntry {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Field({ description: 'What happened, e.g. auth.sign_in_failed, user.role_changed, job.export_started.' })
  @Column({ type: 'text' })
  action: string;

  @Field(() => ID, { nullable: true, description: 'Who did it; null for an anonymous caller or the system.' })
  @Column({ type: 'uuid', nullable: true })
  actorId: string | null;

  @Field(() => String, { nullable: true, description: 'The kind of thing acted on, e.g. User, Job, ApiToken.' })
  @Column({ type: 'text', nullable: true })
  targetType: string | null;

  @Field(() => ID, { nullable: true })
  @Column({ type: 'text', nullable: true })
  targetId: string | null;

  @Field(() => String, { nullable: true })
  @Column({ type: 'text', nullable: true })
  ip: string | null;

  @Field(() => GraphQLJSONObject, { description: 'Details of the change (never a password or token).' })
  @Column({ type: 'jsonb', default: {} })
  details: Record<string, unknown>;

  @Field()
  @CreateDateColumn({ type: 'timestamptz', precision: 3 })
  createdAt: Date;
}
