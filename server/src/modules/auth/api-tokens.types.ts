import { IsUUID, Matches, MaxLength } from 'class-validator';
import { ArgsType, Field, ID, ObjectType } from 'type-graphql';
import { ApiToken } from './api-token.entity';

@ArgsType()
export class CreateApiTokenArgs {
  @Field({ description: 'What the token is for, e.g. "CRM sync" (1 to 100 characters).' })
  @Matches(/\S/, { message: 'name must not be empty.' })
  @MaxLength(100, { message: 'name must be at most 100 characters long.' })
  name: string;
}

@ArgsType()
export class RevokeApiTokenArgs {
  @Field(() => ID)
  @IsUUID('all', { message: 'id must be an API token id.' })
  id: string;
}

@ObjectType()
export class ApiTokenPayload {
  @Field({ description: 'The secret, shown only now: store it. Send it as "Authorization: Bearer <token>".' })
  token: string;

  @Field(() => ApiToken)
  apiToken: ApiToken;
}
