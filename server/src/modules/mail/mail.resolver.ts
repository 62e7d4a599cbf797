import { Args, Authorized, Ctx, Query, Resolver } from 'type-graphql';
import type { Context } from '../../graphql/context';
import { Role } from '../users/user.entity';
import { MailMessage } from './mail-message.entity';
import { MailMessageConnection, MailOutboxArgs } from './mail.types';

@Resolver(() => MailMessage)
export class MailResolver {
  @Authorized(Role.ADMIN)
  @Query(() => MailMessageConnection, { description: 'Every message Matchday sent or kept in its outbox, newest first.' })
  mailOutbox(@Args() args: MailOutboxArgs, @Ctx() { services }: Context) {
    return services.mail.list(args);
  }
}
