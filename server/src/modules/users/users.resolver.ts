import { Arg, Args, Authorized, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import type { Context } from '../../graphql/context';
import { Role, User, UserStatus } from './user.entity';
import { UserConnection, UsersArgs } from './users.types';

@Resolver(() => User)
export class UsersResolver {
  @Query(() => User, { nullable: true, description: 'The signed-in user, or null.' })
  me(@Ctx() { viewer }: Context) {
    return viewer?.user ?? null;
  }

  @Authorized(Role.ADMIN)
  @Query(() => UserConnection)
  users(@Args() args: UsersArgs, @Ctx() { services }: Context) {
    return services.users.list(args);
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => User)
  setUserRole(@Arg('userId', () => ID) userId: string, @Arg('role', () => Role) role: Role, @Ctx() ctx: Context) {
    return ctx.services.users.setRole(ctx.actor, userId, role);
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => User, { description: 'DISABLED and BANNED users cannot sign in, and their existing tokens stop working at once.' })
  setUserStatus(@Arg('userId', () => ID) userId: string, @Arg('status', () => UserStatus) status: UserStatus, @Ctx() ctx: Context) {
    return ctx.services.users.setStatus(ctx.actor, userId, status);
  }
}
