import type { ComponentType } from 'react';
import { DashboardPage } from '../admin/dashboard/DashboardPage';
import { PlansPage } from '../admin/plans/PlansPage';
import { AuditLogPage } from '../admin/audit/AuditLogPage';
import { AdminEventsPage } from '../admin/events/AdminEventsPage';
import { EventAttendeesPage } from '../admin/events/EventAttendeesPage';
import { EventFormPage } from '../admin/events/EventFormPage';
import { EventOrdersPage } from '../admin/events/EventOrdersPage';
import { EventOverviewPage } from '../admin/events/EventOverviewPage';
import { EventTicketsPage } from '../admin/events/EventTicketsPage';
import { JobsPage } from '../admin/jobs/JobsPage';
import { InterestsPage } from '../admin/leads/InterestsPage';
import { LeadDetailPage } from '../admin/leads/LeadDetailPage';
import { LeadImportPage } from '../admin/leads/LeadImportPage';
import { LeadsPage } from '../admin/leads/LeadsPage';
import { MailOutboxPage } from '../admin/mail/MailOutboxPage';
import { CampaignPage } from '../admin/sms/CampaignPage';
import { CampaignsPage } from '../admin/sms/CampaignsPage';
import { NewCampaignPage } from '../admin/sms/NewCampaignPage';
import { SmsOutboxPage } from '../admin/sms/SmsOutboxPage';
import { AdminOrderPage } from '../admin/orders/AdminOrderPage';
import { UsersPage } from '../admin/users/UsersPage';
import { WebhookEndpointPage } from '../admin/webhooks/WebhookEndpointPage';
import { WebhooksPage } from '../admin/webhooks/WebhooksPage';
import { DoorPage } from '../door/DoorPage';
import { OpenExplorerPage } from './OpenExplorerPage';
import { AccountPage } from '../fan/account/AccountPage';
import { ForgotPasswordPage } from '../fan/auth/ForgotPasswordPage';
import { RegisterPage } from '../fan/auth/RegisterPage';
import { ResetPasswordPage } from '../fan/auth/ResetPasswordPage';
import { SignInPage } from '../fan/auth/SignInPage';
import { EventPage } from '../fan/events/EventPage';
import { EventsPage } from '../fan/events/EventsPage';
import { HomePage } from '../fan/home/HomePage';
import { MembershipPage } from '../fan/membership/MembershipPage';
import { TestBillingPortalPage } from '../fan/membership/TestBillingPortalPage';
import { TestMembershipCheckoutPage } from '../fan/membership/TestMembershipCheckoutPage';
import { MyOrdersPage } from '../fan/orders/MyOrdersPage';
import { OrderPage } from '../fan/orders/OrderPage';
import { TestCheckoutPage } from '../fan/orders/TestCheckoutPage';
import { SignupPage } from '../fan/signup/SignupPage';
import { MyTicketsPage } from '../fan/tickets/MyTicketsPage';
import { ADMIN, DOOR, type Access } from './access';

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
  { path: '/events', page: EventsPage, access: 'public', area: 'fan', nav: 'Events' },
  { path: '/events/:id', page: EventPage, access: 'public', area: 'fan' },
  { path: '/membership', page: MembershipPage, access: 'public', area: 'fan', nav: 'Membership' },
  { path: '/test-checkout/membership/:id', page: TestMembershipCheckoutPage, access: 'signedIn', area: 'fan' },
  { path: '/test-billing-portal', page: TestBillingPortalPage, access: 'signedIn', area: 'fan' },
  { path: '/tickets', page: MyTicketsPage, access: 'signedIn', area: 'fan', nav: 'My tickets' },
  { path: '/orders', page: MyOrdersPage, access: 'signedIn', area: 'fan', nav: 'My orders' },
  { path: '/orders/:id', page: OrderPage, access: 'signedIn', area: 'fan' },
  { path: '/test-checkout/:orderId', page: TestCheckoutPage, access: 'signedIn', area: 'fan' },
  { path: '/door', page: DoorPage, access: DOOR, area: 'fan', nav: 'Door' },
  { path: '/account', page: AccountPage, access: 'signedIn', area: 'fan', nav: 'My account' },
  { path: '/graphql', page: OpenExplorerPage, access: 'signedIn', area: 'fan' },
  { path: '/signup', page: SignupPage, access: 'public', area: 'fan', nav: 'Sign up' },
  { path: '/signup/:eventId', page: SignupPage, access: 'public', area: 'fan' },
  { path: '/sign-in', page: SignInPage, access: 'guest', area: 'fan' },
  { path: '/register', page: RegisterPage, access: 'guest', area: 'fan' },
  { path: '/forgot-password', page: ForgotPasswordPage, access: 'guest', area: 'fan' },
  { path: '/reset-password', page: ResetPasswordPage, access: 'public', area: 'fan' },
  { path: '/admin/dashboard', page: DashboardPage, access: ADMIN, area: 'admin', nav: 'Dashboard' },
  { path: '/admin/events', page: AdminEventsPage, access: ADMIN, area: 'admin', nav: 'Events' },
  { path: '/admin/events/new', page: EventFormPage, access: ADMIN, area: 'admin' },
  { path: '/admin/events/:id', page: EventOverviewPage, access: ADMIN, area: 'admin' },
  { path: '/admin/events/:id/edit', page: EventFormPage, access: ADMIN, area: 'admin' },
  { path: '/admin/events/:id/tickets', page: EventTicketsPage, access: ADMIN, area: 'admin' },
  { path: '/admin/events/:id/orders', page: EventOrdersPage, access: ADMIN, area: 'admin' },
  { path: '/admin/events/:id/attendees', page: EventAttendeesPage, access: ADMIN, area: 'admin' },
  { path: '/admin/orders/:id', page: AdminOrderPage, access: ADMIN, area: 'admin' },
  { path: '/admin/plans', page: PlansPage, access: ADMIN, area: 'admin', nav: 'Plans' },
  { path: '/admin/users', page: UsersPage, access: ADMIN, area: 'admin', nav: 'Users' },
  { path: '/admin/jobs', page: JobsPage, access: ADMIN, area: 'admin', nav: 'Jobs' },
  { path: '/admin/audit', page: AuditLogPage, access: ADMIN, area: 'admin', nav: 'Audit log' },
  { path: '/admin/webhooks', page: WebhooksPage, access: ADMIN, area: 'admin', nav: 'Webhooks' },
  { path: '/admin/webhooks/:id', page: WebhookEndpointPage, access: ADMIN, area: 'admin' },
  { path: '/admin/mail', page: MailOutboxPage, access: ADMIN, area: 'admin', nav: 'Mail outbox' },
  { path: '/admin/leads', page: LeadsPage, access: ADMIN, area: 'admin', nav: 'Leads' },
  { path: '/admin/leads/import', page: LeadImportPage, access: ADMIN, area: 'admin' },
  { path: '/admin/leads/interests', page: InterestsPage, access: ADMIN, area: 'admin' },
  { path: '/admin/leads/:id', page: LeadDetailPage, access: ADMIN, area: 'admin' },
  { path: '/admin/campaigns', page: CampaignsPage, access: ADMIN, area: 'admin', nav: 'Campaigns' },
  { path: '/admin/campaigns/new', page: NewCampaignPage, access: ADMIN, area: 'admin' },
  { path: '/admin/campaigns/:id', page: CampaignPage, access: ADMIN, area: 'admin' },
  { path: '/admin/sms', page: SmsOutboxPage, access: ADMIN, area: 'admin', nav: 'SMS outbox' },
];
