/**
 * The module registry: every domain adds its entities, resolvers, HTTP routes (webhooks,
 * downloads) and background workers here, and nowhere else.
 */
import type { Router } from 'express';
import type { NonEmptyArray } from 'type-graphql';
import { downloadRoutes } from '../http/downloads';
import type { Services } from '../services';
import { AuditEntry } from './audit/audit-entry.entity';
import { AuditResolver } from './audit/audit.resolver';
import { ApiToken } from './auth/api-token.entity';
import { ApiTokensResolver } from './auth/api-tokens.resolver';
import { AuthResolver } from './auth/auth.resolver';
import { startExpiredTokensSweeper } from './auth/expired-tokens.worker';
import { PasswordResetToken } from './auth/password-reset-token.entity';
import { RefreshToken } from './auth/refresh-token.entity';
import { OutgoingWebhookDelivery } from './outgoing-webhooks/outgoing-webhook-delivery.entity';
import { OutgoingWebhookEndpoint } from './outgoing-webhooks/outgoing-webhook-endpoint.entity';
import { OutgoingWebhookDeliveriesResolver, OutgoingWebhooksResolver } from './outgoing-webhooks/outgoing-webhooks.resolver';
import { startWebhookDeliveryWorker, startWebhookRelay } from './outgoing-webhooks/outgoing-webhooks.workers';
import { IdempotencyKey } from './idempotency/idempotency-key.entity';
import { Job } from './jobs/job.entity';
import type { JobHandler } from './jobs/job-handler';
import { startJobDispatcher } from './jobs/job-dispatcher';
import { startJobRunner } from './jobs/job-runner';
import { JobsResolver } from './jobs/jobs.resolver';
import { MailMessage } from './mail/mail-message.entity';
import { MailResolver } from './mail/mail.resolver';
import { startMailWorkers } from './mail/mail.workers';
import { leadExportJob } from './leads/lead-export.job';
import { leadImportJob } from './leads/lead-import.job';
import { LeadInterest } from './leads/lead-interest.entity';
import { leadUploadRoutes } from './leads/lead-upload.routes';
import { LeadUpload } from './leads/lead-upload.entity';
import { Lead } from './leads/lead.entity';
import { LeadsResolver } from './leads/leads.resolver';
import { startSignupReceiptSweeper } from './leads/leads.workers';
import { SmsCampaign } from './sms/sms-campaign.entity';
import { smsCampaignJob } from './sms/sms-campaign.job';
import { SmsCampaignsResolver } from './sms/sms-campaigns.resolver';
import { SmsMessage } from './sms/sms-message.entity';
import { SmsResolver } from './sms/sms.resolver';
import { startSmsDeliveryWorker, startSmsOutboxRelay } from './sms/sms.workers';
import { twilioWebhookRoutes } from './sms/twilio-webhooks.routes';
import { User } from './users/user.entity';
import { usersExportJob } from './users/users-export.job';
import { UsersExportResolver } from './users/users-export.resolver';
import { UsersResolver } from './users/users.resolver';
import type { StripeEventHandler } from '../integrations/stripe/stripe-event-handler';
import { stripeWebhookRoutes } from '../integrations/stripe/stripe-webhook.route';
import { Event } from './events/event.entity';
import { EventsResolver } from './events/events.resolver';
import { PromoCode } from './events/promo-code.entity';
import { PromoCodesResolver } from './events/promo-codes.resolver';
import { TicketType } from './events/ticket-type.entity';
import { TicketTypesResolver } from './events/ticket-types.resolver';
import { CheckoutResolver } from './orders/checkout.resolver';
import { startHoldsWorker } from './orders/holds.jobs';
import { OrderItem } from './orders/order-item.entity';
import { Order } from './orders/order.entity';
import { OrderItemsResolver, OrdersResolver } from './orders/orders.resolver';
import { Refund } from './orders/refund.entity';
import { chargeRefunded } from './orders/stripe-events/charge-refunded';
import { checkoutSessionCompleted } from './orders/stripe-events/checkout-session-completed';
import { checkoutSessionExpired } from './orders/stripe-events/checkout-session-expired';
import { attendeesExportJob } from './tickets/attendees-export.job';
import { Ticket } from './tickets/ticket.entity';
import { TicketsResolver } from './tickets/tickets.resolver';
import { WebhookEvent } from './webhooks/webhook-event.entity';
import { BusinessMetricsResolver, PlanMembersFigureResolver } from './analytics/business-metrics.resolver';
import { figureExportJob } from './analytics/figure-export.job';
import { BillingCustomer } from './memberships/billing-customer.entity';
import { MemberPerksResolver } from './memberships/member-perks.resolver';
import { MembershipCheckout } from './memberships/membership-checkout.entity';
import { MembershipCheckoutResolver } from './memberships/membership-checkout.resolver';
import { MembershipEvent } from './memberships/membership-event.entity';
import { MembershipHistoryResolver } from './memberships/membership-history.resolver';
import { MembershipPayment } from './memberships/membership-payment.entity';
import { Membership } from './memberships/membership.entity';
import { MembershipsResolver } from './memberships/memberships.resolver';
import { PlanPrice } from './memberships/plan-price.entity';
import { Plan } from './memberships/plan.entity';
import { PlansResolver } from './memberships/plans.resolver';
import { invoicePaid, invoicePaymentFailed } from './memberships/stripe-events/invoice-outcome';
import { subscriptionCreated, subscriptionDeleted, subscriptionUpdated } from './memberships/stripe-events/subscription-changed';
import { trialWillEnd } from './memberships/stripe-events/trial-will-end';
import { startTestBillingClock } from './memberships/test-billing-clock.worker';
import { startAdmissions } from './onsale/admissions.worker';
import { OnSale } from './onsale/on-sale.entity';
import { OnSaleResolver } from './onsale/on-sale.resolver';
import { WaitingRoomResolver } from './onsale/waiting-room.resolver';

export const entities = [User, AuditEntry, RefreshToken, PasswordResetToken, ApiToken, MailMessage, Job, Event, TicketType, PromoCode, Order, OrderItem, Refund, Ticket, WebhookEvent, Lead, LeadInterest, LeadUpload, SmsMessage, SmsCampaign, Plan, PlanPrice, BillingCustomer, Membership, MembershipCheckout, MembershipEvent, MembershipPayment, IdempotencyKey, OnSale, OutgoingWebhookEndpoint, OutgoingWebhookDelivery];

// eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
export const resolvers: NonEmptyArray<Function> = [UsersResolver, AuditResolver, AuthResolver, ApiTokensResolver, MailResolver, JobsResolver, UsersExportResolver, EventsResolver, TicketTypesResolver, PromoCodesResolver, CheckoutResolver, OrdersResolver, OrderItemsResolver, TicketsResolver, LeadsResolver, SmsResolver, SmsCampaignsResolver, PlansResolver, MembershipsResolver, MembershipCheckoutResolver, MembershipHistoryResolver, MemberPerksResolver, BusinessMetricsResolver, PlanMembersFigureResolver, OnSaleResolver, WaitingRoomResolver, OutgoingWebhooksResolver, OutgoingWebhookDeliveriesResolver];

/** Non-GraphQL routes (webhooks, file downloads), mounted before the SPA. */
export const httpRoutes: ((services: Services) => Router)[] = [downloadRoutes, (services) => stripeWebhookRoutes(services, stripeEventHandlers), twilioWebhookRoutes, leadUploadRoutes];

/** What each kind of job runs (see jobs/job-handler.ts). */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export const jobHandlers: JobHandler<any>[] = [usersExportJob, attendeesExportJob, leadImportJob, leadExportJob, smsCampaignJob, figureExportJob];

/** Something running in the background of a process (a BullMQ worker, a sweeper). */
export interface BackgroundWorker {
  name: string;
  close(): Promise<void>;
}

/** Starters of every background worker; the API runs them when RUN_WORKERS is on, worker.ts always. */
export const backgroundWorkers: ((services: Services) => Promise<BackgroundWorker>)[] = [startMailWorkers, startExpiredTokensSweeper, (services) => startJobRunner(services, jobHandlers), startJobDispatcher, startHoldsWorker, startSmsOutboxRelay, startSmsDeliveryWorker, startSignupReceiptSweeper, startTestBillingClock, startAdmissions, startWebhookRelay, startWebhookDeliveryWorker];

/** What /webhooks/stripe does with each event type: add a handler here (several may share a type). */
export const stripeEventHandlers: StripeEventHandler[] = [checkoutSessionCompleted, checkoutSessionExpired, chargeRefunded, subscriptionCreated, subscriptionUpdated, subscriptionDeleted, invoicePaid, invoicePaymentFailed, trialWillEnd];
