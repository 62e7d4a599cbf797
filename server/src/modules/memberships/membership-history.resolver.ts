import { Args, Authorized, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../graphql/context';
import { Role, User } from '../users/user.entity';
import { MembershipEvent } from './membership-event.entity';
import { MembershipEventConnection, MembershipHistoryArgs } from './memberships.types';
import { Plan } from './plan.entity';

@Resolver(() => MembershipEvent)
export class MembershipHistoryResolver {
  @Authorized(Role.ADMIN)
  @Query(() => MembershipEventConnection, { description: 'The append-only membership history every membership figure is computed from, newest first (admin).' })
  membershipHistory(@Args() args: MembershipHistoryArgs, @Ctx() { services }: Context) {
    return services.memberships.history(args);
  }

  @FieldResolver(() => User, { nullable: true })
  user(@Root() event: MembershipEvent, @Ctx() { loaders }: Context) {
    return loaders.userById.load(event.userId);
  }

  @FieldResolver(() => Plan)
  plan(@Root() event: MembershipEvent, @Ctx() { loaders }: Context) {
    return loaders.planById.load(event.planId);
  }
}
