import type { Role } from '../generated/graphql';
import type { Viewer } from '../graphql/session';

/**
 * Who may open a page: anyone, only signed-out visitors (sign-in, register), any signed-in user,
 * or users with one of the listed roles. The server enforces the same rules on every operation;
 * this only decides what to show.
 */
export type Access = 'public' | 'guest' | 'signedIn' | readonly Role[];

export const ADMIN: readonly Role[] = ['ADMIN'];
/** The door: volunteers check tickets in, and admins can too. */
export const DOOR: readonly Role[] = ['ADMIN', 'VOLUNTEER'];

export function mayOpen(access: Access, viewer: Viewer | null): boolean {
  if (access === 'public') return true;
  if (access === 'guest') return !viewer;
  if (access === 'signedIn') return !!viewer;
  return !!viewer && access.includes(viewer.role);
}
