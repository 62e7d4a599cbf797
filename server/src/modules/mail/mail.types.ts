import { IsEmail } from 'class-validator';
import { ArgsType, Field, ObjectType } from 'type-graphql';
import { Connection, PageArgs } from '../../graphql/connection';
import { MailMessage } from './mail-message.entity';

@ObjectType()
export class MailMessageConnection extends Connection(MailMessage) {}

@ArgsType()
export class MailOutboxArgs extends PageArgs {
  @Field(() => String, { nullable: true, description: 'Only messages to this address (ignoring case).' })
  @IsEmail({}, { message: 'to must be an email address.' })
  to?: string;
}
