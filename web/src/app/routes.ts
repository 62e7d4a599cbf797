import type { ComponentType } from 'react';
import { AuditLogPage } from '../admin/audit/AuditLogPage';
import { JobsPage } from '../admin/jobs/JobsPage';
import { MailOutboxPage } from '../admin/mail/MailOutboxPage';
import { UsersPage } from '../admin/users/UsersPage';
import { AccountPage } from '../fan/account/AccountPage';
import { ForgotPasswordPage } from '../fan/auth/ForgotPasswordPage';
import { RegisterPage } from '../fan/auth/RegisterPage';
import { ResetPasswordPage } from '../fan/auth/ResetPasswordPage';
import { SignInPage } from '../fan/auth/SignInPage';
import { HomePage } from '../fan/home/HomePage';
import { ADMIN, type Access } from './access';

export interface AppRoute {
  path: string;
  page: ComponentType;
  access: Access;
  /** 'fan' pages sit in the top bar, 'admin' pages in the Admin section's tabs. */
  area: 'fan' | 'admin';
  /** The navigation entry's label; pages without one are reached by links. */
  nav?: string;
}

/**
 * Every page of the app, in navigation order. A new page is one line here: the router, the
 * access check and the navigation all read this list.
 */
export const appRoutes: AppRoute[] = [
  { path: '/', page: HomePage, access: 'public', area: 'fan', nav: 'Home' },
  { path: '/account', page: AccountPage, access: 'signedIn', area: 'fan', nav: 'My account' },
  { path: '/sign-in', page: SignInPage, access: 'guest', area: 'fan' },
  { path: '/register', page: RegisterPage, access: 'guest', area: 'fan' },
  { path: '/forgot-password', page: ForgotPasswordPage, access: 'guest', area: 'fan' },
  { path: '/reset-password', page: ResetPasswordPage, access: 'public', area: 'fan' },
  { path: '/admin/users', page: UsersPage, access: ADMIN, area: 'admin', nav: 'Users' },
  { path: '/admin/jobs', page: JobsPage, access: ADMIN, area: 'admin', nav: 'Jobs' },
  { path: '/admin/audit', page: AuditLogPage, access: ADMIN, area: 'admin', nav: 'Audit log' },
  { path: '/admin/mail', page: MailOutboxPage, access: ADMIN, area: 'admin', nav: 'Mail outbox' },
];
