/**
 * The composition root: builds every domain service once per process from the infrastructure.
 * Services of one domain call another domain's service, never its repository.
 */
import type { Redis } from 'ioredis';
import type { DataSource } from 'typeorm';
import type { Config } from './config';
import type { PubSub } from './graphql/pubsub';
import type { Logger } from './infra/logger';
import { CostBudget } from './infra/cost-budget';
import { RateLimiter } from './infra/rate-limiter';
import { AuditService } from './modules/audit/audit.service';
import { AccessChanges } from './modules/auth/access-changes';
import { AccessTokens } from './modules/auth/access-tokens';
import { ApiTokensService } from './modules/auth/api-tokens.service';
import { PasswordResetService } from './modules/auth/password-reset.service';
import { RegistrationService } from './modules/auth/registration.service';
import { RevokedSessions } from './modules/auth/revoked-sessions';
import { SessionsService } from './modules/auth/sessions.service';
import { SignInService } from './modules/auth/sign-in.service';
import { ViewerService } from './modules/auth/viewer.service';
import { OutgoingWebhooksService } from './modules/outgoing-webhooks/outgoing-webhooks.service';
import { WebhookSender } from './modules/outgoing-webhooks/webhook-sender';
import { IdempotencyService } from './modules/idempotency/idempotency.service';
import { DownloadLinks } from './modules/jobs/download-links';
import { JobFiles } from './modules/jobs/job-files';
import { JobQueue } from './modules/jobs/job-queue';
import { JobsService } from './modules/jobs/jobs.service';
import { MailService } from './modules/mail/mail.service';
import { CredentialsService } from './modules/users/credentials.service';
import { UsersExportService } from './modules/users/users-export.service';
import { createUserLoaders } from './modules/users/users.loaders';
import { pgPool } from './db/query-rows';
import { createSmsSender } from './integrations/twilio/sms-sender';
import { LeadImportsService } from './modules/leads/lead-imports.service';
import { LeadInterestsService } from './modules/leads/lead-interests.service';
import { createLeadLoaders } from './modules/leads/leads.loaders';
import { LeadsService } from './modules/leads/leads.service';
import { SignUpLead } from './modules/leads/sign-up';
import { SignupWriter } from './modules/leads/signup-writer';
import { OpenEvents } from './modules/leads/open-events';
import { RecordDeliveryStatus } from './modules/sms/delivery-status';
import { HandleInboundSms } from './modules/sms/inbound-sms';
import { SmsOptOuts } from './modules/sms/opt-outs';
import { SmsDelivery } from './modules/sms/sms-delivery';
import { SmsOutbox } from './modules/sms/sms-outbox';
import { createSmsLoaders } from './modules/sms/sms.loaders';
import { SendCampaign } from './modules/sms/send-campaign';
import { SmsService } from './modules/sms/sms.service';
import { UsersService } from './modules/users/users.service';
import { createPaymentGateway } from './integrations/stripe/create-payment-gateway';
import { CatalogueChanges } from './modules/events/catalogue-changes';
import { EventSnapshots } from './modules/events/event-snapshots';
import { EventsService } from './modules/events/events.service';
import { createEventLoaders } from './modules/events/events.loaders';
import { PromoCodesService } from './modules/events/promo-codes.service';
import { SeatInventory } from './modules/events/seat-inventory';
import { TicketTypesService } from './modules/events/ticket-types.service';
import { CancelCheckoutHandler } from './modules/orders/cancel-checkout.handler';
import { CancelEventHandler } from './modules/orders/cancel-event.handler';
import { CheckoutPlanner } from './modules/orders/checkout-planner';
import { CompleteOrderHandler } from './modules/orders/complete-order.handler';
import { EventSalesService } from './modules/orders/event-sales.service';
import { ExpireHoldHandler } from './modules/orders/expire-hold.handler';
import { HoldSweep } from './modules/orders/hold-sweep';
import { HoldTimers } from './modules/orders/hold-timers';
import { createOrderLoaders } from './modules/orders/orders.loaders';
import { OrdersService } from './modules/orders/orders.service';
import { PaymentPages } from './modules/orders/payment-pages';
import { RefundOrderHandler } from './modules/orders/refund-order.handler';
import { RefundsService } from './modules/orders/refunds.service';
import { SettleRefundHandler } from './modules/orders/settle-refund.handler';
import { StartCheckoutHandler } from './modules/orders/start-checkout.handler';
import { TestCheckoutHandler } from './modules/orders/test-checkout.handler';
import { TicketsMail } from './modules/orders/tickets-mail';
import { CheckInHandler } from './modules/tickets/check-in.handler';
import { CheckInStatsService } from './modules/tickets/check-in-stats.service';
import { createTicketLoaders } from './modules/tickets/tickets.loaders';
import { TicketsService } from './modules/tickets/tickets.service';
import { AttendeesExportService } from './modules/tickets/attendees-export.service';
import { WebhooksService } from './modules/webhooks/webhooks.service';
import { createBillingGateway } from './integrations/stripe/create-billing-gateway';
import { BusinessMetricsService } from './modules/analytics/business-metrics.service';
import { FigureExportService } from './modules/analytics/figure-export.service';
import { ApplySubscriptionHandler } from './modules/memberships/apply-subscription.handler';
import { BillingPortalHandler } from './modules/memberships/billing-portal.handler';
import { MembershipFiguresService } from './modules/memberships/membership-figures.service';
import { MembershipMail } from './modules/memberships/membership-mail';
import { MembershipTexts } from './modules/memberships/membership-texts';
import { createMembershipLoaders } from './modules/memberships/memberships.loaders';
import { MembershipsService } from './modules/memberships/memberships.service';
import { PlansService } from './modules/memberships/plans.service';
import { RecordInvoiceHandler } from './modules/memberships/record-invoice.handler';
import { StartMembershipCheckoutHandler } from './modules/memberships/start-membership-checkout.handler';
import { TestBillingClock } from './modules/memberships/test-billing-clock';
import { TestMembershipHandler } from './modules/memberships/test-membership.handler';
import { TrialReminderHandler } from './modules/memberships/trial-reminder.handler';
import { OnSaleSettings } from './modules/onsale/on-sale-settings';
import { OnSaleService } from './modules/onsale/on-sale.service';
import { WaitingRoom } from './modules/onsale/waiting-room';
import { WaitingRoomStore } from './modules/onsale/waiting-room-store';

export interface Infra {
  config: Config;
  jwtSecret: string;
  db: DataSource;
  /** For commands (rate limits, flags); BullMQ and pub/sub have their own connections. */
  redis: Redis;
  /** For BullMQ, which opens its own connections. */
  redisUrl: string;
  pubSub: PubSub;
  log: Logger;
}

export function createServices(infra: Infra) {
  const { config, db } = infra;
  const audit = new AuditService(db);
  const accessChanges = new AccessChanges(infra.pubSub, infra.log);
  const revokedSessions = new RevokedSessions(db, config.accessTokenTtlSeconds);
  const users = new UsersService(db, audit, accessChanges);
  const accessTokens = new AccessTokens(infra.jwtSecret, config.accessTokenTtlSeconds);
  const rateLimiter = new RateLimiter(infra.redis, config.rateLimitsEnabled);
  const costBudget = new CostBudget(infra.redis, { capacity: config.graphqlBudget, restorePerSecond: config.graphqlBudgetRestorePerSecond, enforce: config.rateLimitsEnabled });
  const mail = new MailService(db);
  const idempotency = new IdempotencyService(db);
  const outgoingWebhooks = new OutgoingWebhooksService(db, audit);
  const webhookSender = new WebhookSender(db, config);
  const credentials = new CredentialsService(db);
  const apiTokens = new ApiTokensService(db, audit, accessChanges);
  const sessions = new SessionsService(db, accessTokens, users, audit, config.refreshTokenTtlDays, accessChanges);
  const viewers = new ViewerService(accessTokens, users, apiTokens, revokedSessions, sessions);
  const registration = new RegistrationService(users, sessions, rateLimiter, config);
  const signIn = new SignInService(users, credentials, sessions, audit, rateLimiter, config);
  const passwordReset = new PasswordResetService(db, users, credentials, sessions, mail, audit, rateLimiter, config);
  const jobs = new JobsService(
    db,
    new JobQueue(infra.redis, config.queuePrefix, infra.log),
    infra.pubSub,
    audit,
    new JobFiles(config.dataDir),
    new DownloadLinks(infra.jwtSecret, config.downloadLinkTtlMinutes, config.publicUrl),
    infra.log,
  );
  const usersExport = new UsersExportService(jobs, audit);
  const { log } = infra;
  const payments = createPaymentGateway(config);
  const webhooks = new WebhooksService(db);
  const catalogue = new CatalogueChanges(infra.pubSub);
  const events = new EventsService(db, audit, catalogue);
  const ticketTypes = new TicketTypesService(db, events, audit, catalogue);
  const promoCodes = new PromoCodesService(db, events, audit);
  const seats = new SeatInventory(catalogue);
  const memberships = new MembershipsService(db);
  const tickets = new TicketsService(db);
  const checkInStats = new CheckInStatsService(events, tickets, infra.pubSub, log);
  const checkIn = new CheckInHandler(tickets, events, users, checkInStats);
  const orders = new OrdersService(db);
  const refunds = new RefundsService(db);
  const eventSales = new EventSalesService(events, ticketTypes, tickets, orders);
  const settleRefund = new SettleRefundHandler(refunds, orders, payments, log);
  const ticketsMail = new TicketsMail(mail, config.publicUrl);
  const completeOrder = new CompleteOrderHandler(db, orders, events, seats, promoCodes, ticketTypes, tickets, users, ticketsMail, refunds, settleRefund, checkInStats);
  const expireHold = new ExpireHoldHandler(db, orders, seats, promoCodes, payments, log);
  const refundOrder = new RefundOrderHandler(db, orders, seats, promoCodes, tickets, refunds, settleRefund, audit, checkInStats);
  const holdTimers = new HoldTimers(infra.redis, config.queuePrefix, log);
  const holdSweep = new HoldSweep(orders, refunds, expireHold, settleRefund, config.holdSweepSeconds, log);
  const waitingRoomStore = new WaitingRoomStore(infra.redis, config.queuePrefix);
  const onSale = new OnSaleService(db, new OnSaleSettings(db, infra.pubSub, log), waitingRoomStore, events, ticketTypes, audit, infra.pubSub);
  const waitingRoom = new WaitingRoom(onSale.settings, waitingRoomStore, events);
  const checkoutPlanner = new CheckoutPlanner(events, new EventSnapshots(events, ticketTypes, catalogue, log), promoCodes, memberships);
  const paymentPages = new PaymentPages(db, config, payments, orders, events, ticketTypes, users);
  const startCheckout = new StartCheckoutHandler(db, config, checkoutPlanner, orders, seats, promoCodes, completeOrder, expireHold, holdTimers, paymentPages, payments, log, onSale);
  const testCheckout = new TestCheckoutHandler(orders, completeOrder, expireHold, payments);
  const cancelCheckout = new CancelCheckoutHandler(orders, expireHold);
  const cancelEvent = new CancelEventHandler(db, events, promoCodes, tickets, refunds, settleRefund, payments, audit, checkInStats, log);
  const ticketing = { payments, webhooks, catalogue, events, ticketTypes, promoCodes, seats, tickets, checkInStats, checkIn, orders, refunds, eventSales, waitingRoomStore, onSale, waitingRoom };
  const orderHandlers = { settleRefund, completeOrder, expireHold, refundOrder, holdTimers, holdSweep, checkoutPlanner, paymentPages, startCheckout, testCheckout, cancelCheckout, cancelEvent };
  const attendeesExport = new AttendeesExportService(jobs, events, audit);
  const leadInterests = new LeadInterestsService(db, audit);
  const signupWriter = new SignupWriter(pgPool(db), infra.log);
  const signUpLead = new SignUpLead(signupWriter, config, leadInterests, new OpenEvents(events), rateLimiter, infra.log);
  const leads = new LeadsService(db, config, events, leadInterests, new LeadImportsService(db, jobs, audit, config.leadsDefaultCountry), signUpLead);
  const smsOptOuts = new SmsOptOuts();
  const sms = new SmsService(
    db,
    leads,
    audit,
    new SmsOutbox(db),
    new SmsDelivery(db, createSmsSender(config), smsOptOuts, leads, infra.log),
    new HandleInboundSms(db, config, leads, smsOptOuts, audit),
    new RecordDeliveryStatus(db),
    new SendCampaign(db, config, jobs, audit),
  );
  const billing = createBillingGateway(config, payments);
  const plans = new PlansService(db, billing, audit, log);
  const membershipMail = new MembershipMail(mail, config.publicUrl);
  const membershipTexts = new MembershipTexts(leads, sms, config.publicUrl);
  const applySubscription = new ApplySubscriptionHandler(db, memberships, plans, users, membershipMail, membershipTexts, log);
  const recordMembershipInvoice = new RecordInvoiceHandler(db, memberships, applySubscription);
  const membershipHandlers = {
    billing,
    plans,
    memberships,
    applySubscription,
    recordMembershipInvoice,
    trialReminder: new TrialReminderHandler(db, memberships, plans, users, membershipMail),
    startMembershipCheckout: new StartMembershipCheckoutHandler(config, plans, memberships, billing, log),
    testMemberships: new TestMembershipHandler(db, billing, memberships, plans, applySubscription, recordMembershipInvoice),
    testBillingClock: new TestBillingClock(db, memberships, applySubscription, recordMembershipInvoice, log),
    billingPortal: new BillingPortalHandler(config, memberships, billing),
    businessMetrics: new BusinessMetricsService(new MembershipFiguresService(db), plans, orders, users, leads),
    figureExport: new FigureExportService(jobs, audit),
  };
  return { infra, audit, accessChanges, revokedSessions, idempotency, outgoingWebhooks, webhookSender, users, accessTokens, viewers, rateLimiter, costBudget, mail, credentials, apiTokens, sessions, registration, signIn, passwordReset, jobs, usersExport, attendeesExport, ...ticketing, ...orderHandlers, leads, sms, ...membershipHandlers };
}

export type Services = ReturnType<typeof createServices>;

export function createLoaders(services: Services) {
  return {
    ...createUserLoaders(services.users),
    ...createEventLoaders(services.events, services.ticketTypes, services.promoCodes),
    ...createOrderLoaders(services.orders, services.refunds, services.eventSales),
    ...createTicketLoaders(services.tickets),
    ...createLeadLoaders(services.leads),
    ...createSmsLoaders(services.sms),
    ...createMembershipLoaders(services.plans, services.memberships),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
