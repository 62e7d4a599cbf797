import type { SerializeOptions } from 'cookie';
import type { Context } from '../../graphql/context';
import type { AuthPayload } from './auth.types';
import type { Session } from './sessions.service';

/**
 * The refresh token lives only in this cookie: httpOnly (no script can read it), SameSite=Strict
 * (no other site can make the browser send it) and scoped to /graphql.
 */
export const REFRESH_COOKIE = 'matchday_refresh';

function cookieOptions(ctx: Context): SerializeOptions {
  return {
    httpOnly: true,
    sameSite: 'strict',
    path: '/graphql',
    secure: ctx.services.infra.config.publicUrl.startsWith('https:'),
  };
}

export function readRefreshCookie(ctx: Context): string | null {
  return ctx.http?.cookie(REFRESH_COOKIE) || null;
}

/** Sets the session's refresh cookie (HTTP only: a websocket has no response to carry it) and returns the payload. */
export function withRefreshCookie(ctx: Context, session: Session): AuthPayload {
  const maxAge = ctx.services.infra.config.refreshTokenTtlDays * 86_400;
  ctx.http?.setCookie(REFRESH_COOKIE, session.refreshToken, { ...cookieOptions(ctx), maxAge, expires: new Date(Date.now() + maxAge * 1000) });
  return { accessToken: session.accessToken, accessTokenExpiresAt: session.accessTokenExpiresAt, user: session.user };
}

export function clearRefreshCookie(ctx: Context): void {
  ctx.http?.setCookie(REFRESH_COOKIE, '', { ...cookieOptions(ctx), expires: new Date(0) });
}
