import { Args, Authorized, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import type { Context } from '../../graphql/context';
import { Role } from '../users/user.entity';
import { ApiToken } from './api-token.entity';
import { ApiTokenPayload, CreateApiTokenArgs, RevokeApiTokenArgs } from './api-tokens.types';

/** Any signed-in user manages their own API tokens; an admin may revoke anyone's. */
@Resolver(() => ApiToken)
export class ApiTokensResolver {
  @Authorized()
  @Query(() => [ApiToken], { description: "The viewer's API tokens, newest first (revoked ones too)." })
  myApiTokens(@Ctx() { services, viewer }: Context) {
    return services.apiTokens.listForUser(viewer!.user.id);
  }

  @Authorized()
  @Mutation(() => ApiTokenPayload, {
    description: 'The token is shown only in this answer; it is usable as a Bearer token. Only a signed-in session may create one (an API token gets FORBIDDEN).',
  })
  createApiToken(@Args() { name }: CreateApiTokenArgs, @Ctx() { services, viewer, actor }: Context) {
    return services.apiTokens.create({ id: viewer!.user.id, ip: actor.ip }, name, viewer!.via);
  }

  @Authorized()
  @Mutation(() => Boolean)
  revokeApiToken(@Args() { id }: RevokeApiTokenArgs, @Ctx() { services, viewer, actor }: Context) {
    return services.apiTokens.revoke(actor, id, { asAdmin: viewer!.user.role === Role.ADMIN });
  }
}
