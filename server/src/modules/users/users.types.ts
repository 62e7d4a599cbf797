import { MaxLength } from 'class-validator';
import { ArgsType, Field, ObjectType } from 'type-graphql';
import { Connection, SyncPageArgs } from '../../graphql/connection';
import { Role, User } from './user.entity';

@ObjectType()
export class UserConnection extends Connection(User) {}

@ArgsType()
export class UsersArgs extends SyncPageArgs {
  @Field(() => String, { nullable: true, description: 'Matches part of a name or email, ignoring case.' })
  @MaxLength(200)
  search?: string;

  @Field(() => Role, { nullable: true })
  role?: Role;
}

