import { Arg, Args, Authorized, Ctx, FieldResolver, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../graphql/context';
import { Lead } from '../leads/lead.entity';
import { Role, User } from '../users/user.entity';
import { countSegments } from './sms-segments';
import { SmsMessage } from './sms-message.entity';
import { ReplyToLeadArgs, SmsMessageConnection, SmsMessagesArgs, SmsOutboxArgs, SmsSegmentInfo } from './sms.types';

@Resolver(() => SmsMessage)
export class SmsResolver {
  @Authorized(Role.ADMIN)
  @Query(() => SmsMessageConnection, { description: 'Outbound texts, newest first. Without Twilio settings they stay here (status CAPTURED) instead of being sent.' })
  smsOutbox(@Args() args: SmsOutboxArgs, @Ctx() { services }: Context) {
    return services.sms.outboxPage(args);
  }

  @Authorized(Role.ADMIN)
  @Query(() => SmsMessageConnection, { description: 'All texts, newest first; direction: INBOUND is the inbox.' })
  smsMessages(@Args() args: SmsMessagesArgs, @Ctx() { services }: Context) {
    return services.sms.list(args);
  }

  @Authorized(Role.ADMIN)
  @Query(() => SmsSegmentInfo, { description: 'Length, encoding and segment count of a text, for the campaign and reply editors.' })
  smsSegments(@Arg('message') message: string) {
    return countSegments(message);
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => SmsMessage, { description: 'Texts a lead from the app (never an opted-out number). Sent through the outbox within a moment.' })
  replyToLead(@Args() { leadId, body }: ReplyToLeadArgs, @Ctx() ctx: Context) {
    return ctx.services.sms.reply(ctx.actor, leadId, body);
  }

  @FieldResolver(() => Lead, { nullable: true })
  lead(@Root() message: SmsMessage, @Ctx() { loaders }: Context) {
    return message.leadId ? loaders.leadById.load(message.leadId) : null;
  }

  @FieldResolver(() => User, { nullable: true, description: 'The admin who wrote a REPLY.' })
  sender(@Root() message: SmsMessage, @Ctx() { loaders }: Context) {
    return message.sentBy ? loaders.userById.load(message.sentBy) : null;
  }
}
