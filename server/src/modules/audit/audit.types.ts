import { IsUUID } from 'class-validator';
import { ArgsType, Field, ID, ObjectType } from 'type-graphql';
import { Connection, PageArgs } from '../../graphql/connection';
import { AuditEntry } from './audit-entry.entity';

@ObjectType()
export class AuditEntryConnection extends Connection(AuditEntry) {}

@ArgsType()
export class AuditLogArgs extends PageArgs {
  @Field(() => String, { nullable: true, description: 'Only entries with exactly this action.' })
  action?: string;

  @Field(() => ID, { nullable: true, description: 'Only entries by this user.' })
  @IsUUID('all', { message: 'actorId must be a user id' })
  actorId?: string;
}
