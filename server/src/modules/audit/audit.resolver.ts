import { Args, Authorized, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../graphql/context';
import { Role, User } from '../users/user.entity';
import { AuditEntry } from './audit-entry.entity';
import { AuditEntryConnection, AuditLogArgs } from './audit.types';

@Resolver(() => AuditEntry)
export class AuditResolver {
  @Authorized(Role.ADMIN)
  @Query(() => AuditEntryConnection, { description: 'Admin actions and security events, newest first.' })
  auditLog(@Args() args: AuditLogArgs, @Ctx() { services }: Context) {
    return services.audit.list(args);
  }

  @FieldResolver(() => User, { nullable: true })
  actor(@Root() entry: AuditEntry, @Ctx() { loaders }: Context) {
    return entry.actorId ? loaders.userById.load(entry.actorId) : null;
  }
}
