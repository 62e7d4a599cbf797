import { IsEmail, IsNotEmpty, Matches, MaxLength } from 'class-validator';
import { ArgsType, Field, InputType, ObjectType } from 'type-graphql';
import { User } from '../users/user.entity';

const EMAIL_MESSAGE = 'email must be a valid email address.';

@InputType()
export class RegisterInput {
  @Field()
  @IsEmail({}, { message: EMAIL_MESSAGE })
  @MaxLength(254, { message: 'email must be at most 254 characters long.' })
  email: string;

  /** Checked against the password policy (passwords.ts) by the service, which also knows the email. */
  @Field()
  password: string;

  @Field()
  @Matches(/\S/, { message: 'name must not be empty.' })
  @MaxLength(100, { message: 'name must be at most 100 characters long.' })
  name: string;
}

@InputType()
export class SignInInput {
  @Field()
  @IsEmail({}, { message: EMAIL_MESSAGE })
  @MaxLength(254, { message: 'email must be at most 254 characters long.' })
  email: string;

  @Field()
  @IsNotEmpty({ message: 'password must not be empty.' })
  @MaxLength(256, { message: 'password must be at most 256 characters long.' })
  password: string;
}

@ObjectType({ description: 'A signed-in session. The refresh token travels only in the httpOnly matchday_refresh cookie.' })
export class AuthPayload {
  @Field({ description: 'Send as "Authorization: Bearer <accessToken>"; short-lived, renew it with refreshSession.' })
  accessToken: string;

  @Field({ description: 'When accessToken stops working: refresh a little before.' })
  accessTokenExpiresAt: Date;

  @Field(() => User)
  user: User;
}

@ArgsType()
export class RequestPasswordResetArgs {
  @Field()
  @IsEmail({}, { message: EMAIL_MESSAGE })
  @MaxLength(254, { message: 'email must be at most 254 characters long.' })
  email: string;
}

@ArgsType()
export class ResetPasswordArgs {
  @Field({ description: 'The token from the reset link.' })
  @IsNotEmpty({ message: 'token must not be empty.' })
  @MaxLength(200, { message: 'token is not a reset token.' })
  token: string;

  /** Checked against the password policy by the service, which knows the account's email. */
  @Field()
  newPassword: string;
}
