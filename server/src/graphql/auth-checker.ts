import type { AuthCheckerFn } from 'type-graphql';
import type { Role } from '../modules/users/user.entity';
import type { Context } from './context';
import { forbidden, unauthenticated } from './errors';

/** `@Authorized()` means signed in; `@Authorized(Role.ADMIN, …)` means one of those roles. */
export const authChecker: AuthCheckerFn<Context, Role> = ({ context }, roles) => {
  if (!context.viewer) throw unauthenticated();
  if (roles.length > 0 && !roles.includes(context.viewer.user.role)) throw forbidden();
  return true;
};
