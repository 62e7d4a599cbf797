import { Arg, Args, Ctx, Mutation, Resolver } from 'type-graphql';
import type { Context } from '../../graphql/context';
import { AuthPayload, RegisterInput, RequestPasswordResetArgs, ResetPasswordArgs, SignInInput } from './auth.types';
import { clearRefreshCookie, readRefreshCookie, withRefreshCookie } from './session-cookie';

// Every operation here is public on purpose: they are how a caller without a session gets one.
@Resolver()
export class AuthResolver {
  @Mutation(() => AuthPayload, { description: 'Creates a fan account and signs it in.' })
  async register(@Arg('input') input: RegisterInput, @Ctx() ctx: Context) {
    return withRefreshCookie(ctx, await ctx.services.registration.register(input, ctx.actor));
  }

  @Mutation(() => AuthPayload, { description: 'Five failures in a row lock the account for a while (FORBIDDEN, reason ACCOUNT_LOCKED).' })
  async signIn(@Arg('input') input: SignInInput, @Ctx() ctx: Context) {
    return withRefreshCookie(ctx, await ctx.services.signIn.signIn(input, ctx.actor));
  }

  @Mutation(() => AuthPayload, { description: 'Rotates the refresh token held in the httpOnly matchday_refresh cookie and returns a new access token.' })
  async refreshSession(@Ctx() ctx: Context) {
    return withRefreshCookie(ctx, await ctx.services.sessions.refresh(readRefreshCookie(ctx), ctx.actor));
  }

  @Mutation(() => Boolean, { description: 'Ends the session of the refresh cookie (works after the access token expired).' })
  async signOut(@Ctx() ctx: Context) {
    await ctx.services.sessions.end(readRefreshCookie(ctx), ctx.actor);
    clearRefreshCookie(ctx);
    return true;
  }

  @Mutation(() => Boolean, { description: 'Mails a reset link; the same answer whether or not the email has an account.' })
  requestPasswordReset(@Args() { email }: RequestPasswordResetArgs, @Ctx() ctx: Context) {
    return ctx.services.passwordReset.request(email, ctx.actor);
  }

  @Mutation(() => Boolean, { description: 'Sets a new password with the token from the reset link, and signs out every session.' })
  resetPassword(@Args() { token, newPassword }: ResetPasswordArgs, @Ctx() ctx: Context) {
    return ctx.services.passwordReset.reset(token, newPassword, ctx.actor);
  }
}
